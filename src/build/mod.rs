//! Running the stages. Commands are thin callers of what this module owns:
//!
//! - [`Engine`] loads, resolves, renders, checks privacy and holds the output of the hosted
//!   site, and rebuilds only what a [`Change`] affects ([`select`] decides what that is).
//!   `cairn build` is one `rebuild(&Change::Everything)` written to a folder; `cairn check`
//!   the same plus advice; `cairn serve` keeps one engine and rebuilds it on every edit.
//! - [`prepare`] holds the stages themselves (load and resolve into a [`Prepared`] site,
//!   render an edition), which the offline bundles and printed handouts run for editions of
//!   their own.
//!
//! `docs/architecture.md` draws the stages and how a change flows through them.

mod engine;
#[cfg(feature = "pdf")]
mod handouts;
mod offline;
mod prepare;
pub mod select;

pub use engine::{Change, Engine, Files, Rebuilt};
#[cfg(feature = "pdf")]
pub use handouts::{PdfSettings, pdf};
pub use offline::{BundleSettings, bundle};
pub use prepare::{Prepared, prepare};
pub use select::Selection;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::model::{BuildOptions, Site};
use crate::output::{self, Artifact};
use crate::{config, i18n, load, model, search};
use std::path::Path;
use std::sync::Arc;

/// What a build is asked to do, beyond which handbook to read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BuildSettings {
    /// What the model includes.
    pub options: BuildOptions,
    /// Replaces `base_url` from `cairn.toml`.
    pub base_url: Option<String>,
    /// Turns warnings (missing images, ...) into errors.
    pub strict: bool,
    /// Fails on missing or outdated translations (also `strict_translations` in cairn.toml).
    pub strict_translations: bool,
}

