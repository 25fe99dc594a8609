//! What a result leaves to do (issue 19): a 不符合 says what would change it and when, and the
//! next steps fit the verdict — the application's steps for an applicant that may apply, the way
//! to the next round for one that may not.

use tic_selfcheck::rules::answers::OperatingHistory;
use tic_selfcheck::rules::assess::assess;
use tic_selfcheck::rules::clauses::ClauseId;
use tic_selfcheck::rules::dates::CalendarDate;
use tic_selfcheck::rules::lang::Lang;
use tic_selfcheck::rules::outcome::Overall;
use tic_selfcheck::rules::questions::{Answer, ApplicantPath, Question};
use tic_selfcheck::rules::what_next::{describe_remedy, next_steps, remedies, Remedy};

mod common;
use common::{enterprise, favourable, with_answer, yuan, AS_OF};

/// About 12亿 a year, short on both routes of item 2 (10.68% against 15%; 7.69% against 10%).
fn twelve_yi_short() -> tic_selfcheck::rules::answers::Answers {
    enterprise([
        ("1200000000", "120000000", "80000000"),
        ("1200000000", "130000000", "90000000"),
        ("1250000000", "140000000", "90000000"),
    ])
}

#[test]
fn a_gap_in_ended_years_waits_for_the_next_round_whose_current_year_the_plan_works_out() {
    let r = assess(&twelve_yi_short(), AS_OF);
    assert_eq!(r.overall, Overall::NotEligible);
    let found = remedies(&r);
    assert_eq!(
        found,
        [Remedy::NextRound {
            clauses: vec![ClauseId::Art5_3Item2],
            domestic: false,
            first_year: 2022,
            latest_year: 2024,
            next_first: 2023,
            next_latest: 2025,
            current_year: 2025,
        }]
    );
    assert_eq!(
        describe_remedy(&found[0], r.rules, Lang::Zh),
        "第五条第（三）项第2目的差距在已经结束的2022—2024年度，本轮申报已无法改变；2026年申报时“近3年”为2023—2025年，结果取决于今年的研究开发费用。"
    );
    assert_eq!(
        describe_remedy(&found[0], r.rules, Lang::En),
        "The gaps under Art. 5(3) item 2 lie in fiscal years 2022–2024, which have ended, so this round nothing changes them; in 2026, “the last 3 years” are 2023–2025, and this year's R&D decides the result."
    );
}

#[test]
fn a_company_that_does_not_qualify_is_told_how_to_qualify_next_year_not_to_prepare_its_application()
{
    let r = assess(&twelve_yi_short(), AS_OF);
    for lang in [Lang::Zh, Lang::En] {
        let steps = next_steps(&r, lang, None);
        let text: Vec<&str> = steps.iter().map(|(_, s)| s.as_str()).collect();
        let all = text.join("\n");
        // Nothing of the application itself: no construction plan, no recommendation sought,
        // no plan review, no plaque.
        for application in [
            "组织编制技术创新中心建设方案",
            "通过组织推荐申报",
            "方案论证",
            "组建授牌",
            "Prepare the construction plan",
            "Apply through organised recommendation",
            "Plaque",
        ] {
            assert!(!all.contains(application), "{lang:?}: {all}");
        }
        // This year's R&D, budgeted by the plan; the Art. 6 way; checking again next year.
        let expected = match lang {
            Lang::Zh => [
                "安排2025年的研究开发费用",
                "另一途径：新建独立法人实体",
                "2025年度结束",
            ],
            Lang::En => [
                "Budget 2025's R&D",
                "Another way: a newly founded",
                "Once 2025 has ended",
            ],
        };
        for words in expected {
            assert!(all.contains(words), "{lang:?}: no {words} in {all}");
        }
        // No step asks for work on a year that has ended.
        for ended in ["2022", "2023", "2024"] {
            assert!(!all.contains(ended), "{lang:?}: {all}");
        }
    }
}

#[test]
fn an_eligible_or_open_result_keeps_the_applications_steps() {
    let good = enterprise([
        ("300000000", "60000000", "60000000"),
        ("300000000", "60000000", "60000000"),
        ("300000000", "60000000", "60000000"),
    ]);
    let r = assess(&good, AS_OF);
    assert_eq!(r.overall, Overall::PreliminarilyEligible);
    assert!(remedies(&r).is_empty());
    let steps = next_steps(&r, Lang::Zh, None);
    assert_eq!(steps.len(), 6);
    assert_eq!(steps[0].0, ClauseId::Art7_1);
    assert!(steps[0].1.starts_with("组织编制技术创新中心建设方案"));
    let open = with_answer(good, Question::GoodCredit, Answer::NotSure);
    let r = assess(&open, AS_OF);
    assert_eq!(r.overall, Overall::CannotTellYet);
    assert!(
        remedies(&r).is_empty(),
        "a “not sure” is an open point, not a remedy"
    );
    assert_eq!(next_steps(&r, Lang::Zh, None).len(), 6);
}

