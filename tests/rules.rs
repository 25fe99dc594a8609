//! The rules' behaviour case by case: how verdicts combine, what each declaration does, the
//! young-enterprise and zero cases, inconsistent figures, and the sentences people read.

mod common;

use common::*;
use rust_decimal_macros::dec;
use tic_selfcheck::rules::answers::{OperatingHistory, YearFigures};
use tic_selfcheck::rules::assess::assess;
use tic_selfcheck::rules::dates::CalendarDate;
use tic_selfcheck::rules::explain::{describe, describe_scale, summary};
use tic_selfcheck::rules::lang::Lang;
use tic_selfcheck::rules::outcome::{Condition, Overall, Reason, Verdict};
use tic_selfcheck::rules::questions::{Answer, ApplicantPath, Question};

use Verdict::{CannotTell, Met, NotMet};

#[test]
fn all_of_and_any_of_truth_tables() {
    for (a, b, all, any) in [
        (Met, Met, Met, Met),
        (Met, NotMet, NotMet, Met),
        (Met, CannotTell, CannotTell, Met),
        (NotMet, NotMet, NotMet, NotMet),
        (NotMet, CannotTell, NotMet, CannotTell),
        (CannotTell, CannotTell, CannotTell, CannotTell),
    ] {
        assert_eq!(Verdict::all_of([a, b]), all, "all_of {a:?} {b:?}");
        assert_eq!(Verdict::all_of([b, a]), all, "all_of {b:?} {a:?}");
        assert_eq!(Verdict::any_of([a, b]), any, "any_of {a:?} {b:?}");
        assert_eq!(Verdict::any_of([b, a]), any, "any_of {b:?} {a:?}");
    }
}

fn good() -> tic_selfcheck::rules::answers::Answers {
    enterprise([("300000000", "60000000", "60000000"); 3])
}

#[test]
fn a_fully_favourable_applicant_is_preliminarily_eligible() {
    let r = assess(&good(), AS_OF);
    assert_eq!(r.overall, Overall::PreliminarilyEligible);
    assert_eq!(r.conditions.len(), 6);
    assert!(r.conditions.iter().all(|c| c.verdict == Met));
    assert_eq!(r.open_points().count(), 0);
}

#[test]
fn every_declaration_decides_its_condition() {
    for q in Question::ALL {
        if !q.asked_on(ApplicantPath::ExistingEnterprise) {
            continue;
        }
        let unfavourable = if q.favourable() == Answer::Yes {
            Answer::No
        } else {
            Answer::Yes
        };
        let r = assess(&with_answer(good(), q, unfavourable), AS_OF);
        assert_eq!(
            r.overall,
            Overall::NotEligible,
            "{q:?} answered {unfavourable:?}"
        );
        let failed: Vec<_> = r
            .conditions
            .iter()
            .filter(|c| c.verdict == NotMet)
            .collect();
        assert_eq!(failed.len(), 1, "{q:?}");
        assert_eq!(failed[0].clause, q.clause(), "{q:?}");

        let r = assess(&with_answer(good(), q, Answer::NotSure), AS_OF);
        assert_eq!(r.overall, Overall::CannotTellYet, "{q:?} not sure");
        let open: Vec<_> = r.open_points().collect();
        assert_eq!(open.len(), 1);
        assert_eq!(
            open[0].1.reason,
            Reason::Declared {
                question: q,
                answer: Answer::NotSure
            }
        );

        let mut unanswered = good();
        unanswered.declarations.remove(&q);
        let r = assess(&unanswered, AS_OF);
        assert_eq!(r.overall, Overall::CannotTellYet);
        assert_eq!(
            r.open_points().next().unwrap().1.reason,
            Reason::Unanswered { question: q }
        );
    }
}

#[test]
fn one_failure_decides_even_with_open_points() {
    let a = with_answer(good(), Question::GoodCredit, Answer::NotSure);
    let a = with_answer(a, Question::MajorSocialImpactEmergency, Answer::Yes);
    let r = assess(&a, AS_OF);
    assert_eq!(r.overall, Overall::NotEligible);
    assert_eq!(r.open_points().count(), 1, "the open point is still listed");
}

#[test]
fn the_joint_units_question_belongs_to_article_6_only() {
    assert!(!Question::JointUnitsCapability.asked_on(ApplicantPath::ExistingEnterprise));
    let mut a = favourable(ApplicantPath::NewEntity);
    a.committed_average_annual_rd = Some(yuan("25000000"));
    a.declarations
        .insert(Question::JointUnitsCapability, Answer::No);
    let r = assess(&a, AS_OF);
    let c = r.condition(Condition::NewEntityRd).unwrap();
    assert_eq!(c.verdict, NotMet);
    assert_eq!(
        c.findings[0].verdict, Met,
        "the commitment itself is enough"
    );
}

