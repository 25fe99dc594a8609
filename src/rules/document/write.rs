//! The answers document written as JSON, as the export and the draft write it: borrowed, so
//! that writing never copies the answers, and written as it goes.

use super::{About, SCHEMA_VERSION};
use crate::rules::answers::{Answers, Financials, OperatingHistory};
use crate::rules::json;
use crate::rules::money::Money;
use crate::rules::progress::Progress;

/// The document of `answers` and `checklist`, pretty-printed, as the export and the draft write
/// it; borrowed, so that writing never copies the answers, and written as it goes.
pub fn write_document(answers: &Answers, about: &About, checklist: &[Progress]) -> String {
    let mut w = json::Writer::default();
    w.open('{');
    w.key("schema_version");
    w.raw(&SCHEMA_VERSION.to_string());
    if let Some(path) = answers.path {
        w.key("path");
        w.string(path.key());
    }
    w.key("declarations");
    w.open('{');
    for (q, a) in answers.declarations.iter() {
        w.key(q.key());
        w.string(a.key());
    }
    w.close('}');
    write_financials(&mut w, &answers.financials);
    for (name, amount) in [
        (
            "committed_average_annual_rd",
            answers.committed_average_annual_rd,
        ),
        (
            "planned_domestic_average_annual_rd",
            answers.planned_domestic_average_annual_rd,
        ),
        ("rd_since_founding", answers.rd_since_founding),
        (
            "rd_since_founding_domestic",
            answers.rd_since_founding_domestic,
        ),
    ] {
        write_money(&mut w, name, amount);
    }
    if answers.figures_confirmed {
        w.key("figures_confirmed");
        w.raw("true");
    }
    if !about.organisation.is_empty() || !about.filled_by.is_empty() {
        w.key("about");
        w.open('{');
        for (key, name) in [
            ("organisation", &about.organisation),
            ("filled_by", &about.filled_by),
        ] {
            if !name.is_empty() {
                w.key(key);
                w.string(name);
            }
        }
        w.close('}');
    }
    if !checklist.is_empty() {
        w.key("checklist");
        w.open('[');
        for p in checklist {
            w.item();
            w.open('{');
            w.key("item");
            w.string(&p.item);
            w.key("status");
            w.string(p.status.key());
            if !p.note.is_empty() {
                w.key("note");
                w.string(&p.note);
            }
            w.close('}');
        }
        w.close(']');
    }
    w.close('}');
    w.finish()
}

fn write_financials(w: &mut json::Writer, fin: &Financials) {
    w.key("financials");
    w.open('{');
    if let Some(year) = fin.latest_fiscal_year {
        w.key("latest_fiscal_year");
        w.raw(&year.to_string());
    }
    if let Some(history) = fin.operating_history {
        w.key("operating_history");
        w.open('{');
        w.key("kind");
        match history {
            OperatingHistory::ThreeYearsOrMore => w.string("three_years_or_more"),
            OperatingHistory::FoundedOn { date } => {
                w.string("founded_on");
                w.key("date");
                w.string(&date.to_string());
            }
            OperatingHistory::FoundedIn {
                year,
                months_in_first_year,
            } => {
                w.string("founded_in");
                w.key("year");
                w.raw(&year.to_string());
                w.key("months_in_first_year");
                w.raw(&months_in_first_year.to_string());
            }
        }
        w.close('}');
    }
    w.key("years");
    w.open('[');
    for y in &fin.years {
        w.item();
        w.open('{');
        w.key("year");
        w.raw(&y.year.to_string());
        for (name, amount) in [
            ("sales_revenue", y.sales_revenue),
            ("rd_total", y.rd_total),
            ("rd_domestic", y.rd_domestic),
        ] {
            write_money(w, name, amount);
        }
        w.close('}');
    }
    w.close(']');
    w.close('}');
}

/// `"name": {"value": "1234.56", "unit": "wan"}`, as [`Money::written`] gives it; nothing for
/// no amount.
fn write_money(w: &mut json::Writer, name: &str, amount: Option<Money>) {
    let Some(m) = amount else { return };
    let (value, unit) = m.written();
    w.key(name);
    w.open('{');
    w.key("value");
    w.string(&value);
    w.key("unit");
    w.string(unit);
    w.close('}');
}
