//! The real binary run without a terminal, shared by the test files that
//! run it (the cli_* and plain_* files, forget.rs, pty.rs, questions.rs,
//! report.rs, scoring_rule.rs, store.rs, workshop.rs). Every child runs from the crate root, so the
//! paths in its messages are the ones a test writes, and with a home of its
//! own (HOME and the XDG folders in a temporary folder), never the real
//! user's. common/pty.rs gives a child in a terminal the same environment.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::thread;

use careerfit::store::Store;

/// The variables that point a child at `home`: its home, and the XDG
/// state, data, config and cache folders inside it.
pub fn home_env(home: &Path) -> [(&'static str, PathBuf); 5] {
    [
        ("HOME", home.to_path_buf()),
        ("XDG_STATE_HOME", home.join("state")),
        ("XDG_DATA_HOME", home.join("data")),
        ("XDG_CONFIG_HOME", home.join("config")),
        ("XDG_CACHE_HOME", home.join("cache")),
    ]
}

/// Variables of the test run that would change what a child prints (a
/// backtrace, the width, the plain kiosk, the language), so no child
/// inherits them.
pub const UNSET: [&str; 8] = [
    "RUST_BACKTRACE",
    "RUST_LIB_BACKTRACE",
    "COLUMNS",
    "ACCESSIBLE",
    "LC_ALL",
    "LC_MESSAGES",
    "LANG",
    "LANGUAGE",
];

/// Where careerfit keeps unfinished quizzes for a child with `home`.
pub fn state_dir(home: &Path) -> PathBuf {
    home.join("state").join("careerfit")
}

/// Where careerfit keeps results and reports for a child with `home`.
pub fn data_dir(home: &Path) -> PathBuf {
    home.join("data").join("careerfit")
}

/// The store a child with `home` uses, for writing what it will find or
/// reading what it wrote.
pub fn store_of(home: &Path) -> Store {
    Store {
        state_dir: Some(state_dir(home)),
        data_dir: Some(data_dir(home)),
    }
}

/// `careerfit ARGS` from the crate root with `home` as its home and
/// nothing on stdin; the caller adds what else it needs (NO_COLOR, a
/// width, a piped stdin) before running it.
pub fn careerfit_in(home: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_careerfit"));
    command
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .envs(home_env(home))
        .stdin(Stdio::null());
    for name in UNSET {
        command.env_remove(name);
    }
    command
}

/// The arguments `command` was given, for messages.
fn args_of(command: &Command) -> Vec<String> {
    command
        .get_args()
        .map(|a| a.to_string_lossy().into_owned())
        .collect()
}

/// How a child ended and what it printed.
#[derive(Debug)]
pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Runs `command` to its end. Its output must be UTF-8, and it must
    /// not have panicked (a panic is never how careerfit says no).
    pub fn of(command: &mut Command) -> Run {
        let args = args_of(command);
        let output = command.output().expect("the binary runs");
        Run::from_output(&args, output)
    }

    /// [`Run::of`] with `input` on stdin (a pipe), written from a thread
    /// of its own: the child may stop reading early, and a long output
    /// never deadlocks the test.
    pub fn fed(command: &mut Command, input: &str) -> Run {
        let args = args_of(command);
        let mut child = command
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the binary runs");
        let mut stdin = child.stdin.take().expect("stdin");
        let input = input.to_string();
        let writer = thread::spawn(move || {
            let _ = stdin.write_all(input.as_bytes());
        });
        let output = child.wait_with_output().expect("the binary finishes");
        writer.join().expect("the writer");
        Run::from_output(&args, output)
    }

    /// The end of a child the test started and fed itself (to close a
    /// pipe early, say), checked as [`Run::of`] checks a run.
    pub fn ended(args: &[&str], output: Output) -> Run {
        let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
        Run::from_output(&args, output)
    }

    fn from_output(args: &[String], output: Output) -> Run {
        let run = Run {
            code: output.status.code(),
            stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
            stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
        };
        assert!(
            !run.stderr.contains("panicked") && !run.stderr.contains("RUST_BACKTRACE"),
            "careerfit {args:?} panicked:\n{}",
            run.all()
        );
        assert_ne!(
            run.code,
            Some(101),
            "careerfit {args:?} exited 101 (a panic):\n{}",
            run.all()
        );
        run
    }

    /// The exit code and both streams, for the message of a failed check.
    pub fn all(&self) -> String {
        format!(
            "exit {:?}\n--- stdout ---\n{}\n--- stderr ---\n{}",
            self.code, self.stdout, self.stderr
        )
    }

    /// The stdout of a run that must have succeeded quietly: exit 0,
    /// nothing on stderr.
    pub fn succeeded(self, args: &[&str]) -> String {
        assert_eq!(
            self.code,
            Some(0),
            "careerfit {args:?} failed:\n{}",
            self.stderr
        );
        assert!(
            self.stderr.is_empty(),
            "careerfit {args:?} wrote to stderr:\n{}",
            self.stderr
        );
        self.stdout
    }

    /// A run that must have failed: a non-zero exit and nothing on stdout.
    pub fn failed(self, args: &[&str]) -> Run {
        assert!(
            matches!(self.code, Some(code) if code != 0),
            "careerfit {args:?} should fail, exited {:?}\nstdout:\n{}",
            self.code,
            self.stdout
        );
        assert!(
            self.stdout.is_empty(),
            "careerfit {args:?} wrote to stdout on failure:\n{}",
            self.stdout
        );
        self
    }
}

/// A temporary home for one or more children; removed when dropped.
pub struct Home {
    dir: tempfile::TempDir,
}

impl Home {
    pub fn new() -> Home {
        Home {
            dir: tempfile::tempdir().expect("a temporary home"),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// `careerfit ARGS` with this home, not yet run.
    pub fn command(&self, args: &[&str]) -> Command {
        careerfit_in(self.path(), args)
    }

    /// Runs `careerfit ARGS` with this home.
    pub fn run(&self, args: &[&str]) -> Run {
        Run::of(&mut self.command(args))
    }

    /// Every file under the home, relative to it, sorted.
    pub fn files(&self) -> Vec<PathBuf> {
        let mut found = Vec::new();
        let mut todo = vec![self.path().to_path_buf()];
        while let Some(dir) = todo.pop() {
            for entry in std::fs::read_dir(&dir).expect("read the home") {
                let path = entry.expect("an entry").path();
                if path.is_dir() {
                    todo.push(path);
                } else {
                    found.push(path.strip_prefix(self.path()).unwrap().to_path_buf());
                }
            }
        }
        found.sort();
        found
    }

    /// Writes a file under the home (and its folders) and returns its
    /// path as text.
    pub fn write(&self, name: &str, text: &str) -> String {
        let path = self.path().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("a folder");
        }
        std::fs::write(&path, text).expect("a file");
        path.display().to_string()
    }
}

/// Runs `careerfit ARGS` with a fresh home of its own.
pub fn run(args: &[&str]) -> Run {
    Home::new().run(args)
}

/// Runs a command that must succeed quietly (exit 0, nothing on stderr)
/// and returns its stdout.
pub fn ok(args: &[&str]) -> String {
    run(args).succeeded(args)
}

/// Runs a command that must fail: non-zero exit, nothing on stdout, no panic.
pub fn refused(args: &[&str]) -> Run {
    run(args).failed(args)
}