#[test]
fn two_operating_years_founded_on_1_january_are_two_full_years() {
    let mut a = good();
    a.financials.operating_history = Some(OperatingHistory::FoundedOn {
        date: CalendarDate::new(2023, 1, 1).unwrap(),
    });
    a.financials.years.retain(|y| y.year >= 2023);
    // 2 years of 3亿: average 3亿, not 2亿 as dividing by three would give.
    let r = assess(&a, AS_OF);
    let period = r.period.clone().unwrap();
    assert_eq!(period.years, vec![2023, 2024]);
    let scale = r
        .condition(Condition::RdIntensity)
        .unwrap()
        .revenue_scale
        .clone()
        .unwrap();
    assert_eq!(scale.average_revenue, dec!(300000000));
    assert_eq!(r.overall, Overall::PreliminarilyEligible);
}

#[test]
fn figures_outside_the_period_are_ignored() {
    let mut a = good();
    a.financials.years.push(YearFigures {
        year: 2021,
        sales_revenue: Some(yuan("99999999999")),
        rd_total: Some(yuan("0")),
        rd_domestic: Some(yuan("0")),
    });
    assert_eq!(assess(&a, AS_OF), assess(&good(), AS_OF));
}

#[test]
fn zero_rd_in_both_growth_years_is_no_growth() {
    let a = enterprise([("1000", "10", "10"), ("1000", "0", "0"), ("1000", "0", "0")]);
    let r = assess(&a, AS_OF);
    let c = r.condition(Condition::RdIntensity).unwrap();
    assert_eq!(c.findings[1].reason, Reason::RdGrowthNone { year: 2024 });
    assert_eq!(c.findings[1].verdict, NotMet);
    assert_eq!(c.verdict, NotMet);
}

#[test]
fn domestic_above_total_is_questioned_not_judged() {
    let a = enterprise([
        ("1000", "10", "10"),
        ("1000", "10", "11"),
        ("1000", "10", "10"),
    ]);
    let r = assess(&a, AS_OF);
    let c = r.condition(Condition::DomesticRd).unwrap();
    assert_eq!(c.verdict, CannotTell);
    assert_eq!(
        c.findings[0].reason,
        Reason::DomesticExceedsTotal { year: 2023 }
    );
}

#[test]
fn no_rd_at_all_leaves_the_domestic_share_undefined() {
    let a = enterprise([("1000", "0", "0"); 3]);
    let r = assess(&a, AS_OF);
    assert_eq!(
        r.condition(Condition::DomesticRd).unwrap().findings[0].reason,
        Reason::NoRdRecorded
    );
}

#[test]
fn the_scale_sentence_names_the_band_and_the_way_up() {
    let r = assess(&enterprise([("900000000", "1", "1"); 3]), AS_OF);
    let scale = r
        .condition(Condition::RdIntensity)
        .unwrap()
        .revenue_scale
        .clone()
        .unwrap();
    assert_eq!(scale.average_short_of_higher_tier, Some(dec!(100000000)));
    let zh = describe_scale(&scale, Lang::Zh);
    assert!(zh.contains("第五条第（三）项第3目"), "{zh}");
    assert!(zh.contains("10,000.00万元"), "{zh}");
    let en = describe_scale(&scale, Lang::En);
    assert!(
        en.contains("Art. 5(3) item 3") && en.contains("RMB 100,000,000.00"),
        "{en}"
    );
}

#[test]
fn shortfall_sentences_give_the_money_needed_in_both_languages() {
    let a = enterprise([
        ("4000000000", "300000000", "300000000"),
        ("4000000000", "300000000", "300000000"),
        ("4000000000", "300000000", "300000000"),
    ]);
    let r = assess(&a, AS_OF);
    let ratio = &r.condition(Condition::RdIntensity).unwrap().findings[0].reason;
    let zh = describe(ratio, Lang::Zh);
    assert!(zh.contains("需达到120,000.00万元"), "{zh}");
    assert!(
        zh.contains("当时差30,000.00万元；2022—2024年度均已结束，本轮已无法弥补"),
        "{zh}"
    );
    let en = describe(ratio, Lang::En);
    assert!(en.contains("at least RMB 1,200,000,000.00"), "{en}");
    assert!(en.contains("RMB 300,000,000.00 short"), "{en}");
    let s = summary(&r, Lang::Zh);
    assert!(
        s.contains("第五条第（三）项第1目") && s.contains("不符合"),
        "{s}"
    );
    let s = summary(&r, Lang::En);
    assert!(
        s.contains("Art. 5(3) item 1") && s.contains("does not currently meet"),
        "{s}"
    );
}

#[test]
fn a_partial_base_year_is_flagged_in_the_growth_finding() {
    let mut a = good();
    a.financials.operating_history = Some(OperatingHistory::FoundedIn {
        year: 2023,
        months_in_first_year: 6,
    });
    a.financials.years.retain(|y| y.year >= 2023);
    let r = assess(&a, AS_OF);
    match &r.condition(Condition::RdIntensity).unwrap().findings[1].reason {
        Reason::RdGrowth {
            previous_year_share,
            rd_previous,
            base,
            ..
        } => {
            // Half a year operated: the base is the 2023 R&D annualised, twice the figure.
            assert_eq!(
                *previous_year_share,
                Some(tic_selfcheck::rules::period::Years {
                    numerator: 6,
                    denominator: 12
                })
            );
            assert_eq!(*base, *rd_previous * dec!(2));
        }
        other => panic!("{other:?}"),
    }
}

