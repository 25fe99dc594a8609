//! Which fiscal years “近3年” covers, how long the applicant actually operated in them, and
//! whether those years are the right ones on the date of the self-check.
//!
//! Art. 5(3): “近3年(实际经营期不满3年的按实际经营时间计算,下同)”. The period is the three
//! complete fiscal years up to and including the latest one; an applicant founded inside that
//! window is counted from its founding, with the founding year counted only for the part of it
//! the applicant existed. The operating time is kept as an exact fraction of years so that the
//! tier comparison never divides.
//!
//! “近3年” is read from the date of the self-check (`as_of`): a fiscal year that has not ended
//! cannot be one of them, and one older than the last complete year is not the “近3年” of an
//! application made that day (docs/interpretation.md, item 12).

use super::answers::{Financials, OperatingHistory};
use super::dates::{days_in_year, CalendarDate};
use super::guideline::RuleSet;
use serde::Serialize;

/// The last day (month, day) of each year on which the year before last may still stand as the
/// latest complete fiscal year, while last year's accounts and R&D expense audit are prepared:
/// 31 May, the deadline of the annual corporate income tax settlement (企业所得税汇算清缴), with
/// which the R&D expense audit is usually done. A reading of the tool's, not the guideline's.
pub const AUDIT_WINDOW_END: (u32, u32) = (5, 31);

/// A length of time in years, `numerator / denominator`, exact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Years {
    pub numerator: u32,
    pub denominator: u32,
}

impl Years {
    pub fn whole(years: u32) -> Years {
        Years {
            numerator: years,
            denominator: 1,
        }
    }

    /// Whether this is less than one whole year.
    pub fn is_part_year(self) -> bool {
        self.numerator < self.denominator
    }
}

/// The years an assessment looks at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Period {
    /// The fiscal years, oldest first; the last is the latest complete fiscal year.
    pub years: Vec<i32>,
    /// How much of the first year the applicant operated, when it was founded during it.
    pub partial_first_year: Option<Years>,
    /// The actual operating time over the period: 3 years, or less for a young applicant.
    pub operating_time: Years,
}

impl Period {
    pub fn first(&self) -> i32 {
        self.years[0]
    }

    pub fn latest(&self) -> i32 {
        self.years[self.years.len() - 1]
    }

    /// Whether `year` is a year only partly operated.
    pub fn is_partial(&self, year: i32) -> bool {
        self.partial_first_year.is_some() && year == self.first()
    }

    /// The part of `year` the applicant operated: a whole year, or the founding year's share.
    pub fn share_of(&self, year: i32) -> Years {
        match self.partial_first_year {
            Some(share) if year == self.first() => share,
            _ => Years::whole(1),
        }
    }
}

/// Why the period cannot be worked out yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum PeriodProblem {
    /// The latest complete fiscal year was not given.
    NoLatestYear,
    /// It is not known how long the applicant has operated.
    NoOperatingHistory,
    /// The applicant was founded after its latest complete fiscal year ended: it has no complete
    /// fiscal year yet.
    FoundedAfterLatestYear { founded: i32, latest: i32 },
    /// The year given as the latest complete fiscal year has not ended on the date of the
    /// self-check.
    LatestYearNotEnded { latest: i32, as_of: CalendarDate },
    /// The founding date is after the date of the self-check.
    FoundedInFuture { as_of: CalendarDate },
}

/// Whether the latest complete fiscal year entered is the one an application made on `as_of`
/// looks back from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum FiscalYearCheck {
    /// The year before `as_of`'s: the last complete fiscal year.
    Current,
    /// The year before last, early in the year while last year's accounts are being audited.
    AccountsBeingAudited {
        expected: i32,
        window_ends: CalendarDate,
    },
    /// Older than the last complete fiscal year: not the “近3年” of an application made today.
    Outdated { expected: i32 },
    /// Not ended yet on `as_of`.
    NotEnded,
}

/// Checks `latest` against the date of the self-check. The calendar year is the fiscal year
/// (会计年度, Accounting Law art. 11), so the year before `as_of`'s is the last complete one.
pub fn check_latest_year(latest: i32, as_of: CalendarDate) -> FiscalYearCheck {
    let expected = as_of.year - 1;
    let (month, day) = AUDIT_WINDOW_END;
    let window_ends = CalendarDate {
        year: as_of.year,
        month,
        day,
    };
    if latest > expected {
        FiscalYearCheck::NotEnded
    } else if latest == expected {
        FiscalYearCheck::Current
    } else if latest == expected - 1 && as_of <= window_ends {
        FiscalYearCheck::AccountsBeingAudited {
            expected,
            window_ends,
        }
    } else {
        FiscalYearCheck::Outdated { expected }
    }
}

