//! Writes the hosted site into a folder atomically: everything goes into a temporary folder
//! beside the target, which replaces the target only once every file is written, so a failed
//! build leaves the previous output as it was. The folder carries a [`MARKER`] file, so a
//! later build knows it may replace it: cairn never deletes a folder it did not write.

use super::Artifact;
use crate::diagnostics::Diagnostic;
use rayon::prelude::*;
use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The file that marks a folder as cairn's output.
pub(crate) const MARKER: &str = ".cairn-output";
const MARKER_TEXT: &str = "This folder is written by `cairn build`, which replaces all of it on every build.\n";

/// Refuses to replace `out` when it holds files and is not cairn's output: the user's own
/// files would be deleted.
pub(crate) fn check_replaceable(out: &Path) -> Result<(), Diagnostic> {
    let Ok(mut entries) = fs::read_dir(out) else { return Ok(()) };
    if entries.next().is_none() || out.join(MARKER).is_file() {
        return Ok(());
    }
    Err(Diagnostic::error(format!(
        "refusing to replace {}: it holds files that cairn did not write, and a build replaces the whole folder",
        out.display()
    ))
    .with_hint("pass --out with a new or empty folder; or, if this is an output of an older cairn, delete it first"))
}

/// Writes `artifacts` as the new content of `out`.
pub(crate) fn write(out: &Path, artifacts: &[Artifact]) -> Result<(), Diagnostic> {
    let staging = Staging::begin(out)?;
    artifacts.par_iter().try_for_each(|artifact| staging.put(artifact))?;
    staging.finish()
}

fn io_error(what: &str, path: &Path, e: std::io::Error) -> Diagnostic {
    Diagnostic::error(format!("cannot {what} {}: {e}", path.display()))
        .with_hint("check the output folder's permissions and free disk space")
}

/// A new content for an output folder, written file by file (from any thread) into a
/// temporary folder beside it, which replaces the folder on [`Staging::finish`]. Dropped
/// unfinished (the build failed), it is deleted and the folder is left as it was.
pub(crate) struct Staging {
    out: PathBuf,
    parent: PathBuf,
    name: String,
    dir: PathBuf,
    /// Folders already made inside `dir`.
    made: Mutex<HashSet<PathBuf>>,
    finished: bool,
}

impl Staging {
    /// Starts replacing `out`, if cairn may (see [`check_replaceable`]).
    pub(crate) fn begin(out: &Path) -> Result<Staging, Diagnostic> {
        check_replaceable(out)?;
        let name = out.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_else(|| "public".to_string());
        let parent = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        fs::create_dir_all(&parent).map_err(|e| io_error("create", &parent, e))?;
        let dir = parent.join(format!(".{name}.cairn-new-{}", std::process::id()));
        if dir.exists() {
            fs::remove_dir_all(&dir).map_err(|e| io_error("remove", &dir, e))?;
        }
        fs::create_dir_all(&dir).map_err(|e| io_error("create", &dir, e))?;
        Ok(Staging { out: out.to_path_buf(), parent, name, dir, made: Mutex::default(), finished: false })
    }

    /// Writes one file of the new content.
    pub(crate) fn put(&self, artifact: &Artifact) -> Result<(), Diagnostic> {
        let path = self.dir.join(artifact.path());
        if let Some(folder) = path.parent() {
            let made = |folders: &HashSet<PathBuf>| folders.contains(folder);
            if !made(&self.made.lock().unwrap_or_else(|poisoned| poisoned.into_inner())) {
                fs::create_dir_all(folder).map_err(|e| io_error("create", folder, e))?;
                self.made.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).insert(folder.to_path_buf());
            }
        }
        fs::write(&path, &artifact.bytes).map_err(|e| io_error("write", &path, e))
    }

    /// Marks the new content as cairn's and swaps it in for the folder's old content.
    pub(crate) fn finish(mut self) -> Result<(), Diagnostic> {
        let marker = self.dir.join(MARKER);
        fs::write(&marker, MARKER_TEXT).map_err(|e| io_error("write", &marker, e))?;
        if self.out.exists() {
            let retired = self.parent.join(format!(".{}.cairn-old-{}", self.name, std::process::id()));
            fs::rename(&self.out, &retired).map_err(|e| io_error("replace", &self.out, e))?;
            fs::rename(&self.dir, &self.out).map_err(|e| io_error("move the new site into", &self.out, e))?;
            self.finished = true;
            fs::remove_dir_all(&retired).map_err(|e| io_error("remove the previous site at", &retired, e))?;
        } else {
            fs::rename(&self.dir, &self.out).map_err(|e| io_error("move the new site into", &self.out, e))?;
            self.finished = true;
        }
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.finished {
            let _ = fs::remove_dir_all(&self.dir);
        }
    }
}
