//! Every threshold of Art. 5(3), 5(4) and Art. 6, on both sides, to the fen; and the values that
//! are exact in decimal but not in binary floating point, where an `f64` implementation would
//! give the wrong verdict.

mod common;

use common::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use tic_selfcheck::rules::assess::assess;
use tic_selfcheck::rules::clauses::ClauseId;
use tic_selfcheck::rules::guideline::TierId;
use tic_selfcheck::rules::outcome::{Condition, Reason, Verdict};
use tic_selfcheck::rules::questions::ApplicantPath;

fn rd_result(
    a: &tic_selfcheck::rules::answers::Answers,
) -> tic_selfcheck::rules::outcome::ConditionResult {
    assess(a, AS_OF)
        .condition(Condition::RdIntensity)
        .cloned()
        .expect("5(3) assessed")
}

fn tier_of(a: &tic_selfcheck::rules::answers::Answers) -> TierId {
    rd_result(a).revenue_scale.expect("scale").tier
}

/// Three equal years of revenue, with flat R&D so that only the revenue decides.
fn revenue_years(rev: [&str; 3]) -> tic_selfcheck::rules::answers::Answers {
    enterprise([(rev[0], "1", "1"), (rev[1], "1", "1"), (rev[2], "1", "1")])
}

#[test]
fn three_billion_inclusive_is_item_1_and_a_fen_less_is_item_2() {
    let at = revenue_years(["3000000000", "3000000000", "3000000000"]);
    assert_eq!(tier_of(&at), TierId::From3Billion);
    assert_eq!(rd_result(&at).clause, ClauseId::Art5_3Item1);
    let below = revenue_years(["3000000000", "3000000000", "2999999999.99"]);
    assert_eq!(tier_of(&below), TierId::From1To3Billion);
    assert_eq!(rd_result(&below).clause, ClauseId::Art5_3Item2);
    let above = revenue_years(["3000000000", "3000000000", "3000000000.01"]);
    assert_eq!(tier_of(&above), TierId::From3Billion);
}

#[test]
fn one_billion_inclusive_is_item_2_and_a_fen_less_is_item_3() {
    let at = revenue_years(["1000000000", "1000000000", "1000000000"]);
    assert_eq!(tier_of(&at), TierId::From1To3Billion);
    let below = revenue_years(["1000000000", "999999999.99", "1000000000"]);
    assert_eq!(tier_of(&below), TierId::Below1Billion);
    assert_eq!(rd_result(&below).clause, ClauseId::Art5_3Item3);
    let zero = revenue_years(["0", "0", "0"]);
    assert_eq!(tier_of(&zero), TierId::Below1Billion);
}

/// For each band: revenue of `rev` a year, R&D flat (so growth is 0 %) at exactly the minimum
/// ratio, then a fen below it.
#[test]
fn each_ratio_threshold_is_inclusive_to_the_fen() {
    for (rev, rd_at, rd_short, tier) in [
        (
            "4000000000",
            "400000000",
            "399999999.99",
            TierId::From3Billion,
        ),
        (
            "2000000000",
            "300000000",
            "299999999.99",
            TierId::From1To3Billion,
        ),
        (
            "500000000",
            "100000000",
            "99999999.99",
            TierId::Below1Billion,
        ),
    ] {
        let at = enterprise([
            (rev, rd_at, rd_at),
            (rev, rd_at, rd_at),
            (rev, rd_at, rd_at),
        ]);
        let r = rd_result(&at);
        assert_eq!(r.revenue_scale.as_ref().unwrap().tier, tier);
        assert_eq!(r.verdict, Verdict::Met, "{tier:?} at the ratio");
        match &r.findings[0].reason {
            Reason::RdRatio { difference, .. } => assert_eq!(*difference, Decimal::ZERO),
            other => panic!("{other:?}"),
        }
        let short = enterprise([
            (rev, rd_at, rd_at),
            (rev, rd_at, rd_at),
            (rev, rd_short, rd_short),
        ]);
        let r = rd_result(&short);
        assert_eq!(r.verdict, Verdict::NotMet, "{tier:?} a fen below the ratio");
        match &r.findings[0].reason {
            Reason::RdRatio { difference, .. } => assert_eq!(*difference, dec!(-0.01)),
            other => panic!("{other:?}"),
        }
    }
}

