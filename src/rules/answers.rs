//! What the applicant tells the tool and the rules read: the path, the yes / no / not-sure
//! declarations, and the figures. The exported document that carries them (with the checklist
//! progress) is [`super::document::AnswersDocument`].

use super::lang::{Bilingual, Lang};
use super::library::fill;
use super::money::Money;
use serde::Serialize;

use super::dates::CalendarDate;
use super::questions::{Answer, ApplicantPath, Question};

/// Everything the applicant has answered. Anything not yet answered is absent, never guessed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Answers {
    pub path: Option<ApplicantPath>,
    pub declarations: Declarations,
    pub financials: Financials,
    /// Art. 6 only: the average annual R&D the supporting unit guarantees for the next 3 years.
    pub committed_average_annual_rd: Option<Money>,
    /// Art. 6 only: of that commitment, the average annual R&D planned to be incurred within
    /// China (the basis for Art. 5(4) while nothing has been incurred yet).
    pub planned_domestic_average_annual_rd: Option<Money>,
    /// Art. 6 only: R&D incurred since founding, for an entity with no complete fiscal year.
    pub rd_since_founding: Option<Money>,
    /// Art. 6 only: of that, the R&D incurred within China.
    pub rd_since_founding_domestic: Option<Money>,
    /// The applicant looked again at the figures the tool found unlikely (a figure ten times
    /// another year's, R&D above revenue, …) and confirmed them on the check page. Until then
    /// a verdict resting on such a figure cannot be told (docs/interpretation.md, item 22).
    pub figures_confirmed: bool,
    /// Figures the confirmation above does not cover: the figures a plan puts into the next
    /// round, which nobody has typed or confirmed (item 21). Never read from or written to a
    /// file.
    pub never_confirmed: Vec<Figure>,
}

impl Answers {
    /// The amount of the Art. 6 path entered for `which`.
    pub fn plan_amount(&self, which: PlanAmount) -> Option<Money> {
        match which {
            PlanAmount::Commitment => self.committed_average_annual_rd,
            PlanAmount::PlannedDomestic => self.planned_domestic_average_annual_rd,
            PlanAmount::SinceFounding => self.rd_since_founding,
            PlanAmount::SinceFoundingDomestic => self.rd_since_founding_domestic,
        }
    }

    /// The amount entered for `figure`.
    pub fn figure(&self, figure: Figure) -> Option<Money> {
        match figure {
            Figure::Year { year, field } => self.financials.year(year)?.get(field),
            Figure::Art6 { amount } => self.plan_amount(amount),
        }
    }
}

/// The amounts asked of a newly founded independent legal entity (Art. 6), besides its figures
/// per fiscal year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanAmount {
    /// The average annual R&D guaranteed for the next years.
    Commitment,
    /// Of that, the part planned within China.
    PlannedDomestic,
    /// R&D incurred since founding (no complete fiscal year yet).
    SinceFounding,
    /// Of that, the part incurred within China.
    SinceFoundingDomestic,
}

impl PlanAmount {
    pub const ALL: [PlanAmount; 4] = [
        PlanAmount::Commitment,
        PlanAmount::PlannedDomestic,
        PlanAmount::SinceFounding,
        PlanAmount::SinceFoundingDomestic,
    ];

    /// The amount's name as a sentence puts it first (“承诺的年均研究开发费用”, “The average
    /// annual R&D committed”); the form's own labels are longer.
    pub fn name(self) -> Bilingual {
        match self {
            PlanAmount::Commitment => COMMITTED_NAME(),
            PlanAmount::PlannedDomestic => PLANNED_DOMESTIC_NAME(),
            PlanAmount::SinceFounding => SINCE_FOUNDING_NAME(),
            PlanAmount::SinceFoundingDomestic => SINCE_FOUNDING_DOMESTIC_NAME(),
        }
    }

    /// The total this amount is a part of, for the part within China.
    pub fn total_of(self) -> Option<PlanAmount> {
        match self {
            PlanAmount::PlannedDomestic => Some(PlanAmount::Commitment),
            PlanAmount::SinceFoundingDomestic => Some(PlanAmount::SinceFounding),
            _ => None,
        }
    }
}

