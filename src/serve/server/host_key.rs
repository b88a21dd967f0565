//! The server's ed25519 host key: made once (mode 0600) and kept, so
//! returning participants are not warned; its fingerprint for the room.
//! Its errors are [`Said`] values: the server says them in the
//! counselor's words.

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::Path;

use russh::keys::ssh_key::LineEnding;
use russh::keys::ssh_key::private::Ed25519Keypair;
use russh::keys::{HashAlg, PrivateKey};

use crate::files::os_words;
use crate::lang::Said;

/// Loads the ed25519 host key at `path`, or creates it (mode 0600, its
/// folder too) if there is none.
pub fn host_key(path: &Path) -> Result<PrivateKey, Said> {
    let file = path.display();
    match fs::read_to_string(path) {
        Ok(text) => {
            // The parser's own words repeat themselves and name PEM
            // internals: what the counselor needs is what to do.
            let key = PrivateKey::from_openssh(text.as_bytes())
                .map_err(|_| Said::new("serve-host-key-not-a-key").text("file", &file))?;
            if key.algorithm() != russh::keys::Algorithm::Ed25519 {
                return Err(Said::new("serve-host-key-not-ed25519").text("file", &file));
            }
            Ok(key)
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => create_host_key(path),
        Err(e) => Err(Said::new("serve-host-key-unreadable")
            .text("file", &file)
            .text("why", os_words(&e))),
    }
}

fn create_host_key(path: &Path) -> Result<PrivateKey, Said> {
    use rand::RngExt;
    let file = path.display();
    let seed: [u8; 32] = rand::rng().random();
    let key = PrivateKey::from(Ed25519Keypair::from_seed(&seed));
    let text = key
        .to_openssh(LineEnding::LF)
        .map_err(|e| Said::new("serve-host-key-unencodable").text("why", e))?;
    if let Some(folder) = path.parent().filter(|f| !f.as_os_str().is_empty()) {
        fs::create_dir_all(folder).map_err(|e| {
            Said::new("serve-host-key-no-folder")
                .text("folder", folder.display())
                .text("why", os_words(&e))
        })?;
    }
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut created = options.open(path).map_err(|e| {
        Said::new("serve-host-key-uncreatable")
            .text("file", &file)
            .text("why", os_words(&e))
    })?;
    created
        .write_all(text.as_bytes())
        .and_then(|()| created.sync_all())
        .map_err(|e| {
            Said::new("serve-host-key-unwritable")
                .text("file", &file)
                .text("why", os_words(&e))
        })?;
    Ok(key)
}

/// The key's SHA256 fingerprint as `ssh` shows it ("SHA256:...").
pub fn fingerprint(key: &PrivateKey) -> String {
    key.public_key().fingerprint(HashAlg::Sha256).to_string()
}
