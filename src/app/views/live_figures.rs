//! The derived figures, worked out by the rules from the valid figures typed so far: the period,
//! the revenue band, the R&D ratio and growth against the band's thresholds, the domestic share,
//! and under Art. 6 the commitment — each condition with the one verdict the result page gives
//! it for the figures so far. Announced politely to screen readers as it changes.

use super::unlikely_figures::write_warning_items;
use super::verdict_tag::write_verdict_tag;
use crate::markup::Markup;
use crate::rules::at_a_glance::route_status;
use crate::rules::explain::{
    describe_confirmed, describe_period, describe_reason, describe_scale_with, Amounts,
};
use crate::rules::lang::Lang;
use crate::rules::outcome::{Condition, ConditionResult, Reason};
use crate::wizard::WizardState;
use crate::words::{CHECK_BEFORE, LIVE_STATUS, LIVE_TITLE};
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
    if let Some(period) = &period {
        worked.element(
            "p",
            &[("class", "tic-body")],
            &describe_period(period, lang),
        );
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
        write_findings(&mut worked, c, lang, Amounts::Shown);
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
pub fn write_findings(m: &mut Markup, c: &ConditionResult, lang: Lang, amounts: Amounts) {
    if let Some(scale) = &c.revenue_scale {
        m.element(
            "p",
            &[("class", "tic-body")],
            &describe_scale_with(scale, lang, amounts),
        );
    }
    if let Some(confirmed) = describe_confirmed(&c.confirmed_figures, lang, amounts) {
        m.element(
            "p",
            &[("class", "tic-inset tic-inset--warning tic-confirmed")],
            &confirmed,
        );
    }
    m.open("ul", &[("class", "tic-list")]);
    for f in &c.findings {
        let route = route_status(c, f, lang);
        let not_needed = matches!(route, Some((_, "not-needed")));
        m.open(
            "li",
            if not_needed {
                &[("class", "tic-finding"), ("data-not-needed", "true")][..]
            } else {
                &[("class", "tic-finding")][..]
            },
        );
        // A route not needed is said without its shortfall: there is nothing to close.
        let amounts = if not_needed { Amounts::Hidden } else { amounts };
        if let Some((status, state)) = &route {
            m.element(
                "strong",
                &[("class", "tic-route"), ("data-route", state)],
                status,
            )
            .text(" ");
        }
        match &f.reason {
            Reason::CheckFigures { warnings } => {
                m.text(CHECK_BEFORE().get(lang));
                write_warning_items(m, warnings, &[], lang);
            }
            reason => {
                m.text(&describe_reason(reason, lang, amounts));
            }
        }
        m.close("li");
    }
    m.close("ul");
}
