//! The results at a glance: one row per condition with its verdict, the key figure against what
//! is required, the gap in money, and a link to the field that would change it. The cells come
//! from [`crate::rules::at_a_glance`]; the fields from [`crate::wizard::field_for`].

use super::change_link::{follow_field_links, write_change_link};
use super::verdict_tag::write_verdict_tag;
use crate::markup::Markup;
use crate::rules::at_a_glance::{deciding_findings, gap_column, glance_lines, route_words};
use crate::rules::explain::Amounts;
use crate::rules::outcome::{Assessment, Verdict};
use crate::wizard::{field_for, Action, WizardState};
use crate::words::*;
use yew::prelude::*;

pub fn summary_table(
    state: &WizardState,
    assessment: &Assessment,
    amounts: Amounts,
    dispatch: &Callback<Action>,
) -> Html {
    let lang = state.lang;
    let mut m = Markup::new();
    m.table_head(
        &[
            ("class", "tic-table tic-glance"),
            ("id", "tic-summary-table"),
        ],
        "tic-heading-m tic-glance__caption",
        GLANCE_TITLE().get(lang),
        &[
            GLANCE_CONDITION(),
            GLANCE_VERDICT(),
            GLANCE_FIGURE(),
            GLANCE_GAP(),
        ]
        .map(|h| h.get(lang)),
    )
    .open("th", &[("scope", "col"), ("class", "tic-no-print")])
    .element(
        "span",
        &[("class", "tic-visually-hidden")],
        CHANGE().get(lang),
    )
    .close("th")
    .table_body();
    for c in &assessment.conditions {
        let title = c.condition.title().get(lang);
        let (has_routes, lines) = glance_lines(c, lang, amounts);
        m.open("tr", &[("data-condition", c.condition.key())])
            .open("th", &[("scope", "row")])
            .element(
                "span",
                &[("class", "tic-glance__citation")],
                c.clause.citation(lang),
            )
            .text(" ")
            .text(title)
            .close("th")
            .open("td", &[("data-label", GLANCE_VERDICT().get(lang))]);
        write_verdict_tag(&mut m, c.verdict, lang);
        m.close("td")
            .open("td", &[("data-label", GLANCE_FIGURE().get(lang))]);
        // Routes of which either is enough read as alternatives: “任选其一：” above them, “或”
        // before each after the first, in both columns, so that no one adds the gaps up.
        if has_routes {
            m.element(
                "p",
                &[("class", "tic-glance__line tic-glance__either")],
                route_words(lang).0,
            );
        }
        for (prefix, k) in &lines {
            m.open("p", &[("class", "tic-glance__line")]);
            if !prefix.is_empty() {
                m.element("span", &[("class", "tic-glance__or")], prefix);
            }
            m.text(&k.text).close("p");
        }
        m.close("td").open(
            "td",
            &[
                ("class", "tic-glance__gap"),
                ("data-label", GLANCE_GAP().get(lang)),
            ],
        );
        if has_routes {
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
        for (prefix, gap) in gap_column(&lines) {
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
        // The link goes to what decides the verdict: for a condition not met (or not known),
        // the first finding that is not met.
        let field = deciding_findings(c)
            .find(|f| c.verdict == Verdict::Met || f.verdict != Verdict::Met)
            .and_then(|f| field_for(&f.reason, state.answers()));
        if let Some(field) = field {
            write_change_link(&mut m, field, title, lang);
        }
        m.close("td").close("tr");
    }
    m.close("tbody").close("table");
    html! {
        <div class="tic-glance__scroll" onclick={follow_field_links(dispatch)}>{ m.into_html() }</div>
    }
}
