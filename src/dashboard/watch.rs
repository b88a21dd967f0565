//! Watching the results files for `--watch`: a thread looks at each file's
//! size and modification time every 500 ms (it sleeps in between: no busy
//! loop) and sends one message when they change; the dashboard then reads
//! the files again. The thread ends when the dashboard stops listening.

use std::path::PathBuf;
use std::sync::mpsc::Sender;
use std::thread;
use std::time::Duration;

use crate::workshop::record::files::stamp;

/// How often the files are looked at.
pub const EVERY: Duration = Duration::from_millis(500);

/// Starts the watcher: `changed` is sent on `tx` whenever a file's size or
/// modification time differs from the last look.
pub fn spawn<T: Send + Clone + 'static>(files: Vec<PathBuf>, tx: Sender<T>, changed: T) {
    thread::spawn(move || {
        let mut last = stamp(&files);
        loop {
            thread::sleep(EVERY);
            let now = stamp(&files);
            if now != last {
                last = now;
                if tx.send(changed.clone()).is_err() {
                    break;
                }
            }
        }
    });
}
