//! Amounts and ratios as the results, the printout and the report show them: 万元 or 亿元 in
//! Chinese, yuan in English, rounded so that a shown figure never claims more than the exact
//! one supports.

use super::lang::Lang;
use super::money::{Money, Unit};
use rust_decimal::{Decimal, RoundingStrategy};
use rust_decimal_macros::dec;

/// Which way a displayed figure is rounded, chosen so that a displayed figure never claims more
/// than the exact one supports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rounding {
    /// Requirements and shortfalls: rounded up, so that reaching the shown figure is enough.
    Up,
    /// Achieved figures compared against a minimum: rounded down, so a shown figure at the
    /// threshold really is at it.
    Down,
    /// Plain information: half away from zero.
    Nearest,
}

impl Rounding {
    fn strategy(self) -> RoundingStrategy {
        match self {
            Rounding::Up => RoundingStrategy::AwayFromZero,
            Rounding::Down => RoundingStrategy::ToZero,
            Rounding::Nearest => RoundingStrategy::MidpointAwayFromZero,
        }
    }
}

/// Formats 元 for reading, in one unit and with two decimals wherever the tool writes an amount:
/// in Chinese as 万元 (`12,345.68万元`), the unit of the statements the figures come from; in
/// English as yuan (`RMB 123,456,789.01`), since English readers do not count in 万. An amount
/// under 1万元 is written in 元 in Chinese too (`100.00元`, not `0.01万元`): two decimals of 万
/// would round it by up to 50元 and hide what it is.
#[inline(never)]
pub fn format_amount(yuan: Decimal, rounding: Rounding, lang: Lang) -> String {
    match lang {
        Lang::Zh if !yuan.is_zero() && yuan.abs() < Unit::Wan.in_yuan() => {
            let yuan = yuan.round_dp_with_strategy(2, rounding.strategy());
            format!("{}元", group_thousands(&format!("{:.2}", yuan)))
        }
        Lang::Zh => {
            let wan = (yuan / Unit::Wan.in_yuan()).round_dp_with_strategy(2, rounding.strategy());
            format!("{}万元", group_thousands(&format!("{:.2}", wan)))
        }
        Lang::En => {
            let yuan = yuan.round_dp_with_strategy(2, rounding.strategy());
            format!("RMB {}", group_thousands(&format!("{:.2}", yuan)))
        }
    }
}

/// Formats an amount exactly, as a table of the figures entered shows them: in 万元 with two
/// decimals where that is exact, with as many more as the amount has where it is not
/// (`319,999.999999万元` for 3,199,999,999.99元: rounded to `320,000.00万元`, three such years
/// would add up, as shown, to 30亿 and a band the exact figures are not in); in 元 under 1万元.
pub fn format_exact_amount(yuan: Decimal, lang: Lang) -> String {
    if lang == Lang::En || yuan.abs() < Unit::Wan.in_yuan() {
        return format_amount(yuan, Rounding::Nearest, lang);
    }
    let wan = (yuan / Unit::Wan.in_yuan()).normalize();
    let decimals = wan.scale().max(2) as usize;
    format!("{}万元", group_thousands(&format!("{:.*}", decimals, wan)))
}

/// Formats 元 in 元 with two decimals (`15.00元`, `RMB 15.00`): an amount too small for 万元.
pub fn format_yuan(yuan: Decimal, lang: Lang) -> String {
    let shown = group_thousands(&format!("{:.2}", yuan.round_dp(2)));
    match lang {
        Lang::Zh => format!("{shown}元"),
        Lang::En => format!("RMB {shown}"),
    }
}

/// Whether `yuan`, shown as [`format_amount`] shows it (rounded down), reads as nothing: a
/// margin too small for two decimals of the unit shown.
pub fn shows_as_zero(yuan: Decimal, lang: Lang) -> bool {
    format_amount(yuan, Rounding::Down, lang) == format_amount(Decimal::ZERO, Rounding::Down, lang)
}

