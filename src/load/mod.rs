//! The only part of cairn that reads the handbook tree: `cairn.toml`, `contributors.toml`,
//! `content/`, `static/`, `i18n/`, the theme and `templates/`. It turns files into
//! [`Sources`] (plain data) plus diagnostics; nothing after it opens a file.

pub mod contributors;
pub mod document;
pub mod front_matter;
pub mod theme;

use crate::config::{self, CONFIG_FILE, Config};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::i18n::{self, UiStrings};
use contributors::Contributors;
use front_matter::FrontMatter;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use theme::ThemeFiles;
use walkdir::WalkDir;

/// The folder of the handbook's Markdown pages and page-bundle assets.
pub const CONTENT_DIR: &str = "content";
/// The folder of site themes (`themes/<name>/`, each holding [`THEME_FOLDERS`]).
pub const THEMES_DIR: &str = "themes";
/// Folders a theme is made of, in the order they are read; the same folders at the handbook
/// root override the theme's files one by one.
pub const THEME_FOLDERS: [&str; 5] = ["templates", "static", "i18n", "print", "fonts"];
/// Every folder of a handbook that a build reads: what `serve` watches and what no output
/// folder may replace. Written out from the constants above so a folder added to the loader
/// is added everywhere.
pub const HANDBOOK_FOLDERS: [&str; 8] = [
    CONTENT_DIR,
    THEMES_DIR,
    THEME_FOLDERS[0],
    THEME_FOLDERS[1],
    THEME_FOLDERS[2],
    THEME_FOLDERS[3],
    THEME_FOLDERS[4],
    crate::po::PO_DIR,
];

/// One Markdown file of `content/`, split and parsed.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceDocument {
    /// Path relative to the handbook root, for diagnostics (`content/playbooks/x.fr.md`).
    pub file: PathBuf,
    /// Translation key: the content path without language suffix, `.md`, `index` or `_index`
    /// (`playbooks/x`, `training/digital-security`, `playbooks`, `` for the home page).
    pub key: String,
    /// Whether the file is a section's `_index.md`.
    pub is_section: bool,
    /// Language code of this file (its suffix, or the default language).
    pub lang: String,
    /// Parsed front matter.
    pub front: FrontMatter,
    /// The front matter as written (from line 2 of the file), to point errors at a line.
    pub front_text: String,
    /// Markdown body (shared: rebuilds and the model keep it without copying).
    pub body: std::sync::Arc<str>,
    /// 1-based line of the file on which the body starts.
    pub body_line: usize,
}

/// A file copied to the output as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceAsset {
    /// Path relative to the output root, with `/` separators.
    pub path: String,
    /// Where it came from, for diagnostics.
    pub origin: PathBuf,
    /// The file's bytes.
    pub bytes: Vec<u8>,
}

/// Everything a build reads, as data.
#[derive(Debug, Clone)]
pub struct Sources {
    /// The validated `cairn.toml`.
    pub config: Config,
    /// `contributors.toml`.
    pub contributors: Contributors,
    /// Markdown documents, sorted by file path.
    pub documents: Vec<SourceDocument>,
    /// Non-Markdown files of `content/` (page-bundle assets), mirrored into the output.
    pub content_assets: Vec<SourceAsset>,
    /// Theme `static/` files overlaid by the site's `static/`, by output path.
    pub static_files: Vec<SourceAsset>,
    /// Templates by name, site overrides applied.
    pub templates: BTreeMap<String, String>,
    /// UI strings of every language.
    pub ui_strings: std::sync::Arc<UiStrings>,
    /// Typst templates for handouts (`print/`), site overrides applied.
    pub print_templates: BTreeMap<String, String>,
    /// Font files for handouts: the theme's, then the handbook's `fonts/`.
    pub fonts: Vec<(String, Vec<u8>)>,
}

