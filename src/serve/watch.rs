//! Watching a handbook for edits: which paths are watched (`cairn.toml`,
//! `contributors.toml` and the folders the loader reads, [`crate::load::HANDBOOK_FOLDERS`];
//! never the output or other folders beside them) and what debounced file events
//! mean for a rebuild. Editors that save through a temporary file and a rename show up, once
//! debounced, as a change of the file itself.

use crate::build::Change;
use notify::event::{CreateKind, EventKind, RemoveKind};
use notify::{RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, DebouncedEvent, Debouncer, RecommendedCache, new_debouncer};
use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};
use std::sync::mpsc::Sender;
use std::time::Duration;

/// Folders of a handbook whose files feed the build.
pub(crate) const WATCHED_FOLDERS: [&str; 8] = crate::load::HANDBOOK_FOLDERS;
/// Files at the root of a handbook that feed the build.
pub(crate) const WATCHED_FILES: [&str; 2] = [crate::config::CONFIG_FILE, crate::load::contributors::CONTRIBUTORS_FILE];
/// How long the watcher waits for an editor to finish saving. Editors write, rename and
/// delete within a few milliseconds; a longer wait is only latency.
const DEBOUNCE: Duration = Duration::from_millis(30);

/// A running watcher.
pub(crate) struct Watcher {
    debouncer: Debouncer<RecommendedWatcher, RecommendedCache>,
    root: PathBuf,
    watched: BTreeSet<String>,
}

impl Watcher {
    /// Watches the handbook at `root`, sending debounced events to `events`.
    pub(crate) fn start(root: &Path, events: Sender<DebounceEventResult>) -> Result<Watcher, String> {
        let debouncer = new_debouncer(DEBOUNCE, None, events).map_err(|e| format!("cannot watch files: {e}"))?;
        let mut watcher = Watcher { debouncer, root: root.to_path_buf(), watched: BTreeSet::new() };
        watcher
            .debouncer
            .watch(root, RecursiveMode::NonRecursive)
            .map_err(|e| format!("cannot watch {}: {e}", root.display()))?;
        watcher.watch_new_folders()?;
        Ok(watcher)
    }

    /// Watches the handbook folders that exist now and were not watched yet (`static/`
    /// created while serving, say).
    pub(crate) fn watch_new_folders(&mut self) -> Result<(), String> {
        for folder in WATCHED_FOLDERS {
            let path = self.root.join(folder);
            if path.is_dir() && !self.watched.contains(folder) {
                self.debouncer
                    .watch(&path, RecursiveMode::Recursive)
                    .map_err(|e| format!("cannot watch {}: {e}", path.display()))?;
                self.watched.insert(folder.to_string());
            }
        }
        Ok(())
    }
}

/// What a batch of events means for the handbook at `root`: `None` when nothing the build
/// reads was touched.
pub(crate) fn classify(root: &Path, events: &[DebouncedEvent]) -> Option<Change> {
    let mut content = BTreeSet::new();
    let mut everything = false;
    // Pages made from PO catalogues follow their originals: with catalogues, an edit of a
    // page rebuilds everything rather than only the files touched.
    let catalogues = root.join(crate::po::PO_DIR).is_dir();
    for event in events {
        if matches!(event.kind, EventKind::Access(_)) {
            continue;
        }
        let folder_event =
            matches!(event.kind, EventKind::Create(CreateKind::Folder) | EventKind::Remove(RemoveKind::Folder));
        for path in &event.paths {
            let Some(relative) = path.strip_prefix(root).ok().filter(|r| feeds_build(r)) else { continue };
            if relative.starts_with(crate::load::CONTENT_DIR)
                && relative.extension().is_some_and(|e| e == "md")
                && !folder_event
                && !catalogues
            {
                content.insert(relative.to_path_buf());
            } else {
                everything = true;
            }
        }
    }
    if everything {
        Some(Change::Everything)
    } else if content.is_empty() {
        None
    } else {
        Some(Change::Content(content))
    }
}

