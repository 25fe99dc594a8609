//! “To apply next year”: the current year's expected revenue, the plan the rules give for it
//! ([`crate::rules::planner`]), and the picture of the figures year by year
//! ([`super::picture`]).

use super::fields::text_field;
use super::picture::write_picture;
use crate::markup::Markup;
use crate::rules::explain::Amounts;
use crate::rules::lang::Lang;
use crate::rules::outcome::Assessment;
use crate::rules::planner::{
    needs_expected_revenue, picture, picture_periods, plan, plan_sentences, Planned,
};
use crate::wizard::{Action, TextField, WizardState};
use crate::words::*;
use yew::prelude::*;

pub fn plan_section(
    state: &WizardState,
    assessment: &Assessment,
    amounts: Amounts,
    dispatch: &Callback<Action>,
) -> Html {
    let lang = state.lang;
    let expected = state.expected_revenue().map(|m| m.yuan());
    // Art. 5's plan starts from the revenue expected this year; Art. 6's needs none.
    let is_art5 = needs_expected_revenue(state.answers(), state.as_of);
    let planned = match (is_art5, expected) {
        (true, None) => None,
        (_, expected) => Some(plan(
            state.answers(),
            state.as_of,
            expected.unwrap_or_default(),
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
        lines.open(
            "ul",
            &[
                ("class", "tic-list tic-list--bullet"),
                ("id", "tic-plan-lines"),
            ],
        );
        for line in plan_sentences(planned, assessment.rules, lang) {
            lines.element("li", &[], &line);
        }
        lines.close("ul");
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
    let mut heading = Markup::new();
    heading
        .element(
            "h2",
            &[("class", "tic-heading-m"), ("id", "tic-plan-title")],
            PLAN_TITLE().get(lang),
        )
        .element(
            "p",
            &[("class", "tic-body"), ("id", "tic-plan-intro")],
            if is_art5 {
                PLAN_INTRO()
            } else {
                PLAN_INTRO_ART6()
            }
            .get(lang),
        );
    html! {
        <section class="tic-section tic-plan" id="tic-plan" aria-labelledby="tic-plan-title">
            { heading.into_html() }
            if is_art5 {
                <div class="tic-no-print">
                    { text_field(state, dispatch, TextField::ExpectedRevenue, &expected_label(state, lang), PLAN_REVENUE_HINT().get(lang), false) }
                </div>
            }
            <div aria-live="polite">{ lines.into_html() }</div>
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
