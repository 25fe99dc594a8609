//! The result: the overall verdict in words a manager can forward, what is still missing, one
//! card per condition (verdict, figures, distances, the clause and its text), and the next steps
//! under Article 7.

use super::back_link::back_link;
use super::change_link::{follow_field_links, write_change_link};
use super::checklist_section::checklist_section;
use super::condition_card::write_condition_card;
use super::fields::{button, checkbox, text_field};
use super::keep_answers::{export_button, remember_choice};
use super::notice_banner::notice_banner;
use super::outline_button::outline_button;
use super::page_heading::page_heading;
use super::plan_section::plan_section;
use super::summary_table::summary_table;
use crate::app::dom::print;
use crate::markup::Markup;
use crate::result::about_lines;
use crate::rules::answers::Field;
use crate::rules::at_a_glance::figure_rows;
use crate::rules::explain::Amounts;
use crate::rules::explain::{
    describe_fiscal_year, describe_period, describe_reason, describe_unlikely_figures,
    overall_label, rules_version, summary,
};
use crate::rules::lang::Lang;
use crate::rules::outcome::{Assessment, Overall};
use crate::rules::planner::needs_expected_revenue;
use crate::rules::what_next::{describe_remedy, next_round_link, next_steps, remedies, Remedy};
use crate::wizard::{
    field_for, Action, FieldId, PlanAmount, Step, TextField, TextsStatus, WizardState,
};
use crate::words::*;
use yew::prelude::*;

pub fn results_page(state: &WizardState, dispatch: &Callback<Action>) -> Html {
    let lang = state.lang;
    let assessment = state.assessment();
    let amounts = if state.omit_amounts {
        Amounts::Hidden
    } else {
        Amounts::Shown
    };
    let omit = state.omit_amounts;
    let open = open_points(state, &assessment, amounts);
    let has_open = !open.as_str().is_empty();
    html! {
        <div class="tic-page tic-page--results" key={Step::Results.slug()}>
            <div class="tic-no-print">{ back_link(lang, Action::Go(Step::Check), dispatch) }</div>
            { notice_banner(state) }
            { print_header(state, &assessment).into_html() }
            { page_heading(lang, Step::Results.title().get(lang), None) }
            <div onclick={follow_field_links(dispatch)}>{ verdict_panel(state, &assessment).into_html() }</div>
            { summary_table(state, &assessment, amounts, dispatch) }
            { figures_entered(state, &assessment).into_html() }
            // The names for the printout, in plain sight above the buttons that print and save.
            <section class="tic-about tic-no-print" id="tic-about" aria-labelledby="tic-about-title">
                { Markup::one("h2", &[("class", "tic-heading-s"), ("id", "tic-about-title")], ABOUT_TITLE().get(lang)) }
                { text_field(state, dispatch, TextField::Organisation, ORGANISATION_FIELD().get(lang), ABOUT_HINT().get(lang), false) }
                { text_field(state, dispatch, TextField::FilledBy, FILLED_BY_FIELD().get(lang), ABOUT_HINT().get(lang), false) }
            </section>
            <div class="tic-toolbar tic-no-print">
                // Printing waits for the long texts (clause texts, checklist guides): a printout
                // without them would be incomplete.
                <button type="button" class="tic-button" id="tic-print"
                    disabled={state.texts != TextsStatus::Ready} onclick={Callback::from(|_| print())}>
                    { if state.texts == TextsStatus::Loading { PRINT_WAITING().get(lang) } else { PRINT().get(lang) } }
                </button>
                { export_button(state, dispatch) }
                { outline_button(state, dispatch, "tic-outline") }
                { checkbox(dispatch, "tic-omit-amounts", omit, OMIT_AMOUNTS().get(lang), None,
                    Action::SetOmitAmounts(!omit)) }
            </div>
            if has_open {
                <section class="tic-section" aria-labelledby="tic-open-title" onclick={follow_field_links(dispatch)}>
                    <h2 class="tic-heading-m" id="tic-open-title">{ RESULT_OPEN().get(lang) }</h2>
                    <ul class="tic-list tic-list--bullet" id="tic-open-points">{ open.into_html() }</ul>
                </section>
            }
            { plan_section(state, &assessment, amounts, dispatch) }
            { details(&assessment, lang, amounts).into_html() }
            { checklist_section(state, &assessment, amounts, dispatch) }
            { closing(&assessment, lang).into_html() }
            { remember_choice(state, dispatch) }
            <div class="tic-button-group tic-no-print">
                { button(dispatch, "secondary", None, RESTART().get(lang), Action::Restart) }
            </div>
        </div>
    }
}

