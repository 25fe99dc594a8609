//! The wizard's reducer, natively: the order of steps on each path, validation that keeps what
//! was typed, live figures, “change” links that come back to the check page, and the language
//! switch that loses nothing.

use tic_selfcheck::rules::answers::Field;
use tic_selfcheck::rules::lang::Lang;
use tic_selfcheck::rules::money::AmountError;
use tic_selfcheck::rules::money::Unit;
use tic_selfcheck::rules::outcome::{Condition, Overall, Verdict};
use tic_selfcheck::rules::questions::{Answer, ApplicantPath, Question};
use tic_selfcheck::wizard::{
    Action, Download, FieldId, HistoryChoice, PlanAmount, Problem, Step, WizardState,
};

mod common;
use common::AS_OF;

fn run(state: WizardState, actions: impl IntoIterator<Item = Action>) -> WizardState {
    actions.into_iter().fold(state, WizardState::apply)
}

fn answer_step(state: WizardState, answer: impl Fn(Question) -> Answer) -> WizardState {
    let questions = state.step.questions().to_vec();
    let s = run(
        state,
        questions.into_iter().map(|q| Action::Answer(q, answer(q))),
    );
    s.apply(Action::Continue)
}

fn favourable(q: Question) -> Answer {
    q.favourable()
}

/// From the start page to the figures page, answering everything favourably.
fn to_figures(path: ApplicantPath) -> WizardState {
    let mut s = run(
        WizardState::new(Lang::Zh, AS_OF),
        [Action::Continue, Action::SetPath(path), Action::Continue],
    );
    while s.step != Step::Figures {
        let before = s.step;
        if s.step == Step::NewEntity {
            s = s.apply(Action::SetPlanText(PlanAmount::Commitment, "2000".into()));
        }
        s = answer_step(s, favourable);
        assert_ne!(s.step, before, "stuck on {before:?}: {:?}", s.errors);
    }
    s
}

fn type_figures(s: WizardState, rows: [(i32, &str, &str, &str); 3]) -> WizardState {
    let mut actions = vec![
        Action::SetLatestYear("2024".into()),
        Action::SetHistory(HistoryChoice::ThreeYearsOrMore),
    ];
    for (year, rev, rd, dom) in rows {
        actions.push(Action::SetFigureText(
            (year, Field::SalesRevenue),
            rev.into(),
        ));
        actions.push(Action::SetFigureText((year, Field::RdTotal), rd.into()));
        actions.push(Action::SetFigureText((year, Field::RdDomestic), dom.into()));
    }
    run(s, actions)
}

#[test]
fn an_eligible_run_from_start_to_results() {
    let s = to_figures(ApplicantPath::ExistingEnterprise);
    let s = type_figures(
        s,
        [
            (2022, "30000", "6000", "6000"),
            (2023, "30000", "6000", "6000"),
            (2024, "30000", "6000", "6000"),
        ],
    );
    let s = s.apply(Action::Continue);
    assert_eq!(s.step, Step::Check, "{:?}", s.errors);
    let s = s.apply(Action::Continue);
    assert_eq!(s.step, Step::Results);
    assert_eq!(s.assessment().overall, Overall::PreliminarilyEligible);
}

#[test]
fn continuing_without_an_answer_names_each_missing_one_and_stays() {
    let s = run(
        WizardState::new(Lang::Zh, AS_OF),
        [Action::Continue, Action::Continue],
    );
    assert_eq!(s.step, Step::ApplicantType);
    assert_eq!(s.errors.len(), 1);
    assert_eq!(s.errors[0].problem, Problem::NoPath);
    assert_eq!(s.failed_attempts, 1);
    let s = run(
        s,
        [
            Action::SetPath(ApplicantPath::ExistingEnterprise),
            Action::Continue,
            Action::Answer(Question::GoodCredit, Answer::NotSure),
            Action::Continue,
        ],
    );
    assert_eq!(s.step, Step::Registration);
    let missing: Vec<FieldId> = s.errors.iter().map(|e| e.field).collect();
    assert_eq!(
        missing,
        vec![
            FieldId::Question(Question::RegisteredInBeijing),
            FieldId::Question(Question::InnovationAdvantage)
        ]
    );
    assert_eq!(s.failed_attempts, 2);
    let again = s.clone().apply(Action::Continue);
    assert_eq!(
        again.failed_attempts, 3,
        "each attempt counts, so focus moves again"
    );
}

