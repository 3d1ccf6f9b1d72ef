//! Signed copies: keys made by `cairn keys new`, bundles and handouts signed in minisign's
//! format and checked both by `cairn verify` and by the standard `minisign` tool; tampering,
//! wrong keys and passphrases refused; the verify page; the secret key in no output.

use crate::support::*;
use std::path::Path;
use std::process::{Command, Output};

const PASSPHRASE: &str = "correct horse battery staple";

fn cairn(args: &[&str], passphrase: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cairn")).args(args).env("CAIRN_SIGNING_PASSPHRASE", passphrase).output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).to_string()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).to_string()
}

/// Makes a key pair in `dir` and returns the public key (`RW...`).
fn new_keys(dir: &Path) -> String {
    let output = cairn(&["keys", "new", "--out", dir.to_str().unwrap()], PASSPHRASE);
    assert!(output.status.success(), "{}", stderr(&output));
    let public = stdout(&output).lines().last().unwrap().trim().to_string();
    assert!(public.starts_with("RW"), "{}", stdout(&output));
    public
}

/// Runs the standard minisign tool; `None` (skip) when missing, except under CI.
fn minisign(args: &[&str]) -> Option<Output> {
    match Command::new("minisign").args(args).output() {
        Ok(output) => Some(output),
        Err(_) if std::env::var_os("CI").is_some() => panic!("minisign is missing: run ./test.sh, which installs it"),
        Err(_) => {
            eprintln!("skipping the minisign CLI checks: minisign missing (./test.sh installs it)");
            None
        }
    }
}

fn signed_site(public_key: &str) -> TestSite {
    let base = BASE.replace(
        "-- contributors.toml --",
        &format!("[signing]\npublic_key = \"{public_key}\"\nprevious_keys = [{{ key = \"{public_key}\", until = \"2025-12-31\" }}]\n-- contributors.toml --"),
    );
    let site = TestSite::bare(&base);
    site.add("-- content/_index.md --\n+++\ntitle = \"Home\"\n+++\nCall 555-0100.\n-- content/p.md --\n+++\ntitle = \"P\"\nauthors = [\"amina\", \"jo\"]\n+++\nText.\n");
    site
}

