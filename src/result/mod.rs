//! The result as one document, built once and rendered four ways.
//!
//! [`build`] puts the result together from the assessment, the applicant's details and the
//! answers: its sections in order (总体结论, 结果一览, 填写的数据, 还需要补充或核实, 各项条件,
//! the Art. 5(3) reference, 下一步, 结果依据), each with its heading and its blocks — paragraphs,
//! lists whose items may link to a field, the table of figures, the rows at a glance and the
//! condition cards. The results page (and so its printout), `tic-assess --text` ([`text`]), the
//! JSON report ([`report`]) and the construction-plan outline ([`outline`]) render that
//! document; none of them composes a section or calls a sentence function of its own, so the
//! four cannot disagree on an amount, a verdict or a word. What belongs only to the screen (the
//! fields, the buttons, the plan's input) stays in the views.
//!
//! The rules for showing a result live here, once: a gap in fiscal years that have ended is
//! said as past (`rules::explain`), a figure entered is shown exactly, never rounded onto a band
//! it is not in, a cross-reference names a section the same document holds, by its heading.
//!
//! A floor of its own: above the rules it renders, below the interface's words and the views.

mod build;
pub mod outline;
pub mod report;
pub mod text;

pub use build::{about_lines, art6_amounts, build, ResultInput};
// The result's words, which the results page uses too.
pub use build::{
    result_words, AMOUNTS_WITHHELD, CHECK_BEFORE, FIGURES_ENTERED, FILLED_BY_FIELD, GLANCE_TITLE,
    ORGANISATION_FIELD, PRIVACY_PRINT, RESULT_CONDITIONS, RESULT_DISCLAIMER, RESULT_NEXT,
    RESULT_NEXT_ROUND, RESULT_OVERALL, RESULT_REFERENCE, RESULT_TITLE, RESULT_VERSION,
};

use crate::rules::at_a_glance::{gap_column, KeyFigure};
use crate::rules::clauses::ClauseId;
use crate::rules::explain::Amounts;
use crate::rules::lang::Lang;
use crate::rules::outcome::{Condition, Overall, Verdict};
use crate::rules::plausibility::Warning;
use crate::rules::what_next::Remedy;

/// The result, in one language, with or without the applicant's amounts.
#[derive(Debug, Clone, PartialEq)]
pub struct ResultDocument {
    pub lang: Lang,
    pub amounts: Amounts,
    /// “北京市技术创新中心依托单位条件自评结果”.
    pub title: &'static str,
    /// The lines under the title: the organisation and who filled it in (when given), the date
    /// of the self-check, and the guideline it is worked out under.
    pub about: Vec<String>,
    /// That the amounts are left out, when they are.
    pub withheld: Option<String>,
    pub overall: Overall,
    pub sections: Vec<Section>,
}

impl ResultDocument {
    /// The section `id`, if the document holds it.
    pub fn section(&self, id: SectionId) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }
}

/// The sections a result can hold, in the order it holds them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionId {
    /// 总体结论: the verdict, what it means, and what would change it.
    Overall,
    /// 结果一览: one row per condition.
    Glance,
    /// 填写的数据: the figures entered, the period and the notes on them.
    Figures,
    /// 还需要补充或核实: what is still missing or unsure.
    Open,
    /// 各项条件: one card per condition.
    Conditions,
    /// For a new entity, Art. 5(3)'s result for reference.
    Reference,
    /// 下一步.
    Next,
    /// 结果依据: the rules' version, the disclaimer and the privacy note.
    Version,
}

impl SectionId {
    /// The section's name for ids and reports: `overall`, `glance`, …
    pub fn key(self) -> &'static str {
        match self {
            SectionId::Overall => "overall",
            SectionId::Glance => "glance",
            SectionId::Figures => "figures",
            SectionId::Open => "open",
            SectionId::Conditions => "conditions",
            SectionId::Reference => "reference",
            SectionId::Next => "next",
            SectionId::Version => "version",
        }
    }
}

