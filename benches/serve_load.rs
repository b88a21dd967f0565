//! Load benchmark of `careerfit serve` (not a timed test): a whole school
//! hall takes the quiz at once over SSH.
//!
//! The server is the real release binary (`careerfit serve`) in a child
//! process with a home of its own, so its memory and CPU are its own
//! (VmHWM and utime+stime from /proc). N russh clients (default 200) in
//! this process, each from an address of its own (127.1.x.y: one laptop
//! each), open a pty and take the whole quiz to the results: each key
//! waits for the redraw before the next, with a short think time, as a
//! person would; then `n` records the result in the session's results
//! file (as a participant does when done) and `q` ends the seat.
//!
//! Measured: first frame (connect, sign in with the code, the welcome
//! screen drawn), key-to-redraw p50/p99/max (key sent to the client's
//! screen showing what the key leads to: the next question, the results), the server's CPU while every seat sits idle
//! for 10 s, then its CPU and peak memory over the whole run, and the
//! records in the results file (all N, each once, none skipped). Target (issue 12), client and server together on a
//! 2-core machine: 200 clients, p99 under 25 ms, peak under 150 MB.
//!
//! Run with `cargo bench --bench serve_load` (`-- --clients 50`,
//! `--think-ms 500`, `--idle-secs 10`).

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::num::NonZeroU16;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use careerfit::store::{Store, history};
use careerfit::workshop::record;
use russh::ChannelMsg;
use tokio::sync::Barrier;

#[allow(dead_code)]
#[path = "../tests/common/cmd.rs"]
mod cmd;
#[allow(dead_code)]
#[path = "../tests/common/served.rs"]
mod served;
#[allow(dead_code)]
#[path = "../tests/common/ssh_client.rs"]
mod ssh;

const CODE: &str = "4821";
/// What a seat says once `n` has put the result in the results file.
const RECORDED: &str = "saved for the workshop";
/// Answers for the built-in quiz (tests/common/saved.rs): the best fit of
/// each is on the results screen.
const ANSWERS: [(&str, &str); 2] = [
    ("51111514111351125152551311541311", "IT Technician"),
    ("11531112515155141113511151121513", "IT Specialist"),
];
const WELCOME: &str = "Which IT role fits you?";
/// The screen after the last answer.
const REVIEW: &str = "Review your answers";
/// A screen that never comes in time is a failure, not a figure.
const PATIENCE: Duration = Duration::from_secs(60);
/// A key whose screen is not shown within this is counted as silent.
const SILENT_AFTER: Duration = Duration::from_secs(10);

struct Settings {
    clients: usize,
    think: Duration,
    idle: Duration,
}

fn settings() -> Settings {
    let mut s = Settings {
        clients: 200,
        think: Duration::from_millis(500),
        idle: Duration::from_secs(10),
    };
    let args: Vec<String> = std::env::args().collect();
    let value = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .and_then(|v| v.parse::<u64>().ok())
    };
    if let Some(n) = value("--clients") {
        s.clients = n as usize;
    }
    if let Some(ms) = value("--think-ms") {
        s.think = Duration::from_millis(ms);
    }
    if let Some(secs) = value("--idle-secs") {
        s.idle = Duration::from_secs(secs);
    }
    s
}

/// What one client saw.
#[derive(Default)]
struct Seen {
    first_frame: Option<Duration>,
    redraws: Vec<Duration>,
    silent: usize,
    results: bool,
    /// The seat said its result is in the results file.
    recorded: bool,
    closed: bool,
    error: Option<String>,
}

/// The server process's CPU ticks (user + system) and peak memory.
fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // Fields after the command name (in parentheses, maybe with spaces).
    let rest = stat.rsplit_once(") ").map_or("", |(_, rest)| rest);
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let at = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<u64>().ok())
            .unwrap_or(0)
    };
    // utime and stime are fields 14 and 15 of the whole line: 11 and 12 here.
    at(11) + at(12)
}

fn status_kb(pid: u32, key: &str) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix(key))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

fn ticks_per_second() -> u64 {
    // SAFETY: sysconf only reads a configuration value.
    let t = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
    u64::try_from(t).unwrap_or(100).max(1)
}

/// Client `n`'s own address: 127.1.x.y (all of 127/8 is this computer).
fn address_of(n: usize) -> IpAddr {
    IpAddr::V4(Ipv4Addr::new(127, 1, (n / 250) as u8, (n % 250 + 1) as u8))
}

