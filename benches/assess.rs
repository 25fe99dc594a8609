//! Reports how long one `assess` call takes (median and spread over many runs). A report, not a
//! test: run it with `cargo bench --bench assess`.

use std::hint::black_box;
use std::time::Instant;
use tic_selfcheck::rules::answers::Answers;
use tic_selfcheck::rules::assess::assess;
use tic_selfcheck::rules::dates::CalendarDate;
use tic_selfcheck::rules::document::AnswersDocument;

fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/scenarios");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/scenarios")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let cases: Vec<(Answers, CalendarDate)> = files
        .iter()
        .map(|p| {
            let v: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(p).expect("read")).expect("json");
            let as_of = v["as_of"].as_str().and_then(CalendarDate::parse);
            let answers = AnswersDocument::from_json(&v["answers"].to_string())
                .expect("answers")
                .answers;
            (answers, as_of.expect("as_of"))
        })
        .collect();
    const ROUNDS: usize = 2000;
    let mut per_call_ns = Vec::with_capacity(ROUNDS);
    for _ in 0..ROUNDS {
        let start = Instant::now();
        for (a, as_of) in &cases {
            black_box(assess(black_box(a), *as_of));
        }
        per_call_ns.push(start.elapsed().as_nanos() as f64 / cases.len() as f64);
    }
    per_call_ns.sort_by(|a, b| a.total_cmp(b));
    let pct = |p: usize| per_call_ns[(per_call_ns.len() - 1) * p / 100];
    println!(
        "assess: {} scenario files × {ROUNDS} rounds; per call median {:.2} µs, p10 {:.2} µs, p90 {:.2} µs",
        cases.len(),
        pct(50) / 1000.0,
        pct(10) / 1000.0,
        pct(90) / 1000.0
    );
}