/// What is still missing or unsure, each with a link to the field that settles it.
fn open_points(state: &WizardState, assessment: &Assessment, amounts: Amounts) -> Markup {
    let lang = state.lang;
    let mut open = Markup::new();
    for (c, f) in assessment.open_points() {
        open.open("li", &[])
            .element("strong", &[], c.clause.citation(lang))
            .text(" ")
            .text(&describe_reason(&f.reason, lang, amounts));
        if let Some(field) = field_for(&f.reason, state.answers()) {
            open.text(" ");
            write_change_link(&mut open, field, c.condition.title().get(lang), lang);
        }
        open.close("li");
    }

    open
}

/// The printout's header: the service, the names, the date and the rules (print only).
fn print_header(state: &WizardState, assessment: &Assessment) -> Markup {
    let lang = state.lang;
    let omit = state.omit_amounts;
    let mut print_header = Markup::new();
    print_header
        .open("div", &[("class", "tic-print-only tic-print-header")])
        .element(
            "p",
            &[("class", "tic-print-header__service")],
            SERVICE_NAME().get(lang),
        );
    // The names typed, the date of the self-check and the guideline, as every rendering of the
    // result writes them.
    for line in about_lines(
        assessment,
        &state.about.organisation,
        &state.about.filled_by,
        lang,
    ) {
        print_header.element("p", &[("class", "tic-print-header__meta")], &line);
    }
    if omit {
        print_header.element(
            "p",
            &[
                ("class", "tic-print-header__meta"),
                ("id", "tic-amounts-withheld"),
            ],
            AMOUNTS_WITHHELD().get(lang),
        );
    }
    print_header.close("div");

    print_header
}

/// The overall verdict, in one paragraph what it means, and for a condition not met what would
/// change it and when, with a link to where that is done.
fn verdict_panel(state: &WizardState, assessment: &Assessment) -> Markup {
    let lang = state.lang;
    let overall = match assessment.overall {
        Overall::PreliminarilyEligible => "met",
        Overall::NotEligible => "not-met",
        Overall::CannotTellYet => "open",
    };
    let mut panel = Markup::new();
    panel
        .open(
            "section",
            &[
                ("class", "tic-panel"),
                ("data-verdict", overall),
                ("aria-labelledby", "tic-overall-title"),
            ],
        )
        .open(
            "h2",
            &[("class", "tic-panel__title"), ("id", "tic-overall-title")],
        )
        .element(
            "span",
            &[("class", "tic-panel__caption")],
            RESULT_OVERALL().get(lang),
        )
        .element(
            "span",
            &[
                ("class", "tic-panel__verdict"),
                ("id", "tic-overall-verdict"),
            ],
            &overall_label(assessment, lang),
        )
        .close("h2")
        .element(
            "p",
            &[("class", "tic-panel__body"), ("id", "tic-overall-summary")],
            &summary(assessment, lang),
        );
    let found = remedies(assessment);
    if !found.is_empty() {
        panel
            .open(
                "div",
                &[("class", "tic-panel__remedies"), ("id", "tic-remedies")],
            )
            .element(
                "h3",
                &[("class", "tic-heading-s")],
                RESULT_REMEDIES().get(lang),
            )
            .open("ul", &[("class", "tic-list tic-list--bullet")]);
        for remedy in &found {
            panel
                .open("li", &[])
                .text(&describe_remedy(remedy, assessment.rules, lang));
            write_remedy_link(&mut panel, state, remedy);
            panel.close("li");
        }
        panel.close("ul").close("div");
    }
    panel.close("section");

    panel
}

/// The link beside a remedy: for the next round, to the plan's expected revenue (when this
/// year's figures decide it); otherwise to the answer that decides the condition.
fn write_remedy_link(m: &mut Markup, state: &WizardState, remedy: &Remedy) {
    let lang = state.lang;
    let field = match remedy {
        Remedy::NextRound {
            next_latest,
            current_year,
            ..
        } => {
            if next_latest == current_year && needs_expected_revenue(state.answers(), state.as_of) {
                m.text(" ").element(
                    "a",
                    &[
                        ("class", "tic-link-button tic-no-print"),
                        ("id", "tic-remedy-plan-link"),
                        ("href", &format!("#{}", FieldId::ExpectedRevenue.dom_id())),
                    ],
                    next_round_link(lang),
                );
            }
            return;
        }
        Remedy::Declaration { question } => FieldId::Question(*question),
        Remedy::Commitment => FieldId::Plan(PlanAmount::Commitment),
        Remedy::PlannedDomestic => FieldId::Plan(PlanAmount::PlannedDomestic),
        Remedy::SinceFounding => return,
        Remedy::NotNewlyFounded { .. } => FieldId::Path,
    };
    m.text(" ");
    write_change_link(m, field, remedy.clause().citation(lang), lang);
}

