//! The first stages and the render stage: loading and resolving a handbook into a
//! [`Prepared`] site, and rendering what a [`Selection`] names of one edition of it (pages,
//! handouts, search indexes). The [`Engine`](super::Engine) and the commands that make other
//! editions (bundles, handouts) run these; nothing else calls the stage modules.

use super::{BuildSettings, Selection};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::memo::Memo;
use crate::model::{self, Site};
use crate::output::{self, Artifact};
#[cfg(feature = "pdf")]
use crate::pdf::{self};
use crate::search::{self, SearchCache};
#[cfg(feature = "pdf")]
use crate::urls;
use crate::{i18n, load, render};
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// What rendering keeps by content from one render to the next (and between the editions
/// of one command): highlighted code blocks and the search index's prepared sections.
#[derive(Default)]
pub(crate) struct RenderMemos {
    highlighted: Memo<Arc<str>>,
    search: SearchCache,
}

impl RenderMemos {
    /// Memos for one build only. Highlighted code is still kept while rendering: a code
    /// block usually reads the same in every translation of its page.
    pub(crate) fn for_one_build() -> RenderMemos {
        RenderMemos { highlighted: Memo::default(), search: SearchCache::for_one_build() }
    }
}

/// A handbook loaded and resolved, ready to be rendered as any edition.
pub struct Prepared {
    /// The resolved site.
    pub site: Site,
    templates: BTreeMap<String, String>,
    // Only handouts read these; builds without the `pdf` feature carry them unused.
    #[cfg_attr(not(feature = "pdf"), allow(dead_code))]
    pub(super) print_templates: BTreeMap<String, String>,
    #[cfg_attr(not(feature = "pdf"), allow(dead_code))]
    pub(super) fonts: Vec<(String, Vec<u8>)>,
    /// `--strict`: what handouts report (images without alt text) fails too.
    #[cfg_attr(not(feature = "pdf"), allow(dead_code))]
    strict: bool,
    /// UI strings of every language.
    pub strings: Arc<i18n::UiStrings>,
    /// Warnings so far.
    pub warnings: Diagnostics,
    /// How long each stage took, in order.
    pub timings: Vec<(&'static str, Duration)>,
}

/// Loads and resolves a handbook. Fails with every error found.
pub fn prepare(root: &Path, settings: &BuildSettings) -> Result<Prepared, Diagnostics> {
    prepare_cached(root, settings, &mut model::ResolveCache::for_one_build())
}

/// Loads and resolves a handbook, keeping what resolving computed in `cache` for more work
/// on the same site (the compact edition's pictures).
pub(super) fn prepare_cached(
    root: &Path,
    settings: &BuildSettings,
    cache: &mut model::ResolveCache,
) -> Result<Prepared, Diagnostics> {
    let started = Instant::now();
    let (sources, diagnostics) = load::load(root)?;
    let timings = vec![("load", started.elapsed())];
    prepare_loaded(sources, diagnostics, settings, cache, timings)
}

/// Resolves loaded sources (`diagnostics` holds what loading found), reusing `cache`.
pub(super) fn prepare_loaded(
    mut sources: load::Sources,
    mut diagnostics: Diagnostics,
    settings: &BuildSettings,
    cache: &mut model::ResolveCache,
    mut timings: Vec<(&'static str, Duration)>,
) -> Result<Prepared, Diagnostics> {
    if let Some(url) = &settings.base_url {
        sources.config.set_base_url(url);
    }
    let templates = std::mem::take(&mut sources.templates);
    let print_templates = std::mem::take(&mut sources.print_templates);
    let fonts = std::mem::take(&mut sources.fonts);
    let strings = sources.ui_strings.clone();
    let started = Instant::now();
    let (site, found) = model::resolve_cached(sources, settings.options, cache);
    diagnostics.extend(found);
    timings.push(("model", started.elapsed()));
    if settings.strict {
        diagnostics.make_warnings_errors();
    }
    // After `--strict`: translation gaps are normal while a handbook grows, and only
    // `--strict-translations` makes them fatal.
    let strict_translations = settings.strict_translations || site.config.strict_translations;
    diagnostics.extend(translation_gaps(&site, &strings, strict_translations));
    if diagnostics.has_errors() {
        return Err(diagnostics);
    }
    let strict = settings.strict;
    Ok(Prepared { site, templates, print_templates, fonts, strict, strings, warnings: diagnostics, timings })
}

impl Prepared {
    /// The render stage: what `selection` names of `edition` (pages, generated pages,
    /// handouts, search indexes), sorted by path. `handouts` holds the size and checksum of
    /// the handouts made so far, which pages show; those of the entries made again are
    /// replaced. `memos` keeps work by content between renders.
    pub(crate) fn render(
        &mut self,
        edition: &render::Edition,
        selection: &Selection,
        handouts: &mut render::HandoutFiles,
        memos: &mut RenderMemos,
    ) -> Result<Vec<Artifact>, Diagnostics> {
        let made = std::sync::Mutex::new(Vec::new());
        self.render_into(edition, selection, handouts, memos, &|artifact| {
            made.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).push(artifact);
        })?;
        output::arrange(made.into_inner().unwrap_or_else(|poisoned| poisoned.into_inner()))
    }

    /// [`Prepared::render`], handing each file to `emit` as soon as it is made, in no
    /// particular order and from several threads; the search indexes are built while the
    /// pages are rendered. Nothing checks that two files have different paths: `emit` must
    /// (see [`output::collisions`]).
    pub(crate) fn render_into(
        &mut self,
        edition: &render::Edition,
        selection: &Selection,
        handouts: &mut render::HandoutFiles,
        memos: &mut RenderMemos,
        emit: &(dyn Fn(Artifact) + Sync),
    ) -> Result<(), Diagnostics> {
        let started = Instant::now();
        let made = if selection.everything {
            handouts.clear();
            self.handouts(edition, None)?
        } else {
            handouts.retain(|(entry, _), _| !selection.entries.contains(entry));
            self.handouts(edition, Some(&selection.entries))?
        };
        if !made.is_empty() {
            self.timings.push(("handouts", started.elapsed()));
        }
        handouts.extend(handout_files(&made));
        for (_, _, artifact) in made {
            emit(artifact);
        }
        let languages: Vec<String> =
            if selection.everything { edition.languages.clone() } else { selection.search.iter().cloned().collect() };
        let RenderMemos { highlighted, search } = memos;
        let started = Instant::now();
        // Rendering and indexing read the same resolved site and nothing of each other.
        let (rendered, indexed) = rayon::join(
            || {
                let rendered = render::render_selected(
                    &self.site,
                    (&self.templates, self.strings.clone()),
                    edition,
                    handouts,
                    selection,
                    highlighted,
                    emit,
                );
                (rendered, started.elapsed())
            },
            || {
                (!languages.is_empty()).then(|| {
                    search::emit_indexes(&self.site, &languages, search, emit);
                    started.elapsed()
                })
            },
        );
        self.timings.push(("render", rendered.1));
        if let Some(took) = indexed {
            self.timings.push(("search index", took));
        }
        rendered.0?;
        if selection.everything {
            highlighted.forget_unused();
        }
        Ok(())
    }

    /// The printable handouts of the pages marked `handout = true` (among `only`, when
    /// given), in the edition's languages. A handout whose text this machine has no font for
    /// is left out with a warning, so a site still builds on a machine without, say, Chinese
    /// fonts; `cairn pdf` fails instead.
    #[cfg(feature = "pdf")]
    pub fn handouts(
        &mut self,
        edition: &render::Edition,
        only: Option<&std::collections::BTreeSet<model::EntryId>>,
    ) -> Result<Vec<(model::EntryId, String, Artifact)>, Diagnostics> {
        let jobs: Vec<(model::EntryId, &String)> = (0..self.site.entries.len())
            .filter(|&e| self.site.docs[self.site.entries[e].original].handout)
            .filter(|e| only.is_none_or(|only| only.contains(e)))
            .flat_map(|e| edition.languages.iter().map(move |lang| (e, lang)))
            .collect();
        if jobs.is_empty() {
            return Ok(Vec::new());
        }
        let typesetter = pdf::Typesetter::new(&self.fonts);
        let template = self.print_templates.get("handout.typ").cloned().unwrap_or_default();
        type Typeset<'a> = (model::EntryId, &'a String, Result<pdf::Typeset, pdf::TypesetError>);
        let results: Vec<Typeset<'_>> = pdf::typeset_parallel(&jobs, |&(entry, lang)| {
            let handout = pdf::Handout { entries: vec![entry], lang: lang.clone(), paper: pdf::Paper::A4, title: None };
            (entry, lang, typesetter.typeset(&self.site, &template, &self.strings, &handout))
        });
        let mut handouts = Vec::new();
        let mut errors = Diagnostics::default();
        let mut reported = Diagnostics::default();
        for (entry, lang, result) in results {
            match result {
                Ok(typeset) => {
                    typeset.warnings.into_iter().for_each(|w| reported.push(w));
                    let route = urls::Route::handout(&self.site.entries[entry].key, lang);
                    let artifact = Artifact::new(route, format!("(handout, {lang})"), typeset.pdf);
                    handouts.push((entry, lang.clone(), artifact));
                }
                Err(pdf::TypesetError::MissingFont(d)) => {
                    self.warnings.push(Diagnostic { severity: crate::diagnostics::Severity::Warning, ..d })
                }
                Err(pdf::TypesetError::Failed(d)) => errors.push(d),
            }
        }
        if self.strict {
            reported.make_warnings_errors();
            errors.extend(reported);
        } else {
            self.warnings.extend(reported);
        }
        if errors.has_errors() { Err(errors) } else { Ok(handouts) }
    }

    /// Without the `pdf` feature, no handouts: pages carry no download link.
    #[cfg(not(feature = "pdf"))]
    pub fn handouts(
        &mut self,
        _edition: &render::Edition,
        _only: Option<&std::collections::BTreeSet<model::EntryId>>,
    ) -> Result<Vec<(model::EntryId, String, Artifact)>, Diagnostics> {
        Ok(Vec::new())
    }
}