#[test]
fn bundles_are_signed_verified_by_cairn_and_minisign_and_tampering_is_refused() {
    let keys = tempfile::tempdir().unwrap();
    let public = new_keys(keys.path());
    let secret_file = keys.path().join("minisign.key");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&secret_file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "the secret key is readable by its owner only");
    }
    let site = signed_site(&public);
    let bundles = site.root().join("bundles");
    let key = secret_file.to_str().unwrap();
    let root = site.root().to_str().unwrap();
    let output = cairn(&["bundle", "--root", root, "--sign", key, "--lang", "fr"], PASSPHRASE);
    assert!(output.status.success(), "{}", stderr(&output));
    let zip = bundles.join("test-handbook-fr.zip");
    assert!(zip.with_extension("zip.minisig").exists() && bundles.join("SHA256SUMS.minisig").exists());

    let verified = cairn(&["verify", zip.to_str().unwrap(), "--key", &public], "");
    assert!(verified.status.success(), "{}", stderr(&verified));
    let said = stdout(&verified);
    assert!(
        said.contains("good signature")
            && said.contains("Manuel de test | language: fr | edition: offline bundle | source date: 2020-01-01"),
        "{said}"
    );
    // Without --key, the handbook's own cairn.toml names the key.
    assert!(cairn(&["verify", zip.to_str().unwrap(), "--root", root], "").status.success());
    let sums = bundles.join("SHA256SUMS");
    assert!(cairn(&["verify", sums.to_str().unwrap(), "--key", &public], "").status.success());

    // README.txt inside the bundle says how to check the ZIP it came in.
    let readme = String::from_utf8(zip_entries(&zip)["test-handbook-fr/README.txt"].clone()).unwrap();
    assert!(readme.contains(&format!("minisign -Vm test-handbook-fr.zip -P {public}")), "{readme}");

    let pub_file = keys.path().join("minisign.pub");
    if let Some(output) = minisign(&["-Vm", zip.to_str().unwrap(), "-p", pub_file.to_str().unwrap()]) {
        assert!(output.status.success(), "minisign refused cairn's signature: {}", stderr(&output));
        assert!(stdout(&output).contains("Manuel de test | language: fr"), "{}", stdout(&output));
    }

    // One byte flipped: both refuse it, and cairn says not to trust the copy.
    let mut bytes = std::fs::read(&zip).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x01;
    std::fs::write(&zip, &bytes).unwrap();
    let refused = cairn(&["verify", zip.to_str().unwrap(), "--key", &public], "");
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        stderr(&refused).contains("BAD SIGNATURE") && stderr(&refused).contains("do not trust this copy"),
        "{}",
        stderr(&refused)
    );
    if let Some(output) = minisign(&["-Vm", zip.to_str().unwrap(), "-P", &public]) {
        assert!(!output.status.success());
    }
    // A truncated ZIP too.
    std::fs::write(&zip, &bytes[..middle]).unwrap();
    assert_eq!(cairn(&["verify", zip.to_str().unwrap(), "--key", &public], "").status.code(), Some(1));

    // Another key, a missing signature, a wrong passphrase, a damaged key: clear errors.
    let other_keys = tempfile::tempdir().unwrap();
    let other = new_keys(other_keys.path());
    let wrong_key = cairn(&["verify", sums.to_str().unwrap(), "--key", &other], "");
    assert_eq!(wrong_key.status.code(), Some(1));
    assert!(stderr(&wrong_key).contains("not with the given key"), "{}", stderr(&wrong_key));
    std::fs::remove_file(bundles.join("SHA256SUMS.minisig")).unwrap();
    let unsigned = cairn(&["verify", sums.to_str().unwrap(), "--key", &public], "");
    assert!(stderr(&unsigned).contains("no signature beside"), "{}", stderr(&unsigned));
    let wrong_passphrase = cairn(&["bundle", "--root", root, "--sign", key], "not the passphrase");
    assert_eq!(wrong_passphrase.status.code(), Some(1));
    assert!(stderr(&wrong_passphrase).contains("wrong passphrase"), "{}", stderr(&wrong_passphrase));
    let damaged = keys.path().join("damaged.key");
    std::fs::write(&damaged, "untrusted comment: x\nnot base64 at all\n").unwrap();
    let damaged_key = cairn(&["bundle", "--root", root, "--sign", damaged.to_str().unwrap()], PASSPHRASE);
    assert_eq!(damaged_key.status.code(), Some(1));
    assert!(stderr(&damaged_key).contains("damaged key"), "{}", stderr(&damaged_key));
    assert!(!stderr(&damaged_key).contains("panicked"));
}

#[test]
fn keys_are_never_written_into_a_handbook_or_its_outputs() {
    let site = signed_site("RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3");
    for inside in ["keys", "public/keys", "bundles"] {
        let out = site.root().join(inside);
        let output = cairn(
            &["keys", "new", "--root", site.root().to_str().unwrap(), "--out", out.to_str().unwrap()],
            PASSPHRASE,
        );
        assert_eq!(output.status.code(), Some(1), "{inside}");
        assert!(stderr(&output).contains("refusing to write a secret key"), "{}", stderr(&output));
        assert!(!out.join("minisign.key").exists());
    }
}

