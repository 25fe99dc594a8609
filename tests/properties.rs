//! Properties that must hold for every input, not just the cases someone thought of:
//! the unit a figure is entered in never changes a verdict; more R&D never turns a met
//! condition into an unmet one; and no input makes the parser, the importer or `assess` panic.

mod common;

use common::AS_OF;

use proptest::prelude::*;
use rust_decimal::Decimal;
use tic_selfcheck::rules::answers::{
    Answer, Answers, ApplicantPath, CalendarDate, Financials, OperatingHistory, Question,
    YearFigures,
};
use tic_selfcheck::rules::assess::{assess, Assessment, Verdict};
use tic_selfcheck::rules::explain::{describe, describe_period, describe_scale, summary};
use tic_selfcheck::rules::lang::Lang;
use tic_selfcheck::rules::money::{parse_amount, Money, Unit, MAX_AMOUNT_YUAN};
use tic_selfcheck::rules::report::report;

/// Up to 1000亿元 in fen: beyond any real enterprise's R&D or revenue, inside the accepted range.
const MAX_FEN: i64 = 10_000_000_000_000;

fn fen() -> impl Strategy<Value = i64> {
    prop_oneof![
        3 => 0..=MAX_FEN,
        1 => 0..=1_000_000i64,
        1 => Just(0i64),
    ]
}

fn unit() -> impl Strategy<Value = Unit> {
    prop_oneof![Just(Unit::Yuan), Just(Unit::Wan), Just(Unit::Yi)]
}

fn in_unit(fen: i64, unit: Unit) -> Money {
    let yuan = Decimal::new(fen, 2);
    Money::new(yuan / unit.in_yuan(), unit).expect("a fen amount is exact in every unit")
}

/// Figures for one year as fen amounts (revenue, R&D total, R&D in China), each possibly absent.
type YearFen = (Option<i64>, Option<i64>, Option<i64>);

fn year_fen() -> impl Strategy<Value = YearFen> {
    (
        prop::option::weighted(0.9, fen()),
        prop::option::weighted(0.9, fen()),
        prop::option::weighted(0.9, 0u32..=100),
    )
        .prop_map(|(rev, rd, share)| {
            // The domestic figure is mostly a share of the total, sometimes anything at all.
            let dom = share.map(|s| match rd {
                Some(rd) if s <= 100 => rd / 100 * i64::from(s),
                _ => i64::from(s),
            });
            (rev, rd, dom)
        })
}

fn history() -> impl Strategy<Value = Option<OperatingHistory>> {
    prop_oneof![
        3 => Just(Some(OperatingHistory::ThreeYearsOrMore)),
        2 => (2019i32..=2026, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| Some(
            OperatingHistory::FoundedOn { date: CalendarDate::new(y, m, d).unwrap() }
        )),
        2 => (2019i32..=2026, 1u32..=12).prop_map(|(year, months)| Some(
            OperatingHistory::FoundedIn { year, months_in_first_year: months }
        )),
        1 => Just(None),
    ]
}

fn answer() -> impl Strategy<Value = Option<Answer>> {
    prop_oneof![
        6 => Just(Some(Answer::Yes)),
        3 => Just(Some(Answer::No)),
        1 => Just(Some(Answer::NotSure)),
        1 => Just(None),
    ]
}

/// The raw material of an answers document; `build` turns it into answers with every figure
/// in the chosen units.
#[derive(Debug, Clone)]
struct Case {
    path: Option<ApplicantPath>,
    declarations: Vec<Option<Answer>>,
    latest: Option<i32>,
    history: Option<OperatingHistory>,
    years: Vec<YearFen>,
    commitment: Option<i64>,
}

fn case() -> impl Strategy<Value = Case> {
    (
        prop_oneof![
            4 => Just(Some(ApplicantPath::ExistingEnterprise)),
            2 => Just(Some(ApplicantPath::NewEntity)),
            1 => Just(None),
        ],
        prop::collection::vec(answer(), Question::ALL.len()),
        prop::option::weighted(0.95, 2021i32..=2025),
        history(),
        prop::collection::vec(year_fen(), 0..=4),
        prop::option::weighted(0.8, fen()),
    )
        .prop_map(
            |(path, declarations, latest, history, years, commitment)| Case {
                path,
                declarations,
                latest,
                history,
                years,
                commitment,
            },
        )
}

