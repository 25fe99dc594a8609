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
use crate::result::{build, Block, Kind, Link, ResultDocument, ResultInput, Section, SectionId};
use crate::rules::explain::Amounts;
use crate::rules::outcome::Overall;
use crate::rules::planner::needs_expected_revenue;
use crate::rules::what_next::{next_round_link, Remedy};
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
    // The result as every rendering has it; this page adds only what belongs to the screen.
    let doc = build(&ResultInput {
        assessment: &assessment,
        answers: state.answers(),
        organisation: &state.about.organisation,
        filled_by: &state.about.filled_by,
        lang,
        amounts,
        checklist: Some(CHECKLIST_TITLE().get(lang)),
    });
    let section = |id| doc.section(id);
    let open = section(SectionId::Open).map(|s| open_points(state, s));
    html! {
        <div class="tic-page tic-page--results" key={Step::Results.slug()}>
            <div class="tic-no-print">{ back_link(lang, Action::Go(Step::Check), dispatch) }</div>
            { notice_banner(state) }
            { print_header(&doc).into_html() }
            { page_heading(lang, Step::Results.title().get(lang), None) }
            if let Some(overall) = section(SectionId::Overall) {
                <div onclick={follow_field_links(dispatch)}>{ verdict_panel(state, &doc, overall).into_html() }</div>
            }
            if let Some(glance) = section(SectionId::Glance) {
                { summary_table(state, glance, dispatch) }
            }
            if let Some(figures) = section(SectionId::Figures) {
                { figures_entered(figures).into_html() }
            }
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
            if let (Some(open), Some(points)) = (section(SectionId::Open), open) {
                <section class="tic-section" aria-labelledby="tic-open-title" onclick={follow_field_links(dispatch)}>
                    <h2 class="tic-heading-m" id="tic-open-title">{ &open.heading }</h2>
                    <ul class="tic-list tic-list--bullet" id="tic-open-points">{ points.into_html() }</ul>
                </section>
            }
            { plan_section(state, &assessment, amounts, dispatch) }
            { details(&doc).into_html() }
            { checklist_section(state, &assessment, amounts, dispatch) }
            if let Some(version) = section(SectionId::Version) {
                { closing(version).into_html() }
            }
            { remember_choice(state, dispatch) }
            <div class="tic-button-group tic-no-print">
                { button(dispatch, "secondary", None, RESTART().get(lang), Action::Restart) }
            </div>
        </div>
    }
}

/// What is still missing or unsure, each with a link to the field that settles it.
fn open_points(state: &WizardState, open: &Section) -> Markup {
    let lang = state.lang;
    let mut m = Markup::new();
    for block in &open.blocks {
        let Block::List { items, .. } = block else {
            continue;
        };
        for item in items {
            m.open("li", &[]);
            if let Some(clause) = item.clause {
                m.element("strong", &[], clause.citation(lang)).text(" ");
            }
            m.text(&item.text);
            if let Some(Link::Finding(reason)) = &item.link {
                if let Some(field) = field_for(reason, state.answers()) {
                    m.text(" ");
                    let title = item.clause.map_or("", |c| c.citation(lang));
                    write_change_link(&mut m, field, title, lang);
                }
            }
            m.close("li");
        }
    }
    m
}

/// The printout's header: the service, the names, the date and the rules (print only).
fn print_header(doc: &ResultDocument) -> Markup {
    let lang = doc.lang;
    let mut m = Markup::new();
    m.open("div", &[("class", "tic-print-only tic-print-header")])
        .element(
            "p",
            &[("class", "tic-print-header__service")],
            SERVICE_NAME().get(lang),
        );
    for line in &doc.about {
        m.element("p", &[("class", "tic-print-header__meta")], line);
    }
    if let Some(withheld) = &doc.withheld {
        m.element(
            "p",
            &[
                ("class", "tic-print-header__meta"),
                ("id", "tic-amounts-withheld"),
            ],
            withheld,
        );
    }
    m.close("div");
    m
}

