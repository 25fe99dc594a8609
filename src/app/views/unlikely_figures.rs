//! The figures that look unlikely (a slip of the unit or of a digit?), each linking to its field:
//! pointed out on the figures page as they are typed, and on the check page, the result and the
//! live figures, where the verdicts resting on them wait for the applicant to correct or confirm
//! them (`crate::rules::plausibility`, docs/interpretation.md item 22). A figure that reads as a
//! unit typed wrong offers the fix: one press types it again in the unit it was most likely
//! meant in.

use crate::markup::Markup;
use crate::rules::lang::Lang;
use crate::rules::library::fill;
use crate::rules::money_display::{format_amount, Rounding};
use crate::rules::plausibility::Warning;
use crate::wizard::FieldId;
use crate::words::FIX_UNIT;

/// A box with `title` and one item per warning (see [`write_warning_items`]); nothing when
/// there are no warnings. The links are followed by the block's field-link handler.
pub fn write_unlikely_figures(
    m: &mut Markup,
    warnings: &[Warning],
    confirmed: &[Warning],
    title: &str,
    lang: Lang,
) {
    if warnings.is_empty() {
        return;
    }
    m.open(
        "div",
        &[
            ("class", "tic-inset tic-inset--warning"),
            ("id", "tic-unlikely-figures"),
        ],
    )
    .element("p", &[("class", "tic-warnings__title")], title);
    write_warning_items(m, warnings, confirmed, lang);
    m.close("div");
}

/// One list item per warning: its message (confirmed or still to check) as a link to the figure
/// it names and, for a unit typed wrong, a button-like link that types the figure again in the
/// unit meant (`data-fix`, read by the field-link handler).
pub fn write_warning_items(
    m: &mut Markup,
    warnings: &[Warning],
    confirmed: &[Warning],
    lang: Lang,
) {
    m.open("ul", &[("class", "tic-list")]);
    for w in warnings {
        let field = FieldId::of_figure(w.figure());
        let href = format!("#{}", field.dom_id());
        let is_confirmed = confirmed.contains(w);
        m.open("li", &[]).element(
            "a",
            &[("href", &href)],
            &w.message(is_confirmed, lang, true),
        );
        if let (Some(slip), false) = (w.slip(), is_confirmed) {
            let label = fill(
                FIX_UNIT().get(lang),
                &[
                    ("meant", &slip.meant.label(lang)),
                    (
                        "corrected",
                        &format_amount(slip.corrected(), Rounding::Nearest, lang),
                    ),
                ],
            );
            m.text(" ").element(
                "a",
                &[
                    ("class", "tic-link-button tic-no-print"),
                    ("href", &href),
                    ("data-fix", &slip.corrected_text()),
                ],
                &label,
            );
        }
        m.close("li");
    }
    m.close("ul");
}