/// One figure the applicant enters: a fiscal year's, or an amount of the Art. 6 path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "figure", rename_all = "snake_case")]
pub enum Figure {
    Year { year: i32, field: Field },
    Art6 { amount: PlanAmount },
}

impl Figure {
    /// The figure's name: “2024年销售收入”, “承诺的年均研究开发费用”.
    pub fn name(self, lang: Lang) -> String {
        match self {
            Figure::Year { year, field } => year_label(year, field, lang),
            Figure::Art6 { amount } => amount.name().get(lang).to_string(),
        }
    }

    /// Whether the figure's name is a plural noun in `lang` (“Total R&D expenses”), for the
    /// verb that follows it.
    pub fn is_plural(self, lang: Lang) -> bool {
        lang == Lang::En
            && matches!(
                self,
                Figure::Year {
                    field: Field::RdTotal,
                    ..
                }
            )
    }

    /// Whether the figure is an amount of R&D (the kind whose size 100亿 a year makes unlikely).
    pub fn is_rd(self) -> bool {
        !matches!(
            self,
            Figure::Year {
                field: Field::SalesRevenue,
                ..
            }
        )
    }
}

/// The answer given to each question, in the order of [`Question::ALL`]: a slot per question
/// rather than an ordered map, because the set of questions is fixed and the map's code would
/// be a tenth of the app's own.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Declarations([Option<Answer>; Question::ALL.len()]);

impl Declarations {
    /// Records `answer`, returning the one it replaces.
    pub fn insert(&mut self, question: Question, answer: Answer) -> Option<Answer> {
        self.0[question as usize].replace(answer)
    }

    pub fn remove(&mut self, question: &Question) -> Option<Answer> {
        self.0[*question as usize].take()
    }

    pub fn get(&self, question: &Question) -> Option<&Answer> {
        self.0[*question as usize].as_ref()
    }

    pub fn contains_key(&self, question: &Question) -> bool {
        self.get(question).is_some()
    }

    pub fn is_empty(&self) -> bool {
        self.0.iter().all(Option::is_none)
    }

    /// The questions answered and their answers, in the order of [`Question::ALL`].
    pub fn iter(&self) -> impl Iterator<Item = (&'static Question, &Answer)> {
        Question::ALL
            .iter()
            .zip(&self.0)
            .filter_map(|(q, a)| a.as_ref().map(|a| (q, a)))
    }
}

/// How long the applicant has operated, which decides the years “近3年” covers. In the document
/// it is an object tagged by `kind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OperatingHistory {
    /// Operating through all of the last three complete fiscal years.
    ThreeYearsOrMore,
    /// Founded on this date (the date on the business licence).
    FoundedOn { date: CalendarDate },
    /// Founded in `year`, having operated `months_in_first_year` months (1–12) of it.
    FoundedIn {
        year: i32,
        months_in_first_year: u32,
    },
}

/// The figures of the fiscal years, and which year is the latest complete one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Financials {
    /// The latest complete fiscal year (in China the calendar year): “上一年度”.
    pub latest_fiscal_year: Option<i32>,
    pub operating_history: Option<OperatingHistory>,
    pub years: Vec<YearFigures>,
}

impl Financials {
    /// The figures entered for `year`, if any.
    pub fn year(&self, year: i32) -> Option<&YearFigures> {
        self.years.iter().find(|y| y.year == year)
    }
}

/// One fiscal year's figures, each optional until entered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearFigures {
    pub year: i32,
    pub sales_revenue: Option<Money>,
    /// 研究开发费用总额: all R&D expenses, wherever incurred.
    pub rd_total: Option<Money>,
    /// R&D expenses incurred within China (在中国境内发生的研究开发费用).
    pub rd_domestic: Option<Money>,
}

impl YearFigures {
    pub fn empty(year: i32) -> YearFigures {
        YearFigures {
            year,
            sales_revenue: None,
            rd_total: None,
            rd_domestic: None,
        }
    }

    pub fn get(&self, field: Field) -> Option<Money> {
        match field {
            Field::SalesRevenue => self.sales_revenue,
            Field::RdTotal => self.rd_total,
            Field::RdDomestic => self.rd_domestic,
        }
    }

