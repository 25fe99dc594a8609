//! Properties that must hold for every input, not just the cases someone thought of:
//! the unit a figure is entered in never changes a verdict; more R&D never turns a met
//! condition into an unmet one; no input makes the parser, the importer or `assess` panic; and
//! every document the format allows survives import and export, through the wizard too.

mod common;

use common::AS_OF;

use proptest::prelude::*;
use rust_decimal::Decimal;
use tic_selfcheck::result::report::report;
use tic_selfcheck::rules::answers::{Answers, Financials, OperatingHistory, YearFigures};
use tic_selfcheck::rules::assess::assess;
use tic_selfcheck::rules::dates::CalendarDate;
use tic_selfcheck::rules::document::{About, AnswersDocument};
use tic_selfcheck::rules::explain::{
    describe, describe_period, describe_reason, describe_scale, summary, Amounts,
};
use tic_selfcheck::rules::lang::Lang;
use tic_selfcheck::rules::money::{Money, Unit, MAX_AMOUNT_YUAN};
use tic_selfcheck::rules::money_input::parse_amount;
use tic_selfcheck::rules::outcome::{Assessment, Verdict};
use tic_selfcheck::rules::progress::{Progress, Status};
use tic_selfcheck::rules::questions::{Answer, ApplicantPath, Question};
use tic_selfcheck::wizard::WizardState;

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
        prop::option::weighted(
            0.9,
            prop_oneof![
                // Mostly a share of the total, up to a third more than it (a typing slip the rules
                // must report), sometimes any amount at all.
                4 => (0u32..=130).prop_map(Some),
                1 => Just(None),
            ],
        ),
        fen(),
    )
        .prop_map(|(rev, rd, share, any)| {
            let dom = share.map(|s| match (s, rd) {
                (Some(s), Some(rd)) => rd / 100 * i64::from(s),
                _ => any,
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
    /// The planned domestic part, R&D since founding and its domestic part (Art. 6).
    plan: [Option<i64>; 3],
    /// The names for the printout's header (any script, up to the limit, or none).
    about: (String, String),
    checklist: Vec<Progress>,
    /// The applicant confirmed the figures the tool found unlikely.
    confirmed: bool,
}

/// Item ids of the kinds the checklist uses.
const ITEMS: [&str; 6] = [
    "plan.budget_plan",
    "plan.overall_goal",
    "procedure.partners",
    "evidence.rd_intensity",
    "gap.rd_intensity.rd_ratio",
    "gap.domestic_rd.domestic_share",
];

fn checklist() -> impl Strategy<Value = Vec<Progress>> {
    prop::sample::subsequence(ITEMS.to_vec(), 0..=ITEMS.len()).prop_flat_map(|items| {
        let n = items.len();
        (
            Just(items),
            prop::collection::vec(
                (
                    prop_oneof![
                        Just(Status::NotStarted),
                        Just(Status::InProgress),
                        Just(Status::Ready)
                    ],
                    // Notes in any script, astral characters and line breaks included, up to
                    // the limit.
                    prop_oneof![
                        3 => "\\PC{0,40}",
                        1 => "[a-z字𠀀\n ]{480,500}",
                    ],
                ),
                n,
            ),
        )
            .prop_map(|(items, rest)| {
                items
                    .into_iter()
                    .zip(rest)
                    .map(|(item, (status, note))| Progress {
                        item: item.to_string(),
                        status,
                        note,
                    })
                    .collect()
            })
    })
}

fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => Just(String::new()),
        3 => "\\PC{1,30}",
        1 => "[a-z字𠀀]{95,100}",
    ]
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
        [
            prop::option::weighted(0.3, fen()),
            prop::option::weighted(0.3, fen()),
            prop::option::weighted(0.3, fen()),
        ],
        (checklist(), name(), name(), any::<bool>()),
    )
        .prop_map(
            |(
                path,
                declarations,
                latest,
                history,
                years,
                commitment,
                plan,
                (checklist, organisation, filled_by, confirmed),
            )| Case {
                path,
                declarations,
                latest,
                history,
                years,
                commitment,
                plan,
                about: (organisation, filled_by),
                checklist,
                confirmed,
            },
        )
}