/// The earliest day the applicant can have been founded, on what was entered: the date itself,
/// or for a founding year with months operated, the first day of the first month operated.
pub fn earliest_founding_date(history: OperatingHistory) -> Option<CalendarDate> {
    match history {
        OperatingHistory::ThreeYearsOrMore => None,
        OperatingHistory::FoundedOn { date } => Some(date),
        OperatingHistory::FoundedIn {
            year,
            months_in_first_year,
        } => CalendarDate::new(year, 13 - months_in_first_year.clamp(1, 12), 1),
    }
}

/// The period “近3年” covers for these financials, on the date of the self-check.
pub fn assessment_period(
    fin: &Financials,
    as_of: CalendarDate,
    rules: &RuleSet,
) -> Result<Period, PeriodProblem> {
    let latest = fin.latest_fiscal_year.ok_or(PeriodProblem::NoLatestYear)?;
    let history = fin
        .operating_history
        .ok_or(PeriodProblem::NoOperatingHistory)?;
    if check_latest_year(latest, as_of) == FiscalYearCheck::NotEnded {
        return Err(PeriodProblem::LatestYearNotEnded { latest, as_of });
    }
    if earliest_founding_date(history).is_some_and(|d| d > as_of) {
        return Err(PeriodProblem::FoundedInFuture { as_of });
    }
    period_of(latest, history, rules.lookback_years.value)
}

