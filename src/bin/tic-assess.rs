//! `tic-assess FILE.json`: assesses an exported answers file with the same rules as the browser
//! app and prints the result as JSON, or as readable text with `--text`.
//!
//! Exit status: 0 preliminarily eligible, 1 not eligible, 2 cannot tell yet, 3 bad input; with
//! `--plan`, 0 for a plan written and 4 when the plan waits for figures to be corrected or
//! confirmed (today's unlikely figures, or the expected revenue).

use rust_decimal::Decimal;
use std::io::Read;
use std::process::ExitCode;
use tic_selfcheck::result::outline::{outline_docx, OutlineInput};
use tic_selfcheck::result::report::report;
use tic_selfcheck::result::{build, text, ResultInput};
use tic_selfcheck::rules::assess::assess;
use tic_selfcheck::rules::dates::CalendarDate;
use tic_selfcheck::rules::document::AnswersDocument;
use tic_selfcheck::rules::explain::Amounts;
use tic_selfcheck::rules::guideline::RuleSet;
use tic_selfcheck::rules::lang::{pick, Bilingual, Lang};
use tic_selfcheck::rules::money::Unit;
use tic_selfcheck::rules::money_input::{parse_amount, parse_typed_amount};
use tic_selfcheck::rules::outcome::{Assessment, Overall};
use tic_selfcheck::rules::planner::{
    self, needs_expected_revenue, plan_with, ExpectedRevenue, Planned,
};

const BAD_INPUT: u8 = 3;
/// `--plan`: the plan waits for figures to be corrected or confirmed.
const PLAN_WAITS: u8 = 4;

struct Options {
    file: String,
    text: bool,
    lang: Lang,
    /// The date the assessment is made for; today in Beijing unless `--as-of` says otherwise.
    as_of: Option<CalendarDate>,
    /// `--plan --expected-revenue AMOUNT`: the plan for next year's application instead of the
    /// assessment, with the current year's expected revenue in 元 (or with a unit: 14亿), and
    /// `--confirm-expected-revenue` when the tool found it unlikely and it is right.
    /// The expected revenue is `None` when none was given: the Art. 6 plan needs none.
    plan: Option<Option<ExpectedRevenue>>,
    /// `--outline`: the construction-plan outline as a Word document on standard output, with
    /// the amounts and notes left out when `--without-amounts` is given.
    outline: Option<Amounts>,
}

/// The expected revenue as typed: an amount in 元, or with its unit; whether a unit was
/// written is kept, since a small number without one is most likely a unit left out.
fn parse_expected_revenue(value: &str) -> Result<ExpectedRevenue, String> {
    match parse_typed_amount(value, Unit::Yuan) {
        Ok(Some(typed)) => Ok(ExpectedRevenue {
            typed,
            // Digits alone read as an amount with no unit; anything else named one.
            unit_written: parse_amount(value, Unit::Yuan).is_err(),
            confirmed: false,
        }),
        _ => Err(format!(
            "--expected-revenue needs an amount in yuan, or with a unit such as 14亿, not “{value}”"
        )),
    }
}

/// Today's date in China Standard Time (UTC+8, no daylight saving), the time zone of the
/// guideline and its applicants, from the system clock.
fn today_in_beijing() -> CalendarDate {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = ((seconds + 8 * 3600) / 86_400) as i64;
    civil_from_days(days)
}

/// The calendar date `days` after 1970-01-01 (proleptic Gregorian; H. Hinnant's algorithm).
fn civil_from_days(days: i64) -> CalendarDate {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    CalendarDate { year, month, day }
}

fn parse_as_of(value: &str) -> Result<CalendarDate, String> {
    let date = CalendarDate::parse(value).ok_or(format!(
        "--as-of needs a real date written YYYY-MM-DD, not “{value}”"
    ))?;
    if RuleSet::in_force_on(date).is_none() {
        return Err(format!(
            "--as-of {date}: the guideline was not in force yet on that date"
        ));
    }
    Ok(date)
}