#[test]
fn what_was_typed_is_kept_exactly_even_when_wrong() {
    let s = to_figures(ApplicantPath::ExistingEnterprise);
    let s = type_figures(
        s,
        [
            (2022, "1,5", "６０００", "6 000"),
            (2023, "30000", "-6000", "6000"),
            (2024, "30000", "6000", "7000"),
        ],
    );
    let s = s.apply(Action::Continue);
    assert_eq!(s.step, Step::Figures);
    assert_eq!(s.figure((2022, Field::SalesRevenue)).text, "1,5");
    assert_eq!(s.figure((2022, Field::RdTotal)).text, "６０００");
    assert_eq!(s.figure((2023, Field::RdTotal)).text, "-6000");
    let problems: Vec<(FieldId, Problem)> = s.errors.iter().map(|e| (e.field, e.problem)).collect();
    assert_eq!(
        problems,
        vec![
            (
                FieldId::Figure(2022, Field::SalesRevenue),
                Problem::Amount(AmountError::BadGrouping)
            ),
            (
                FieldId::Figure(2023, Field::RdTotal),
                Problem::Amount(AmountError::Negative)
            ),
            (
                FieldId::Figure(2024, Field::RdDomestic),
                Problem::DomesticExceedsTotal
            ),
        ]
    );
    // The full-width and spaced entries were read, and the message names year and field.
    assert_eq!(
        s.answers()
            .financials
            .year(2022)
            .unwrap()
            .rd_total
            .unwrap()
            .yuan(),
        rust_decimal_macros::dec!(60000000)
    );
    let msg = s.errors[0].message(Lang::Zh);
    assert!(msg.starts_with("2022年销售收入："), "{msg}");
    let msg = s.errors[0].message(Lang::En);
    assert!(msg.starts_with("Sales revenue in 2022: "), "{msg}");
}

#[test]
fn the_figures_page_checks_year_history_and_date() {
    let s = to_figures(ApplicantPath::ExistingEnterprise).apply(Action::Continue);
    let fields: Vec<FieldId> = s.errors.iter().map(|e| e.field).collect();
    assert_eq!(fields, vec![FieldId::LatestYear, FieldId::History]);
    let s = run(
        s,
        [
            Action::SetLatestYear("２０２４".into()),
            Action::SetHistory(HistoryChoice::FoundedOn),
            Action::SetFoundingDate("2023-02-30".into()),
            Action::Continue,
        ],
    );
    let fields: Vec<FieldId> = s.errors.iter().map(|e| e.field).collect();
    assert_eq!(fields, vec![FieldId::FoundingDate]);
    let s = run(
        s,
        [
            Action::SetFoundingDate("2023-07-01".into()),
            Action::Continue,
        ],
    );
    assert_eq!(
        s.step,
        Step::Check,
        "blank figures are allowed: the result will say what is missing"
    );
    assert_eq!(s.period_years(), [2023, 2024]);
}

#[test]
fn live_figures_follow_every_keystroke_and_unit() {
    let s = to_figures(ApplicantPath::ExistingEnterprise);
    let s = type_figures(
        s,
        [
            (2022, "100000", "15000", "15000"),
            (2023, "100000", "15000", "15000"),
            (2024, "100000", "14999.99", "14999.99"),
        ],
    );
    let rd = |s: &WizardState| {
        s.assessment()
            .condition(Condition::RdIntensity)
            .unwrap()
            .verdict
    };
    assert_eq!(rd(&s), Verdict::NotMet, "0.01万元 short of 15%");
    let s = s.apply(Action::SetFigureText(
        (2024, Field::RdTotal),
        "15000".into(),
    ));
    assert_eq!(rd(&s), Verdict::Met);
    let s = s.apply(Action::SetAmountUnit(Unit::Yuan));
    assert_eq!(
        rd(&s),
        Verdict::NotMet,
        "15000元 is far less than 15000万元"
    );
    assert_eq!(s.figure((2024, Field::RdTotal)).text, "15000");
}

