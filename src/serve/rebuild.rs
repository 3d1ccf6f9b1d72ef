//! Incremental rebuilds for `cairn serve`. A [`Session`] keeps what the last build loaded
//! and produced. After an edit it re-reads only the changed Markdown files; an edit to a
//! page's text alone patches that one document into the resolved site
//! ([`model::replace_body`]), anything more resolves the handbook again (reusing unchanged
//! outlines and fingerprints); configuration, contributors, templates, UI strings, static
//! files and new folders load everything. Then only the outputs [`render::affected`] names
//! are rendered, in two steps: [`Session::rebuild`] makes the pages that show the edit, so
//! open pages can reload at once, and [`Session::complete`] the outputs gathered from every
//! document (generated pages, search indexes). After both, the files held equal those of a
//! fresh `cairn build`.

use crate::diagnostics::{Diagnostics, Severity};
use crate::load::{self, Sources};
use crate::model::{self, ResolveCache};
use crate::output::{self, Artifact};
use crate::render::{self, Edition, Selection};
use crate::search::SearchCache;
use crate::urls::Route;
use crate::{BuildSettings, Prepared, prepare_loaded, search, translation_gaps};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

/// The output files being served, by output-relative path (`fr/playbooks/x/index.html`).
pub type Files = BTreeMap<String, Arc<[u8]>>;

/// What changed on disk since the last build.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Markdown files of `content/` (paths relative to the handbook root), edited, created
    /// or removed.
    Content(BTreeSet<PathBuf>),
    /// Anything else: the whole handbook is read again.
    Everything,
}

/// What one step of a rebuild did.
#[derive(Debug, Clone)]
pub struct Rebuilt {
    /// Output files whose bytes changed, appeared or disappeared.
    pub changed: Vec<String>,
    /// Whether only part of the site was rendered.
    pub incremental: bool,
    /// Pages rendered.
    pub pages: usize,
    /// How long it took.
    pub took: Duration,
    /// Warnings of the build.
    pub warnings: usize,
}

/// Whether `path` is a piece of the search index of one of `languages`.
fn is_index_piece(path: &str, languages: &[String]) -> bool {
    languages.iter().any(|lang| {
        search::Piece::Manifest
            .route(lang)
            .output_file()
            .rsplit_once('/')
            .is_some_and(|(dir, _)| path.strip_prefix(dir).is_some_and(|rest| rest.starts_with('/')))
    })
}

/// What the last load read, kept so a content edit re-reads only its files.
struct Loaded {
    sources: Sources,
    diagnostics: Diagnostics,
}

/// The last successful build.
struct Good {
    prepared: Prepared,
    edition: Edition,
    handouts: crate::render::HandoutFiles,
}

/// A handbook being served: its last good output and what rebuilding it reuses.
pub struct Session {
    root: PathBuf,
    settings: BuildSettings,
    loaded: Option<Loaded>,
    resolve_cache: ResolveCache,
    search_cache: SearchCache,
    good: Option<Good>,
    /// Whether the last rebuild failed (the sources read then are not those of `good`).
    failed: bool,
    /// The gathered outputs the last rebuild still owes ([`Session::complete`]).
    pending: Option<Selection>,
    files: Arc<RwLock<Files>>,
}

impl Session {
    /// A session for the handbook at `root` that publishes into `files`; nothing is built yet.
    pub fn new(root: &Path, settings: BuildSettings, files: Arc<RwLock<Files>>) -> Session {
        Session {
            root: root.to_path_buf(),
            settings,
            loaded: None,
            resolve_cache: ResolveCache::default(),
            search_cache: SearchCache::default(),
            good: None,
            failed: false,
            pending: None,
            files,
        }
    }

    /// A copy of the files of the last good build.
    pub fn files(&self) -> Files {
        self.files.read().unwrap_or_else(|poisoned| poisoned.into_inner()).clone()
    }

    /// Rebuilds after `change` the pages that show it, and publishes them; what remains is
    /// left to [`Session::complete`]. On failure the last good files stay as they were.
    pub fn rebuild(&mut self, change: &Change) -> Result<Rebuilt, Diagnostics> {
        let started = Instant::now();
        let result = self.rebuild_pages(change, started);
        self.failed = result.is_err();
        if self.failed {
            self.pending = None;
        }
        result
    }

