//! The guideline's numbers, as a dated parameter set (in the spirit of OpenFisca's parameters):
//! each entry names the clause it comes from, and the set names its source document and the date
//! it applies from. Rule functions read a [`RuleSet`] and carry no number of their own. The
//! guideline is a trial text (试行): a revision becomes a new dated set in [`RULE_SETS`], and the
//! old one stays, so a self-check can be reproduced for the date it was made.

use super::clauses::ClauseId;
use super::dates::CalendarDate;
use super::lang::{Bilingual, Lang};
use super::library::{fill, long_texts};
use super::money_display::{format_amount, format_threshold_percent, Rounding};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

// The bands of Art. 5(3) in the guideline's own words: long texts, since the first page names
// no band.
long_texts! {
    band_texts;
    BAND_FROM_3_BILLION = "band.from_3_billion": "超过30亿元(含)", "RMB 3 billion or more";
    BAND_FROM_1_TO_3_BILLION = "band.from_1_to_3_billion":
        "在10亿元(含)至30亿元",
        "RMB 1 billion (inclusive) to under RMB 3 billion";
    BAND_BELOW_1_BILLION = "band.below_1_billion": "低于10亿元", "under RMB 1 billion";
}

/// The document a rule set implements.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GuidelineInfo {
    /// 文号, the document number.
    pub number: &'static str,
    pub title: Bilingual,
    /// The date the document was issued (印发).
    pub issued: CalendarDate,
    /// Art. 20: “自发布之日起 30 日后施行” — 30 days after issue.
    pub in_force: CalendarDate,
    /// Whether the document says it is a trial (试行) text.
    pub trial: bool,
}

/// A number the guideline sets, with where it is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parameter<T> {
    pub value: T,
    pub clause: ClauseId,
    /// The guideline's words for it, checked against the value by the tests. Read nowhere in
    /// the browser, so not compiled into it.
    #[cfg(not(target_arch = "wasm32"))]
    pub description: Bilingual,
}

/// Which of the three revenue scales of Art. 5(3) an enterprise falls in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TierId {
    /// Average annual sales revenue of 30亿元 or more (item 1).
    From3Billion,
    /// From 10亿元 (inclusive) to under 30亿元 (item 2).
    From1To3Billion,
    /// Under 10亿元 (item 3).
    Below1Billion,
}

/// One row of Art. 5(3): a revenue band and the R&D it asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RevenueTier {
    pub id: TierId,
    pub clause: ClauseId,
    /// Average annual sales revenue, 元, at or above which the band starts (“(含)”: inclusive).
    pub from_yuan: Option<Decimal>,
    /// Average annual sales revenue, 元, at which the next band starts (exclusive here).
    pub below_yuan: Option<Decimal>,
    /// “近3年研究开发费用总额占同期销售收入总额的比例不低于 x%”: a minimum, inclusive.
    pub min_rd_ratio: Decimal,
    /// “上一年度研究开发费用增速不低于 y%”: a minimum, inclusive.
    pub min_rd_growth: Decimal,
}

/// Every number of one version of the guideline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleSet {
    /// A stable name for reports: `jingkechuangfa-2024-143`.
    pub id: &'static str,
    pub guideline: GuidelineInfo,
    /// The first day the set applies to a self-check (the guideline's date in force).
    pub effective_from: CalendarDate,
    /// Art. 5(3) items 1–3, highest band first.
    pub tiers: [RevenueTier; 3],
    /// “近3年”: the look-back of Art. 5(3), 5(4) and 5(5), in fiscal years.
    pub lookback_years: Parameter<i32>,
    /// Art. 5(4): the share of R&D incurred inside China, a minimum, inclusive.
    pub min_domestic_rd_share: Parameter<Decimal>,
    /// Art. 6: the average annual R&D a new independent legal entity must guarantee, 元.
    pub new_entity_min_average_rd: Parameter<Decimal>,
    /// Art. 6: the years the new entity's R&D commitment covers.
    pub new_entity_commitment_years: Parameter<i32>,
    /// Art. 7(4): how long the plaque is valid.
    pub plaque_validity_years: Parameter<i32>,
    /// Art. 16: when the mid-term evaluation falls.
    pub mid_term_evaluation_years: Parameter<i32>,
    /// Art. 16: when the full evaluation falls.
    pub full_evaluation_years: Parameter<i32>,
}

