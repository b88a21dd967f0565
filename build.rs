//! Compiles the shipped text files into the binary, so `careerfit` runs
//! from any folder: the quiz (`quizzes/`), the roles (`data/roles/`) and
//! the word catalogues (`locales/`). Every `.toml` and `.ftl` file found
//! there is listed, so adding a language (a catalogue folder and its
//! overlay files) is adding files, never editing code.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The folders whose files are compiled in, and the endings kept.
const FOLDERS: [&str; 3] = ["quizzes", "data/roles", "locales"];
const ENDINGS: [&str; 2] = ["toml", "ftl"];

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets this"));
    let mut files = Vec::new();
    for folder in FOLDERS {
        let dir = root.join(folder);
        // A folder (and every file in it) is watched: a new file rebuilds.
        println!("cargo:rerun-if-changed={folder}");
        collect(&root, &dir, &mut files);
    }
    files.sort();
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets this")).join("embedded.rs");
    let mut text = String::from("pub static FILES: &[(&str, &str)] = &[\n");
    for name in &files {
        text.push_str(&format!(
            "    ({name:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/\", {name:?}))),\n"
        ));
    }
    text.push_str("];\n");
    fs::File::create(&out)
        .and_then(|mut f| f.write_all(text.as_bytes()))
        .expect("cannot write the embedded files table");
}

/// Every kept file under `dir`, as a `/`-separated path from `root`.
fn collect(root: &Path, dir: &Path, files: &mut Vec<String>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(root, &path, files);
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| ENDINGS.contains(&e))
        {
            let relative = path.strip_prefix(root).expect("under the root");
            let name: Vec<String> = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            files.push(name.join("/"));
        }
    }
}