/// Art. 5(4) for a new entity with no fiscal year: every combination of the two since-founding
/// figures (absent / zero / positive; within China below, equal to or above the total). R&D
/// entered at all is the basis; the plan only when nothing has been incurred (items 2, 3 and 16).
#[test]
fn every_combination_of_the_since_founding_figures() {
    use tic_selfcheck::rules::outcome::{DomesticBasis, NewEntityFigure};
    let base = || {
        let mut a = favourable(ApplicantPath::NewEntity);
        a.financials.latest_fiscal_year = Some(2024);
        a.financials.operating_history = Some(OperatingHistory::FoundedOn {
            date: CalendarDate::new(2025, 2, 1).unwrap(),
        });
        a.committed_average_annual_rd = Some(yuan("20000000"));
        a.planned_domestic_average_annual_rd = Some(yuan("12000000"));
        a
    };
    enum Want {
        Plan,
        SinceFounding(Verdict),
        Missing(NewEntityFigure),
        Exceeds,
    }
    use Want::*;
    let cases: [(Option<&str>, Option<&str>, Want); 12] = [
        (None, None, Plan),
        (None, Some("0"), Missing(NewEntityFigure::RdSinceFounding)),
        (
            None,
            Some("5000000"),
            Missing(NewEntityFigure::RdSinceFounding),
        ),
        (Some("0"), None, Plan),
        (Some("0"), Some("0"), Plan),
        (Some("0"), Some("5000000"), Exceeds),
        (
            Some("8000000"),
            None,
            Missing(NewEntityFigure::RdSinceFoundingDomestic),
        ),
        (Some("8000000"), Some("0"), SinceFounding(NotMet)),
        (Some("8000000"), Some("4800000"), SinceFounding(Met)),
        (Some("8000000"), Some("4799999.99"), SinceFounding(NotMet)),
        (Some("8000000"), Some("8000000"), SinceFounding(Met)),
        (Some("8000000"), Some("8000000.01"), Exceeds),
    ];
    for (total, domestic, want) in cases {
        let mut a = base();
        a.rd_since_founding = total.map(yuan);
        a.rd_since_founding_domestic = domestic.map(yuan);
        let r = assess(&a, AS_OF);
        let c = r.condition(Condition::DomesticRd).unwrap();
        let case = format!("{total:?} / {domestic:?}: {:?}", c.findings);
        assert_eq!(c.findings.len(), 1, "{case}");
        let f = &c.findings[0];
        match want {
            Plan => assert!(
                matches!(
                    f.reason,
                    Reason::DomesticShare {
                        basis: DomesticBasis::PlannedCommitment,
                        ..
                    }
                ) && f.verdict == Met,
                "{case}"
            ),
            SinceFounding(v) => assert!(
                matches!(
                    f.reason,
                    Reason::DomesticShare {
                        basis: DomesticBasis::SinceFounding,
                        ..
                    }
                ) && f.verdict == v,
                "{case}"
            ),
            Missing(figure) => assert_eq!(
                f.reason,
                Reason::MissingNewEntityFigures {
                    missing: vec![figure]
                },
                "{case}"
            ),
            Exceeds => assert_eq!(f.reason, Reason::DomesticExceedsTotal { year: 0 }, "{case}"),
        }
        if !matches!(want, Plan | SinceFounding(Met)) {
            assert_eq!(
                c.verdict,
                if matches!(want, SinceFounding(_)) {
                    NotMet
                } else {
                    CannotTell
                },
                "{case}"
            );
        }
    }
}

/// Newness (Art. 6) is judged on the date of the self-check, never on which of the two allowed
/// latest years was typed (item 15).
#[test]
fn newness_follows_the_date_not_the_year_typed() {
    let as_of = CalendarDate::new(2025, 3, 15).unwrap();
    let status = |founded: (i32, u32, u32), latest: i32| {
        let mut a = favourable(ApplicantPath::NewEntity);
        a.financials.latest_fiscal_year = Some(latest);
        a.financials.operating_history = Some(OperatingHistory::FoundedOn {
            date: CalendarDate::new(founded.0, founded.1, founded.2).unwrap(),
        });
        assess(&a, as_of)
            .condition(Condition::NewEntityStatus)
            .unwrap()
            .verdict
    };
    for latest in [2023, 2024] {
        assert_eq!(status((2025, 1, 1), latest), Met, "{latest}");
        assert_eq!(status((2024, 12, 31), latest), CannotTell, "{latest}");
        assert_eq!(status((2024, 1, 2), latest), CannotTell, "{latest}");
        assert_eq!(status((2022, 1, 2), latest), CannotTell, "{latest}");
        assert_eq!(status((2022, 1, 1), latest), NotMet, "{latest}");
    }
}
