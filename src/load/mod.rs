//! The only part of cairn that reads the handbook tree: `cairn.toml`, `contributors.toml` and
//! the [`HANDBOOK_FOLDERS`] (`content/`, the theme and its overrides, `po/`), from disk or
//! from memory ([`from_files`]). It turns files into [`Sources`] (plain data) plus
//! diagnostics; nothing after it opens a file. The raw types `model` resolves (front matter,
//! contributors) are defined here, so `model` depends on `load` and never the reverse.
// The handbook's one reader: clippy.toml keeps file reads out of every other module.
#![allow(clippy::disallowed_methods)]

pub(crate) mod contributors;
pub(crate) mod document;
pub mod front_matter;
pub(crate) mod theme;

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
pub(crate) const CONTENT_DIR: &str = "content";
/// The folder of site themes (`themes/<name>/`, each holding [`THEME_FOLDERS`]).
pub(crate) const THEMES_DIR: &str = "themes";
/// Folders a theme is made of, in the order they are read; the same folders at the handbook
/// root override the theme's files one by one.
pub(crate) const THEME_FOLDERS: [&str; 5] = ["templates", "static", "i18n", "print", "fonts"];
/// Every folder of a handbook that a build reads: what `serve` watches and what no output
/// folder may replace. Written out from the constants above so a folder added to the loader
/// is added everywhere.
pub(crate) const HANDBOOK_FOLDERS: [&str; 8] = [
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
    /// The text of each language's PO catalogue (`po/<lang>.po`), by language code.
    pub catalogues: BTreeMap<String, String>,
}

/// Reads a handbook. Fails only when nothing useful can be read (no or broken
/// `cairn.toml`); file-level problems become diagnostics and the file is skipped.
pub fn load(root: &Path) -> Result<(Sources, Diagnostics), Diagnostics> {
    read_tree(Tree::Disk(root))
}

/// Reads a handbook held in memory, exactly as [`load`] reads the same tree on disk: `files`
/// maps paths relative to the root, `/`-separated (`cairn.toml`, `content/a/b.fr.md`,
/// `themes/x/templates/page.html`, `po/fr.po`), to their bytes. For fuzz targets and tests.
pub fn from_files(files: &BTreeMap<String, Vec<u8>>) -> Result<(Sources, Diagnostics), Diagnostics> {
    read_tree(Tree::Memory(files))
}

/// Where a handbook is read from.
#[derive(Clone, Copy)]
enum Tree<'a> {
    /// A folder on disk.
    Disk(&'a Path),
    /// Files by `/`-separated path relative to the root.
    Memory(&'a BTreeMap<String, Vec<u8>>),
}

impl Tree<'_> {
    /// The bytes of the file at `file` (relative to the root); `Ok(None)` when there is none.
    fn read(self, file: &Path) -> std::io::Result<Option<Vec<u8>>> {
        match self {
            Tree::Disk(root) => match std::fs::read(root.join(file)) {
                Ok(bytes) => Ok(Some(bytes)),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
                Err(e) => Err(e),
            },
            Tree::Memory(files) => Ok(files.get(&slashed(file)).cloned()),
        }
    }

    /// Whether `folder` (relative to the root) exists and holds anything.
    fn has_folder(self, folder: &Path) -> bool {
        match self {
            Tree::Disk(root) => root.join(folder).is_dir(),
            Tree::Memory(files) => {
                let prefix = format!("{}/", slashed(folder));
                files.range(prefix.clone()..).next().is_some_and(|(path, _)| path.starts_with(&prefix))
            }
        }
    }

    /// Every file under `folder` (relative to the root), sorted as a walk of the folder
    /// visits them: its path relative to the root, and its `/`-separated path relative to
    /// `folder`. Hidden files and editor leftovers are skipped; on disk, links are not
    /// followed (no loops, nothing from outside the handbook).
    fn files_under(self, folder: &Path, diagnostics: &mut Diagnostics) -> Vec<(PathBuf, String)> {
        match self {
            Tree::Disk(root) => walk_files(root, &root.join(folder), diagnostics),
            Tree::Memory(files) => {
                let prefix = format!("{}/", slashed(folder));
                let mut found: Vec<(PathBuf, String)> = files
                    .range(prefix.clone()..)
                    .take_while(|(path, _)| path.starts_with(&prefix))
                    .map(|(path, _)| (PathBuf::from(path), path[prefix.len()..].to_string()))
                    .filter(|(_, relative)| !relative.split('/').any(|name| is_ignored(name.as_ref())))
                    .collect();
                found.sort_by(|a, b| a.1.split('/').cmp(b.1.split('/')));
                found
            }
        }
    }

    /// Where the handbook was looked for, for messages.
    fn describe(self) -> String {
        match self {
            Tree::Disk(root) => root.display().to_string(),
            Tree::Memory(_) => "the files given".to_string(),
        }
    }
}

