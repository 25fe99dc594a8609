//! The results summary: one row per condition with its key figure against what is required, the
//! gap in money, and the field that would change it.

use tic_selfcheck::rules::answers::Field;
use tic_selfcheck::rules::assess::assess;
use tic_selfcheck::rules::at_a_glance::{key_figures, route_status};
use tic_selfcheck::rules::explain::Amounts;
use tic_selfcheck::rules::lang::Lang;
use tic_selfcheck::rules::outcome::Condition;
use tic_selfcheck::rules::questions::{Answer, ApplicantPath, Question};
use tic_selfcheck::wizard::{field_for, FieldId, PlanAmount, Step};

mod common;
use common::{enterprise, favourable, with_answer, AS_OF};

#[test]
fn a_shortfall_row_gives_the_ratio_against_the_minimum_and_the_money_it_was_short_in_years_that_have_ended(
) {
    // 3 × 40亿 revenue, 3 × 3亿 R&D: 7.50% against 10% (item 1); 30,000万元 short. Growth 0%.
    let a = enterprise([
        ("4000000000", "300000000", "300000000"),
        ("4000000000", "300000000", "300000000"),
        ("4000000000", "300000000", "300000000"),
    ]);
    let r = assess(&a, AS_OF);
    let c = r.condition(Condition::RdIntensity).unwrap();
    let zh = key_figures(c, Lang::Zh, Amounts::Shown);
    assert_eq!(zh[0].text, "研发费用占比7.50%，要求不低于10%");
    // Each shortfall names the fiscal years it is in, as past: they have ended, and nothing
    // done this round changes them. The two routes are alternatives.
    assert_eq!(
        zh[0].gap.as_deref(),
        Some("2022—2024年度已结束，合计当时差30,000.00万元；本轮已无法弥补")
    );
    assert_eq!(zh[1].text, "上一年度研发费用增长0.00%，要求增长不低于5%");
    assert_eq!(
        zh[1].gap.as_deref(),
        Some("2024年度已结束，当时差1,500.00万元；本轮已无法弥补")
    );
    assert!(zh[0].route && zh[1].route);
    let en = key_figures(c, Lang::En, Amounts::Shown);
    assert_eq!(en[0].text, "R&D ratio 7.50%; at least 10% required");
    assert_eq!(
        en[0].gap.as_deref(),
        Some("RMB 300,000,000.00 short over 2022–2024 (ended; too late this round)")
    );
    assert_eq!(
        en[1].gap.as_deref(),
        Some("RMB 15,000,000.00 short in 2024 (ended; too late this round)")
    );
    // Without amounts: the ratio stays, the money goes.
    let hidden = key_figures(c, Lang::Zh, Amounts::Hidden);
    assert_eq!(hidden[0].text, zh[0].text);
    assert_eq!(hidden[0].gap, None);
    // The link lands on the latest year's R&D.
    assert_eq!(
        field_for(&c.findings[0].reason, &a),
        Some(FieldId::Figure(2024, Field::RdTotal))
    );
}

#[test]
fn a_met_row_names_only_the_route_that_meets_it() {
    // Ratio 15.00% in item 1 (≥ 10%): met; the growth route (0%) is not needed and not shown.
    let a = enterprise([
        ("4000000000", "600000000", "600000000"),
        ("4000000000", "600000000", "600000000"),
        ("4000000000", "600000000", "600000000"),
    ]);
    let r = assess(&a, AS_OF);
    let rows = key_figures(
        r.condition(Condition::RdIntensity).unwrap(),
        Lang::Zh,
        Amounts::Shown,
    );
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0].text, "研发费用占比15.00%，要求不低于10%");
    assert_eq!(rows[0].gap.as_deref(), Some("高出60,000.00万元"));
    // One route shown: nothing to choose between.
    assert!(!rows[0].route);
}