/// A small pseudo-random think time around `think` (half to one and a
/// half times), different for each client and key.
fn think_time(think: Duration, seed: &mut u64) -> Duration {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    let ms = think.as_millis() as u64;
    Duration::from_millis(ms / 2 + *seed % (ms + 1))
}

/// A joined participant: the channel's halves and their screen.
struct Joined {
    session: russh::client::Handle<ssh::Trusting>,
    read: russh::ChannelReadHalf,
    write: russh::ChannelWriteHalf<russh::client::Msg>,
    screen: vt100::Parser,
}

/// One participant: joins, waits at the welcome screen until everyone has
/// (the idle phase), takes the quiz, saves with `q`.
async fn participant(
    n: usize,
    server: SocketAddr,
    think: Duration,
    joined: Arc<Barrier>,
    go: Arc<Barrier>,
) -> Seen {
    let mut seen = Seen::default();
    let started = Instant::now();
    // A client that panics (a refused connection) must still reach the
    // barriers, or every other client would wait for it.
    let seat = match tokio::spawn(join(n, server)).await {
        Ok(Ok(seat)) => {
            seen.first_frame = Some(started.elapsed());
            Ok(seat)
        }
        Ok(Err(e)) => Err(e),
        Err(e) => Err(format!("joining: {e}")),
    };
    joined.wait().await;
    go.wait().await;
    let result = match seat {
        Ok(seat) => take_quiz(n, seat, think, &mut seen).await,
        Err(e) => Err(e),
    };
    if let Err(e) = result {
        seen.error = Some(e);
    }
    seen
}

/// Reads until the screen shows `want`.
async fn until(
    read: &mut russh::ChannelReadHalf,
    screen: &mut vt100::Parser,
    want: &str,
) -> Result<(), String> {
    let deadline = tokio::time::Instant::now() + PATIENCE;
    while !screen.screen().contents().contains(want) {
        match tokio::time::timeout_at(deadline, read.wait()).await {
            Ok(Some(ChannelMsg::Data { data })) => screen.process(&data),
            Ok(Some(ChannelMsg::Close)) | Ok(None) => {
                return Err(format!("closed before {want:?}"));
            }
            Ok(Some(_)) => {}
            Err(_) => return Err(format!("{want:?} never shown")),
        }
    }
    Ok(())
}

/// Connects from the client's own address, signs in with the code as user
/// name, opens an 80 x 24 pty and a shell, and waits for the welcome.
async fn join(n: usize, server: SocketAddr) -> Result<Joined, String> {
    let mut session = ssh::connect_from(address_of(n), server).await;
    let auth = session
        .authenticate_none(CODE)
        .await
        .map_err(|e| e.to_string())?;
    if !auth.success() {
        return Err("the code was refused".to_string());
    }
    let channel = session
        .channel_open_session()
        .await
        .map_err(|e| e.to_string())?;
    channel
        .request_pty(true, "xterm-256color", 80, 24, 0, 0, &[])
        .await
        .map_err(|e| e.to_string())?;
    channel
        .request_shell(true)
        .await
        .map_err(|e| e.to_string())?;
    let (mut read, write) = channel.split();
    let mut screen = vt100::Parser::new(
        NonZeroU16::new(24).unwrap(),
        NonZeroU16::new(80).unwrap(),
        0,
    );
    until(&mut read, &mut screen, WELCOME).await?;
    Ok(Joined {
        session,
        read,
        write,
        screen,
    })
}

