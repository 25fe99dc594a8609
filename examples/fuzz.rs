//! Feeds the answers-file reader, the amount parser and the date parser with generated and
//! mutated inputs, and checks what every input must satisfy:
//!
//! - nothing panics (a panic prints the input and stops the run);
//! - what the reader accepts exports to a document that reads back the same; a refused file
//!   leaves the wizard's state as it was, apart from the message saying why;
//! - what the amount and date parsers accept, written back out, reads back the same.
//!
//! Inputs are mostly edits of valid exports (spans deleted, copied or moved, characters inserted
//! or replaced), so they come close to what a damaged or hand-edited file looks like, plus typed
//! amounts and dates in the forms people use, edited the same way, and random text.
//!
//!   cargo run --release --example fuzz -- [inputs] [seed]       (scripts/fuzz.sh)
//!
//! Deterministic for a seed. Not part of the test command: a million inputs take a minute.

use std::cell::RefCell;
use std::time::Instant;
use tic_selfcheck::rules::answers::{Field, OperatingHistory, YearFigures};
use tic_selfcheck::rules::dates::CalendarDate;
use tic_selfcheck::rules::document::AnswersDocument;
use tic_selfcheck::rules::lang::Lang;
use tic_selfcheck::rules::money::{Money, Unit};
use tic_selfcheck::rules::money_display::format_entered;
use tic_selfcheck::rules::money_input::parse_amount;
use tic_selfcheck::rules::progress::{Progress, Status};
use tic_selfcheck::rules::questions::{Answer, ApplicantPath, Question};
use tic_selfcheck::wizard::{Action, WizardState};

/// SplitMix64: small, fast and deterministic for a seed, which is all a fuzzer needs here.
struct TestRng(u64);

impl TestRng {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `range`, of whatever integer type the caller needs.
    fn random_range<T: TryFrom<i64>>(&mut self, range: std::ops::Range<i64>) -> T
    where
        T::Error: std::fmt::Debug,
    {
        let width = (range.end - range.start).max(1) as u64;
        T::try_from(range.start + (self.next_u64() % width) as i64).expect("in range")
    }

