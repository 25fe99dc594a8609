//! Money: the units the guideline and financial statements use (元, 万元, 亿元), the parser for
//! what a person types, and the formatting of amounts and ratios for display.
//!
//! Every amount is a [`Decimal`] number of 元, exact to the fen (0.01 元). Nothing here, or
//! anywhere in the rules, touches binary floating point: 0.1 + 0.2 is 0.3.

use super::lang::Lang;
use super::library::fill;
use rust_decimal::{Decimal, RoundingStrategy};
use rust_decimal_macros::dec;
use serde::Serialize;
use std::fmt;

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

/// Longest input looked at; longer text is rejected before any parsing.
const MAX_INPUT_CHARS: usize = 64;

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
}

impl Serialize for Money {
    /// `{"value": "1234.56", "unit": "wan"}`: the value as a decimal string, never a JSON
    /// number, so no reader ever routes it through a binary float.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Money", 2)?;
        st.serialize_field("value", &self.value_in_unit().to_string())?;
        st.serialize_field("unit", &self.unit)?;
        st.end()
    }
}

/// Why typed text is not an amount. Each has a message in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AmountError {
    /// Nothing was entered where an amount is required.
    Empty,
    /// A minus sign: expenses and revenue here are never negative.
    Negative,
    /// Not a number at all (letters, several decimal points, exponents…).
    NotANumber,
    /// A unit written into the number (“5亿”); the unit has its own selector.
    UnitInText,
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
        "请只填写数字,例如 1234.56 或 1,234.56。",
        "Enter numbers only, for example 1234.56 or 1,234.56.";
    AMOUNT_UNIT_IN_TEXT = "amount.unit_in_text":
        "请只填写数字,并在旁边选择单位(元、万元或亿元)。",
        "Enter the number only and choose the unit (yuan, 万元 or 亿元) beside it.";
    AMOUNT_BAD_GROUPING = "amount.bad_grouping":
        "千分位分隔符位置不对:每三位一组,例如 1,234,567.89;小数点请用“.”。",
        "The thousands separators are in the wrong place: group digits in threes, for example 1,234,567.89, and use “.” for the decimal point.";
    AMOUNT_TOO_MANY_DECIMALS = "amount.too_many_decimals":
        "以{unit}为单位时最多填写 {decimals} 位小数(精确到分)。",
        "In {unit} enter at most {decimals} decimal places (to the fen).";
    AMOUNT_TOO_LARGE = "amount.too_large":
        "金额过大,请检查位数和单位(上限为 100 万亿元)。",
        "The amount is too large: check the digits and the unit (the limit is 100 trillion yuan).";
}

/// Reads what a person typed as an amount in `unit`.
///
/// Accepts `1234.56`, `1,234.56`, `1 234.56` and the full-width forms a Chinese input method
/// produces (`１２３４．５６`, `１，２３４`). Returns `Ok(None)` for blank input, so the caller decides
/// whether the field is required ([`parse_required_amount`]). Never panics, whatever the string.
pub fn parse_amount(input: &str, unit: Unit) -> Result<Option<Money>, AmountError> {
    if input.chars().count() > MAX_INPUT_CHARS {
        return Err(AmountError::TooLarge);
    }
    let text: String = input.chars().map(to_half_width).collect();
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    if text.starts_with('-') {
        return Err(AmountError::Negative);
    }
    if text.contains(['元', '万', '亿', '¥', '￥']) {
        return Err(AmountError::UnitInText);
    }
    let (integer, fraction) = match text.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (text, None),
    };
    let integer_digits = ungroup(integer)?;
    let fraction_digits = match fraction {
        Some(f) if f.chars().all(|c| c.is_ascii_digit()) => f,
        Some(_) => return Err(AmountError::NotANumber),
        None => "",
    };
    if integer_digits.is_empty() && fraction_digits.is_empty() {
        return Err(AmountError::NotANumber);
    }
    // Zeros past a fen change nothing (“1.500” 元 is 1.5 元); other digits there would be lost.
    let significant_fraction = fraction_digits.trim_end_matches('0');
    if significant_fraction.len() > unit.max_decimals() as usize {
        return Err(AmountError::TooManyDecimals { unit });
    }
    let integer_digits = integer_digits.trim_start_matches('0');
    // 10^14 元 has 15 digits; in 元 no valid amount has more integer digits than that.
    if integer_digits.len() > 15 {
        return Err(AmountError::TooLarge);
    }
    // Every character left is an ASCII digit and there are at most 25 of them, well inside
    // Decimal's 96-bit mantissa, so the value is built exactly from the digits (Decimal's own
    // parser, which also reads scientific notation, would only add code to the app).
    let mantissa = integer_digits
        .bytes()
        .chain(significant_fraction.bytes())
        .fold(0i128, |n, digit| n * 10 + i128::from(digit - b'0'));
    let value = Decimal::try_from_i128_with_scale(mantissa, significant_fraction.len() as u32)
        .map_err(|_| AmountError::TooLarge)?;
    Money::new(value, unit).map(Some)
}

