//! Figures that look unlikely: a warning names the figure likely typed wrong — the year out of
//! line with the others — and two figures of a year that disagree are told apart the same way.

use tic_selfcheck::rules::answers::{Field, Financials};
use tic_selfcheck::rules::plausibility::{likely_wrong_of_total_and_domestic, warnings, Warning};

mod common;
use common::enterprise;

fn financials(rows: [(&str, &str, &str); 3]) -> Financials {
    enterprise(rows).financials
}

#[test]
fn a_year_typed_a_tenth_is_the_one_named_not_the_years_in_line() {
    // 2023's R&D a tenth of the years around it (exactly ten times 2022's, more than ten times
    // under 2024's): 2023 is out of line, whichever pair is more than ten times apart.
    let fin = financials([
        ("1200000000", "170000000", "170000000"),
        ("1260000000", "17000000", "17000000"),
        ("1310000000", "180000000", "180000000"),
    ]);
    let found = warnings(&fin, None);
    assert!(
        found.contains(&Warning::TenthOfAnotherYear {
            year: 2023,
            field: Field::RdTotal,
            other_year: 2024,
            slip: None,
        }),
        "{found:?}"
    );
    assert!(
        !found
            .iter()
            .any(|w| w.year_and_field().is_some_and(|(year, _)| year == 2024)),
        "2024 is in line: {found:?}"
    );
    let said = found[0].message(false, tic_selfcheck::rules::lang::Lang::Zh, true);
    assert!(
        said.contains("2023年") && said.contains("2024年的十分之一"),
        "{said}"
    );
}

#[test]
fn a_year_typed_ten_times_too_large_is_named_as_such() {
    let fin = financials([
        ("1200000000", "170000000", "170000000"),
        ("12600000000", "180000000", "180000000"),
        ("1310000000", "190000000", "190000000"),
    ]);
    assert_eq!(
        warnings(&fin, None),
        [Warning::TenTimesAnotherYear {
            year: 2023,
            field: Field::SalesRevenue,
            other_year: 2022,
            slip: None,
        }]
    );
}

#[test]
fn of_two_figures_that_disagree_the_one_out_of_line_is_likely_wrong() {
    // 2024's total typed a tenth: it is under its domestic part and far under the other years'.
    let fin = financials([
        ("1200000000", "170000000", "170000000"),
        ("1260000000", "180000000", "180000000"),
        ("1310000000", "19000000", "190000000"),
    ]);
    assert_eq!(
        likely_wrong_of_total_and_domestic(&fin, 2024),
        Field::RdTotal
    );
    assert!(warnings(&fin, None).contains(&Warning::DomesticAboveTotal {
        year: 2024,
        field: Field::RdTotal
    }));
    // The domestic part typed ten times too large: it is the one.
    let fin = financials([
        ("1200000000", "170000000", "170000000"),
        ("1260000000", "180000000", "180000000"),
        ("1310000000", "190000000", "1900000000"),
    ]);
    assert_eq!(
        likely_wrong_of_total_and_domestic(&fin, 2024),
        Field::RdDomestic
    );
    // Nothing out of line (a real disagreement, or one year alone): the domestic part, as
    // before, with both named in the message.
    let fin = financials([
        ("1200000000", "170000000", "170000000"),
        ("1260000000", "180000000", "180000000"),
        ("1310000000", "190000000", "200000000"),
    ]);
    assert_eq!(
        likely_wrong_of_total_and_domestic(&fin, 2024),
        Field::RdDomestic
    );
}

