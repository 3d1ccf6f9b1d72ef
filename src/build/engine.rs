//! The [`Engine`]: runs the stages (load, resolve, render, privacy check) over a handbook and
//! holds the files they produced. It knows what an edit affects: [`Engine::rebuild`] reads
//! again what changed, resolves, selects the outputs that would come out different
//! ([`super::select`]), renders those, checks the whole output for remote resources and
//! publishes it. A full build is `rebuild(&Change::Everything)`, so `cairn build` and
//! `cairn serve` run the same stages and report the same problems.

use super::prepare::{Prepared, RenderMemos, prepare_loaded, translation_gaps};
use super::select::{Selection, affected, same_frame};
use super::{BuildSettings, Built};
use crate::config::Privacy;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::{Diagnostics, Severity};
use crate::load::{self, Sources};
use crate::model::{self, ResolveCache};
use crate::output::site_dir::Staging;
use crate::output::{self, Artifact};
use crate::render::privacy::{self, RemoteResource};
use crate::render::{Edition, HandoutFiles};
use crate::search;
use crate::urls::Route;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

/// The output files of the last good build, by output-relative path
/// (`fr/playbooks/x/index.html`).
pub type Files = BTreeMap<String, Artifact>;

/// What changed on disk since the last build.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Markdown files of `content/` (paths relative to the handbook root), edited, created
    /// or removed.
    Content(BTreeSet<PathBuf>),
    /// Anything else: the whole handbook is read again.
    Everything,
}

/// What a rebuild did.
#[derive(Debug, Clone)]
pub struct Rebuilt {
    /// Output files whose bytes changed, appeared or disappeared.
    pub changed: Vec<String>,
    /// Whether only part of the site was rendered.
    pub incremental: bool,
    /// Pages rendered because they show the change.
    pub pages: usize,
    /// How long until the pages showing the change were published.
    pub shown: Duration,
    /// How long the whole rebuild took.
    pub took: Duration,
    /// Warnings of the build.
    pub warnings: usize,
}

/// What the last load read, kept so a content edit re-reads only its files.
struct Loaded {
    sources: Sources,
    diagnostics: Diagnostics,
}

/// The site the files held were made from.
struct Good {
    prepared: Prepared,
    edition: Edition,
    handouts: HandoutFiles,
}

/// A handbook's build: the stages, the files they made, and what rebuilding reuses.
pub struct Engine {
    root: PathBuf,
    settings: BuildSettings,
    /// Whether sources are kept for the next rebuild (serve); a one-off build would only
    /// double its memory with them.
    keep_sources: bool,
    loaded: Option<Loaded>,
    /// What resolving and rendering keep for the next rebuild; a one-off build keeps
    /// nothing it would not use twice within itself.
    resolve_cache: ResolveCache,
    memos: RenderMemos,
    good: Option<Good>,
    /// Whether the last rebuild failed (the sources read then are not those of `good`).
    failed: bool,
    /// Shared with whoever serves the files while they are rebuilt.
    files: Arc<RwLock<Files>>,
    /// The remote resources found in each file held, by path; kept so a rebuild scans only
    /// what it rendered, yet reports on the whole output as a full build does.
    remote: Remote,
    /// What the privacy check of the files held reported (warnings only).
    privacy: Diagnostics,
    /// Where the files go.
    destination: Destination,
    /// Pages among the files of the last full rebuild.
    pages: usize,
}

/// Where an engine's files go.
enum Destination {
    /// Held in memory ([`Engine::files`]), shared with whoever serves them.
    Held,
    /// Written into an output folder's new content as soon as each is made, so a build never
    /// holds its whole output ([`Engine::writing`]).
    Folder(Staging),
}

/// The remote resources of each output file that has any, with the file's origin, by path.
type Remote = BTreeMap<String, (String, Vec<RemoteResource>)>;