/// [`parse_amount`] for a field that must be filled in.
pub fn parse_required_amount(input: &str, unit: Unit) -> Result<Money, AmountError> {
    parse_amount(input, unit)?.ok_or(AmountError::Empty)
}

/// Maps the full-width forms an input method types to their ASCII equivalents, and the dashes
/// and minus signs people paste to `-`, so that they are reported as negative rather than as
/// gibberish. Shared by every field that reads typed numbers (amounts, years, dates).
pub fn to_half_width(c: char) -> char {
    match c {
        '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
        '．' | '。' => '.',
        '，' => ',',
        '－' | '−' | '–' | '—' => '-',
        '\u{3000}' | '\u{00A0}' | '\u{2009}' | '\u{202F}' => ' ',
        _ => c,
    }
}

/// Strips thousands separators from the integer part, insisting they stand every three digits;
/// one kind of separator per number (comma or space).
fn ungroup(integer: &str) -> Result<String, AmountError> {
    let has_comma = integer.contains(',');
    let has_space = integer.contains(' ');
    if !integer
        .chars()
        .all(|c| c.is_ascii_digit() || c == ',' || c == ' ')
    {
        return Err(AmountError::NotANumber);
    }
    if !has_comma && !has_space {
        return Ok(integer.to_string());
    }
    if has_comma && has_space {
        return Err(AmountError::BadGrouping);
    }
    let separator = if has_comma { ',' } else { ' ' };
    let groups: Vec<&str> = integer.split(separator).collect();
    let first_ok = matches!(groups.first(), Some(g) if (1..=3).contains(&g.len()));
    let rest_ok = groups.iter().skip(1).all(|g| g.len() == 3);
    if first_ok && rest_ok {
        Ok(groups.concat())
    } else {
        Err(AmountError::BadGrouping)
    }
}

/// Which way a displayed figure is rounded, chosen so that a displayed figure never claims more
/// than the exact one supports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rounding {
    /// Requirements and shortfalls: rounded up, so that reaching the shown figure is enough.
    Up,
    /// Achieved figures compared against a minimum: rounded down, so a shown figure at the
    /// threshold really is at it.
    Down,
    /// Plain information: half away from zero.
    Nearest,
}

impl Rounding {
    fn strategy(self) -> RoundingStrategy {
        match self {
            Rounding::Up => RoundingStrategy::AwayFromZero,
            Rounding::Down => RoundingStrategy::ToZero,
            Rounding::Nearest => RoundingStrategy::MidpointAwayFromZero,
        }
    }
}

/// Formats 元 for reading: in Chinese as 万元 with two decimals (`12,345.68万元`), the unit of
/// the statements the figures come from; in English as whole yuan (`RMB 123,456,789`), since
/// English readers do not count in 万.
pub fn format_amount(yuan: Decimal, rounding: Rounding, lang: Lang) -> String {
    match lang {
        Lang::Zh => {
            let wan = (yuan / Unit::Wan.in_yuan()).round_dp_with_strategy(2, rounding.strategy());
            format!("{}万元", group_thousands(&format!("{:.2}", wan)))
        }
        Lang::En => {
            let whole = yuan.round_dp_with_strategy(0, rounding.strategy());
            format!("RMB {}", group_thousands(&format!("{:.0}", whole)))
        }
    }
}

