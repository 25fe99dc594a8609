//! “To apply next year”: the current year's expected revenue, the plan the rules give for it
//! ([`crate::rules::planner`]), and a picture of the figures year by year, drawn as inline SVG
//! with the same figures in a table beside it. The picture tells the plan's year and the
//! thresholds by outline, hatching, dashes and words, never by colour alone, so it prints in
//! black and white.

use super::fields::text_field;
use crate::markup::Markup;
use crate::rules::explain::Amounts;
use crate::rules::lang::Lang;
use crate::rules::money_display::{
    format_amount, format_percent, format_threshold_percent, Rounding,
};
use crate::rules::outcome::Assessment;
use crate::rules::planner::{
    needs_expected_revenue, picture, plan, plan_sentences, PictureYear, Planned,
};
use crate::wizard::{Action, TextField, WizardState};
use crate::words::*;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use yew::prelude::*;

/// The drawing's width in its own units; it scales to the page (320 px and up). Coordinates
/// are whole units: no floating point anywhere, for the figures or the drawing.
const WIDTH: i64 = 640;
const PANEL: i64 = 150;
const MARGIN: i64 = 110;

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
    // The picture and its table show amounts: left out with them.
    let mut chart = Markup::new();
    if amounts == Amounts::Shown {
        if let Some(period) = &assessment.period {
            let years = picture(
                state.answers(),
                &period.years,
                planned.as_ref().unwrap_or(&Planned::NotYet),
            );
            let required = assessment
                .condition(crate::rules::outcome::Condition::RdIntensity)
                .and_then(|c| c.revenue_scale.as_ref())
                .map(|s| s.min_rd_ratio);
            write_picture(
                &mut chart,
                &years,
                required,
                assessment.rules.min_domestic_rd_share.value,
                lang,
            );
        }
    }
    let mut heading = Markup::new();
    heading
        .element(
            "h2",
            &[("class", "tic-heading-m"), ("id", "tic-plan-title")],
            PLAN_TITLE().get(lang),
        )
        .element("p", &[("class", "tic-body")], PLAN_INTRO().get(lang));
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

/// The height of a bar for a share of a panel, from 0 to 1, in whole units.
fn height_of(share: Decimal) -> i64 {
    (share.clamp(Decimal::ZERO, Decimal::ONE) * Decimal::from(PANEL - 30))
        .round()
        .to_i64()
        .unwrap_or(0)
}

/// A coordinate of the drawing.
fn n(x: i64) -> String {
    x.to_string()
}