    fn rebuild_pages(&mut self, change: &Change, started: Instant) -> Result<Rebuilt, Diagnostics> {
        let selection = match self.patch_text(change) {
            Some(patched) => patched?,
            None => self.resolve_again(change)?,
        };
        // The new site is in place; if its pages cannot be made, it no longer describes the
        // files served, and the next rebuild starts afresh.
        self.render_pages(selection, started).inspect_err(|_| self.good = None)
    }

    fn render_pages(&mut self, selection: Selection, started: Instant) -> Result<Rebuilt, Diagnostics> {
        let good = self.good.as_mut().expect("a good build exists after a successful resolution");
        let pages_part = if selection.everything { selection.clone() } else { selection.pages_part() };
        if selection.everything {
            good.handouts.clear();
        } else {
            good.handouts.retain(|(entry, _), _| !selection.entries.contains(entry));
        }
        let only = (!selection.everything).then_some(&selection.entries);
        let handouts = good.prepared.handouts(&good.edition, only)?;
        good.handouts.extend(crate::handout_files(&handouts));
        // The verify page of a signed handbook lists every handout's checksum.
        let verify_page_changed = !handouts.is_empty() && good.prepared.site.config.signing.public_key.is_some();
        let mut artifacts = good.prepared.pages(&good.edition, &pages_part, &good.handouts)?;
        artifacts.extend(handouts.into_iter().map(|(_, _, artifact)| artifact));
        let artifacts = output::arrange(artifacts)?;
        let site = &good.prepared.site;
        let pages = if selection.everything {
            good.edition.languages.len() * site.entries.len()
        } else {
            selection.pages.len()
        };
        let handout_paths: BTreeSet<String> = selection
            .entries
            .iter()
            .flat_map(|&entry| {
                let key = &site.entries[entry].key;
                good.edition.languages.iter().map(move |lang| Route::handout(key, lang).output_file())
            })
            .collect();
        let everything = selection.everything;
        let languages = good.edition.languages.clone();
        let changed = self.publish(artifacts, |path| {
            if everything { !is_index_piece(path, &languages) } else { handout_paths.contains(path) }
        });
        let warnings = self.warnings();
        let mut rest = if everything { selection } else { selection.gathered_part() };
        rest.generated |= verify_page_changed;
        self.pending = Some(rest);
        Ok(Rebuilt { changed, incremental: !everything, pages, took: started.elapsed(), warnings })
    }

    /// Renders and publishes what the last rebuild left: generated pages and search indexes.
    /// `None` when nothing was left.
    pub fn complete(&mut self) -> Option<Rebuilt> {
        let started = Instant::now();
        let selection = self.pending.take()?;
        let good = self.good.as_ref()?;
        let everything = selection.everything;
        let mut artifacts = Vec::new();
        if !everything {
            // Rendering pages once succeeded with these templates; generated pages use the same.
            artifacts = good.prepared.pages(&good.edition, &selection, &good.handouts).unwrap_or_default();
        }
        let languages: Vec<String> =
            if everything { good.edition.languages.clone() } else { selection.search.iter().cloned().collect() };
        let site = &good.prepared.site;
        artifacts.extend(search::artifacts_cached(site, &languages, &mut self.search_cache));
        let pages = artifacts.iter().filter(|a| a.route.is_page()).count();
        let changed = self.publish(artifacts, |path| is_index_piece(path, &languages));
        Some(Rebuilt { changed, incremental: !everything, pages, took: started.elapsed(), warnings: self.warnings() })
    }

    fn warnings(&self) -> usize {
        self.good.as_ref().map_or(0, |g| g.prepared.warnings.count(Severity::Warning))
    }

    /// The warnings of the last good build.
    pub fn warning_list(&self) -> Vec<crate::diagnostics::Diagnostic> {
        self.good.as_ref().map(|g| g.prepared.warnings.sorted()).unwrap_or_default()
    }