/// Formats 元 on the scale of the revenue bands: 亿元 with up to four decimals in Chinese
/// (`13.1333亿元`), billions in English (`RMB 1.3133 billion`).
pub fn format_scale(yuan: Decimal, rounding: Rounding, lang: Lang) -> String {
    let (divisor, dp) = match lang {
        Lang::Zh => (Unit::Yi.in_yuan(), 4),
        Lang::En => (Unit::Yi.in_yuan() * dec!(10), 5),
    };
    let value = (yuan / divisor)
        .round_dp_with_strategy(dp, rounding.strategy())
        .normalize();
    let text = if value.scale() < 2 {
        format!("{:.2}", value)
    } else {
        value.to_string()
    };
    let number = group_thousands(&text);
    match lang {
        Lang::Zh => format!("{number}亿元"),
        Lang::En => format!("RMB {number} billion"),
    }
}

/// Formats an amount as entered, in its own unit with thousands separators and no more decimals
/// than were given (`2,500.5 万元`), for the check-your-answers page: it shows how the tool read
/// what was typed.
pub fn format_entered(m: Money, lang: Lang) -> String {
    format!(
        "{} {}",
        group_thousands(&m.value_in_unit().to_string()),
        m.unit().label(lang)
    )
}

/// Formats a ratio (0.15) as a percentage with two decimals (`15.00%`).
pub fn format_percent(ratio: Decimal, rounding: Rounding) -> String {
    let pct = (ratio * dec!(100)).round_dp_with_strategy(2, rounding.strategy());
    format!("{:.2}%", pct)
}

/// Formats a threshold percentage without needless decimals (`60%`, `12.5%`).
pub fn format_threshold_percent(ratio: Decimal) -> String {
    format!("{}%", (ratio * dec!(100)).normalize())
}