/// Formats an amount as entered, in its own unit with thousands separators and no more decimals
/// than were given (`2,500.5万元`), for the check-your-answers page: it shows how the tool read
/// what was typed.
pub fn format_entered(m: Money, lang: Lang) -> String {
    // “2,500.5万元” as Chinese writes a number with its unit; “2,500.5 10k yuan” in English.
    let space = if lang == Lang::Zh { "" } else { " " };
    format!(
        "{}{space}{}",
        group_thousands(&m.value_in_unit().to_string()),
        m.unit().label(lang)
    )
}

/// Formats a ratio (0.15) as a percentage with two decimals (`15.00%`).
pub fn format_percent(ratio: Decimal, rounding: Rounding) -> String {
    let pct = (ratio * dec!(100)).round_dp_with_strategy(2, rounding.strategy());
    format!("{}%", group_thousands(&format!("{:.2}", pct)))
}

/// Formats a figure compared with a minimum as a percentage, the way a spreadsheet shows it:
/// rounded half up to two decimals (two thirds is `66.67%`) — except that a figure under its
/// minimum never shows the minimum: 14.996 % against 15 % reads “不足 15%” (“just under 15%”),
/// not `15.00%`.
#[inline(never)]
pub fn format_compared_percent(ratio: Decimal, minimum: Decimal, lang: Lang) -> String {
    let shown =
        (ratio * dec!(100)).round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    if ratio < minimum && shown >= minimum * dec!(100) {
        let bound = format_threshold_percent(minimum);
        return match lang {
            Lang::Zh => format!("不足{bound}"),
            Lang::En => format!("just under {bound}"),
        };
    }
    format!("{}%", group_thousands(&format!("{:.2}", shown)))
}

/// Formats an amount compared with bounds (the revenue bands' 10亿 and 30亿) the way a
/// spreadsheet shows it, rounded half up, except that an amount under a bound never shows the
/// bound: it is then rounded down (one fen under 30亿 a year reads 299,999.99万元).
pub fn format_compared_amount(yuan: Decimal, bounds: &[Decimal], lang: Lang) -> String {
    let unit = match lang {
        Lang::Zh => Unit::Wan.in_yuan(),
        Lang::En => Decimal::ONE,
    };
    let shown = (yuan / unit).round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    let reaches_unreached_bound = bounds
        .iter()
        .any(|&bound| yuan < bound && shown * unit >= bound);
    let rounding = if reaches_unreached_bound {
        Rounding::Down
    } else {
        Rounding::Nearest
    };
    format_amount(yuan, rounding, lang)
}

/// Formats a threshold percentage without needless decimals (`60%`, `12.5%`).
#[inline(never)]
pub fn format_threshold_percent(ratio: Decimal) -> String {
    format!("{}%", (ratio * dec!(100)).normalize())
}