fn usage(lang: Lang) -> String {
    pick(
        lang,
        "用法：tic-assess [--text] [--lang zh|en] [--as-of YYYY-MM-DD] [--plan --expected-revenue 金额] 答案文件.json\n       tic-assess --outline [--lang zh|en] [--without-amounts] 答案文件.json > 提纲.docx\n  读取本工具“保存到文件”得到的答案文件（“-”表示标准输入），按京科创发〔2024〕143号第五、六条评估。\n  默认输出 JSON；加 --text 输出可读文字。\n  --as-of 按指定日期评估（默认为北京时间今天），用于复现某一天的结果。\n  --plan --expected-revenue 金额：按本年度预计销售收入（元，或写明单位如14亿）计算明年申报所需的研发投入；\n    预计销售收入看起来有误（例如没有写单位）而确实无误时，加 --confirm-expected-revenue。\n    新建独立法人实体（第六条）的测算不需要预计销售收入，可只写 --plan。\n  --outline 把建设方案提纲（Word 文档）写到标准输出，请重定向到文件；加 --without-amounts 不含金额和清单备注。写成后退出码为0。\n  退出码：0初步符合，1不符合，2尚无法判断，3输入有误；--plan 写出测算为0，测算等待改正或确认数据为4。".into(),
        "usage: tic-assess [--text] [--lang zh|en] [--as-of YYYY-MM-DD] [--plan --expected-revenue AMOUNT] ANSWERS.json\n       tic-assess --outline [--lang zh|en] [--without-amounts] ANSWERS.json > outline.docx\n  Reads an answers file exported by the self-check (\"-\" for standard input) and assesses it\n  against Articles 5 and 6 of 京科创发〔2024〕143号. Prints JSON; --text prints readable text.\n  --as-of assesses as on that date (default: today in Beijing), to reproduce a result.\n  --plan --expected-revenue AMOUNT: the R&D next year's application needs, with this year's\n  expected revenue (yuan, or with a unit such as 14亿); add --confirm-expected-revenue when\n  the tool finds it unlikely (no unit, say) and it is right. A newly founded entity's\n  plan (Art. 6) needs no expected revenue: --plan alone.\n  --outline writes the construction-plan outline (a Word document) to standard output:\n  redirect it to a file. --without-amounts leaves out the amounts and checklist notes.\n  Exit status 0 once written.\n  Exit status: 0 preliminarily eligible, 1 not eligible, 2 cannot tell yet, 3 bad input;\n  with --plan, 0 for a plan written, 4 when it waits for figures to be corrected or confirmed.".into(),
    )
}

fn parse_args(args: &[String]) -> Result<Option<Options>, String> {
    let mut file = None;
    let mut text = false;
    let mut lang = Lang::Zh;
    let mut as_of = None;
    let mut wants_plan = false;
    let mut outline = false;
    let mut without_amounts = false;
    let mut expected = None;
    let mut confirm_expected = false;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--help" | "-h" => return Ok(None),
            "--text" => text = true,
            "--lang" => {
                let value = it.next().ok_or("--lang needs zh or en")?;
                lang = Lang::parse(value).ok_or(format!("unknown language: {value}"))?;
            }
            other if other.starts_with("--lang=") => {
                let value = &other["--lang=".len()..];
                lang = Lang::parse(value).ok_or(format!("unknown language: {value}"))?;
            }
            "--as-of" => as_of = Some(parse_as_of(it.next().ok_or("--as-of needs a date")?)?),
            other if other.starts_with("--as-of=") => {
                as_of = Some(parse_as_of(&other["--as-of=".len()..])?)
            }
            "--plan" => wants_plan = true,
            "--confirm-expected-revenue" => confirm_expected = true,
            "--outline" => outline = true,
            "--without-amounts" => without_amounts = true,
            "--expected-revenue" => {
                expected = Some(parse_expected_revenue(
                    it.next().ok_or("--expected-revenue needs an amount")?,
                )?)
            }
            other if other.starts_with("--expected-revenue=") => {
                expected = Some(parse_expected_revenue(
                    &other["--expected-revenue=".len()..],
                )?)
            }
            other if other.starts_with("--") => return Err(format!("unknown option: {other}")),
            other => {
                if file.replace(other.to_string()).is_some() {
                    return Err("give exactly one answers file".into());
                }
            }
        }
    }
    let file = file.ok_or("no answers file given")?;
    let plan = match (wants_plan, expected) {
        (true, Some(expected)) => Some(Some(ExpectedRevenue {
            confirmed: confirm_expected,
            ..expected
        })),
        (true, None) if confirm_expected => {
            return Err("--confirm-expected-revenue goes with --expected-revenue".into())
        }
        // Whether the plan needs it is known once the answers are read.
        (true, None) => Some(None),
        (false, Some(_)) => return Err("--expected-revenue goes with --plan".into()),
        (false, None) if confirm_expected => {
            return Err("--confirm-expected-revenue goes with --plan".into())
        }
        (false, None) => None,
    };
    let outline = match (outline, without_amounts) {
        (true, _) if text || plan.is_some() => {
            return Err("--outline goes without --text and --plan".into())
        }
        (true, false) => Some(Amounts::Shown),
        (true, true) => Some(Amounts::Hidden),
        (false, true) => return Err("--without-amounts goes with --outline".into()),
        (false, false) => None,
    };
    Ok(Some(Options {
        file,
        text,
        lang,
        as_of,
        plan,
        outline,
    }))
}

fn read_input(file: &str) -> std::io::Result<String> {
    if file == "-" {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s)?;
        Ok(s)
    } else {
        std::fs::read_to_string(file)
    }
}