/// The period for a latest complete fiscal year and an operating history, looking back
/// `lookback` fiscal years.
pub fn period_of(
    latest: i32,
    history: OperatingHistory,
    lookback: i32,
) -> Result<Period, PeriodProblem> {
    let window_start = latest - (lookback - 1);
    let (founded, first_year_share) = match history {
        OperatingHistory::ThreeYearsOrMore => (window_start - 1, Years::whole(1)),
        OperatingHistory::FoundedOn { date } => (
            date.year,
            Years {
                numerator: days_in_year(date.year) - date.ordinal() + 1,
                denominator: days_in_year(date.year),
            },
        ),
        OperatingHistory::FoundedIn {
            year,
            months_in_first_year,
        } => (
            year,
            Years {
                numerator: months_in_first_year.clamp(1, 12),
                denominator: 12,
            },
        ),
    };
    if founded > latest {
        return Err(PeriodProblem::FoundedAfterLatestYear { founded, latest });
    }
    if founded < window_start {
        return Ok(Period {
            years: (window_start..=latest).collect(),
            partial_first_year: None,
            operating_time: Years::whole(lookback as u32),
        });
    }
    let full_years_after_first = (latest - founded) as u32;
    let partial = first_year_share.numerator < first_year_share.denominator;
    Ok(Period {
        years: (founded..=latest).collect(),
        partial_first_year: partial.then_some(first_year_share),
        operating_time: Years {
            numerator: full_years_after_first * first_year_share.denominator
                + first_year_share.numerator,
            denominator: first_year_share.denominator,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::guideline::JINGKECHUANGFA_2024_143;

    const AS_OF: CalendarDate = CalendarDate {
        year: 2025,
        month: 9,
        day: 1,
    };

    fn assessment_period(fin: &Financials) -> Result<Period, PeriodProblem> {
        super::assessment_period(fin, AS_OF, &JINGKECHUANGFA_2024_143)
    }

    fn fin(latest: i32, history: OperatingHistory) -> Financials {
        Financials {
            latest_fiscal_year: Some(latest),
            operating_history: Some(history),
            years: vec![],
        }
    }

    #[test]
    fn an_established_enterprise_is_looked_at_over_the_last_three_complete_years() {
        let p = assessment_period(&fin(2024, OperatingHistory::ThreeYearsOrMore)).unwrap();
        assert_eq!(p.years, vec![2022, 2023, 2024]);
        assert_eq!(p.operating_time, Years::whole(3));
        assert_eq!(p.partial_first_year, None);
    }

    #[test]
    fn founded_before_the_window_counts_as_three_full_years() {
        let date = CalendarDate::new(2021, 12, 31).unwrap();
        let p = assessment_period(&fin(2024, OperatingHistory::FoundedOn { date })).unwrap();
        assert_eq!(p.years, vec![2022, 2023, 2024]);
        assert_eq!(p.operating_time, Years::whole(3));
    }

    #[test]
    fn founded_on_the_first_day_of_the_window_is_three_full_years() {
        let date = CalendarDate::new(2022, 1, 1).unwrap();
        let p = assessment_period(&fin(2024, OperatingHistory::FoundedOn { date })).unwrap();
        assert_eq!(p.years, vec![2022, 2023, 2024]);
        assert_eq!(p.partial_first_year, None);
        assert_eq!(
            p.operating_time,
            Years {
                numerator: 3 * 365,
                denominator: 365
            }
        );
    }

    #[test]
    fn founded_during_the_window_counts_the_days_actually_operated() {
        // 2023-07-01: 184 of 365 days in 2023, then all of 2024.
        let date = CalendarDate::new(2023, 7, 1).unwrap();
        let p = assessment_period(&fin(2024, OperatingHistory::FoundedOn { date })).unwrap();
        assert_eq!(p.years, vec![2023, 2024]);
        assert_eq!(
            p.partial_first_year,
            Some(Years {
                numerator: 184,
                denominator: 365
            })
        );
        assert_eq!(
            p.operating_time,
            Years {
                numerator: 365 + 184,
                denominator: 365
            }
        );
        assert!(p.is_partial(2023) && !p.is_partial(2024));
    }

    #[test]
    fn a_leap_founding_year_has_366_days() {
        let date = CalendarDate::new(2024, 12, 31).unwrap();
        let p = assessment_period(&fin(2024, OperatingHistory::FoundedOn { date })).unwrap();
        assert_eq!(
            p.operating_time,
            Years {
                numerator: 1,
                denominator: 366
            }
        );
    }

    #[test]
    fn founded_by_months() {
        let h = OperatingHistory::FoundedIn {
            year: 2022,
            months_in_first_year: 4,
        };
        let p = assessment_period(&fin(2024, h)).unwrap();
        assert_eq!(p.years, vec![2022, 2023, 2024]);
        assert_eq!(
            p.operating_time,
            Years {
                numerator: 28,
                denominator: 12
            }
        );
        let twelve = OperatingHistory::FoundedIn {
            year: 2024,
            months_in_first_year: 12,
        };
        let p = assessment_period(&fin(2024, twelve)).unwrap();
        assert_eq!(p.partial_first_year, None);
        assert_eq!(p.years, vec![2024]);
    }

    #[test]
    fn what_is_missing_is_said() {
        let mut f = fin(2024, OperatingHistory::ThreeYearsOrMore);
        f.latest_fiscal_year = None;
        assert_eq!(assessment_period(&f), Err(PeriodProblem::NoLatestYear));
        let mut f = fin(2024, OperatingHistory::ThreeYearsOrMore);
        f.operating_history = None;
        assert_eq!(
            assessment_period(&f),
            Err(PeriodProblem::NoOperatingHistory)
        );
        let date = CalendarDate::new(2025, 3, 1).unwrap();
        assert_eq!(
            assessment_period(&fin(2024, OperatingHistory::FoundedOn { date })),
            Err(PeriodProblem::FoundedAfterLatestYear {
                founded: 2025,
                latest: 2024
            })
        );
        let tomorrow = CalendarDate::new(2025, 9, 2).unwrap();
        assert_eq!(
            assessment_period(&fin(2024, OperatingHistory::FoundedOn { date: tomorrow })),
            Err(PeriodProblem::FoundedInFuture { as_of: AS_OF })
        );
        let today = OperatingHistory::FoundedOn { date: AS_OF };
        assert!(matches!(
            assessment_period(&fin(2024, today)),
            Err(PeriodProblem::FoundedAfterLatestYear { .. })
        ));
        assert_eq!(
            assessment_period(&fin(2025, OperatingHistory::ThreeYearsOrMore)),
            Err(PeriodProblem::LatestYearNotEnded {
                latest: 2025,
                as_of: AS_OF
            })
        );
    }

    #[test]
    fn the_latest_fiscal_year_is_checked_against_the_date_of_the_self_check() {
        let d = |y, m, day| CalendarDate::new(y, m, day).unwrap();
        // Any day of 2026: 2025 is the last complete year, 2026 and later have not ended.
        for as_of in [
            d(2026, 1, 1),
            d(2026, 5, 31),
            d(2026, 6, 1),
            d(2026, 12, 31),
        ] {
            assert_eq!(check_latest_year(2025, as_of), FiscalYearCheck::Current);
            assert_eq!(check_latest_year(2026, as_of), FiscalYearCheck::NotEnded);
            assert_eq!(check_latest_year(2027, as_of), FiscalYearCheck::NotEnded);
            assert_eq!(
                check_latest_year(2023, as_of),
                FiscalYearCheck::Outdated { expected: 2025 }
            );
        }
        // The year before last, up to and including 31 May while last year's accounts are
        // audited; from 1 June it is outdated.
        let window = FiscalYearCheck::AccountsBeingAudited {
            expected: 2025,
            window_ends: d(2026, 5, 31),
        };
        assert_eq!(check_latest_year(2024, d(2026, 1, 1)), window);
        assert_eq!(check_latest_year(2024, d(2026, 5, 31)), window);
        assert_eq!(
            check_latest_year(2024, d(2026, 6, 1)),
            FiscalYearCheck::Outdated { expected: 2025 }
        );
        // 31 December: the year itself has still not ended.
        assert_eq!(
            check_latest_year(2026, d(2026, 12, 31)),
            FiscalYearCheck::NotEnded
        );
    }

    #[test]
    fn the_earliest_founding_date_of_a_year_and_months() {
        let h = OperatingHistory::FoundedIn {
            year: 2024,
            months_in_first_year: 3,
        };
        assert_eq!(earliest_founding_date(h), CalendarDate::new(2024, 10, 1));
        assert_eq!(
            earliest_founding_date(OperatingHistory::ThreeYearsOrMore),
            None
        );
    }
}
