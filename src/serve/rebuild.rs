//! Incremental rebuilds for `cairn serve`: a [`Session`] keeps what the last build loaded
//! and produced, and after an edit re-reads only the changed Markdown files, resolves the
//! handbook again (reusing unchanged outlines and fingerprints), and renders only the
//! outputs [`render::affected`] names. Anything else (configuration, contributors,
//! templates, UI strings, static files, new folders) loads and renders everything. Either
//! way the files held equal those of a fresh `cairn build`.

use crate::diagnostics::Diagnostics;
use crate::load::{self, Sources};
use crate::model::{EntryId, ResolveCache, Site};
use crate::output::{self, Artifact};
use crate::render::{self, Edition, Selection};
use crate::search::SearchCache;
use crate::urls::Route;
use crate::{BuildSettings, prepare_loaded, search};
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

/// What one successful rebuild did.
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
    pub warnings: Diagnostics,
}

/// What the last load read, kept so a content edit re-reads only its files.
struct Loaded {
    sources: Sources,
    diagnostics: Diagnostics,
}

/// The last successful build.
struct Good {
    site: Site,
    handouts: BTreeMap<(EntryId, String), u64>,
}

/// A handbook being served: its last good output and what rebuilding it reuses.
pub struct Session {
    root: PathBuf,
    settings: BuildSettings,
    loaded: Option<Loaded>,
    resolve_cache: ResolveCache,
    search_cache: SearchCache,
    good: Option<Good>,
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
            files,
        }
    }

    /// A copy of the files of the last good build.
    pub fn files(&self) -> Files {
        self.files.read().unwrap_or_else(|poisoned| poisoned.into_inner()).clone()
    }

    /// Rebuilds after `change`. On failure the last good files stay as they were.
    pub fn rebuild(&mut self, change: &Change) -> Result<Rebuilt, Diagnostics> {
        let started = Instant::now();
        let (sources, diagnostics) = self.load(change)?;
        let prepared = prepare_loaded(sources, diagnostics, &self.settings, &mut self.resolve_cache, Vec::new());
        let mut prepared = prepared?;
        let edition = Edition::hosted(&prepared.site);
        let selection = match (&self.good, change) {
            (Some(good), Change::Content(_)) => render::affected(&good.site, &prepared.site, &edition),
            _ => Selection::everything(),
        };
        let mut handout_sizes = self.good.as_ref().map(|g| g.handouts.clone()).unwrap_or_default();
        let handouts = if selection.everything {
            handout_sizes.clear();
            prepared.handouts(&edition, None)?
        } else {
            handout_sizes.retain(|(entry, _), _| !selection.entries.contains(entry));
            prepared.handouts(&edition, Some(&selection.entries))?
        };
        handout_sizes.extend(crate::handout_sizes(&handouts));
        let mut artifacts = prepared.pages(&edition, &selection, &handout_sizes)?;
        let pages = if selection.everything {
            edition.languages.len() * prepared.site.entries.len()
        } else {
            selection.pages.len()
        };
        artifacts.extend(handouts.into_iter().map(|(_, _, artifact)| artifact));
        let search_languages: Vec<String> =
            if selection.everything { edition.languages.clone() } else { selection.search.iter().cloned().collect() };
        artifacts.extend(search::artifacts_cached(&prepared.site, &search_languages, &mut self.search_cache));
        let artifacts = output::arrange(artifacts)?;

        // Outputs a partial render replaces wholesale: a language's index may now have fewer
        // pieces, a page may have stopped being a handout.
        let replaced = |path: &str| {
            search_languages.iter().any(|lang| path.starts_with(&format!("search/{lang}/")))
                || selection.entries.iter().any(|&entry| {
                    let key = &prepared.site.entries[entry].key;
                    edition.languages.iter().any(|lang| Route::handout(key, lang).output_file() == path)
                })
        };
        let changed = self.publish(artifacts, selection.everything, replaced);
        let warnings = std::mem::take(&mut prepared.warnings);
        self.good = Some(Good { site: prepared.site, handouts: handout_sizes });
        Ok(Rebuilt { changed, incremental: !selection.everything, pages, took: started.elapsed(), warnings })
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

    /// Makes `artifacts` the served files: all of them (`everything`), or replacing those
    /// with the same paths and dropping the old files `replaced` names that are not among
    /// them. Returns the paths whose bytes changed.
    fn publish(&self, artifacts: Vec<Artifact>, everything: bool, replaced: impl Fn(&str) -> bool) -> Vec<String> {
        let new: Files = artifacts.into_iter().map(|a| (a.path(), Arc::from(a.bytes))).collect();
        let mut files = self.files.write().unwrap_or_else(|poisoned| poisoned.into_inner());
        let gone: Vec<String> =
            files.keys().filter(|path| !new.contains_key(*path) && (everything || replaced(path))).cloned().collect();
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
