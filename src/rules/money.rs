//! Money: the units the guideline and financial statements use (元, 万元, 亿元), the amount
//! type, and why a figure is not an amount ([`AmountError`], with its messages). What a person
//! types is read by [`super::money_input`]; amounts and ratios are shown by
//! [`super::money_display`].
//!
//! Every amount is a [`Decimal`] number of 元, exact to the fen (0.01 元). Nothing here, or
//! anywhere in the rules, touches binary floating point: 0.1 + 0.2 is 0.3.

use super::lang::Lang;
use super::library::fill;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::Serialize;
use std::fmt;

/// Why typed text is not an amount. Each has a message in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AmountError {
    /// Nothing was entered where an amount is required.
    Empty,
    /// A minus sign: expenses and revenue here are never negative.
    Negative,
    /// Not a number at all (letters, several decimal points, exponents…).
    NotANumber,
    /// A unit written where it cannot be read (“5万3亿”, “12亿5000” with the last part's unit
    /// left out).
    UnitInText,
    /// Parts of an amount written out of order or over their unit (“12亿15000万”, “1.5亿3000万”).
    PartsOutOfOrder,
    /// Thousands separators in the wrong places (“1,5”, “12,34”), which could be a decimal comma.
    BadGrouping,
    /// Finer than a fen in the chosen unit.
    TooManyDecimals { unit: Unit },
    /// Above [`MAX_AMOUNT_YUAN`], or too long to be an amount.
    TooLarge,
}

impl AmountError {
    /// What is wrong with a typed amount, and how to put it right.
    pub fn message(self, lang: Lang) -> String {
        let text = match self {
            AmountError::Empty => AMOUNT_EMPTY(),
            AmountError::Negative => AMOUNT_NEGATIVE(),
            AmountError::NotANumber => AMOUNT_NOT_A_NUMBER(),
            AmountError::UnitInText => AMOUNT_UNIT_IN_TEXT(),
            AmountError::PartsOutOfOrder => AMOUNT_PARTS_OUT_OF_ORDER(),
            AmountError::BadGrouping => AMOUNT_BAD_GROUPING(),
            AmountError::TooManyDecimals { unit } => {
                return fill(
                    AMOUNT_TOO_MANY_DECIMALS().get(lang),
                    &[
                        ("unit", &unit.label(lang)),
                        ("decimals", &unit.max_decimals()),
                    ],
                )
            }
            AmountError::TooLarge => AMOUNT_TOO_LARGE(),
        };
        text.get(lang).into()
    }
}

// The amount messages are shown on the figures page and in import errors, never on the first
// page: they travel with the long texts.
super::library::long_texts! {
    amount_messages;
    AMOUNT_EMPTY = "amount.empty": "请填写金额。", "Enter an amount.";
    AMOUNT_NEGATIVE = "amount.negative": "金额不能为负数。", "The amount cannot be negative.";
    AMOUNT_NOT_A_NUMBER = "amount.not_a_number":
        "请只填写数字，例如1234.56或1,234.56。",
        "Enter numbers only, for example 1234.56 or 1,234.56.";
    AMOUNT_UNIT_IN_TEXT = "amount.unit_in_text":
        "单位写在数字之后，每一部分都要写明单位（例如12亿、3,500万元、12亿5000万），或不写单位而按所选单位填写。",
        "Write the unit after the number, and after every part of it (for example 12亿, 3,500万元 or 12亿5000万); or leave it out and enter the figure in the unit chosen.";
    AMOUNT_PARTS_OUT_OF_ORDER = "amount.parts_out_of_order":
        "分段书写时，单位从大到小，后一段应是不足前一单位的整数（例如12亿5000万、1万2000元）。",
        "Written in parts, the units go from largest to smallest, and each later part is a whole number under the unit before it (for example 12亿5000万 or 1万2000元).";
    AMOUNT_BAD_GROUPING = "amount.bad_grouping":
        "千分位分隔符位置不对：每三位一组，例如1,234,567.89；小数点请用“.”。",
        "The thousands separators are in the wrong place: group digits in threes, for example 1,234,567.89, and use “.” for the decimal point.";
    AMOUNT_TOO_MANY_DECIMALS = "amount.too_many_decimals":
        "以{unit}为单位时最多填写{decimals}位小数（精确到分）。",
        "In {unit} enter at most {decimals} decimal places (to the fen).";
    AMOUNT_TOO_LARGE = "amount.too_large":
        "金额过大，请检查位数和单位（上限为100万亿元）。",
        "The amount is too large: check the digits and the unit (the limit is 100 trillion yuan).";
}

/// The unit an amount was entered in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    /// 元 (yuan).
    Yuan,
    /// 万元 (10 000 yuan), the unit of most Chinese financial statements and of this tool's
    /// displays.
    #[default]
    Wan,
    /// 亿元 (100 000 000 yuan), the unit of the guideline's revenue tiers.
    Yi,
}

impl Unit {
    pub const ALL: [Unit; 3] = [Unit::Yuan, Unit::Wan, Unit::Yi];