/// The figures entered, one row per year, so that a printed page 1 shows what the verdict
/// rests on (left out with the amounts), then the period, a note on the year used and the
/// figures that look unlikely.
fn figures_entered(state: &WizardState, assessment: &Assessment) -> Markup {
    let lang = state.lang;
    let omit = state.omit_amounts;
    let mut figures = Markup::new();
    let years = &state.answers().financials.years;
    if !omit && !years.is_empty() {
        let mut headings = vec![FISCAL_YEAR().get(lang)];
        headings.extend(Field::ALL.map(|f| f.label().get(lang)));
        figures
            .table_head(
                &[
                    ("class", "tic-table tic-figures-table"),
                    ("id", "tic-figures-table"),
                ],
                "tic-heading-s",
                FIGURES_ENTERED().get(lang),
                &headings,
            )
            .table_body();
        for row in figure_rows(years, lang) {
            figures
                .open("tr", &[])
                .element("th", &[("scope", "row")], &row[0]);
            for (field, amount) in Field::ALL.iter().zip(&row[1..]) {
                figures.element("td", &[("data-label", field.label().get(lang))], amount);
            }
            figures.close("tr");
        }
        figures.close("tbody").close("table");
    }
    if let Some(period) = &assessment.period {
        figures.element(
            "p",
            &[("class", "tic-body")],
            &describe_period(period, lang),
        );
    }
    if let Some(note) = assessment
        .fiscal_year
        .and_then(|c| describe_fiscal_year(c, lang))
    {
        figures.element(
            "p",
            &[("class", "tic-inset"), ("id", "tic-fiscal-year-note")],
            &note,
        );
    }
    // Figures that look unlikely: confirmed by the applicant, or still to check (the verdicts
    // resting on them wait; the open points link to each).
    let amounts = if omit {
        Amounts::Hidden
    } else {
        Amounts::Shown
    };
    if let Some(note) = describe_unlikely_figures(assessment, lang, amounts) {
        figures.element(
            "p",
            &[
                ("class", "tic-inset tic-inset--warning"),
                ("id", "tic-unlikely-note"),
            ],
            &note,
        );
    }

    figures
}

/// One card per condition (and the Art. 5(3) reference), then the next steps.
fn details(assessment: &Assessment, lang: Lang, amounts: Amounts) -> Markup {
    let mut details = Markup::new();
    let section = |m: &mut Markup, id: &str, title: &str| {
        let title_id = format!("{id}-title");
        m.open(
            "section",
            &[
                ("class", "tic-section"),
                ("id", id),
                ("aria-labelledby", &title_id),
            ],
        )
        .element(
            "h2",
            &[("class", "tic-heading-m"), ("id", &title_id)],
            title,
        );
    };
    section(
        &mut details,
        "tic-conditions",
        RESULT_CONDITIONS().get(lang),
    );
    for c in &assessment.conditions {
        write_condition_card(&mut details, c, lang, amounts);
    }
    details.close("section");
    if let Some(reference) = &assessment.art5_3_reference {
        section(&mut details, "tic-reference", RESULT_REFERENCE().get(lang));
        write_condition_card(&mut details, reference, lang, amounts);
        details.close("section");
    }
    let next_title = if assessment.overall == Overall::NotEligible {
        RESULT_NEXT_ROUND()
    } else {
        RESULT_NEXT()
    };
    section(&mut details, "tic-next", next_title.get(lang));
    details.open("ol", &[("class", "tic-list tic-list--number")]);
    for (clause, text) in next_steps(assessment, lang, Some(CHECKLIST_TITLE().get(lang))) {
        details
            .open("li", &[])
            .element("strong", &[], clause.citation(lang))
            .text(" ")
            .text(&text)
            .close("li");
    }
    details.close("ol").close("section");

    details
}

/// What the result rests on (the rules' version), the disclaimer and the privacy note.
fn closing(assessment: &Assessment, lang: Lang) -> Markup {
    let mut closing = Markup::new();
    closing
        .open(
            "section",
            &[
                ("class", "tic-section tic-version"),
                ("id", "tic-rules-version"),
                ("aria-labelledby", "tic-version-title"),
            ],
        )
        .element(
            "h2",
            &[("class", "tic-heading-s"), ("id", "tic-version-title")],
            RESULT_VERSION().get(lang),
        );
    for line in rules_version(assessment, lang) {
        closing.element("p", &[("class", "tic-body")], &line);
    }
    closing
        .close("section")
        .element(
            "p",
            &[("class", "tic-inset")],
            RESULT_DISCLAIMER().get(lang),
        )
        .element(
            "p",
            &[("class", "tic-inset tic-print-privacy")],
            PRIVACY_PRINT().get(lang),
        );
    closing
}