/// For each band: tiny R&D (ratio far below), growing by exactly the minimum, then a fen less.
#[test]
fn each_growth_threshold_is_inclusive_to_the_fen() {
    for (rev, prev, at, short, tier) in [
        (
            "4000000000",
            "1000000",
            "1050000",
            "1049999.99",
            TierId::From3Billion,
        ),
        (
            "2000000000",
            "1000000",
            "1100000",
            "1099999.99",
            TierId::From1To3Billion,
        ),
        (
            "500000000",
            "1000000",
            "1150000",
            "1149999.99",
            TierId::Below1Billion,
        ),
    ] {
        let met = enterprise([(rev, prev, prev), (rev, prev, prev), (rev, at, at)]);
        let r = rd_result(&met);
        assert_eq!(r.revenue_scale.as_ref().unwrap().tier, tier);
        assert_eq!(r.findings[0].verdict, Verdict::NotMet, "ratio is far below");
        assert_eq!(
            r.findings[1].verdict,
            Verdict::Met,
            "{tier:?} growth at the minimum"
        );
        assert_eq!(r.verdict, Verdict::Met);
        let not = enterprise([(rev, prev, prev), (rev, prev, prev), (rev, short, short)]);
        let r = rd_result(&not);
        assert_eq!(r.verdict, Verdict::NotMet, "{tier:?} growth a fen short");
        match &r.findings[1].reason {
            Reason::RdGrowth {
                difference,
                required_rd_latest,
                ..
            } => {
                assert_eq!(*difference, dec!(-0.01));
                assert_eq!(*required_rd_latest, at.parse::<Decimal>().unwrap());
            }
            other => panic!("{other:?}"),
        }
    }
}

#[test]
fn domestic_share_of_60_percent_is_inclusive_to_the_fen() {
    let rev = "4000000000";
    let at = enterprise([(rev, "500000000", "300000000"); 3]);
    assert_eq!(
        assess(&at, AS_OF)
            .condition(Condition::DomesticRd)
            .unwrap()
            .verdict,
        Verdict::Met
    );
    let short = enterprise([
        (rev, "500000000", "300000000"),
        (rev, "500000000", "300000000"),
        (rev, "500000000", "299999999.99"),
    ]);
    let r = assess(&short, AS_OF);
    let c = r.condition(Condition::DomesticRd).unwrap();
    assert_eq!(c.verdict, Verdict::NotMet);
    match &c.findings[0].reason {
        Reason::DomesticShare { difference, .. } => assert_eq!(*difference, dec!(-0.01)),
        other => panic!("{other:?}"),
    }
}

#[test]
fn new_entity_commitment_of_20_million_is_inclusive_to_the_fen() {
    for (committed, verdict) in [
        ("20000000", Verdict::Met),
        ("20000000.01", Verdict::Met),
        ("19999999.99", Verdict::NotMet),
        ("0", Verdict::NotMet),
    ] {
        let mut a = favourable(ApplicantPath::NewEntity);
        a.committed_average_annual_rd = Some(yuan(committed));
        let r = assess(&a, AS_OF);
        let c = r
            .condition(Condition::NewEntityRd)
            .expect("Art. 6 assessed");
        assert_eq!(c.findings[0].verdict, verdict, "{committed}");
        assert_eq!(c.clause, ClauseId::Art6);
        assert!(
            r.condition(Condition::RdIntensity).is_none(),
            "Art. 6 replaces 5(3)"
        );
    }
}

/// What an implementation that read the typed figures as `f64` would hold.
fn naive(typed: &str) -> f64 {
    typed.parse().expect("a number")
}