/// A case whose figures are favourable answers with slips in them: every figure a fixed
/// amount times ten to a power (so a whole page may be typed in the wrong unit), now and then
/// one figure ten thousand times off, on either path, confirmed or not.
fn slipped_case() -> impl Strategy<Value = Case> {
    let figure = (1i64..=5_000, 0u32..=9).prop_map(|(n, power)| n * 10i64.pow(power));
    let year = (
        figure.clone(),
        0i64..=40,
        50i64..=100,
        prop::option::weighted(0.15, prop_oneof![Just(10_000i64), Just(-10_000i64)]),
    )
        .prop_map(|(revenue, rd_share, domestic_share, slip)| {
            let rd = revenue / 100 * rd_share;
            let domestic = rd / 100 * domestic_share;
            let slipped = |f: i64| match slip {
                Some(k) if k > 0 => f.saturating_mul(k).min(MAX_FEN * 10),
                Some(k) => f / -k,
                None => f,
            };
            (Some(slipped(revenue)), Some(rd), Some(domestic))
        });
    (
        prop_oneof![
            Just(ApplicantPath::ExistingEnterprise),
            Just(ApplicantPath::NewEntity)
        ],
        prop::collection::vec(year, 3),
        figure.clone(),
        (0i64..=100).prop_map(|share| share),
        any::<bool>(),
        0u32..=2,
    )
        .prop_map(|(path, years, commitment, share, confirmed, history)| {
            let mut declarations: Vec<Option<Answer>> =
                Question::ALL.iter().map(|q| Some(q.favourable())).collect();
            if path == ApplicantPath::ExistingEnterprise {
                declarations[Question::NewlyEstablishedForCenter as usize] = None;
                declarations[Question::JointUnitsCapability as usize] = None;
            }
            Case {
                path: Some(path),
                declarations,
                latest: Some(2024),
                history: Some(match history {
                    0 => OperatingHistory::ThreeYearsOrMore,
                    1 => OperatingHistory::FoundedOn {
                        date: CalendarDate::new(2025, 2, 1).unwrap(),
                    },
                    _ => OperatingHistory::FoundedOn {
                        date: CalendarDate::new(2023, 7, 1).unwrap(),
                    },
                }),
                years: if history == 1 { Vec::new() } else { years },
                commitment: Some(commitment),
                plan: [Some(commitment / 100 * share), None, None],
                about: (String::new(), String::new()),
                checklist: Vec::new(),
                confirmed,
            }
        })
}