#[test]
fn a_declaration_answered_no_says_what_its_condition_takes() {
    let good = enterprise([
        ("300000000", "60000000", "60000000"),
        ("300000000", "60000000", "60000000"),
        ("300000000", "60000000", "60000000"),
    ]);
    let a = with_answer(good, Question::SafetyLiabilityAccident, Answer::Yes);
    let a = with_answer(a, Question::CooperationUniversities, Answer::No);
    let r = assess(&a, AS_OF);
    assert_eq!(r.overall, Overall::NotEligible);
    let found = remedies(&r);
    assert_eq!(
        found,
        [
            Remedy::Declaration {
                question: Question::CooperationUniversities
            },
            Remedy::Declaration {
                question: Question::SafetyLiabilityAccident
            },
        ]
    );
    assert!(describe_remedy(&found[0], r.rules, Lang::Zh)
        .contains("建立合作（合作协议、共建平台、联合项目）后才能满足"));
    assert!(describe_remedy(&found[1], r.rules, Lang::En).contains("cannot be undone"));
    let steps = next_steps(&r, Lang::Zh, None);
    // The conditions by their clause and name, and what each needs — never “answered no”: the
    // answer that fails Art. 5(5) is “yes” (an accident happened).
    assert!(
        steps.iter().any(|(_, s)| s.starts_with(
            "落实尚未满足的条件：第五条第（二）项（创新资源整合能力与产学研合作基础）、第五条第（五）项（未发生"
        )),
        "{steps:?}"
    );
    assert!(
        !steps.iter().any(|(_, s)| s.contains("回答为“否”")),
        "{steps:?}"
    );
    // The figures meet Art. 5(3): no Art. 6 way and no budget step.
    assert!(
        !steps.iter().any(|(c, _)| *c == ClauseId::Art6),
        "{steps:?}"
    );
}

#[test]
fn a_commitment_below_the_minimum_can_be_raised_now() {
    let mut a = favourable(ApplicantPath::NewEntity);
    a.financials.latest_fiscal_year = Some(2024);
    a.financials.operating_history = Some(OperatingHistory::FoundedOn {
        date: CalendarDate::new(2025, 3, 1).unwrap(),
    });
    a.committed_average_annual_rd = Some(yuan("15000000"));
    a.planned_domestic_average_annual_rd = Some(yuan("15000000"));
    let r = assess(&a, AS_OF);
    assert_eq!(r.overall, Overall::NotEligible);
    let found = remedies(&r);
    assert!(
        found.iter().any(|f| matches!(f, Remedy::Commitment)),
        "{found:?}"
    );
    assert!(!found.iter().any(|f| matches!(f, Remedy::NextRound { .. })));
    let zh = describe_remedy(&found[0], r.rules, Lang::Zh);
    assert_eq!(
        zh,
        "第六条要求依托单位保障未来3年年均研究开发费用不低于2,000.00万元：承诺达到这一数额即可满足，现在就可以修改。"
    );
}

#[test]
fn a_young_company_keeps_its_founding_year_in_the_next_rounds_years() {
    // Founded on 1 July 2023: “近3年” is 2023–2024 now, 2023–2025 next round.
    let mut a = enterprise([
        ("0", "0", "0"),
        ("300000000", "10000000", "10000000"),
        ("300000000", "10000000", "10000000"),
    ]);
    a.financials.operating_history = Some(OperatingHistory::FoundedOn {
        date: CalendarDate::new(2023, 7, 1).unwrap(),
    });
    a.financials.years.retain(|y| y.year >= 2023);
    let r = assess(&a, AS_OF);
    let found = remedies(&r);
    match found.first() {
        Some(Remedy::NextRound {
            first_year,
            next_first,
            next_latest,
            ..
        }) => {
            assert_eq!((*first_year, *next_first, *next_latest), (2023, 2023, 2025));
        }
        other => panic!("{other:?} ({:?})", r.overall),
    }
}
