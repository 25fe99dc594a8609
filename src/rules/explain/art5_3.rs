//! Art. 5(3) in words: the band and its average revenue, the R&D ratio, last year's growth,
//! a band that depends on how the average is worked out, and figures to check first.

use super::years::{count_fiscal_years, describe_years};
use super::{describe_ended_difference, fill_sentence, reached, with_or_without, Amounts};
use crate::rules::dates::year_span;
use crate::rules::lang::{Bilingual, Lang};
use crate::rules::money_display::{
    format_amount, format_compared_amount, format_compared_percent, format_percent,
    format_threshold_percent, Rounding,
};
use crate::rules::outcome::{BandReading, Reason, RevenueScale};
use crate::rules::sentences::*;
use rust_decimal::Decimal;
use std::fmt::Display;

/// The sentence for a reason of this family (the dispatcher in [`super::describe_reason`] sends
/// no other here).
pub(super) fn describe(reason: &Reason, lang: Lang, amounts: Amounts) -> String {
    match reason {
        Reason::RdRatio {
            first_year,
            latest_year,
            total_rd,
            total_revenue,
            ratio,
            min_ratio,
            required_rd,
            difference,
        } => {
            let years = year_span(*first_year, *latest_year, lang);
            let r = format_compared_percent(*ratio, *min_ratio, lang);
            let min = format_threshold_percent(*min_ratio);
            let rd = format_amount(*total_rd, Rounding::Nearest, lang);
            let rev = format_amount(*total_revenue, Rounding::Nearest, lang);
            let req = format_amount(*required_rd, Rounding::Up, lang);
            let gap = describe_ended_difference(*difference, *first_year, *latest_year, lang);
            fill_sentence(
                with_or_without(amounts, RD_RATIO(), RD_RATIO_WITHOUT_AMOUNTS()),
                lang,
                &[
                    ("years", &years),
                    ("rd", &rd),
                    ("rev", &rev),
                    ("ratio", &r),
                    ("min", &min),
                    ("required", &req),
                    ("gap", &gap),
                    ("reached", &reached(difference, lang)),
                ],
            )
        }
        Reason::RdRatioWithoutRevenue { total_rd } => fill_sentence(
            with_or_without(
                amounts,
                RD_RATIO_WITHOUT_REVENUE(),
                RD_RATIO_WITHOUT_REVENUE_OR_AMOUNTS(),
            ),
            lang,
            &[("rd", &format_amount(*total_rd, Rounding::Nearest, lang))],
        ),
        Reason::RdGrowth {
            year,
            rd_latest,
            rd_previous,
            previous_year_share,
            base,
            growth,
            raw_growth,
            min_growth,
            required_rd_latest,
            difference,
        } => {
            let g = describe_growth(*growth, *min_growth, lang);
            let min = format_threshold_percent(*min_growth);
            let last = format_amount(*rd_latest, Rounding::Nearest, lang);
            let prev = format_amount(*rd_previous, Rounding::Nearest, lang);
            let req = format_amount(*required_rd_latest, Rounding::Up, lang);
            let gap = describe_ended_difference(*difference, *year, *year, lang);
            let previous_year = year - 1;
            let reached = reached(difference, lang);
            let mut values: Vec<(&str, &dyn Display)> = vec![
                ("year", &year),
                ("previous_year", &previous_year),
                ("last", &last),
                ("previous", &prev),
                ("growth", &g),
                ("min", &min),
                ("required", &req),
                ("gap", &gap),
                ("reached", &reached),
            ];
            match previous_year_share {
                None => {
                    values.push(("annualised", &""));
                    fill_sentence(
                        with_or_without(amounts, RD_GROWTH(), RD_GROWTH_WITHOUT_AMOUNTS()),
                        lang,
                        &values,
                    )
                }
                Some(share) => {
                    let time = describe_years(*share, lang);
                    let base = format_amount(*base, Rounding::Nearest, lang);
                    let raw = raw_growth.unwrap_or_default();
                    let raw_words = describe_growth(raw, *min_growth, lang);
                    let note = if *difference >= Decimal::ZERO {
                        PART_YEAR_REACHED().get(lang).to_string()
                    } else {
                        let as_incurred = if raw >= *min_growth {
                            PART_YEAR_AS_INCURRED_REACHED()
                        } else {
                            PART_YEAR_SHORT()
                        };
                        fill_sentence(
                            as_incurred,
                            lang,
                            &[("previous_year", &previous_year), ("raw", &raw_words)],
                        )
                    };
                    let annualised = ANNUALISED_BASE().get(lang);
                    values.extend([
                        ("time", &time as &dyn Display),
                        ("base", &base),
                        ("note", &note),
                        ("annualised", &annualised),
                    ]);
                    fill_sentence(
                        with_or_without(
                            amounts,
                            RD_GROWTH_PART_YEAR(),
                            RD_GROWTH_WITHOUT_AMOUNTS(),
                        ),
                        lang,
                        &values,
                    )
                }
            }
        }
        Reason::RdGrowthWithoutPreviousYear { year } => fill_sentence(
            RD_GROWTH_WITHOUT_PREVIOUS_YEAR(),
            lang,
            &[("year", &year), ("previous_year", &(year - 1))],
        ),
        Reason::RdGrowthFromZero { year, rd_latest } => fill_sentence(
            with_or_without(
                amounts,
                RD_GROWTH_FROM_ZERO(),
                RD_GROWTH_FROM_ZERO_WITHOUT_AMOUNTS(),
            ),
            lang,
            &[
                ("year", &year),
                ("previous_year", &(year - 1)),
                ("last", &format_amount(*rd_latest, Rounding::Nearest, lang)),
            ],
        ),
        Reason::RdGrowthNone { year } => fill_sentence(
            RD_GROWTH_NONE(),
            lang,
            &[("year", &year), ("previous_year", &(year - 1))],
        ),
        Reason::NoRdOverPeriod {
            first_year,
            latest_year,
        } => fill_sentence(
            NO_RD_OVER_PERIOD(),
            lang,
            &[("years", &year_span(*first_year, *latest_year, lang))],
        ),
        Reason::CheckFigures { warnings } => {
            let list: Vec<String> = warnings
                .iter()
                .map(|w| w.message(false, lang, amounts == Amounts::Shown))
                .collect();
            let list = list.join(Bilingual::new("", " ").get(lang));
            // Only a figure that can be confirmed is settled by confirming it.
            let sentence = if warnings.iter().any(|w| w.can_be_confirmed()) {
                CHECK_FIGURES()
            } else {
                CORRECT_FIGURES()
            };
            fill_sentence(sentence, lang, &[("list", &list)])
        }
        Reason::BandDependsOnAverage {
            first_year,
            by_operating_time,
            by_fiscal_years,
        } => {
            let time = describe_years(by_operating_time.years, lang);
            let average = |r: &BandReading| {
                format_compared_amount(r.average_revenue, r.band_ends_at.as_slice(), lang)
            };
            let (by_time, by_years) = (average(by_operating_time), average(by_fiscal_years));
            let item = |r: &BandReading| r.tier.clause().citation(lang);
            let band = |r: &BandReading| r.tier.band().get(lang);
            let verdict = |r: &BandReading| r.verdict.in_sentence().get(lang);
            let fiscal_years = count_fiscal_years(by_fiscal_years.years.numerator, lang);
            fill_sentence(
                with_or_without(
                    amounts,
                    BAND_DEPENDS_ON_AVERAGE(),
                    BAND_DEPENDS_ON_AVERAGE_WITHOUT_AMOUNTS(),
                ),
                lang,
                &[
                    ("first_year", first_year),
                    ("time", &time),
                    ("fiscal_years", &fiscal_years),
                    ("average_by_time", &by_time),
                    ("item_by_time", &item(by_operating_time)),
                    ("band_by_time", &band(by_operating_time)),
                    ("verdict_by_time", &verdict(by_operating_time)),
                    ("average_by_years", &by_years),
                    ("item_by_years", &item(by_fiscal_years)),
                    ("band_by_years", &band(by_fiscal_years)),
                    ("verdict_by_years", &verdict(by_fiscal_years)),
                ],
            )
        }
        _ => unreachable!(),
    }
}