/// Size and checksum of each handout, by entry and language, as pages and the verify page
/// show them.
fn handout_files(handouts: &[(model::EntryId, String, Artifact)]) -> render::HandoutFiles {
    use sha2::Digest;
    handouts
        .iter()
        .map(|(entry, lang, artifact)| {
            let sha256 = sha2::Sha256::digest(&artifact.bytes).iter().map(|b| format!("{b:02x}")).collect();
            ((*entry, lang.clone()), render::HandoutFile { bytes: artifact.bytes.len() as u64, sha256 })
        })
        .collect()
}

/// One diagnostic per language with missing or outdated translations: a warning, or an error
/// listing the pages when `strict`.
pub(super) fn translation_gaps(site: &Site, strings: &i18n::UiStrings, strict: bool) -> Diagnostics {
    let message = |lang: &str, missing: usize, outdated: usize| {
        format!(
            "`{lang}`: {missing} page{} not translated, {outdated} translation{} outdated",
            if missing == 1 { "" } else { "s" },
            if outdated == 1 { "" } else { "s" },
        )
    };
    if !strict {
        // Counting is all a warning needs, and far cheaper than the report.
        return model::translation_status::gaps(site)
            .into_iter()
            .filter(|(_, missing, outdated)| missing + outdated > 0)
            .map(|(lang, missing, outdated)| {
                Diagnostic::warning(message(&lang, missing, outdated))
                    .with_hint(format!("`cairn i18n status --lang {lang}` lists them"))
            })
            .collect();
    }
    model::translation_status::report(site, strings, None)
        .into_iter()
        .filter(|s| s.missing.pages + s.outdated.pages > 0)
        .map(|s| {
            let pages: Vec<&str> =
                s.missing_pages.iter().chain(&s.outdated_pages).map(|p| p.original_file.as_str()).collect();
            Diagnostic::error(format!("{}: {}", message(&s.lang, s.missing.pages, s.outdated.pages), pages.join(", ")))
                .with_hint(format!("translate them, or run `cairn i18n status --lang {}` for details", s.lang))
        })
        .collect()
}