/// 京科创发〔2024〕143号, issued 2024-08-15, in force 30 days later (Art. 20).
pub const JINGKECHUANGFA_2024_143: RuleSet = RuleSet {
    id: "jingkechuangfa-2024-143",
    guideline: GuidelineInfo {
        number: "京科创发〔2024〕143号",
        title: Bilingual::new(
            "北京市技术创新中心建设工作指引(试行)",
            "Guideline for Building Beijing Technology Innovation Centers (Trial)",
        ),
        issued: CalendarDate {
            year: 2024,
            month: 8,
            day: 15,
        },
        in_force: CalendarDate {
            year: 2024,
            month: 9,
            day: 14,
        },
        trial: true,
    },
    effective_from: CalendarDate {
        year: 2024,
        month: 9,
        day: 14,
    },
    // The bands meet without gap or overlap: 30亿 belongs to item 1 (“30亿元(含)”), 10亿 to
    // item 2 (“10亿元(含)”).
    tiers: [
        RevenueTier {
            id: TierId::From3Billion,
            clause: ClauseId::Art5_3Item1,
            from_yuan: Some(dec!(3000000000)),
            below_yuan: None,
            min_rd_ratio: dec!(0.10),
            min_rd_growth: dec!(0.05),
        },
        RevenueTier {
            id: TierId::From1To3Billion,
            clause: ClauseId::Art5_3Item2,
            from_yuan: Some(dec!(1000000000)),
            below_yuan: Some(dec!(3000000000)),
            min_rd_ratio: dec!(0.15),
            min_rd_growth: dec!(0.10),
        },
        RevenueTier {
            id: TierId::Below1Billion,
            clause: ClauseId::Art5_3Item3,
            from_yuan: None,
            below_yuan: Some(dec!(1000000000)),
            min_rd_ratio: dec!(0.20),
            min_rd_growth: dec!(0.15),
        },
    ],
    lookback_years: Parameter {
        value: 3,
        clause: ClauseId::Art5_3Item1,
        #[cfg(not(target_arch = "wasm32"))]
        description: Bilingual::new(
            "近3年（实际经营期不满3年的按实际经营时间计算）",
            "the last 3 years (over the actual operating time where it is under 3 years)",
        ),
    },
    min_domestic_rd_share: Parameter {
        value: dec!(0.60),
        clause: ClauseId::Art5_4,
        #[cfg(not(target_arch = "wasm32"))]
        description: Bilingual::new(
            "近3年在中国境内发生的研究开发费用总额占全部研究开发费用总额的比例不低于60%",
            "R&D incurred within China at least 60% of all R&D",
        ),
    },
    new_entity_min_average_rd: Parameter {
        value: dec!(20000000),
        clause: ClauseId::Art6,
        #[cfg(not(target_arch = "wasm32"))]
        description: Bilingual::new(
            "依托单位应保障未来3年年均研究开发费用不低于2000万元",
            "average annual R&D of at least RMB 20 million over the next 3 years",
        ),
    },
    new_entity_commitment_years: Parameter {
        value: 3,
        clause: ClauseId::Art6,
        #[cfg(not(target_arch = "wasm32"))]
        description: Bilingual::new("未来3年", "the next 3 years"),
    },
    plaque_validity_years: Parameter {
        value: 5,
        clause: ClauseId::Art7_4,
        #[cfg(not(target_arch = "wasm32"))]
        description: Bilingual::new("有效期5年", "the plaque is valid for 5 years"),
    },
    mid_term_evaluation_years: Parameter {
        value: 3,
        clause: ClauseId::Art16,
        #[cfg(not(target_arch = "wasm32"))]
        description: Bilingual::new("3年开展中期评估", "mid-term evaluation after 3 years"),
    },
    full_evaluation_years: Parameter {
        value: 5,
        clause: ClauseId::Art16,
        #[cfg(not(target_arch = "wasm32"))]
        description: Bilingual::new("5年开展全面考核", "full evaluation after 5 years"),
    },
};

/// Every version of the guideline the tool knows, oldest first.
pub const RULE_SETS: [RuleSet; 1] = [JINGKECHUANGFA_2024_143];

impl RuleSet {
    /// Writes this set's numbers into a text (`{valid}`, `{mid}`, `{full}`, `{years}`,
    /// `{min_rd}`, `{min_share}`), so that no number in a sentence is typed by hand.
    pub fn fill_numbers(&self, text: &str, lang: Lang) -> String {
        let min_rd = format_amount(
            self.new_entity_min_average_rd.value,
            Rounding::Nearest,
            lang,
        );
        fill(
            text,
            &[
                ("valid", &self.plaque_validity_years.value),
                ("mid", &self.mid_term_evaluation_years.value),
                ("full", &self.full_evaluation_years.value),
                ("years", &self.new_entity_commitment_years.value),
                ("min_rd", &min_rd),
                (
                    "min_share",
                    &format_threshold_percent(self.min_domestic_rd_share.value),
                ),
            ],
        )
    }

