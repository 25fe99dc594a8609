//! The planner for next year's application: worked cases, the routes that give no plan, and a
//! property test that puts every plan back into the rules: the planned amounts meet the
//! condition on their route, and one fen less does not.

use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use tic_selfcheck::rules::answers::{Field, OperatingHistory};
use tic_selfcheck::rules::dates::CalendarDate;
use tic_selfcheck::rules::guideline::TierId;
use tic_selfcheck::rules::outcome::{Condition, Reason, Verdict};
use tic_selfcheck::rules::planner::{
    assess_plan, plan, plan_with, Cheaper, ExpectedRevenue, Need, Planned, Route, Unavailable,
};
use tic_selfcheck::rules::questions::{Answer, ApplicantPath, Question};

mod common;
use common::{enterprise_in_yuan, favourable};

/// 1 September 2025: the next round looks at 2023–2025.
const AS_OF: CalendarDate = CalendarDate {
    year: 2025,
    month: 9,
    day: 1,
};

fn art5(planned: Planned) -> tic_selfcheck::rules::planner::Plan {
    match planned {
        Planned::Art5(p) => *p,
        other => panic!("{other:?}"),
    }
}

const YI: Decimal = dec!(100000000);

#[test]
fn the_worked_case_asks_for_the_cheaper_route_and_its_domestic_part() {
    // 2023 13.4亿 / 1.8亿 / 1.5亿, 2024 14亿 / 1.9亿 / 1.0亿, and 2025 expected at 12亿: the
    // next round (2023–2025) totals 39.4亿, 13.13亿 a year: item 2, 15 % or 10 % growth.
    let a = enterprise_in_yuan([
        (dec!(5) * YI, dec!(0.5) * YI, dec!(0.5) * YI),
        (dec!(13.4) * YI, dec!(1.8) * YI, dec!(1.5) * YI),
        (dec!(14) * YI, dec!(1.9) * YI, dec!(1.0) * YI),
    ]);
    let p = art5(plan(&a, AS_OF, dec!(12) * YI));
    assert_eq!((p.first_year, p.year), (2023, 2025));
    assert_eq!(p.scale.tier, TierId::From1To3Billion);
    // Ratio: 15 % × 39.4亿 = 5.91亿, less 3.7亿 on record = 2.21亿.
    assert_eq!(
        p.ratio,
        Need::AtLeast {
            yuan: dec!(221000000.00)
        }
    );
    // Growth: 1.9亿 × 1.10 = 2.09亿.
    assert_eq!(
        p.growth,
        Need::AtLeast {
            yuan: dec!(209000000.00)
        }
    );
    assert_eq!(
        p.cheaper,
        Some(Cheaper {
            route: Route::Growth,
            by: dec!(12000000.00)
        })
    );
    assert_eq!(p.planned_rd, Some(dec!(209000000.00)));
    // Domestic: 60 % × (1.8 + 1.9 + 2.09)亿 = 3.474亿, less 2.5亿 on record = 0.974亿.
    assert_eq!(
        p.domestic,
        Need::AtLeast {
            yuan: dec!(97400000.00)
        }
    );
    // 13.13亿 is not within 10 % of 10亿 or 30亿.
    assert_eq!(p.near_bound, None);
}

#[test]
fn a_zero_base_and_no_revenue_give_no_number() {
    let a = enterprise_in_yuan([
        (dec!(0), dec!(0), dec!(0)),
        (dec!(0), dec!(0), dec!(0)),
        (dec!(0), dec!(0), dec!(0)),
    ]);
    let p = art5(plan(&a, AS_OF, dec!(0)));
    assert_eq!(
        p.ratio,
        Need::NotAvailable {
            why: Unavailable::NoRevenue
        }
    );
    assert_eq!(
        p.growth,
        Need::NotAvailable {
            why: Unavailable::ZeroBase
        }
    );
    assert_eq!(p.cheaper, None);
    assert_eq!(p.planned_rd, None);
}

#[test]
fn a_founding_year_base_gives_no_growth_route() {
    // Founded 1 July 2024: last year was operated in part.
    let mut a = enterprise_in_yuan([
        (dec!(0), dec!(0), dec!(0)),
        (dec!(0), dec!(0), dec!(0)),
        (dec!(2) * YI, dec!(0.2) * YI, dec!(0.2) * YI),
    ]);
    a.financials.years.retain(|y| y.year == 2024);
    a.financials.operating_history = Some(OperatingHistory::FoundedOn {
        date: CalendarDate::new(2024, 7, 1).unwrap(),
    });
    let p = art5(plan(&a, AS_OF, dec!(5) * YI));
    assert_eq!(
        p.growth,
        Need::NotAvailable {
            why: Unavailable::PartYearBase
        }
    );
    assert!(matches!(p.ratio, Need::AtLeast { .. }), "{:?}", p.ratio);
    assert_eq!(p.first_year, 2024);
}