#[test]
fn the_verify_page_lists_the_key_in_every_language_and_the_secret_key_is_in_no_output() {
    let keys = tempfile::tempdir().unwrap();
    let public = new_keys(keys.path());
    let site = signed_site(&public);
    site.built();
    let key_id = {
        let html = site.html("verify/index.html");
        text(one(&html, ".key-id"))
    };
    assert_eq!(key_id.len(), 16);
    let languages = [
        ("en", "index.html", "verify/index.html", "Verify this handbook"),
        ("fr", "fr/index.html", "fr/verify/index.html", "Vérifier ce manuel"),
        ("ar", "ar/index.html", "ar/verify/index.html", "تحقّق من هذا الدليل"),
    ];
    for (lang, home, page, title) in languages {
        let html = site.html(page);
        assert_eq!(text(one(&html, "h1")), title, "{lang}");
        assert_eq!(text(one(&html, ".public-key")), public, "{lang}");
        assert_eq!(text(one(&html, ".key-id")), key_id, "{lang}");
        assert_eq!(select(&html, ".previous-keys li").len(), 1, "{lang}");
        let commands: Vec<String> = select(&html, "pre").iter().map(|p| text(*p)).collect();
        assert_eq!(commands, [format!("minisign -Vm FILE -P {public}"), format!("cairn verify FILE --key {public}")]);
        let home = site.html(home);
        assert!(
            select(&home, ".site-footer a").iter().any(|a| text(*a) == title),
            "{lang}: the footer links the verify page"
        );
    }

    // Sign a bundle, then look for the secret key's bytes in everything cairn wrote or said.
    let key_file = keys.path().join("minisign.key");
    let output = cairn(
        &["bundle", "--root", site.root().to_str().unwrap(), "--sign", key_file.to_str().unwrap(), "--all-languages"],
        PASSPHRASE,
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let secret_line = std::fs::read_to_string(&key_file).unwrap().lines().last().unwrap().to_string();
    let secret_prefix = &secret_line[..40];
    let mut haystacks: Vec<(String, Vec<u8>)> =
        vec![("stdout".into(), output.stdout.clone()), ("stderr".into(), output.stderr.clone())];
    for dir in [site.out(), site.root().join("bundles")] {
        for (name, bytes) in snapshot(&dir) {
            if name.ends_with(".zip") {
                haystacks.extend(zip_entries(&dir.join(&name)).into_iter().map(|(n, b)| (format!("{name}:{n}"), b)));
            }
            haystacks.push((name, bytes));
        }
    }
    assert!(haystacks.len() > 20);
    for (name, bytes) in haystacks {
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            !text.contains(secret_prefix) && !text.contains(PASSPHRASE),
            "the secret key or passphrase is in {name}"
        );
    }
}

#[cfg(feature = "pdf")]
#[test]
fn handouts_are_signed() {
    let keys = tempfile::tempdir().unwrap();
    let public = new_keys(keys.path());
    let site = signed_site(&public);
    let out = site.root().join("pdf");
    let key = keys.path().join("minisign.key");
    let output = cairn(
        &[
            "pdf",
            "--root",
            site.root().to_str().unwrap(),
            "content/p.md",
            "--lang",
            "en",
            "--sign",
            key.to_str().unwrap(),
        ],
        PASSPHRASE,
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let pdf = out.join("p.en.pdf");
    let verified = cairn(&["verify", pdf.to_str().unwrap(), "--key", &public], "");
    assert!(verified.status.success(), "{}", stderr(&verified));
    assert!(stdout(&verified).contains("Test handbook | language: en | edition: handout"), "{}", stdout(&verified));
    if let Some(output) = minisign(&["-Vm", pdf.to_str().unwrap(), "-P", &public]) {
        assert!(output.status.success(), "{}", stderr(&output));
    }

    // The verify page lists the checksum of every handout the site publishes.
    site.write("content/p.md", "+++\ntitle = \"P\"\nhandout = true\n+++\nText.\n");
    site.built();
    let published = std::fs::read(site.out().join("handouts/p.fr.pdf")).unwrap();
    let digest: String =
        sha2::Digest::finalize(sha2::Digest::chain_update(<sha2::Sha256 as sha2::Digest>::new(), &published))
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
    let html = site.html("fr/verify/index.html");
    let sums = text(one(&html, ".checksums"));
    assert!(sums.contains(&format!("{digest} handouts/p.fr.pdf")), "{sums}");
    assert_eq!(sums.matches("handouts/p.").count(), 3, "one handout per language: {sums}");
}
