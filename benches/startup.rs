//! Startup benchmark (not a timed test): how long the real binaries take
//! from spawn to their first frame on screen, and their peak memory, in a
//! pseudo-terminal of 80x24. careerfit is compared with the smallest
//! ratatui program (examples/minimal_frame.rs).
//!
//! Run with `cargo bench --bench startup` (the release profile a newcomer
//! builds) or `cargo bench --profile dist --bench startup` (the packaged
//! binary). It first builds `--bin careerfit --example minimal_frame` with
//! that profile so the binaries under target/<profile> are fresh; if that fails it says so and
//! stops. Budgets: first frame < 15 ms, peak RSS < 8 MB, and within 1.5x of
//! the minimal program.
//!
//! - startup: from just before the spawn to the moment the pty output, fed
//!   through a vt100 emulator, first shows the first frame ("Press Enter to
//!   start" for careerfit, "hello" for the minimal program). The check runs
//!   on the reader thread after every chunk read, so no polling delay is
//!   added.
//! - peak memory: VmHWM from /proc/<pid>/status once the first frame is up
//!   (the program is then idle, waiting for a key).
//! - exit: from sending a key (q, or any key) to the process being reaped.

#[cfg(not(target_os = "linux"))]
fn main() {
    eprintln!("the startup benchmark reads /proc and runs on Linux only");
}

#[cfg(target_os = "linux")]
fn main() {
    linux::main();
}

#[cfg(target_os = "linux")]
mod linux {
    use std::io::{Read, Write};
    use std::num::NonZeroU16;
    use std::path::{Path, PathBuf};
    use std::process::Command;
    use std::sync::mpsc;
    use std::thread;
    use std::time::{Duration, Instant};

    use portable_pty::{CommandBuilder, PtySize, native_pty_system};

    const RUNS: usize = 30;
    const TIMEOUT: Duration = Duration::from_secs(10);

    struct Program {
        name: &'static str,
        path: PathBuf,
        /// Text that is on screen once the first frame is drawn.
        first_frame: &'static str,
        /// The key that makes it leave.
        quit_key: &'static [u8],
    }

    #[derive(Default)]
    struct Samples {
        startup: Vec<Duration>,
        exit: Vec<Duration>,
        peak_kib: Vec<u64>,
    }

    struct Run {
        startup: Duration,
        exit: Duration,
        peak_kib: u64,
    }

    pub fn main() {
        let release = release_dir();
        build(&release);
        let programs = [
            Program {
                name: "careerfit",
                path: release.join("careerfit"),
                first_frame: "Press Enter to start",
                quit_key: b"q",
            },
            Program {
                name: "minimal_frame",
                path: release.join("examples").join("minimal_frame"),
                first_frame: "hello",
                quit_key: b"x",
            },
        ];
        for program in &programs {
            if !program.path.is_file() {
                eprintln!(
                    "startup bench: {} is missing; build it first with\n    cargo build --profile {} --bin careerfit --example minimal_frame",
                    program.path.display(),
                    profile_name(&release)
                );
                std::process::exit(2);
            }
        }

        // One unmeasured run each to warm the page cache.
        for program in &programs {
            run_once(program);
        }
        let mut samples: Vec<Samples> = programs.iter().map(|_| Samples::default()).collect();
        for _ in 0..RUNS {
            for (program, samples) in programs.iter().zip(&mut samples) {
                let run = run_once(program);
                samples.startup.push(run.startup);
                samples.exit.push(run.exit);
                samples.peak_kib.push(run.peak_kib);
            }
        }

        let stats: Vec<Stats> = samples.iter_mut().map(Stats::of).collect();
        println!("startup in a pty at 80x24, {RUNS} runs each, alternating");
        println!(
            "{:<15} {:>14} {:>14} {:>16} {:>14}",
            "program", "startup p50", "startup p90", "peak RSS p50", "exit p50"
        );
        for (program, s) in programs.iter().zip(&stats) {
            println!(
                "{:<15} {:>11.2} ms {:>11.2} ms {:>12.2} MiB {:>11.2} ms",
                program.name, s.startup_p50, s.startup_p90, s.peak_mib_p50, s.exit_p50,
            );
        }
        let (c, m) = (&stats[0], &stats[1]);
        println!(
            "careerfit / minimal: startup p50 {:.2}x, p90 {:.2}x, peak RSS {:.2}x",
            c.startup_p50 / m.startup_p50,
            c.startup_p90 / m.startup_p90,
            c.peak_mib_p50 / m.peak_mib_p50,
        );
    }

    struct Stats {
        startup_p50: f64,
        startup_p90: f64,
        peak_mib_p50: f64,
        exit_p50: f64,
    }