fn group_thousands(number: &str) -> String {
    let (sign, rest) = match number.strip_prefix('-') {
        Some(r) => ("-", r),
        None => ("", number),
    };
    let (int, frac) = match rest.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (rest, None),
    };
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
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

    fn yuan(input: &str, unit: Unit) -> Decimal {
        parse_required_amount(input, unit)
            .unwrap_or_else(|e| panic!("{input:?} rejected: {e:?}"))
            .yuan()
    }

    #[test]
    fn accepts_the_ways_people_write_amounts() {
        assert_eq!(yuan("1234.56", Unit::Yuan), dec!(1234.56));
        assert_eq!(yuan("1,234.56", Unit::Yuan), dec!(1234.56));
        assert_eq!(yuan("1 234.56", Unit::Yuan), dec!(1234.56));
        assert_eq!(yuan("１２３４．５６", Unit::Yuan), dec!(1234.56));
        assert_eq!(yuan("１，２３４", Unit::Yuan), dec!(1234));
        assert_eq!(yuan("1\u{3000}234", Unit::Yuan), dec!(1234));
        assert_eq!(yuan("  42  ", Unit::Wan), dec!(420000));
        assert_eq!(yuan("0.5", Unit::Yi), dec!(50000000));
        assert_eq!(yuan(".5", Unit::Wan), dec!(5000));
        assert_eq!(yuan("7.", Unit::Wan), dec!(70000));
        assert_eq!(yuan("1.500", Unit::Yuan), dec!(1.5));
        assert_eq!(yuan("0", Unit::Yuan), dec!(0));
        assert_eq!(yuan("0012", Unit::Yuan), dec!(12));
    }

    #[test]
    fn the_fen_is_the_finest_unit_in_every_unit() {
        assert_eq!(yuan("0.01", Unit::Yuan), dec!(0.01));
        assert_eq!(yuan("0.000001", Unit::Wan), dec!(0.01));
        assert_eq!(yuan("0.0000000001", Unit::Yi), dec!(0.01));
        for (input, unit) in [
            ("0.001", Unit::Yuan),
            ("0.0000001", Unit::Wan),
            ("0.00000000001", Unit::Yi),
        ] {
            assert_eq!(
                parse_amount(input, unit),
                Err(AmountError::TooManyDecimals { unit })
            );
        }
    }

    #[test]
    fn rejects_what_is_not_an_amount() {
        use AmountError::*;
        let cases = [
            ("-1", Negative),
            ("－５", Negative),
            ("−5", Negative),
            ("abc", NotANumber),
            ("1e5", NotANumber),
            ("1.2.3", NotANumber),
            ("NaN", NotANumber),
            ("inf", NotANumber),
            (".", NotANumber),
            ("+5", NotANumber),
            ("5亿", UnitInText),
            ("¥100", UnitInText),
            ("1,5", BadGrouping),
            ("12,34", BadGrouping),
            ("1234,567", BadGrouping),
            ("1,234 567", BadGrouping),
            (",123", BadGrouping),
            ("1,234.5,6", NotANumber),
            ("1000000000000000", TooLarge),
            ("100000000000000.01", TooLarge),
            ("10000000001", TooLarge),
        ];
        for (input, expected) in cases {
            let unit = if input == "10000000001" {
                Unit::Wan
            } else {
                Unit::Yuan
            };
            assert_eq!(parse_amount(input, unit), Err(expected), "input {input:?}");
        }
        assert_eq!(parse_amount("1000001", Unit::Yi), Err(TooLarge));
        assert_eq!(parse_amount(&"9".repeat(65), Unit::Yuan), Err(TooLarge));
    }

    #[test]
    fn the_upper_bound_is_inclusive() {
        assert_eq!(yuan("100000000000000", Unit::Yuan), MAX_AMOUNT_YUAN);
        assert_eq!(yuan("1000000", Unit::Yi), MAX_AMOUNT_YUAN);
        assert_eq!(yuan("10000000000", Unit::Wan), MAX_AMOUNT_YUAN);
    }

    #[test]
    fn blank_is_none_and_required_blank_is_an_error() {
        assert_eq!(parse_amount("", Unit::Wan), Ok(None));
        assert_eq!(parse_amount(" \u{3000} ", Unit::Wan), Ok(None));
        assert_eq!(
            parse_required_amount("", Unit::Wan),
            Err(AmountError::Empty)
        );
    }

    #[test]
    fn every_error_has_a_message_in_both_languages() {
        use AmountError::*;
        for e in [
            Empty,
            Negative,
            NotANumber,
            UnitInText,
            BadGrouping,
            TooManyDecimals { unit: Unit::Wan },
            TooLarge,
        ] {
            let zh = e.message(Lang::Zh);
            let en = e.message(Lang::En);
            assert!(
                zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{e:?}"
            );
            assert!(
                en.is_ascii() || en.contains('“') || en.contains("万元"),
                "{e:?}: {en}"
            );
            assert_ne!(zh, en);
        }
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
        let m = parse_required_amount("1,234.5", Unit::Wan).unwrap();
        let json = serde_json::to_string(&m).unwrap();
        assert_eq!(json, r#"{"value":"1234.5","unit":"wan"}"#);
    }

    #[test]
    fn formats_for_display() {
        let zh = |y, r| format_amount(y, r, Lang::Zh);
        let en = |y, r| format_amount(y, r, Lang::En);
        assert_eq!(zh(dec!(123456789.01), Rounding::Nearest), "12,345.68万元");
        assert_eq!(zh(dec!(123456789.01), Rounding::Down), "12,345.67万元");
        assert_eq!(zh(dec!(0.01), Rounding::Up), "0.01万元");
        assert_eq!(zh(dec!(0), Rounding::Up), "0.00万元");
        assert_eq!(en(dec!(1000), Rounding::Nearest), "RMB 1,000");
        assert_eq!(en(dec!(123456789.01), Rounding::Up), "RMB 123,456,790");
        assert_eq!(en(dec!(123456789.99), Rounding::Down), "RMB 123,456,789");
        assert_eq!(en(dec!(999.5), Rounding::Nearest), "RMB 1,000");
        assert_eq!(
            format_scale(dec!(3000000000), Rounding::Nearest, Lang::Zh),
            "30.00亿元"
        );
        assert_eq!(
            format_scale(dec!(2999999999.99), Rounding::Down, Lang::Zh),
            "29.9999亿元"
        );
        assert_eq!(
            format_scale(dec!(1313333333.33), Rounding::Nearest, Lang::En),
            "RMB 1.31333 billion"
        );
        assert_eq!(
            format_scale(dec!(3000000000), Rounding::Nearest, Lang::En),
            "RMB 3.00 billion"
        );
        let entered = parse_required_amount("１，２３４．５０", Unit::Wan).unwrap();
        assert_eq!(format_entered(entered, Lang::Zh), "1,234.5 万元");
        assert_eq!(format_entered(entered, Lang::En), "1,234.5 10k yuan");
        assert_eq!(format_percent(dec!(0.149999), Rounding::Down), "14.99%");
        assert_eq!(format_percent(dec!(0.15), Rounding::Down), "15.00%");
        assert_eq!(format_threshold_percent(dec!(0.60)), "60%");
        assert_eq!(format_threshold_percent(dec!(0.125)), "12.5%");
    }
}
