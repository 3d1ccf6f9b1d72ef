//! Test helper: a handbook written inline (`-- path --` headers followed by the file's text),
//! built end to end into a temporary folder, with the output parsed for assertions.

use cairn::diagnostics::Diagnostics;
use cairn::{BuildSettings, Built};
use scraper::{Html, Selector};
use std::path::{Path, PathBuf};
use std::process::Output;

/// `cairn.toml` and `contributors.toml` for a three-language handbook (en, fr, ar).
pub(crate) const BASE: &str = r#"
-- cairn.toml --
title = "Test handbook"
base_url = "https://hb.example.org/"
default_language = "en"
license = "CC-BY-4.0"
[languages.en]
name = "English"
[languages.fr]
name = "Français"
title = "Manuel de test"
[languages.ar]
name = "العربية"
-- contributors.toml --
[amina]
name = "Amina Kader"
credit = "name"
[jo]
name = "Jo Secret"
credit = "pseudonym"
pseudonym = "Zephyr"
"#;

pub(crate) struct TestSite {
    dir: tempfile::TempDir,
}

impl TestSite {
    /// A site from `BASE` plus `files`.
    pub(crate) fn new(files: &str) -> TestSite {
        let site = TestSite::bare(BASE);
        site.add(files);
        site
    }

    /// A site from `files` alone.
    pub(crate) fn bare(files: &str) -> TestSite {
        let site = TestSite { dir: tempfile::tempdir().unwrap() };
        site.add(files);
        site
    }

    /// Writes more files (`-- path --` blocks).
    pub(crate) fn add(&self, files: &str) {
        let mut current: Option<(String, String)> = None;
        let flush = |current: &mut Option<(String, String)>| {
            if let Some((path, text)) = current.take() {
                self.write(&path, &text);
            }
        };
        for line in files.lines() {
            if let Some(path) = line.strip_prefix("-- ").and_then(|l| l.strip_suffix(" --")) {
                flush(&mut current);
                current = Some((path.to_string(), String::new()));
            } else if let Some((_, text)) = current.as_mut() {
                text.push_str(line);
                text.push('\n');
            }
        }
        flush(&mut current);
    }

    pub(crate) fn write(&self, path: &str, text: &str) {
        let target = self.root().join(path);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::write(target, text).unwrap();
    }

    /// A source file of the handbook as text.
    pub(crate) fn read_source(&self, path: &str) -> String {
        std::fs::read_to_string(self.root().join(path)).unwrap()
    }

    pub(crate) fn root(&self) -> &Path {
        self.dir.path()
    }

    pub(crate) fn out(&self) -> PathBuf {
        self.root().join("public")
    }

    pub(crate) fn build(&self) -> Result<Built, Diagnostics> {
        self.build_with(&BuildSettings::default())
    }

    pub(crate) fn build_with(&self, settings: &BuildSettings) -> Result<Built, Diagnostics> {
        cairn::build(self.root(), &self.out(), settings)
    }

    /// Builds and panics with the diagnostics on failure.
    pub(crate) fn built(&self) -> Built {
        match self.build() {
            Ok(built) => built,
            Err(d) => panic!("build failed:\n{}", render(&d)),
        }
    }

    /// The built file at `path` (relative to the output folder) as text.
    pub(crate) fn read(&self, path: &str) -> String {
        std::fs::read_to_string(self.out().join(path)).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
    }

    /// The built HTML page at `path`, parsed.
    pub(crate) fn html(&self, path: &str) -> Html {
        Html::parse_document(&self.read(path))
    }

    /// Runs the cairn binary with `--root` set to this site.
    pub(crate) fn cairn(&self, args: &[&str]) -> Output {
        std::process::Command::new(env!("CARGO_BIN_EXE_cairn"))
            .args(args)
            .arg("--root")
            .arg(self.root())
            .output()
            .unwrap()
    }
}

/// Every diagnostic as text.
pub(crate) fn render(diagnostics: &Diagnostics) -> String {
    diagnostics.sorted().iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n")
}