/// Writes the outline to standard output, unless that is a terminal (a Word file there is
/// noise, and the person meant to redirect it).
fn write_outline(
    document: &AnswersDocument,
    assessment: Assessment,
    lang: Lang,
    amounts: Amounts,
) -> ExitCode {
    use std::io::{IsTerminal, Write};
    let mut stdout = std::io::stdout().lock();
    if stdout.is_terminal() {
        eprintln!(
            "tic-assess: {}",
            pick(
                lang,
                "--outline 输出的是 Word 文档，请重定向到文件，例如：> 提纲.docx".into(),
                "--outline writes a Word document: redirect it to a file, e.g. > outline.docx"
                    .into()
            )
        );
        return ExitCode::from(BAD_INPUT);
    }
    let bytes = outline_docx(
        &OutlineInput::of_document(document, &assessment),
        lang,
        amounts,
    );
    match stdout.write_all(&bytes).and_then(|()| stdout.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tic-assess: {e}");
            ExitCode::from(BAD_INPUT)
        }
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let lang_hint = args
        .windows(2)
        .find(|w| w[0] == "--lang")
        .and_then(|w| Lang::parse(&w[1]))
        .unwrap_or_default();
    let options = match parse_args(&args) {
        Ok(Some(o)) => o,
        Ok(None) => {
            println!("{}", usage(lang_hint));
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("tic-assess: {e}\n{}", usage(lang_hint));
            return ExitCode::from(BAD_INPUT);
        }
    };
    let lang = options.lang;
    let text = match read_input(&options.file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!(
                "tic-assess: {}",
                pick(
                    lang,
                    format!("无法读取文件{}：{e}", options.file),
                    format!("cannot read {}: {e}", options.file)
                )
            );
            return ExitCode::from(BAD_INPUT);
        }
    };
    // The checklist progress the document may carry plays no part in the verdicts.
    let document = match AnswersDocument::from_json(&text) {
        Ok(document) => document,
        Err(e) => {
            eprintln!(
                "tic-assess: {}\n  {}",
                e.plain_message(lang),
                e.message(lang)
            );
            return ExitCode::from(BAD_INPUT);
        }
    };
    let answers = &document.answers;
    let as_of = options.as_of.unwrap_or_else(today_in_beijing);
    if let Some(amounts) = options.outline {
        return write_outline(&document, assess(answers, as_of), lang, amounts);
    }
    if let Some(given) = options.plan {
        // Art. 5's plan starts from this year's expected revenue; Art. 6's needs none.
        let expected = match given {
            Some(expected) => expected,
            None if needs_expected_revenue(answers, as_of) => {
                eprintln!(
                    "tic-assess: {}",
                    Bilingual::new(
                        "--plan 需要 --expected-revenue 金额（本年度预计销售收入），现有企业的测算从它开始。",
                        "--plan needs --expected-revenue AMOUNT (this year's expected revenue): an existing enterprise's plan starts from it."
                    )
                    .get(lang)
                );
                return ExitCode::from(BAD_INPUT);
            }
            None => ExpectedRevenue::with_unit(Decimal::ZERO),
        };
        let planned = plan_with(answers, as_of, expected);
        let rules = RuleSet::for_date(as_of);
        if options.text {
            println!(
                "{}",
                planner::plan_sentences(&planned, rules, lang).join("\n")
            );
        } else {
            let json = serde_json::json!({
                "as_of": as_of,
                "expected_revenue": given.map(|e| e.typed.yuan()),
                "plan": planned,
                "message": {
                    "zh": planner::plan_sentences(&planned, rules, Lang::Zh),
                    "en": planner::plan_sentences(&planned, rules, Lang::En),
                },
            });
            println!(
                "{}",
                serde_json::to_string_pretty(&json).unwrap_or_default()
            );
        }
        // A plan that waits for figures to be corrected or confirmed is not a plan to act on.
        return match planned {
            Planned::WaitsForFigures { .. } => ExitCode::from(PLAN_WAITS),
            Planned::CheckExpectedRevenue { .. } => {
                eprintln!(
                    "tic-assess: {}",
                    pick(
                        lang,
                        "预计销售收入确实无误时，加 --confirm-expected-revenue 再运行。".into(),
                        "if the expected revenue is right, run again with --confirm-expected-revenue."
                            .into()
                    )
                );
                ExitCode::from(PLAN_WAITS)
            }
            _ => ExitCode::SUCCESS,
        };
    }
    let assessment = assess(answers, as_of);
    if options.text {
        // The result as the page has it, with the names from the file.
        let doc = build(&ResultInput {
            assessment: &assessment,
            answers,
            organisation: &document.about.organisation,
            filled_by: &document.about.filled_by,
            lang,
            amounts: Amounts::Shown,
        });
        print!("{}", text::render(&doc));
    } else {
        let json = serde_json::to_string_pretty(&report(&assessment, answers)).unwrap_or_default();
        println!("{json}");
    }
    ExitCode::from(match assessment.overall {
        Overall::PreliminarilyEligible => 0,
        Overall::NotEligible => 1,
        Overall::CannotTellYet => 2,
    })
}

#[cfg(test)]
mod tests {
    use super::civil_from_days;

    #[test]
    fn days_since_the_epoch_become_dates() {
        assert_eq!(civil_from_days(0).to_string(), "1970-01-01");
        assert_eq!(civil_from_days(19_797).to_string(), "2024-03-15");
        assert_eq!(civil_from_days(19_782).to_string(), "2024-02-29");
        assert_eq!(civil_from_days(20_819).to_string(), "2027-01-01");
        assert_eq!(civil_from_days(-1).to_string(), "1969-12-31");
    }
}