#[test]
fn change_links_return_to_the_check_page() {
    let s = type_figures(
        to_figures(ApplicantPath::ExistingEnterprise),
        [
            (2022, "1", "1", "1"),
            (2023, "1", "1", "1"),
            (2024, "1", "1", "1"),
        ],
    )
    .apply(Action::Continue);
    assert_eq!(s.step, Step::Check);
    let s = run(
        s,
        [
            Action::Change(FieldId::Question(Question::LeadingTalent)),
            Action::Answer(Question::LeadingTalent, Answer::No),
            Action::Continue,
        ],
    );
    assert_eq!(s.step, Step::Check);
    assert_eq!(s.return_to, None);
    let s = s.apply(Action::Continue);
    assert_eq!(s.assessment().overall, Overall::NotEligible);
}

#[test]
fn back_follows_the_path() {
    let s = to_figures(ApplicantPath::NewEntity);
    assert_eq!(s.clone().apply(Action::Back).step, Step::NewEntity);
    let s = to_figures(ApplicantPath::ExistingEnterprise);
    assert_eq!(s.clone().apply(Action::Back).step, Step::Talent);
    assert_eq!(
        WizardState::new(Lang::Zh, AS_OF).apply(Action::Back).step,
        Step::Start
    );
}

#[test]
fn the_new_entity_path_asks_for_the_commitment() {
    let s = run(
        WizardState::new(Lang::En, AS_OF),
        [
            Action::Continue,
            Action::SetPath(ApplicantPath::NewEntity),
            Action::Continue,
        ],
    );
    let mut s = s;
    while s.step != Step::NewEntity {
        s = answer_step(s, favourable);
    }
    let s = run(
        s,
        [
            Action::Answer(Question::JointUnitsCapability, Answer::Yes),
            Action::Continue,
        ],
    );
    // The new entity's status must be answered too.
    assert_eq!(s.step, Step::NewEntity);
    assert_eq!(
        s.errors[0].field,
        FieldId::Question(Question::NewlyEstablishedForCenter)
    );
    // A planned domestic part larger than the commitment is refused on the field.
    let s = run(
        s,
        [
            Action::Answer(Question::NewlyEstablishedForCenter, Answer::Yes),
            Action::SetPlanText(PlanAmount::Commitment, "1999.99".into()),
            Action::SetPlanText(PlanAmount::PlannedDomestic, "2000".into()),
            Action::Continue,
        ],
    );
    assert_eq!(s.step, Step::NewEntity);
    assert_eq!(
        s.errors[0].field,
        FieldId::Plan(PlanAmount::PlannedDomestic)
    );
    assert_eq!(s.errors[0].problem, Problem::DomesticExceedsTotal);
    let s = run(
        s,
        [
            Action::SetPlanText(PlanAmount::PlannedDomestic, "1500".into()),
            Action::Continue,
        ],
    );
    assert_eq!(s.step, Step::Figures);
    let a = s.assessment();
    assert_eq!(
        a.condition(Condition::NewEntityRd).unwrap().verdict,
        Verdict::NotMet
    );
    assert!(a.condition(Condition::RdIntensity).is_none());
}

#[test]
fn switching_language_loses_nothing_and_restart_keeps_only_the_language() {
    let s = type_figures(
        to_figures(ApplicantPath::ExistingEnterprise),
        [
            (2022, "1", "1", "1"),
            (2023, "1", "1", "1"),
            (2024, "1", "1", "oops"),
        ],
    );
    let switched = s.clone().apply(Action::SetLang(Lang::En));
    assert_eq!(switched.answers(), s.answers());
    assert_eq!(switched.figures, s.figures);
    assert_eq!(switched.step, s.step);
    let fresh = switched.apply(Action::Restart);
    // A fresh state, but for the count of changes, which only ever moves on (the draft and
    // the app follow it).
    assert!(fresh.revision > s.revision);
    let mut unchanged = WizardState::new(Lang::En, AS_OF);
    unchanged.revision = fresh.revision;
    assert_eq!(fresh, unchanged);
}