/// A successful build in memory: the site, its files, and the warnings.
#[derive(Debug)]
pub struct Built {
    /// The resolved site.
    pub site: Site,
    /// Every output file, sorted by path; empty when they were written as they were made
    /// ([`build`]).
    pub artifacts: Vec<Artifact>,
    /// How many pages the output has.
    pub pages: usize,
    /// Warnings (no errors: those fail the build).
    pub warnings: Diagnostics,
    /// UI strings of every language.
    pub strings: Arc<i18n::UiStrings>,
    /// How long each stage took, in order.
    pub timings: Vec<(&'static str, std::time::Duration)>,
}

/// Loads, resolves and renders the hosted site in memory. Fails with every error found.
pub fn build_in_memory(root: &Path, settings: &BuildSettings) -> Result<Built, Diagnostics> {
    let mut engine = Engine::new(root, settings.clone());
    engine.rebuild(&Change::Everything, |_| {})?;
    // A rebuild that succeeded leaves its site in the engine.
    Ok(engine.into_built().expect("a successful rebuild leaves a good build"))
}

/// Builds a handbook into `out`, replacing what was there only on success. Files are
/// written as they are made, so the build never holds its whole output.
pub fn build(root: &Path, out: &Path, settings: &BuildSettings) -> Result<Built, Diagnostics> {
    refuse_unsafe_output(root, out).map_err(|d| Diagnostics::from_iter([d]))?;
    let mut engine = Engine::writing(root, settings.clone(), out).map_err(|d| Diagnostics::from_iter([d]))?;
    engine.rebuild(&Change::Everything, |_| {})?;
    engine.finish_writing()
}

/// [`build`], keeping every file of the output in the result too (`cairn build --report`
/// weighs pages with what they load).
pub fn build_keeping_files(root: &Path, out: &Path, settings: &BuildSettings) -> Result<Built, Diagnostics> {
    refuse_unsafe_output(root, out)
        .and_then(|()| output::site_dir::check_replaceable(out))
        .map_err(|d| Diagnostics::from_iter([d]))?;
    let mut built = build_in_memory(root, settings)?;
    let started = std::time::Instant::now();
    output::site_dir::write(out, &built.artifacts).map_err(|d| Diagnostics::from_iter([d]))?;
    built.timings.push(("write", started.elapsed()));
    Ok(built)
}

/// Everything `build` validates, plus UI strings missing per language; writes nothing.
pub fn check(root: &Path, settings: &BuildSettings) -> Result<Diagnostics, Diagnostics> {
    let mut built = build_in_memory(root, settings)?;
    let mut missing = Diagnostics::default();
    for language in &built.site.config.languages {
        let keys = built.strings.missing_keys(&language.code);
        if !keys.is_empty() {
            missing.push(
                Diagnostic::warning(format!(
                    "{} UI strings missing in `{}`: {}",
                    keys.len(),
                    language.code,
                    keys.join(", ")
                ))
                .in_file(format!("i18n/{}.toml", language.code))
                .with_hint("add them to i18n/<lang>.toml; until then the default language's text is shown"),
            );
        }
    }
    built.warnings.extend(missing);
    built.warnings.extend(uncredited_contributors(&built.site));
    built.warnings.extend(model::heading_levels::skipped_levels(&built.site));
    Ok(built.warnings)
}

/// A warning for each contributor of `contributors.toml` that no published page credits.
fn uncredited_contributors(site: &Site) -> Diagnostics {
    let mut credited = std::collections::BTreeSet::new();
    for doc in &site.docs {
        let page = [&doc.authors, &doc.translators, &doc.reviewers, &doc.approved_by];
        let sections = doc.outline.headings.iter().flat_map(|h| h.credits.iter().map(|(_, ids)| ids));
        credited.extend(page.into_iter().chain(sections).flatten().map(String::as_str));
    }
    site.contributors
        .ids()
        .filter(|id| !credited.contains(id))
        .map(|id| {
            Diagnostic::warning(format!("contributor `{id}` is not credited on any published page"))
                .in_file(load::contributors::CONTRIBUTORS_FILE)
                .with_hint("credit them in a page's front matter or on a heading, or remove them")
        })
        .collect()
}

/// What a signature says of the file it signs (minisign's trusted comment, signed with it):
/// handbook, language, edition and the source date, so a reader sees which copy it is.
fn trusted_comment(config: &config::Config, lang: &str, edition: &str, source_date: Option<&str>) -> String {
    let title = config.language(lang).and_then(|l| l.title.clone()).unwrap_or_else(|| config.title.clone());
    let date = source_date.map(|d| format!(" | source date: {d}")).unwrap_or_default();
    format!("{title} | language: {lang} | edition: {edition}{date}")
}

/// Searches the index of a built site (`out`) in `lang` (default: the handbook's default
/// language) with the reference implementation.
#[allow(clippy::disallowed_methods)] // reads the built site's search index, not the handbook
pub fn search_built_site(
    root: &Path,
    out: &Path,
    lang: Option<&str>,
    query: &str,
    limit: usize,
) -> Result<Vec<search::query::Hit>, Diagnostic> {
    let lang = match lang {
        Some(code) => code.to_string(),
        None => load::default_language(root).unwrap_or_else(|| "en".to_string()),
    };
    let mut failed_file = None;
    let source = |piece: search::Piece| {
        let file = out.join(piece.route(&lang).output_file());
        let script = std::fs::read_to_string(&file).map_err(|e| {
            failed_file = Some(file.clone());
            format!("cannot read the `{lang}` search index: {e}")
        })?;
        search::Piece::value_of(&script).inspect_err(|_| failed_file = Some(file.clone()))
    };
    let results = search::query::Searcher::open(source).and_then(|mut searcher| searcher.search(query, limit));
    results.map_err(|message| {
        let message =
            if message.starts_with("cannot read") { message } else { format!("malformed search index: {message}") };
        let diagnostic = Diagnostic::error(message).with_hint(
            "build the site first (cairn build), or pass --out DIR / --lang CODE; rebuild the site if it was damaged",
        );
        match &failed_file {
            Some(file) => diagnostic.in_file(file),
            None => diagnostic.in_file(out.join("search").join(&lang)),
        }
    })
}

/// Refuses output folders whose replacement would destroy the handbook itself.
fn refuse_unsafe_output(root: &Path, out: &Path) -> Result<(), Diagnostic> {
    let absolute = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let (root, out) = (absolute(root), absolute(out));
    let protected = load::HANDBOOK_FOLDERS.map(|folder| root.join(folder));
    if out.parent().is_none() || root.starts_with(&out) || protected.contains(&out) {
        return Err(Diagnostic::error(format!(
            "refusing to use {} as the output folder: it would replace the handbook's own files",
            out.display()
        ))
        .with_hint("pass --out with a separate folder, such as public/"));
    }
    Ok(())
}
