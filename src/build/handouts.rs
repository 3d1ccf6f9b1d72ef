//! `cairn pdf`: printable handouts of chosen pages or sections, typeset from the resolved
//! site (the stages up to resolving, then `pdf` instead of HTML rendering) and written as
//! they are named.

use super::{BuildSettings, prepare, trusted_comment};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::model::{self, Site};
use crate::output::{self, Artifact};
use crate::pdf::{self};
use crate::{load, markdown, urls};
use std::path::Path;
use std::sync::Arc;

/// Which handouts `cairn pdf` makes.
#[derive(Debug, Clone, Default)]
pub struct PdfSettings {
    /// Content files or section folders (relative to the current folder or to the root);
    /// none means the whole handbook.
    pub paths: Vec<std::path::PathBuf>,
    /// Languages (every configured language when empty).
    pub languages: Vec<String>,
    /// Every page with `handout = true`, one PDF each.
    pub all: bool,
    /// Paper size.
    pub paper: pdf::Paper,
    /// Signs each PDF (`NAME.pdf.minisig`).
    pub signer: Option<Arc<output::signing::Signer>>,
}

/// Typesets handouts into `out_dir`; returns each PDF written with its size.
pub fn pdf(
    root: &Path,
    out_dir: &Path,
    settings: &BuildSettings,
    request: &PdfSettings,
) -> Result<(Vec<(std::path::PathBuf, u64)>, Diagnostics), Diagnostics> {
    let prepared = prepare(root, settings)?;
    let site = &prepared.site;
    let config = &site.config;
    let mut problems = Diagnostics::default();
    for code in request.languages.iter().filter(|c| !config.has_language(c)) {
        problems.push(
            Diagnostic::error(format!("language `{code}` is not configured"))
                .with_hint("use one of the codes under [languages] in cairn.toml"),
        );
    }
    let languages: Vec<String> = if request.languages.is_empty() {
        config.languages.iter().map(|l| l.code.clone()).collect()
    } else {
        request.languages.clone()
    };
    // (file stem, entries, title) per handout, before languages.
    let mut wanted: Vec<(String, Vec<model::EntryId>, bool)> = Vec::new();
    let stem = |key: &str| if key.is_empty() { markdown::slugify(&config.title) } else { key.replace('/', "-") };
    for path in &request.paths {
        match entry_at(root, path, site) {
            Some(entry) => {
                let is_section = site.entries[entry].is_section;
                let entries = if is_section { site.descendants(entry, &config.default_language().code) } else { vec![entry] };
                wanted.push((stem(&site.entries[entry].key), entries, is_section));
            }
            None => problems.push(
                Diagnostic::error(format!("{} is not a published page or section of this handbook", path.display()))
                    .with_hint("give a content file (content/x/page.md) or a section folder, relative to here or to the handbook root"),
            ),
        }
    }
    if request.all {
        for (id, entry) in site.entries.iter().enumerate() {
            if site.docs[entry.original].handout {
                wanted.push((stem(&entry.key), vec![id], false));
            }
        }
    } else if request.paths.is_empty() {
        wanted.push((stem(""), site.descendants(site.home(), &config.default_language().code), true));
    }
    if problems.has_errors() {
        return Err(problems);
    }
    let template = prepared.print_templates.get("handout.typ").cloned().unwrap_or_default();
    let typesetter = pdf::Typesetter::new(&prepared.fonts);
    let jobs: Vec<(String, pdf::Handout)> = wanted
        .iter()
        .flat_map(|(stem, entries, titled)| {
            languages.iter().map(move |lang| {
                let title = titled.then(|| {
                    let (doc, _) = site.doc_for(entries[0], lang);
                    if site.entries[entries[0]].key.is_empty() {
                        config.language(lang).and_then(|l| l.title.clone()).unwrap_or_else(|| config.title.clone())
                    } else {
                        doc.title.clone()
                    }
                });
                let handout =
                    pdf::Handout { entries: entries.clone(), lang: lang.clone(), paper: request.paper, title };
                (format!("{stem}.{lang}.pdf"), handout)
            })
        })
        .collect();
    let results: Vec<Result<(Artifact, Vec<Diagnostic>), Diagnostic>> =
        pdf::typeset_parallel(&jobs, |(name, handout)| {
            typesetter
                .typeset(site, &template, &prepared.strings, handout)
                .map(|typeset| (Artifact::new(urls::Route::file(name), name.clone(), typeset.pdf), typeset.warnings))
                .map_err(pdf::TypesetError::diagnostic)
        });
    let mut artifacts = Vec::new();
    let mut reported = Diagnostics::default();
    for result in results {
        match result {
            Ok((artifact, found)) => {
                artifacts.push(artifact);
                found.into_iter().for_each(|w| reported.push(w));
            }
            Err(d) => problems.push(d),
        }
    }
    let mut warnings = prepared.warnings;
    if settings.strict {
        reported.make_warnings_errors();
        problems.extend(reported);
    } else {
        warnings.extend(reported);
    }
    if problems.has_errors() {
        return Err(problems);
    }
    let written = output::files::write_all(out_dir, &artifacts).map_err(|d| Diagnostics::from_iter([d]))?;
    if let Some(signer) = &request.signer {
        for ((path, _), (_, handout)) in written.iter().zip(&jobs) {
            let comment = trusted_comment(config, &handout.lang, "handout", None);
            signer.sign_file(path, &comment).map_err(|d| Diagnostics::from_iter([d]))?;
        }
    }
    Ok((written, warnings))
}

/// The entry a PATH argument names (a content file, or a section folder).
fn entry_at(root: &Path, path: &Path, site: &Site) -> Option<model::EntryId> {
    let content = root.join(load::CONTENT_DIR).canonicalize().ok()?;
    let (found, relative) = [path.to_path_buf(), root.join(path)].into_iter().find_map(|p| {
        let found = p.canonicalize().ok()?;
        let relative = found.strip_prefix(&content).ok()?.to_path_buf();
        Some((found, relative))
    })?;
    let relative = relative.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
    let key = if found.is_dir() { relative } else { load::classify_markdown_path(&relative, &site.config).0 };
    site.entries.iter().position(|e| e.key == key)
}
