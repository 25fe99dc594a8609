//! `tic-assess FILE.json`: assesses an exported answers file with the same rules as the browser
//! app and prints the result as JSON, or as readable text with `--text`.
//!
//! Exit status: 0 preliminarily eligible, 1 not eligible, 2 cannot tell yet, 3 bad input.

use std::io::Read;
use std::process::ExitCode;
use tic_selfcheck::rules::answers::Answers;
use tic_selfcheck::rules::assess::{assess, Assessment, Overall, Verdict};
use tic_selfcheck::rules::explain::{describe, describe_period, describe_scale, summary};
use tic_selfcheck::rules::guideline::GUIDELINE;
use tic_selfcheck::rules::lang::{pick, Lang};
use tic_selfcheck::rules::report::report;

const BAD_INPUT: u8 = 3;

struct Options {
    file: String,
    text: bool,
    lang: Lang,
}

fn usage(lang: Lang) -> String {
    pick(
        lang,
        "用法:tic-assess [--text] [--lang zh|en] 答案文件.json\n  读取本工具导出的答案文件(“-”表示标准输入),按京科创发〔2024〕143号第五、六条评估。\n  默认输出 JSON;--text 输出可读文字。\n  退出码:0 初步符合,1 不符合,2 尚无法判断,3 输入有误。".into(),
        "usage: tic-assess [--text] [--lang zh|en] ANSWERS.json\n  Reads an answers file exported by the self-check (\"-\" for standard input) and assesses it\n  against Articles 5 and 6 of 京科创发〔2024〕143号. Prints JSON; --text prints readable text.\n  Exit status: 0 preliminarily eligible, 1 not eligible, 2 cannot tell yet, 3 bad input.".into(),
    )
}

fn parse_args(args: &[String]) -> Result<Option<Options>, String> {
    let mut file = None;
    let mut text = false;
    let mut lang = Lang::Zh;
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
            other if other.starts_with("--") => return Err(format!("unknown option: {other}")),
            other => {
                if file.replace(other.to_string()).is_some() {
                    return Err("give exactly one answers file".into());
                }
            }
        }
    }
    let file = file.ok_or("no answers file given")?;
    Ok(Some(Options { file, text, lang }))
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

fn mark(verdict: Verdict, lang: Lang) -> String {
    let symbol = match verdict {
        Verdict::Met => "✓",
        Verdict::NotMet => "✗",
        Verdict::CannotTell => "?",
    };
    format!("{symbol} {}", verdict.label().get(lang))
}

fn text_report(a: &Assessment, lang: Lang) -> String {
    let mut out = String::new();
    out.push_str(&pick(
        lang,
        format!("技术创新中心依托单位条件自评({})\n", GUIDELINE.number),
        format!("Supporting-unit self-check ({})\n", GUIDELINE.number),
    ));
    out.push_str(&pick(
        lang,
        format!("总体结论:{}\n", a.overall.label().get(lang)),
        format!("Overall: {}\n", a.overall.label().get(lang)),
    ));
    out.push_str(&summary(a, lang));
    out.push('\n');
    if let Some(p) = &a.period {
        out.push_str(&describe_period(p, lang));
        out.push('\n');
    }
    for c in &a.conditions {
        out.push_str(&format!(
            "\n[{}] {} {}\n",
            mark(c.verdict, lang),
            c.clause.citation(lang),
            c.condition.title().get(lang)
        ));
        if let Some(scale) = &c.revenue_scale {
            out.push_str(&format!("    {}\n", describe_scale(scale, lang)));
        }
        for f in &c.findings {
            out.push_str(&format!(
                "  {}: {}\n",
                mark(f.verdict, lang),
                describe(&f.reason, lang)
            ));
        }
    }
    out
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
                    format!("无法读取文件 {}:{e}", options.file),
                    format!("cannot read {}: {e}", options.file)
                )
            );
            return ExitCode::from(BAD_INPUT);
        }
    };
    let answers = match Answers::from_json(&text) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("tic-assess: {}", e.message(lang));
            return ExitCode::from(BAD_INPUT);
        }
    };
    let assessment = assess(&answers);
    if options.text {
        print!("{}", text_report(&assessment, lang));
    } else {
        let json = serde_json::to_string_pretty(&report(&assessment)).unwrap_or_default();
        println!("{json}");
    }
    ExitCode::from(match assessment.overall {
        Overall::PreliminarilyEligible => 0,
        Overall::NotEligible => 1,
        Overall::CannotTellYet => 2,
    })
}