/// The diagnostics of a build that was expected to fail.
pub(crate) fn errors_of(result: Result<Built, Diagnostics>) -> String {
    match result {
        Ok(_) => panic!("the build succeeded but was expected to fail"),
        Err(d) => render(&d),
    }
}

pub(crate) fn select<'a>(html: &'a Html, selector: &str) -> Vec<scraper::ElementRef<'a>> {
    html.select(&Selector::parse(selector).unwrap()).collect()
}

pub(crate) fn one<'a>(html: &'a Html, selector: &str) -> scraper::ElementRef<'a> {
    let found = select(html, selector);
    assert_eq!(found.len(), 1, "expected one `{selector}`, found {}", found.len());
    found[0]
}

pub(crate) fn text(element: scraper::ElementRef<'_>) -> String {
    element.text().collect::<String>().split_whitespace().collect::<Vec<_>>().join(" ")
}

pub(crate) fn attr(element: scraper::ElementRef<'_>, name: &str) -> String {
    element.value().attr(name).unwrap_or_else(|| panic!("no attribute {name}")).to_string()
}

/// Every file under `dir`, relative path → bytes.
pub(crate) fn snapshot(dir: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| (e.path().strip_prefix(dir).unwrap().to_string_lossy().to_string(), std::fs::read(e.path()).unwrap()))
        .collect()
}

/// Runs one of the Node scripts in `tests/browser/` and parses the JSON it prints. Returns
/// `None` (the test then skips) when Node, Chromium or playwright-core is missing — except
/// under CI (`CI` set), where a missing tool fails the test: `./test.sh` installs them.
pub(crate) fn node_script(script: &str, args: &[&str]) -> Option<serde_json::Value> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser");
    let ready = dir.join("node_modules/playwright-core").exists() && Path::new("/usr/bin/chromium").exists();
    let node = std::process::Command::new("node").arg(dir.join(script)).args(args).output();
    match node {
        Ok(output) if ready || matches!(script, "query.mjs" | "stem.mjs") => {
            assert!(output.status.success(), "{script} failed:\n{}", String::from_utf8_lossy(&output.stderr));
            Some(serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{script} printed no JSON ({e})")))
        }
        _ if std::env::var_os("CI").is_some() => {
            panic!("browser tests need node, /usr/bin/chromium and tests/browser/node_modules: run ./test.sh")
        }
        _ => {
            eprintln!("skipping {script}: node, chromium or playwright-core missing (./test.sh installs them)");
            None
        }
    }
}

#[cfg(feature = "pdf")]
/// Runs a command-line tool (poppler's pdftotext, pdfinfo, pdftoppm; qpdf) and returns its
/// standard output; `None` (the test then skips) when the tool is missing, except under CI.
pub(crate) fn tool(program: &str, args: &[&str]) -> Option<Vec<u8>> {
    match std::process::Command::new(program).args(args).output() {
        Ok(output) => {
            assert!(output.status.success(), "{program} failed: {}", String::from_utf8_lossy(&output.stderr));
            Some(output.stdout)
        }
        Err(_) if std::env::var_os("CI").is_some() => {
            panic!("{program} is missing: run ./test.sh, which installs poppler-utils and qpdf")
        }
        Err(_) => {
            eprintln!("skipping: {program} missing (./test.sh installs poppler-utils and qpdf)");
            None
        }
    }
}

/// Every entry of a ZIP file, name → bytes.
pub(crate) fn zip_entries(zip: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(std::fs::File::open(zip).unwrap()).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).unwrap();
            let mut bytes = Vec::new();
            file.read_to_end(&mut bytes).unwrap();
            (file.name().unwrap().to_string(), bytes)
        })
        .collect()
}

/// Copies the folder `from` into `to`, recursively.
pub(crate) fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A copy of the example handbook in `scratch`, for tests that change it; returns its root.
pub(crate) fn copy_of_example(scratch: &Path) -> PathBuf {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let root = scratch.join("handbook");
    for name in ["content", "po", "themes"] {
        copy_tree(&repo.join(name), &root.join(name));
    }
    for name in ["cairn.toml", "contributors.toml"] {
        std::fs::copy(repo.join(name), root.join(name)).unwrap();
    }
    root
}
