//! `cairn serve`: incremental rebuilds give what a full build gives (files, errors and
//! warnings), and the server serves the site, only the site, and pushes edits and build
//! errors to open pages.

use crate::support::*;
use cairn::build::{Change, Engine, Rebuilt};
use cairn::diagnostics::Diagnostics;
use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

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

/// Output files by path, as bytes.
type Files = BTreeMap<String, Vec<u8>>;

fn full_build(root: &Path) -> Result<Files, String> {
    cairn::build_in_memory(root, &Default::default())
        .map(|built| built.artifacts.into_iter().map(|a| (a.path(), a.bytes)).collect())
        .map_err(|d| render(&d))
}

/// An engine as `cairn serve` keeps it.
fn serving(root: &Path) -> Engine {
    Engine::watching(root, Default::default(), Default::default())
}

/// The files an engine holds.
fn files_of(engine: &Engine) -> Files {
    engine.files().read().unwrap().iter().map(|(path, artifact)| (path.clone(), artifact.bytes.clone())).collect()
}

fn differences(incremental: &Files, full: &Files) -> Vec<String> {
    let paths: BTreeSet<&String> = incremental.keys().chain(full.keys()).collect();
    paths.into_iter().filter(|p| incremental.get(*p) != full.get(*p)).cloned().collect()
}

fn rebuild(engine: &mut Engine, change: &Change) -> Result<Rebuilt, Diagnostics> {
    engine.rebuild(change, |_| {})
}