/// The whole quiz, each key after a think time and waiting for its redraw;
/// then `q`, which saves the result and ends the seat.
async fn take_quiz(n: usize, seat: Joined, think: Duration, seen: &mut Seen) -> Result<(), String> {
    let Joined {
        session,
        mut read,
        write,
        mut screen,
    } = seat;
    let (answers, best_fit) = ANSWERS[n % ANSWERS.len()];
    let keys: Vec<u8> = std::iter::once(b'\r')
        .chain(answers.bytes())
        .chain(std::iter::once(b'\r'))
        .collect();
    let questions = answers.len();
    let mut seed = 0x9e37_79b9_7f4a_7c15u64 ^ (n as u64 + 1);
    for (i, key) in keys.into_iter().enumerate() {
        tokio::time::sleep(think_time(think, &mut seed)).await;
        // What came meanwhile (a frame redrawn after the progress was
        // saved) is not this key's redraw.
        while let Ok(Some(msg)) = tokio::time::timeout(Duration::ZERO, read.wait()).await {
            match msg {
                ChannelMsg::Data { data } => screen.process(&data),
                ChannelMsg::Close => return Err("closed mid-quiz".into()),
                _ => {}
            }
        }
        // The screen this key leads to: question 1, the next question,
        // the review of the answers, the results.
        let next = format!("{} of {questions}", i + 1);
        let shown = |text: &str| match i {
            i if i < questions => text.contains(&next),
            i if i == questions => text.contains(REVIEW),
            _ => text.contains(best_fit),
        };
        let sent = Instant::now();
        write
            .data_bytes(vec![key])
            .await
            .map_err(|e| format!("send: {e}"))?;
        let deadline = tokio::time::Instant::now() + SILENT_AFTER;
        loop {
            if shown(&screen.screen().contents()) {
                seen.redraws.push(sent.elapsed());
                break;
            }
            match tokio::time::timeout_at(deadline, read.wait()).await {
                Ok(Some(ChannelMsg::Data { data })) => screen.process(&data),
                Ok(Some(ChannelMsg::Close)) | Ok(None) => return Err("closed mid-quiz".into()),
                Ok(Some(_)) => {}
                Err(_) => {
                    seen.silent += 1;
                    break;
                }
            }
        }
    }
    if !screen.screen().contents().contains(best_fit) {
        return Err(format!("{best_fit:?} not on the results screen"));
    }
    seen.results = true;
    // n records the result in the session's results file, as a
    // participant does when done; the seat says so before q.
    write
        .data_bytes(b"n".to_vec())
        .await
        .map_err(|e| format!("send: {e}"))?;
    let deadline = tokio::time::Instant::now() + PATIENCE;
    while !screen.screen().contents().contains(RECORDED) {
        match tokio::time::timeout_at(deadline, read.wait()).await {
            Ok(Some(ChannelMsg::Data { data })) => screen.process(&data),
            Ok(Some(ChannelMsg::Close)) | Ok(None) => return Err("closed after n".into()),
            Ok(Some(_)) => {}
            Err(_) => return Err("the seat never said the result was recorded".into()),
        }
    }
    seen.recorded = true;
    write
        .data_bytes(b"q".to_vec())
        .await
        .map_err(|e| format!("send: {e}"))?;
    let deadline = tokio::time::Instant::now() + PATIENCE;
    loop {
        match tokio::time::timeout_at(deadline, read.wait()).await {
            Ok(Some(ChannelMsg::Close)) | Ok(None) => break,
            Ok(Some(_)) => {}
            Err(_) => return Err("the seat never closed after q".into()),
        }
    }
    seen.closed = true;
    let _ = session
        .disconnect(russh::Disconnect::ByApplication, "", "en")
        .await;
    Ok(())
}

/// Results saved in the seats' folders under `home`.
fn results_saved(home: &Path) -> (usize, usize) {
    let mut seats = 0;
    let mut results = 0;
    let mut stack = vec![home.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if !path.is_dir() {
                continue;
            }
            let is_seat = path
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("seat-"));
            if is_seat {
                seats += 1;
                results += history::list(&Store::in_folder(&path)).0.len();
            } else {
                stack.push(path);
            }
        }
    }
    (seats, results)
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn at(sorted: &[Duration], p: usize) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    sorted[(sorted.len() - 1) * p / 100]
}