#[test]
fn missing_figures_of_last_year_are_listed_first() {
    let mut a = enterprise_in_yuan([(YI, YI, YI); 3]);
    a.financials.years[2].rd_total = None;
    match plan(&a, AS_OF, YI) {
        Planned::MissingFigures { missing } => {
            assert_eq!((missing[0].year, missing[0].field), (2024, Field::RdTotal));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn near_a_bound_the_plan_names_the_band_across_it() {
    // 2023 and 2024 at 9.5亿; 2025 expected at 10亿: the average 9.67亿 is within 10 % of 10亿.
    let a = enterprise_in_yuan([
        (YI, YI, YI),
        (dec!(9.5) * YI, YI, YI),
        (dec!(9.5) * YI, YI, YI),
    ]);
    let p = art5(plan(&a, AS_OF, dec!(10) * YI));
    assert_eq!(p.scale.tier, TierId::Below1Billion);
    let near = p.near_bound.expect("near 10亿");
    assert_eq!(near.bound, dec!(10) * YI);
    assert!(!near.above);
    assert_eq!(near.other_tier, TierId::From1To3Billion);
    assert_eq!(near.other_min_ratio, dec!(0.15));
    // 3 × 10亿 − 19亿 on record = 11亿 this year puts the average at the bound.
    assert_eq!(near.revenue_at_bound, dec!(11) * YI);
    // And with 11亿 the applicant is in the higher band: cheaper by ratio.
    let crossed = art5(plan(&a, AS_OF, dec!(11) * YI));
    assert_eq!(crossed.scale.tier, TierId::From1To3Billion);
    assert!(crossed.near_bound.expect("still near").above);
}

#[test]
fn a_new_entity_plans_its_commitment_and_domestic_share() {
    let a = favourable(ApplicantPath::NewEntity);
    match plan(&a, AS_OF, dec!(0)) {
        Planned::Art6(c) => {
            assert_eq!(c.years, 3);
            assert_eq!(c.min_average_rd, dec!(20000000));
            assert_eq!(c.min_domestic_share, dec!(0.60));
            assert_eq!(c.min_domestic_rd, dec!(12000000.00));
        }
        other => panic!("{other:?}"),
    }
}

/// The verdict of a route's own finding; `None` when the route gives none (growth from a zero
/// base, say).
fn route_verdict(a: &tic_selfcheck::rules::outcome::Assessment, route: Route) -> Option<Verdict> {
    let c = a.condition(Condition::RdIntensity).unwrap();
    c.findings
        .iter()
        .find(|f| match route {
            Route::Ratio => matches!(f.reason, Reason::RdRatio { .. }),
            Route::Growth => matches!(f.reason, Reason::RdGrowth { .. }),
        })
        .map(|f| f.verdict)
}

fn finding_verdict(a: &tic_selfcheck::rules::outcome::Assessment, route: Route) -> Verdict {
    route_verdict(a, route).unwrap_or_else(|| {
        panic!(
            "no {route:?} finding: {:?}",
            a.condition(Condition::RdIntensity).unwrap().findings
        )
    })
}

fn verdict_of(a: &tic_selfcheck::rules::outcome::Assessment, condition: Condition) -> Verdict {
    a.condition(condition).unwrap().verdict
}

fn fen() -> impl Strategy<Value = Decimal> {
    // Up to 50亿, in fen.
    (1i64..=500_000_000_000).prop_map(|f| Decimal::new(f, 2))
}

/// A random history for the plan: how long the applicant has operated (three years or more,
/// or founded on a day of 2022–2024, so that the next round's first year may be a part year),
/// its figures for the years on record, the revenue expected this year (sometimes put exactly
/// on a band's bound, or one fen either side of it, by either way of averaging), and the path
/// (an existing enterprise, or an Art. 6 applicant to which Art. 6 is not open).
#[derive(Debug, Clone)]
struct History {
    founded: Option<CalendarDate>,
    years: Vec<(Decimal, Decimal, Decimal)>,
    expected: Decimal,
    /// 0: put at a bound by the operating time; 1: by the fiscal years; 2: as drawn.
    edge: u8,
    nudge: i64,
    bound: Decimal,
    art6_not_open: u8,
}

fn history() -> impl Strategy<Value = History> {
    let founded = prop_oneof![
        2 => Just(None),
        3 => (2022i32..=2024, 1u32..=12, 1u32..=28)
            .prop_map(|(y, m, d)| CalendarDate::new(y, m, d)),
    ];
    let year = (
        fen(),
        0u32..=45,
        0u32..=100,
        prop_oneof![Just(dec!(1)), Just(dec!(10)), Just(dec!(0.01))],
    )
        .prop_map(|(revenue, rd_share, domestic_share, scale)| {
            let revenue = (revenue * scale).round_dp(2);
            let rd = (revenue * Decimal::from(rd_share) / dec!(100)).round_dp(2);
            let domestic = (rd * Decimal::from(domestic_share) / dec!(100)).round_dp(2);
            (revenue, rd, domestic)
        });
    (
        founded,
        prop::collection::vec(year, 3),
        fen(),
        0u8..=2,
        -1i64..=1,
        prop_oneof![Just(dec!(10) * YI), Just(dec!(30) * YI)],
        0u8..=2,
    )
        .prop_map(
            |(founded, years, expected, edge, nudge, bound, art6_not_open)| History {
                founded,
                years,
                expected,
                edge,
                nudge,
                bound,
                art6_not_open,
            },
        )
}

impl History {
    /// The answers, with every unlikely figure confirmed (the applicant looked and confirmed).
    fn answers(&self) -> tic_selfcheck::rules::answers::Answers {
        let mut a = enterprise_in_yuan([self.years[0], self.years[1], self.years[2]]);
        if let Some(date) = self.founded {
            a.financials.years.retain(|y| y.year >= date.year);
            a.financials.operating_history = Some(OperatingHistory::FoundedOn { date });
        }
        match self.art6_not_open {
            // Chose Art. 6 but was not set up for the center.
            1 => {
                a.path = Some(ApplicantPath::NewEntity);
                a.declarations
                    .insert(Question::JointUnitsCapability, Answer::Yes);
                a.declarations
                    .insert(Question::NewlyEstablishedForCenter, Answer::No);
            }
            // Chose Art. 6 having operated through the period.
            2 if self.founded.is_none() => {
                a.path = Some(ApplicantPath::NewEntity);
                a.declarations
                    .insert(Question::JointUnitsCapability, Answer::Yes);
                a.declarations
                    .insert(Question::NewlyEstablishedForCenter, Answer::Yes);
            }
            _ => {}
        }
        a.figures_confirmed = true;
        a
    }

    /// The revenue expected this year: as drawn, or the amount that puts the next round's
    /// average on the bound (by the operating time or by the fiscal years), one fen either side.
    fn expected(&self, a: &tic_selfcheck::rules::answers::Answers) -> Decimal {
        use tic_selfcheck::rules::period::period_of;
        let history = a.financials.operating_history.unwrap();
        let period = period_of(2025, history, 3).unwrap();
        let on_record: Decimal = a
            .financials
            .years
            .iter()
            .filter(|y| period.years.contains(&y.year))
            .filter_map(|y| y.sales_revenue.map(|m| m.yuan()))
            .sum();
        let (num, den) = match self.edge {
            0 => (
                Decimal::from(period.operating_time.numerator),
                Decimal::from(period.operating_time.denominator),
            ),
            1 => (Decimal::from(period.years.len() as u32), dec!(1)),
            _ => return self.expected,
        };
        let at_bound = (self.bound * num / den - on_record)
            .round_dp_with_strategy(2, rust_decimal::RoundingStrategy::AwayFromZero);
        let nudged = at_bound + Decimal::new(self.nudge, 2);
        if nudged > dec!(0) {
            nudged
        } else {
            self.expected
        }
    }
}

fn both_met(a: &tic_selfcheck::rules::outcome::Assessment) -> bool {
    verdict_of(a, Condition::RdIntensity) == Verdict::Met
        && verdict_of(a, Condition::DomesticRd) == Verdict::Met
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Reading 21's promise, for random histories: full and part-year first years, averages on
    /// a band's bound and one fen either side of it by either way of averaging, growth and ratio
    /// routes, Art. 5(4)-bound cases and Art. 6 applicants to which Art. 6 is not open. Put back
    /// into the rules as next year's figures, the plan's R&D and its domestic part meet Art. 5(3)
    /// (under every reading of the band) and Art. 5(4); one fen less R&D fails one of them, and
    /// one fen less within China fails Art. 5(4). Each route's amount meets its route and one
    /// fen less does not. The plan's own figures are never taken as confirmed: those that will
    /// look unlikely next year are named, and until confirmed they keep the result open.
    #[test]
    fn every_plan_put_back_into_the_rules_meets_both_conditions_and_one_fen_less_does_not(h in history()) {
        let a = h.answers();
        let expected = ExpectedRevenue {
            typed: common::money(h.expected(&a)),
            unit_written: true,
            confirmed: true,
        };
        let p = match plan_with(&a, AS_OF, expected) {
            Planned::Art5(p) => *p,
            other => {
                prop_assert!(false, "no plan: {:?}", other);
                unreachable!()
            }
        };
        let plenty = dec!(1_000_000_000_000);
        for (route, need) in [(Route::Ratio, &p.ratio), (Route::Growth, &p.growth)] {
            match need {
                Need::AtLeast { yuan } => {
                    prop_assert_eq!(finding_verdict(&assess_plan(&a, &p, *yuan, *yuan, true), route), Verdict::Met);
                    let less = *yuan - dec!(0.01);
                    prop_assert_eq!(finding_verdict(&assess_plan(&a, &p, less, less, true), route), Verdict::NotMet);
                }
                Need::AlreadyMet => {
                    prop_assert_eq!(finding_verdict(&assess_plan(&a, &p, dec!(0.01), dec!(0.01), true), route), Verdict::Met);
                }
                Need::NotAvailable { .. } => {
                    prop_assert_ne!(route_verdict(&assess_plan(&a, &p, plenty, plenty, true), route), Some(Verdict::Met));
                }
            }
        }
        let Some(planned) = p.planned_rd else {
            // No route can be met in some reading of the band: no amount meets Art. 5(3).
            prop_assert_ne!(verdict_of(&assess_plan(&a, &p, plenty, plenty, true), Condition::RdIntensity), Verdict::Met);
            return Ok(());
        };
        let domestic = match p.domestic {
            Need::AtLeast { yuan } => yuan,
            Need::AlreadyMet => dec!(0),
            Need::NotAvailable { why } => {
                prop_assert!(false, "a plan with R&D but no domestic part: {:?}", why);
                dec!(0)
            }
        };
        prop_assert!(domestic <= planned, "domestic {} above the planned {}", domestic, planned);
        let both = assess_plan(&a, &p, planned, domestic, true);
        prop_assert!(both_met(&both), "the plan {} / {} does not meet both: {:?}", planned, domestic, both.conditions);
        // Never confirmed by the planner: unconfirmed, the plan's unlikely figures keep it open.
        let unconfirmed = assess_plan(&a, &p, planned, domestic, false);
        if p.will_ask_to_confirm.is_empty() {
            prop_assert!(both_met(&unconfirmed));
        } else {
            prop_assert!(!both_met(&unconfirmed), "{:?} decided unconfirmed", p.will_ask_to_confirm);
        }
        if planned > dec!(0) {
            let less = planned - dec!(0.01);
            let fewer = assess_plan(&a, &p, less, domestic.min(less), true);
            prop_assert!(!both_met(&fewer), "one fen less than {} still meets both", planned);
        }
        if domestic > dec!(0) {
            let short = assess_plan(&a, &p, planned, domestic - dec!(0.01), true);
            prop_assert_ne!(verdict_of(&short, Condition::DomesticRd), Verdict::Met);
        }
        // Every reading of the band is met: the plan is at least what each asks.
        if let Some(other) = &p.other_band {
            let main = [&p.ratio, &p.growth].into_iter().filter_map(amount).min();
            let theirs = [&other.ratio, &other.growth].into_iter().filter_map(amount).min();
            for least in main.into_iter().chain(theirs) {
                prop_assert!(planned >= least);
            }
            prop_assert_eq!(other.least, theirs);
        }
        // The cheaper route is the smaller amount, by the difference shown.
        if let (Some(Cheaper { route, by }), Need::AtLeast { yuan: ratio }, Need::AtLeast { yuan: growth }) = (p.cheaper, &p.ratio, &p.growth) {
            let (low, high) = if route == Route::Ratio { (ratio, growth) } else { (growth, ratio) };
            prop_assert!(low <= high);
            prop_assert_eq!(by, *high - *low);
        }
    }
}

fn amount(need: &Need) -> Option<Decimal> {
    match need {
        Need::AtLeast { yuan } => Some(*yuan),
        Need::AlreadyMet => Some(dec!(0)),
        Need::NotAvailable { .. } => None,
    }
}

#[test]
fn the_plan_reads_in_both_languages() {
    use tic_selfcheck::rules::guideline::RuleSet;
    use tic_selfcheck::rules::planner::plan_sentences;
    let a = enterprise_in_yuan([
        (dec!(5) * YI, dec!(0.5) * YI, dec!(0.5) * YI),
        (dec!(13.4) * YI, dec!(1.8) * YI, dec!(1.5) * YI),
        (dec!(14) * YI, dec!(1.9) * YI, dec!(1.0) * YI),
    ]);
    let planned = plan(&a, AS_OF, dec!(12) * YI);
    let rules = RuleSet::for_date(AS_OF);
    let zh = plan_sentences(&planned, rules, tic_selfcheck::rules::lang::Lang::Zh).join("\n");
    for expected in [
        "下一轮申报的“近3年”按2023—2025年计算",
        "年均销售收入131,333.33万元",
        "第五条第（三）项第2目“在10亿元(含)至30亿元”档",
        "按研发费用占比：2025年研究开发费用至少22,100.00万元。",
        "按上一年度增速：2025年研究开发费用至少20,900.00万元（较2024年增长10%）。",
        "两条途径满足其一即可：按上一年度增速所需的研究开发费用比按占比少1,200.00万元，计划按增速安排。",
        "2025年在中国境内发生的研究开发费用至少9,740.00万元",
    ] {
        assert!(zh.contains(expected), "{expected}\n{zh}");
    }
    let en = plan_sentences(&planned, rules, tic_selfcheck::rules::lang::Lang::En).join("\n");
    for expected in [
        "“the last 3 years” are 2023–2025",
        "By the R&D ratio: at least RMB 221,000,000.00 of R&D in 2025.",
        "Either route is enough: last year's growth needs RMB 12,000,000.00 less R&D than the ratio, so the plan follows the growth.",
    ] {
        assert!(en.contains(expected), "{expected}\n{en}");
    }
}

/// Art. 5(4) can need more R&D than the cheaper route of Art. 5(3): with 0.2亿 of each 1亿 of R&D
/// within China on record, 2023–2024 hold 2亿 of R&D and 0.4亿 within China; 60 % of (2亿 + x)
/// ≤ 0.4亿 + x gives x ≥ 2亿, all of it within China, although 1亿 (the ratio) meets 5(3).
#[test]
fn a_low_domestic_share_on_record_raises_the_plan_to_meet_art_5_4() {
    let a = enterprise_in_yuan([(dec!(5) * YI, YI, dec!(0.2) * YI); 3]);
    let p = art5(plan(&a, AS_OF, dec!(5) * YI));
    // Ratio: 20 % × 15亿 − 2亿 = 1亿; growth: 1亿 × 1.15 = 1.15亿.
    assert_eq!(p.ratio, Need::AtLeast { yuan: YI });
    assert_eq!(
        p.growth,
        Need::AtLeast {
            yuan: dec!(1.15) * YI
        }
    );
    assert_eq!(p.planned_rd, Some(dec!(2) * YI));
    assert_eq!(p.raised_for_domestic, Some(YI));
    assert_eq!(p.domestic, Need::AtLeast { yuan: dec!(2) * YI });
    let both = assess_plan(&a, &p, dec!(2) * YI, dec!(2) * YI, true);
    assert_eq!(verdict_of(&both, Condition::RdIntensity), Verdict::Met);
    assert_eq!(verdict_of(&both, Condition::DomesticRd), Verdict::Met);
    let short = assess_plan(&a, &p, dec!(199999999.99), dec!(199999999.99), true);
    assert_eq!(verdict_of(&short, Condition::DomesticRd), Verdict::NotMet);
    let zh = tic_selfcheck::rules::planner::plan_sentences(
        &Planned::Art5(Box::new(p)),
        tic_selfcheck::rules::guideline::RuleSet::for_date(AS_OF),
        tic_selfcheck::rules::lang::Lang::Zh,
    )
    .join("\n");
    assert!(
        zh.contains("2025年研究开发费用至少20,000.00万元（多10,000.00万元），其中在中国境内发生至少20,000.00万元"),
        "{zh}"
    );
    assert!(!zh.contains("即使"), "{zh}");
}

/// The ratio already met on record and the domestic share short: the plan is the amount Art.
/// 5(4) needs, never “out of reach”.
#[test]
fn with_the_ratio_met_the_plan_is_what_the_domestic_share_needs() {
    let a = enterprise_in_yuan([(dec!(5) * YI, dec!(2) * YI, dec!(0.5) * YI); 3]);
    let p = art5(plan(&a, AS_OF, dec!(5) * YI));
    assert_eq!(p.ratio, Need::AlreadyMet);
    // 60 % × (4亿 + x) ≤ 1亿 + x: x ≥ 3.5亿.
    assert_eq!(p.planned_rd, Some(dec!(3.5) * YI));
    assert_eq!(p.raised_for_domestic, Some(dec!(3.5) * YI));
    assert_eq!(
        p.domestic,
        Need::AtLeast {
            yuan: dec!(3.5) * YI
        }
    );
}

/// An Art. 6 applicant to which Art. 6 is not open gets Art. 5's plan, and is told why.
#[test]
fn an_art6_applicant_that_is_not_new_gets_the_art5_plan() {
    use tic_selfcheck::rules::planner::Art6NotOpen;
    let mut a = enterprise_in_yuan([(dec!(5) * YI, YI, YI); 3]);
    a.path = Some(ApplicantPath::NewEntity);
    for q in [
        Question::JointUnitsCapability,
        Question::NewlyEstablishedForCenter,
    ] {
        a.declarations.insert(q, Answer::Yes);
    }
    let p = art5(plan(&a, AS_OF, dec!(5) * YI));
    assert_eq!(
        p.art6_not_open,
        Some(Art6NotOpen::OperatedThroughPeriod {
            first_year: 2022,
            latest_year: 2024
        })
    );
    assert_eq!(p.ratio, Need::AtLeast { yuan: YI });
    let zh = tic_selfcheck::rules::planner::plan_sentences(
        &Planned::Art5(Box::new(p)),
        tic_selfcheck::rules::guideline::RuleSet::for_date(AS_OF),
        tic_selfcheck::rules::lang::Lang::Zh,
    );
    assert!(
        zh[0].contains("不是第六条所称的新建独立法人实体，第六条不适用"),
        "{zh:?}"
    );
    // Not set up for the center: the same, for that reason.
    a.declarations
        .insert(Question::NewlyEstablishedForCenter, Answer::No);
    a.financials.operating_history = Some(OperatingHistory::FoundedOn {
        date: CalendarDate::new(2025, 2, 1).unwrap(),
    });
    a.financials.years.clear();
    match plan(&a, AS_OF, dec!(5) * YI) {
        Planned::Art5(p) => assert_eq!(p.art6_not_open, Some(Art6NotOpen::NotEstablishedForCenter)),
        other => panic!("{other:?}"),
    }
    // A new entity set up for the center keeps the Art. 6 plan.
    a.declarations
        .insert(Question::NewlyEstablishedForCenter, Answer::Yes);
    assert!(matches!(plan(&a, AS_OF, dec!(5) * YI), Planned::Art6(_)));
}

/// Every figure of the plan is rounded once, from the exact value, and never to a bound it does
/// not reach: an expected revenue one fen short of putting the average at 10亿 reads below it.
#[test]
fn the_average_one_fen_under_a_bound_reads_under_it() {
    use tic_selfcheck::rules::guideline::RuleSet;
    use tic_selfcheck::rules::lang::Lang;
    use tic_selfcheck::rules::planner::plan_sentences;
    let a = enterprise_in_yuan([
        (YI, YI, YI),
        (dec!(10) * YI, YI, YI),
        (dec!(10) * YI, YI, YI),
    ]);
    // 20亿 on record; 9.9999999999亿 this year: the average is 999,999,999.9967元.
    let p = art5(plan(&a, AS_OF, dec!(999999999.99)));
    assert_eq!(p.scale.tier, TierId::Below1Billion);
    let zh = plan_sentences(
        &Planned::Art5(Box::new(p.clone())),
        RuleSet::for_date(AS_OF),
        Lang::Zh,
    )
    .join("\n");
    assert!(zh.contains("年均销售收入99,999.99万元"), "{zh}");
    assert!(!zh.contains("100,000.00万元，属于"), "{zh}");
    // Exactly at the bound: said to be at it, not “0.00万元 above” it.
    let at = art5(plan(&a, AS_OF, dec!(10) * YI));
    assert_eq!(at.scale.tier, TierId::From1To3Billion);
    let zh = plan_sentences(
        &Planned::Art5(Box::new(at)),
        RuleSet::for_date(AS_OF),
        Lang::Zh,
    )
    .join("\n");
    assert!(zh.contains("正好在100,000.00万元的档次界限上"), "{zh}");
    assert!(!zh.contains("高出0.00万元"), "{zh}");
}

#[test]
fn the_picture_draws_each_period_as_the_rules_test_it_the_plans_included() {
    use tic_selfcheck::rules::assess::assess;
    use tic_selfcheck::rules::planner::{picture_periods, Tested};
    // The worked case: with 12亿 expected, the plan takes the growth route (2.09亿).
    let a = enterprise_in_yuan([
        (dec!(5) * YI, dec!(0.5) * YI, dec!(0.5) * YI),
        (dec!(13.4) * YI, dec!(1.8) * YI, dec!(1.5) * YI),
        (dec!(14) * YI, dec!(1.9) * YI, dec!(1.0) * YI),
    ]);
    let now = assess(&a, AS_OF);
    let planned = plan(&a, AS_OF, dec!(12) * YI);
    let periods = picture_periods(&a, &now, &planned);
    assert_eq!(periods.len(), 2);
    let (on_record, next) = (&periods[0], &periods[1]);
    assert_eq!(
        (
            on_record.first_year,
            on_record.latest_year,
            on_record.planned
        ),
        (2022, 2024, false)
    );
    assert_eq!(
        (next.first_year, next.latest_year, next.planned),
        (2023, 2025, true)
    );
    // On record, over 2022–2024's totals: 4.2亿 of 32.4亿.
    assert_eq!(
        on_record.ratio.map(|t| t.value.round_dp(6)),
        Some(dec!(4.2) / dec!(32.4)).map(|r| r.round_dp(6))
    );
    // The plan's period: growth exactly at its minimum, the ratio under its own (the other
    // route), the domestic share exactly at 60 %: the bars that must reach their lines do.
    assert_eq!(
        next.growth,
        Some(Tested {
            value: dec!(0.1),
            minimum: dec!(0.1)
        })
    );
    let ratio = next.ratio.unwrap();
    assert!(ratio.value < ratio.minimum, "{ratio:?}");
    let share = next.domestic_share.unwrap();
    assert_eq!((share.value, share.minimum), (dec!(0.6), dec!(0.6)));
    // Without a plan, only the period on record.
    assert_eq!(picture_periods(&a, &now, &Planned::NotYet).len(), 1);
}

/// Reading 4 in the plan: founded 1 December 2024, the next round (2024–2025) has a part year.
/// With 3亿 in December and 31亿 expected, the average over the operating time (34亿 ÷
/// (1 + 31/366) years = 31.35亿) is item 1, over the 2 fiscal years (17亿) item 2. The plan
/// meets both: 15 % × 34亿 − 0.3亿 = 4.8亿, not item 1's 10 % (3.1亿); put back, both readings
/// meet, and one fen less leaves the band's reading open.
#[test]
fn a_band_that_depends_on_the_averaging_is_planned_for_both_readings() {
    let mut a = enterprise_in_yuan([
        (YI, YI, YI),
        (YI, YI, YI),
        (dec!(3) * YI, dec!(0.3) * YI, dec!(0.3) * YI),
    ]);
    a.financials.years.retain(|y| y.year == 2024);
    a.financials.operating_history = Some(OperatingHistory::FoundedOn {
        date: CalendarDate::new(2024, 12, 1).unwrap(),
    });
    let p = art5(plan(&a, AS_OF, dec!(31) * YI));
    assert_eq!(p.scale.tier, TierId::From3Billion);
    let other = p
        .other_band
        .clone()
        .expect("the fiscal years give another band");
    assert_eq!(other.scale.tier, TierId::From1To3Billion);
    assert_eq!(
        p.ratio,
        Need::AtLeast {
            yuan: dec!(3.1) * YI
        }
    );
    assert_eq!(
        other.ratio,
        Need::AtLeast {
            yuan: dec!(4.8) * YI
        }
    );
    assert_eq!(p.planned_rd, Some(dec!(4.8) * YI));
    assert_eq!(p.raised_by_other_band, Some(dec!(1.7) * YI));
    let domestic = match p.domestic {
        Need::AtLeast { yuan } => yuan,
        _ => dec!(0),
    };
    let met = assess_plan(&a, &p, dec!(4.8) * YI, domestic, true);
    assert_eq!(verdict_of(&met, Condition::RdIntensity), Verdict::Met);
    let less = assess_plan(&a, &p, dec!(4.8) * YI - dec!(0.01), domestic, true);
    assert_eq!(
        verdict_of(&less, Condition::RdIntensity),
        Verdict::CannotTell
    );
    let zh = tic_selfcheck::rules::planner::plan_sentences(
        &Planned::Art5(Box::new(p)),
        tic_selfcheck::rules::guideline::RuleSet::for_date(AS_OF),
        tic_selfcheck::rules::lang::Lang::Zh,
    )
    .join("\n");
    assert!(zh.contains("按期间的2个会计年度计算"), "{zh}");
    assert!(
        zh.contains("按会计年度计算的档次要求更多") && zh.contains("多17,000.00万元"),
        "{zh}"
    );
}

/// Item 9: a latest year typed 万 for 亿 (a ten-thousandth of the others) makes the plan wait
/// instead of planning on it; confirmed, the plan is made on the figures as entered.
#[test]
fn a_plan_waits_for_todays_unlikely_figures() {
    let mut a = enterprise_in_yuan([
        (dec!(11.8) * YI, dec!(1.6) * YI, dec!(1.5) * YI),
        (dec!(12.6) * YI, dec!(1.7) * YI, dec!(1.6) * YI),
        (dec!(131000), dec!(1.8) * YI, dec!(1.7) * YI),
    ]);
    match plan(&a, AS_OF, dec!(14) * YI) {
        Planned::WaitsForFigures { warnings } => assert!(!warnings.is_empty()),
        other => panic!("{other:?}"),
    }
    let zh = tic_selfcheck::rules::planner::plan_sentences(
        &plan(&a, AS_OF, dec!(14) * YI),
        tic_selfcheck::rules::guideline::RuleSet::for_date(AS_OF),
        tic_selfcheck::rules::lang::Lang::Zh,
    )
    .join("\n");
    assert!(
        zh.starts_with("测算要等已填写的数字核对之后：\n") && zh.contains("核对您的回答"),
        "{zh}"
    );
    a.figures_confirmed = true;
    assert!(matches!(plan(&a, AS_OF, dec!(14) * YI), Planned::Art5(_)));
}

/// Item 10: an expected revenue typed without a unit (“15”, meant 15亿) is read as 15元 and is
/// not planned on; typed 15万 while the latest year is 13亿 it reads as 亿 typed in 万; both
/// wait for a correction or a confirmation. So does an expected revenue below the R&D the plan
/// asks for.
#[test]
fn an_expected_revenue_that_looks_like_a_slip_waits() {
    use tic_selfcheck::rules::money::{Money, Unit};
    use tic_selfcheck::rules::plausibility::Warning;
    let a = enterprise_in_yuan([
        (dec!(11.8) * YI, dec!(1.6) * YI, dec!(1.5) * YI),
        (dec!(12.6) * YI, dec!(1.7) * YI, dec!(1.6) * YI),
        (dec!(13.1) * YI, dec!(1.8) * YI, dec!(1.7) * YI),
    ]);
    let typed = |value: Decimal, unit: Unit, unit_written: bool, confirmed: bool| ExpectedRevenue {
        typed: Money::new(value, unit).unwrap(),
        unit_written,
        confirmed,
    };
    match plan_with(&a, AS_OF, typed(dec!(15), Unit::Yuan, false, false)) {
        Planned::CheckExpectedRevenue { warnings } => {
            assert!(
                matches!(warnings[0], Warning::NoUnitTyped { .. }),
                "{warnings:?}"
            )
        }
        other => panic!("{other:?}"),
    }
    match plan_with(&a, AS_OF, typed(dec!(15), Unit::Wan, true, false)) {
        Planned::CheckExpectedRevenue { warnings } => {
            let slip = warnings[0].slip().expect("a unit typed wrong");
            assert_eq!((slip.read_in, slip.meant), (Unit::Wan, Unit::Yi));
        }
        other => panic!("{other:?}"),
    }
    // Confirmed, the plan is made, on 15元, and says what it is made on.
    assert!(matches!(
        plan_with(&a, AS_OF, typed(dec!(15), Unit::Yuan, false, true)),
        Planned::Art5(_)
    ));
    // 0.5亿 expected, while the plan asks for more R&D than that: the revenue is checked.
    match plan_with(&a, AS_OF, typed(dec!(0.5), Unit::Yi, true, false)) {
        Planned::CheckExpectedRevenue { warnings } => assert!(
            warnings
                .iter()
                .any(|w| matches!(w, Warning::RdAboveRevenue { year: 2025 })
                    || matches!(w, Warning::TenthOfAnotherYear { .. })),
            "{warnings:?}"
        ),
        other => panic!("{other:?}"),
    }
}

/// Item 7: a new entity that commits 3,000万 a year with 2,800万 planned in China is told one
/// domestic amount, 60 % of its own commitment (1,800万 a year on average, over the three
/// years), in the plan and in the result alike; never a yearly floor on the minimum.
#[test]
fn a_new_entity_is_told_one_domestic_amount_everywhere() {
    use tic_selfcheck::rules::assess::assess;
    use tic_selfcheck::rules::explain::describe;
    use tic_selfcheck::rules::guideline::RuleSet;
    use tic_selfcheck::rules::lang::Lang;
    use tic_selfcheck::rules::planner::plan_sentences;
    let mut a = favourable(ApplicantPath::NewEntity);
    a.financials.latest_fiscal_year = Some(2024);
    a.financials.operating_history = Some(OperatingHistory::FoundedOn {
        date: CalendarDate::new(2025, 2, 1).unwrap(),
    });
    a.committed_average_annual_rd = Some(common::money(dec!(30000000)));
    a.planned_domestic_average_annual_rd = Some(common::money(dec!(28000000)));
    let planned = plan(&a, AS_OF, dec!(0));
    let zh = plan_sentences(&planned, RuleSet::for_date(AS_OF), Lang::Zh).join("\n");
    assert!(zh.contains("年均至少1,800.00万元"), "{zh}");
    assert!(
        !zh.contains("每年至少") && !zh.contains("1,200.00万元"),
        "{zh}"
    );
    assert!(zh.contains("不是每年的下限"), "{zh}");
    let detail = assess(&a, AS_OF)
        .condition(Condition::DomesticRd)
        .unwrap()
        .findings
        .iter()
        .map(|f| describe(&f.reason, Lang::Zh))
        .collect::<String>();
    assert!(detail.contains("至少应为1,800.00万元"), "{detail}");
    // Already eligible: the plan says what it is for.
    assert!(zh.contains("本次自评已初步符合"), "{zh}");
}

/// A new entity's plan waits, as an existing enterprise's does, for an Art. 6 amount that looks
/// like a slip: a commitment typed in 亿 for 万 is not stated back as if it stood (issue 25,
/// item 9). Confirmed, the plan is made on it.
#[test]
fn a_new_entity_plan_waits_for_an_unlikely_commitment() {
    let mut a = favourable(ApplicantPath::NewEntity);
    a.financials.latest_fiscal_year = Some(2024);
    a.financials.operating_history = Some(OperatingHistory::FoundedOn {
        date: CalendarDate::new(2025, 2, 1).unwrap(),
    });
    // 3,000 typed in 亿 instead of 万: 3,000亿元 a year.
    a.committed_average_annual_rd = Some(common::money(dec!(300000000000)));
    a.planned_domestic_average_annual_rd = Some(common::money(dec!(28000000)));
    match plan(&a, AS_OF, dec!(0)) {
        Planned::WaitsForFigures { warnings } => {
            assert!(
                warnings.iter().any(|w| matches!(
                    w,
                    tic_selfcheck::rules::plausibility::Warning::VeryLarge { .. }
                )),
                "{warnings:?}"
            );
        }
        other => panic!("{other:?}"),
    }
    a.figures_confirmed = true;
    assert!(matches!(plan(&a, AS_OF, dec!(0)), Planned::Art6(_)));
}
