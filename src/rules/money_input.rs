//! Reading what a person types as an amount: the units' own digits, thousands separators and
//! the full-width forms a Chinese input method produces, exact to the fen; anything that is not
//! an amount is an [`AmountError`], which says why.

use super::lang::to_half_width;
use super::money::{AmountError, Money, Unit};
use rust_decimal::Decimal;

/// Longest input looked at; longer text is rejected before any parsing.
const MAX_INPUT_CHARS: usize = 64;

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

/// Reads what a person typed in a field whose unit is `unit`, where a unit written after the
/// number (“12亿”, “3,500万元”, “800元”) overrides it: a figure copied with its unit is read in
/// that unit. Also read as people write amounts: in parts, largest first (“12亿5000万” is
/// 125,000万元, “1万2000元” 12,000元); with spaces around the unit (“1,000万 元”); and with the
/// currency named (“1000万人民币”, “人民币1000万元”, “¥12,000.00”), which without another unit
/// means 元. The answers document never carries a unit in its text ([`parse_amount`]).
pub fn parse_typed_amount(input: &str, unit: Unit) -> Result<Option<Money>, AmountError> {
    if input.chars().count() > MAX_INPUT_CHARS {
        return Err(AmountError::TooLarge);
    }
    let half: String = input.chars().map(to_half_width).collect();
    let mut text = half.trim();
    let mut currency = false;
    for name in ["人民币", "RMB", "¥", "￥"] {
        if let Some(rest) = text.strip_prefix(name) {
            (text, currency) = (rest.trim_start(), true);
        }
        if let Some(rest) = text.strip_suffix(name) {
            (text, currency) = (rest.trim_end(), true);
        }
    }
    // A space beside a unit joins it to its number: “12 亿”, “1,000万 元”.
    let chars: Vec<char> = text.chars().collect();
    let unit_at =
        |i: Option<usize>| matches!(i.and_then(|i| chars.get(i)), Some('亿' | '万' | '元'));
    let joined: String = chars
        .iter()
        .enumerate()
        .filter(|&(i, &c)| c != ' ' || !(unit_at(Some(i + 1)) || unit_at(i.checked_sub(1))))
        .map(|(_, &c)| c)
        .collect();
    // “万元”, “亿元” at the end name the unit; the 元 is not a part of its own.
    let text = joined
        .strip_suffix("万元")
        .map(|t| t.to_string() + "万")
        .or_else(|| joined.strip_suffix("亿元").map(|t| t.to_string() + "亿"))
        .unwrap_or(joined);
    if !text.contains(['亿', '万', '元']) {
        return parse_amount(&text, if currency { Unit::Yuan } else { unit });
    }
    in_parts(&text)
}

/// An amount written in parts, largest unit first, each part under one of the unit before it:
/// “12亿5000万”, “1万2000元”, “3亿”. The amount keeps the unit of its first part.
fn in_parts(text: &str) -> Result<Option<Money>, AmountError> {
    let mut rest = text;
    let mut total = Decimal::ZERO;
    let (mut first, mut previous): (Option<Unit>, Option<Unit>) = (None, None);
    for (mark, unit) in [('亿', Unit::Yi), ('万', Unit::Wan), ('元', Unit::Yuan)] {
        let Some((number, after)) = rest.split_once(mark) else {
            continue;
        };
        let part = match parse_amount(number, unit)? {
            Some(part) => part.yuan(),
            None if previous.is_none() => return Err(AmountError::NotANumber),
            None => return Err(AmountError::UnitInText),
        };
        if let Some(above) = previous {
            // What came before is whole in its unit, and this part is less than one of it.
            let whole_before = (total / above.in_yuan()).fract().is_zero();
            let whole_here =
                unit == Unit::Yuan || number.bytes().all(|b| b.is_ascii_digit() || b == b',');
            if !whole_before || !whole_here || part >= above.in_yuan() {
                return Err(AmountError::PartsOutOfOrder);
            }
        }
        first = first.or(Some(unit));
        previous = Some(unit);
        total += part;
        rest = after;
    }
    let Some(unit) = first.filter(|_| rest.is_empty()) else {
        // A number after the last unit (“12亿5000”) leaves its unit to be guessed.
        return Err(AmountError::UnitInText);
    };
    Money::new(total / unit.in_yuan(), unit).map(Some)
}

/// The suffix that [`parse_typed_amount`] reads as `unit`.
pub fn unit_suffix(unit: Unit) -> &'static str {
    match unit {
        Unit::Yuan => "元",
        Unit::Wan => "万",
        Unit::Yi => "亿",
    }
}