    fn random_bool(&mut self, p: f64) -> bool {
        let unit = (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
        unit < p
    }
}

thread_local! {
    /// The input being checked, printed if anything panics.
    static CURRENT: RefCell<String> = const { RefCell::new(String::new()) };
}

fn checking(input: &str) {
    CURRENT.with(|c| {
        let mut c = c.borrow_mut();
        c.clear();
        c.push_str(input);
    });
}

const ITEMS: [&str; 5] = [
    "plan.budget_plan",
    "plan.overall_goal",
    "procedure.partners",
    "evidence.rd_intensity",
    "gap.rd_intensity.rd_ratio",
];

fn money(rng: &mut TestRng) -> Money {
    let unit = Unit::ALL[rng.random_range::<usize>(0..3)];
    let fen: i64 = match rng.random_range(0..4) {
        0 => 0,
        1 => rng.random_range(0..100_000),
        _ => rng.random_range(0..10_000_000_000_000),
    };
    let yuan = rust_decimal::Decimal::new(fen, 2);
    Money::new(yuan / unit.in_yuan(), unit).expect("a fen amount is exact in every unit")
}

fn maybe<T>(rng: &mut TestRng, p: f64, make: impl FnOnce(&mut TestRng) -> T) -> Option<T> {
    rng.random_bool(p).then(|| make(rng))
}

/// A valid document with every kind of member, in random combinations.
fn document(rng: &mut TestRng) -> AnswersDocument {
    let mut d = AnswersDocument::default();
    let a = &mut d.answers;
    a.path = maybe(rng, 0.9, |r| {
        ApplicantPath::ALL[r.random_range::<usize>(0..2)]
    });
    for q in Question::ALL {
        if rng.random_bool(0.8) {
            a.declarations
                .insert(q, Answer::ALL[rng.random_range::<usize>(0..3)]);
        }
    }
    let latest = rng.random_range(2019..2027);
    a.financials.latest_fiscal_year = maybe(rng, 0.95, |_| latest);
    a.financials.operating_history = maybe(rng, 0.9, |r| match r.random_range(0..3) {
        0 => OperatingHistory::ThreeYearsOrMore,
        1 => OperatingHistory::FoundedOn {
            date: CalendarDate::new(
                r.random_range(2015..2027),
                r.random_range(1..13),
                r.random_range(1..29),
            )
            .expect("a real date"),
        },
        _ => OperatingHistory::FoundedIn {
            year: r.random_range(2015..2027),
            months_in_first_year: r.random_range(1..13),
        },
    });
    for year in latest - rng.random_range::<i32>(0..4)..=latest {
        let mut y = YearFigures::empty(year);
        for f in Field::ALL {
            y.set(f, maybe(rng, 0.85, money));
        }
        if Field::ALL.iter().any(|&f| y.get(f).is_some()) {
            a.financials.years.push(y);
        }
    }
    a.committed_average_annual_rd = maybe(rng, 0.4, money);
    a.planned_domestic_average_annual_rd = maybe(rng, 0.3, money);
    a.rd_since_founding = maybe(rng, 0.3, money);
    a.rd_since_founding_domestic = maybe(rng, 0.3, money);
    for item in ITEMS {
        if rng.random_bool(0.3) {
            let note: String = (0..rng.random_range(0..30))
                .map(|_| any_char(rng))
                .collect();
            d.checklist.push(Progress {
                item: item.to_string(),
                status: Status::ALL[rng.random_range::<usize>(0..3)],
                note,
            });
        }
    }
    d
}

/// A character of the kinds that matter to the readers: JSON punctuation, digits (also
/// full-width), separators, letters, CJK and astral characters, controls.
fn any_char(rng: &mut TestRng) -> char {
    const SOME: &[char] = &[
        '"', '\\', '{', '}', '[', ']', ',', ':', '.', '-', '+', 'e', 'E', ' ', '\n', '\t', '0',
        '1', '9', '０', '９', '．', '，', '－', '／', '　', '万', '亿', '元', '字', '𠀀', '\u{0}',
        '\u{7f}', '\u{2028}', '\u{feff}',
    ];
    if rng.random_bool(0.7) {
        SOME[rng.random_range::<usize>(0..SOME.len() as i64)]
    } else {
        char::from_u32(rng.random_range(0..0x11_0000)).unwrap_or('\u{fffd}')
    }
}

/// One to three edits of `text`.
fn mutate(rng: &mut TestRng, text: &str) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for _ in 0..rng.random_range(1..4) {
        let len = chars.len();
        if len == 0 {
            chars.push(any_char(rng));
            continue;
        }
        let i: usize = rng.random_range(0..len as i64);
        let end = (i + rng.random_range::<usize>(1..16)).min(len);
        match rng.random_range(0..6) {
            0 => {
                chars.drain(i..end);
            }
            1 => chars.insert(i, any_char(rng)),
            2 => {
                let piece: Vec<char> = chars[i..end].to_vec();
                let j: usize = rng.random_range(0..len as i64 + 1);
                chars.splice(j..j, piece);
            }
            3 => chars[i] = chars[rng.random_range::<usize>(0..len as i64)],
            4 => chars[i] = any_char(rng),
            _ => chars.truncate(i),
        }
    }
    chars.into_iter().collect()
}

/// An amount as people type it.
fn typed_amount(rng: &mut TestRng) -> String {
    let m = money(rng);
    let written = match rng.random_range(0..4) {
        0 => m.value_in_unit().to_string(),
        1 => format_entered(m, Lang::Zh),
        2 => format_entered(m, Lang::En),
        _ => m
            .value_in_unit()
            .to_string()
            .chars()
            .map(|c| match c {
                '0'..='9' => char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap_or(c),
                '.' => '．',
                c => c,
            })
            .collect(),
    };
    if rng.random_bool(0.5) {
        mutate(rng, &written)
    } else {
        written
    }
}