/// Two years about 10,000 times apart, with no third year to tell which is out of line: the
/// unit slip, with its one-press fix, is said only of the figure the year's own figures show up
/// (revenue below that year's R&D is the one too small); otherwise the warning names both and
/// offers no fix, which could overwrite the right figure.
#[test]
fn of_two_years_a_unit_apart_only_the_one_shown_up_gets_a_fix() {
    use rust_decimal_macros::dec;
    use tic_selfcheck::rules::answers::YearFigures;
    use tic_selfcheck::rules::money::{Money, Unit};
    let wan = |v| Money::new(v, Unit::Wan).ok();
    let two = |rev_2025, rd_2025: Option<rust_decimal::Decimal>| Financials {
        years: vec![
            YearFigures {
                year: 2024,
                sales_revenue: wan(dec!(300000)),
                rd_total: wan(dec!(30000)),
                rd_domestic: wan(dec!(30000)),
            },
            YearFigures {
                year: 2025,
                sales_revenue: wan(rev_2025),
                rd_total: rd_2025.and_then(wan),
                rd_domestic: rd_2025.and_then(wan),
            },
        ],
        ..Financials::default()
    };
    // 2025's revenue “30” (30亿 meant) is below its own R&D: 2025 is the one, read in 亿.
    let found = warnings(&two(dec!(30), Some(dec!(32000))), None);
    let Some(Warning::TenthOfAnotherYear {
        year: 2025,
        field: Field::SalesRevenue,
        other_year: 2024,
        slip: Some(slip),
    }) = found.first().copied()
    else {
        panic!("{found:?}")
    };
    assert_eq!((slip.read_in, slip.meant), (Unit::Wan, Unit::Yi));
    assert_eq!(slip.corrected(), dec!(3000000000));
    // Nothing in 2025 says which (no R&D entered yet): both years named, no unit guessed, no fix.
    let found = warnings(&two(dec!(30), None), None);
    assert_eq!(
        found,
        [Warning::TenTimesAnotherYear {
            year: 2024,
            field: Field::SalesRevenue,
            other_year: 2025,
            slip: None,
        }],
        "{found:?}"
    );
}

#[test]
fn a_very_large_figure_ten_thousand_times_another_year_is_named_once_whatever_its_unit() {
    // 2023's domestic R&D of 376亿 is about ten thousand times 2024's and above 100亿 a year:
    // named once, as ten thousand times another year, whether it was typed in 元 or in 亿
    // (before, typed in 元 it was named a second time as very large; the unit decided).
    use tic_selfcheck::rules::money::{Money, Unit};
    let typed_in = |unit: Unit| {
        let mut fin = financials([
            ("4000000000", "300000000", "200000000"),
            ("0.01", "36861732974", "37598967633.48"),
            ("4000000000", "125329893", "1253298.93"),
        ]);
        let y = &mut fin.years[1];
        let domestic = y.rd_domestic.unwrap().yuan();
        y.rd_domestic = Some(Money::new(domestic / unit.in_yuan(), unit).unwrap());
        warnings(&fin, None)
    };
    let strip = |found: Vec<Warning>| -> Vec<Warning> {
        found
            .into_iter()
            .map(|w| match w {
                Warning::TenTimesAnotherYear {
                    year,
                    field,
                    other_year,
                    ..
                } => Warning::TenTimesAnotherYear {
                    year,
                    field,
                    other_year,
                    slip: None,
                },
                Warning::VeryLarge { figure, yuan, .. } => Warning::VeryLarge {
                    figure,
                    yuan,
                    slip: None,
                },
                w => w,
            })
            .collect()
    };
    let in_yuan = strip(typed_in(Unit::Yuan));
    assert_eq!(in_yuan, strip(typed_in(Unit::Yi)));
    let domestic_2023 = tic_selfcheck::rules::answers::Figure::Year {
        year: 2023,
        field: Field::RdDomestic,
    };
    assert!(
        in_yuan.iter().any(
            |w| matches!(w, Warning::TenTimesAnotherYear { .. }) && w.figure() == domestic_2023
        ),
        "{in_yuan:?}"
    );
    assert!(
        !in_yuan
            .iter()
            .any(|w| matches!(w, Warning::VeryLarge { .. }) && w.figure() == domestic_2023),
        "{in_yuan:?}"
    );
}