/// [`parse_amount`] for a field that must be filled in.
pub fn parse_required_amount(input: &str, unit: Unit) -> Result<Money, AmountError> {
    parse_amount(input, unit)?.ok_or(AmountError::Empty)
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

#[cfg(test)]
mod tests {
    use super::super::lang::Lang;
    use super::super::money::MAX_AMOUNT_YUAN;
    use super::*;
    use rust_decimal_macros::dec;

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
    fn a_unit_written_after_the_number_overrides_the_fields_unit() {
        let typed =
            |s: &str, unit| parse_typed_amount(s, unit).map(|m| m.map(|m| (m.yuan(), m.unit())));
        assert_eq!(
            typed("12亿", Unit::Wan),
            Ok(Some((dec!(1200000000), Unit::Yi)))
        );
        assert_eq!(
            typed("12 亿元", Unit::Yuan),
            Ok(Some((dec!(1200000000), Unit::Yi)))
        );
        assert_eq!(
            typed("3,500万元", Unit::Yi),
            Ok(Some((dec!(35000000), Unit::Wan)))
        );
        assert_eq!(
            typed("１２万\u{3000}", Unit::Yi),
            Ok(Some((dec!(120000), Unit::Wan)))
        );
        assert_eq!(typed("800元", Unit::Wan), Ok(Some((dec!(800), Unit::Yuan))));
        assert_eq!(
            typed("800", Unit::Wan),
            Ok(Some((dec!(8000000), Unit::Wan)))
        );
        assert_eq!(typed("", Unit::Wan), Ok(None));
        // The fen still rules, in the unit written.
        assert_eq!(
            typed("0.001元", Unit::Wan),
            Err(AmountError::TooManyDecimals { unit: Unit::Yuan })
        );
        assert_eq!(typed("亿", Unit::Wan), Err(AmountError::NotANumber));
        assert_eq!(typed("5亿万", Unit::Wan), Err(AmountError::UnitInText));
        // The currency named, and no other unit: 元.
        assert_eq!(typed("¥100", Unit::Wan), Ok(Some((dec!(100), Unit::Yuan))));
        assert_eq!(
            typed("￥12,000.00", Unit::Yi),
            Ok(Some((dec!(12000), Unit::Yuan)))
        );
        assert_eq!(
            typed("100人民币", Unit::Wan),
            Ok(Some((dec!(100), Unit::Yuan)))
        );
        // As people write amounts: the currency with another unit, spaces beside a unit, parts.
        assert_eq!(
            typed("1000万人民币", Unit::Yuan),
            Ok(Some((dec!(10000000), Unit::Wan)))
        );
        assert_eq!(
            typed("人民币 1000 万元", Unit::Yuan),
            Ok(Some((dec!(10000000), Unit::Wan)))
        );
        assert_eq!(
            typed("1,000万 元", Unit::Yuan),
            Ok(Some((dec!(10000000), Unit::Wan)))
        );
        assert_eq!(
            typed("12亿5000万", Unit::Wan),
            Ok(Some((dec!(1250000000), Unit::Yi)))
        );
        assert_eq!(
            typed("１２亿　５０００万元", Unit::Wan),
            Ok(Some((dec!(1250000000), Unit::Yi)))
        );
        assert_eq!(
            typed("1万2000.50元", Unit::Yi),
            Ok(Some((dec!(12000.50), Unit::Wan)))
        );
        assert_eq!(
            typed("3亿0500万", Unit::Wan),
            Ok(Some((dec!(305000000), Unit::Yi)))
        );
        // A later part over its unit, a fraction before a part, parts out of order: refused.
        assert_eq!(
            typed("12亿15000万", Unit::Wan),
            Err(AmountError::PartsOutOfOrder)
        );
        assert_eq!(
            typed("1.5亿3000万", Unit::Wan),
            Err(AmountError::PartsOutOfOrder)
        );
        assert_eq!(
            typed("12亿5000.5万", Unit::Wan),
            Err(AmountError::PartsOutOfOrder)
        );
        assert_eq!(typed("5万3亿", Unit::Wan), Err(AmountError::UnitInText));
        // A number after the last unit leaves its unit to be guessed.
        assert_eq!(typed("12亿5000", Unit::Wan), Err(AmountError::UnitInText));
        // The answers document is stricter: its values never carry a unit.
        assert_eq!(
            parse_amount("12亿", Unit::Wan),
            Err(AmountError::UnitInText)
        );
        for unit in Unit::ALL {
            assert_eq!(
                typed(&format!("7{}", unit_suffix(unit)), Unit::Wan)
                    .unwrap()
                    .unwrap()
                    .1,
                unit
            );
        }
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
}
