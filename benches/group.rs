//! Benchmark of the group report over 100,000 records: read the results
//! file, parse and summarise the group, export CSV. Budget: under 1 second on one
//! core. The records are scored by the real engine from varied answers
//! (not timed), written to a temporary file, then the report is timed.
//!
//! Run with `cargo bench --bench group`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use careerfit::content::{Answer, AnswerSheet, Content, QuestionKind};
use careerfit::scoring::score;
use careerfit::store::clock;
use careerfit::workshop::group::{Loader, export};
use careerfit::workshop::record::{self, Record};

const RECORDS: usize = 100_000;
const RUNS: usize = 5;

/// 100,000 participants of the built-in quiz: answers from a simple
/// pseudo-random sequence, some skipped, some anonymous, one a second.
fn records() -> Vec<Record> {
    let content = Content::built_in().expect("the built-in content loads");
    let quiz = &content.quiz;
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    (0..RECORDS)
        .map(|i| {
            let answers = quiz
                .questions
                .iter()
                .map(|q| {
                    let r = next();
                    if r % 17 == 0 {
                        return None;
                    }
                    Some(match &q.kind {
                        QuestionKind::Likert { .. } => Answer::Likert((r % 5) as u8 + 1),
                        QuestionKind::Choice { options } => {
                            Answer::Choice((r % options.len() as u64) as usize)
                        }
                    })
                })
                .collect();
            let sheet = AnswerSheet::from_answers(answers);
            let outcome = score(quiz, &content.roles, &sheet).expect("scores");
            let label = (i % 5 != 0).then(|| format!("Person {i}"));
            let mut record = Record::new(quiz, "benchmark", label, &sheet, &outcome);
            record.time = clock::timestamp(1_795_600_000 + i as u64);
            record
        })
        .collect()
}

fn main() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("results.jsonl");
    record::append(&path, &records()).expect("the records are written");
    let size = std::fs::metadata(&path).map_or(0, |m| m.len());
    println!(
        "group report over {RECORDS} records ({:.1} MB), best of {RUNS} runs:",
        size as f64 / 1e6
    );

    // The same steps as `careerfit report FILE --format csv`.
    let mut best = [Duration::MAX; 4];
    for _ in 0..RUNS {
        let start = Instant::now();
        let file = std::fs::File::open(&path).expect("the file opens");
        let mut loader = Loader::new();
        loader
            .read_from(
                std::io::BufReader::with_capacity(1 << 16, file),
                "results.jsonl",
            )
            .expect("the file reads");
        assert_eq!(loader.entries.len(), RECORDS);
        let t_read = start.elapsed();
        let group = loader.finish();
        let t_summary = start.elapsed() - t_read;
        let csv = export::csv(&group, false);
        let t_total = start.elapsed();
        let t_csv = t_total - t_read - t_summary;
        assert_eq!(csv.lines().count(), RECORDS + 1);
        black_box(csv);
        for (slot, t) in best.iter_mut().zip([t_read, t_summary, t_csv, t_total]) {
            *slot = (*slot).min(t);
        }
    }
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!("  read and parse      {:>8.1} ms", ms(best[0]));
    println!("  summarise           {:>8.1} ms", ms(best[1]));
    println!("  export CSV          {:>8.1} ms", ms(best[2]));
    println!(
        "  total               {:>8.1} ms  (budget 1000 ms)",
        ms(best[3])
    );
    if best[3] > Duration::from_secs(1) {
        println!("  OVER BUDGET");
    }
}
