//! Why the store could not save, read or remove a file, as a value: the
//! kind (so a screen can tell a full disk from a permission problem
//! without reading English) and the path. The words for each kind are
//! [`crate::files`]'s, the same everywhere.

use std::io;
use std::path::{Path, PathBuf};

use crate::files::{self, Thing, Unreadable};
use crate::lang::Said;

/// A store operation that failed on `path`. Shown as "path: why".
#[derive(Debug)]
pub struct StoreError {
    pub path: PathBuf,
    pub kind: StoreErrorKind,
}

/// What went wrong, by kind.
#[derive(Debug)]
pub enum StoreErrorKind {
    /// No space left (or the person's disk quota is used up).
    DiskFull,
    /// The system refused: the folder or file belongs to someone else.
    PermissionDenied,
    /// The disk or folder is mounted read-only.
    ReadOnly,
    /// The folder to write in does not exist (and could not be made).
    NoFolder,
    /// A folder, a pipe, a socket or a device where a file should be.
    NotAFile(Thing),
    /// Bigger than a careerfit file can be; the limit in bytes.
    TooBig(u64),
    /// Read, but not a file careerfit wrote (cut short, edited, another
    /// program's).
    Damaged,
    /// Anything else the system said.
    Io(io::Error),
}

impl StoreError {
    /// A system error on `path`, sorted by kind.
    pub fn io(path: &Path, error: io::Error) -> StoreError {
        let kind = match error.kind() {
            io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => StoreErrorKind::DiskFull,
            io::ErrorKind::PermissionDenied => StoreErrorKind::PermissionDenied,
            io::ErrorKind::ReadOnlyFilesystem => StoreErrorKind::ReadOnly,
            io::ErrorKind::NotFound => StoreErrorKind::NoFolder,
            _ => StoreErrorKind::Io(error),
        };
        StoreError {
            path: path.to_path_buf(),
            kind,
        }
    }

    /// A file that could not be read back (see [`crate::files`]).
    pub fn unreadable(path: &Path, why: Unreadable) -> StoreError {
        let kind = match why {
            Unreadable::Missing => StoreErrorKind::Io(io::ErrorKind::NotFound.into()),
            Unreadable::NotAFile(what) => StoreErrorKind::NotAFile(what),
            Unreadable::TooBig(limit) => StoreErrorKind::TooBig(limit),
            Unreadable::Failed(e) => return StoreError::io(path, e),
        };
        StoreError {
            path: path.to_path_buf(),
            kind,
        }
    }

    /// A file read back that is not one careerfit wrote.
    pub fn damaged(path: &Path) -> StoreError {
        StoreError {
            path: path.to_path_buf(),
            kind: StoreErrorKind::Damaged,
        }
    }
}

impl StoreErrorKind {
    /// Why, in the reader's words.
    pub fn said(&self) -> Said {
        match self {
            StoreErrorKind::DiskFull => Said::new("files-disk-full"),
            StoreErrorKind::PermissionDenied => Said::new("files-permission-denied"),
            StoreErrorKind::ReadOnly => Said::new("files-read-only"),
            StoreErrorKind::NoFolder => Said::new("files-no-folder"),
            StoreErrorKind::NotAFile(thing) => thing.not_regular(),
            StoreErrorKind::TooBig(limit) => {
                Said::new("files-saved-too-big").text("limit", files::size(*limit))
            }
            StoreErrorKind::Damaged => Said::new("files-saved-damaged"),
            // Any other: the system's own words, as the tests pin them.
            StoreErrorKind::Io(e) => {
                files::carried(e).unwrap_or_else(|| Said::new("files-system").text("why", e))
            }
        }
    }
}

impl StoreError {
    /// "path: why", in the reader's words.
    pub fn said(&self) -> Said {
        Said::new("files-path-why")
            .text("path", self.path.display())
            .said("why", self.kind.said())
    }
}

/// In English, for logs.
impl std::fmt::Display for StoreErrorKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.said().fmt(f)
    }
}

/// In English, for logs.
impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.said().fmt(f)
    }
}

impl std::error::Error for StoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            StoreErrorKind::Io(e) => Some(e),
            _ => None,
        }
    }
}
