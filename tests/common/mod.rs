//! Builders for answers in tests: an applicant who declares everything favourably, with figures
//! given in 元 as strings (parsed by the same parser the app uses).
#![allow(dead_code)]

use rust_decimal::Decimal;
use tic_selfcheck::rules::answers::{Answers, Financials, OperatingHistory, YearFigures};
use tic_selfcheck::rules::dates::CalendarDate;
use tic_selfcheck::rules::questions::{Answer, ApplicantPath, Question};

/// The date the test cases are assessed on: 2024 is then the latest complete fiscal year, and
/// outside the window in which the year before last may still stand.
pub const AS_OF: CalendarDate = CalendarDate {
    year: 2025,
    month: 9,
    day: 1,
};
use tic_selfcheck::rules::money::{Money, Unit};
use tic_selfcheck::rules::money_input::parse_required_amount;

pub fn yuan(text: &str) -> Money {
    parse_required_amount(text, Unit::Yuan).unwrap_or_else(|e| panic!("{text}: {e:?}"))
}

pub fn money(value: Decimal) -> Money {
    Money::new(value, Unit::Yuan).expect("valid amount")
}

/// An existing enterprise answering every question favourably, operating for 3+ years, with
/// figures for 2022–2024 given as (revenue, R&D total, R&D in China) in 元.
pub fn enterprise(years: [(&str, &str, &str); 3]) -> Answers {
    enterprise_in_yuan(
        years.map(|(rev, rd, dom)| (yuan(rev).yuan(), yuan(rd).yuan(), yuan(dom).yuan())),
    )
}

/// [`enterprise`], with the figures as decimals of 元.
pub fn enterprise_in_yuan(years: [(Decimal, Decimal, Decimal); 3]) -> Answers {
    let mut a = favourable(ApplicantPath::ExistingEnterprise);
    a.financials = Financials {
        latest_fiscal_year: Some(2024),
        operating_history: Some(OperatingHistory::ThreeYearsOrMore),
        years: years
            .iter()
            .zip(2022..)
            .map(|(&(rev, rd, dom), year)| YearFigures {
                year,
                sales_revenue: Some(money(rev)),
                rd_total: Some(money(rd)),
                rd_domestic: Some(money(dom)),
            })
            .collect(),
    };
    a
}

/// Every question asked on `path` answered the way that meets it; no figures.
pub fn favourable(path: ApplicantPath) -> Answers {
    let mut a = Answers {
        path: Some(path),
        ..Answers::default()
    };
    for q in Question::ALL {
        if q.asked_on(path) {
            a.declarations.insert(q, q.favourable());
        }
    }
    a
}

pub fn with_answer(mut a: Answers, q: Question, answer: Answer) -> Answers {
    a.declarations.insert(q, answer);
    a
}

/// Every Rust file below `dir`, at any depth.
pub fn rust_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("a readable folder") {
            let path = entry.expect("a readable entry").path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    out
}

/// Every scenario of `tests/scenarios/`, with its path, as JSON.
pub fn scenarios() -> Vec<(std::path::PathBuf, serde_json::Value)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/scenarios exists")
        .map(|e| e.expect("a readable entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("a readable scenario");
            let value =
                serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            (path, value)
        })
        .collect()
}

/// The paragraphs of `word/document.xml` as a reader sees them: a line break as `\n`, a tab
/// as `\t`.
pub fn paragraphs(document_xml: &str) -> Vec<String> {
    let tree = roxmltree::Document::parse(document_xml).expect("document.xml parses");
    tree.descendants()
        .filter(|n| n.has_tag_name("p"))
        .map(|p| {
            p.descendants()
                .filter_map(|n| match n.tag_name().name() {
                    "t" => n.text().map(str::to_string),
                    "br" => Some("\n".into()),
                    "tab" => Some("\t".into()),
                    _ => None,
                })
                .collect()
        })
        .collect()
}

/// The outline's first-level headings for the nine contents of Art. 7(1), in order.
pub const ELEMENTS_ZH: [&str; 9] = [
    "一、总体目标",
    "二、分年度目标",
    "三、里程碑目标",
    "四、建设内容",
    "五、技术路线",
    "六、预期成果",
    "七、运行机制",
    "八、预算方案",
    "九、保障措施",
];
