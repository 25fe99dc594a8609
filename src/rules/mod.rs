//! The guideline 京科创发〔2024〕143号 as data plus small pure functions.
//!
//! No web dependency lives here: the module compiles and is tested natively, and the browser
//! app, the command line and the tests all call the same [`assess`](mod@assess). The modules
//! stand on each other floor by floor, each using only those below it (`tests/layers.rs`
//! checks it), so they read best from the ground up:
//!
//! 1. [`lang`], the two languages and a pair of texts; [`json`], the JSON reader and writer;
//! 2. [`library`], the long texts and how the browser loads them after the first page;
//!    [`dates`], calendar dates;
//! 3. [`money`], amounts, units and why a figure is not an amount; [`clauses`], the clause
//!    texts (the only legal text in the code base); [`sentences`], the sentence templates;
//! 4. [`money_input`], the reader of typed amounts; [`money_display`], amounts and ratios as
//!    shown; [`questions`], the questions, their answers and the applicant types;
//!    [`progress`], the person's progress on the checklist;
//! 5. [`answers`], what the applicant answered, as the rules read it;
//! 6. [`guideline`], the guideline's numbers, one dated table;
//! 7. [`document`], the answers file read and written; [`period`], which years “近3年” covers;
//! 8. [`plausibility`], figures that look unlikely;
//! 9. [`outcome`], what a verdict is made of;
//! 10. [`assess`](mod@assess), the rules that decide, each in the file of its clause;
//! 11. [`explain`], the verdicts in words, in Chinese and English;
//! 12. [`what_next`], what would change a condition not met, and the next steps that fit
//!     the result;
//! 13. what is drawn from an assessment: [`at_a_glance`], the table a manager reads first;
//!     [`checklist`], the Art. 7 readiness checklist; [`report`], the JSON report;
//!     [`planner`], the plan for next year's application;
//! 14. [`outline`], the construction-plan outline as a Word document, written by [`docx`]
//!     (which stands on the ground floor: it knows only the two languages).

pub mod answers;
pub mod assess;
pub mod at_a_glance;
pub mod checklist;
pub mod clauses;
pub mod dates;
pub mod document;
pub mod docx;
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
pub mod sentences;
pub mod what_next;
