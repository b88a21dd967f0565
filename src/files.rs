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
//! ([`io_said`]), for every kind of file, in the reader's language.

use std::fmt;
use std::fs::{File, Metadata};
use std::io::{self, Read};
use std::path::Path;

use crate::lang::Said;

/// Why a file was not read.
#[derive(Debug)]
pub enum Unreadable {
    /// Nothing there.
    Missing,
    /// A folder, a pipe, a socket or a device: what it is.
    NotAFile(Thing),
    /// Bigger than the limit it was read with, in bytes.
    TooBig(u64),
    /// Anything else the system said.
    Failed(io::Error),
}

/// What is at a path where a regular file should be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Thing {
    Folder,
    NamedPipe,
    Socket,
    Device,
    /// Anything else that is not a regular file.
    Special,
}

impl Thing {
    /// What it is, in the reader's words ("a named pipe (FIFO)").
    pub fn said(self) -> Said {
        match self {
            Thing::Folder => Said::new("files-thing-folder"),
            Thing::NamedPipe => Said::new("files-thing-pipe"),
            Thing::Socket => Said::new("files-thing-socket"),
            Thing::Device => Said::new("files-thing-device"),
            Thing::Special => Said::new("files-thing-special"),
        }
    }

    /// "it is a named pipe (FIFO), not a regular file".
    pub fn not_regular(self) -> Said {
        Said::new("files-not-regular").said("thing", self.said())
    }
}

/// In English, for logs.
impl fmt::Display for Thing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.said().fmt(f)
    }
}

/// What `meta` is when it is not a regular file; `None` for a regular
/// file.
pub fn not_regular(meta: &Metadata) -> Option<Thing> {
    if meta.is_file() {
        return None;
    }
    if meta.is_dir() {
        return Some(Thing::Folder);
    }
    Some(special_kind(meta))
}

/// [`not_regular`] for the thing at `path` (following links: what matters
/// is what would be opened); `None` when it is a regular file or nothing
/// is there yet.
pub fn not_regular_at(path: &Path) -> Option<Thing> {
    std::fs::metadata(path).ok().as_ref().and_then(not_regular)
}

#[cfg(unix)]
fn special_kind(meta: &Metadata) -> Thing {
    use std::os::unix::fs::FileTypeExt;
    let t = meta.file_type();
    if t.is_fifo() {
        Thing::NamedPipe
    } else if t.is_socket() {
        Thing::Socket
    } else if t.is_char_device() || t.is_block_device() {
        Thing::Device
    } else {
        Thing::Special
    }
}

#[cfg(not(unix))]
fn special_kind(_: &Metadata) -> Thing {
    Thing::Special
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

/// Why the system refused to read or write a file, in plain words: the one
/// wording of I/O errors for content files, spreadsheets, results files
/// and saved files. Kinds a person can act on get careerfit's words; any
/// other is the system's own, on one line and without its "(os error 28)".
pub fn io_said(e: &io::Error, doing: Doing) -> Said {
    use io::ErrorKind as K;
    if let Some(said) = carried(e) {
        return said;
    }
    match e.kind() {
        K::NotFound if doing == Doing::Writing => Said::new("files-no-folder"),
        K::NotFound => Said::new("files-no-file"),
        K::PermissionDenied => Said::new("files-permission-denied"),
        K::StorageFull | K::QuotaExceeded => Said::new("files-disk-full"),
        K::ReadOnlyFilesystem => Said::new("files-read-only"),
        K::IsADirectory => Said::new("files-a-folder"),
        K::NotADirectory => Said::new("files-not-a-folder"),
        _ => system(e),
    }
}

/// The message careerfit put in an error it made itself (a results file
/// that is a pipe, one too big), to be said in the reader's language.
pub fn carried(e: &io::Error) -> Option<Said> {
    e.get_ref()?.downcast_ref::<Said>().cloned()
}

/// An error of `kind` that carries careerfit's own message.
pub fn error(kind: io::ErrorKind, said: Said) -> io::Error {
    io::Error::new(kind, said)
}

/// The system's own words for an error ([`os_words`]), as a message.
pub fn system(e: &io::Error) -> Said {
    Said::new("files-system").text("why", os_words(e))
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
            Err(Unreadable::NotAFile(Thing::Folder))
        ));
        assert!(matches!(
            read_bounded(&dir.path().join("none"), 10),
            Err(Unreadable::Missing)
        ));
        #[cfg(unix)]
        assert!(matches!(
            read_bounded(Path::new("/dev/zero"), 10),
            Err(Unreadable::NotAFile(Thing::Device))
        ));
        assert_eq!(size(8 << 20), "8 MiB");
        assert_eq!(size(4 << 30), "4 GiB");
        assert_eq!(Thing::NamedPipe.to_string(), "a named pipe (FIFO)");
        let es = crate::lang::Words::new(crate::lang::Lang::find("es").unwrap());
        assert_eq!(
            Thing::Folder.not_regular().say(&es),
            "es una carpeta, no un archivo común"
        );
    }

    #[test]
    fn io_errors_in_plain_words() {
        let missing = io::Error::from(io::ErrorKind::NotFound);
        assert_eq!(
            io_said(&missing, Doing::Reading).to_string(),
            "no such file"
        );
        assert_eq!(
            io_said(&missing, Doing::Writing).to_string(),
            "the folder does not exist"
        );
        let full = io::Error::from_raw_os_error(28);
        assert_eq!(
            io_said(&full, Doing::Writing).to_string(),
            "the disk is full"
        );
        let odd = io::Error::other("it is a named pipe\u{1b}");
        assert_eq!(
            io_said(&odd, Doing::Reading).to_string(),
            "it is a named pipe\\u{1b}"
        );
        #[cfg(unix)]
        assert!(!os_words(&io::Error::from_raw_os_error(5)).contains("os error"));
        let es = crate::lang::Words::new(crate::lang::Lang::find("es").unwrap());
        assert_eq!(
            io_said(&full, Doing::Writing).say(&es),
            "el disco está lleno"
        );
        assert_eq!(
            io_said(&odd, Doing::Reading).say(&es),
            "it is a named pipe\\u{1b}"
        );
    }
}
