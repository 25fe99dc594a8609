//! The guideline's numbers, in one table. Each entry names the clause it comes from; rule
//! functions read these entries and carry no number of their own.

use super::clauses::ClauseId;
use super::lang::Bilingual;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// The document the rules implement.
pub struct GuidelineInfo {
    /// 文号, the document number.
    pub number: &'static str,
    pub title: Bilingual,
    /// The date the document was issued (印发), ISO 8601.
    pub issued: &'static str,
    /// Art. 20: “自发布之日起 30 日后施行” — 30 days after 2024-08-15.
    pub in_force: &'static str,
}

pub const GUIDELINE: GuidelineInfo = GuidelineInfo {
    number: "京科创发〔2024〕143号",
    title: Bilingual::new(
        "北京市技术创新中心建设工作指引(试行)",
        "Guideline for Building Beijing Technology Innovation Centers (Trial)",
    ),
    issued: "2024-08-15",
    in_force: "2024-09-14",
};

/// A number the guideline sets, with where it is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parameter<T> {
    pub value: T,
    pub clause: ClauseId,
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

/// Art. 5(3) items 1–3, highest band first. The bands meet without gap or overlap: 30亿 belongs
/// to item 1 (“30亿元(含)”), 10亿 to item 2 (“10亿元(含)”).
pub const REVENUE_TIERS: [RevenueTier; 3] = [
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
];

impl TierId {
    pub fn tier(self) -> &'static RevenueTier {
        match self {
            TierId::From3Billion => &REVENUE_TIERS[0],
            TierId::From1To3Billion => &REVENUE_TIERS[1],
            TierId::Below1Billion => &REVENUE_TIERS[2],
        }
    }

    /// The band's revenue range as the guideline states it.
    pub fn band(self) -> Bilingual {
        match self {
            TierId::From3Billion => Bilingual::new("30亿元(含)以上", "RMB 3 billion or more"),
            TierId::From1To3Billion => Bilingual::new(
                "10亿元(含)至30亿元",
                "RMB 1 billion (inclusive) to under RMB 3 billion",
            ),
            TierId::Below1Billion => Bilingual::new("低于10亿元", "under RMB 1 billion"),
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

/// “近3年”: the look-back of Art. 5(3), 5(4) and 5(5), in fiscal years.
pub const LOOKBACK_YEARS: Parameter<i32> = Parameter {
    value: 3,
    clause: ClauseId::Art5_3Item1,
    description: Bilingual::new(
        "近3年(实际经营期不满3年的按实际经营时间计算)",
        "the last 3 years (over the actual operating time where it is under 3 years)",
    ),
};

/// Art. 5(4): the share of R&D incurred inside China, a minimum, inclusive.
pub const MIN_DOMESTIC_RD_SHARE: Parameter<Decimal> = Parameter {
    value: dec!(0.60),
    clause: ClauseId::Art5_4,
    description: Bilingual::new(
        "在中国境内发生的研究开发费用占全部研究开发费用的比例不低于60%",
        "R&D incurred within China at least 60% of all R&D",
    ),
};

/// Art. 6: the average annual R&D a new independent legal entity must guarantee, 元, a minimum.
pub const NEW_ENTITY_MIN_AVERAGE_RD: Parameter<Decimal> = Parameter {
    value: dec!(20000000),
    clause: ClauseId::Art6,
    description: Bilingual::new(
        "依托单位应保障未来3年年均研究开发费用不低于2000万元",
        "average annual R&D of at least RMB 20 million over the next 3 years",
    ),
};

/// Art. 6: the years the new entity's R&D commitment covers.
pub const NEW_ENTITY_COMMITMENT_YEARS: Parameter<i32> = Parameter {
    value: 3,
    clause: ClauseId::Art6,
    description: Bilingual::new("未来3年", "the next 3 years"),
};

/// Art. 7(4): how long the plaque is valid.
pub const PLAQUE_VALIDITY_YEARS: Parameter<i32> = Parameter {
    value: 5,
    clause: ClauseId::Art7_4,
    description: Bilingual::new("授牌有效期5年", "the plaque is valid for 5 years"),
};

/// Art. 16: when the mid-term evaluation falls.
pub const MID_TERM_EVALUATION_YEARS: Parameter<i32> = Parameter {
    value: 3,
    clause: ClauseId::Art16,
    description: Bilingual::new("3年开展中期评估", "mid-term evaluation after 3 years"),
};

/// Art. 16: when the full evaluation falls.
pub const FULL_EVALUATION_YEARS: Parameter<i32> = Parameter {
    value: 5,
    clause: ClauseId::Art16,
    description: Bilingual::new("5年开展全面考核", "full evaluation after 5 years"),
};

#[cfg(test)]
mod tests {
    use super::*;

    fn yi() -> Decimal {
        dec!(100000000)
    }

    #[test]
    fn tiers_partition_the_revenue_line_without_gap_or_overlap() {
        assert_eq!(REVENUE_TIERS[0].below_yuan, None);
        assert_eq!(REVENUE_TIERS[2].from_yuan, None);
        for pair in REVENUE_TIERS.windows(2) {
            assert_eq!(pair[0].from_yuan, pair[1].below_yuan);
        }
        for tier in REVENUE_TIERS {
            assert_eq!(tier.id.tier(), &tier);
        }
    }

    #[test]
    fn the_table_holds_the_guidelines_numbers() {
        let t = REVENUE_TIERS;
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
        assert_eq!(MIN_DOMESTIC_RD_SHARE.value, dec!(0.6));
        assert_eq!(NEW_ENTITY_MIN_AVERAGE_RD.value, dec!(2000) * dec!(10000));
        assert_eq!(LOOKBACK_YEARS.value, 3);
    }
}