    impl Stats {
        fn of(samples: &mut Samples) -> Stats {
            Stats {
                startup_p50: ms(percentile(&mut samples.startup, 50)),
                startup_p90: ms(percentile(&mut samples.startup, 90)),
                peak_mib_p50: mib(percentile(&mut samples.peak_kib, 50)),
                exit_p50: ms(percentile(&mut samples.exit, 50)),
            }
        }
    }

    /// target/release, found from this benchmark's own path
    /// (target/release/deps/startup-*), so CARGO_TARGET_DIR is respected.
    fn release_dir() -> PathBuf {
        let exe = std::env::current_exe().expect("the bench's own path");
        exe.parent()
            .and_then(Path::parent)
            .map(Path::to_path_buf)
            .expect("the bench runs from target/<profile>/deps")
    }

    /// The cargo profile whose folder this is: `release` for a plain
    /// `cargo bench`, `dist` for `cargo bench --profile dist`.
    fn profile_name(dir: &Path) -> &str {
        dir.file_name()
            .and_then(|name| name.to_str())
            .unwrap_or("release")
    }

    fn build(release: &Path) {
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let mut command = Command::new(cargo);
        command
            .args([
                "build",
                "--profile",
                profile_name(release),
                "--bin",
                "careerfit",
                "--example",
                "minimal_frame",
            ])
            .current_dir(env!("CARGO_MANIFEST_DIR"));
        if let Some(target) = release.parent() {
            command.env("CARGO_TARGET_DIR", target);
        }
        match command.status() {
            Ok(status) if status.success() => {}
            other => eprintln!(
                "startup bench: `cargo build --release --bin careerfit --example minimal_frame` failed ({other:?}); \
                 using whatever binaries are there"
            ),
        }
    }

    fn run_once(program: &Program) -> Run {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: 24,
                cols: 80,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let mut command = CommandBuilder::new(&program.path);
        command.env("TERM", "xterm-256color");
        command.env_remove("NO_COLOR");

        let (found_tx, found_rx) = mpsc::channel::<Instant>();
        let mut output = pair.master.try_clone_reader().expect("pty reader");
        let needle = program.first_frame;
        let reader = thread::spawn(move || {
            let rows = NonZeroU16::new(24).unwrap();
            let cols = NonZeroU16::new(80).unwrap();
            let mut parser = vt100::Parser::new(rows, cols, 0);
            let mut buf = [0u8; 16384];
            let mut sent = false;
            loop {
                match output.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        parser.process(&buf[..n]);
                        if !sent && parser.screen().contents().contains(needle) {
                            let _ = found_tx.send(Instant::now());
                            sent = true;
                        }
                    }
                }
            }
        });
        let mut writer = pair.master.take_writer().expect("pty writer");

        let start = Instant::now();
        let mut child = pair.slave.spawn_command(command).expect("spawn");
        drop(pair.slave);
        let Ok(first_frame) = found_rx.recv_timeout(TIMEOUT) else {
            let _ = child.kill();
            panic!("{}: no first frame within {TIMEOUT:?}", program.name);
        };
        let startup = first_frame - start;
        let pid = child.process_id().expect("the child's pid");
        let peak_kib = vm_hwm_kib(pid);

        let asked = Instant::now();
        writer.write_all(program.quit_key).expect("send the key");
        writer.flush().expect("flush");
        let status = loop {
            if let Some(status) = child.try_wait().expect("poll the child") {
                break status;
            }
            if asked.elapsed() > TIMEOUT {
                let _ = child.kill();
                panic!("{}: did not exit within {TIMEOUT:?}", program.name);
            }
            thread::sleep(Duration::from_micros(200));
        };
        let exit = asked.elapsed();
        assert!(status.success(), "{}: {status}", program.name);
        drop(writer);
        let _ = reader.join();
        Run {
            startup,
            exit,
            peak_kib,
        }
    }

    fn vm_hwm_kib(pid: u32) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{pid}/status"))
            .expect("read /proc/<pid>/status");
        status
            .lines()
            .find_map(|line| line.strip_prefix("VmHWM:"))
            .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
            .expect("VmHWM in /proc/<pid>/status")
    }

    fn percentile<T: Ord + Copy>(values: &mut [T], p: usize) -> T {
        values.sort_unstable();
        let rank = (p * values.len()).div_ceil(100).max(1) - 1;
        values[rank.min(values.len() - 1)]
    }

    fn ms(d: Duration) -> f64 {
        d.as_secs_f64() * 1000.0
    }

    fn mib(kib: u64) -> f64 {
        kib as f64 / 1024.0
    }
}