/// Reads a handbook. Fails only when nothing useful can be read (no or broken
/// `cairn.toml`); file-level problems become diagnostics and the file is skipped.
pub fn load(root: &Path) -> Result<(Sources, Diagnostics), Diagnostics> {
    let mut diagnostics = Diagnostics::default();
    let config_path = root.join(CONFIG_FILE);
    let config_text = read_text(&config_path, Path::new(CONFIG_FILE)).map_err(|d| {
        Diagnostics::from_iter([d.with_hint(format!(
            "run cairn in a handbook folder, pass --root DIR, or create one with `cairn init DIR` (looked in {})",
            root.display()
        ))])
    })?;
    let config = config::parse(&config_text).map_err(|d| Diagnostics::from_iter([d]))?;

    let contributors_file = Path::new(contributors::CONTRIBUTORS_FILE);
    let contributors = match read_optional_text(&root.join(contributors_file), contributors_file) {
        Ok(None) => Contributors::default(),
        Ok(Some(text)) => contributors::parse(&text).unwrap_or_else(|d| {
            diagnostics.push(d);
            Contributors::default()
        }),
        Err(d) => {
            diagnostics.push(d);
            Contributors::default()
        }
    };

    let (mut documents, content_assets) = load_content(root, &config, &mut diagnostics);
    let from_catalogues = crate::po::translated_documents(root, &config, &documents, &mut diagnostics);
    if !from_catalogues.is_empty() {
        documents.extend(from_catalogues);
        documents.sort_by(|a, b| a.file.cmp(&b.file));
    }

    let mut theme = ThemeFiles::builtin();
    let theme_dir = root.join(THEMES_DIR).join(&config.theme);
    if theme_dir.is_dir() {
        overlay_dir(&mut theme, &theme_dir, &mut diagnostics, root);
    } else if config.theme != "default" {
        diagnostics.push(
            Diagnostic::error(format!("theme `{}` not found", config.theme))
                .in_file(CONFIG_FILE)
                .with_hint(format!("create themes/{}/ or remove `theme` to use the built-in theme", config.theme)),
        );
    }
    overlay_dir(&mut theme, root, &mut diagnostics, root);

    let ui_strings = build_ui_strings(&theme, &config, &mut diagnostics);
    let static_files = theme
        .static_files
        .into_iter()
        .map(|(path, bytes)| SourceAsset { origin: PathBuf::from("static").join(&path), path, bytes })
        .collect();
    let sources = Sources {
        config,
        contributors,
        documents,
        content_assets,
        static_files,
        templates: theme.templates,
        ui_strings: std::sync::Arc::new(ui_strings),
        print_templates: theme.print,
        fonts: theme.fonts.into_iter().collect(),
    };
    Ok((sources, diagnostics))
}

/// Layers the [`THEME_FOLDERS`] found under `dir` over `theme`.
fn overlay_dir(theme: &mut ThemeFiles, dir: &Path, diagnostics: &mut Diagnostics, root: &Path) {
    for sub in THEME_FOLDERS {
        let base = dir.join(sub);
        if !base.is_dir() {
            continue;
        }
        for (path, relative) in walk_files(&base, diagnostics, root) {
            let shown = display_path(&path, root);
            match std::fs::read(&path) {
                Ok(bytes) => {
                    if let Err(message) = theme.add(&format!("{sub}/{relative}"), bytes, &shown.to_string_lossy()) {
                        diagnostics.push(Diagnostic::error(message).in_file(&shown));
                    }
                }
                Err(e) => diagnostics.push(Diagnostic::error(format!("cannot read file: {e}")).in_file(&shown)),
            }
        }
    }
}

fn build_ui_strings(theme: &ThemeFiles, config: &Config, diagnostics: &mut Diagnostics) -> UiStrings {
    let mut by_lang = BTreeMap::new();
    for (lang, layers) in &theme.i18n {
        let mut merged = BTreeMap::new();
        for (origin, text) in layers {
            match i18n::parse_strings(text) {
                Ok(strings) => merged.extend(strings),
                Err(message) => diagnostics.push(
                    Diagnostic::error(format!("invalid UI strings: {message}"))
                        .in_file(origin)
                        .with_hint("each key is a string, or a table of plural forms with at least `other`"),
                ),
            }
        }
        by_lang.insert(lang.clone(), merged);
    }
    let codes: Vec<String> = config.languages.iter().map(|l| l.code.clone()).collect();
    UiStrings::new(by_lang, &config.default_language().code, &codes)
}

