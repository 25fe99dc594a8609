//! The results at a glance: one row per condition with its verdict, the key figure against what
//! is required, the gap in money, and a link to the field that would change it. The rows are
//! the result document's ([`crate::result`]); the fields from [`crate::wizard::field_for`].

use super::change_link::{follow_field_links, write_change_link};
use super::verdict_tag::write_verdict_tag;
use crate::markup::Markup;
use crate::result::{Block, Section};
use crate::wizard::{field_for, Action, WizardState};
use crate::words::*;
use yew::prelude::*;

pub fn summary_table(state: &WizardState, glance: &Section, dispatch: &Callback<Action>) -> Html {
    let lang = state.lang;
    let Some(Block::Glance { headings, rows }) = glance.blocks.first() else {
        return html! {};
    };
    let [_, verdict_heading, figure_heading, gap_heading] = headings;
    let mut m = Markup::new();
    m.table_head(
        &[
            ("class", "tic-table tic-glance"),
            ("id", "tic-summary-table"),
        ],
        "tic-heading-m tic-glance__caption",
        &glance.heading,
        &headings.each_ref().map(String::as_str),
    )
    .open("th", &[("scope", "col"), ("class", "tic-no-print")])
    .element(
        "span",
        &[("class", "tic-visually-hidden")],
        CHANGE().get(lang),
    )
    .close("th")
    .table_body();
    for row in rows {
        m.open("tr", &[("data-condition", row.condition.key())])
            .open("th", &[("scope", "row")])
            .element("span", &[("class", "tic-glance__citation")], &row.citation)
            .text(" ")
            .text(&row.title)
            .close("th")
            .open("td", &[("data-label", verdict_heading)]);
        write_verdict_tag(&mut m, row.verdict, lang);
        m.close("td").open("td", &[("data-label", figure_heading)]);
        // Routes of which either is enough read as alternatives: “任选其一：” above them, “或”
        // before each after the first, in both columns, so that no one adds the gaps up.
        if let Some(either) = &row.either {
            m.element(
                "p",
                &[("class", "tic-glance__line tic-glance__either")],
                either,
            );
        }
        for (prefix, figure) in &row.figures {
            m.open("p", &[("class", "tic-glance__line")]);
            if !prefix.is_empty() {
                m.element("span", &[("class", "tic-glance__or")], prefix);
            }
            m.text(figure).close("p");
        }
        m.close("td").open(
            "td",
            &[("class", "tic-glance__gap"), ("data-label", gap_heading)],
        );
        if row.either.is_some() {
            // Keeps each gap beside its figure on wide screens; not shown when cells stack.
            m.element(
                "p",
                &[
                    ("class", "tic-glance__line tic-glance__spacer"),
                    ("aria-hidden", "true"),
                ],
                "",
            );
        }
        for (prefix, gap) in &row.gaps {
            if gap.is_empty() {
                // Beside a line without a gap: keeps the next gap beside its figure.
                m.element(
                    "p",
                    &[("class", "tic-glance__line"), ("aria-hidden", "true")],
                    "",
                );
                continue;
            }
            m.open("p", &[("class", "tic-glance__line")]);
            if !prefix.is_empty() {
                m.element("span", &[("class", "tic-glance__or")], prefix);
            }
            m.text(gap).close("p");
        }
        m.close("td").open("td", &[("class", "tic-no-print")]);
        // The link goes to what decides the verdict.
        if let Some(field) = row
            .link
            .as_ref()
            .and_then(|r| field_for(r, state.answers()))
        {
            write_change_link(&mut m, field, &row.title, lang);
        }
        m.close("td").close("tr");
    }
    m.close("tbody").close("table");
    html! {
        <div class="tic-glance__scroll" onclick={follow_field_links(dispatch)}>{ m.into_html() }</div>
    }
}