/// The figures page checks the years and dates against the date of the self-check, and asks a
/// new entity with no complete fiscal year for its R&D since founding.
#[test]
fn dates_are_checked_against_the_date_of_the_self_check() {
    let on_figures = |path| {
        let mut s = WizardState::new(Lang::Zh, AS_OF);
        s.step = Step::Figures;
        s.apply(Action::SetPath(path))
    };
    let s = run(
        on_figures(ApplicantPath::ExistingEnterprise),
        [
            Action::SetLatestYear("2025".into()),
            Action::SetHistory(HistoryChoice::FoundedOn),
            Action::SetFoundingDate("2025-09-02".into()),
            Action::Continue,
        ],
    );
    let problems: Vec<_> = s.errors.iter().map(|e| (e.field, e.problem)).collect();
    assert_eq!(
        problems,
        [
            (
                FieldId::LatestYear,
                Problem::YearNotEnded {
                    last_complete: 2024
                }
            ),
            (FieldId::FoundingDate, Problem::DateInFuture),
        ]
    );
    // Today is not in the future; a new entity founded this year is asked for its R&D since.
    let s = run(
        on_figures(ApplicantPath::NewEntity),
        [
            Action::SetLatestYear("2024".into()),
            Action::SetHistory(HistoryChoice::FoundedOn),
            Action::SetFoundingDate("2025-09-01".into()),
            Action::SetPlanText(PlanAmount::SinceFounding, "100".into()),
            Action::SetPlanText(PlanAmount::SinceFoundingDomestic, "101".into()),
            Action::Continue,
        ],
    );
    assert!(s.asks_since_founding());
    assert!(s.period_years().is_empty());
    assert_eq!(
        s.errors
            .iter()
            .map(|e| (e.field, e.problem))
            .collect::<Vec<_>>(),
        [(
            FieldId::Plan(PlanAmount::SinceFoundingDomestic),
            Problem::DomesticExceedsTotal
        )]
    );
    let s = run(
        s,
        [
            Action::SetPlanText(PlanAmount::SinceFoundingDomestic, "60".into()),
            Action::Continue,
        ],
    );
    assert_eq!(s.step, Step::Check);
    let domestic = s.assessment();
    let domestic = domestic.condition(Condition::DomesticRd).unwrap();
    assert_eq!(domestic.verdict, Verdict::Met);
}

#[test]
fn a_restored_self_check_resumes_at_the_first_page_with_something_to_answer() {
    use tic_selfcheck::rules::questions::Question;
    // Nothing answered: the start page starts.
    let fresh = WizardState::new(Lang::Zh, AS_OF);
    assert!(!fresh.started());

    // Everything answered: straight to the check page.
    let all = common::enterprise([("300000000", "60000000", "60000000"); 3]);
    let s = WizardState::from_document(Lang::Zh, AS_OF, all.clone().into());
    assert!(s.started());
    assert_eq!(s.apply(Action::Resume).step, Step::Check);

    // One declaration missing: the page that asks it.
    let mut missing = all.clone();
    missing.declarations.remove(&Question::CoreTechnicalTeam);
    let s = WizardState::from_document(Lang::Zh, AS_OF, missing.into());
    assert_eq!(s.apply(Action::Resume).step, Step::Talent);

    // The latest fiscal year missing: the figures page.
    let mut no_year = all;
    no_year.financials.latest_fiscal_year = None;
    let s = WizardState::from_document(Lang::Zh, AS_OF, no_year.into());
    assert_eq!(s.apply(Action::Resume).step, Step::Figures);

    // Only the path chosen: the first page of questions.
    let s = WizardState::new(Lang::En, AS_OF).apply(Action::SetPath(
        tic_selfcheck::rules::questions::ApplicantPath::NewEntity,
    ));
    assert!(s.started());
    assert_eq!(s.apply(Action::Resume).step, Step::Registration);
}