/// Every regular file under `base`, sorted, with its `/`-separated path relative to `base`.
/// Hidden files and editor leftovers are skipped; links are not followed (no loops).
fn walk_files(base: &Path, diagnostics: &mut Diagnostics, root: &Path) -> Vec<(PathBuf, String)> {
    let mut files = Vec::new();
    for entry in WalkDir::new(base).sort_by_file_name().into_iter().filter_entry(|e| !is_ignored(e.file_name())) {
        match entry {
            Ok(entry) if entry.path_is_symlink() => diagnostics.push(
                Diagnostic::warning("symbolic link skipped")
                    .in_file(display_path(entry.path(), root))
                    .with_hint("cairn does not follow links, which could publish files from outside the handbook (or loop); copy the file in instead"),
            ),
            Ok(entry) if entry.file_type().is_file() => {
                let relative = entry.path().strip_prefix(base).unwrap_or(entry.path());
                let relative =
                    relative.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
                files.push((entry.path().to_path_buf(), relative));
            }
            Ok(_) => {}
            Err(e) => {
                let shown = e.path().map(|p| display_path(p, root)).unwrap_or_default();
                diagnostics.push(Diagnostic::error(format!("cannot read folder entry: {e}")).in_file(shown));
            }
        }
    }
    files
}

fn is_ignored(name: &std::ffi::OsStr) -> bool {
    let name = name.to_string_lossy();
    (name.starts_with('.') && name.len() > 1 && name != "..") || name.ends_with('~') || name.starts_with("#")
}

