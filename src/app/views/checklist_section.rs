//! The readiness checklist under the result: each item with its clause and guide, a progress
//! choice and a note on screen, and a box to tick with room for notes on paper.

use super::change_link::{follow_field_links, write_change_link};
use super::outline_button::outline_panel;
use super::send;
use crate::markup::Markup;
use crate::rules::checklist::{checklist, readiness, Section};
use crate::rules::explain::Amounts;
use crate::rules::outcome::{Assessment, Overall};
use crate::rules::progress::{note_length, note_of, Status, MAX_NOTE_CHARS};
use crate::wizard::field_for;
use crate::wizard::{Action, WizardState};
use crate::words::*;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

pub fn checklist_section(
    state: &WizardState,
    assessment: &Assessment,
    amounts: Amounts,
    dispatch: &Callback<Action>,
) -> Html {
    let lang = state.lang;
    let items = checklist(assessment, lang, amounts);
    let progress = &state.checklist;
    let (ready, total) = readiness(&items, progress);
    let mut intro = Markup::new();
    intro
        .element(
            "h2",
            &[("class", "tic-heading-m"), ("id", "tic-checklist-title")],
            CHECKLIST_TITLE().get(lang),
        )
        .element(
            "p",
            &[
                ("class", "tic-body tic-no-print"),
                ("id", "tic-checklist-intro"),
            ],
            if assessment.overall == Overall::NotEligible {
                CHECKLIST_INTRO_NOT_YET()
            } else {
                CHECKLIST_INTRO()
            }
            .get(lang),
        )
        .element(
            "p",
            &[("class", "tic-checklist__summary"), ("id", "tic-readiness")],
            &readiness_line(lang, ready, total),
        );
    let item_markup = |item: &crate::rules::checklist::ChecklistItem| {
        let status = item.status(progress);
        let note = note_of(progress, &item.id).to_string();
        let dom_id = format!("tic-item-{}", item.id.replace(['.', '_'], "-"));
        let note_id = format!("{dom_id}-note");
        // The count the reducer keeps to (characters, not the browser's UTF-16 units), so the
        // page never cuts a note on its own, and says so when the limit is reached.
        let count_id = format!("{note_id}-count");
        let length = note_length(&note);
        let full = length >= MAX_NOTE_CHARS;
        let count_text = count_line(lang, length, MAX_NOTE_CHARS);
        let on_note = {
            let id = item.id.clone();
            dispatch.reform(move |e: InputEvent| {
                Action::SetItemNote(
                    id.clone(),
                    e.target_unchecked_into::<HtmlTextAreaElement>().value(),
                )
            })
        };
        let mut heading = Markup::new();
        heading
            .open("p", &[("class", "tic-check-item__title")])
            .element("strong", &[("class", "tic-check-item__name")], &item.title);
        if item.cite {
            heading.element(
                "span",
                &[("class", "tic-check-item__clause")],
                &format!(" · {}", item.clause.citation(lang)),
            );
        }
        heading
            .text(" ")
            .element(
                "strong",
                &[
                    ("class", "tic-tag tic-check-item__status"),
                    ("data-status", status.key()),
                ],
                status.label().get(lang),
            )
            .close("p")
            .open("p", &[("class", "tic-check-item__guide")])
            .text(&item.guide);
        // A gap links to the answer or figure that would close it.
        if let Some(field) = item
            .reason
            .as_ref()
            .and_then(|r| field_for(r, state.answers()))
        {
            heading.text(" ");
            write_change_link(&mut heading, field, &item.title, lang);
        }
        heading.close("p");
        // Without amounts, notes stay off paper: a note is free text and may quote one.
        // The empty line for writing by hand stays.
        let mut paper_note = Markup::new();
        paper_note.element(
            "p",
            &[("class", "tic-print-only tic-check-item__note")],
            &format!(
                "{}{}{}",
                NOTE_LABEL().get(lang),
                lang.colon(),
                if state.omit_amounts {
                    ""
                } else {
                    note.as_str()
                }
            ),
        );
        let mut legend = Markup::new();
        legend.element(
            "legend",
            &[("class", "tic-visually-hidden")],
            &format!("{}{}{}", STATUS_LABEL().get(lang), lang.colon(), item.title),
        );
        let mut gap_hint = Markup::new();
        if !item.can_be_ready {
            gap_hint.element("p", &[("class", "tic-hint")], GAP_DONE_WHEN().get(lang));
        }
        let mut count = Markup::new();
        count.element(
            "p",
            &[
                ("class", "tic-hint tic-note-count"),
                ("data-full", if full { "true" } else { "false" }),
                ("id", &count_id),
            ],
            &count_text,
        );
        html! {
            <li class="tic-check-item" data-status={status.key()} id={dom_id.clone()}>
                { heading.into_html() }
                <fieldset class="tic-fieldset tic-check-item__progress tic-no-print">
                    { legend.into_html() }
                    <div class="tic-radios tic-radios--small" data-inline="true">
                        { for Status::ALL.into_iter().enumerate().filter(|(_, s)| item.can_be_ready || *s != Status::Ready).map(|(i, s)| {
                            let input_id = format!("{dom_id}-{i}");
                            html! {
                                <div class="tic-radios__item">
                                    <input class="tic-radios__input" type="radio" id={input_id.clone()}
                                        name={dom_id.clone()} checked={s == status}
                                        onchange={send(dispatch, Action::SetItemStatus(item.id.clone(), s))} />
                                    { Markup::one("label", &[("class", "tic-radios__label"), ("for", &input_id)], s.label().get(lang)) }
                                </div>
                            }
                        }) }
                    </div>
                    { gap_hint.into_html() }
                </fieldset>
                <div class="tic-no-print">
                    { Markup::one("label", &[("class", "tic-label tic-label--small"), ("for", &note_id)], NOTE_LABEL().get(lang)) }
                    <textarea class="tic-textarea" id={note_id.clone()} rows="2"
                        aria-describedby={count_id.clone()} value={note.clone()} oninput={on_note} />
                    { count.into_html() }
                </div>
                { paper_note.into_html() }
            </li>
        }
    };
    html! {
        <section class="tic-section tic-checklist" aria-labelledby="tic-checklist-title"
            onclick={follow_field_links(dispatch)}>
            { intro.into_html() }
            { outline_panel(state, dispatch) }
            { for Section::ALL.into_iter().map(|section| {
                let in_section: Vec<_> = items.iter().filter(|i| i.section == section).collect();
                if in_section.is_empty() {
                    return html! {};
                }
                html! {
                    <>
                        { Markup::one("h3", &[("class", "tic-heading-s tic-checklist__section")], section.title().get(lang)) }
                        <ul class="tic-checklist__items">{ for in_section.into_iter().map(item_markup) }</ul>
                    </>
                }
            }) }
        </section>
    }
}