#[test]
fn an_existing_enterprise_founded_after_its_latest_fiscal_year_is_told_on_the_field() {
    use tic_selfcheck::rules::questions::ApplicantPath;
    let on_figures = |path: ApplicantPath, founded: &str| {
        let mut s = WizardState::new(Lang::Zh, AS_OF)
            .apply(Action::SetPath(path))
            .apply(Action::Go(Step::Figures))
            .apply(Action::SetLatestYear("2024".into()))
            .apply(Action::SetHistory(HistoryChoice::FoundedOn))
            .apply(Action::SetFoundingDate(founded.into()));
        s = s.apply(Action::Continue);
        s.errors
            .iter()
            .find(|e| e.field == FieldId::FoundingDate)
            .map(|e| (e.problem, e.problem_text(Lang::Zh)))
    };
    let (problem, text) = on_figures(ApplicantPath::ExistingEnterprise, "2025年3月1日")
        .expect("an error on the founding date");
    assert_eq!(problem, Problem::FoundedAfterLatestYear { latest: 2024 });
    assert!(
        text.contains("晚于最近一个完整会计年度（2024年）"),
        "{text}"
    );
    assert!(text.contains("新建独立法人实体"), "{text}");
    // The last day of the latest year is inside it; a new entity may be founded after it.
    assert_eq!(
        on_figures(ApplicantPath::ExistingEnterprise, "2024-12-31"),
        None
    );
    assert_eq!(on_figures(ApplicantPath::NewEntity, "2025-03-01"), None);
}

/// The confirmation of unlikely figures holds for the figures confirmed: it travels with the
/// answers, and any change to a figure (or to the unit they are read in) withdraws it.
#[test]
fn a_confirmation_of_the_figures_holds_until_a_figure_changes() {
    let s = type_figures(
        to_figures(ApplicantPath::ExistingEnterprise),
        [
            (2022, "30000", "6000", "6000"),
            (2023, "2000", "6000", "6000"),
            (2024, "30000", "6000", "6000"),
        ],
    );
    let rd = |s: &WizardState| {
        s.assessment()
            .condition(Condition::RdIntensity)
            .unwrap()
            .verdict
    };
    assert_eq!(rd(&s), Verdict::CannotTell, "R&D above revenue in 2023");
    let s = s.apply(Action::ConfirmFigures(true));
    assert!(s.answers().figures_confirmed);
    assert_eq!(rd(&s), Verdict::Met);
    // The same text again changes nothing; another figure withdraws the confirmation.
    let same = s.clone().apply(Action::SetFigureText(
        (2022, Field::SalesRevenue),
        "30000".into(),
    ));
    assert!(same.figures_confirmed);
    for action in [
        Action::SetFigureText((2022, Field::SalesRevenue), "31000".into()),
        Action::SetAmountUnit(Unit::Yuan),
        Action::SetLatestYear("2023".into()),
    ] {
        let changed = s.clone().apply(action.clone());
        assert!(!changed.figures_confirmed, "{action:?}");
        assert!(!changed.answers().figures_confirmed, "{action:?}");
    }
    // Exported and imported, it comes back.
    let document =
        tic_selfcheck::rules::document::write_document(s.answers(), &s.about, &s.checklist);
    assert!(
        document.contains("\"figures_confirmed\": true"),
        "{document}"
    );
    let back = WizardState::new(Lang::Zh, AS_OF).apply(Action::Import(
        tic_selfcheck::rules::document::AnswersDocument::from_json(&document),
    ));
    assert!(back.figures_confirmed && back.answers().figures_confirmed);
}

/// A typed amount is read once, when its text or the page's unit changes, and everything reads
/// that reading: the answers, the validation, the plan's expected revenue.
#[test]
fn an_amount_is_read_when_its_text_or_the_unit_changes() {
    use tic_selfcheck::rules::money::Money;
    let s = to_figures(ApplicantPath::ExistingEnterprise)
        .apply(Action::SetLatestYear("2024".into()))
        .apply(Action::SetHistory(HistoryChoice::ThreeYearsOrMore))
        .apply(Action::SetFigureText((2024, Field::RdTotal), "1,5".into()))
        .apply(Action::SetFigureText((2023, Field::RdTotal), "1.5".into()))
        .apply(Action::SetExpectedRevenue("12亿".into()));
    assert_eq!(
        s.figure((2024, Field::RdTotal)).read,
        Err(AmountError::BadGrouping)
    );
    let wan = Money::new(rust_decimal_macros::dec!(1.5), Unit::Wan).unwrap();
    assert_eq!(s.figure((2023, Field::RdTotal)).read, Ok(Some(wan)));
    assert_eq!(
        s.expected_revenue().unwrap().yuan(),
        rust_decimal_macros::dec!(1200000000)
    );
    // Another unit for the page: every amount is read again in it, but not one that names its own.
    let s = s.apply(Action::SetAmountUnit(Unit::Yi));
    let yi = Money::new(rust_decimal_macros::dec!(1.5), Unit::Yi).unwrap();
    assert_eq!(s.figure((2023, Field::RdTotal)).read, Ok(Some(yi)));
    assert_eq!(
        s.expected_revenue().unwrap().yuan(),
        rust_decimal_macros::dec!(1200000000)
    );
    assert_eq!(
        s.answers().financials.year(2023).unwrap().rd_total,
        Some(yi)
    );
}

