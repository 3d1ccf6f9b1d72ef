//! A small handbook held in memory, read once per fuzzing process by
//! `cairn::load::from_files`, with one page whose file is the fuzz input.
#![allow(dead_code)]

use cairn::i18n::UiStrings;
use cairn::load::Sources;
use cairn::model::{BuildOptions, DocId, Site};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

const CONFIG: &str = r#"
title = "Fuzz handbook"
base_url = "https://fuzz.example/handbook/"
default_language = "en"
license = "CC-BY-SA-4.0"

[languages.en]
name = "English"

[languages.fr]
name = "Français"

[languages.ar]
name = "العربية"
"#;

const CONTRIBUTORS: &str = r#"
[amina]
name = "Amina Kaboré"
credit = "name"
url = "https://example.org/amina"
names = { ar = "أمينة كابوري" }

[bo]
name = "Bo Real"
credit = "pseudonym"
pseudonym = "Zephyr"

[cy]
name = "Cy Example"
credit = "initials"

[dee]
name = "Dee Hidden"
credit = "anonymous"
"#;

/// The fuzzed page's file; the other pages are fixed.
pub const FUZZ_FILE: &str = "content/guides/fuzz.md";

/// The fixed files besides `cairn.toml` and `contributors.toml`, by path under the root.
const FILES: &[(&str, &[u8])] = &[
    ("content/_index.md", b"+++\ntitle = \"Home\"\n+++\nWelcome. See [the guide](guides/fuzz.md).\n"),
    ("content/_index.fr.md", b"+++\ntitle = \"Accueil\"\n+++\nBienvenue.\n"),
    (
        "content/guides/_index.md",
        b"+++\ntitle = \"Guides\"\nkind = \"playbook\"\nauthors = [\"amina\"]\n+++\nAll guides.\n",
    ),
    (
        "content/guides/other.md",
        b"+++\ntitle = \"Other\"\nweight = 2\n+++\n# Other\n\n## Anchor {#anchor authors=\"bo, cy\"}\n\nText with ![a photo](photo.png).\n",
    ),
    (
        "content/guides/other.fr.md",
        b"+++\ntitle = \"Autre\"\ntranslators = [\"dee\"]\n+++\n# Autre\n\n## Ancre {#anchor}\n\nTexte.\n",
    ),
    ("content/guides/photo.png", b"\x89PNG\r\n\x1a\n"),
];

/// What every iteration shares: the fixed handbook, read by `cairn::load::from_files`.
pub struct Fixture {
    pub sources: Sources,
    pub ui_strings: Arc<UiStrings>,
}

pub fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let mut files: BTreeMap<String, Vec<u8>> =
            FILES.iter().map(|&(path, bytes)| (path.to_string(), bytes.to_vec())).collect();
        files.insert("cairn.toml".into(), CONFIG.as_bytes().to_vec());
        files.insert("contributors.toml".into(), CONTRIBUTORS.as_bytes().to_vec());
        let (mut sources, diagnostics) = cairn::load::from_files(&files).expect("fixture handbook");
        assert!(!diagnostics.has_errors(), "fixture handbook: {diagnostics:?}");
        // Rendering bodies needs no templates, print templates or fonts: not cloned per input.
        sources.templates.clear();
        sources.print_templates.clear();
        sources.fonts.clear();
        let ui_strings = sources.ui_strings.clone();
        Fixture { sources, ui_strings }
    })
}

/// Bytes as the loader would read a file: lossily decoded, BOM dropped, `\n` line endings.
pub fn text(data: &[u8]) -> String {
    let text = String::from_utf8_lossy(data);
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    if text.contains('\r') { text.replace("\r\n", "\n").replace('\r', "\n") } else { text.to_string() }
}

/// The handbook with `input` as the whole text of `content/guides/fuzz.md` (front matter
/// included, if it has any that parses; otherwise the whole input is the body), resolved.
/// Also returns the fuzzed page's published document, if it is published (not a draft).
pub fn site_with(input: &str) -> (Site, Option<DocId>) {
    let fx = fixture();
    let config = &fx.sources.config;
    let page = cairn::load::content_document(FUZZ_FILE, input, config).unwrap_or_else(|_| {
        let mut page = cairn::load::content_document(FUZZ_FILE, "", config).expect("an empty page");
        page.body = input.into();
        page
    });
    let mut sources = fx.sources.clone();
    sources.documents.push(page);
    sources.documents.sort_by(|a, b| a.file.cmp(&b.file));
    let (site, diagnostics) = cairn::model::resolve(sources, BuildOptions::default());
    if show() {
        for d in diagnostics.sorted() {
            eprintln!("{d}");
        }
    }
    let file = PathBuf::from(FUZZ_FILE);
    let id = site.docs.iter().position(|d| d.file.as_ref() == Some(&file));
    (site, id)
}

/// Whether to print what a target produced (`CAIRN_FUZZ_SHOW=1`, for running inputs by hand).
pub fn show() -> bool {
    static SHOW: OnceLock<bool> = OnceLock::new();
    *SHOW.get_or_init(|| std::env::var_os("CAIRN_FUZZ_SHOW").is_some())
}
