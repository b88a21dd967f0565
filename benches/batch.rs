//! Benchmark of batch scoring, end to end: a 100,000-row CSV of the
//! default quiz (varied answers: scale points, option ids and positions,
//! skipped questions, participant names) read, scored and added to a
//! results file as `score --answers-csv F --results OUT` does (each record
//! written straight into the file, the commit line last, one fsync).
//! Budget: under 0.5 second on one core. Then the same sheet scored into
//! memory and appended from there (the library's `score_file` + `append`).
//!
//! Run with `cargo bench --bench batch`; prints the figures.

use std::fmt::Write as _;
use std::hint::black_box;
use std::time::{Duration, Instant};

use careerfit::content::{Content, QuestionKind};
use careerfit::workshop::batch::{self, Rows};
use careerfit::workshop::record::Added;

const ROWS: usize = 100_000;
const RUNS: usize = 5;

fn main() {
    let content = Content::built_in().expect("the built-in content loads");
    let dir = tempfile::tempdir().expect("a temp dir");
    let csv = dir.path().join("responses.csv");
    std::fs::write(&csv, generate(&content, ROWS)).expect("the CSV is written");
    let csv_size = std::fs::metadata(&csv).map_or(0, |m| m.len());

    let mut times = Vec::new();
    for run in 0..RUNS {
        // A fresh file each run: the same sheet is never added twice.
        let out = dir.path().join(format!("results-{run}.jsonl"));
        let start = Instant::now();
        let (scored, added) =
            batch::score_file_into(&content.quiz, &content.roles, &csv, &out, Rows::Counted)
                .expect("scores");
        let took = start.elapsed();
        assert_eq!(added.expect("adds"), Added::Added);
        assert_eq!(scored.scored_rows, ROWS, "every row is good");
        black_box(&scored);
        let size = std::fs::metadata(&out).map_or(0, |m| m.len());
        if run == 0 {
            println!(
                "batch: {ROWS} rows, CSV {:.1} MB in, results {:.1} MB out",
                csv_size as f64 / 1e6,
                size as f64 / 1e6
            );
        }
        println!("batch: run {}: {:.3} s", run + 1, took.as_secs_f64());
        times.push(took);
        std::fs::remove_file(&out).expect("the results file is removed");
    }
    times.sort();
    let best = times[0];
    let median = times[RUNS / 2];
    println!(
        "batch: score {ROWS} rows CSV -> results file: best {:.3} s, median {:.3} s ({:.2} µs/row) [budget 0.5 s]",
        best.as_secs_f64(),
        median.as_secs_f64(),
        median.as_secs_f64() * 1e6 / ROWS as f64
    );
    if median > Duration::from_millis(500) {
        println!("batch: OVER BUDGET");
    }

    // The library's other way: every record in memory, then appended.
    let mut times = Vec::new();
    for run in 0..RUNS {
        let out = dir.path().join(format!("memory-{run}.jsonl"));
        let start = Instant::now();
        let scored = batch::score_file(&content.quiz, &content.roles, &csv).expect("scores");
        batch::append(&out, &scored).expect("appends");
        times.push(start.elapsed());
        assert_eq!(scored.scored.len(), ROWS, "every row is good");
        black_box(&scored);
        std::fs::remove_file(&out).expect("the results file is removed");
    }
    times.sort();
    println!(
        "batch: in memory, then appended: best {:.3} s, median {:.3} s",
        times[0].as_secs_f64(),
        times[RUNS / 2].as_secs_f64()
    );
}

/// A spreadsheet of `rows` varied answers: a participant column, every
/// question in quiz order, answers cycling through scale points, option
/// ids, positions and `4.0`-style decimals, with about one cell in ten
/// left empty.
fn generate(content: &Content, rows: usize) -> String {
    let quiz = &content.quiz;
    let mut out = String::from("participant");
    for q in &quiz.questions {
        out.push(',');
        out.push_str(&q.id);
    }
    out.push_str("\r\n");
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for row in 0..rows {
        let _ = write!(out, "Participant {row}");
        let mut answered = 0;
        for q in &quiz.questions {
            out.push(',');
            let r = next();
            if r % 10 == 0 && answered > 0 {
                continue;
            }
            answered += 1;
            match &q.kind {
                QuestionKind::Likert { .. } => {
                    let point = (r >> 8) % 5 + 1;
                    if r % 7 == 0 {
                        let _ = write!(out, "{point}.0");
                    } else {
                        let _ = write!(out, "{point}");
                    }
                }
                QuestionKind::Choice { options } => {
                    let i = ((r >> 8) as usize) % options.len();
                    if r % 2 == 0 {
                        out.push_str(&options[i].id);
                    } else {
                        let _ = write!(out, "{}", i + 1);
                    }
                }
            }
        }
        out.push_str("\r\n");
    }
    out
}
