//! Signatures a reader can check without cairn: minisign's format (Ed25519, through the
//! `minisign` crate, no cryptography of cairn's own), so the standard `minisign` tool verifies
//! what cairn signs. Owns key pairs (the secret key encrypted with a passphrase, written
//! owner-only, never inside a handbook or an output folder), `NAME.minisig` files beside
//! bundles, handouts and `SHA256SUMS`, and verifying a file against one. The secret key and
//! the passphrase never enter a message: errors name files and what to do, not contents.

use crate::diagnostics::Diagnostic;
use minisign::{PublicKey, PublicKeyBox, SecretKey, SecretKeyBox, SignatureBox};
use std::path::{Path, PathBuf};

/// File names `cairn keys new` writes, as minisign names them.
pub(crate) const SECRET_KEY_FILE: &str = "minisign.key";
/// The public key file (`minisign -p`).
pub(crate) const PUBLIC_KEY_FILE: &str = "minisign.pub";

/// A new key pair on disk.
#[derive(Debug)]
pub(crate) struct NewKeys {
    /// The encrypted secret key.
    pub secret_key: PathBuf,
    /// The public key file.
    pub public_key_file: PathBuf,
    /// The public key as `cairn.toml` and `minisign -P` take it (`RW...`).
    pub public_key: String,
}

/// The hex id minisign prints for a key (its key number), which readers compare.
pub(crate) fn key_id(public_key: &str) -> Result<String, Diagnostic> {
    let key = parse_public_key(public_key)?;
    let bytes = key.keynum().to_vec();
    Ok(bytes.iter().rev().map(|b| format!("{b:02X}")).collect())
}

fn parse_public_key(text: &str) -> Result<PublicKey, Diagnostic> {
    PublicKey::from_base64(text.trim()).map_err(|_| {
        Diagnostic::error("not a minisign public key")
            .with_hint("a public key is one line starting with RW, as `cairn keys new` prints it")
    })
}

/// Checks a public key written in `cairn.toml` (or given to `cairn verify`).
pub(crate) fn check_public_key(text: &str) -> Result<(), Diagnostic> {
    parse_public_key(text).map(|_| ())
}

/// Creates a key pair in `dir`, the secret key encrypted with `passphrase`. Refuses a folder
/// inside any of `forbidden` (the handbook, its outputs): a secret key there would be
/// published or committed with the handbook.
pub(crate) fn new_keys(dir: &Path, forbidden: &[&Path], passphrase: &str) -> Result<NewKeys, Diagnostic> {
    let absolute = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let target = absolute(dir);
    for place in forbidden {
        let place = absolute(place);
        let place = place.canonicalize().unwrap_or(place);
        let target = target.canonicalize().unwrap_or_else(|_| target.clone());
        if target.starts_with(&place) {
            return Err(Diagnostic::error(format!(
                "refusing to write a secret key into {}, which is inside {}",
                dir.display(),
                place.display()
            ))
            .with_hint("keep the secret key outside the handbook and its output folders, e.g. --out ~/.cairn/keys"));
        }
    }
    if passphrase.is_empty() {
        return Err(Diagnostic::error("empty passphrase")
            .with_hint("choose a passphrase; set CAIRN_SIGNING_PASSPHRASE or type it when asked"));
    }
    let secret_key = dir.join(SECRET_KEY_FILE);
    let public_key_file = dir.join(PUBLIC_KEY_FILE);
    for existing in [&secret_key, &public_key_file] {
        if existing.exists() {
            return Err(Diagnostic::error(format!("{} exists already", existing.display()))
                .with_hint("cairn never replaces a key; choose another --out, or move the old key away first"));
        }
    }
    let failed = |what: &str| Diagnostic::error(format!("could not {what}")).in_file(dir);
    let pair = minisign::KeyPair::generate_encrypted_keypair(Some(passphrase.to_string()))
        .map_err(|_| failed("generate a key pair"))?;
    let public_box = pair.pk.to_box().map_err(|_| failed("encode the public key"))?;
    let secret_box = pair.sk.to_box(Some("cairn secret key")).map_err(|_| failed("encode the secret key"))?;
    std::fs::create_dir_all(dir).map_err(|e| failed(&format!("create the folder: {e}")))?;
    write_private(&secret_key, &secret_box.to_bytes()).map_err(|e| failed(&format!("write the secret key: {e}")))?;
    std::fs::write(&public_key_file, public_box.to_bytes())
        .map_err(|e| failed(&format!("write the public key: {e}")))?;
    Ok(NewKeys { secret_key, public_key_file, public_key: pair.pk.to_base64() })
}

/// Creates `path` readable and writable by its owner only, before any byte is in it.
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)?.write_all(bytes)
}

/// A secret key, decrypted, ready to sign.
pub struct Signer {
    secret: SecretKey,
    public: PublicKey,
}

impl std::fmt::Debug for Signer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Signer(..)")
    }
}

