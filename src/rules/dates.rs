//! Calendar dates as the tool reads and writes them (`YYYY-MM-DD`, full-width digits and the
//! separators people type accepted), and the years it accepts.

use super::lang::Lang;
use serde::Serialize;
use std::fmt;

/// A calendar date, written `YYYY-MM-DD` in the answers document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CalendarDate {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

/// The earliest and latest years the tool accepts; anything outside is a typing slip.
pub const YEARS_ACCEPTED: std::ops::RangeInclusive<i32> = 1949..=2100;

impl CalendarDate {
    /// A real date between [`YEARS_ACCEPTED`], or `None`.
    pub fn new(year: i32, month: u32, day: u32) -> Option<CalendarDate> {
        let valid = YEARS_ACCEPTED.contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(CalendarDate { year, month, day })
    }

    /// 1 January of `year` (any year: it is a bound to compare with, not a date entered).
    pub const fn january_first(year: i32) -> CalendarDate {
        CalendarDate {
            year,
            month: 1,
            day: 1,
        }
    }

    /// Reads a date as people write it: `2024-03-01`, `2024/3/1`, `2024.3.1` or `2024年3月1日`,
    /// with full-width digits and spaces allowed, as a Chinese input method types them; `None`
    /// for anything that is not a real date.
    pub fn parse(text: &str) -> Option<CalendarDate> {
        let text: String = text
            .chars()
            .map(super::lang::to_half_width)
            .filter(|c| !c.is_whitespace())
            .collect();
        // 2024年3月1日: the year and month marks separate, the day mark closes.
        let text: String = text
            .strip_suffix('日')
            .unwrap_or(&text)
            .chars()
            .map(|c| match c {
                '/' | '.' | '／' | '年' | '月' => '-',
                c => c,
            })
            .collect();
        let mut parts = text.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some()
            || y.len() != 4
            || !(1..=2).contains(&m.len())
            || !(1..=2).contains(&d.len())
        {
            return None;
        }
        let number = |s: &str| whole_number(s).and_then(|n| u32::try_from(n).ok());
        CalendarDate::new(number(y)? as i32, number(m)?, number(d)?)
    }

    /// Day of the year, 1 for 1 January.
    pub fn ordinal(self) -> u32 {
        (1..self.month)
            .map(|m| days_in_month(self.year, m))
            .sum::<u32>()
            + self.day
    }
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_year(year: i32) -> u32 {
    if is_leap_year(year) {
        366
    } else {
        365
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Serialize for CalendarDate {
    /// `"2024-09-14"`, as in the answers document.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl fmt::Display for CalendarDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl CalendarDate {
    /// The date as a sentence writes it: `2025年9月1日`, `1 September 2025`. The ISO form stays
    /// for files and reports.
    pub fn in_words(self, lang: Lang) -> DateInWords {
        DateInWords(self, lang)
    }
}

/// A span of years as a sentence writes it: `2024` for one year; `2022—2024` in Chinese, with
/// the 一字线 GB/T 15834 sets between two years, and `2022–2024` in English, with the en dash.
/// Every span the tool writes goes through here.
pub fn year_span(first: i32, latest: i32, lang: Lang) -> String {
    if first == latest {
        latest.to_string()
    } else {
        let dash = if lang == Lang::Zh { "—" } else { "–" };
        format!("{first}{dash}{latest}")
    }
}

/// A date written for people, in one language: see [`CalendarDate::in_words`].
pub struct DateInWords(CalendarDate, Lang);

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl fmt::Display for DateInWords {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let DateInWords(d, lang) = self;
        match lang {
            Lang::Zh => write!(f, "{}年{}月{}日", d.year, d.month, d.day),
            Lang::En => write!(f, "{} {} {}", d.day, MONTHS[d.month as usize - 1], d.year),
        }
    }
}

/// Digits read as a whole number: no sign, no space, no fraction. One reader for every whole
/// number the tool reads (years, months, days, the format version), instead of the standard
/// library's parser once per integer type.
pub fn whole_number(text: &str) -> Option<u64> {
    if text.is_empty() || text.len() > 19 {
        return None;
    }
    text.bytes().try_fold(0u64, |n, b| {
        b.is_ascii_digit().then(|| n * 10 + u64::from(b - b'0'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_read_as_people_write_them() {
        let d = CalendarDate::new(2024, 3, 1);
        for typed in [
            "2024-03-01",
            "2024-3-1",
            "2024/3/1",
            "2024.03.01",
            "2024年3月1日",
            "2024年03月01日",
            " 2024 年 3 月 1 日 ",
            "２０２４年３月１日",
            "２０２４－０３－０１",
        ] {
            assert_eq!(CalendarDate::parse(typed), d, "{typed}");
        }
        for not_a_date in [
            "2024年3月",
            "2024-02-30",
            "24年3月1日",
            "2024年3月1日日",
            "2024-3-1-1",
            "",
        ] {
            assert_eq!(CalendarDate::parse(not_a_date), None, "{not_a_date}");
        }
    }
}