/// A date as people type it.
fn typed_date(rng: &mut TestRng) -> String {
    let (y, m, d): (i32, u32, u32) = (
        rng.random_range(1940..2110),
        rng.random_range(0..14),
        rng.random_range(0..33),
    );
    let sep = ["-", "/", ".", "－", "／", "年"][rng.random_range::<usize>(0..6)];
    let written = format!("{y}{sep}{m}{sep}{d}");
    if rng.random_bool(0.5) {
        mutate(rng, &written)
    } else {
        written
    }
}

#[derive(Default)]
struct Counts {
    documents: u64,
    documents_read: u64,
    amounts: u64,
    amounts_read: u64,
    dates: u64,
    dates_read: u64,
}

fn main() {
    let mut args = std::env::args().skip(1);
    let total: u64 = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let seed: u64 = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(2024_0815);
    std::panic::set_hook(Box::new(|info| {
        CURRENT.with(|c| eprintln!("fuzz: panic on input {:?}\n{info}", c.borrow()));
    }));
    let mut rng = TestRng(seed);
    let as_of = CalendarDate::new(2025, 9, 1).expect("a date");
    let mut counts = Counts::default();
    let started = Instant::now();

    // A wizard with answers in it, to import into: a refused file must leave it as it was.
    let base = WizardState::from_document(Lang::Zh, as_of, document(&mut rng));

    let mut done = 0u64;
    while done < total {
        // Documents: an edited valid export, now and then random text.
        let valid = document(&mut rng).to_json();
        for _ in 0..8 {
            let input = if rng.random_bool(0.05) {
                (0..rng.random_range(0..200))
                    .map(|_| any_char(&mut rng))
                    .collect()
            } else {
                mutate(&mut rng, &valid)
            };
            checking(&input);
            counts.documents += 1;
            match AnswersDocument::from_json(&input) {
                Ok(read) => {
                    counts.documents_read += 1;
                    let again = AnswersDocument::from_json(&read.to_json());
                    assert_eq!(again.as_ref(), Ok(&read), "re-export of {input:?}");
                }
                Err(e) => {
                    let after = base.clone().apply(Action::Import(Err(e)));
                    assert_eq!(after.answers(), base.answers(), "{input:?}");
                    assert_eq!(after.checklist, base.checklist, "{input:?}");
                    assert_eq!(after.figures, base.figures, "{input:?}");
                    assert_eq!(after.step, base.step, "{input:?}");
                }
            }
        }
        done += 8;

        // Amounts, in every unit.
        for _ in 0..6 {
            let input = typed_amount(&mut rng);
            checking(&input);
            for unit in Unit::ALL {
                counts.amounts += 1;
                if let Ok(Some(m)) = parse_amount(&input, unit) {
                    counts.amounts_read += 1;
                    let back = parse_amount(&m.value_in_unit().to_string(), unit);
                    assert_eq!(back, Ok(Some(m)), "{input:?} in {unit:?}");
                }
            }
        }
        done += 18;

        // Dates.
        for _ in 0..6 {
            let input = typed_date(&mut rng);
            checking(&input);
            counts.dates += 1;
            if let Some(d) = CalendarDate::parse(&input) {
                counts.dates_read += 1;
                assert_eq!(CalendarDate::parse(&d.to_string()), Some(d), "{input:?}");
            }
        }
        done += 6;
    }

    let seconds = started.elapsed().as_secs_f64();
    println!("fuzz: seed {seed}, {done} inputs in {seconds:.1} s, no panic, every property held");
    println!(
        "  answers files: {} ({} read, {} refused with the state unchanged)",
        counts.documents,
        counts.documents_read,
        counts.documents - counts.documents_read
    );
    println!(
        "  typed amounts × units: {} ({} read and read back exactly)",
        counts.amounts, counts.amounts_read
    );
    println!(
        "  typed dates: {} ({} read and read back exactly)",
        counts.dates, counts.dates_read
    );
}