impl Signer {
    /// Reads and decrypts the secret key in `key_file`.
    pub fn open(key_file: &Path, passphrase: &str) -> Result<Signer, Diagnostic> {
        let text = std::fs::read_to_string(key_file).map_err(|e| {
            Diagnostic::error(format!("cannot read the secret key: {e}"))
                .in_file(key_file)
                .with_hint("give the minisign.key that `cairn keys new` wrote")
        })?;
        let corrupted = || {
            Diagnostic::error("not a minisign secret key, or a damaged one")
                .in_file(key_file)
                .with_hint("give the minisign.key that `cairn keys new` wrote; a damaged key cannot be repaired")
        };
        let secret_box = SecretKeyBox::from_string(&text).map_err(|_| corrupted())?;
        let secret = secret_box.into_secret_key(Some(passphrase.to_string())).map_err(|_| {
            Diagnostic::error("wrong passphrase for the secret key, or a damaged key")
                .in_file(key_file)
                .with_hint("check CAIRN_SIGNING_PASSPHRASE, or type the passphrase chosen at `cairn keys new`")
        })?;
        let public = PublicKey::from_secret_key(&secret).map_err(|_| corrupted())?;
        Ok(Signer { secret, public })
    }

    /// The public key that verifies this signer's signatures.
    pub fn public_key(&self) -> String {
        self.public.to_base64()
    }

    /// Writes `FILE.minisig` beside `file`, whose trusted comment (signed too) says what the
    /// file is.
    pub(crate) fn sign_file(&self, file: &Path, trusted_comment: &str) -> Result<PathBuf, Diagnostic> {
        let data = std::fs::File::open(file)
            .map_err(|e| Diagnostic::error(format!("cannot read the file to sign: {e}")).in_file(file))?;
        let comment = trusted_comment.replace(['\n', '\r'], " ");
        let signature =
            minisign::sign(Some(&self.public), &self.secret, data, Some(&comment), Some("signature from cairn"))
                .map_err(|_| Diagnostic::error("could not sign the file").in_file(file))?;
        let path = signature_path(file);
        super::files::write_atomically(&path, signature.to_string().as_bytes()).map_err(|e| {
            Diagnostic::error(format!("cannot write the signature: {e}"))
                .in_file(&path)
                .with_hint("check the folder's permissions and free disk space")
        })?;
        Ok(path)
    }
}

/// Where the signature of `file` lies: `FILE.minisig`, as minisign expects it.
pub(crate) fn signature_path(file: &Path) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(".minisig");
    PathBuf::from(name)
}

/// A file whose signature checked out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Verified {
    /// What the signer said of the file (signed with it).
    pub trusted_comment: String,
    /// The id of the key that signed it.
    pub key_id: String,
}

/// Checks `file` against `FILE.minisig` and the public key `key` (a key `RW...`, or a
/// `minisign.pub` file).
pub(crate) fn verify_file(file: &Path, key: &str) -> Result<Verified, Diagnostic> {
    let key_text = if Path::new(key).is_file() {
        let text = std::fs::read_to_string(key)
            .map_err(|e| Diagnostic::error(format!("cannot read the public key: {e}")).in_file(key))?;
        match PublicKeyBox::from_string(&text).and_then(PublicKeyBox::into_public_key) {
            Ok(public) => public.to_base64(),
            Err(_) => text.lines().last().unwrap_or_default().to_string(),
        }
    } else {
        key.to_string()
    };
    let public = parse_public_key(&key_text).map_err(|d| d.in_file(key))?;
    let signature_file = signature_path(file);
    let signature_text = std::fs::read_to_string(&signature_file).map_err(|_| {
        Diagnostic::error(format!("no signature beside {}", file.display())).in_file(&signature_file).with_hint(
            "a signed file comes with FILE.minisig beside it; without one, nothing says who published the file",
        )
    })?;
    let signature = SignatureBox::from_string(&signature_text).map_err(|_| {
        Diagnostic::error("damaged signature file")
            .in_file(&signature_file)
            .with_hint("get the signature again from where you got the file")
    })?;
    let data =
        std::fs::File::open(file).map_err(|e| Diagnostic::error(format!("cannot read the file: {e}")).in_file(file))?;
    let signed_key = signature.keynum().iter().rev().map(|b| format!("{b:02X}")).collect::<String>();
    let expected_key = key_id(&key_text)?;
    if signed_key != expected_key {
        return Err(Diagnostic::error(format!(
            "{} was signed with key {signed_key}, not with the given key {expected_key}",
            file.display()
        ))
        .with_hint("check the key on the handbook's verify page; an unknown key means an unknown publisher"));
    }
    minisign::verify(&public, &signature, data, true, false, false).map_err(|_| {
        Diagnostic::error(format!("BAD SIGNATURE: {} is not the file that was signed", file.display()))
            .in_file(file)
            .with_hint("do not trust this copy: it was changed or damaged after signing; get the handbook again from a source you trust")
    })?;
    let trusted_comment = signature.trusted_comment().unwrap_or_default();
    Ok(Verified { trusted_comment, key_id: expected_key })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signature_sits_beside_the_file() {
        assert_eq!(signature_path(Path::new("out/hb-fr.zip")), Path::new("out/hb-fr.zip.minisig"));
    }
}
