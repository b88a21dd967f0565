//! What `careerfit forget` removes: a list made first (so the question
//! and the answer name exactly the same files), then removed file by file.
//! Only careerfit's own folders are looked in; a link inside them is
//! removed as a link, never followed; a folder of careerfit's that is
//! itself a link is refused, so "Removed" is never said of data that
//! stays where the link points.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::{Store, plain_error};
use crate::lang::Said;

/// One kind of thing careerfit keeps, in one folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kind {
    /// What it is, in the user's words: "saved progress", "reports".
    pub what: Said,
    pub folder: PathBuf,
    /// The files (or links) in it, sorted.
    pub files: Vec<PathBuf>,
}

/// Everything `forget` would remove, and what it would leave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inventory {
    /// What would be removed, kind by kind (empty kinds left out).
    pub remove: Vec<Kind>,
    /// Workshop results left alone (when not asked to remove them).
    pub workshops_kept: Option<Kind>,
    /// Folders found inside careerfit's folders that careerfit did not
    /// make: left alone, and said so.
    pub left_alone: Vec<PathBuf>,
}

impl Inventory {
    pub fn is_empty(&self) -> bool {
        self.remove.is_empty()
    }
}

/// What removing an inventory did.
#[derive(Debug, Default)]
pub struct Removal {
    /// The kinds with the files actually removed.
    pub removed: Vec<Kind>,
    /// Files that could not be removed, each with a plain reason.
    pub failed: Vec<Said>,
}

/// Lists what `forget` would remove: the person's saved progress, saved
/// results and reports; or, with `workshops`, only the workshop results
/// in the data folder. Refuses (with what to do) when one of careerfit's
/// folders is a link or cannot be read.
pub fn inventory(store: &Store, workshops: bool) -> Result<Inventory, Said> {
    let mut inventory = Inventory {
        remove: Vec::new(),
        workshops_kept: None,
        left_alone: Vec::new(),
    };
    let mut kinds: Vec<(Said, PathBuf, bool)> = Vec::new();
    // (what, folder, only progress files: the state folder may be the
    // data folder itself on some systems)
    if workshops {
        if let Some(dir) = store.workshops_dir() {
            kinds.push((Said::new("forget-kind-workshops"), dir, false));
        }
    } else {
        if let Some(dir) = &store.state_dir {
            kinds.push((Said::new("forget-kind-progress"), dir.clone(), true));
        }
        if let Some(dir) = store.history_dir() {
            kinds.push((Said::new("forget-kind-results"), dir, false));
        }
        if let Some(dir) = store.reports_dir() {
            kinds.push((Said::new("forget-kind-reports"), dir, false));
        }
    }
    let mut outer: Vec<PathBuf> = [store.state_dir.clone(), store.data_dir.clone()]
        .into_iter()
        .flatten()
        .collect();
    outer.extend(kinds.iter().map(|(_, dir, _)| dir.clone()));
    for folder in &outer {
        refuse_link(folder)?;
    }
    for (what, folder, progress_only) in kinds {
        let (files, folders) = contents(&folder, progress_only)?;
        inventory.left_alone.extend(folders);
        if !files.is_empty() {
            inventory.remove.push(Kind {
                what,
                folder,
                files,
            });
        }
    }
    if !workshops && let Some(dir) = store.workshops_dir() {
        // Only to say they are kept: never a reason to refuse.
        if let Ok((files, _)) = contents(&dir, false)
            && !files.is_empty()
            && !is_link(&dir)
        {
            inventory.workshops_kept = Some(Kind {
                what: Said::new("forget-kind-workshops"),
                folder: dir,
                files,
            });
        }
    }
    Ok(inventory)
}

/// Removes exactly the listed files (a link as a link), then any of the
/// listed folders left empty, and careerfit's own folders if empty too.
pub fn remove(store: &Store, inventory: &Inventory) -> Removal {
    let mut removal = Removal::default();
    for kind in &inventory.remove {
        let mut removed = Vec::new();
        for file in &kind.files {
            match fs::remove_file(file) {
                Ok(()) => removed.push(file.clone()),
                // Gone already (another careerfit cleared it): it is gone.
                Err(e) if e.kind() == io::ErrorKind::NotFound => removed.push(file.clone()),
                Err(e) => removal.failed.push(plain_error(file, &e)),
            }
        }
        if !removed.is_empty() {
            removal.removed.push(Kind {
                what: kind.what.clone(),
                folder: kind.folder.clone(),
                files: removed,
            });
        }
        // Only if empty: never a folder with anything left in it.
        let _ = fs::remove_dir(&kind.folder);
    }
    for folder in [&store.state_dir, &store.data_dir].into_iter().flatten() {
        if !is_link(folder) {
            let _ = fs::remove_dir(folder);
        }
    }
    removal
}

fn is_link(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

/// A folder of careerfit's that is a link: removing through it would
/// reach outside careerfit's folders, and removing the link would leave
/// the data. Say so, and what to do.
fn refuse_link(folder: &Path) -> Result<(), Said> {
    if !is_link(folder) {
        return Ok(());
    }
    let said = match fs::read_link(folder) {
        Ok(target) => Said::new("forget-link").text("target", one_line(&target)),
        Err(_) => Said::new("forget-link-unknown"),
    };
    Err(said.text("folder", one_line(folder)))
}

/// A path in a message: on one line (a file name can hold any character).
fn one_line(path: &Path) -> String {
    crate::text::one_line(&path.display().to_string()).into_owned()
}

/// Why a folder could not be looked in, so nothing was removed.
fn nothing_removed(path: &Path, e: &io::Error) -> Said {
    Said::new("forget-refused").said("why", plain_error(path, e))
}

/// The files (and links) in `folder`, and the folders in it that careerfit
/// did not make. No folder: nothing. With `progress_only`, only progress
/// files and what is kept beside them (temp files, damaged copies).
fn contents(folder: &Path, progress_only: bool) -> Result<(Vec<PathBuf>, Vec<PathBuf>), Said> {
    let entries = match fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(e)
            if matches!(
                e.kind(),
                io::ErrorKind::NotFound | io::ErrorKind::NotADirectory
            ) =>
        {
            return Ok((Vec::new(), Vec::new()));
        }
        Err(e) => return Err(nothing_removed(folder, &e)),
    };
    let mut files = Vec::new();
    let mut folders = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| nothing_removed(folder, &e))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if progress_only && !(name.starts_with("progress-") || name.starts_with(".progress-")) {
            continue;
        }
        let path = entry.path();
        // The entry itself, not what a link points to.
        match fs::symlink_metadata(&path) {
            Ok(meta) if meta.is_dir() => {
                if !progress_only {
                    folders.push(path)
                }
            }
            Ok(_) => files.push(path),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(nothing_removed(&path, &e)),
        }
    }
    files.sort();
    folders.sort();
    Ok((files, folders))
}