/// Nanoseconds since `started`.
fn nanos(started: Instant) -> u64 {
    u64::try_from(started.elapsed().as_nanos()).unwrap_or(u64::MAX)
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

impl Engine {
    /// An engine for one build of the handbook at `root`; nothing is built yet.
    pub fn new(root: &Path, settings: BuildSettings) -> Engine {
        Engine {
            root: root.to_path_buf(),
            settings,
            keep_sources: false,
            loaded: None,
            resolve_cache: ResolveCache::for_one_build(),
            memos: RenderMemos::for_one_build(),
            good: None,
            failed: false,
            files: Arc::default(),
            remote: BTreeMap::new(),
            privacy: Diagnostics::default(),
            destination: Destination::Held,
            pages: 0,
        }
    }

    /// An engine for one build whose files are written as they are made into the new
    /// content of `out`, which replaces the folder on [`Engine::finish_writing`]; dropped
    /// before, it leaves `out` as it was.
    pub fn writing(root: &Path, settings: BuildSettings, out: &Path) -> Result<Engine, Diagnostic> {
        let staging = Staging::begin(out)?;
        Ok(Engine { destination: Destination::Folder(staging), ..Engine::new(root, settings) })
    }

    /// Replaces the output folder with what the last (successful) rebuild wrote; the build
    /// it returns holds no files.
    pub fn finish_writing(mut self) -> Result<Built, Diagnostics> {
        let started = Instant::now();
        if let Destination::Folder(staging) = std::mem::replace(&mut self.destination, Destination::Held) {
            staging.finish().map_err(|d| Diagnostics::from_iter([d]))?;
        }
        let took = started.elapsed();
        let mut built = self
            .into_built()
            .ok_or_else(|| Diagnostics::from_iter([Diagnostic::error("nothing was built to write".to_string())]))?;
        built.timings.push(("swap", took));
        Ok(built)
    }

    /// An engine that is rebuilt again and again (serve) and holds its files in `files`,
    /// which may be read while it rebuilds. It keeps what it read, so an edit to a page
    /// re-reads that page only.
    pub fn watching(root: &Path, settings: BuildSettings, files: Arc<RwLock<Files>>) -> Engine {
        Engine {
            keep_sources: true,
            files,
            resolve_cache: ResolveCache::default(),
            memos: RenderMemos::default(),
            ..Engine::new(root, settings)
        }
    }

    /// The files of the last good build, shared: a rebuild replaces them only once it
    /// succeeded.
    pub fn files(&self) -> Arc<RwLock<Files>> {
        Arc::clone(&self.files)
    }

    /// The warnings of the last good build.
    pub fn warnings(&self) -> Diagnostics {
        let mut warnings = self.good.as_ref().map(|g| g.prepared.warnings.clone()).unwrap_or_default();
        warnings.extend(self.privacy.clone());
        warnings
    }

    /// The last good build, taken out of the engine.
    pub fn into_built(self) -> Option<Built> {
        let Good { prepared, .. } = self.good?;
        let mut warnings = prepared.warnings;
        warnings.extend(self.privacy);
        let files = std::mem::take(&mut *self.files.write().unwrap_or_else(|poisoned| poisoned.into_inner()));
        Some(Built {
            site: prepared.site,
            pages: self.pages,
            artifacts: files.into_values().collect(),
            warnings,
            strings: prepared.strings,
            timings: prepared.timings,
        })
    }

    /// Builds again what `change` affects and publishes it. Pages that show the change are
    /// published first, then what gathers every document (generated pages, search indexes);
    /// `published` is told the paths that changed after each. On failure nothing more is
    /// published and the error is what a full build would report.
    pub fn rebuild(&mut self, change: &Change, mut published: impl FnMut(&[String])) -> Result<Rebuilt, Diagnostics> {
        let started = Instant::now();
        let result = self.run(change, &mut published, started);
        self.failed = result.is_err();
        result
    }

    fn run(
        &mut self,
        change: &Change,
        published: &mut impl FnMut(&[String]),
        started: Instant,
    ) -> Result<Rebuilt, Diagnostics> {
        let selection = match self.patch_text(change) {
            Some(patched) => patched?,
            None => self.resolve_again(change)?,
        };
        let incremental = !selection.everything;
        // Invariant: both ways of resolving leave the site they made in `good`.
        let good = self.good.as_ref().expect("a good site exists after a successful resolution");
        let pages = if incremental {
            selection.pages.len()
        } else {
            good.edition.languages.len() * good.prepared.site.entries.len()
        };
        let mut rebuilt = Rebuilt {
            changed: Vec::new(),
            incremental,
            pages,
            shown: Duration::ZERO,
            took: Duration::ZERO,
            warnings: 0,
        };
        let steps = self.steps(selection);
        for (at, step) in steps.iter().enumerate() {
            // If a step fails, the site no longer describes the files held, and the next
            // rebuild starts afresh.
            let (artifacts, mut remote) = self.render(step, self.remote.clone()).inspect_err(|_| self.good = None)?;
            let report = self.privacy_report(&remote);
            if report.has_errors() {
                // A full build reports on its whole output: what later steps make counts too.
                for later in &steps[at + 1..] {
                    remote = self.render(later, remote).inspect_err(|_| self.good = None)?.1;
                }
                let report = self.privacy_report(&remote);
                self.good = None;
                return Err(report);
            }
            self.remote = remote;
            self.privacy = report;
            let changed = self.publish(artifacts, self.replaced(step));
            published(&changed);
            rebuilt.changed.extend(changed);
            if rebuilt.shown.is_zero() {
                rebuilt.shown = started.elapsed();
            }
        }
        rebuilt.changed.sort();
        rebuilt.took = started.elapsed();
        rebuilt.warnings = self.warnings().count(Severity::Warning);
        Ok(rebuilt)
    }

    /// The steps a selection is made in: everything at once, or the pages showing an edit
    /// before what gathers every document.
    fn steps(&self, selection: Selection) -> Vec<Selection> {
        if selection.everything {
            return vec![selection];
        }
        let mut gathered = selection.gathered_part();
        if let Some(good) = &self.good {
            // The verify page of a signed handbook lists every handout's checksum.
            let site = &good.prepared.site;
            let handouts = selection.entries.iter().any(|&e| site.docs[site.entries[e].original].handout);
            gathered.generated |= handouts && site.config.signing.public_key.is_some();
        }
        vec![selection.pages_part(), gathered]
    }

    /// Renders `selection`: its files go where the engine puts them (returned when held),
    /// each scanned for remote resources as it is made; returns those of the whole output,
    /// the step's replacing theirs in `remote` (by path).
    fn render(&mut self, selection: &Selection, mut remote: Remote) -> Result<(Vec<Artifact>, Remote), Diagnostics> {
        let Engine { good, memos, destination, .. } = self;
        // Invariant: only called by `run`, after resolving and before any step failed.
        let good = good.as_mut().expect("a good site exists after a successful resolution");
        let staging = match destination {
            Destination::Folder(staging) => Some(&*staging),
            Destination::Held => None,
        };
        let held = Mutex::new(Vec::new());
        // Path, origin, whether a page, remote resources: of every file made.
        let found = Mutex::new(Vec::new());
        let write_failed = Mutex::new(None);
        let (scanning, writing) = (AtomicU64::new(0), AtomicU64::new(0));
        let emit = |artifact: Artifact| {
            let started = Instant::now();
            let path = artifact.path();
            let resources = privacy::remote_resources(&path, &artifact.bytes);
            scanning.fetch_add(nanos(started), Ordering::Relaxed);
            let file = (path, artifact.origin.clone(), artifact.route.is_page(), resources);
            found.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).push(file);
            match staging {
                Some(staging) => {
                    let started = Instant::now();
                    if let Err(d) = staging.put(&artifact) {
                        write_failed.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).get_or_insert(d);
                    }
                    writing.fetch_add(nanos(started), Ordering::Relaxed);
                }
                None => held.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).push(artifact),
            }
        };
        good.prepared.render_into(&good.edition, selection, &mut good.handouts, memos, &emit)?;
        if let Some(failed) = write_failed.into_inner().unwrap_or_else(|poisoned| poisoned.into_inner()) {
            return Err(Diagnostics::from_iter([failed]));
        }
        let mut found = found.into_inner().unwrap_or_else(|poisoned| poisoned.into_inner());
        found.sort_by(|a, b| a.0.cmp(&b.0));
        let clashes = output::collisions(found.iter().map(|(path, origin, ..)| (path.clone(), origin.as_str())));
        if clashes.has_errors() {
            return Err(clashes);
        }
        // Summed over the rendering threads, as they scan and write what they make.
        good.prepared.timings.push(("privacy check", Duration::from_nanos(scanning.into_inner())));
        if staging.is_some() {
            good.prepared.timings.push(("write", Duration::from_nanos(writing.into_inner())));
        }
        if selection.everything {
            self.pages = found.iter().filter(|(_, _, page, _)| *page).count();
        }
        let replaced = self.replaced(selection);
        remote.retain(|path, _| !replaced(path));
        for (path, origin, _, resources) in found {
            if resources.is_empty() {
                remote.remove(&path);
            } else {
                remote.insert(path, (origin, resources));
            }
        }
        let mut artifacts = held.into_inner().unwrap_or_else(|poisoned| poisoned.into_inner());
        artifacts.sort_by_key(Artifact::path);
        Ok((artifacts, remote))
    }

    /// Which files held a step replaces besides those it makes: the files a step makes stand
    /// for all of their kind, so one that is not made again is gone.
    fn replaced(&self, selection: &Selection) -> impl Fn(&str) -> bool + use<> {
        let handouts: BTreeSet<String> = match &self.good {
            Some(good) => selection
                .entries
                .iter()
                .flat_map(|&entry| {
                    let key = &good.prepared.site.entries[entry].key;
                    good.edition.languages.iter().map(move |lang| Route::handout(key, lang).output_file())
                })
                .collect(),
            None => BTreeSet::new(),
        };
        let search: Vec<String> = selection.search.iter().cloned().collect();
        let everything = selection.everything;
        move |path: &str| everything || handouts.contains(path) || is_index_piece(path, &search)
    }

    /// What the privacy check reports on an output with the remote resources `remote`.
    fn privacy_report(&self, remote: &Remote) -> Diagnostics {
        let strict = self.good.as_ref().is_some_and(|g| g.prepared.site.config.privacy == Privacy::Strict)
            || self.settings.strict;
        privacy::report(remote.values().map(|(origin, found)| (origin.as_str(), found)), strict)
    }

    /// Makes `artifacts` held, replacing the files with the same paths and dropping the
    /// other files `replaced` names. Returns the paths whose bytes changed.
    fn publish(&self, artifacts: Vec<Artifact>, replaced: impl Fn(&str) -> bool) -> Vec<String> {
        let new: Files = artifacts.into_iter().map(|a| (a.path(), a)).collect();
        let mut files = self.files.write().unwrap_or_else(|poisoned| poisoned.into_inner());
        let gone: Vec<String> =
            files.keys().filter(|path| !new.contains_key(*path) && replaced(path)).cloned().collect();
        let mut changed = gone.clone();
        for path in gone {
            files.remove(&path);
        }
        for (path, artifact) in new {
            if files.get(&path).is_none_or(|held| held.bytes != artifact.bytes) {
                changed.push(path.clone());
            }
            files.insert(path, artifact);
        }
        changed.sort();
        changed
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
            // What a full resolution would report; the files held stay as they were.
            prepared.site.docs[id] = before;
            return Some(Err(gaps));
        }
        let mut warnings: Vec<_> = prepared.warnings.sorted();
        warnings.retain(|d| !gaps_before.sorted().contains(d));
        prepared.warnings = warnings.into_iter().collect();
        prepared.warnings.extend(gaps);
        prepared.timings.clear();
        Some(Ok(affected(&mut prepared.site, vec![(id, before)], &good.edition)))
    }

    /// The slow way: the sources after `change`, resolved again; the new site replaces the
    /// last good one.
    fn resolve_again(&mut self, change: &Change) -> Result<Selection, Diagnostics> {
        let started = Instant::now();
        let (sources, diagnostics) = self.load(change)?;
        let timings = vec![("load", started.elapsed())];
        let mut prepared = prepare_loaded(sources, diagnostics, &self.settings, &mut self.resolve_cache, timings)?;
        let edition = Edition::hosted(&prepared.site);
        let previous = self.good.take().filter(|_| matches!(change, Change::Content(_)));
        match previous {
            Some(good) if same_frame(&good.prepared.site, &prepared.site) => {
                let before: Vec<_> = good
                    .prepared
                    .site
                    .docs
                    .into_iter()
                    .enumerate()
                    .filter(|(id, doc)| *doc != prepared.site.docs[*id])
                    .collect();
                let selection = affected(&mut prepared.site, before, &edition);
                self.good = Some(Good { prepared, edition, handouts: good.handouts });
                Ok(selection)
            }
            _ => {
                self.good = Some(Good { prepared, edition, handouts: HandoutFiles::new() });
                Ok(Selection::everything())
            }
        }
    }

    /// The sources after `change`: the whole handbook read again, or the last load with the
    /// changed Markdown files read again. What serve read is kept for the next edit even
    /// when the build then fails, so fixing a file needs only that file.
    fn load(&mut self, change: &Change) -> Result<(Sources, Diagnostics), Diagnostics> {
        if !self.keep_sources {
            return load::load(&self.root);
        }
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
}
