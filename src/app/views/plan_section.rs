//! “To apply next year”: the current year's expected revenue, the plan the rules give for it
//! ([`crate::rules::planner`]), and the picture of the figures year by year
//! ([`super::picture`]). A plan waits while today's figures or the expected revenue look like a
//! slip: it says which, links to them, and offers to confirm the expected revenue.

use super::change_link::follow_field_links;
use super::fields::{button, checkbox, text_field};
use super::picture::write_picture;
use super::unlikely_figures::write_warning_items;
use crate::markup::Markup;
use crate::rules::explain::Amounts;
use crate::rules::lang::Lang;
use crate::rules::money::Money;
use crate::rules::outcome::{Assessment, Overall};
use crate::rules::planner::{
    needs_expected_revenue, picture, picture_periods, plan_sentences, plan_with, ExpectedRevenue,
    Planned,
};
use crate::wizard::{Action, Step, TextField, WizardState};
use crate::words::*;
use yew::prelude::*;

pub fn plan_section(
    state: &WizardState,
    assessment: &Assessment,
    amounts: Amounts,
    dispatch: &Callback<Action>,
) -> Html {
    let lang = state.lang;
    // Art. 5's plan starts from the revenue expected this year; Art. 6's needs none.
    let is_art5 = needs_expected_revenue(state.answers(), state.as_of);
    let expected = state.expected_revenue_typed();
    let planned = match (is_art5, expected) {
        (true, None) => None,
        (_, expected) => Some(plan_with(
            state.answers(),
            state.as_of,
            expected.unwrap_or(ExpectedRevenue {
                typed: Money::from_yuan(Default::default()),
                unit_written: true,
                confirmed: false,
            }),
        )),
    };
    let mut lines = Markup::new();
    if amounts == Amounts::Hidden {
        // The plan is made of amounts worked out from the applicant's own: left out with them.
        lines.element(
            "p",
            &[("class", "tic-inset"), ("id", "tic-plan-withheld")],
            PLAN_WITHHELD().get(lang),
        );
    } else if let Some(planned) = &planned {
        let sentences = plan_sentences(planned, assessment.rules, lang);
        if let Planned::WaitsForFigures { warnings } | Planned::CheckExpectedRevenue { warnings } =
            planned
        {
            // What the plan waits for: its lead, the figures each linking to its field (a unit
            // typed wrong with its fix) in place of their sentences, and what to do.
            let (lead, then) = (&sentences[0], &sentences[sentences.len() - 1]);
            lines
                .element(
                    "p",
                    &[("class", "tic-body"), ("id", "tic-plan-lines")],
                    lead,
                )
                .open(
                    "div",
                    &[
                        ("class", "tic-inset tic-inset--warning"),
                        ("id", "tic-plan-checks"),
                    ],
                );
            write_warning_items(&mut lines, warnings, &[], lang);
            lines
                .close("div")
                .element("p", &[("class", "tic-body")], then);
        } else {
            lines.open(
                "ul",
                &[
                    ("class", "tic-list tic-list--bullet"),
                    ("id", "tic-plan-lines"),
                ],
            );
            for line in &sentences {
                lines.element("li", &[], line);
            }
            lines.close("ul");
        }
    }
    // The picture and its tables show amounts: left out with them.
    let mut chart = Markup::new();
    if amounts == Amounts::Shown {
        if let Some(period) = &assessment.period {
            let planned = planned.as_ref().unwrap_or(&Planned::NotYet);
            let years = picture(state.answers(), &period.years, planned);
            let periods = picture_periods(state.answers(), assessment, planned);
            write_picture(&mut chart, &years, &periods, lang);
        }
    }
    let eligible = assessment.overall == Overall::PreliminarilyEligible;
    let mut heading = Markup::new();
    heading
        .element(
            "h2",
            &[("class", "tic-heading-m"), ("id", "tic-plan-title")],
            if is_art5 {
                PLAN_TITLE()
            } else {
                PLAN_TITLE_ART6()
            }
            .get(lang),
        )
        .element(
            "p",
            &[("class", "tic-body"), ("id", "tic-plan-intro")],
            match (is_art5, eligible) {
                (false, _) => PLAN_INTRO_ART6(),
                (true, true) => PLAN_INTRO_ELIGIBLE(),
                (true, false) => PLAN_INTRO(),
            }
            .get(lang),
        );
    let waits_for_check = matches!(planned, Some(Planned::WaitsForFigures { .. }));
    let check_revenue = matches!(planned, Some(Planned::CheckExpectedRevenue { .. }))
        || state.expected_revenue_confirmed;
    let confirmed = state.expected_revenue_confirmed;
    html! {
        <section class="tic-section tic-plan" id="tic-plan" aria-labelledby="tic-plan-title">
            { heading.into_html() }
            if is_art5 {
                <div class="tic-no-print">
                    { text_field(state, dispatch, TextField::ExpectedRevenue, &expected_label(state, lang), PLAN_REVENUE_HINT().get(lang), false) }
                </div>
            }
            <div aria-live="polite" onclick={follow_field_links(dispatch)}>{ lines.into_html() }</div>
            if amounts == Amounts::Shown && check_revenue {
                <div class="tic-no-print">
                    { checkbox(dispatch, "tic-expected-revenue-confirmed", confirmed,
                        CONFIRM_EXPECTED_REVENUE().get(lang), None, Action::ConfirmExpectedRevenue(!confirmed)) }
                </div>
            }
            if amounts == Amounts::Shown && waits_for_check {
                <p class="tic-no-print">
                    { button(dispatch, "secondary", Some("tic-plan-go-check"),
                        PLAN_GO_CHECK().get(lang), Action::Go(Step::Check)) }
                </p>
            }
            { chart.into_html() }
        </section>
    }
}

fn expected_label(state: &WizardState, lang: Lang) -> String {
    crate::rules::library::fill(
        PLAN_REVENUE_LABEL().get(lang),
        &[
            ("year", &state.as_of.year),
            ("unit", &state.amount_unit.label(lang)),
        ],
    )
}
