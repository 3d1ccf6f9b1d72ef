//! A small handbook held in memory, built once per fuzzing process the way
//! `cairn::load::load` assembles one from disk, with one page whose file is the fuzz input.
#![allow(dead_code)]

use cairn::config::Config;
use cairn::i18n::UiStrings;
use cairn::load::theme::ThemeFiles;
use cairn::load::{SourceAsset, SourceDocument, Sources, front_matter};
use cairn::load::contributors::Contributors;
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

/// Fixed documents: (file under the root, key, is_section, lang, whole file text).
const PAGES: &[(&str, &str, bool, &str, &str)] = &[
    ("content/_index.md", "", true, "en", "+++\ntitle = \"Home\"\n+++\nWelcome. See [the guide](guides/fuzz.md).\n"),
    ("content/_index.fr.md", "", true, "fr", "+++\ntitle = \"Accueil\"\n+++\nBienvenue.\n"),
    (
        "content/guides/_index.md",
        "guides",
        true,
        "en",
        "+++\ntitle = \"Guides\"\nkind = \"playbook\"\nauthors = [\"amina\"]\n+++\nAll guides.\n",
    ),
    (
        "content/guides/other.md",
        "guides/other",
        false,
        "en",
        "+++\ntitle = \"Other\"\nweight = 2\n+++\n# Other\n\n## Anchor {#anchor authors=\"bo, cy\"}\n\nText with ![a photo](photo.png).\n",
    ),
    (
        "content/guides/other.fr.md",
        "guides/other",
        false,
        "fr",
        "+++\ntitle = \"Autre\"\ntranslators = [\"dee\"]\n+++\n# Autre\n\n## Ancre {#anchor}\n\nTexte.\n",
    ),
];

/// What every iteration shares.
pub struct Fixture {
    pub config: Config,
    pub contributors: Contributors,
    pub documents: Vec<SourceDocument>,
    pub content_assets: Vec<SourceAsset>,
    pub static_files: Vec<SourceAsset>,
    pub templates: BTreeMap<String, String>,
    pub print_templates: BTreeMap<String, String>,
    pub ui_strings: Arc<UiStrings>,
}

pub fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let config = cairn::config::parse(CONFIG).expect("fixture config");
        let contributors = cairn::load::contributors::parse(CONTRIBUTORS).expect("fixture contributors");
        let documents = PAGES
            .iter()
            .map(|&(file, key, is_section, lang, text)| {
                document(file, key, is_section, lang, text).expect("fixture page front matter")
            })
            .collect();
        let theme = ThemeFiles::builtin();
        // As load::build_ui_strings: every i18n layer of the theme, merged per language.
        let mut by_lang = BTreeMap::new();
        for (lang, layers) in &theme.i18n {
            let mut merged = BTreeMap::new();
            for (_, text) in layers {
                merged.extend(cairn::i18n::parse_strings(text).expect("built-in UI strings"));
            }
            by_lang.insert(lang.clone(), merged);
        }
        let codes: Vec<String> = config.languages.iter().map(|l| l.code.clone()).collect();
        let ui_strings = Arc::new(UiStrings::new(by_lang, &config.default_language().code, &codes));
        let static_files = theme
            .static_files
            .iter()
            .map(|(path, bytes)| SourceAsset {
                path: path.clone(),
                origin: PathBuf::from("static").join(path),
                bytes: bytes.clone(),
            })
            .collect();
        let content_assets = vec![SourceAsset {
            path: "guides/photo.png".into(),
            origin: PathBuf::from("content/guides/photo.png"),
            bytes: b"\x89PNG\r\n\x1a\n".to_vec(),
        }];
        Fixture {
            config,
            contributors,
            documents,
            content_assets,
            static_files,
            templates: theme.templates,
            print_templates: theme.print,
            ui_strings,
        }
    })
}

/// Bytes as the loader would read a file: lossily decoded, BOM dropped, `\n` line endings.
pub fn text(data: &[u8]) -> String {
    let text = String::from_utf8_lossy(data);
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    if text.contains('\r') { text.replace("\r\n", "\n").replace('\r', "\n") } else { text.to_string() }
}

/// A content file as `load` makes it: front matter split off and parsed.
fn document(
    file: &str,
    key: &str,
    is_section: bool,
    lang: &str,
    text: &str,
) -> Result<SourceDocument, cairn::diagnostics::Diagnostic> {
    let split = front_matter::split(text)?;
    Ok(SourceDocument {
        file: PathBuf::from(file),
        key: key.into(),
        is_section,
        lang: lang.into(),
        front: split.front,
        front_text: split.front_text,
        body: split.body.into(),
        body_line: split.body_line,
    })
}

/// The handbook with `input` as the whole text of `content/guides/fuzz.md` (front matter
/// included, if it has any that parses; otherwise the whole input is the body), resolved.
/// Also returns the fuzzed page's published document, if it is published (not a draft).
pub fn site_with(input: &str) -> (Site, Option<DocId>) {
    let fx = fixture();
    let page = document(FUZZ_FILE, "guides/fuzz", false, "en", input).unwrap_or_else(|_| SourceDocument {
        file: PathBuf::from(FUZZ_FILE),
        key: "guides/fuzz".into(),
        is_section: false,
        lang: "en".into(),
        front: Default::default(),
        front_text: String::new(),
        body: input.into(),
        body_line: 1,
    });
    let mut documents = fx.documents.clone();
    documents.push(page);
    documents.sort_by(|a, b| a.file.cmp(&b.file));
    let sources = Sources {
        config: fx.config.clone(),
        contributors: fx.contributors.clone(),
        documents,
        content_assets: fx.content_assets.clone(),
        static_files: fx.static_files.clone(),
        templates: BTreeMap::new(),
        ui_strings: fx.ui_strings.clone(),
        print_templates: BTreeMap::new(),
        fonts: Vec::new(),
    };
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
