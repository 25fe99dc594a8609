//! The guideline 京科创发〔2024〕143号 as data plus small pure functions.
//!
//! No web dependency lives here: the module compiles and is tested natively, and the browser
//! app, the command line and the tests all call the same [`assess`].
//!
//! - [`clauses`]: the clause texts (the only legal text in the code base);
//! - [`guideline`]: the guideline's numbers, one table;
//! - [`money`]: amounts and units; [`money_input`], the parser for typed figures;
//!   [`money_display`], amounts and ratios as shown;
//! - [`answers`]: what the applicant answers, as the rules read it; [`questions`], the
//!   questions and their wording; [`dates`], calendar dates;
//! - [`document`]: the exported answers document (answers and checklist progress) and its reader;
//! - [`period`]: which years “近3年” covers;
//! - [`assess`](mod@assess): the verdicts;
//! - [`explain`]: the verdicts in words, in Chinese and English;
//! - [`report`]: the assessment as JSON with those words beside the codes;
//! - [`checklist`]: the Art. 7 readiness checklist drawn from an assessment;
//! - [`progress`]: the person's progress on that checklist (statuses and notes);
//! - [`library`]: the long texts, and how the browser loads them after the first page;
//! - [`sentences`]: the sentence templates [`explain`] fills.

pub mod answers;
pub mod assess;
pub mod at_a_glance;
pub mod checklist;
pub mod clauses;
pub mod dates;
pub mod document;
pub mod explain;
pub mod guideline;
pub mod json;
pub mod lang;
pub mod library;
pub mod money;
pub mod money_display;
pub mod money_input;
pub mod outcome;
pub mod period;
pub mod planner;
pub mod plausibility;
pub mod progress;
pub mod questions;
pub mod report;
pub mod sentences;
