//! Robustness sweep: every page and every section of a handbook, in every language, as a
//! handout: zero failures, every file structurally valid. Run on the example handbook, on
//! the shared benchmark corpus (small), and on generated pages of random heading levels,
//! links and images (a property test of the print path).

use crate::support::*;
use std::path::{Path, PathBuf};

/// Typesets every entry of the handbook at `root` in every language (one `cairn::pdf` run:
/// fonts loaded once, handouts typeset in parallel) and checks each PDF with qpdf. Returns
/// the number of handouts.
fn sweep(root: &Path) -> usize {
    let prepared = cairn::prepare(root, &Default::default()).unwrap_or_else(|d| panic!("{}", render(&d)));
    let site = &prepared.site;
    let paths: Vec<PathBuf> = site
        .entries
        .iter()
        .filter_map(|e| match e.is_section {
            true => Some(Path::new("content").join(&e.key)),
            false => site.docs[e.original].file.clone(),
        })
        .collect();
    let languages = site.config.languages.len();
    let scratch = tempfile::tempdir().unwrap();
    let request = cairn::PdfSettings { paths: paths.clone(), ..Default::default() };
    let started = std::time::Instant::now();
    let (written, _) =
        cairn::pdf(root, scratch.path(), &Default::default(), &request).unwrap_or_else(|d| panic!("{}", render(&d)));
    eprintln!("typeset {} handouts of {} in {:?}", written.len(), root.display(), started.elapsed());
    assert_eq!(written.len(), paths.len() * languages);
    for (file, _) in &written {
        let Some(check) = tool("qpdf", &["--check", file.to_str().unwrap()]) else { break };
        assert!(String::from_utf8_lossy(&check).contains("No syntax or stream encoding errors found"));
    }
    written.len()
}

#[test]
fn every_page_and_section_of_the_example_handbook_typesets_in_every_language() {
    assert!(sweep(Path::new(env!("CARGO_MANIFEST_DIR"))) > 50);
}

#[test]
fn every_page_and_section_of_the_benchmark_corpus_typesets_in_every_language() {
    let generator = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench/gen_corpus.py");
    let scratch = tempfile::tempdir().unwrap();
    let root = scratch.path().join("corpus");
    // Small in CI; `CAIRN_SWEEP_PAGES=300` runs the sweep at the size the issue names.
    let pages = std::env::var("CAIRN_SWEEP_PAGES").unwrap_or_else(|_| "12".to_string());
    let generated = std::process::Command::new("python3")
        .arg(&generator)
        .arg(&root)
        .args(["--pages", &pages, "--langs", "en,fr,ar", "--flavor", "cairn"])
        .output();
    match generated {
        Ok(output) if output.status.success() => {}
        _ if std::env::var_os("CI").is_some() => panic!("cannot run {}", generator.display()),
        _ => {
            eprintln!("skipping: {} or python3 missing", generator.display());
            return;
        }
    }
    assert!(sweep(&root) > 40);
}

/// A small deterministic generator (xorshift), so a failure reproduces from its seed.
struct Random(u64);

impl Random {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
}

/// A page of random heading levels (any order, skipping, headings in lists, quotes and
/// footnotes), links of every kind (empty, odd schemes, anchors that exist, long URLs) and
/// images with and without alt text, captions or decorative titles.
fn random_page(random: &mut Random) -> String {
    let mut body = String::new();
    body.push_str(&format!("{} Top {{#top}}\n\n", "#".repeat(1 + random.below(6) as usize)));
    for i in 0..(4 + random.below(12)) {
        let level = "#".repeat(1 + random.below(6) as usize);
        let block = match random.below(9) {
            0 => format!("{level} Heading {i}\n"),
            1 => format!("- item\n\n  {level} Heading in a list {i}\n"),
            2 => format!("> {level} Heading in a quote {i}\n"),
            3 => format!("Text[^n{i}]\n\n[^n{i}]: {level} Heading in a footnote {i}\n"),
            4 => format!("{level}\n"),
            5 => {
                let alt = random.pick(&["", "A screenshot", ""]);
                let title = random.pick(&["", " \"decorative\"", " \"A caption\""]);
                let after = random.pick(&["", "\n*Figure: the screen*", "\nthe screen"]);
                format!("![{alt}](/shot.svg{title}){after}\n")
            }
            6 => format!("[![](/shot.svg)]({})\n", random.pick(&["https://example.org", "#top", ""])),
            7 => format!("{level} Heading {i} [with a link](#top)\n"),
            _ => {
                let target = random.pick(&[
                    "",
                    "#top",
                    "mailto:someone@example.org",
                    "tel:+15555550100",
                    "signal:+15555550100",
                    "sms:+15555550100",
                    "https://example.org/a/very/long/path/without/any/space/0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz",
                    "relative/path",
                    "javascript:alert(1)",
                ]);
                let text = random.pick(&["text", "", "**bold** text"]);
                format!("A paragraph with [{text}]({target}) and <https://example.org/x>.\n")
            }
        };
        body.push_str(&block);
        body.push('\n');
    }
    body
}

#[test]
fn random_headings_links_and_images_always_typeset() {
    let site = TestSite::new("-- content/_index.md --\n+++\ntitle = \"Home\"\n+++\n");
    site.write("static/shot.svg", r#"<svg xmlns="http://www.w3.org/2000/svg" width="4" height="2"/>"#);
    let mut random = Random(0x5eed_cafe_f00d_1234);
    let pages = 24;
    for page in 0..pages {
        let body = random_page(&mut random);
        site.write(
            &format!("content/random-{page:02}.md"),
            &format!("+++\ntitle = \"Random {page}\"\nhandout = true\n+++\n{body}"),
        );
    }
    let out = site.root().join("pdf");
    let output = site.cairn(&["pdf", "--all", "--lang", "en", "--out", out.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(!stderr.lines().any(|l| l.starts_with("error")), "{stderr}");
    let written = std::fs::read_dir(&out).unwrap().count();
    assert_eq!(written, pages);
}
