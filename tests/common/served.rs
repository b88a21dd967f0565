//! `careerfit serve` run as the real binary in a child process (a test, or
//! the load benchmark, which `#[path]`-includes this file): started with a
//! command the caller prepared (its own HOME), the port read off the join
//! line the console prints, stopped with SIGTERM as Ctrl-C would.

use std::io::{BufRead, BufReader, Read};
use std::process::{Child, ChildStdout, Command, Stdio};

/// A running `careerfit serve`.
pub struct Served {
    pub child: Child,
    /// The port from the console's join line (`ssh -p PORT ...`).
    pub port: u16,
    /// What the console printed up to the join line.
    pub console: String,
    stdout: BufReader<ChildStdout>,
}

impl Served {
    /// Starts `command` (`careerfit serve ... --port 0`, say) and waits
    /// for its join line; panics with what it printed if it ends first.
    // The child is waited for by `stop`, or by `Drop` (which clippy does
    // not see).
    #[allow(clippy::zombie_processes)]
    pub fn start(mut command: Command) -> Served {
        let mut child = command
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("careerfit serve starts");
        let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
        let mut console = String::new();
        loop {
            let mut line = String::new();
            let read = stdout.read_line(&mut line).expect("the console is UTF-8");
            if read == 0 {
                let mut stderr = String::new();
                if let Some(mut e) = child.stderr.take() {
                    let _ = e.read_to_string(&mut stderr);
                }
                let _ = child.wait();
                panic!("careerfit serve ended before its join line:\n{console}\n{stderr}");
            }
            console.push_str(&line);
            let port = line
                .trim()
                .strip_prefix("ssh -p ")
                .and_then(|rest| rest.split(' ').next())
                .and_then(|port| port.parse().ok());
            if let Some(port) = port {
                return Served {
                    child,
                    port,
                    console,
                    stdout,
                };
            }
        }
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Stops it as Ctrl-C would (SIGTERM) and waits for it: the rest of
    /// its console, its stderr and its exit code.
    pub fn stop(mut self) -> (String, String, Option<i32>) {
        let pid = libc::pid_t::try_from(self.child.id()).expect("a pid");
        // SAFETY: kill() with a pid this process started and still owns.
        unsafe {
            libc::kill(pid, libc::SIGTERM);
        }
        let mut rest = String::new();
        let _ = self.stdout.read_to_string(&mut rest);
        let mut stderr = String::new();
        if let Some(mut e) = self.child.stderr.take() {
            let _ = e.read_to_string(&mut stderr);
        }
        let status = self.child.wait().expect("careerfit serve ends");
        (rest, stderr, status.code())
    }
}

impl Drop for Served {
    /// A test that failed half way leaves no server running.
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}