/// The three panels (revenue and R&D; the R&D ratio against the band's minimum; the domestic
/// share against 60 %) and the table of the same figures.
fn write_picture(
    m: &mut Markup,
    years: &[PictureYear],
    required_ratio: Option<Decimal>,
    min_share: Decimal,
    lang: Lang,
) {
    if years.is_empty() {
        return;
    }
    // The bars keep clear of the right margin, where the minimums are named.
    let group = (WIDTH - MARGIN) / years.len() as i64;
    let height = PANEL * 3 + 90;
    let summary = PICTURE_DESC().get(lang);
    m.open("figure", &[("class", "tic-picture"), ("id", "tic-picture")])
        .open(
            "svg",
            &[
                ("xmlns", "http://www.w3.org/2000/svg"),
                ("viewBox", &format!("0 0 {WIDTH} {height}")),
                ("role", "img"),
                ("aria-labelledby", "tic-picture-title tic-picture-desc"),
                ("class", "tic-picture__svg"),
            ],
        )
        .element(
            "title",
            &[("id", "tic-picture-title")],
            PICTURE_TITLE().get(lang),
        )
        .element("desc", &[("id", "tic-picture-desc")], summary)
        .open("defs", &[])
        .open(
            "pattern",
            &[
                ("id", "tic-hatch"),
                ("width", "8"),
                ("height", "8"),
                ("patternUnits", "userSpaceOnUse"),
                ("patternTransform", "rotate(45)"),
            ],
        )
        .open(
            "line",
            &[
                ("x1", "0"),
                ("y1", "0"),
                ("x2", "0"),
                ("y2", "8"),
                ("stroke", "#000"),
                ("stroke-width", "3"),
            ],
        )
        .close("line")
        .close("pattern")
        .close("defs");
    let max_amount = years
        .iter()
        .flat_map(|y| [y.revenue, y.rd])
        .flatten()
        .fold(Decimal::ZERO, Decimal::max);
    // The ratio panel's top is a quarter above the highest ratio or the minimum.
    let max_ratio = years
        .iter()
        .filter_map(|y| y.ratio())
        .chain(required_ratio)
        .fold(Decimal::ZERO, Decimal::max)
        * Decimal::new(125, 2);
    let panels: [(&str, i64); 3] = [
        (PICTURE_AMOUNTS().get(lang), 0),
        (PICTURE_RATIO().get(lang), PANEL + 30),
        (PICTURE_SHARE().get(lang), 2 * PANEL + 60),
    ];
    for (title, top) in panels {
        m.element(
            "text",
            &[
                ("x", "0"),
                ("y", &n(top + 16)),
                ("font-size", "16"),
                ("font-weight", "700"),
            ],
            title,
        )
        .open(
            "line",
            &[
                ("x1", "0"),
                ("x2", &n(WIDTH)),
                ("y1", &n(top + PANEL)),
                ("y2", &n(top + PANEL)),
                ("stroke", "#000"),
            ],
        )
        .close("line");
    }
    let bar =
        |m: &mut Markup, x: i64, w: i64, top: i64, share: Decimal, solid: bool, planned: bool| {
            let h = height_of(share);
            let fill = match (planned, solid) {
                (true, _) => "url(#tic-hatch)",
                (false, true) => "#0b0c0c",
                (false, false) => "#fff",
            };
            m.open(
                "rect",
                &[
                    ("x", &n(x)),
                    ("y", &n(top + PANEL - h)),
                    ("width", &n(w)),
                    ("height", &n(h)),
                    ("fill", fill),
                    ("stroke", "#0b0c0c"),
                    ("stroke-width", "2"),
                    ("stroke-dasharray", if planned { "6 3" } else { "none" }),
                ],
            )
            .close("rect");
        };
    for (i, y) in years.iter().enumerate() {
        let x = i as i64 * group;
        let w = group * 3 / 10;
        let label = if y.planned {
            format!("{}{}", y.year, PICTURE_PLANNED().get(lang))
        } else {
            y.year.to_string()
        };
        for (_, top) in panels {
            m.element(
                "text",
                &[
                    ("x", &n(x + group / 2)),
                    ("y", &n(top + PANEL + 20)),
                    ("font-size", "16"),
                    ("text-anchor", "middle"),
                ],
                &label,
            );
        }
        if !max_amount.is_zero() {
            if let Some(r) = y.revenue {
                bar(
                    m,
                    x + group * 15 / 100,
                    w,
                    0,
                    r / max_amount,
                    false,
                    y.planned,
                );
            }
            if let Some(rd) = y.rd {
                bar(
                    m,
                    x + group * 55 / 100,
                    w,
                    0,
                    rd / max_amount,
                    true,
                    y.planned,
                );
            }
        }
        if let (Some(ratio), false) = (y.ratio(), max_ratio.is_zero()) {
            bar(
                m,
                x + group * 35 / 100,
                w,
                panels[1].1,
                ratio / max_ratio,
                true,
                y.planned,
            );
        }
        if let Some(share) = y.domestic_share() {
            bar(
                m,
                x + group * 35 / 100,
                w,
                panels[2].1,
                share,
                true,
                y.planned,
            );
        }
    }
    // The minimums, as dashed lines with their value written beside them.
    let threshold = |m: &mut Markup, top: i64, share: Decimal, text: &str| {
        let y = top + PANEL - height_of(share);
        m.open(
            "line",
            &[
                ("x1", "0"),
                ("x2", &n(WIDTH)),
                ("y1", &n(y)),
                ("y2", &n(y)),
                ("stroke", "#0b0c0c"),
                ("stroke-width", "2"),
                ("stroke-dasharray", "10 6"),
            ],
        )
        .close("line")
        .element(
            "text",
            &[
                ("x", &n(WIDTH)),
                ("y", &n(y - 6)),
                ("font-size", "15"),
                ("text-anchor", "end"),
            ],
            text,
        );
    };
    if let (Some(required), false) = (required_ratio, max_ratio.is_zero()) {
        let text = format!(
            "{}{}",
            PICTURE_REQUIRED().get(lang),
            format_threshold_percent(required)
        );
        threshold(m, panels[1].1, required / max_ratio, &text);
    }
    let text = format!(
        "{}{}",
        PICTURE_REQUIRED().get(lang),
        format_threshold_percent(min_share)
    );
    threshold(m, panels[2].1, min_share, &text);
    m.close("svg");
    // The legend in words: what outline, solid and hatching mean.
    m.element(
        "figcaption",
        &[("class", "tic-hint")],
        PICTURE_LEGEND().get(lang),
    );
    m.close("figure");
    // The same figures, as a table.
    let money = |v: Option<Decimal>| {
        v.map_or_else(
            || "—".to_string(),
            |v| format_amount(v, Rounding::Nearest, lang),
        )
    };
    let percent = |v: Option<Decimal>| {
        v.map_or_else(|| "—".to_string(), |v| format_percent(v, Rounding::Down))
    };
    m.table_head(
        &[("class", "tic-table"), ("id", "tic-picture-table")],
        "tic-heading-s",
        PICTURE_TABLE().get(lang),
        &[
            FISCAL_YEAR(),
            PICTURE_REVENUE(),
            PICTURE_RD(),
            PICTURE_RATIO_COLUMN(),
            PICTURE_SHARE_COLUMN(),
        ]
        .map(|h| h.get(lang)),
    )
    .table_body();
    for y in years {
        let year = if y.planned {
            format!("{}{}", y.year, PICTURE_PLANNED().get(lang))
        } else {
            y.year.to_string()
        };
        m.open(
            "tr",
            &[("data-planned", if y.planned { "true" } else { "false" })],
        )
        .element("th", &[("scope", "row")], &year)
        .element(
            "td",
            &[("data-label", PICTURE_REVENUE().get(lang))],
            &money(y.revenue),
        )
        .element(
            "td",
            &[("data-label", PICTURE_RD().get(lang))],
            &money(y.rd),
        )
        .element(
            "td",
            &[("data-label", PICTURE_RATIO_COLUMN().get(lang))],
            &percent(y.ratio()),
        )
        .element(
            "td",
            &[("data-label", PICTURE_SHARE_COLUMN().get(lang))],
            &percent(y.domestic_share()),
        )
        .close("tr");
    }
    m.close("tbody").close("table");
}