/// Rebuilds after `change` and checks the engine then holds what a full build makes, or
/// fails as a full build fails, with the same report, keeping the files it held.
fn rebuild_like_full(engine: &mut Engine, root: &Path, change: &Change, what: &str) -> Result<Rebuilt, String> {
    let before = files_of(engine);
    match (rebuild(engine, change), cairn::build_in_memory(root, &Default::default())) {
        (Ok(rebuilt), Ok(built)) => {
            let full = built.artifacts.into_iter().map(|a| (a.path(), a.bytes)).collect();
            let wrong = differences(&files_of(engine), &full);
            assert!(wrong.is_empty(), "{what}: differs from a full build: {wrong:?}");
            let remote = |d: &Diagnostics| {
                d.sorted().into_iter().filter(|d| d.message.starts_with("remote resource")).collect::<Vec<_>>()
            };
            assert_eq!(remote(&engine.warnings()), remote(&built.warnings), "{what}: privacy warnings");
            Ok(rebuilt)
        }
        (Err(incremental), Err(full)) => {
            assert_eq!(render(&incremental), render(&full), "{what}: serve and build report differently");
            assert!(differences(&files_of(engine), &before).is_empty(), "{what}: a failed rebuild changed the files");
            Err(render(&incremental))
        }
        (incremental, full) => panic!(
            "{what}: incremental {:?} but full {:?}",
            incremental.map(|_| ()).map_err(|d| render(&d)),
            full.map(|_| ()).map_err(|d| render(&d))
        ),
    }
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
    let (front, body, what) = match dice.below(9) {
        0 => (front, format!("{body}\nAn added sentence, number {step}.\n"), "body text"),
        1 => (replace_key(&front, "title", format!("title = \"Retitled {step}\"")), body, "title"),
        2 => (replace_key(&front, "weight", format!("weight = {}", dice.below(100))), body, "weight"),
        3 => (front, format!("{body}\n## Added heading {step}\n\nText under it.\n"), "heading"),
        4 => (front, format!("{body}\nSee [the fund](@/playbooks/solidarity-fund.md).\n"), "link"),
        5 => (front, format!("{body}\nSee [nowhere](@/no/such-page-{step}.md).\n"), "broken link"),
        6 => (replace_key(&front, "description", format!("description = \"Summary {step}\"")), body, "description"),
        7 => (front, format!("{body}\n## Credited part {step} {{authors=\"priya\"}}\n\nText.\n"), "section credit"),
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
    let mut engine = serving(root);
    rebuild_like_full(&mut engine, root, &Change::Everything, "first build").unwrap();
    let mut dice = Dice(7);
    let mut incremental_steps = 0;
    for step in 0..24 {
        let original: BTreeMap<PathBuf, Vec<u8>> =
            files.iter().map(|f| (f.clone(), std::fs::read(root.join(f)).unwrap())).collect();
        let (file, what) = random_edit(root, &files, &mut dice, step);
        let change = Change::Content(BTreeSet::from([file.clone()]));
        let what = format!("step {step}, {what} of {}", file.display());
        match rebuild_like_full(&mut engine, root, &change, &what) {
            Ok(rebuilt) => incremental_steps += usize::from(rebuilt.incremental),
            Err(_) => {
                // Undo, and check the engine recovers.
                std::fs::write(root.join(&file), &original[&file]).unwrap();
                rebuild_like_full(&mut engine, root, &change, &format!("{what}, undone")).unwrap();
            }
        }
    }
    assert!(incremental_steps >= 5, "only {incremental_steps} rebuilds were incremental");

    // Removing and adding files goes through the same path: a translation, then a page.
    let removed = PathBuf::from("content/playbooks/safe-meetings.zh.md");
    let kept = std::fs::read(root.join(&removed)).unwrap();
    std::fs::remove_file(root.join(&removed)).unwrap();
    let change = Change::Content(BTreeSet::from([removed.clone()]));
    rebuild_like_full(&mut engine, root, &change, "translation removed").unwrap();
    std::fs::write(root.join(&removed), kept).unwrap();
    rebuild_like_full(&mut engine, root, &change, "translation added back").unwrap();
    let added = PathBuf::from("content/playbooks/added-page.md");
    std::fs::write(root.join(&added), "+++\ntitle = \"Added page\"\nweight = 2\n+++\nA page that was not there.\n")
        .unwrap();
    let change = Change::Content(BTreeSet::from([added.clone()]));
    rebuild_like_full(&mut engine, root, &change, "page added").unwrap();
    assert!(files_of(&engine).contains_key("playbooks/added-page/index.html"));
    std::fs::remove_file(root.join(&added)).unwrap();
    rebuild_like_full(&mut engine, root, &change, "page removed").unwrap();
    assert!(!files_of(&engine).contains_key("playbooks/added-page/index.html"));

    // A template of the site's own, then an edit of it.
    let theme = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/templates/page.html");
    let template = std::fs::read_to_string(theme).unwrap();
    std::fs::create_dir_all(root.join("templates")).unwrap();
    let edited = template.replacen("<article", "<p class=\"template-edit\">first</p><article", 1);
    assert_ne!(edited, template, "the theme's page template changed: pick another place to edit");
    std::fs::write(root.join("templates/page.html"), &edited).unwrap();
    rebuild_like_full(&mut engine, root, &Change::Everything, "template added").unwrap();
    std::fs::write(root.join("templates/page.html"), edited.replace(">first<", ">second<")).unwrap();
    rebuild_like_full(&mut engine, root, &Change::Everything, "template edited").unwrap();
    let page = &files_of(&engine)["playbooks/safe-meetings/index.html"];
    assert!(String::from_utf8_lossy(page).contains("template-edit\">second<"));

    // cairn.toml: a new title shows on every page.
    let config = std::fs::read_to_string(root.join("cairn.toml")).unwrap();
    std::fs::write(root.join("cairn.toml"), config.replacen("title = \"Crossing Lines\"", "title = \"Lines\"", 1))
        .unwrap();
    rebuild_like_full(&mut engine, root, &Change::Everything, "cairn.toml edited").unwrap();

    // A remote image is a warning; under privacy = "strict" an error, which serve reports as
    // build does and forgets once the page is fixed.
    let page = PathBuf::from("content/playbooks/safe-meetings.md");
    let clean = std::fs::read_to_string(root.join(&page)).unwrap();
    let change = Change::Content(BTreeSet::from([page.clone()]));
    let tracked = format!("{clean}\n![A tracker](https://tracker.example/pixel.png)\n");
    std::fs::write(root.join(&page), &tracked).unwrap();
    rebuild_like_full(&mut engine, root, &change, "remote image").unwrap();
    assert!(render(&engine.warnings()).contains("remote resource https://tracker.example/pixel.png"));
    std::fs::write(root.join(&page), &clean).unwrap();
    rebuild_like_full(&mut engine, root, &change, "remote image removed").unwrap();
    assert!(!render(&engine.warnings()).contains("remote resource"));
    let config = std::fs::read_to_string(root.join("cairn.toml")).unwrap();
    std::fs::write(root.join("cairn.toml"), format!("privacy = \"strict\"\n{config}")).unwrap();
    rebuild_like_full(&mut engine, root, &Change::Everything, "strict privacy").unwrap();
    std::fs::write(root.join(&page), &tracked).unwrap();
    let report = rebuild_like_full(&mut engine, root, &change, "remote image under strict privacy").unwrap_err();
    assert!(report.contains("error: remote resource https://tracker.example/pixel.png"), "{report}");
    std::fs::write(root.join(&page), &clean).unwrap();
    rebuild_like_full(&mut engine, root, &change, "remote image removed under strict privacy").unwrap();
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
    let mut engine = serving(site.root());
    rebuild(&mut engine, &Change::Everything).unwrap();
    let change = Change::Content(BTreeSet::from([PathBuf::from("content/guide/c.md")]));
    site.write("content/guide/c.md", "+++\ntitle = \"C\"\nweight = 3\n+++\nThird page, edited.\n");
    let rebuilt = rebuild(&mut engine, &change).unwrap();
    assert!(rebuilt.incremental);
    // The page in each of the three languages (the French and Arabic sites show it untranslated).
    assert_eq!(rebuilt.pages, 3);
    assert!(rebuilt.changed.contains(&"guide/c/index.html".to_string()), "{:?}", rebuilt.changed);
    assert!(!rebuilt.changed.contains(&"guide/a/index.html".to_string()));
    assert!(rebuilt.changed.iter().any(|p| p.starts_with("search/en/")));
    let page = String::from_utf8(files_of(&engine)["guide/c/index.html"].to_vec()).unwrap();
    assert!(page.contains("Third page, edited."));

    // A new title shows in the listing, in the neighbour's previous/next links and in the
    // sidebar of every page of the section.
    site.write("content/guide/c.md", "+++\ntitle = \"See\"\nweight = 3\n+++\nThird page, edited.\n");
    let rebuilt = rebuild(&mut engine, &change).unwrap();
    for path in ["guide/index.html", "guide/a/index.html", "guide/b/index.html", "guide/c/index.html"] {
        assert!(rebuilt.changed.contains(&path.to_string()), "{path} not in {:?}", rebuilt.changed);
    }
    assert!(String::from_utf8_lossy(&files_of(&engine)["guide/a/index.html"]).contains(">See</a>"));
    let wrong = differences(&files_of(&engine), &full_build(site.root()).unwrap());
    assert!(wrong.is_empty(), "{wrong:?}");
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() { found.extend(walk(&path)) } else { found.push(path) }
    }
    found
}

