//! At a workshop's scale (issue 11 item 11): batch scoring that keeps
//! nothing per row when it writes a results file, and reports that read
//! the same whatever the size. Large runs are benchmarks (benches/batch.rs,
//! benches/group.rs), not tests: these assert behaviour on fixtures.

use std::path::Path;

use careerfit::content::Content;
use careerfit::workshop::batch::{self, Batch, Rows};
use careerfit::workshop::record::{self, Record};

const WORKSHOP: &str = "tests/fixtures/csv/workshop.csv";

fn fixture(path: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// Scores the workshop sheet into a spill buffer, keeping `rows`.
fn scored(rows: Rows) -> (Batch, Vec<u8>) {
    let content = Content::built_in().unwrap();
    let mut spill = Vec::new();
    let batch = batch::score_file_to(
        &content.quiz,
        &content.roles,
        &fixture(WORKSHOP),
        &mut spill,
        rows,
    )
    .expect("the sheet scores");
    (batch, spill)
}

/// The records of a spill, as a reader sees them once committed; the
/// batch id and time (new for every run) left out.
fn records(batch: &Batch, spill: &[u8]) -> Vec<Record> {
    let mut bytes = spill.to_vec();
    bytes.extend(serde_json::to_vec(&batch.commit()).unwrap());
    bytes.push(b'\n');
    record::parse(&bytes, "spill")
        .records
        .into_iter()
        .map(|mut r| {
            r.batch = None;
            r.time = String::new();
            r
        })
        .collect()
}

#[test]
fn a_batch_that_counts_its_rows_writes_the_same_records_and_says_the_same() {
    let (kept, kept_spill) = scored(Rows::Kept);
    let (counted, counted_spill) = scored(Rows::Counted);
    // Nothing is kept per row, but every count and word is the same.
    assert_eq!(kept.scored.len(), 7);
    assert!(counted.scored.is_empty());
    assert_eq!((kept.scored_rows, counted.scored_rows), (7, 7));
    assert_eq!(
        counted.summary(),
        "7 rows scored, 4 rows with problems, 1 blank row skipped"
    );
    assert_eq!(counted.summary(), kept.summary());
    assert_eq!(counted.commit().records, 7);
    assert_eq!(counted.problems, kept.problems);
    assert_eq!(counted.problem_rows, kept.problem_rows);
    assert_eq!(counted.sheet, kept.sheet);
    // The same records, row ids included (they come from the sheet).
    let (a, b) = (
        records(&kept, &kept_spill),
        records(&counted, &counted_spill),
    );
    assert_eq!(a.len(), 7);
    assert_eq!(a, b);
    // Nothing is left in memory once spilled.
    assert!(counted.lines.is_empty());
}

#[test]
fn a_counted_batch_lands_whole_with_its_commit_line() {
    let (batch, spill) = scored(Rows::Counted);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("results.jsonl");
    let added = batch::append_from(&out, &batch, &mut &spill[..], spill.len() as u64).unwrap();
    assert_eq!(added, record::Added::Added);
    let text = std::fs::read_to_string(&out).unwrap();
    let last = text.lines().last().unwrap();
    assert!(last.starts_with("{\"commit\":"), "{last}");
    assert!(last.contains("\"records\":7"), "{last}");
    assert_eq!(record::read(&out).unwrap().records.len(), 7);

    // Cut before its commit line, the batch reads as nothing, with a
    // warning naming where it began.
    let cut = &text[..text.len() - last.len() - 1];
    let read = record::parse(cut.as_bytes(), "cut.jsonl");
    assert!(read.records.is_empty());
    assert_eq!(
        read.warnings,
        vec![
            "cut.jsonl:1: skipped 7 records of a batch that never finished (score --answers-csv \
             was stopped before its end); run it again to add them"
                .to_string()
        ]
    );
}
