//! The one rule for every file careerfit is given or reads back (quiz and
//! role files, answers, spreadsheets, saved progress and results, workshop
//! results files): only a regular file, of a bounded size, is read.
//!
//! A named pipe makes `open` wait for a writer, silently; a device such as
//! /dev/zero never ends; a huge file is not what the person meant. Each is
//! refused before it is opened, checked again once it is open (what was
//! opened may not be what was looked at), and never read past its limit.

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
}