/// A `cairn serve` process on a free port, stopped when dropped.
struct Served {
    child: Child,
    address: String,
    output: std::sync::mpsc::Receiver<String>,
}

impl Served {
    fn start(root: &Path) -> Served {
        let mut child = Command::new(env!("CARGO_BIN_EXE_cairn"))
            .args(["serve", "--port", "0", "--root"])
            .arg(root)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let (lines, output) = std::sync::mpsc::channel();
        let stdout = child.stdout.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                if lines.send(line.unwrap_or_default()).is_err() {
                    return;
                }
            }
        });
        let mut served = Served { child, address: String::new(), output };
        let line = served.wait_for_line(|l| l.starts_with("serving "));
        served.address = line.split("http://").nth(1).unwrap().split('/').next().unwrap().to_string();
        served
    }

    /// The next line of standard output that `wanted` accepts.
    fn wait_for_line(&self, wanted: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let line = self.output.recv_timeout(left).expect("cairn serve printed no such line in time");
            if wanted(&line) {
                return line;
            }
        }
    }

    /// Sends a raw GET for `target` (written as is, unnormalized); returns status, headers, body.
    fn get(&self, target: &str) -> (u16, String, String) {
        let mut stream = TcpStream::connect(&self.address).unwrap();
        write!(stream, "GET {target} HTTP/1.0\r\nHost: {}\r\n\r\n", self.address).unwrap();
        let mut response = Vec::new();
        stream.read_to_end(&mut response).unwrap();
        let response = String::from_utf8_lossy(&response).to_string();
        let (head, body) = response.split_once("\r\n\r\n").unwrap_or((&response, ""));
        let status = head.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
        (status, head.to_lowercase(), body.to_string())
    }

    /// Opens the event stream, once the server has registered it; events arrive on the
    /// returned channel as (name, data).
    fn events(&self) -> std::sync::mpsc::Receiver<(String, String)> {
        let mut stream = TcpStream::connect(&self.address).unwrap();
        write!(stream, "GET /__cairn/events HTTP/1.1\r\nHost: {}\r\n\r\n", self.address).unwrap();
        let (send, events) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut name = String::new();
            for line in BufReader::new(stream).lines() {
                let Ok(line) = line else { return };
                if line == ": connected" {
                    let _ = send.send(("connected".to_string(), String::new()));
                } else if let Some(n) = line.strip_prefix("event: ") {
                    name = n.to_string();
                } else if let Some(data) = line.strip_prefix("data: ")
                    && send.send((name.clone(), data.to_string())).is_err()
                {
                    return;
                }
            }
        });
        // The server registers a stream before it writes this comment.
        next_event(&events, "connected", "");
        events
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The data of the next event called `name` whose data contains `needle`.
fn next_event(events: &std::sync::mpsc::Receiver<(String, String)>, name: &str, needle: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        let (event, data) =
            events.recv_timeout(left).unwrap_or_else(|_| panic!("no `{name}` event with {needle} in time"));
        if event == name && data.contains(needle) {
            return data;
        }
    }
}