impl Case {
    fn build(&self, units: &mut dyn FnMut() -> Unit) -> Answers {
        let mut a = Answers {
            path: self.path,
            ..Answers::default()
        };
        for (q, ans) in Question::ALL.iter().zip(&self.declarations) {
            if let Some(ans) = ans {
                a.declarations.insert(*q, *ans);
            }
        }
        let latest = self.latest.unwrap_or(2024);
        let first = latest - self.years.len() as i32 + 1;
        a.financials = Financials {
            latest_fiscal_year: self.latest,
            operating_history: self.history,
            years: self
                .years
                .iter()
                .zip(first..)
                .map(|(&(rev, rd, dom), year)| YearFigures {
                    year,
                    sales_revenue: rev.map(|f| in_unit(f, units())),
                    rd_total: rd.map(|f| in_unit(f, units())),
                    rd_domestic: dom.map(|f| in_unit(f, units())),
                })
                .collect(),
        };
        a.committed_average_annual_rd = self.commitment.map(|f| in_unit(f, units()));
        a
    }
}

fn verdicts(a: &Assessment) -> Vec<Verdict> {
    a.conditions.iter().map(|c| c.verdict).collect()
}

/// Before met ⇒ after met, condition by condition and overall.
fn no_met_condition_lost(before: &Assessment, after: &Assessment) -> Result<(), TestCaseError> {
    for (b, a) in before.conditions.iter().zip(&after.conditions) {
        prop_assert_eq!(b.condition, a.condition);
        if b.verdict == Verdict::Met {
            prop_assert_eq!(a.verdict, Verdict::Met, "{:?} lost", b.condition);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    /// The same figures in 元, 万元 or 亿元 (a different unit for every figure) give the same
    /// assessment, down to every amount and reason.
    #[test]
    fn units_never_change_the_assessment(c in case(), picks in prop::collection::vec(unit(), 64)) {
        let in_yuan = c.build(&mut || Unit::Yuan);
        let mut i = 0;
        let mixed = c.build(&mut || { i += 1; picks[i % picks.len()] });
        prop_assert_eq!(assess(&in_yuan, AS_OF), assess(&mixed, AS_OF));
    }

    /// Raising the latest year's R&D (inside China, so the domestic share cannot fall) never
    /// turns a met condition into one that is not met.
    #[test]
    fn more_rd_in_the_latest_year_never_loses_a_met_condition(c in case(), extra in fen()) {
        let before = c.build(&mut || Unit::Wan);
        let mut raised = c.clone();
        if let Some(last) = raised.years.last_mut() {
            last.1 = last.1.map(|rd| rd + extra);
            last.2 = last.2.map(|dom| dom + extra);
        }
        let after = raised.build(&mut || Unit::Wan);
        no_met_condition_lost(&assess(&before, AS_OF), &assess(&after, AS_OF))?;
    }

    /// Multiplying every year's R&D by the same factor (growth unchanged, ratio up, share
    /// unchanged) never turns a met condition into one that is not met.
    #[test]
    fn scaling_all_rd_up_never_loses_a_met_condition(c in case(), k in 1i64..=5) {
        let before = c.build(&mut || Unit::Yuan);
        let mut scaled = c.clone();
        for y in &mut scaled.years {
            y.1 = y.1.map(|rd| rd * k);
            y.2 = y.2.map(|dom| dom * k);
        }
        let after = scaled.build(&mut || Unit::Yuan);
        no_met_condition_lost(&assess(&before, AS_OF), &assess(&after, AS_OF))?;
    }

    /// Whatever the answers, assess and everything that puts its result into words run to the
    /// end, and the overall verdict agrees with the conditions.
    #[test]
    fn assess_and_its_explanations_never_panic(c in case()) {
        let a = assess(&c.build(&mut || Unit::Wan), AS_OF);
        let v = verdicts(&a);
        let overall = Verdict::all_of(v.iter().copied());
        prop_assert_eq!(
            format!("{:?}", a.overall),
            match overall {
                Verdict::Met => "PreliminarilyEligible",
                Verdict::NotMet => "NotEligible",
                Verdict::CannotTell => "CannotTellYet",
            }
        );
        for lang in [Lang::Zh, Lang::En] {
            prop_assert!(!summary(&a, lang).is_empty());
            if let Some(p) = &a.period { prop_assert!(!describe_period(p, lang).is_empty()); }
            for cond in &a.conditions {
                if let Some(s) = &cond.revenue_scale { prop_assert!(!describe_scale(s, lang).is_empty()); }
                for f in &cond.findings { prop_assert!(!describe(&f.reason, lang).is_empty()); }
            }
        }
        let _ = report(&a);
    }

    /// The largest accepted amounts in every field cannot overflow any calculation.
    #[test]
    fn the_largest_amounts_do_not_overflow(c in case()) {
        let mut big = c.clone();
        for y in &mut big.years {
            *y = (Some(0), Some(0), Some(0));
        }
        let mut a = big.build(&mut || Unit::Yuan);
        let max = Money::new(MAX_AMOUNT_YUAN, Unit::Yuan).unwrap();
        for y in &mut a.financials.years {
            y.sales_revenue = Some(max);
            y.rd_total = Some(max);
            y.rd_domestic = Some(max);
        }
        a.committed_average_annual_rd = Some(max);
        let _ = report(&assess(&a, AS_OF));
    }

    /// No string makes the amount parser panic.
    #[test]
    fn the_parser_never_panics(s in "\\PC{0,80}", u in unit()) {
        let _ = parse_amount(&s, u);
    }

    /// Digits, separators and full-width forms in any mix never make it panic either.
    #[test]
    fn the_parser_never_panics_on_number_like_text(s in "[0-9０-９.,．， \u{3000}+\\-−eE万亿]{0,40}", u in unit()) {
        let _ = parse_amount(&s, u);
    }

    /// Any amount written with thousands separators, in full width or not, reads back exactly.
    #[test]
    fn formatted_amounts_read_back_exactly(f in fen(), u in unit(), style in 0usize..4) {
        let value = (Decimal::new(f, 2) / u.in_yuan()).normalize();
        let plain = value.to_string();
        let (int, frac) = plain.split_once('.').map_or((plain.as_str(), None), |(i, f)| (i, Some(f)));
        let sep = [",", " ", "，", ","][style];
        let mut grouped = String::new();
        for (i, ch) in int.chars().enumerate() {
            if i > 0 && (int.len() - i) % 3 == 0 { grouped.push_str(sep); }
            grouped.push(ch);
        }
        if let Some(frac) = frac { grouped.push('.'); grouped.push_str(frac); }
        let typed: String = if style >= 2 {
            grouped.chars().map(|c| match c {
                '0'..='9' => char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap(),
                '.' => '．',
                c => c,
            }).collect()
        } else { grouped };
        let parsed = parse_amount(&typed, u).expect("valid").expect("not blank");
        prop_assert_eq!(parsed.yuan(), Decimal::new(f, 2));
    }

    /// Plain digits read exactly as Decimal's own parser reads them, leading and trailing zeros
    /// included (the app builds the value from the digits rather than through that parser).
    #[test]
    fn plain_digits_read_as_decimal_reads_them(int in "0{0,3}[0-9]{0,12}", frac in "[0-9]{0,2}0{0,3}", dot in any::<bool>()) {
        let text = if dot { format!("{int}.{frac}") } else { int.clone() };
        if let Ok(expected) = text.parse::<Decimal>() {
            let parsed = parse_amount(&text, Unit::Yuan).expect("valid").expect("not blank");
            prop_assert_eq!(parsed.yuan(), expected);
            prop_assert_eq!(parsed.yuan().to_string(), expected.normalize().to_string());
        }
    }

    /// No document makes the importer panic; anything it accepts re-exports to itself.
    #[test]
    fn the_importer_never_panics(s in "\\PC{0,200}") {
        if let Ok(a) = Answers::from_json(&s) {
            prop_assert_eq!(Answers::from_json(&a.to_json()).ok(), Some(a));
        }
    }

    /// A valid export cut off anywhere is refused, never half-imported.
    #[test]
    fn a_truncated_export_is_refused(c in case(), cut in 0.0f64..1.0) {
        let json = c.build(&mut || Unit::Wan).to_json();
        let mut at = ((json.len() as f64) * cut) as usize;
        while !json.is_char_boundary(at) { at -= 1; }
        if at < json.len() {
            prop_assert!(Answers::from_json(&json[..at]).is_err());
        }
    }

    /// Every export imports back to the same answers.
    #[test]
    fn export_then_import_is_exact(c in case()) {
        let mut i = 0usize;
        let a = c.build(&mut || { i += 1; Unit::ALL[i % 3] });
        prop_assert_eq!(Answers::from_json(&a.to_json()), Ok(a));
    }
}