/// A relative path with `/` separators, as [`Tree::Memory`] keys are written.
fn slashed(path: &Path) -> String {
    path.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

fn read_tree(tree: Tree<'_>) -> Result<(Sources, Diagnostics), Diagnostics> {
    let mut diagnostics = Diagnostics::default();
    let config_text = read_text(tree, Path::new(CONFIG_FILE))
        .and_then(|text| {
            text.ok_or_else(|| Diagnostic::error(format!("no {CONFIG_FILE} in this folder")).in_file(CONFIG_FILE))
        })
        .map_err(|d| {
            Diagnostics::from_iter([d.with_hint(format!(
                "run cairn in a handbook folder, pass --root DIR, or create one with `cairn init DIR` (looked in {})",
                tree.describe()
            ))])
        })?;
    let config = config::parse(&config_text).map_err(|d| Diagnostics::from_iter([d]))?;

    let contributors = match read_text(tree, Path::new(contributors::CONTRIBUTORS_FILE)) {
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

    let (mut documents, content_assets) = load_content(tree, &config, &mut diagnostics);
    let mut catalogues = BTreeMap::new();
    for language in config.languages.iter().filter(|l| l.code != config.default_language().code) {
        match read_text(tree, &Path::new(crate::po::PO_DIR).join(format!("{}.po", language.code))) {
            Ok(Some(text)) => {
                catalogues.insert(language.code.clone(), text);
            }
            Ok(None) => {}
            Err(d) => diagnostics.push(d),
        }
    }
    let from_catalogues = crate::po::translated_documents(&config, &documents, &catalogues, &mut diagnostics);
    if !from_catalogues.is_empty() {
        documents.extend(from_catalogues);
        documents.sort_by(|a, b| a.file.cmp(&b.file));
    }

    let mut theme = ThemeFiles::builtin();
    let theme_dir = Path::new(THEMES_DIR).join(&config.theme);
    if tree.has_folder(&theme_dir) {
        overlay_dir(&mut theme, tree, &theme_dir, &mut diagnostics);
    } else if config.theme != "default" {
        diagnostics.push(
            Diagnostic::error(format!("theme `{}` not found", config.theme))
                .in_file(CONFIG_FILE)
                .with_hint(format!("create themes/{}/ or remove `theme` to use the built-in theme", config.theme)),
        );
    }
    overlay_dir(&mut theme, tree, Path::new(""), &mut diagnostics);

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
        catalogues,
    };
    Ok((sources, diagnostics))
}

/// Layers the [`THEME_FOLDERS`] found under `dir` (relative to the root) over `theme`.
fn overlay_dir(theme: &mut ThemeFiles, tree: Tree<'_>, dir: &Path, diagnostics: &mut Diagnostics) {
    for sub in THEME_FOLDERS {
        let base = dir.join(sub);
        if !tree.has_folder(&base) {
            continue;
        }
        for (shown, relative) in tree.files_under(&base, diagnostics) {
            match tree.read(&shown) {
                Ok(Some(bytes)) => {
                    if let Err(message) = theme.add(&format!("{sub}/{relative}"), bytes, &shown.to_string_lossy()) {
                        diagnostics.push(Diagnostic::error(message).in_file(&shown));
                    }
                }
                Ok(None) => {}
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

/// Every regular file under `base`, sorted, with its path relative to `root` and its
/// `/`-separated path relative to `base`.
fn walk_files(root: &Path, base: &Path, diagnostics: &mut Diagnostics) -> Vec<(PathBuf, String)> {
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
                files.push((display_path(entry.path(), root), slashed(relative)));
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
    tree: Tree<'_>,
    config: &Config,
    diagnostics: &mut Diagnostics,
) -> (Vec<SourceDocument>, Vec<SourceAsset>) {
    if !tree.has_folder(Path::new(CONTENT_DIR)) {
        let content = match tree {
            Tree::Disk(root) => root.join(CONTENT_DIR),
            Tree::Memory(_) => PathBuf::from(CONTENT_DIR),
        };
        diagnostics.push(
            Diagnostic::error("no content/ folder")
                .with_hint(format!("put the handbook's Markdown under {}", content.display())),
        );
        return (Vec::new(), Vec::new());
    }
    let files = tree.files_under(Path::new(CONTENT_DIR), diagnostics);
    let results: Vec<Result<Option<Loaded>, Diagnostic>> =
        files.par_iter().map(|(shown, relative)| load_content_file(tree, shown, relative, config)).collect();
    let mut documents = Vec::new();
    let mut assets = Vec::new();
    for result in results {
        match result {
            Ok(Some(Loaded::Document(doc))) => {
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
            Ok(Some(Loaded::Asset(asset))) => assets.push(asset),
            Ok(None) => {}
            Err(d) => diagnostics.push(d),
        }
    }
    (documents, assets)
}

/// Reads one Markdown file of `content/` again, given by its path relative to the root
/// (`content/a/b.fr.md`): `None` when it no longer exists, or is not a page (an ignored or
/// non-Markdown name).
pub(crate) fn reload_document(root: &Path, file: &Path, config: &Config) -> Result<Option<SourceDocument>, Diagnostic> {
    let Ok(relative) = file.strip_prefix(CONTENT_DIR) else { return Ok(None) };
    if relative.components().any(|c| is_ignored(c.as_os_str())) || !root.join(file).is_file() {
        return Ok(None);
    }
    let relative = slashed(relative);
    if !relative.ends_with(".md") {
        return Ok(None);
    }
    match load_content_file(Tree::Disk(root), file, &relative, config)? {
        Some(Loaded::Document(doc)) => Ok(Some(*doc)),
        Some(Loaded::Asset(_)) | None => Ok(None),
    }
}

enum Loaded {
    Document(Box<SourceDocument>),
    Asset(SourceAsset),
}

/// One file of `content/` (`shown`, relative to the root; `relative` to `content/`):
/// `None` when it is gone.
fn load_content_file(
    tree: Tree<'_>,
    shown: &Path,
    relative: &str,
    config: &Config,
) -> Result<Option<Loaded>, Diagnostic> {
    let cannot_read = |e: std::io::Error| Diagnostic::error(format!("cannot read file: {e}")).in_file(shown);
    let Some(bytes) = tree.read(shown).map_err(cannot_read)? else { return Ok(None) };
    if !relative.ends_with(".md") {
        return Ok(Some(Loaded::Asset(SourceAsset { path: relative.to_string(), origin: shown.to_path_buf(), bytes })));
    }
    let text = decode_text(bytes).map_err(|d| d.in_file(shown))?;
    document(shown, relative, &text, config).map(|doc| Some(Loaded::Document(Box::new(doc))))
}

/// The page a Markdown file of `content/` makes, from its text as read (BOM dropped, `\n`
/// line endings): `file` is its path relative to the root (`content/a/b.fr.md`). What
/// [`load`] does with each page, for fuzz targets and tests that add one to loaded sources.
pub fn content_document(file: &str, text: &str, config: &Config) -> Result<SourceDocument, Diagnostic> {
    let relative = file.strip_prefix(CONTENT_DIR).and_then(|r| r.strip_prefix('/')).unwrap_or(file);
    document(Path::new(file), relative, text, config)
}

/// The page of the file `shown` (relative to the root; `relative` to `content/`).
fn document(shown: &Path, relative: &str, text: &str, config: &Config) -> Result<SourceDocument, Diagnostic> {
    let (key, is_section, explicit) = classify_markdown_path(relative, config);
    let lang = explicit.unwrap_or_else(|| config.default_language().code.clone());
    let split = front_matter::split(text).map_err(|d| d.in_file(shown))?;
    Ok(SourceDocument {
        file: shown.to_path_buf(),
        key,
        is_section,
        lang,
        front: split.front,
        front_text: split.front_text,
        body: split.body.into(),
        body_line: split.body_line,
    })
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
pub(crate) fn classify_markdown_path(content_path: &str, config: &Config) -> (String, bool, Option<String>) {
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

/// Reads a text file of the tree (`None` when there is none): UTF-8 checked (naming the
/// line of the first bad byte), BOM dropped, line endings normalised to `\n`.
fn read_text(tree: Tree<'_>, file: &Path) -> Result<Option<String>, Diagnostic> {
    let cannot_read = |e: std::io::Error| Diagnostic::error(format!("cannot read file: {e}")).in_file(file);
    let Some(bytes) = tree.read(file).map_err(cannot_read)? else { return Ok(None) };
    decode_text(bytes).map(Some).map_err(|d| d.in_file(file))
}

/// The public keys of the handbook at `root` (current first, then previous ones), for
/// `cairn verify` without `--key`: only `cairn.toml` is read.
pub(crate) fn signing_keys(root: &Path) -> Result<Vec<String>, Diagnostic> {
    let text = std::fs::read_to_string(root.join(CONFIG_FILE)).map_err(|_| {
        Diagnostic::error("no public key to check against, and no cairn.toml here")
            .with_hint("give --key RW... (from the handbook's verify page) or --key minisign.pub")
    })?;
    let signing = config::parse(&text)?.signing;
    Ok(signing.public_key.into_iter().chain(signing.previous_keys.into_iter().map(|k| k.key)).collect())
}

/// The default language of the handbook at `root`, from `cairn.toml` alone (`cairn search`
/// on a built site); `None` when there is no readable, valid `cairn.toml`.
pub fn default_language(root: &Path) -> Option<String> {
    let text = std::fs::read_to_string(root.join(CONFIG_FILE)).ok()?;
    config::parse(&text).ok().map(|c| c.default_language().code.clone())
}

/// A source file's text exactly as written (BOM and line endings kept), for commands that
/// rewrite a part of it and must leave the rest untouched (`cairn i18n mark-current`).
pub(crate) fn read_source_as_written(path: &Path) -> std::io::Result<String> {
    std::fs::read_to_string(path)
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

/// Fails unless two loads read the same handbook, field by field (tests of the loader's
/// other entry points: in-memory files, the folders serve watches).
#[cfg(test)]
pub(crate) fn assert_same_sources(expected: &Sources, actual: &Sources) {
    let pages = |sources: &Sources| sources.documents.iter().map(|d| d.file.clone()).collect::<Vec<_>>();
    assert_eq!(pages(expected), pages(actual), "not the same pages");
    assert_eq!(expected.config, actual.config);
    assert_eq!(expected.contributors, actual.contributors);
    assert_eq!(expected.documents, actual.documents);
    assert_eq!(expected.content_assets, actual.content_assets);
    assert_eq!(expected.static_files, actual.static_files);
    assert_eq!(expected.templates, actual.templates);
    assert_eq!(expected.print_templates, actual.print_templates);
    assert!(expected.fonts == actual.fonts, "the fonts differ");
    assert_eq!(expected.catalogues, actual.catalogues);
    assert_eq!(format!("{:?}", expected.ui_strings), format!("{:?}", actual.ui_strings));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `from_files` is what fuzz targets and tests build handbooks with: it must read a tree
    /// exactly as `load` reads it from disk.
    #[test]
    fn files_in_memory_load_as_on_disk() {
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = BTreeMap::new();
        for name in HANDBOOK_FOLDERS.iter().chain(&[CONFIG_FILE, contributors::CONTRIBUTORS_FILE]) {
            for entry in WalkDir::new(repo.join(name)).into_iter().filter_map(Result::ok) {
                if entry.file_type().is_file() {
                    let bytes = std::fs::read(entry.path()).unwrap();
                    files.insert(slashed(entry.path().strip_prefix(repo).unwrap()), bytes);
                }
            }
        }
        let (disk, disk_found) = load(repo).unwrap();
        let (memory, memory_found) = from_files(&files).unwrap();
        assert_same_sources(&disk, &memory);
        assert_eq!(disk_found.sorted().len(), memory_found.sorted().len());
    }

    #[test]
    fn text_is_normalised() {
        assert_eq!(decode_text(b"\xef\xbb\xbfa\r\nb\rc".to_vec()).unwrap(), "a\nb\nc");
        let err = decode_text(b"ok\nok\n\xff".to_vec()).unwrap_err();
        assert_eq!(err.line, Some(3));
    }
}
