//! The one rule for every file careerfit is given or reads back (quiz and
//! role files, answers, spreadsheets, saved progress and results, workshop
//! results files): only a regular file, of a bounded size, is read.
//!
//! A named pipe makes `open` wait for a writer, silently; a device such as
//! /dev/zero never ends; a huge file is not what the person meant. Each is
//! refused before it is opened, checked again once it is open (what was
//! opened may not be what was looked at), and never read past its limit.
//!
//! Why a file could not be read or written is worded here too, once
//! ([`io_words`]), for every kind of file.

use std::fs::{File, Metadata};
use std::io::{self, Read};
use std::path::Path;

/// Why a file was not read.
#[derive(Debug)]
pub enum Unreadable {
    /// Nothing there.
    Missing,
    /// A folder, a pipe, a socket or a device: what it is, in words
    /// ("a named pipe (FIFO)").
    NotAFile(&'static str),
    /// Bigger than the limit it was read with, in bytes.
    TooBig(u64),
    /// Anything else the system said.
    Failed(io::Error),
}

/// What `meta` is when it is not a regular file, in words; `None` for a
/// regular file.
pub fn not_regular(meta: &Metadata) -> Option<&'static str> {
    if meta.is_file() {
        return None;
    }
    if meta.is_dir() {
        return Some("a folder");
    }
    Some(special_kind(meta))
}

/// [`not_regular`] for the thing at `path` (following links: what matters
/// is what would be opened); `None` when it is a regular file or nothing
/// is there yet.
pub fn not_regular_at(path: &Path) -> Option<&'static str> {
    std::fs::metadata(path).ok().as_ref().and_then(not_regular)
}

#[cfg(unix)]
fn special_kind(meta: &Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let t = meta.file_type();
    if t.is_fifo() {
        "a named pipe (FIFO)"
    } else if t.is_socket() {
        "a socket"
    } else if t.is_char_device() || t.is_block_device() {
        "a device"
    } else {
        "a special file"
    }
}

#[cfg(not(unix))]
fn special_kind(_: &Metadata) -> &'static str {
    "a special file"
}

/// Reads the whole of a regular file of at most `limit` bytes.
pub fn read_bounded(path: &Path, limit: u64) -> Result<Vec<u8>, Unreadable> {
    let failed = |e: io::Error| match e.kind() {
        io::ErrorKind::NotFound => Unreadable::Missing,
        _ => Unreadable::Failed(e),
    };
    // Look before opening: opening a FIFO waits for a writer.
    let meta = std::fs::metadata(path).map_err(failed)?;
    if let Some(kind) = not_regular(&meta) {
        return Err(Unreadable::NotAFile(kind));
    }
    if meta.len() > limit {
        return Err(Unreadable::TooBig(limit));
    }
    let file = File::open(path).map_err(failed)?;
    if let Some(kind) = not_regular(&file.metadata().map_err(failed)?) {
        return Err(Unreadable::NotAFile(kind));
    }
    // The file may grow while it is read: never take more than the limit.
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(Unreadable::Failed)?;
    if bytes.len() as u64 > limit {
        return Err(Unreadable::TooBig(limit));
    }
    Ok(bytes)
}

/// What careerfit was doing when the system refused: the same refusal
/// reads differently (a missing path is "no such file" to a reader; to a
/// writer it means the folder is missing).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Doing {
    Reading,
    Writing,
}

/// The words for each kind of refusal, said the same everywhere.
pub const NO_FILE: &str = "no such file";
pub const NO_FOLDER: &str = "the folder does not exist";
pub const PERMISSION_DENIED: &str = "permission denied";
pub const DISK_FULL: &str = "the disk is full";
pub const READ_ONLY: &str = "the disk is read-only";
pub const A_FOLDER: &str = "it is a folder, not a file";
pub const NOT_A_FOLDER: &str = "it is a file, not a folder";

/// Why the system refused to read or write a file, in plain words: the one
/// wording of I/O errors for content files, spreadsheets, results files
/// and saved files. Kinds a person can act on get careerfit's words; any
/// other is the system's own, on one line and without its "(os error 28)".
pub fn io_words(e: &io::Error, doing: Doing) -> String {
    use io::ErrorKind as K;
    let words = match e.kind() {
        K::NotFound if doing == Doing::Writing => NO_FOLDER,
        K::NotFound => NO_FILE,
        K::PermissionDenied => PERMISSION_DENIED,
        K::StorageFull | K::QuotaExceeded => DISK_FULL,
        K::ReadOnlyFilesystem => READ_ONLY,
        K::IsADirectory => A_FOLDER,
        K::NotADirectory => NOT_A_FOLDER,
        _ => return os_words(e),
    };
    words.to_string()
}

/// The system's own words for an error, on one line (hidden characters
/// shown as escapes) and without the "(os error 28)" code.
pub fn os_words(e: &io::Error) -> String {
    let shown = e.to_string();
    let shown = match shown.rfind(" (os error ") {
        Some(at) => &shown[..at],
        None => &shown,
    };
    crate::text::one_line(shown).into_owned()
}

/// A size limit in words: "8 MiB", "4 GiB".
pub fn size(bytes: u64) -> String {
    const MIB: u64 = 1 << 20;
    if bytes >= 1 << 30 && bytes.is_multiple_of(1 << 30) {
        format!("{} GiB", bytes >> 30)
    } else if bytes >= MIB {
        format!("{} MiB", (bytes + MIB / 2) / MIB)
    } else {
        format!("{bytes} bytes")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_regular_files_within_the_limit_are_read() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.toml");
        std::fs::write(&file, b"12345").unwrap();
        assert_eq!(read_bounded(&file, 5).unwrap(), b"12345");
        assert!(matches!(read_bounded(&file, 4), Err(Unreadable::TooBig(4))));
        assert!(matches!(
            read_bounded(dir.path(), 10),
            Err(Unreadable::NotAFile("a folder"))
        ));
        assert!(matches!(
            read_bounded(&dir.path().join("none"), 10),
            Err(Unreadable::Missing)
        ));
        #[cfg(unix)]
        assert!(matches!(
            read_bounded(Path::new("/dev/zero"), 10),
            Err(Unreadable::NotAFile("a device"))
        ));
        assert_eq!(size(8 << 20), "8 MiB");
        assert_eq!(size(4 << 30), "4 GiB");
    }

    #[test]
    fn io_errors_in_plain_words() {
        let missing = io::Error::from(io::ErrorKind::NotFound);
        assert_eq!(io_words(&missing, Doing::Reading), "no such file");
        assert_eq!(
            io_words(&missing, Doing::Writing),
            "the folder does not exist"
        );
        let full = io::Error::from_raw_os_error(28);
        assert_eq!(io_words(&full, Doing::Writing), "the disk is full");
        let odd = io::Error::other("it is a named pipe\u{1b}");
        assert_eq!(io_words(&odd, Doing::Reading), "it is a named pipe\\u{1b}");
        #[cfg(unix)]
        assert!(!os_words(&io::Error::from_raw_os_error(5)).contains("os error"));
    }
}
