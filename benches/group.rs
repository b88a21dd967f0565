//! Benchmark of the group report over 100,000 records: read the results
//! file, parse and summarise the group, export CSV. Budget: under 0.5
//! second on one core (`careerfit report FILE --format csv` runs the
//! "counted" steps). The records are scored by the real engine from varied answers
//! (not timed), written to a temporary file, then the report is timed.
//!
//! Then the live dashboard's data side (`report --watch`): the files read
//! when it opens, and what one more participant costs: reading the files
//! again (as it was) against reading only what was added (as it is).
//! `CAREERFIT_BENCH_RECORDS=1000000` measures a million records.
//!
//! Run with `cargo bench --bench group`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use careerfit::content::{Answer, AnswerSheet, Content, QuestionKind};
use careerfit::scoring::score;
use careerfit::store::clock;
use careerfit::workshop::group::{Loader, export};
use careerfit::workshop::record::{self, Record};

fn records_wanted() -> usize {
    std::env::var("CAREERFIT_BENCH_RECORDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(100_000)
}
const RUNS: usize = 5;

/// 100,000 participants of the built-in quiz: answers from a simple
/// pseudo-random sequence, some skipped, some anonymous, one a second.
fn records(count: usize) -> Vec<Record> {
    let content = Content::built_in().expect("the built-in content loads");
    let quiz = &content.quiz;
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    (0..count)
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
    let n = records_wanted();
    let all = records(n + 1);
    record::append(&path, &all[..n]).expect("the records are written");
    let size = std::fs::metadata(&path).map_or(0, |m| m.len());
    println!(
        "group report over {n} records ({:.1} MB), best of {RUNS} runs:",
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
        assert_eq!(loader.entries.len(), n);
        let t_read = start.elapsed();
        let group = loader.finish();
        let t_summary = start.elapsed() - t_read;
        let csv = export::csv(&group, false);
        let t_total = start.elapsed();
        let t_csv = t_total - t_read - t_summary;
        assert_eq!(csv.lines().count(), n + 1);
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
        "  total               {:>8.1} ms  (budget 500 ms)",
        ms(best[3])
    );
    if best[3] > Duration::from_millis(500) {
        println!("  OVER BUDGET");
    }
    counted(&path, n);
    watch(&path, &all[n], n);
}

/// `careerfit report FILE --format csv` as it runs: the file read once for
/// the summary, the participants written aside and listed from there.
fn counted(path: &std::path::Path, n: usize) {
    use careerfit::workshop::record::files as source;
    let files = vec![path.to_path_buf()];
    let mut best = [Duration::MAX; 2];
    let mut totals = Vec::new();
    for _ in 0..RUNS {
        let start = Instant::now();
        let counted = source::count_all(&files).expect("the file reads");
        let t_count = start.elapsed();
        let reread = counted.reread.expect("in the order they finished");
        let mut out = Vec::new();
        let sheet = export::Sheet {
            group: &counted.group,
            people: &reread,
            files: &[],
            hide_names: false,
            words: careerfit::lang::Words::english(),
        };
        export::csv_to(&sheet, &mut out).expect("written");
        let t_total = start.elapsed();
        assert_eq!(out.iter().filter(|b| **b == b'\n').count(), n + 1);
        black_box(out);
        best[0] = best[0].min(t_count);
        best[1] = best[1].min(t_total);
        totals.push(t_total);
    }
    totals.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!("counted report (memory bounded), CSV, best of {RUNS} runs:");
    println!("  read, summarise, write aside {:>8.1} ms", ms(best[0]));
    println!(
        "  total with CSV export        {:>8.1} ms  (median {:.1} ms; budget 500 ms)",
        ms(best[1]),
        ms(totals[RUNS / 2])
    );
    if totals[RUNS / 2] > Duration::from_millis(500) {
        println!("  OVER BUDGET");
    }
}

/// The dashboard with --watch: opening, then one more participant.
fn watch(path: &std::path::Path, one_more: &Record, n: usize) {
    use careerfit::workshop::group::Group;
    use careerfit::workshop::record::files::{self as source, Source};
    let files = vec![path.to_path_buf()];
    let start = Instant::now();
    let mut source = Source::new(&files, true);
    let mut group = Group::default();
    source.poll(&mut group).expect("the file reads");
    let t_open = start.elapsed();
    record::append(path, std::slice::from_ref(one_more)).expect("one more is written");
    let start = Instant::now();
    let reread = source::read_all(&files, true).expect("the file reads");
    let t_reread = start.elapsed();
    let start = Instant::now();
    source.poll(&mut group).expect("the file reads");
    let t_poll = start.elapsed();
    assert_eq!(group.participants, n + 1);
    assert_eq!(reread.group.participants, n + 1);
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!("dashboard --watch over {n} records:");
    println!("  open (read all, summarise)        {:>8.1} ms", ms(t_open));
    println!(
        "  one more: read all again          {:>8.1} ms",
        ms(t_reread)
    );
    println!("  one more: read only what was added{:>8.3} ms", ms(t_poll));
}
