//! The figures that look unlikely (a slip of the unit or of a digit?), each linking to its field:
//! pointed out on the figures page as they are typed, and on the check page and the result,
//! where the verdicts resting on them wait for the applicant to correct or confirm them
//! (`crate::rules::plausibility`, docs/interpretation.md item 22).

use crate::markup::Markup;
use crate::rules::lang::Lang;
use crate::rules::plausibility::Warning;
use crate::wizard::FieldId;

/// A box with `title` and one link per warning to the figure it names; nothing when there are
/// no warnings. The links are followed by the block's field-link handler.
pub fn write_unlikely_figures(m: &mut Markup, warnings: &[Warning], title: &str, lang: Lang) {
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
    .element("p", &[("class", "tic-warnings__title")], title)
    .open("ul", &[("class", "tic-list")]);
    for w in warnings {
        let (year, field) = w.year_and_field();
        m.open("li", &[])
            .element(
                "a",
                &[(
                    "href",
                    &format!("#{}", FieldId::Figure(year, field).dom_id()),
                )],
                &w.message(lang),
            )
            .close("li");
    }
    m.close("ul").close("div");
}
