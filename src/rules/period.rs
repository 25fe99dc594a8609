//! Which fiscal years “近3年” covers, and how long the applicant actually operated in them.
//!
//! Art. 5(3): “近3年(实际经营期不满3年的按实际经营时间计算,下同)”. The period is the three
//! complete fiscal years up to and including the latest one; an applicant founded inside that
//! window is counted from its founding, with the founding year counted only for the part of it
//! the applicant existed. The operating time is kept as an exact fraction of years so that the
//! tier comparison never divides.

use super::answers::{days_in_year, Financials, OperatingHistory};
use super::guideline::LOOKBACK_YEARS;
use serde::Serialize;

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
}

/// The period “近3年” covers for these financials.
pub fn assessment_period(fin: &Financials) -> Result<Period, PeriodProblem> {
    let latest = fin.latest_fiscal_year.ok_or(PeriodProblem::NoLatestYear)?;
    let history = fin
        .operating_history
        .ok_or(PeriodProblem::NoOperatingHistory)?;
    let window_start = latest - (LOOKBACK_YEARS.value - 1);
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
            operating_time: Years::whole(LOOKBACK_YEARS.value as u32),
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
    use crate::rules::answers::CalendarDate;

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
    }
}