const GUIDE: &str = r#"
-- content/guide/_index.md --
+++
title = "Guide"
+++
-- content/guide/a.md --
+++
title = "Page A"
+++
The first version.
"#;

#[test]
fn serve_pushes_edits_and_build_errors_to_open_pages() {
    let site = TestSite::new(GUIDE);
    let served = Served::start(site.root());
    let (status, head, body) = served.get("/guide/a/");
    assert_eq!(status, 200);
    assert!(head.contains("content-type: text/html; charset=utf-8"), "{head}");
    assert!(body.contains("The first version.") && body.contains("<script src=\"/__cairn/live.js\"></script>"));
    let (status, head, _) = served.get("/css/cairn.css");
    assert_eq!(status, 200);
    assert!(head.contains("content-type: text/css"), "{head}");
    let (status, head, script) = served.get("/__cairn/live.js");
    assert_eq!(status, 200);
    assert!(head.contains("text/javascript") && script.contains("EventSource"));
    assert_eq!(served.get("/guide").0, 301, "a folder without its slash is redirected");

    let events = served.events();
    // Saved as editors do: a temporary file renamed over the page.
    let temporary = site.root().join("content/guide/.a.md.tmp1234");
    std::fs::write(&temporary, "+++\ntitle = \"Page A\"\n+++\nThe second version.\n").unwrap();
    std::fs::rename(&temporary, site.root().join("content/guide/a.md")).unwrap();
    next_event(&events, "changed", "guide/a/index.html");
    assert!(served.get("/guide/a/").2.contains("The second version."));
    let line = served.wait_for_line(|l| l.contains("content/guide/a.md"));
    assert!(line.contains(" ms"), "one line per rebuild, with its duration: {line}");

    // A broken page: the overlay gets the file and line, the last good page stays served.
    site.write("content/guide/a.md", "+++\ntitle = \"Page A\"\nweight = \"heavy\"\n+++\nThe third version.\n");
    let failed = next_event(&events, "failed", "");
    let problems: serde_json::Value = serde_json::from_str(&failed).unwrap();
    assert_eq!(problems[0]["file"], "content/guide/a.md", "{problems}");
    assert!(problems[0]["line"].as_u64().is_some(), "{problems}");
    assert!(served.get("/guide/a/").2.contains("The second version."));
    // A page opened while the build is broken is told at once.
    let late = served.events();
    next_event(&late, "failed", "content/guide/a.md");
    site.write("content/guide/a.md", "+++\ntitle = \"Page A\"\n+++\nThe fourth version.\n");
    next_event(&events, "fixed", "");
    next_event(&events, "changed", "guide/a/index.html");
    assert!(served.get("/guide/a/").2.contains("The fourth version."));

    // Configuration and UI strings rebuild everything.
    let config = site.read_source("cairn.toml").replace("title = \"Test handbook\"", "title = \"Renamed handbook\"");
    site.write("cairn.toml", &config);
    next_event(&events, "changed", "\"index.html\"");
    assert!(served.get("/").2.contains("Renamed handbook"));
    served.wait_for_line(|l| l.starts_with("full rebuild: every page"));

    // The live-reload script exists only while serving.
    let built = site.built();
    assert!(built.artifacts.iter().all(|a| !String::from_utf8_lossy(&a.bytes).contains("__cairn")));
}