    /// The unit's name in the answers document and in form values: `wan`.
    pub fn key(self) -> &'static str {
        match self {
            Unit::Yuan => "yuan",
            Unit::Wan => "wan",
            Unit::Yi => "yi",
        }
    }

    /// How many 元 one of this unit is.
    pub fn in_yuan(self) -> Decimal {
        match self {
            Unit::Yuan => Decimal::ONE,
            Unit::Wan => dec!(10000),
            Unit::Yi => dec!(100000000),
        }
    }

    /// The most decimal places an amount in this unit can carry without going below a fen.
    pub fn max_decimals(self) -> u32 {
        match self {
            Unit::Yuan => 2,
            Unit::Wan => 6,
            Unit::Yi => 10,
        }
    }

    #[inline(never)]
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Unit::Yuan, Lang::Zh) => "元",
            (Unit::Wan, Lang::Zh) => "万元",
            (Unit::Yi, Lang::Zh) => "亿元",
            (Unit::Yuan, Lang::En) => "yuan",
            (Unit::Wan, Lang::En) => "10k yuan",
            (Unit::Yi, Lang::En) => "100m yuan",
        }
    }
}

/// The largest amount accepted anywhere: 100 万亿元 (10^14 元), several times the annual revenue
/// of China's largest enterprise. Anything above is a typing slip (an extra digit or the wrong
/// unit), and the bound keeps every product the rules form well inside `Decimal`'s range.
pub const MAX_AMOUNT_YUAN: Decimal = dec!(100000000000000);

/// An amount of money, held in 元 exact to the fen, together with the unit it was entered in so
/// it can be shown and exported as the person wrote it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Money {
    yuan: Decimal,
    unit: Unit,
}

impl Money {
    /// An amount already known to be valid (non-negative, at most a fen's precision, within
    /// [`MAX_AMOUNT_YUAN`]); used for thresholds and tests.
    pub fn from_yuan(yuan: Decimal) -> Money {
        Money {
            yuan,
            unit: Unit::Yuan,
        }
    }

    /// `value` of `unit`, checked the same way as typed input.
    pub fn new(value: Decimal, unit: Unit) -> Result<Money, AmountError> {
        if value.is_sign_negative() && !value.is_zero() {
            return Err(AmountError::Negative);
        }
        if value.normalize().scale() > unit.max_decimals() {
            return Err(AmountError::TooManyDecimals { unit });
        }
        let yuan = value
            .checked_mul(unit.in_yuan())
            .ok_or(AmountError::TooLarge)?;
        if yuan > MAX_AMOUNT_YUAN {
            return Err(AmountError::TooLarge);
        }
        Ok(Money {
            yuan: yuan.normalize(),
            unit,
        })
    }

    pub fn yuan(self) -> Decimal {
        self.yuan
    }

    pub fn unit(self) -> Unit {
        self.unit
    }

    /// The amount expressed in the unit it was entered in.
    pub fn value_in_unit(self) -> Decimal {
        (self.yuan / self.unit.in_yuan()).normalize()
    }

    /// The amount as every JSON this tool writes carries it (the answers document and the
    /// command line's report): the value in its own unit as a decimal string, never a JSON
    /// number, so no reader routes it through a binary float, and the unit's name.
    pub fn written(self) -> (String, &'static str) {
        (self.value_in_unit().to_string(), self.unit.key())
    }
}

impl Serialize for Money {
    /// `{"value": "1234.56", "unit": "wan"}`, as [`Money::written`] gives it.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let (value, unit) = self.written();
        let mut st = s.serialize_struct("Money", 2)?;
        st.serialize_field("value", &value)?;
        st.serialize_field("unit", unit)?;
        st.end()
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {:?}", self.value_in_unit(), self.unit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `input` (a decimal written in `unit`) in 元.
    fn yuan(input: &str, unit: Unit) -> Decimal {
        Money::new(input.parse().unwrap(), unit).unwrap().yuan()
    }

    #[test]
    fn decimal_arithmetic_has_no_binary_float_traps() {
        // 0.1 + 0.2 == 0.3 and 1.1 × 3 == 3.3 hold exactly in Decimal, not in f64.
        let a = yuan("0.1", Unit::Yuan) + yuan("0.2", Unit::Yuan);
        assert_eq!(a, dec!(0.3));
        assert_eq!(yuan("1.1", Unit::Yuan) * dec!(3), dec!(3.3));
        assert_eq!(yuan("0.000001", Unit::Wan) * dec!(3), dec!(0.03));
    }

    #[test]
    fn unit_keys_are_the_document_names() {
        for u in Unit::ALL {
            assert_eq!(serde_json::to_value(u).unwrap(), u.key());
        }
    }

    #[test]
    fn the_report_writes_money_as_a_string() {
        let m = Money::new(dec!(1234.5), Unit::Wan).unwrap();
        let json = serde_json::to_string(&m).unwrap();
        assert_eq!(json, r#"{"value":"1234.5","unit":"wan"}"#);
    }
}
