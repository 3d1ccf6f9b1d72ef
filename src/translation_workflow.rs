//! The translators' commands: `cairn i18n status` (the per-language report as a table or
//! JSON) and `cairn i18n mark-current` (records in a translation's front matter the
//! fingerprints of its original as it is now). mark-current rewrites source files, read
//! through `load` and written through `output`'s sources writer; it changes nothing but the
//! `translation_of` line.

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::model::translation_status::{self, LanguageStatus, PageRef};
use crate::model::{BuildOptions, Site};
use crate::{load, model};
use std::fmt::Write;
use std::path::{Path, PathBuf};

/// Loads and resolves a handbook for the workflow commands, keeping the UI strings for the
/// report. Internal pages need translating too, so they are always included; drafts when
/// asked.
fn site(root: &Path, drafts: bool) -> Result<(Site, std::sync::Arc<crate::i18n::UiStrings>), Diagnostics> {
    let (sources, _) = load::load(root)?;
    let strings = sources.ui_strings.clone();
    let (site, _) = model::resolve(sources, BuildOptions { drafts, internal: true });
    Ok((site, strings))
}

/// The translation status of every language, or of `lang`.
pub(crate) fn status(root: &Path, lang: Option<&str>) -> Result<Vec<LanguageStatus>, Diagnostics> {
    let (site, strings) = site(root, false)?;
    if let Some(code) = lang.filter(|c| !site.config.has_language(c)) {
        return Err(Diagnostics::from_iter([unknown_language(code)]));
    }
    Ok(translation_status::report(&site, &strings, lang))
}

fn unknown_language(code: &str) -> Diagnostic {
    Diagnostic::error(format!("language `{code}` is not configured"))
        .with_hint("use one of the codes under [languages] in cairn.toml")
}

/// The report as the terminal table `cairn i18n status` prints.
pub(crate) fn format_table(report: &[LanguageStatus]) -> String {
    let mut out = String::new();
    let cell = |t: &translation_status::Tally| format!("{} ({}%)", t.pages, t.pages_percent);
    let _ = writeln!(
        out,
        "{:<10} {:>14} {:>14} {:>14} {:>14} {:>16}",
        "language", "translated", "outdated", "unchecked", "missing", "words translated"
    );
    for s in report {
        let _ = writeln!(
            out,
            "{:<10} {:>14} {:>14} {:>14} {:>14} {:>16}",
            s.lang,
            cell(&s.translated),
            cell(&s.outdated),
            cell(&s.unchecked),
            cell(&s.missing),
            format!("{}%", s.translated.words_percent)
        );
    }
    let line = |p: &PageRef| format!("{} ({} words, from {})", p.original_file, p.words, p.original_lang);
    for s in report {
        if !s.outdated_pages.is_empty() {
            let _ = writeln!(out, "\n{}: outdated translations", s.lang);
            for p in &s.outdated_pages {
                let _ = writeln!(out, "  {} ← {}", p.translation_file.as_deref().unwrap_or("?"), line(p));
                if let Some(c) = &p.changes {
                    for (what, ids) in [("changed", &c.changed), ("added", &c.added), ("removed", &c.removed)] {
                        if !ids.is_empty() {
                            let ids: Vec<String> = ids.iter().map(|id| format!("#{id}")).collect();
                            let _ = writeln!(out, "      {what}: {}", ids.join(", "));
                        }
                    }
                    if c.elsewhere {
                        let _ =
                            writeln!(out, "      changed outside the sections (title, introduction or kind fields)");
                    }
                }
            }
        }
        if !s.missing_pages.is_empty() {
            let _ = writeln!(out, "\n{}: not translated, most important first", s.lang);
            for p in &s.missing_pages {
                let _ = writeln!(out, "  {}", line(p));
            }
        }
        if !s.unchecked_pages.is_empty() {
            let _ = writeln!(out, "\n{}: translated but never marked current (cairn i18n mark-current)", s.lang);
            for p in &s.unchecked_pages {
                let _ = writeln!(out, "  {}", p.translation_file.as_deref().unwrap_or("?"));
            }
        }
        if !s.missing_ui_strings.is_empty() {
            let _ = writeln!(
                out,
                "\n{}: {} UI strings missing: {}",
                s.lang,
                s.missing_ui_strings.len(),
                s.missing_ui_strings.join(", ")
            );
        }
    }
    out
}

/// Resolves a PATH argument given relative to the current folder or to the handbook root,
/// preferring a file inside the handbook.
fn resolve_path(root: &Path, path: &Path) -> Option<PathBuf> {
    let root = root.canonicalize().ok()?;
    let candidates: Vec<PathBuf> =
        [path.to_path_buf(), root.join(path)].into_iter().filter_map(|p| p.canonicalize().ok()).collect();
    candidates.iter().find(|p| p.starts_with(&root)).or(candidates.first()).cloned()
}

/// Marks translations current: those at `paths`, and every translation into `lang`.
/// Returns one line per file written.
pub(crate) fn mark_current(root: &Path, paths: &[PathBuf], lang: Option<&str>) -> Result<Vec<String>, Diagnostics> {
    let (site, _) = site(root, true)?;
    let root_abs = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let mut targets = Vec::new();
    let mut problems = Diagnostics::default();
    for path in paths {
        let Some(wanted) = resolve_path(root, path) else {
            problems.push(
                Diagnostic::error(format!("no file {}", path.display()))
                    .with_hint("give a translation's path, relative to here or to the handbook root"),
            );
            continue;
        };
        match site.docs.iter().position(|d| d.file.as_ref().is_some_and(|f| root_abs.join(f) == wanted)) {
            Some(doc) => targets.push(doc),
            None => {
                problems.push(Diagnostic::error(format!("{} is not a published page of this handbook", path.display())))
            }
        }
    }
    if let Some(code) = lang {
        if !site.config.has_language(code) {
            problems.push(unknown_language(code));
        }
        targets.extend(site.entries.iter().filter_map(|e| e.variants.get(code).copied().filter(|&d| d != e.original)));
    }
    if targets.is_empty() && problems.is_empty() {
        problems.push(
            Diagnostic::error("nothing to mark")
                .with_hint("give translation paths, or --lang CODE for all translations into a language"),
        );
    }
    let mut written = Vec::new();
    for doc_id in targets {
        let doc = &site.docs[doc_id];
        let entry = &site.entries[doc.entry];
        let file = doc.file.clone().unwrap_or_default();
        if entry.original == doc_id {
            problems.push(
                Diagnostic::error(format!("{} is an original, not a translation", file.display()))
                    .with_hint("mark its translations instead (e.g. page.fr.md), or set `original` if another language is the original"),
            );
            continue;
        }
        let original = &site.docs[entry.original];
        let Some(prints) = &original.fingerprints else { continue };
        let path = root.join(&file);
        let result = load::read_source_as_written(&path)
            .map_err(|e| Diagnostic::error(format!("cannot read file: {e}")))
            .and_then(|raw| {
                let new = load::front_matter::set_translation_of(&raw, prints).map_err(Diagnostic::error)?;
                if new == raw {
                    return Ok(false);
                }
                crate::output::files::write_source(&path, &file, new.as_bytes()).map(|()| true)
            });
        match result {
            Ok(changed) => written.push(format!(
                "{} {} current with {}",
                if changed { "marked" } else { "already marked" },
                file.display(),
                original.file.as_ref().map_or(String::new(), |f| f.display().to_string())
            )),
            Err(d) => problems.push(d.in_file(&file)),
        }
    }
    if problems.has_errors() { Err(problems) } else { Ok(written) }
}
