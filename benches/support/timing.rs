//! A small timing harness shared by the benchmarks (`#[path]`-included):
//! runs a piece of work many times for about a second and prints the
//! median, 10th and 90th percentile time of one run.
//!
//! It replaces criterion, whose statistics and plotting we never read and
//! whose dependencies (regex, ciborium, ...) every newcomer's first
//! `cargo test` had to build. Figures are for the README, never asserted.

// Each benchmark uses the part it needs.
#![allow(dead_code)]

use std::hint::black_box;
use std::time::{Duration, Instant};

/// How long each benchmark is measured for, after a warm-up of a fifth of it.
const MEASURE: Duration = Duration::from_secs(2);

/// Times `run`, grouping quick runs into batches so the clock's own cost
/// does not count, and prints one line: the name and the time of one run.
pub fn bench<T>(name: &str, mut run: impl FnMut() -> T) {
    // Warm up, and find how many runs make a batch of about 1 ms.
    let started = Instant::now();
    let mut runs = 0u64;
    while started.elapsed() < MEASURE / 5 {
        black_box(run());
        runs += 1;
    }
    let per_run = started.elapsed() / runs.max(1) as u32;
    let batch = (Duration::from_millis(1).as_nanos() / per_run.as_nanos().max(1)).max(1) as u32;
    let mut samples = Vec::new();
    let started = Instant::now();
    while started.elapsed() < MEASURE {
        let t = Instant::now();
        for _ in 0..batch {
            black_box(run());
        }
        samples.push(t.elapsed() / batch);
    }
    report(name, samples);
}

/// Times `run` on a fresh value from `setup` each time; the setup is not
/// timed (a new terminal for a "full" draw, say).
pub fn bench_with_setup<S, T>(
    name: &str,
    mut setup: impl FnMut() -> S,
    mut run: impl FnMut(&mut S) -> T,
) {
    let mut samples = Vec::new();
    let started = Instant::now();
    let mut warm = true;
    while started.elapsed() < MEASURE + MEASURE / 5 {
        let mut input = setup();
        let t = Instant::now();
        black_box(run(&mut input));
        let took = t.elapsed();
        if warm && started.elapsed() >= MEASURE / 5 {
            warm = false;
            samples.clear();
        }
        samples.push(took);
    }
    report(name, samples);
}

fn report(name: &str, mut samples: Vec<Duration>) {
    samples.sort_unstable();
    let at = |p: usize| samples[(samples.len() - 1) * p / 100];
    println!(
        "{name:<45} median {:>10}   p10 {:>10}   p90 {:>10}   ({} samples)",
        shown(at(50)),
        shown(at(10)),
        shown(at(90)),
        samples.len()
    );
}

fn shown(d: Duration) -> String {
    let ns = d.as_nanos() as f64;
    if ns < 1_000.0 {
        format!("{ns:.0} ns")
    } else if ns < 1_000_000.0 {
        format!("{:.2} µs", ns / 1_000.0)
    } else {
        format!("{:.3} ms", ns / 1_000_000.0)
    }
}