impl Case {
    fn build(&self, units: &mut dyn FnMut() -> Unit) -> Answers {
        let mut a = Answers {
            path: self.path,
            figures_confirmed: self.confirmed,
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
        a.planned_domestic_average_annual_rd = self.plan[0].map(|f| in_unit(f, units()));
        a.rd_since_founding = self.plan[1].map(|f| in_unit(f, units()));
        a.rd_since_founding_domestic = self.plan[2].map(|f| in_unit(f, units()));
        // A year with no figure says nothing and is not kept, in the document or the wizard.
        a.financials.years.retain(|y| {
            y.sales_revenue.is_some() || y.rd_total.is_some() || y.rd_domestic.is_some()
        });
        a
    }

    /// The whole document: the answers and the checklist progress.
    fn document(&self, units: &mut dyn FnMut() -> Unit) -> AnswersDocument {
        AnswersDocument {
            answers: self.build(units),
            about: About {
                organisation: self.about.0.clone(),
                filled_by: self.about.1.clone(),
            },
            checklist: self.checklist.clone(),
        }
    }
}

/// An assessment as JSON with the suggested units (`slip`) taken out of its warnings.
fn without_slips(a: &Assessment) -> serde_json::Value {
    fn strip(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(map) => {
                map.remove("slip");
                map.values_mut().for_each(strip);
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut value = serde_json::to_value(a).expect("serialisable");
    strip(&mut value);
    value
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
        // Everything the same but the unit a figure that looks ten thousand times off was most
        // likely meant in, which follows the unit it was typed in.
        prop_assert_eq!(without_slips(&assess(&in_yuan, AS_OF)), without_slips(&assess(&mixed, AS_OF)));
    }

    /// Raising the latest year's R&D (inside China, so the domestic share cannot fall) never
    /// turns a met condition into one that is not met, once the figures are confirmed (more R&D
    /// can make a figure look unlikely, which waits for the applicant: see below).
    #[test]
    fn more_rd_in_the_latest_year_never_loses_a_met_condition(c in case(), extra in fen()) {
        let c = Case { confirmed: true, ..c };
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
        let c = Case { confirmed: true, ..c };
        let before = c.build(&mut || Unit::Yuan);
        let mut scaled = c.clone();
        for y in &mut scaled.years {
            y.1 = y.1.map(|rd| rd * k);
            y.2 = y.2.map(|dom| dom * k);
        }
        let after = scaled.build(&mut || Unit::Yuan);
        no_met_condition_lost(&assess(&before, AS_OF), &assess(&after, AS_OF))?;
    }

    /// A figure the tool finds unlikely never stands behind a verdict until it is confirmed:
    /// the conditions that read it cannot be told while it is unconfirmed, and confirming
    /// changes nothing but that — except a part above its total, which no confirmation settles
    /// (item 22). A verdict that stands on confirmed figures names them.
    #[test]
    fn unlikely_figures_decide_nothing_until_confirmed(c in case()) {
        use tic_selfcheck::rules::outcome::{Condition, Reason};
        let unconfirmed = assess(&Case { confirmed: false, ..c.clone() }.build(&mut || Unit::Wan), AS_OF);
        let confirmed = assess(&Case { confirmed: true, ..c }.build(&mut || Unit::Wan), AS_OF);
        prop_assert_eq!(&unconfirmed.unlikely_figures, &confirmed.unlikely_figures);
        prop_assert!(unconfirmed.confirmed_figures.is_empty());
        for (u, k) in unconfirmed.conditions.iter().zip(&confirmed.conditions) {
            let is_check = |f: &&tic_selfcheck::rules::outcome::Finding| matches!(f.reason, Reason::CheckFigures { .. });
            let checked: Vec<_> = u.findings.iter().filter(is_check).collect();
            for f in k.findings.iter().filter(|f| is_check(f)) {
                if let Reason::CheckFigures { warnings } = &f.reason {
                    prop_assert!(warnings.iter().all(|w| !w.can_be_confirmed()), "a confirmed figure still asked for: {:?}", warnings);
                }
            }
            if checked.is_empty() {
                prop_assert_eq!(u, k);
            } else {
                prop_assert!(matches!(u.condition, Condition::RdIntensity | Condition::DomesticRd | Condition::NewEntityRd));
                // Never met on unconfirmed figures; Art. 6's R&D condition may still fail on its
                // declared half (the joint units answered “no”).
                let declared_fails = u.findings.iter().any(|f| f.verdict == Verdict::NotMet && matches!(f.reason, Reason::Declared { .. }));
                if !declared_fails {
                    prop_assert_eq!(u.verdict, Verdict::CannotTell, "{:?} decided on unconfirmed figures", u.condition);
                }
                prop_assert_ne!(u.verdict, Verdict::Met);
                // The same findings otherwise.
                let rest: Vec<_> = u.findings.iter().filter(|f| !is_check(f)).collect();
                let kept: Vec<_> = k.findings.iter().filter(|f| !is_check(f)).collect();
                prop_assert_eq!(rest, kept);
                // Decided on confirmed figures: it names them.
                if k.verdict != Verdict::CannotTell && !k.findings.iter().any(|f| is_check(&f)) {
                    prop_assert!(!k.confirmed_figures.is_empty(), "{:?} decided on confirmed figures it does not name", k.condition);
                }
            }
        }
    }

    /// No answers file whose unlikely figures are unconfirmed is “初步符合”, whatever its
    /// figures: slips of a unit or a digit in any field, a whole page typed in the wrong unit,
    /// an Art. 6 commitment in 亿 for 万. Read back from the file, as the command line reads it.
    /// A result that stands on confirmed figures says so in its summary.
    #[test]
    fn no_answers_file_with_unconfirmed_unlikely_figures_is_eligible(c in slipped_case()) {
        use tic_selfcheck::rules::outcome::Overall;
        let document = c.document(&mut || Unit::Wan);
        let json = document.to_json();
        let read = AnswersDocument::from_json(&json).expect("its own export reads back");
        let a = assess(&read.answers, AS_OF);
        let unconfirmed = a.unlikely_figures.iter().any(|w| !a.confirmed_figures.contains(w));
        if unconfirmed {
            prop_assert_ne!(a.overall, Overall::PreliminarilyEligible, "{:?}", a.unlikely_figures);
        }
        if !a.rests_on_confirmed().is_empty() {
            for lang in [Lang::Zh, Lang::En] {
                let said = summary(&a, lang);
                prop_assert!(said.contains(if lang == Lang::Zh { "依据申请人确认的数字" } else { "rests on figures the applicant confirmed" }), "{}", said);
            }
        }
    }

    /// Whatever the answers, assess and everything that puts its result into words run to the
    /// end, and the overall verdict agrees with the conditions.
    #[test]
    fn assess_and_its_explanations_never_panic(c in case()) {
        let answers = c.build(&mut || Unit::Wan);
        let a = assess(&answers, AS_OF);
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
                for f in &cond.findings {
                    prop_assert!(!describe(&f.reason, lang).is_empty());
                    // Without amounts: every placeholder filled (a debug assertion), and none of
                    // the applicant's money in the sentence.
                    let hidden = describe_reason(&f.reason, lang, Amounts::Hidden);
                    prop_assert!(!hidden.is_empty());
                    // The guideline's own amounts (the Art. 6 minimum, the bands' bounds) stay;
                    // with them taken out, no amount is left.
                    let mut rest = hidden.clone();
                    for guideline_amount in ["2,000.00万元", "RMB 20,000,000.00", "RMB 3 billion", "RMB 1 billion", "RMB 100 billion", "RMB 10 billion"] {
                        rest = rest.replace(guideline_amount, "");
                    }
                    // An amount is a number in 万元 or RMB; a unit named alone (“按元填写了万元栏”)
                    // is not.
                    let chars: Vec<char> = rest.chars().collect();
                    let amount_in_wan = chars.windows(3).any(|w| w[0].is_ascii_digit() && w[1] == '万' && w[2] == '元');
                    let amount_in_rmb = rest.match_indices("RMB ").any(|(i, _)| rest[i + 4..].starts_with(|c: char| c.is_ascii_digit()));
                    prop_assert!(!amount_in_wan && !amount_in_rmb, "{}", hidden);
                }
            }
        }
        let _ = report(&a, &answers);
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
        let assessment = assess(&a, AS_OF);
        let _ = report(&assessment, &a);
        // Every figure is the largest amount, so every sum is exact and every ratio is 1: a
        // division that overflowed, or fell back to zero, would show here.
        use tic_selfcheck::rules::outcome::{DomesticBasis, Reason};
        let years = |first: i32, latest: i32| Decimal::from(latest - first + 1);
        for c in assessment.conditions.iter().chain(&assessment.art5_3_reference) {
            if let Some(scale) = &c.revenue_scale {
                let time = scale.operating_time;
                let exact = scale.total_revenue * Decimal::from(time.denominator) / Decimal::from(time.numerator);
                prop_assert_eq!(scale.average_revenue, exact);
            }
            for f in &c.findings {
                match &f.reason {
                    Reason::RdRatio { first_year, latest_year, total_rd, total_revenue, ratio, min_ratio, required_rd, difference } => {
                        prop_assert_eq!(*total_rd, MAX_AMOUNT_YUAN * years(*first_year, *latest_year));
                        prop_assert_eq!(total_rd, total_revenue);
                        prop_assert_eq!(*ratio, Decimal::ONE);
                        prop_assert_eq!(*required_rd, (*min_ratio * *total_revenue).round_dp(2));
                        prop_assert_eq!(*difference, *total_rd - *required_rd);
                    }
                    Reason::RdGrowth { rd_latest, rd_previous, growth, previous_year_share: None, .. } => {
                        prop_assert_eq!((*rd_latest, *rd_previous), (MAX_AMOUNT_YUAN, MAX_AMOUNT_YUAN));
                        prop_assert_eq!(*growth, Decimal::ZERO);
                    }
                    Reason::DomesticShare { basis: DomesticBasis::Period { .. }, domestic_rd, total_rd, share, .. } => {
                        prop_assert_eq!(domestic_rd, total_rd);
                        prop_assert_eq!(*share, Decimal::ONE);
                    }
                    Reason::Commitment { committed, minimum, difference, .. } => {
                        prop_assert_eq!(*committed, MAX_AMOUNT_YUAN);
                        prop_assert_eq!(*difference, MAX_AMOUNT_YUAN - *minimum);
                    }
                    _ => {}
                }
            }
        }
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

    /// A valid export with one edit is refused, or read to a document that exports to itself:
    /// never half-read, never a panic.
    #[test]
    fn an_edited_export_is_refused_or_read_exactly(doc in edited_export()) {
        if let Ok(read) = AnswersDocument::from_json(&doc) {
            prop_assert_eq!(AnswersDocument::from_json(&read.to_json()), Ok(read));
        }
    }

    /// A valid export cut off anywhere is refused, never half-imported.
    #[test]
    fn a_truncated_export_is_refused(c in case(), cut in 0.0f64..1.0) {
        let json = c.document(&mut || Unit::Wan).to_json();
        let mut at = ((json.len() as f64) * cut) as usize;
        while !json.is_char_boundary(at) { at -= 1; }
        if at < json.len() {
            prop_assert!(AnswersDocument::from_json(&json[..at]).is_err());
        }
    }

    /// Every document imports back to itself: every field, every operating-history form, the
    /// checklist and its notes.
    #[test]
    fn export_then_import_is_exact(c in case()) {
        let mut i = 0usize;
        let d = c.document(&mut || { i += 1; Unit::ALL[i % 3] });
        prop_assert_eq!(AnswersDocument::from_json(&d.to_json()), Ok(d));
    }

    /// Import into the wizard, export, import again: nothing a document can hold is lost or
    /// changed on the way through the pages' fields.
    #[test]
    fn the_wizard_keeps_every_document_it_imports(c in case()) {
        let mut i = 0usize;
        let d = c.document(&mut || { i += 1; Unit::ALL[i % 3] });
        let wizard = WizardState::from_document(Lang::Zh, AS_OF, d.clone());
        prop_assert_eq!(wizard.answers(), &d.answers);
        prop_assert_eq!(&wizard.about, &d.about);
        prop_assert_eq!(&wizard.checklist, &d.checklist);
        prop_assert_eq!(AnswersDocument::from_json(&wizard.document_json()), Ok(d));
    }
}

/// A valid export with one edit of the kinds that damage real files: a span deleted, a
/// character inserted, a span copied elsewhere, or one character replaced by another.
fn edited_export() -> impl Strategy<Value = String> {
    (
        case(),
        0usize..4,
        any::<prop::sample::Index>(),
        any::<prop::sample::Index>(),
        1usize..12,
        prop_oneof![
            Just('"'),
            Just(','),
            Just('}'),
            Just('1'),
            Just('-'),
            Just(' '),
            any::<char>()
        ],
    )
        .prop_map(|(c, kind, a, b, len, ch)| {
            let json = c.document(&mut || Unit::Wan).to_json();
            let chars: Vec<char> = json.chars().collect();
            let (i, j) = (a.index(chars.len()), b.index(chars.len()));
            let end = (i + len).min(chars.len());
            let mut out = chars.clone();
            match kind {
                0 => {
                    out.drain(i..end);
                }
                1 => out.insert(i, ch),
                2 => {
                    out.splice(j..j, chars[i..end].iter().copied());
                }
                _ => out[i] = chars[j],
            }
            out.into_iter().collect()
        })
}

/// The edited-export property is not vacuous: some edits are read, many are refused.
#[test]
fn edited_exports_are_sometimes_read_and_often_refused() {
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let (mut read, mut refused) = (0, 0);
    for _ in 0..2000 {
        let doc = edited_export().new_tree(&mut runner).unwrap().current();
        match AnswersDocument::from_json(&doc) {
            Ok(_) => read += 1,
            Err(_) => refused += 1,
        }
    }
    assert!(read >= 100, "only {read} of 2000 edited exports were read");
    assert!(
        refused >= 500,
        "only {refused} of 2000 edited exports were refused"
    );
}

/// Thousands separated by commas, as a statement prints them: `12,345,678`.
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The full-width digits a Chinese input method types.
fn full_width(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '0'..='9' => char::from_u32('０' as u32 + (c as u32 - '0' as u32)).unwrap(),
            ' ' => '\u{3000}',
            other => other,
        })
        .collect()
}