/// The draft is written when the document changes: the revision moves with what the document
/// holds and stays with everything else.
#[test]
fn the_revision_moves_with_the_document_only() {
    let s = WizardState::new(Lang::Zh, AS_OF);
    let r = s.revision;
    let s = s
        .apply(Action::SetLang(Lang::En))
        .apply(Action::Go(Step::Figures));
    assert_eq!(
        s.revision, r,
        "language and navigation are not the document"
    );
    let s = s.apply(Action::SetExpectedRevenue("12亿".into()));
    assert_eq!(s.revision, r, "the plan's expectation is not exported");
    let s = s.apply(Action::SetFigureText(
        (2024, Field::SalesRevenue),
        "1".into(),
    ));
    assert_eq!(s.revision, r + 1);
    let s = s.apply(Action::SetOrganisation("某某公司".into()));
    assert_eq!(s.revision, r + 2);
    let s = s.apply(Action::Export);
    assert_eq!(
        (s.revision, s.downloads, s.download),
        (r + 2, 1, Download::Answers)
    );
    // The outline is a download too, and changes nothing that is saved.
    let s = s.apply(Action::DownloadOutline);
    assert_eq!(
        (s.revision, s.downloads, s.download),
        (r + 2, 2, Download::Outline)
    );
    assert!(
        !s.answers_unkept(),
        "the answers were saved before the outline"
    );
}

/// Issue 19, item 5: 2024's total R&D typed ten times too small, under its own domestic part.
const TOTAL_TYPED_A_TENTH: [(i32, &str, &str, &str); 3] = [
    (2022, "120000", "17000", "17000"),
    (2023, "126000", "18000", "18000"),
    (2024, "131000", "1900", "19000"),
];

#[test]
fn two_figures_that_disagree_are_named_together_on_the_one_out_of_line() {
    let s = type_figures(
        to_figures(ApplicantPath::ExistingEnterprise),
        TOTAL_TYPED_A_TENTH,
    );
    let s = s.apply(Action::Continue);
    assert_eq!(s.step, Step::Figures);
    // On the total, the one out of line with the other years, not on the domestic part.
    assert_eq!(s.errors.len(), 1, "{:?}", s.errors);
    let e = s.errors[0];
    assert_eq!(e.field, FieldId::Figure(2024, Field::RdTotal));
    assert_eq!(e.problem, Problem::TotalBelowDomestic);
    let said = e.message(Lang::Zh);
    assert!(said.starts_with("2024年研究开发费用总额："), "{said}");
    assert!(said.contains("小于同年境内研究开发费用"), "{said}");
    assert!(e.message(Lang::En).contains("Check both figures"));
    // The unlikely-figures warning points at 2024's total too.
    let warnings = &s.assessment().unlikely_figures;
    assert!(
        warnings
            .iter()
            .any(|w| w.year_and_field() == Some((2024, Field::RdTotal))),
        "{warnings:?}"
    );
    // Corrected: the error goes at once, without another “Continue”.
    let s = s.apply(Action::SetFigureText(
        (2024, Field::RdTotal),
        "19000".into(),
    ));
    assert!(s.errors.is_empty(), "{:?}", s.errors);
    assert!(!s.summarise_errors);
}