fn group_thousands(number: &str) -> String {
    let (sign, rest) = match number.strip_prefix('-') {
        Some(r) => ("-", r),
        None => ("", number),
    };
    let (int, frac) = match rest.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (rest, None),
    };
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_for_display() {
        let zh = |y, r| format_amount(y, r, Lang::Zh);
        let en = |y, r| format_amount(y, r, Lang::En);
        assert_eq!(zh(dec!(123456789.01), Rounding::Nearest), "12,345.68万元");
        assert_eq!(zh(dec!(123456789.01), Rounding::Down), "12,345.67万元");
        // Under 1万元, in 元: “再增加 0.01万元” would mean 100元 and could hide 0.50元.
        assert_eq!(zh(dec!(0.01), Rounding::Up), "0.01元");
        assert_eq!(zh(dec!(100), Rounding::Up), "100.00元");
        assert_eq!(zh(dec!(0.001), Rounding::Up), "0.01元");
        assert_eq!(zh(dec!(-9999.99), Rounding::Nearest), "-9,999.99元");
        assert_eq!(zh(dec!(10000), Rounding::Nearest), "1.00万元");
        // A table of the figures entered shows them exactly.
        assert_eq!(
            format_exact_amount(dec!(3199999999.99), Lang::Zh),
            "319,999.999999万元"
        );
        assert_eq!(
            format_exact_amount(dec!(3200000000), Lang::Zh),
            "320,000.00万元"
        );
        assert_eq!(
            format_exact_amount(dec!(123456789), Lang::Zh),
            "12,345.6789万元"
        );
        assert_eq!(format_exact_amount(dec!(5000.5), Lang::Zh), "5,000.50元");
        assert_eq!(
            format_exact_amount(dec!(3199999999.99), Lang::En),
            "RMB 3,199,999,999.99"
        );
        assert_eq!(zh(dec!(0), Rounding::Up), "0.00万元");
        assert_eq!(en(dec!(1000), Rounding::Nearest), "RMB 1,000.00");
        assert_eq!(en(dec!(123456789.011), Rounding::Up), "RMB 123,456,789.02");
        assert_eq!(
            en(dec!(123456789.999), Rounding::Down),
            "RMB 123,456,789.99"
        );
        assert_eq!(en(dec!(999.995), Rounding::Nearest), "RMB 1,000.00");
        // The revenue bands' scale in the unit of every other amount, never 亿元 with four
        // decimals beside 万元 with two.
        assert_eq!(zh(dec!(2999999999.99), Rounding::Down), "299,999.99万元");
        let entered = Money::new(dec!(1234.50), Unit::Wan).unwrap();
        assert_eq!(format_entered(entered, Lang::Zh), "1,234.5万元");
        assert_eq!(format_entered(entered, Lang::En), "1,234.5 10k yuan");
        assert_eq!(format_percent(dec!(0.149999), Rounding::Down), "14.99%");
        assert_eq!(format_percent(dec!(0.15), Rounding::Down), "15.00%");
        assert_eq!(format_threshold_percent(dec!(0.60)), "60%");
    }

    #[test]
    fn compared_figures_round_half_up_but_never_to_a_minimum_they_miss() {
        let pct = |r, min, lang| format_compared_percent(r, min, lang);
        // Half up, as a spreadsheet: two thirds is 66.67 %, not 66.66 %.
        assert_eq!(pct(dec!(2) / dec!(3), dec!(0.6), Lang::Zh), "66.67%");
        assert_eq!(pct(dec!(0.70588), dec!(0.6), Lang::Zh), "70.59%");
        assert_eq!(pct(dec!(0.14994), dec!(0.15), Lang::Zh), "14.99%");
        // 14.996 % would read 15.00 %: said as under the minimum instead.
        assert_eq!(pct(dec!(0.14996), dec!(0.15), Lang::Zh), "不足15%");
        assert_eq!(pct(dec!(0.14996), dec!(0.15), Lang::En), "just under 15%");
        assert_eq!(pct(dec!(0.1499999999), dec!(0.15), Lang::Zh), "不足15%");
        // At or above it, the figure as it rounds.
        assert_eq!(pct(dec!(0.15), dec!(0.15), Lang::Zh), "15.00%");
        assert_eq!(pct(dec!(0.150049), dec!(0.15), Lang::Zh), "15.00%");
        assert_eq!(pct(dec!(0.150051), dec!(0.15), Lang::Zh), "15.01%");
        // Amounts against the bands' bounds.
        let bounds = [dec!(1000000000), dec!(3000000000)];
        let amt = |y, lang| format_compared_amount(y, &bounds, lang);
        assert_eq!(amt(dec!(1156666666.67), Lang::Zh), "115,666.67万元");
        assert_eq!(amt(dec!(2999999999.9967), Lang::Zh), "299,999.99万元");
        assert_eq!(amt(dec!(2999999999.9967), Lang::En), "RMB 2,999,999,999.99");
        assert_eq!(amt(dec!(2999999950), Lang::Zh), "299,999.99万元");
        assert_eq!(amt(dec!(3000000000), Lang::Zh), "300,000.00万元");
        assert_eq!(amt(dec!(999999999.995), Lang::En), "RMB 999,999,999.99");
        assert_eq!(format_threshold_percent(dec!(0.125)), "12.5%");
    }

    /// A percentage of four figures and more keeps its thousands separators, as amounts do.
    #[test]
    fn large_percentages_are_grouped() {
        assert_eq!(
            format_percent(dec!(923.5294), Rounding::Nearest),
            "92,352.94%"
        );
        assert_eq!(
            format_compared_percent(dec!(1333.33333), dec!(0.1), Lang::Zh),
            "133,333.33%"
        );
        assert_eq!(format_percent(dec!(9.2353), Rounding::Nearest), "923.53%");
    }
}