/// Whether a path (relative to the root) is one the build reads: under a watched folder or
/// a watched root file, and not hidden or an editor's backup or lock file.
fn feeds_build(relative: &Path) -> bool {
    let names: Vec<String> = relative
        .components()
        .filter_map(|c| match c {
            Component::Normal(name) => Some(name.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect();
    let Some(first) = names.first() else { return false };
    let watched = if names.len() == 1 {
        WATCHED_FILES.contains(&first.as_str()) || WATCHED_FOLDERS.contains(&first.as_str())
    } else {
        WATCHED_FOLDERS.contains(&first.as_str())
    };
    let editor_leftover = |name: &String| {
        name.starts_with('.')
            || name.ends_with('~')
            || name.starts_with('#')
            || name.ends_with(".swp")
            || name == "4913"
    };
    watched && !names.iter().any(editor_leftover)
}

#[cfg(test)]
mod tests {
    use super::*;
    use notify::Event;
    use notify::event::{DataChange, ModifyKind};
    use std::time::Instant;

    fn event(kind: EventKind, paths: &[&str]) -> DebouncedEvent {
        let mut event = Event::new(kind);
        for path in paths {
            event = event.add_path(PathBuf::from("/site").join(path));
        }
        DebouncedEvent::new(event, Instant::now())
    }

    #[test]
    fn content_edits_are_told_apart_from_the_rest() {
        let root = Path::new("/site");
        let modify = EventKind::Modify(ModifyKind::Data(DataChange::Any));
        let page = event(modify, &["content/guide/a.fr.md"]);
        let expected = Change::Content(BTreeSet::from([PathBuf::from("content/guide/a.fr.md")]));
        assert_eq!(classify(root, std::slice::from_ref(&page)), Some(expected));
        let ignored = [
            event(modify, &["public/index.html"]),
            event(modify, &["content/.a.md.swp"]),
            event(modify, &["content/a.md~"]),
            event(EventKind::Access(notify::event::AccessKind::Any), &["content/a.md"]),
            event(modify, &["notes.txt"]),
        ];
        assert_eq!(classify(root, &ignored), None);
        for everything in [
            event(modify, &["cairn.toml"]),
            event(modify, &["templates/page.html"]),
            event(modify, &["content/guide/map.svg"]),
            event(EventKind::Create(CreateKind::Folder), &["content/new"]),
            event(EventKind::Create(CreateKind::Folder), &["static"]),
        ] {
            assert_eq!(classify(root, &[page.clone(), everything]), Some(Change::Everything));
        }
    }

    /// An edit in a folder the loader reads but `serve` does not watch would go unseen, and
    /// `cairn build --out` could replace it: the example handbook (the repository root) must
    /// load the same from a copy of only what is watched.
    #[test]
    #[allow(clippy::disallowed_methods)] // copies the handbook into a scratch folder to load it
    fn the_loader_reads_nothing_that_is_not_watched() {
        fn copy_tree(from: &Path, to: &Path) {
            for entry in walkdir::WalkDir::new(from).into_iter().map(Result::unwrap) {
                let relative = entry.path().strip_prefix(from).unwrap();
                let target = if entry.depth() == 0 { to.to_path_buf() } else { to.join(relative) };
                if entry.file_type().is_dir() {
                    std::fs::create_dir_all(&target).unwrap();
                } else {
                    std::fs::copy(entry.path(), &target).unwrap();
                }
            }
        }
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        let copy = tempfile::tempdir().unwrap();
        for name in WATCHED_FILES.iter().chain(&WATCHED_FOLDERS).filter(|name| repo.join(name).exists()) {
            copy_tree(&repo.join(name), &copy.path().join(name));
        }
        let (full, _) = crate::load::load(repo).unwrap();
        let (watched, _) = crate::load::load(copy.path()).unwrap();
        crate::load::assert_same_sources(&full, &watched);
    }
}