/// The overall verdict, in one paragraph what it means, and for a condition not met what would
/// change it and when, with a link to where that is done.
fn verdict_panel(state: &WizardState, doc: &ResultDocument, overall: &Section) -> Markup {
    let state_name = match doc.overall {
        Overall::PreliminarilyEligible => "met",
        Overall::NotEligible => "not-met",
        Overall::CannotTellYet => "open",
    };
    let mut panel = Markup::new();
    panel.open(
        "section",
        &[
            ("class", "tic-panel"),
            ("data-verdict", state_name),
            ("aria-labelledby", "tic-overall-title"),
        ],
    );
    for block in &overall.blocks {
        match block {
            Block::Verdict { label } => {
                panel
                    .open(
                        "h2",
                        &[("class", "tic-panel__title"), ("id", "tic-overall-title")],
                    )
                    .element("span", &[("class", "tic-panel__caption")], &overall.heading)
                    .element(
                        "span",
                        &[
                            ("class", "tic-panel__verdict"),
                            ("id", "tic-overall-verdict"),
                        ],
                        label,
                    )
                    .close("h2");
            }
            Block::Paragraph { text, .. } => {
                panel.element(
                    "p",
                    &[("class", "tic-panel__body"), ("id", "tic-overall-summary")],
                    text,
                );
            }
            Block::List { title, items, .. } => {
                panel.open(
                    "div",
                    &[("class", "tic-panel__remedies"), ("id", "tic-remedies")],
                );
                if let Some(title) = title {
                    panel.element("h3", &[("class", "tic-heading-s")], title);
                }
                panel.open("ul", &[("class", "tic-list tic-list--bullet")]);
                for item in items {
                    panel.open("li", &[]).text(&item.text);
                    if let Some(Link::Remedy(remedy)) = &item.link {
                        write_remedy_link(&mut panel, state, remedy);
                    }
                    panel.close("li");
                }
                panel.close("ul").close("div");
            }
            _ => {}
        }
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
fn figures_entered(figures: &Section) -> Markup {
    let mut m = Markup::new();
    for block in &figures.blocks {
        match block {
            Block::Table { headings, rows } => {
                let heads: Vec<&str> = headings.iter().map(String::as_str).collect();
                m.table_head(
                    &[
                        ("class", "tic-table tic-figures-table"),
                        ("id", "tic-figures-table"),
                    ],
                    "tic-heading-s",
                    &figures.heading,
                    &heads,
                )
                .table_body();
                for row in rows {
                    m.open("tr", &[])
                        .element("th", &[("scope", "row")], &row[0]);
                    for (heading, amount) in heads[1..].iter().zip(&row[1..]) {
                        m.element("td", &[("data-label", heading)], amount);
                    }
                    m.close("tr");
                }
                m.close("tbody").close("table");
            }
            Block::Paragraph { kind, text } => {
                let attributes: &[(&str, &str)] = match kind {
                    Kind::FiscalYear => &[("class", "tic-inset"), ("id", "tic-fiscal-year-note")],
                    Kind::Unlikely => &[
                        ("class", "tic-inset tic-inset--warning"),
                        ("id", "tic-unlikely-note"),
                    ],
                    _ => &[("class", "tic-body")],
                };
                m.element("p", attributes, text);
            }
            // The Art. 6 amounts are on the check page and in the printout's live figures.
            _ => {}
        }
    }
    m
}

/// One card per condition (and the Art. 5(3) reference), then the next steps.
fn details(doc: &ResultDocument) -> Markup {
    let lang = doc.lang;
    let mut m = Markup::new();
    for (id, section_id) in [
        ("tic-conditions", SectionId::Conditions),
        ("tic-reference", SectionId::Reference),
        ("tic-next", SectionId::Next),
    ] {
        let Some(section) = doc.section(section_id) else {
            continue;
        };
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
            &section.heading,
        );
        for block in &section.blocks {
            match block {
                Block::Card(card) => write_condition_card(&mut m, card, lang),
                Block::List { items, .. } => {
                    m.open("ol", &[("class", "tic-list tic-list--number")]);
                    for item in items {
                        m.open("li", &[]);
                        if let Some(clause) = item.clause {
                            m.element("strong", &[], clause.citation(lang)).text(" ");
                        }
                        m.text(&item.text).close("li");
                    }
                    m.close("ol");
                }
                _ => {}
            }
        }
        m.close("section");
    }
    m
}

/// What the result rests on (the rules' version), the disclaimer and the privacy note.
fn closing(version: &Section) -> Markup {
    let mut m = Markup::new();
    m.open(
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
        &version.heading,
    );
    let paragraphs = version.blocks.iter().filter_map(|b| match b {
        Block::Paragraph { kind, text } => Some((*kind, text.as_str())),
        _ => None,
    });
    // The rules' version inside the section, the disclaimer and the privacy note after it.
    for (_, text) in paragraphs.clone().filter(|(k, _)| *k == Kind::Body) {
        m.element("p", &[("class", "tic-body")], text);
    }
    m.close("section");
    for (kind, text) in paragraphs.filter(|(k, _)| *k != Kind::Body) {
        let class = if kind == Kind::Privacy {
            "tic-inset tic-print-privacy"
        } else {
            "tic-inset"
        };
        m.element("p", &[("class", class)], text);
    }
    m
}
