//! Writes the hosted site into a folder atomically: everything goes into a temporary folder
//! beside the target, which replaces the target only once every file is written, so a failed
//! build leaves the previous output as it was. The folder carries a [`MARKER`] file, so a
//! later build knows it may replace it: cairn never deletes a folder it did not write.

use super::Artifact;
use crate::diagnostics::Diagnostic;
use rayon::prelude::*;
use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

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
    check_replaceable(out)?;
    let name = out.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_else(|| "public".to_string());
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let io_error = |what: &str, path: &Path, e: std::io::Error| {
        Diagnostic::error(format!("cannot {what} {}: {e}", path.display()))
            .with_hint("check the output folder's permissions and free disk space")
    };
    fs::create_dir_all(&parent).map_err(|e| io_error("create", &parent, e))?;
    let staging = parent.join(format!(".{name}.cairn-new-{}", std::process::id()));
    if staging.exists() {
        fs::remove_dir_all(&staging).map_err(|e| io_error("remove", &staging, e))?;
    }
    let marker = staging.join(MARKER);
    let written = write_tree(&staging, artifacts)
        .and_then(|()| fs::write(&marker, MARKER_TEXT).map_err(|e| (marker, e)))
        .map_err(|(path, e)| io_error("write", &path, e));
    if let Err(d) = written {
        let _ = fs::remove_dir_all(&staging);
        return Err(d);
    }
    if out.exists() {
        let retired = parent.join(format!(".{name}.cairn-old-{}", std::process::id()));
        fs::rename(out, &retired).map_err(|e| {
            let _ = fs::remove_dir_all(&staging);
            io_error("replace", out, e)
        })?;
        fs::rename(&staging, out).map_err(|e| io_error("move the new site into", out, e))?;
        fs::remove_dir_all(&retired).map_err(|e| io_error("remove the previous site at", &retired, e))?;
    } else {
        fs::rename(&staging, out).map_err(|e| io_error("move the new site into", out, e))?;
    }
    Ok(())
}

fn write_tree(base: &Path, artifacts: &[Artifact]) -> Result<(), (PathBuf, std::io::Error)> {
    let dirs: BTreeSet<PathBuf> =
        artifacts.iter().filter_map(|a| base.join(a.path()).parent().map(Path::to_path_buf)).collect();
    fs::create_dir_all(base).map_err(|e| (base.to_path_buf(), e))?;
    for dir in &dirs {
        fs::create_dir_all(dir).map_err(|e| (dir.clone(), e))?;
    }
    artifacts.par_iter().try_for_each(|a| {
        let path = base.join(a.path());
        fs::write(&path, &a.bytes).map_err(|e| (path, e))
    })
}
