//! The picture of the figures: each year's amounts, then what the rules test over each period of
//! “近3年” (the ratio, the growth, the share within China), the next round's period hatched, with
//! the same figures in tables beside it. Inline SVG, one small drawing per panel under an HTML
//! title, so that titles wrap and labels keep their size on a phone: the drawings are as wide as
//! the page (horizontal positions in per cent) and have no `viewBox` to shrink their text. It
//! tells the plan and the minimums by hatching, dashes and words, never by colour alone, so it
//! prints in black and white.

use crate::markup::Markup;
use crate::rules::dates::year_span;
use crate::rules::explain::describe_growth;
use crate::rules::lang::Lang;
use crate::rules::money_display::{
    format_amount, format_compared_percent, format_threshold_percent, Rounding,
};
use crate::rules::planner::{PicturePeriod, PictureYear, Tested};
use crate::words::*;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// The height of a drawing's plotting area, and the room above it (for the value written over a
/// bar) and below it (for the year, and “planned” under it), in CSS pixels. No floating point:
/// heights are whole pixels, horizontal positions tenths of a per cent.
const PLOT: i64 = 110;
const ABOVE: i64 = 20;
const BELOW: i64 = 40;

/// A horizontal position or width, from tenths of a per cent.
fn per_cent(tenths: i64) -> String {
    format!("{}.{}%", tenths / 10, tenths % 10)
}

/// The height of a bar for a share of the plotting area, from 0 to 1, in whole pixels.
fn height_of(share: Decimal) -> i64 {
    (share.clamp(Decimal::ZERO, Decimal::ONE) * Decimal::from(PLOT))
        .round()
        .to_i64()
        .unwrap_or(0)
}

/// A panel's title, looked up in the page's language when it is drawn.
type PanelTitle = fn() -> crate::rules::lang::Bilingual;

/// The panels and the tables of the same figures. `years` are drawn as amounts; `periods` as
/// what the rules test over each.
pub fn write_picture(m: &mut Markup, years: &[PictureYear], periods: &[PicturePeriod], lang: Lang) {
    if years.is_empty() && periods.is_empty() {
        return;
    }
    m.open("figure", &[("class", "tic-picture"), ("id", "tic-picture")])
        .element(
            "p",
            &[("class", "tic-heading-s tic-picture__heading")],
            PICTURE_TITLE().get(lang),
        )
        .element(
            "p",
            &[("class", "tic-hint"), ("id", "tic-picture-desc")],
            PICTURE_DESC().get(lang),
        )
        .open("div", &[("class", "tic-picture__panels")]);
    write_hatch(m);
    if !years.is_empty() {
        amounts_panel(m, years, lang);
    }
    let panels: [(&str, PanelTitle, Measure); 3] = [
        ("ratio", PICTURE_RATIO, Measure::Ratio),
        ("growth", PICTURE_GROWTH, Measure::Growth),
        ("share", PICTURE_SHARE, Measure::Share),
    ];
    for (id, title, measure) in panels {
        if periods.iter().any(|p| measure.of(p).is_some()) {
            period_panel(m, id, title().get(lang), periods, measure, lang);
        }
    }
    m.close("div").close("figure");
    years_table(m, years, lang);
    periods_table(m, periods, lang);
}

/// The hatching the planned bars are filled with, defined once for every drawing on the page.
fn write_hatch(m: &mut Markup) {
    m.raw(concat!(
        r##"<svg class="tic-picture__defs" width="0" height="0" aria-hidden="true"><defs>"##,
        r##"<pattern id="tic-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">"##,
        r##"<line x1="0" y1="0" x2="0" y2="8" stroke="#000" stroke-width="3"></line></pattern></defs></svg>"##
    ));
}

/// A panel's title (HTML, so that it wraps) and its drawing, opened; the caller draws and
/// closes it with [`close_panel`].
fn open_panel(m: &mut Markup, id: &str, title: &str) {
    m.raw_fmt(format_args!(
        r#"<div class="tic-picture__panel" id="tic-picture-{id}"><p class="tic-picture__title" id="tic-picture-{id}-title">"#
    ))
    .text(title)
    .raw_fmt(format_args!(
        concat!(
            r#"</p><svg xmlns="http://www.w3.org/2000/svg" width="100%" height="{h}" role="img" aria-labelledby="tic-picture-{id}-title tic-picture-desc" class="tic-picture__svg">"#,
            r##"<line x1="0" x2="100%" y1="{axis}" y2="{axis}" stroke="#0b0c0c"></line>"##
        ),
        id = id,
        h = ABOVE + PLOT + BELOW,
        axis = ABOVE + PLOT
    ));
}