/// A growth rate as words: “增长 12.00%” or, for a fall, “下降 94.00%” (never a negative
/// growth), rounded as a figure compared with `minimum` is (never to the minimum it misses).
pub fn describe_growth(growth: Decimal, minimum: Decimal, lang: Lang) -> String {
    let (words, rate) = if growth.is_sign_negative() && !growth.is_zero() {
        (FALL_OF(), format_percent(-growth, Rounding::Nearest))
    } else {
        (GROWTH_OF(), format_compared_percent(growth, minimum, lang))
    };
    fill_sentence(words, lang, &[("rate", &rate)])
}

/// Where the revenue puts the applicant in Art. 5(3), as a sentence.
pub fn describe_scale(scale: &RevenueScale, lang: Lang) -> String {
    describe_scale_with(scale, lang, Amounts::Shown)
}

/// [`describe_scale`], with or without the applicant's amounts.
pub fn describe_scale_with(scale: &RevenueScale, lang: Lang, amounts: Amounts) -> String {
    let band = scale.tier.band().get(lang);
    let item = scale.tier.clause().citation(lang);
    let ratio = format_threshold_percent(scale.min_rd_ratio);
    let growth = format_threshold_percent(scale.min_rd_growth);
    let mut values: Vec<(&str, &dyn Display)> = vec![
        ("band", &band),
        ("item", &item),
        ("ratio", &ratio),
        ("growth", &growth),
    ];
    // The band open between the two ways of averaging a part year: both, and no item stated as
    // if it were settled (item 4).
    if let Some(other) = &scale.by_fiscal_years {
        let average = |yuan: Decimal, bounds: Option<Decimal>| match amounts {
            Amounts::Shown => format_compared_amount(yuan, bounds.as_slice(), lang),
            Amounts::Hidden => String::new(),
        };
        let by_time = average(scale.average_revenue, scale.band_ends_at);
        let by_years = average(other.average_revenue, other.band_ends_at);
        let time = describe_years(scale.operating_time, lang);
        let other_item = other.tier.clause().citation(lang);
        let other_band = other.tier.band().get(lang);
        let fiscal_years = count_fiscal_years(other.years.numerator, lang);
        values.extend([
            ("average", &by_time as &dyn Display),
            ("time", &time),
            ("other_average", &by_years),
            ("other_item", &other_item),
            ("other_band", &other_band),
            ("fiscal_years", &fiscal_years),
        ]);
        return fill_sentence(
            with_or_without(
                amounts,
                SCALE_BAND_OPEN(),
                SCALE_BAND_OPEN_WITHOUT_AMOUNTS(),
            ),
            lang,
            &values,
        );
    }
    if amounts == Amounts::Hidden {
        return fill_sentence(SCALE_WITHOUT_AMOUNTS(), lang, &values);
    }
    // The average is compared against the bands: rounded down, so that it never shows a band's
    // bound that it does not reach.
    let average =
        format_compared_amount(scale.average_revenue, scale.band_ends_at.as_slice(), lang);
    let total = format_amount(scale.total_revenue, Rounding::Nearest, lang);
    let time = describe_years(scale.operating_time, lang);
    let higher = match (scale.tier.higher(), scale.average_short_of_higher_tier) {
        (Some(h), Some(short)) => fill_sentence(
            HIGHER_BAND(),
            lang,
            &[
                ("short", &format_amount(short, Rounding::Up, lang)),
                ("item", &h.clause().citation(lang)),
                ("band", &h.band().get(lang)),
            ],
        ),
        _ => String::new(),
    };
    values.extend([
        ("average", &average as &dyn Display),
        ("total", &total),
        ("time", &time),
        ("higher", &higher),
    ]);
    fill_sentence(SCALE(), lang, &values)
}