// Issue 17: serve skipped the privacy check that build runs.
#[test]
fn serve_reports_a_privacy_violation_as_build_does_until_fixed() {
    let site = TestSite::new(GUIDE);
    let config = site.read_source("cairn.toml");
    site.write("cairn.toml", &format!("privacy = \"strict\"\n{config}"));
    let served = Served::start(site.root());
    let events = served.events();
    let tracked = "+++\ntitle = \"Page A\"\n+++\nTracked.\n\n![A tracker](https://tracker.example/pixel.png)\n";
    site.write("content/guide/a.md", tracked);
    let failed = next_event(&events, "failed", "");
    served.wait_for_line(|l| l.starts_with("build failed with 1 error"));
    let problems: serde_json::Value = serde_json::from_str(&failed).unwrap();
    let shown: Vec<(String, String)> = problems
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["severity"].as_str().unwrap().to_string(), p["message"].as_str().unwrap().to_string()))
        .collect();
    let Err(built) = site.build() else { panic!("build accepted a remote image under privacy = \"strict\"") };
    let expected: Vec<(String, String)> =
        built.sorted().into_iter().map(|d| ("error".to_string(), d.message.clone())).collect();
    assert_eq!(shown, expected);
    assert!(shown[0].1.starts_with("remote resource https://tracker.example/pixel.png"), "{shown:?}");
    assert!(served.get("/guide/a/").2.contains("The first version."), "the last good page stays served");

    site.write("content/guide/a.md", "+++\ntitle = \"Page A\"\n+++\nUntracked.\n");
    next_event(&events, "fixed", "");
    next_event(&events, "changed", "guide/a/index.html");
    assert!(served.get("/guide/a/").2.contains("Untracked."));
}

#[test]
fn serving_beyond_loopback_warns() {
    let site = TestSite::new(GUIDE);
    let mut child = Command::new(env!("CARGO_BIN_EXE_cairn"))
        .args(["serve", "--port", "0", "--bind", "0.0.0.0", "--root"])
        .arg(site.root())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stderr.take().unwrap()).read_line(&mut first).unwrap();
    let _ = child.kill();
    let _ = child.wait();
    assert!(first.starts_with("warning: serving on 0.0.0.0"), "{first}");
}

#[test]
fn serve_reaches_nothing_outside_the_site() {
    let site = TestSite::new(GUIDE);
    let secret = site.root().parent().unwrap().join(format!("secret-{}.txt", std::process::id()));
    std::fs::write(&secret, "TOP-SECRET-CONTENT").unwrap();
    std::fs::create_dir_all(site.root().join("static")).unwrap();
    std::os::unix::fs::symlink(&secret, site.root().join("static/leak.txt")).unwrap();
    let served = Served::start(site.root());
    let name = secret.file_name().unwrap().to_str().unwrap();
    for target in [
        format!("/../{name}"),
        format!("/%2e%2e/{name}"),
        format!("/%2E%2E%2F{name}"),
        format!("/guide/../../{name}"),
        "/..%5ccairn.toml".to_string(),
        "/cairn.toml".to_string(),
        "/content/guide/a.md".to_string(),
        format!("/{}", secret.display()),
        format!("//{}", secret.display()),
        "/leak.txt".to_string(),
        "/static/leak.txt".to_string(),
    ] {
        let (status, _, body) = served.get(&target);
        assert!(status == 400 || status == 404, "{target}: {status}");
        assert!(!body.contains("TOP-SECRET") && !body.contains("title ="), "{target} leaked");
    }
    // No folder listings; a language's 404 page answers under its prefix.
    let (status, _, body) = served.get("/css/");
    assert_eq!(status, 404);
    assert!(!body.contains("href=\"cairn.css\"") && !body.contains("Index of"), "no listing: {body}");
    let (status, _, body) = served.get("/fr/nowhere/");
    assert_eq!(status, 404);
    assert_eq!(attr(one(&scraper::Html::parse_document(&body), "html"), "lang"), "fr");
    std::fs::remove_file(secret).unwrap();
}

#[test]
fn open_pages_reload_by_themselves_in_chromium() {
    let site = TestSite::new(GUIDE);
    let long_body: String = (0..80).map(|i| format!("Paragraph {i} of a long page.\n\n")).collect();
    site.write("content/guide/a.md", &format!("+++\ntitle = \"Page A\"\n+++\n{long_body}"));
    std::fs::create_dir_all(site.root().join("static/css")).unwrap();
    let served = Served::start(site.root());
    let url = format!("http://{}/guide/a/", served.address);
    let page = site.root().join("content/guide/a.md");
    let css = site.root().join("static/css/cairn.css");
    let Some(result) = node_script("live.mjs", &[&url, page.to_str().unwrap(), css.to_str().unwrap()]) else {
        return;
    };
    assert_eq!(result["reloaded"], true, "{result}");
    assert_eq!(result["scrollKept"], true, "{result}");
    assert_eq!(result["overlayShown"], true, "{result}");
    assert!(result["overlayText"].as_str().unwrap().contains("content/guide/a.md"), "{result}");
    assert_eq!(result["overlayGone"], true, "{result}");
    assert_eq!(result["fixedText"], true, "{result}");
    assert_eq!(result["cssSwappedWithoutReload"], true, "{result}");
    assert_eq!(result["errors"], serde_json::json!([]));
}
