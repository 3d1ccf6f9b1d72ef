//! `cairn serve`: incremental rebuilds give what a full build gives, and the server serves
//! the site, only the site, and pushes edits and build errors to open pages.

use crate::support::*;
use cairn::serve::rebuild::{Change, Files, Session};
use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn copy_tree(from: &Path, to: &Path) {
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

/// A copy of the bundled example handbook in a temporary folder.
fn example_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    copy_tree(&repo.join("content"), &dir.path().join("content"));
    for file in ["cairn.toml", "contributors.toml"] {
        std::fs::copy(repo.join(file), dir.path().join(file)).unwrap();
    }
    dir
}

fn full_build(root: &Path) -> Result<Files, String> {
    cairn::build_in_memory(root, &Default::default())
        .map(|built| built.artifacts.into_iter().map(|a| (a.path(), a.bytes.into())).collect())
        .map_err(|d| render(&d))
}

fn differences(incremental: &Files, full: &Files) -> Vec<String> {
    let paths: BTreeSet<&String> = incremental.keys().chain(full.keys()).collect();
    paths.into_iter().filter(|p| incremental.get(*p) != full.get(*p)).cloned().collect()
}

/// A small deterministic generator, so a failing sequence of edits can be replayed.
struct Dice(u64);

impl Dice {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

/// Applies one random edit to a Markdown file of `root`; returns the file and the edit.
fn random_edit(root: &Path, files: &[PathBuf], dice: &mut Dice, step: usize) -> (PathBuf, &'static str) {
    let file = files[dice.below(files.len())].clone();
    let path = root.join(&file);
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let (front, body) = match text.strip_prefix("+++\n").and_then(|t| t.split_once("\n+++\n")) {
        Some((front, body)) => (front.to_string(), body.to_string()),
        None => (String::new(), text.clone()),
    };
    let replace_key = |front: &str, key: &str, line: String| -> String {
        let kept: Vec<&str> = front.lines().filter(|l| !l.starts_with(&format!("{key} ="))).collect();
        // Top-level keys go before the first [table].
        let at = kept.iter().position(|l| l.starts_with('[')).unwrap_or(kept.len());
        let mut lines: Vec<String> = kept.iter().map(|l| l.to_string()).collect();
        lines.insert(at, line);
        lines.join("\n")
    };
    let (front, body, what) = match dice.below(8) {
        0 => (front, format!("{body}\nAn added sentence, number {step}.\n"), "body text"),
        1 => (replace_key(&front, "title", format!("title = \"Retitled {step}\"")), body, "title"),
        2 => (replace_key(&front, "weight", format!("weight = {}", dice.below(100))), body, "weight"),
        3 => (front, format!("{body}\n## Added heading {step}\n\nText under it.\n"), "heading"),
        4 => (front, format!("{body}\nSee [the fund](@/playbooks/solidarity-fund.md).\n"), "link"),
        5 => (front, format!("{body}\nSee [nowhere](@/no/such-page-{step}.md).\n"), "broken link"),
        6 => (replace_key(&front, "description", format!("description = \"Summary {step}\"")), body, "description"),
        _ => (front, body.replace("the", "a"), "wording"),
    };
    let text = if front.is_empty() { body } else { format!("+++\n{front}\n+++\n{body}") };
    std::fs::write(&path, text).unwrap();
    (file, what)
}

#[test]
fn incremental_rebuilds_equal_full_builds() {
    let site = example_copy();
    let root = site.path();
    let mut files: Vec<PathBuf> = walk(&root.join("content"))
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .map(|p| p.strip_prefix(root).unwrap().to_path_buf())
        .collect();
    files.sort();
    let mut session = Session::new(root, Default::default(), Default::default());
    session.rebuild(&Change::Everything).unwrap_or_else(|d| panic!("{}", render(&d)));
    assert!(differences(&session.files(), &full_build(root).unwrap()).is_empty());
    let mut dice = Dice(7);
    let mut incremental_steps = 0;
    for step in 0..14 {
        let original: BTreeMap<PathBuf, Vec<u8>> =
            files.iter().map(|f| (f.clone(), std::fs::read(root.join(f)).unwrap())).collect();
        let (file, what) = random_edit(root, &files, &mut dice, step);
        let before = session.files();
        let change = Change::Content(BTreeSet::from([file.clone()]));
        match (session.rebuild(&change), full_build(root)) {
            (Ok(rebuilt), Ok(full)) => {
                incremental_steps += usize::from(rebuilt.incremental);
                let wrong = differences(&session.files(), &full);
                assert!(
                    wrong.is_empty(),
                    "step {step}, {what} of {}: differs from a full build: {wrong:?}",
                    file.display()
                );
            }
            (Err(_), Err(_)) => {
                assert!(differences(&session.files(), &before).is_empty(), "a failed rebuild changed the files");
                // Undo, and check the session recovers.
                std::fs::write(root.join(&file), &original[&file]).unwrap();
                session.rebuild(&change).unwrap_or_else(|d| panic!("{}", render(&d)));
                assert!(differences(&session.files(), &full_build(root).unwrap()).is_empty());
            }
            (incremental, full) => panic!(
                "step {step}, {what} of {}: incremental {:?} but full {:?}",
                file.display(),
                incremental.map(|_| ()).map_err(|d| render(&d)),
                full.map(|_| ())
            ),
        }
    }
    assert!(incremental_steps >= 5, "only {incremental_steps} rebuilds were incremental");

    // Removing and adding files goes through the same path.
    let removed = PathBuf::from("content/playbooks/safe-meetings.es.md");
    let kept = std::fs::read(root.join(&removed)).unwrap();
    std::fs::remove_file(root.join(&removed)).unwrap();
    session.rebuild(&Change::Content(BTreeSet::from([removed.clone()]))).unwrap();
    assert!(differences(&session.files(), &full_build(root).unwrap()).is_empty());
    std::fs::write(root.join(&removed), kept).unwrap();
    session.rebuild(&Change::Content(BTreeSet::from([removed]))).unwrap();
    assert!(differences(&session.files(), &full_build(root).unwrap()).is_empty());
}

#[test]
fn a_body_edit_renders_only_the_page_and_what_shows_it() {
    let site = TestSite::new(
        r#"
-- content/guide/_index.md --
+++
title = "Guide"
+++
-- content/guide/a.md --
+++
title = "A"
weight = 1
+++
First page.
-- content/guide/b.md --
+++
title = "B"
weight = 2
+++
Second page.
-- content/guide/c.md --
+++
title = "C"
weight = 3
+++
Third page.
"#,
    );
    let mut session = Session::new(site.root(), Default::default(), Default::default());
    session.rebuild(&Change::Everything).unwrap();
    let change = Change::Content(BTreeSet::from([PathBuf::from("content/guide/c.md")]));
    site.write("content/guide/c.md", "+++\ntitle = \"C\"\nweight = 3\n+++\nThird page, edited.\n");
    let rebuilt = session.rebuild(&change).unwrap();
    assert!(rebuilt.incremental);
    // The page in each of the three languages (the French and Arabic sites show it untranslated).
    assert_eq!(rebuilt.pages, 3);
    assert!(rebuilt.changed.contains(&"guide/c/index.html".to_string()), "{:?}", rebuilt.changed);
    assert!(!rebuilt.changed.contains(&"guide/a/index.html".to_string()));
    assert!(rebuilt.changed.iter().any(|p| p.starts_with("search/en/")));
    let page = String::from_utf8(session.files()["guide/c/index.html"].to_vec()).unwrap();
    assert!(page.contains("Third page, edited."));

    // A new title shows in the listing and in the neighbour's previous/next links.
    site.write("content/guide/c.md", "+++\ntitle = \"See\"\nweight = 3\n+++\nThird page, edited.\n");
    let rebuilt = session.rebuild(&change).unwrap();
    for path in ["guide/index.html", "guide/b/index.html", "guide/c/index.html"] {
        assert!(rebuilt.changed.contains(&path.to_string()), "{path} not in {:?}", rebuilt.changed);
    }
    assert!(!rebuilt.changed.contains(&"guide/a/index.html".to_string()));
    assert!(differences(&session.files(), &full_build(site.root()).unwrap()).is_empty());
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() { found.extend(walk(&path)) } else { found.push(path) }
    }
    found
}