/// Values exact in decimal whose binary floating-point arithmetic lands on the wrong side. The
/// f64 lines prove each trap is real; the assertions prove the engine does not fall into it.
#[test]
fn float_traps_are_decided_exactly() {
    // Ratio: 2.01亿 ÷ 13.4亿 is exactly 15 %; in f64 it is 0.14999999999999997.
    assert!(naive("2.01") / naive("13.4") < 0.15);
    let a = enterprise([("1340000000", "201000000", "201000000"); 3]);
    assert_eq!(tier_of(&a), TierId::From1To3Billion);
    assert_eq!(rd_result(&a).findings[0].verdict, Verdict::Met);

    // Growth: 123.40万 → 129.57万 is exactly 5 %; in f64 (129.57 − 123.40) ÷ 123.40 < 0.05.
    assert!((naive("129.57") - naive("123.40")) / naive("123.40") < 0.05);
    let a = enterprise([
        ("4000000000", "1000000", "1000000"),
        ("4000000000", "1234000", "1234000"),
        ("4000000000", "1295700", "1295700"),
    ]);
    assert_eq!(rd_result(&a).findings[1].verdict, Verdict::Met);

    // Domestic share: 8.04 ÷ 13.4 is exactly 60 %; in f64 it is below 0.6.
    assert!(naive("8.04") / naive("13.4") < 0.6);
    let a = enterprise([
        ("4000000000", "440000000", "264000000"),
        ("4000000000", "450000000", "270000000"),
        ("4000000000", "450000000", "270000000"),
    ]);
    assert_eq!(
        assess(&a, AS_OF)
            .condition(Condition::DomesticRd)
            .unwrap()
            .verdict,
        Verdict::Met
    );

    // Sums: 0.1 + 0.2 + 0.3 元 of revenue is 0.6 元, not 0.6000000000000001.
    assert!(naive("0.1") + naive("0.2") + naive("0.3") != 0.6);
    let a = enterprise([
        ("0.1", "0.04", "0.04"),
        ("0.2", "0.04", "0.04"),
        ("0.3", "0.04", "0.04"),
    ]);
    match &rd_result(&a).findings[0].reason {
        Reason::RdRatio {
            total_revenue,
            ratio,
            ..
        } => {
            assert_eq!(*total_revenue, dec!(0.6));
            assert_eq!(*ratio, dec!(0.2));
        }
        other => panic!("{other:?}"),
    }
}

/// The largest amount the tool accepts, in every figure of three full years: the sums and the
/// ratios come out exact (an overflow, or a division falling back to zero, would not).
#[test]
fn three_years_of_the_largest_amount_add_up_exactly() {
    use tic_selfcheck::rules::money::MAX_AMOUNT_YUAN;
    let max = MAX_AMOUNT_YUAN.to_string();
    let mut a = enterprise([(max.as_str(), max.as_str(), max.as_str()); 3]);
    // Figures this large look unlikely for any applicant: they decide nothing until confirmed.
    assert_eq!(rd_result(&a).verdict, Verdict::CannotTell);
    a.figures_confirmed = true;
    let r = rd_result(&a);
    let scale = r.revenue_scale.as_ref().unwrap();
    assert_eq!(scale.total_revenue, MAX_AMOUNT_YUAN * Decimal::from(3));
    assert_eq!(scale.average_revenue, MAX_AMOUNT_YUAN);
    assert_eq!(scale.tier, TierId::From3Billion);
    match &r.findings[0].reason {
        Reason::RdRatio {
            ratio,
            required_rd,
            difference,
            ..
        } => {
            assert_eq!(*ratio, Decimal::ONE);
            assert_eq!(
                *required_rd,
                MAX_AMOUNT_YUAN * Decimal::from(3) / Decimal::from(10)
            );
            assert_eq!(
                *difference,
                MAX_AMOUNT_YUAN * Decimal::from(3) - *required_rd
            );
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(r.verdict, Verdict::Met);
}