    /// The quick way for an edit to one page's text (front matter untouched, no problems,
    /// same anchors): the new body goes into the last good site. `None` when the edit is
    /// not of that kind, or the last rebuild failed.
    fn patch_text(&mut self, change: &Change) -> Option<Result<Selection, Diagnostics>> {
        let Change::Content(files) = change else { return None };
        let [file] = files.iter().collect::<Vec<_>>()[..] else { return None };
        let (loaded, good) = (self.loaded.as_mut()?, self.good.as_mut()?);
        if self.failed || good.prepared.warnings.sorted().iter().any(|d| d.file.as_deref() == Some(file)) {
            return None;
        }
        let position = loaded.sources.documents.iter().position(|d| &d.file == file)?;
        let source = load::reload_document(&self.root, file, &loaded.sources.config).ok()??;
        let old = &loaded.sources.documents[position];
        if (&old.front_text, &old.key, &old.lang) != (&source.front_text, &source.key, &source.lang) {
            return None;
        }
        let prepared = &mut good.prepared;
        let id = prepared.site.docs.iter().position(|d| d.file.as_ref() == Some(file))?;
        let strict = self.settings.strict_translations || prepared.site.config.strict_translations;
        let gaps_before = translation_gaps(&prepared.site, &prepared.strings, strict);
        let before = model::replace_body(&mut prepared.site, id, &source, &mut self.resolve_cache)?;
        loaded.sources.documents[position] = source;
        let gaps = translation_gaps(&prepared.site, &prepared.strings, strict);
        if gaps.has_errors() {
            // What a full resolution would report; the served site stays as it was.
            prepared.site.docs[id] = before;
            return Some(Err(gaps));
        }
        let mut warnings: Vec<_> = prepared.warnings.sorted();
        warnings.retain(|d| !gaps_before.sorted().contains(d));
        prepared.warnings = warnings.into_iter().collect();
        prepared.warnings.extend(gaps);
        Some(Ok(render::affected(&mut prepared.site, vec![(id, before)], &good.edition)))
    }

    /// The slow way: the sources after `change`, resolved again; the new site replaces the
    /// last good one.
    fn resolve_again(&mut self, change: &Change) -> Result<Selection, Diagnostics> {
        let (sources, diagnostics) = self.load(change)?;
        let mut prepared = prepare_loaded(sources, diagnostics, &self.settings, &mut self.resolve_cache, Vec::new())?;
        let edition = Edition::hosted(&prepared.site);
        let selection = match (self.good.take(), change) {
            (Some(good), Change::Content(_)) if render::same_frame(&good.prepared.site, &prepared.site) => {
                let before: Vec<_> = good
                    .prepared
                    .site
                    .docs
                    .into_iter()
                    .enumerate()
                    .filter(|(id, doc)| *doc != prepared.site.docs[*id])
                    .collect();
                let selection = render::affected(&mut prepared.site, before, &edition);
                self.good = Some(Good { prepared, edition, handouts: good.handouts });
                return Ok(selection);
            }
            _ => Selection::everything(),
        };
        self.good = Some(Good { prepared, edition, handouts: BTreeMap::new() });
        Ok(selection)
    }

    /// The sources after `change`: the whole handbook read again, or the last load with the
    /// changed Markdown files read again. The result is kept for the next edit even when the
    /// build then fails, so fixing a file needs only that file.
    fn load(&mut self, change: &Change) -> Result<(Sources, Diagnostics), Diagnostics> {
        let loaded = match (self.loaded.take(), change) {
            (Some(mut loaded), Change::Content(files)) => {
                for file in files {
                    loaded.sources.documents.retain(|d| &d.file != file);
                    loaded.diagnostics.retain(|d| d.file.as_ref() != Some(file));
                    match load::reload_document(&self.root, file, &loaded.sources.config) {
                        Ok(Some(document)) => loaded.sources.documents.push(document),
                        Ok(None) => {}
                        Err(d) => loaded.diagnostics.push(d),
                    }
                }
                loaded.sources.documents.sort_by(|a, b| a.file.cmp(&b.file));
                loaded
            }
            _ => {
                let (sources, diagnostics) = load::load(&self.root)?;
                Loaded { sources, diagnostics }
            }
        };
        let result = (loaded.sources.clone(), loaded.diagnostics.clone());
        self.loaded = Some(loaded);
        Ok(result)
    }

    /// Makes `artifacts` served, replacing the files with the same paths and dropping the
    /// other files `replaced` names. Returns the paths whose bytes changed.
    fn publish(&self, artifacts: Vec<Artifact>, replaced: impl Fn(&str) -> bool) -> Vec<String> {
        let new: Files = artifacts.into_iter().map(|a| (a.path(), Arc::from(a.bytes))).collect();
        let mut files = self.files.write().unwrap_or_else(|poisoned| poisoned.into_inner());
        let gone: Vec<String> =
            files.keys().filter(|path| !new.contains_key(*path) && replaced(path)).cloned().collect();
        let mut changed = gone.clone();
        for path in gone {
            files.remove(&path);
        }
        for (path, bytes) in new {
            if files.get(&path) != Some(&bytes) {
                changed.push(path.clone());
                files.insert(path, bytes);
            }
        }
        changed.sort();
        changed
    }
}
