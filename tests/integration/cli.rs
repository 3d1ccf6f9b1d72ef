//! The command line: exit codes, messages, `init`, `check`.

use crate::support::*;

#[test]
fn init_creates_a_handbook_that_builds_in_two_languages() {
    let scratch = tempfile::tempdir().unwrap();
    let dir = scratch.path().join("new-handbook");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_cairn")).arg("init").arg(&dir).output().unwrap();
    assert!(status.status.success(), "{}", String::from_utf8_lossy(&status.stderr));
    let build =
        std::process::Command::new(env!("CARGO_BIN_EXE_cairn")).args(["build", "--root"]).arg(&dir).output().unwrap();
    assert!(build.status.success(), "{}", String::from_utf8_lossy(&build.stderr));
    assert!(dir.join("public/first-steps/index.html").exists());
    assert!(dir.join("public/fr/first-steps/index.html").exists());
    let again = std::process::Command::new(env!("CARGO_BIN_EXE_cairn")).arg("init").arg(&dir).output().unwrap();
    assert!(!again.status.success(), "init refuses a non-empty folder");
}

#[test]
fn build_errors_exit_non_zero_with_file_and_line() {
    let site = TestSite::new("-- content/_index.md --\n+++\ntitle = \"Home\"\ntitel = \"x\"\n+++\n");
    let output = site.cairn(&["build"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("error: unknown front-matter key `titel`"), "{stderr}");
    assert!(stderr.contains("content/_index.md:3"), "{stderr}");
    assert!(stderr.contains("build failed with 1 error"), "{stderr}");
    assert!(!site.out().exists());
}

#[test]
fn check_validates_lists_missing_ui_strings_and_writes_nothing() {
    let site = TestSite::bare(
        "-- cairn.toml --\ntitle = \"T\"\n[languages.en]\nname = \"English\"\n[languages.eo]\nname = \"Esperanto\"\n-- content/_index.md --\n+++\ntitle = \"Home\"\n+++\n",
    );
    let output = site.cairn(&["check"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(stderr.contains("UI strings missing in `eo`: ") && stderr.contains("skip_to_content"), "{stderr}");
    assert!(!site.out().exists(), "check writes nothing");
    site.write("content/p.md", "+++\ntitle = \"P\"\n+++\n[x](gone.md)\n");
    let output = site.cairn(&["check"]);
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("content/p.md:4"));
}

#[test]
fn every_command_has_help_and_takes_root() {
    for command in ["build", "check", "init"] {
        let output =
            std::process::Command::new(env!("CARGO_BIN_EXE_cairn")).args([command, "--help"]).output().unwrap();
        assert!(output.status.success());
        let help = String::from_utf8_lossy(&output.stdout);
        assert!(help.contains("--root"), "{command}: {help}");
    }
    let missing = std::process::Command::new(env!("CARGO_BIN_EXE_cairn"))
        .args(["build", "--root", "/nonexistent-handbook"])
        .output()
        .unwrap();
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("cairn.toml"));
}