    pub fn set(&mut self, field: Field, value: Option<Money>) {
        match field {
            Field::SalesRevenue => self.sales_revenue = value,
            Field::RdTotal => self.rd_total = value,
            Field::RdDomestic => self.rd_domestic = value,
        }
    }
}

/// A figure of a year as one name: “2024年境内研发费用”, “R&D within China in 2024”. Labels,
/// errors, the check page and missing figures all say it this way.
#[inline(never)]
pub fn year_label(year: i32, field: Field, lang: Lang) -> String {
    fill(
        YEAR_FIGURE().get(lang),
        &[("year", &year), ("figure", &field.label().get(lang))],
    )
}

super::library::long_texts! {
    answer_texts;
    COMMITMENT_LABEL = "answers.commitment_label": "依托单位保障的未来3年年均研究开发费用", "Average annual R&D the supporting unit guarantees for the next 3 years";
    PLANNED_DOMESTIC_LABEL = "answers.planned_domestic_label": "其中：计划在中国境内发生的年均研究开发费用", "of which: average annual R&D planned within China";
    SINCE_FOUNDING_TITLE = "answers.since_founding_title": "成立以来已发生的研究开发费用", "R&D incurred since founding";
    SINCE_FOUNDING_DOMESTIC_LABEL = "answers.since_founding_domestic_label": "其中：在中国境内发生的研究开发费用", "of which: R&D incurred within China";
    COMMITTED_NAME = "answers.committed_name": "承诺的年均研究开发费用", "The committed average annual R&D";
    PLANNED_DOMESTIC_NAME = "answers.planned_domestic_name": "计划在中国境内发生的年均研究开发费用", "The average annual R&D planned within China";
    SINCE_FOUNDING_NAME = "answers.since_founding_name": "成立以来已发生的研究开发费用", "The R&D incurred since founding";
    SINCE_FOUNDING_DOMESTIC_NAME = "answers.since_founding_domestic_name": "成立以来在中国境内发生的研究开发费用", "The R&D incurred within China since founding";
    SALES_REVENUE_LABEL = "answers.sales_revenue": "销售收入", "Sales revenue";
    RD_TOTAL_LABEL = "answers.rd_total": "研究开发费用总额", "Total R&D expenses";
    RD_DOMESTIC_LABEL = "answers.rd_domestic": "境内研发费用", "R&D within China";
    YEAR_FIGURE = "say.year_figure":
        "{year}年{figure}",
        "{figure} in {year}";
}

/// A figure asked for each fiscal year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    SalesRevenue,
    RdTotal,
    RdDomestic,
}

impl Field {
    pub const ALL: [Field; 3] = [Field::SalesRevenue, Field::RdTotal, Field::RdDomestic];

    /// The figure's name. A year is always put before it (“2024年境内研发费用”), so that a
    /// label, an error or a missing figure names one field on its own.
    #[inline(never)]
    pub fn label(self) -> Bilingual {
        match self {
            Field::SalesRevenue => SALES_REVENUE_LABEL(),
            Field::RdTotal => RD_TOTAL_LABEL(),
            Field::RdDomestic => RD_DOMESTIC_LABEL(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `Declarations` finds a question's slot by its discriminant, which must be its place in
    /// `Question::ALL`.
    #[test]
    fn every_question_has_its_own_slot_in_order() {
        for (i, q) in Question::ALL.into_iter().enumerate() {
            assert_eq!(q as usize, i);
        }
        let mut d = Declarations::default();
        assert!(d.is_empty());
        assert_eq!(d.insert(Question::TransformationTeam, Answer::No), None);
        assert_eq!(d.insert(Question::GoodCredit, Answer::Yes), None);
        assert_eq!(
            d.insert(Question::GoodCredit, Answer::NotSure),
            Some(Answer::Yes)
        );
        let listed: Vec<_> = d.iter().map(|(q, a)| (*q, *a)).collect();
        assert_eq!(
            listed,
            [
                (Question::GoodCredit, Answer::NotSure),
                (Question::TransformationTeam, Answer::No)
            ]
        );
        assert_eq!(d.remove(&Question::GoodCredit), Some(Answer::NotSure));
        assert!(!d.contains_key(&Question::GoodCredit));
        assert_eq!(d.get(&Question::TransformationTeam), Some(&Answer::No));
    }
}