/// Each route of Art. 5(3) says how it stands under the condition's one verdict; worked out on
/// figures still to check, it says so instead of a bare “满足” under “尚无法判断”.
#[test]
fn a_route_says_how_it_stands_and_what_it_rests_on() {
    let routes = |a: &tic_selfcheck::rules::answers::Answers, lang| {
        let r = assess(a, AS_OF);
        let c = r.condition(Condition::RdIntensity).unwrap().clone();
        c.findings
            .iter()
            .filter_map(|f| route_status(&c, f, lang))
            .collect::<Vec<_>>()
    };
    // Ratio 15.00% in item 1: met; growth 0%: not needed.
    let met = enterprise([
        ("4000000000", "600000000", "600000000"),
        ("4000000000", "600000000", "600000000"),
        ("4000000000", "600000000", "600000000"),
    ]);
    assert_eq!(
        routes(&met, Lang::Zh),
        [
            ("按研发费用占比：满足".to_string(), "met"),
            (
                "按上一年度增速：无需满足（另一途径已满足）".to_string(),
                "not-needed"
            ),
        ]
    );
    // Both short: each route not met.
    let short = enterprise([
        ("4000000000", "300000000", "300000000"),
        ("4000000000", "300000000", "300000000"),
        ("4000000000", "300000000", "300000000"),
    ]);
    assert_eq!(
        routes(&short, Lang::Zh),
        [
            ("按研发费用占比：不满足".to_string(), "not-met"),
            ("按上一年度增速：不满足".to_string(), "not-met"),
        ]
    );
    // 2023's revenue a tenth of the others, unconfirmed: the ratio route's arithmetic meets and
    // the growth route's does not, but neither is a verdict while the figures are to check.
    let mut unchecked = enterprise([
        ("4000000000", "600000000", "600000000"),
        ("400000000", "600000000", "600000000"),
        ("4000000000", "600000000", "600000000"),
    ]);
    let r = assess(&unchecked, AS_OF);
    assert!(!r.unlikely_figures.is_empty());
    let c = r.condition(Condition::RdIntensity).unwrap();
    assert_eq!(
        c.verdict,
        tic_selfcheck::rules::outcome::Verdict::CannotTell
    );
    // The band rests on the figures to check: Art. 5(3) is cited, not one of its items.
    assert_eq!(c.clause, tic_selfcheck::rules::clauses::ClauseId::Art5_3);
    assert_eq!(
        routes(&unchecked, Lang::Zh),
        [
            (
                "按研发费用占比：按所填数字满足，待核对".to_string(),
                "unchecked"
            ),
            (
                "按上一年度增速：按所填数字不满足，待核对".to_string(),
                "unchecked"
            ),
        ]
    );
    assert_eq!(
        routes(&unchecked, Lang::En)[0].0,
        "By the R&D ratio: met on the figures as entered, still to check"
    );
    // Confirmed, the arithmetic is the verdict again, in its band (an average of 28亿: item 2).
    unchecked.figures_confirmed = true;
    assert_eq!(
        assess(&unchecked, AS_OF)
            .condition(Condition::RdIntensity)
            .unwrap()
            .clause,
        tic_selfcheck::rules::clauses::ClauseId::Art5_3Item2
    );
    assert_eq!(
        routes(&unchecked, Lang::Zh),
        [
            ("按研发费用占比：满足".to_string(), "met"),
            (
                "按上一年度增速：无需满足（另一途径已满足）".to_string(),
                "not-needed"
            ),
        ]
    );
}

#[test]
fn a_falling_rd_reads_as_a_fall() {
    let a = enterprise([
        ("300000000", "10000000", "10000000"),
        ("300000000", "50000000", "50000000"),
        ("300000000", "3000000", "3000000"),
    ]);
    let r = assess(&a, AS_OF);
    let rows = key_figures(
        r.condition(Condition::RdIntensity).unwrap(),
        Lang::Zh,
        Amounts::Shown,
    );
    assert!(
        rows.iter()
            .any(|k| k.text.starts_with("上一年度研发费用下降94.00%")),
        "{rows:?}"
    );
}

#[test]
fn declarations_read_as_declared_or_as_answers_to_look_at() {
    let a = favourable(ApplicantPath::ExistingEnterprise);
    let r = assess(&a, AS_OF);
    let talent = r.condition(Condition::Talent).unwrap();
    assert_eq!(
        key_figures(talent, Lang::Zh, Amounts::Shown)[0].text,
        "自行声明（3项）"
    );
    let a = with_answer(a, Question::CoreTechnicalTeam, Answer::NotSure);
    let r = assess(&a, AS_OF);
    let talent = r.condition(Condition::Talent).unwrap();
    let rows = key_figures(talent, Lang::En, Amounts::Shown);
    assert_eq!(
        rows[0].text,
        "An answer is “no”, “not sure” or not given yet"
    );
    let open = talent
        .findings
        .iter()
        .find(|f| f.verdict != tic_selfcheck::rules::outcome::Verdict::Met)
        .unwrap();
    let field = field_for(&open.reason, &a).unwrap();
    assert_eq!(field, FieldId::Question(Question::CoreTechnicalTeam));
    assert_eq!(field.step(), Step::Talent);
}

#[test]
fn missing_figures_link_to_the_first_missing_field() {
    let mut a = enterprise([
        ("300000000", "10000000", "10000000"),
        ("300000000", "50000000", "50000000"),
        ("300000000", "30000000", "30000000"),
    ]);
    a.financials.years[1].rd_domestic = None;
    let r = assess(&a, AS_OF);
    let domestic = r.condition(Condition::DomesticRd).unwrap();
    assert_eq!(
        key_figures(domestic, Lang::Zh, Amounts::Shown)[0].text,
        "缺少数据或回答"
    );
    let field = field_for(&domestic.findings[0].reason, &a).unwrap();
    assert_eq!(field, FieldId::Figure(2023, Field::RdDomestic));
    assert_eq!(field.step(), Step::Figures);
}

#[test]
fn every_field_is_on_a_page_that_asks_for_it() {
    for q in Question::ALL {
        assert!(
            FieldId::Question(q).step().questions().contains(&q),
            "{q:?}"
        );
    }
    assert_eq!(
        FieldId::Plan(PlanAmount::Commitment).step(),
        Step::NewEntity
    );
    assert_eq!(
        FieldId::Plan(PlanAmount::SinceFounding).step(),
        Step::Figures
    );
    assert_eq!(FieldId::Path.step(), Step::ApplicantType);
}
