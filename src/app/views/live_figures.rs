//! The derived figures, worked out by the rules from the valid figures typed so far: the period,
//! the revenue band, the R&D ratio and growth against the band's thresholds, the domestic share,
//! and under Art. 6 the commitment — each condition with the one verdict the result page gives
//! it for the figures so far. Announced politely to screen readers as it changes.

use super::unlikely_figures::write_warning_items;
use super::verdict_tag::write_verdict_tag;
use crate::markup::Markup;
use crate::result::{card, live_period, Card};
use crate::rules::explain::Amounts;
use crate::rules::lang::Lang;
use crate::rules::outcome::Condition;
use crate::wizard::WizardState;
use crate::words::{LIVE_STATUS, LIVE_TITLE};
use yew::prelude::*;

pub fn live_figures(state: &WizardState) -> Html {
    let lang = state.lang;
    // Shown once the period is known, and for a new entity with no complete fiscal year yet
    // (whose Art. 6 figures need no period).
    let period = state.period().ok();
    if period.is_none() && !state.asks_since_founding() {
        return html! {};
    }
    let assessment = state.assessment();
    let shown = [
        Condition::RdIntensity,
        Condition::NewEntityStatus,
        Condition::NewEntityRd,
        Condition::DomesticRd,
    ];
    // Screen readers hear one short line, and only when a verdict changes: the worked figures
    // below change on every keystroke and are read when the person moves to them.
    let status: Vec<String> = assessment
        .conditions
        .iter()
        .filter(|c| shown.contains(&c.condition))
        .map(|c| {
            // Two conditions of one clause (Art. 6's two) are told apart by their names.
            let shared = assessment
                .conditions
                .iter()
                .filter(|o| o.clause == c.clause && shown.contains(&o.condition))
                .count()
                > 1;
            // “第六条（新建独立法人实体）符合”, “Art. 5(4) is met”: the verdict as words of the
            // sentence, with no space beside Chinese.
            let name = if shared {
                lang.parenthesised(c.condition.title().get(lang))
            } else {
                String::new()
            };
            let space = if lang == Lang::Zh { "" } else { " " };
            format!(
                "{}{name}{space}{}",
                c.clause.citation(lang),
                c.verdict.in_sentence().get(lang)
            )
        })
        .collect();
    let status = format!(
        "{}{}",
        LIVE_STATUS().get(lang),
        status.join(if lang == Lang::Zh { "；" } else { "; " })
    );
    // The worked figures are static markup, rewritten as they change; the status line stays
    // one element, so that screen readers hear its changes.
    let mut worked = Markup::new();
    if let Some(period) = live_period(&assessment, lang) {
        worked.element("p", &[("class", "tic-body")], &period);
    }
    for c in assessment
        .conditions
        .iter()
        .filter(|c| shown.contains(&c.condition))
    {
        worked
            .open("div", &[("class", "tic-live__condition")])
            .open("p", &[("class", "tic-live__heading")]);
        write_verdict_tag(&mut worked, c.verdict, lang);
        worked
            .text(&format!(
                " {} {}",
                c.clause.citation(lang),
                c.condition.title().get(lang)
            ))
            .close("p");
        write_findings(&mut worked, &card(c, lang, Amounts::Shown), lang);
        worked.close("div");
    }
    html! {
        <section class="tic-live" aria-labelledby="tic-live-title">
            <h2 class="tic-heading-s" id="tic-live-title">{ LIVE_TITLE().get(lang) }</h2>
            <p class="tic-visually-hidden" role="status" id="tic-live-status">{ status }</p>
            { worked.into_html() }
        </section>
    }
}

/// The revenue band (for Art. 5(3)) and each finding, under the condition's one verdict (its
/// heading says it): a route of Art. 5(3) says whether it holds, or that it is not needed when
/// the other route meets the condition; figures to check are listed as on the check page, each
/// linking to its field; figures the verdict rests on that the applicant confirmed are named.
/// The words are the result document's card ([`crate::result::card`]).
pub fn write_findings(m: &mut Markup, card: &Card, lang: Lang) {
    if let Some(scale) = &card.scale {
        m.element("p", &[("class", "tic-body")], scale);
    }
    if let Some(confirmed) = &card.confirmed {
        m.element(
            "p",
            &[("class", "tic-inset tic-inset--warning tic-confirmed")],
            confirmed,
        );
    }
    m.open("ul", &[("class", "tic-list")]);
    for f in &card.findings {
        let not_needed = matches!(f.route, Some((_, "not-needed")));
        m.open(
            "li",
            if not_needed {
                &[("class", "tic-finding"), ("data-not-needed", "true")][..]
            } else {
                &[("class", "tic-finding")][..]
            },
        );
        if let Some((status, state)) = &f.route {
            m.element(
                "strong",
                &[("class", "tic-route"), ("data-route", state)],
                status,
            )
            .text(" ");
        }
        m.text(&f.text);
        if !f.check.is_empty() {
            write_warning_items(m, &f.check, &[], lang);
        }
        m.close("li");
    }
    m.close("ul");
}