fn close_panel(m: &mut Markup) {
    m.raw("</svg></div>");
}

/// A bar from the axis up, `left` and `width` in tenths of a per cent.
fn bar(m: &mut Markup, left: i64, width: i64, share: Decimal, solid: bool, planned: bool) {
    let h = height_of(share);
    let fill = match (planned, solid) {
        (true, _) => "url(#tic-hatch)",
        (false, true) => "#0b0c0c",
        (false, false) => "#fff",
    };
    m.raw_fmt(format_args!(
        r##"<rect x="{}" y="{}" width="{}" height="{h}" fill="{fill}" stroke="#0b0c0c" stroke-width="2" stroke-dasharray="{}"></rect>"##,
        per_cent(left),
        ABOVE + PLOT - h,
        per_cent(width),
        if planned { "6 3" } else { "none" },
    ));
}

/// Text at a horizontal position (tenths of a per cent) and a height; `anchor` as SVG's.
fn label(m: &mut Markup, x: i64, y: i64, anchor: &str, class: &str, text: &str) {
    m.raw_fmt(format_args!(
        r#"<text x="{}" y="{y}" text-anchor="{anchor}" class="{class}">"#,
        per_cent(x)
    ))
    .text(text)
    .raw("</text>");
}

/// A group's label under the axis: the year or the period, and “planned” under it.
fn group_label(m: &mut Markup, centre: i64, text: &str, planned: bool, lang: Lang) {
    label(
        m,
        centre,
        ABOVE + PLOT + 17,
        "middle",
        "tic-picture__label",
        text,
    );
    if planned {
        label(
            m,
            centre,
            ABOVE + PLOT + 34,
            "middle",
            "tic-picture__label",
            PICTURE_PLANNED().get(lang),
        );
    }
}

/// Each year's sales revenue (outlined) and R&D (solid), on one scale.
fn amounts_panel(m: &mut Markup, years: &[PictureYear], lang: Lang) {
    open_panel(m, "amounts", PICTURE_AMOUNTS().get(lang));
    let max = years
        .iter()
        .flat_map(|y| [y.revenue, y.rd])
        .flatten()
        .fold(Decimal::ZERO, Decimal::max);
    let group = 1000 / years.len() as i64;
    for (i, y) in years.iter().enumerate() {
        let left = i as i64 * group;
        if !max.is_zero() {
            if let Some(revenue) = y.revenue {
                bar(
                    m,
                    left + group * 15 / 100,
                    group * 3 / 10,
                    revenue / max,
                    false,
                    y.planned,
                );
            }
            if let Some(rd) = y.rd {
                bar(
                    m,
                    left + group * 55 / 100,
                    group * 3 / 10,
                    rd / max,
                    true,
                    y.planned,
                );
            }
        }
        group_label(m, left + group / 2, &y.year.to_string(), y.planned, lang);
    }
    close_panel(m);
}

/// What a period panel draws.
#[derive(Clone, Copy)]
enum Measure {
    Ratio,
    Growth,
    Share,
}

impl Measure {
    fn of(self, p: &PicturePeriod) -> Option<Tested> {
        match self {
            Measure::Ratio => p.ratio,
            Measure::Growth => p.growth,
            Measure::Share => p.domestic_share,
        }
    }

    /// The figure as written over its bar and in the table: a percentage (the panel says what
    /// of), and a fall in R&D in words, never as a negative growth.
    fn written(self, t: Tested, lang: Lang) -> String {
        match self {
            Measure::Growth if t.value.is_sign_negative() && !t.value.is_zero() => {
                describe_growth(t.value, t.minimum, lang)
            }
            _ => format_compared_percent(t.value, t.minimum, lang),
        }
    }
}

/// The years of a period as its label writes them (`2022—2024`, or one year).
fn period_years(p: &PicturePeriod, lang: Lang) -> String {
    year_span(p.first_year, p.latest_year, lang)
}