proptest! {
    /// Issue 19, item 6: an amount written in parts, largest unit first, with the currency named
    /// or spaces beside the units, in half- or full-width digits, reads as the sum of its parts.
    #[test]
    fn amounts_written_in_parts_read_as_their_sum(yi in 1u64..100_000, wan in 0u64..10_000, field in unit()) {
        use tic_selfcheck::rules::money_input::parse_typed_amount;
        let expected = Decimal::from(yi) * Decimal::from(100_000_000u64) + Decimal::from(wan) * Decimal::from(10_000u64);
        for text in [
            format!("{yi}亿{wan}万"),
            format!("{yi}亿{wan}万元"),
            format!("{yi}亿{wan}万元"),
            format!("人民币{yi}亿{wan}万元"),
            format!("{yi}亿{wan}万人民币"),
            full_width(&format!("{yi}亿{wan}万")),
        ] {
            let read = parse_typed_amount(&text, field).map(|m| m.map(|m| (m.yuan(), m.unit())));
            prop_assert_eq!(read, Ok(Some((expected, Unit::Yi))), "{}", text);
        }
    }

    /// A figure copied with its unit, its thousands grouped, the currency named before or after.
    #[test]
    fn a_figure_copied_with_its_unit_and_currency_reads_in_that_unit(n in 0u64..10_000_000_000, field in unit()) {
        use tic_selfcheck::rules::money_input::parse_typed_amount;
        let wan = Decimal::from(n) * Decimal::from(10_000u64);
        prop_assume!(wan <= MAX_AMOUNT_YUAN);
        for suffix in ["万", "万元", " 万 元", "万人民币", "万元人民币"] {
            let text = format!("{}{suffix}", grouped(n));
            let read = parse_typed_amount(&text, field).map(|m| m.map(|m| m.yuan()));
            prop_assert_eq!(read, Ok(Some(wan)), "{}", text);
        }
        // The currency alone means 元, whatever the field's unit.
        for prefix in ["¥", "￥", "人民币", "RMB "] {
            let text = format!("{prefix}{}", grouped(n));
            let read = parse_typed_amount(&text, field).map(|m| m.map(|m| (m.yuan(), m.unit())));
            prop_assert_eq!(read, Ok(Some((Decimal::from(n), Unit::Yuan))), "{}", text);
        }
    }

    /// Whatever mixture of digits, units and currency is typed, the reader answers without
    /// panicking, and what it reads is a valid amount.
    #[test]
    fn the_amount_reader_never_panics_on_units_and_currency(text in "[0-9０-９亿万元人民币¥￥RMB,. \u{3000}]{0,24}", field in unit()) {
        use tic_selfcheck::rules::money_input::parse_typed_amount;
        if let Ok(Some(m)) = parse_typed_amount(&text, field) {
            prop_assert!(m.yuan() >= Decimal::ZERO && m.yuan() <= MAX_AMOUNT_YUAN);
        }
    }

    /// A year is read as it is written in Chinese too: “2024年”, “２０２４年”.
    #[test]
    fn a_year_typed_with_its_character_is_read(year in 1949i32..=2100) {
        use tic_selfcheck::wizard::Action;
        for text in [format!("{year}年"), full_width(&format!("{year}年")), format!(" {year}年 ")] {
            let s = WizardState::new(Lang::Zh, AS_OF).apply(Action::SetLatestYear(text.clone()));
            prop_assert_eq!(s.answers().financials.latest_fiscal_year, Some(year), "{}", text);
        }
    }
}
