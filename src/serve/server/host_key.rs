//! The server's ed25519 host key: made once (mode 0600) and kept, so
//! returning participants are not warned; its fingerprint for the room.

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::Path;

use anyhow::{Context, bail};
use russh::keys::ssh_key::LineEnding;
use russh::keys::ssh_key::private::Ed25519Keypair;
use russh::keys::{HashAlg, PrivateKey};

/// Loads the ed25519 host key at `path`, or creates it (mode 0600, its
/// folder too) if there is none.
pub fn host_key(path: &Path) -> anyhow::Result<PrivateKey> {
    match fs::read_to_string(path) {
        Ok(text) => {
            // The parser's own words repeat themselves and name PEM
            // internals: what the counselor needs is what to do.
            let key = PrivateKey::from_openssh(text.as_bytes()).map_err(|_| {
                anyhow::anyhow!(
                    "{}: not an OpenSSH private key; move it away to get a new one \
                     (returning participants will then see a warning)",
                    path.display()
                )
            })?;
            if key.algorithm() != russh::keys::Algorithm::Ed25519 {
                bail!("{}: the host key must be ed25519", path.display());
            }
            Ok(key)
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => create_host_key(path),
        Err(e) => Err(e).with_context(|| format!("{}: cannot read the host key", path.display())),
    }
}

fn create_host_key(path: &Path) -> anyhow::Result<PrivateKey> {
    use rand::RngExt;
    let seed: [u8; 32] = rand::rng().random();
    let key = PrivateKey::from(Ed25519Keypair::from_seed(&seed));
    let text = key
        .to_openssh(LineEnding::LF)
        .context("cannot encode the host key")?;
    if let Some(folder) = path.parent().filter(|f| !f.as_os_str().is_empty()) {
        fs::create_dir_all(folder)
            .with_context(|| format!("{}: cannot create the folder", folder.display()))?;
    }
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options
        .open(path)
        .with_context(|| format!("{}: cannot create the host key", path.display()))?;
    file.write_all(text.as_bytes())
        .and_then(|()| file.sync_all())
        .with_context(|| format!("{}: cannot write the host key", path.display()))?;
    Ok(key)
}

/// The key's SHA256 fingerprint as `ssh` shows it ("SHA256:...").
pub fn fingerprint(key: &PrivateKey) -> String {
    key.public_key().fingerprint(HashAlg::Sha256).to_string()
}