    /// The set in force on `date`: the newest whose `effective_from` is not after it.
    pub fn in_force_on(date: CalendarDate) -> Option<&'static RuleSet> {
        RULE_SETS.iter().rev().find(|r| r.effective_from <= date)
    }

    /// [`RuleSet::in_force_on`], or the oldest set for a date before any (a device clock set
    /// wrong): the date checks then flag the fiscal years rather than the tool refusing to work.
    pub fn for_date(date: CalendarDate) -> &'static RuleSet {
        RuleSet::in_force_on(date).unwrap_or(&RULE_SETS[0])
    }

    pub fn tier(&self, id: TierId) -> &RevenueTier {
        self.tiers
            .iter()
            .find(|t| t.id == id)
            .unwrap_or(&self.tiers[0])
    }
}

impl TierId {
    /// The item of Art. 5(3) that states the band.
    #[inline(never)]
    pub fn clause(self) -> ClauseId {
        match self {
            TierId::From3Billion => ClauseId::Art5_3Item1,
            TierId::From1To3Billion => ClauseId::Art5_3Item2,
            TierId::Below1Billion => ClauseId::Art5_3Item3,
        }
    }

    /// The band's revenue range in the guideline's own words (quoted as such, so never a
    /// paraphrase), and an English rendering.
    #[inline(never)]
    pub fn band(self) -> Bilingual {
        match self {
            TierId::From3Billion => BAND_FROM_3_BILLION(),
            TierId::From1To3Billion => BAND_FROM_1_TO_3_BILLION(),
            TierId::Below1Billion => BAND_BELOW_1_BILLION(),
        }
    }

    /// The band above this one, whose R&D thresholds are lower.
    pub fn higher(self) -> Option<TierId> {
        match self {
            TierId::From3Billion => None,
            TierId::From1To3Billion => Some(TierId::From3Billion),
            TierId::Below1Billion => Some(TierId::From1To3Billion),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn yi() -> Decimal {
        dec!(100000000)
    }

    #[test]
    fn tiers_partition_the_revenue_line_without_gap_or_overlap() {
        for rules in RULE_SETS {
            let tiers = rules.tiers;
            assert_eq!(tiers[0].below_yuan, None);
            assert_eq!(tiers[2].from_yuan, None);
            for pair in tiers.windows(2) {
                assert_eq!(pair[0].from_yuan, pair[1].below_yuan);
            }
            for tier in tiers {
                assert_eq!(rules.tier(tier.id), &tier);
                assert_eq!(tier.id.clause(), tier.clause);
            }
        }
    }

    #[test]
    fn the_table_holds_the_guidelines_numbers() {
        let r = JINGKECHUANGFA_2024_143;
        let t = r.tiers;
        assert_eq!(t[0].from_yuan, Some(dec!(30) * yi()));
        assert_eq!(t[1].from_yuan, Some(dec!(10) * yi()));
        assert_eq!(
            [t[0].min_rd_ratio, t[1].min_rd_ratio, t[2].min_rd_ratio],
            [dec!(0.10), dec!(0.15), dec!(0.20)]
        );
        assert_eq!(
            [t[0].min_rd_growth, t[1].min_rd_growth, t[2].min_rd_growth],
            [dec!(0.05), dec!(0.10), dec!(0.15)]
        );
        assert_eq!(r.min_domestic_rd_share.value, dec!(0.6));
        assert_eq!(r.new_entity_min_average_rd.value, dec!(2000) * dec!(10000));
        assert_eq!(r.lookback_years.value, 3);
        assert_eq!(r.new_entity_commitment_years.value, 3);
        assert_eq!(r.guideline.in_force.to_string(), "2024-09-14");
        assert_eq!(r.guideline.issued.to_string(), "2024-08-15");
        assert_eq!(r.effective_from, r.guideline.in_force);
    }

    #[test]
    fn a_set_applies_from_its_date_in_force() {
        let d = |y, m, day| CalendarDate::new(y, m, day).unwrap();
        assert_eq!(RuleSet::in_force_on(d(2024, 9, 13)), None);
        assert_eq!(
            RuleSet::in_force_on(d(2024, 9, 14)).map(|r| r.id),
            Some("jingkechuangfa-2024-143")
        );
        assert_eq!(RuleSet::for_date(d(2000, 1, 1)).id, RULE_SETS[0].id);
        for pair in RULE_SETS.windows(2) {
            assert!(pair[0].effective_from < pair[1].effective_from);
        }
    }

    /// Every number quoted in a parameter's Chinese description is the parameter's own value.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn descriptions_quote_their_values() {
        let r = JINGKECHUANGFA_2024_143;
        assert!(r.min_domestic_rd_share.description.zh.contains("60%"));
        assert!(r
            .new_entity_min_average_rd
            .description
            .zh
            .contains("2000万元"));
        assert!(r.lookback_years.description.zh.contains("3年"));
    }
}