fn main() {
    let s = settings();
    let home = tempfile::tempdir().expect("a temporary home");
    let max_seats = (s.clients + 10).to_string();
    let results_file = home.path().join("hall.jsonl");
    let served = served::Served::start(cmd::careerfit_in(
        home.path(),
        &[
            "serve",
            "--bind",
            "127.0.0.1",
            "--port",
            "0",
            "--code",
            CODE,
            "--max-seats",
            &max_seats,
            "--results",
            &results_file.display().to_string(),
        ],
    ));
    let pid = served.pid();
    let server: SocketAddr = ([127, 0, 0, 1], served.port).into();
    let hz = ticks_per_second();
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!(
        "careerfit serve under load: {} clients, think {} ms (half to 1.5x), {} cores, load average before: {}",
        s.clients,
        s.think.as_millis(),
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        load.split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ")
    );

    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("the clients' runtime");
    let cpu_start = cpu_ticks(pid);
    let started = Instant::now();
    let joined = Arc::new(Barrier::new(s.clients + 1));
    let go = Arc::new(Barrier::new(s.clients + 1));
    let tasks: Vec<_> = (0..s.clients)
        .map(|n| {
            rt.spawn(participant(
                n,
                server,
                s.think,
                Arc::clone(&joined),
                Arc::clone(&go),
            ))
        })
        .collect();
    let (idle_ticks, joined_after, quiz_started) = rt.block_on(async {
        joined.wait().await;
        let joined_after = started.elapsed();
        let before = cpu_ticks(pid);
        tokio::time::sleep(s.idle).await;
        let idle_ticks = cpu_ticks(pid) - before;
        go.wait().await;
        (idle_ticks, joined_after, Instant::now())
    });
    let seen: Vec<Seen> = rt.block_on(async {
        let mut seen = Vec::new();
        for task in tasks {
            seen.push(task.await.expect("a client task"));
        }
        seen
    });
    let quiz_took = quiz_started.elapsed();
    let cpu_ticks_used = cpu_ticks(pid) - cpu_start;
    let peak_kb = status_kb(pid, "VmHWM:");
    let (_, stderr, code) = served.stop();
    let (seats, saved) = results_saved(home.path());
    let (records, record_warnings) = match record::read(&results_file) {
        Ok(read) => (read.records, read.warnings.len()),
        Err(e) => {
            eprintln!("cannot read {}: {e}", results_file.display());
            (Vec::new(), 0)
        }
    };
    let distinct: std::collections::HashSet<&str> =
        records.iter().filter_map(|r| r.id.as_deref()).collect();
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();

    let mut first: Vec<Duration> = seen.iter().filter_map(|s| s.first_frame).collect();
    first.sort_unstable();
    let mut redraws: Vec<Duration> = seen.iter().flat_map(|s| s.redraws.clone()).collect();
    redraws.sort_unstable();
    let silent: usize = seen.iter().map(|s| s.silent).sum();
    let results = seen.iter().filter(|s| s.results).count();
    let closed = seen.iter().filter(|s| s.closed).count();
    let errors: Vec<&String> = seen.iter().filter_map(|s| s.error.as_ref()).collect();
    let cpu = |ticks: u64| ticks as f64 / hz as f64;

    println!();
    println!("{:<40} figure", "measure");
    println!(
        "{:<40} {}",
        "clients joined (welcome screen drawn)",
        first.len()
    );
    println!(
        "{:<40} p50 {}  p99 {}  max {}  (all joined in {:.1} s)",
        "first frame (connect to welcome)",
        ms(at(&first, 50)),
        ms(at(&first, 99)),
        ms(first.last().copied().unwrap_or_default()),
        joined_after.as_secs_f64()
    );
    println!(
        "{:<40} {:.2} s of CPU in {} s ({} seats on the welcome screen)",
        "server CPU while every seat is idle",
        cpu(idle_ticks),
        s.idle.as_secs(),
        first.len()
    );
    println!(
        "{:<40} p50 {}  p99 {}  max {}  ({} keys, {} silent)",
        "key to redraw",
        ms(at(&redraws, 50)),
        ms(at(&redraws, 99)),
        ms(redraws.last().copied().unwrap_or_default()),
        redraws.len(),
        silent
    );
    println!(
        "{:<40} {} of {} (quiz phase {:.1} s)",
        "results screens reached",
        results,
        s.clients,
        quiz_took.as_secs_f64()
    );
    println!(
        "{:<40} {} of {} ({} seat folders, {} closed after q)",
        "results saved (one per seat folder)", saved, s.clients, seats, closed
    );
    println!(
        "{:<40} {} of {} ({} told recorded; {} distinct ids, {} lines skipped)",
        "records in the results file",
        records.len(),
        s.clients,
        seen.iter().filter(|s| s.recorded).count(),
        distinct.len(),
        record_warnings
    );
    println!(
        "{:<40} {:.1} MB",
        "server peak memory (VmHWM)",
        peak_kb as f64 / 1024.0
    );
    println!(
        "{:<40} {:.1} s user+system over {:.1} s",
        "server CPU, whole run",
        cpu(cpu_ticks_used),
        started.elapsed().as_secs_f64()
    );
    println!(
        "{:<40} {}",
        "load average after",
        load.split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ")
    );
    println!("{:<40} {:?}", "server exit code", code);
    if !errors.is_empty() {
        println!("\n{} clients failed, e.g.: {}", errors.len(), errors[0]);
    }
    if !stderr.trim().is_empty() {
        println!("\nserver stderr:\n{}", stderr.trim_end());
    }
}