/// One section: its heading and what it holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub id: SectionId,
    pub heading: &'static str,
    pub blocks: Vec<Block>,
}

/// What a paragraph is, for the renderings that show the difference (a note is set apart, a
/// warning is marked).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The overall verdict's one paragraph.
    Summary,
    /// Plain text.
    Body,
    /// The note on the fiscal year used.
    FiscalYear,
    /// The figures that look unlikely.
    Unlikely,
    /// An aside: the disclaimer.
    Note,
    /// The privacy note.
    Privacy,
}

/// Where an item's “change” link goes: the field that settles a finding (the condition's
/// finding by its place among the condition's findings), or what a remedy names. The page
/// resolves it against the assessment; the other renderings have no links.
#[derive(Debug, Clone, PartialEq)]
pub enum Link {
    Finding {
        condition: Condition,
        finding: usize,
    },
    Remedy(Remedy),
}

/// One item of a list: led by the citation of its clause where it has one (a remedy names its
/// clause in its own words).
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub clause: Option<ClauseId>,
    pub text: String,
    pub link: Option<Link>,
}

/// The blocks a section is made of.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// The overall verdict in words.
    Verdict {
        label: String,
    },
    Paragraph {
        kind: Kind,
        text: String,
    },
    /// A list, under a title of its own where it has one (怎样才能符合).
    List {
        title: Option<&'static str>,
        numbered: bool,
        items: Vec<Item>,
    },
    /// The figures entered, one row per fiscal year.
    Table {
        headings: Vec<&'static str>,
        rows: Vec<Vec<String>>,
    },
    /// Amounts with their names (the Art. 6 commitment and the R&D since founding).
    Pairs(Vec<(&'static str, String)>),
    /// The rows at a glance, with their column headings.
    Glance {
        headings: [&'static str; 4],
        rows: Vec<GlanceRow>,
    },
    Card(Card),
}

/// One condition at a glance: its verdict, the key figures against what is required, and the
/// gaps, line beside line (routes of which either is enough read “任选其一：”, then “或 …”).
#[derive(Debug, Clone, PartialEq)]
pub struct GlanceRow {
    pub condition: Condition,
    pub citation: &'static str,
    pub title: &'static str,
    pub verdict: Verdict,
    pub verdict_label: &'static str,
    /// “任选其一：” above the figures, when the condition has routes.
    pub either: Option<&'static str>,
    /// Each figure with the word before it (“或 ” before a second route), and its gap.
    pub figures: Vec<(&'static str, KeyFigure)>,
    /// What decides the verdict (the place of its finding), for the row's change link.
    pub link: Option<usize>,
}

impl GlanceRow {
    /// The gap beside each figure, with the word before it; an empty text keeps a line free,
    /// and “—” stands alone when no line has a gap.
    pub fn gaps(&self) -> Vec<(&'static str, &str)> {
        gap_column(&self.figures)
    }
}

/// One condition's card: the clause and the condition, the verdict, the notes on it (the band,
/// the confirmed figures it rests on), each finding in words, and the clause the card can show.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    pub condition: Condition,
    pub clause: ClauseId,
    pub citation: &'static str,
    pub title: &'static str,
    pub verdict: Verdict,
    pub verdict_label: &'static str,
    /// The revenue band, in words.
    pub scale: Option<String>,
    /// The figures the applicant confirmed that the verdict rests on.
    pub confirmed: Option<String>,
    pub findings: Vec<FindingLine>,
}

/// A finding in words: how a route stands (with its state for styles: `met`, `not-met`,
/// `unchecked`, `open`, `not-needed`), and the sentence; figures still to check are listed
/// with their fields.
#[derive(Debug, Clone, PartialEq)]
pub struct FindingLine {
    pub route: Option<(String, &'static str)>,
    pub text: String,
    pub check: Vec<Warning>,
}
