//! Builders for answers in tests: an applicant who declares everything favourably, with figures
//! given in 元 as strings (parsed by the same parser the app uses).
#![allow(dead_code)]

use rust_decimal::Decimal;
use tic_selfcheck::rules::answers::{Answers, Financials, OperatingHistory, YearFigures};
use tic_selfcheck::rules::dates::CalendarDate;
use tic_selfcheck::rules::questions::{Answer, ApplicantPath, Question};

/// The date the test cases are assessed on: 2024 is then the latest complete fiscal year, and
/// outside the window in which the year before last may still stand.
pub const AS_OF: CalendarDate = CalendarDate {
    year: 2025,
    month: 9,
    day: 1,
};
use tic_selfcheck::rules::money::{Money, Unit};
use tic_selfcheck::rules::money_input::parse_required_amount;

pub fn yuan(text: &str) -> Money {
    parse_required_amount(text, Unit::Yuan).unwrap_or_else(|e| panic!("{text}: {e:?}"))
}

pub fn money(value: Decimal) -> Money {
    Money::new(value, Unit::Yuan).expect("valid amount")
}

/// An existing enterprise answering every question favourably, operating for 3+ years, with
/// figures for 2022–2024 given as (revenue, R&D total, R&D in China) in 元.
pub fn enterprise(years: [(&str, &str, &str); 3]) -> Answers {
    enterprise_in_yuan(
        years.map(|(rev, rd, dom)| (yuan(rev).yuan(), yuan(rd).yuan(), yuan(dom).yuan())),
    )
}

/// [`enterprise`], with the figures as decimals of 元.
pub fn enterprise_in_yuan(years: [(Decimal, Decimal, Decimal); 3]) -> Answers {
    let mut a = favourable(ApplicantPath::ExistingEnterprise);
    a.financials = Financials {
        latest_fiscal_year: Some(2024),
        operating_history: Some(OperatingHistory::ThreeYearsOrMore),
        years: years
            .iter()
            .zip(2022..)
            .map(|(&(rev, rd, dom), year)| YearFigures {
                year,
                sales_revenue: Some(money(rev)),
                rd_total: Some(money(rd)),
                rd_domestic: Some(money(dom)),
            })
            .collect(),
    };
    a
}

/// Every question asked on `path` answered the way that meets it; no figures.
pub fn favourable(path: ApplicantPath) -> Answers {
    let mut a = Answers {
        path: Some(path),
        ..Answers::default()
    };
    for q in Question::ALL {
        if q.asked_on(path) {
            a.declarations.insert(q, q.favourable());
        }
    }
    a
}

pub fn with_answer(mut a: Answers, q: Question, answer: Answer) -> Answers {
    a.declarations.insert(q, answer);
    a
}
