//! The picture of the figures year by year, drawn as inline SVG with the same figures in a
//! table beside it. It tells the plan's year and the thresholds by outline, hatching, dashes and
//! words, never by colour alone, so it prints in black and white.

use crate::markup::Markup;
use crate::rules::lang::Lang;
use crate::rules::money_display::{
    format_amount, format_compared_percent, format_percent, format_threshold_percent, Rounding,
};
use crate::rules::planner::PictureYear;
use crate::words::*;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// The drawing's width in its own units; it scales to the page (320 px and up). Coordinates
/// are whole units: no floating point anywhere, for the figures or the drawing.
const WIDTH: i64 = 640;
const PANEL: i64 = 150;
const MARGIN: i64 = 110;

/// The height of a bar for a share of a panel, from 0 to 1, in whole units.
fn height_of(share: Decimal) -> i64 {
    (share.clamp(Decimal::ZERO, Decimal::ONE) * Decimal::from(PANEL - 30))
        .round()
        .to_i64()
        .unwrap_or(0)
}

/// A coordinate of the drawing, in the SVG's text.
fn coordinate(x: i64) -> String {
    x.to_string()
}

/// The three panels (revenue and R&D; the R&D ratio against the band's minimum; the domestic
/// share against 60 %) and the table of the same figures.
pub fn write_picture(
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
                ("y", &coordinate(top + 16)),
                ("font-size", "16"),
                ("font-weight", "700"),
            ],
            title,
        )
        .open(
            "line",
            &[
                ("x1", "0"),
                ("x2", &coordinate(WIDTH)),
                ("y1", &coordinate(top + PANEL)),
                ("y2", &coordinate(top + PANEL)),
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
                    ("x", &coordinate(x)),
                    ("y", &coordinate(top + PANEL - h)),
                    ("width", &coordinate(w)),
                    ("height", &coordinate(h)),
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
                    ("x", &coordinate(x + group / 2)),
                    ("y", &coordinate(top + PANEL + 20)),
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
                ("x2", &coordinate(WIDTH)),
                ("y1", &coordinate(y)),
                ("y2", &coordinate(y)),
                ("stroke", "#0b0c0c"),
                ("stroke-width", "2"),
                ("stroke-dasharray", "10 6"),
            ],
        )
        .close("line")
        .element(
            "text",
            &[
                ("x", &coordinate(WIDTH)),
                ("y", &coordinate(y - 6)),
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
    let percent = |v: Option<Decimal>, minimum: Option<Decimal>| {
        v.map_or_else(
            || "—".to_string(),
            |v| match minimum {
                Some(minimum) => format_compared_percent(v, minimum, lang),
                None => format_percent(v, Rounding::Nearest),
            },
        )
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
            &percent(y.ratio(), required_ratio),
        )
        .element(
            "td",
            &[("data-label", PICTURE_SHARE_COLUMN().get(lang))],
            &percent(y.domestic_share(), Some(min_share)),
        )
        .close("tr");
    }
    m.close("tbody").close("table");
}
