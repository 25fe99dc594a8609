//! Amounts and ratios as the results, the printout and the report show them: 万元 or 亿元 in
//! Chinese, yuan in English, rounded so that a shown figure never claims more than the exact
//! one supports.

use super::lang::Lang;
use super::money::{Money, Unit};
use rust_decimal::{Decimal, RoundingStrategy};
use rust_decimal_macros::dec;

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

/// Formats 元 for reading, in one unit and with two decimals wherever the tool writes an amount:
/// in Chinese as 万元 (`12,345.68万元`), the unit of the statements the figures come from; in
/// English as yuan (`RMB 123,456,789.01`), since English readers do not count in 万.
pub fn format_amount(yuan: Decimal, rounding: Rounding, lang: Lang) -> String {
    match lang {
        Lang::Zh => {
            let wan = (yuan / Unit::Wan.in_yuan()).round_dp_with_strategy(2, rounding.strategy());
            format!("{}万元", group_thousands(&format!("{:.2}", wan)))
        }
        Lang::En => {
            let yuan = yuan.round_dp_with_strategy(2, rounding.strategy());
            format!("RMB {}", group_thousands(&format!("{:.2}", yuan)))
        }
    }
}

/// Whether `yuan`, shown as [`format_amount`] shows it (rounded down), reads as nothing: a
/// margin too small for two decimals of the unit shown.
pub fn shows_as_zero(yuan: Decimal, lang: Lang) -> bool {
    format_amount(yuan, Rounding::Down, lang) == format_amount(Decimal::ZERO, Rounding::Down, lang)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_for_display() {
        let zh = |y, r| format_amount(y, r, Lang::Zh);
        let en = |y, r| format_amount(y, r, Lang::En);
        assert_eq!(zh(dec!(123456789.01), Rounding::Nearest), "12,345.68万元");
        assert_eq!(zh(dec!(123456789.01), Rounding::Down), "12,345.67万元");
        assert_eq!(zh(dec!(0.01), Rounding::Up), "0.01万元");
        assert_eq!(zh(dec!(0), Rounding::Up), "0.00万元");
        assert_eq!(en(dec!(1000), Rounding::Nearest), "RMB 1,000.00");
        assert_eq!(en(dec!(123456789.011), Rounding::Up), "RMB 123,456,789.02");
        assert_eq!(
            en(dec!(123456789.999), Rounding::Down),
            "RMB 123,456,789.99"
        );
        assert_eq!(en(dec!(999.995), Rounding::Nearest), "RMB 1,000.00");
        // The revenue bands' scale in the unit of every other amount, never 亿元 with four
        // decimals beside 万元 with two.
        assert_eq!(zh(dec!(2999999999.99), Rounding::Down), "299,999.99万元");
        let entered = Money::new(dec!(1234.50), Unit::Wan).unwrap();
        assert_eq!(format_entered(entered, Lang::Zh), "1,234.5 万元");
        assert_eq!(format_entered(entered, Lang::En), "1,234.5 10k yuan");
        assert_eq!(format_percent(dec!(0.149999), Rounding::Down), "14.99%");
        assert_eq!(format_percent(dec!(0.15), Rounding::Down), "15.00%");
        assert_eq!(format_threshold_percent(dec!(0.60)), "60%");
        assert_eq!(format_threshold_percent(dec!(0.125)), "12.5%");
    }
}