/// One bar per period for `measure`, each with its own minimum as a dashed line across the
/// group (a plan's band may differ from the one on record). A fall in R&D draws no bar: its
/// figure says so.
fn period_panel(
    m: &mut Markup,
    id: &str,
    title: &str,
    periods: &[PicturePeriod],
    measure: Measure,
    lang: Lang,
) {
    open_panel(m, id, title);
    // The top of the scale: a quarter above the highest figure or minimum; shares go to 100 %.
    let top = match measure {
        Measure::Share => Decimal::ONE,
        _ => {
            periods
                .iter()
                .filter_map(|p| measure.of(p))
                .flat_map(|t| [t.value, t.minimum])
                .fold(Decimal::ZERO, Decimal::max)
                * Decimal::new(125, 2)
        }
    };
    let group = 1000 / periods.len() as i64;
    for (i, p) in periods.iter().enumerate() {
        let left = i as i64 * group;
        if let (Some(t), false) = (measure.of(p), top.is_zero()) {
            let bar_left = left + group * 2 / 10;
            let bar_width = group / 4;
            let share = (t.value / top).max(Decimal::ZERO);
            bar(m, bar_left, bar_width, share, true, p.planned);
            let y = ABOVE + PLOT - height_of(t.minimum / top);
            m.raw_fmt(format_args!(
                r##"<line x1="{}" x2="{}" y1="{y}" y2="{y}" stroke="#0b0c0c" stroke-width="2" stroke-dasharray="8 5"></line>"##,
                per_cent(left + group / 20),
                per_cent(left + group * 19 / 20),
            ));
            label(
                m,
                left + group * 19 / 20,
                y - 5,
                "end",
                "tic-picture__minimum",
                &format!(
                    "{}{}",
                    PICTURE_REQUIRED().get(lang),
                    format_threshold_percent(t.minimum)
                ),
            );
            // Written after the line, so that the line runs behind it.
            label(
                m,
                bar_left + bar_width / 2,
                ABOVE + PLOT - height_of(share) - 5,
                "middle",
                "tic-picture__value",
                &measure.written(t, lang),
            );
        }
        group_label(m, left + group / 2, &period_years(p, lang), p.planned, lang);
    }
    close_panel(m);
}

/// The amounts of each year, as a table.
fn years_table(m: &mut Markup, years: &[PictureYear], lang: Lang) {
    if years.is_empty() {
        return;
    }
    let money = |v: Option<Decimal>| {
        v.map_or_else(
            || "—".to_string(),
            |v| format_amount(v, Rounding::Nearest, lang),
        )
    };
    let columns = [PICTURE_REVENUE(), PICTURE_RD(), PICTURE_DOMESTIC_COLUMN()];
    let mut headings = vec![FISCAL_YEAR().get(lang)];
    headings.extend(columns.map(|h| h.get(lang)));
    m.table_head(
        &[("class", "tic-table"), ("id", "tic-picture-table")],
        "tic-heading-s",
        PICTURE_TABLE().get(lang),
        &headings,
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
        .element("th", &[("scope", "row")], &year);
        for (heading, value) in columns.iter().zip([y.revenue, y.rd, y.domestic]) {
            m.element("td", &[("data-label", heading.get(lang))], &money(value));
        }
        m.close("tr");
    }
    m.close("tbody").close("table");
}

/// What the rules test over each period, against its minimum, and the verdicts, as a table.
fn periods_table(m: &mut Markup, periods: &[PicturePeriod], lang: Lang) {
    if periods.is_empty() {
        return;
    }
    let columns = [
        (PICTURE_RATIO_COLUMN(), Measure::Ratio),
        (PICTURE_GROWTH_COLUMN(), Measure::Growth),
        (PICTURE_SHARE_COLUMN(), Measure::Share),
    ];
    let mut headings = vec![PICTURE_PERIOD().get(lang)];
    headings.extend(columns.iter().map(|(h, _)| h.get(lang)));
    m.table_head(
        &[("class", "tic-table"), ("id", "tic-picture-periods")],
        "tic-heading-s",
        PICTURE_PERIODS_TABLE().get(lang),
        &headings,
    )
    .table_body();
    for p in periods {
        let mut period = period_years(p, lang);
        if p.planned {
            period.push_str(PICTURE_PLANNED().get(lang));
        }
        m.open(
            "tr",
            &[("data-planned", if p.planned { "true" } else { "false" })],
        )
        .element("th", &[("scope", "row")], &period);
        for (heading, measure) in &columns {
            let cell = measure.of(p).map_or_else(
                || "—".to_string(),
                |t| {
                    format!(
                        "{}{}",
                        measure.written(t, lang),
                        lang.parenthesised(&format!(
                            "{}{}",
                            PICTURE_REQUIRED().get(lang),
                            format_threshold_percent(t.minimum)
                        ))
                    )
                },
            );
            m.element("td", &[("data-label", heading.get(lang))], &cell);
        }
        m.close("tr");
    }
    m.close("tbody").close("table");
}