#[test]
fn the_domestic_part_out_of_line_keeps_the_error_on_the_domestic_part() {
    let s = type_figures(
        to_figures(ApplicantPath::ExistingEnterprise),
        [
            (2022, "120000", "17000", "17000"),
            (2023, "126000", "18000", "18000"),
            (2024, "131000", "19000", "190000"),
        ],
    );
    let s = s.apply(Action::Continue);
    assert_eq!(
        s.errors
            .iter()
            .map(|e| (e.field, e.problem))
            .collect::<Vec<_>>(),
        [(
            FieldId::Figure(2024, Field::RdDomestic),
            Problem::DomesticExceedsTotal
        )]
    );
}

#[test]
fn an_amount_that_cannot_be_read_is_said_when_the_field_is_left() {
    let s = to_figures(ApplicantPath::ExistingEnterprise);
    let field = FieldId::Figure(2024, Field::RdTotal);
    let s = run(
        s,
        [
            Action::SetLatestYear("2024".into()),
            Action::SetHistory(HistoryChoice::ThreeYearsOrMore),
            Action::SetFigureText((2024, Field::RdTotal), "12,34".into()),
        ],
    );
    assert!(s.errors.is_empty(), "nothing is said while typing");
    let s = s.apply(Action::LeaveField(field));
    assert_eq!(s.errors.len(), 1);
    assert_eq!(
        s.errors[0].problem,
        Problem::Amount(AmountError::BadGrouping)
    );
    // Beside the field only: the summary waits for “Continue”.
    assert!(!s.summarise_errors);
    // A field left blank is not reproached; a year typed wrong is.
    let s = s.apply(Action::LeaveField(FieldId::Figure(2023, Field::RdTotal)));
    assert_eq!(s.errors.len(), 1);
    let s = run(
        s,
        [
            Action::SetLatestYear("二〇二四".into()),
            Action::LeaveField(FieldId::LatestYear),
        ],
    );
    assert!(s.error_for(FieldId::LatestYear).is_some(), "{:?}", s.errors);
    // Put right, each goes as it is corrected.
    let s = s.apply(Action::SetFigureText(
        (2024, Field::RdTotal),
        "1,234".into(),
    ));
    assert!(s.error_for(field).is_none());
    let s = s.apply(Action::SetLatestYear("2024".into()));
    assert!(s.errors.is_empty(), "{:?}", s.errors);
    // “Continue” with a problem lists it in the summary as well.
    let s = s
        .apply(Action::SetFigureText((2023, Field::RdTotal), "abc".into()))
        .apply(Action::Continue);
    assert!(s.summarise_errors);
}

#[test]
fn answers_count_as_kept_when_remembered_or_saved_to_a_file_since_they_changed() {
    let s = WizardState::new(Lang::Zh, AS_OF);
    assert!(!s.answers_unkept(), "nothing answered, nothing to lose");
    let s = run(
        s,
        [
            Action::Continue,
            Action::SetPath(ApplicantPath::ExistingEnterprise),
        ],
    );
    assert!(s.answers_unkept());
    let saved = s.clone().apply(Action::Export);
    assert!(!saved.answers_unkept(), "saved to a file");
    let changed = saved.apply(Action::Answer(Question::GoodCredit, Answer::Yes));
    assert!(changed.answers_unkept(), "changed since it was saved");
    let remembered = changed.apply(Action::SetRemember(true));
    assert!(!remembered.answers_unkept());
}

#[test]
fn opened_again_at_a_later_step_with_nothing_answered_the_start_page_says_so() {
    use tic_selfcheck::wizard::Notice;
    let s = WizardState::new(Lang::Zh, AS_OF).apply(Action::OpenedWithoutAnswers);
    assert_eq!(s.notice, Some(Notice::NotKept));
    assert_eq!(s.step, Step::Start);
    // Back to a later page with nothing answered: the start page, not a blank page.
    let s = s.apply(Action::Go(Step::Figures));
    assert_eq!(s.step, Step::Start);
    let s = s.apply(Action::Go(Step::ApplicantType));
    assert_eq!(s.step, Step::ApplicantType);
    // With answers (a restored draft), the note is not given and later pages open.
    let s = run(
        s,
        [
            Action::SetPath(ApplicantPath::ExistingEnterprise),
            Action::OpenedWithoutAnswers,
            Action::Go(Step::Figures),
        ],
    );
    assert_eq!(s.step, Step::Figures);
}