fn display_path(path: &Path, root: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

/// Reads `content/`: Markdown files in parallel, everything else as assets.
fn load_content(
    root: &Path,
    config: &Config,
    diagnostics: &mut Diagnostics,
) -> (Vec<SourceDocument>, Vec<SourceAsset>) {
    let content = root.join(CONTENT_DIR);
    if !content.is_dir() {
        diagnostics.push(
            Diagnostic::error("no content/ folder")
                .with_hint(format!("put the handbook's Markdown under {}", content.display())),
        );
        return (Vec::new(), Vec::new());
    }
    let files = walk_files(&content, diagnostics, root);
    let results: Vec<Result<Loaded, Diagnostic>> =
        files.par_iter().map(|(path, relative)| load_content_file(path, relative, root, config)).collect();
    let mut documents = Vec::new();
    let mut assets = Vec::new();
    for result in results {
        match result {
            Ok(Loaded::Document(doc)) => {
                if let Some(code) = unconfigured_language_suffix(&doc.file, config) {
                    diagnostics.push(
                        Diagnostic::warning(format!(
                            "`.{code}` in the file name is not a configured language: published as the page `{}` in the default language",
                            doc.key
                        ))
                        .in_file(&doc.file)
                        .with_hint(format!("add [languages.{code}] to cairn.toml, or rename the file")),
                    );
                }
                documents.push(*doc)
            }
            Ok(Loaded::Asset(asset)) => assets.push(asset),
            Err(d) => diagnostics.push(d),
        }
    }
    (documents, assets)
}

/// Reads one Markdown file of `content/` again, given by its path relative to the root
/// (`content/a/b.fr.md`): `None` when it no longer exists, or is not a page (an ignored or
/// non-Markdown name).
pub fn reload_document(root: &Path, file: &Path, config: &Config) -> Result<Option<SourceDocument>, Diagnostic> {
    let Ok(relative) = file.strip_prefix(CONTENT_DIR) else { return Ok(None) };
    if relative.components().any(|c| is_ignored(c.as_os_str())) || !root.join(file).is_file() {
        return Ok(None);
    }
    let relative = relative.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
    if !relative.ends_with(".md") {
        return Ok(None);
    }
    match load_content_file(&root.join(file), &relative, root, config)? {
        Loaded::Document(doc) => Ok(Some(*doc)),
        Loaded::Asset(_) => Ok(None),
    }
}

enum Loaded {
    Document(Box<SourceDocument>),
    Asset(SourceAsset),
}

fn load_content_file(path: &Path, relative: &str, root: &Path, config: &Config) -> Result<Loaded, Diagnostic> {
    let shown = display_path(path, root);
    if !relative.ends_with(".md") {
        let bytes =
            std::fs::read(path).map_err(|e| Diagnostic::error(format!("cannot read file: {e}")).in_file(&shown))?;
        return Ok(Loaded::Asset(SourceAsset { path: relative.to_string(), origin: shown, bytes }));
    }
    let (key, is_section, explicit) = classify_markdown_path(relative, config);
    let lang = explicit.unwrap_or_else(|| config.default_language().code.clone());
    let text = read_text(path, &shown)?;
    let split = front_matter::split(&text).map_err(|d| d.in_file(&shown))?;
    Ok(Loaded::Document(Box::new(SourceDocument {
        file: shown,
        key,
        is_section,
        lang,
        front: split.front,
        front_text: split.front_text,
        body: split.body.into(),
        body_line: split.body_line,
    })))
}

/// The suffix of a Markdown file name that looks like a language code (`page.de.md`) but is
/// not a configured language.
fn unconfigured_language_suffix(file: &Path, config: &Config) -> Option<String> {
    let stem = file.file_stem()?.to_str()?;
    let (_, suffix) = stem.rsplit_once('.')?;
    let primary = suffix.split('-').next()?;
    let looks_like_code = (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_lowercase())
        && suffix.parse::<unic_langid::LanguageIdentifier>().is_ok();
    (looks_like_code && !config.has_language(suffix)).then(|| suffix.to_string())
}

/// The translation key, section flag and explicit language of a Markdown file given by its
/// path under `content/`: `a/b.fr.md` → (`a/b`, false, fr), `a/_index.md` → (`a`, true, none),
/// `a/b/index.md` → (`a/b`, false, none). A suffix counts as a language only when configured.
pub fn classify_markdown_path(content_path: &str, config: &Config) -> (String, bool, Option<String>) {
    let stem_path = content_path.strip_suffix(".md").unwrap_or(content_path);
    let (dir, stem) = stem_path.rsplit_once('/').unwrap_or(("", stem_path));
    let (base, lang) = match stem.rsplit_once('.') {
        Some((base, suffix)) if config.has_language(suffix) => (base, Some(suffix.to_string())),
        _ => (stem, None),
    };
    match base {
        "_index" => (dir.to_string(), true, lang),
        "index" => (dir.to_string(), false, lang),
        name if dir.is_empty() => (name.to_string(), false, lang),
        name => (format!("{dir}/{name}"), false, lang),
    }
}

/// Reads a text file: UTF-8 checked (naming the line of the first bad byte), BOM dropped,
/// line endings normalised to `\n`.
fn read_text(path: &Path, shown: &Path) -> Result<String, Diagnostic> {
    let bytes = std::fs::read(path).map_err(|e| Diagnostic::error(format!("cannot read file: {e}")).in_file(shown))?;
    decode_text(bytes).map_err(|d| d.in_file(shown))
}

/// A source file's text exactly as written (BOM and line endings kept), for commands that
/// rewrite a part of it and must leave the rest untouched (`cairn i18n mark-current`).
pub fn read_source_as_written(path: &Path) -> std::io::Result<String> {
    std::fs::read_to_string(path)
}

fn read_optional_text(path: &Path, shown: &Path) -> Result<Option<String>, Diagnostic> {
    if path.exists() { read_text(path, shown).map(Some) } else { Ok(None) }
}

fn decode_text(bytes: Vec<u8>) -> Result<String, Diagnostic> {
    let text = String::from_utf8(bytes).map_err(|e| {
        let valid_up_to = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..valid_up_to].iter().filter(|&&b| b == b'\n').count() + 1;
        Diagnostic::error("file is not valid UTF-8").at_line(line).with_hint("save the file as UTF-8 in your editor")
    })?;
    let text = text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text);
    Ok(if text.contains('\r') { text.replace("\r\n", "\n").replace('\r', "\n") } else { text })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_normalised() {
        assert_eq!(decode_text(b"\xef\xbb\xbfa\r\nb\rc".to_vec()).unwrap(), "a\nb\nc");
        let err = decode_text(b"ok\nok\n\xff".to_vec()).unwrap_err();
        assert_eq!(err.line, Some(3));
    }
}
