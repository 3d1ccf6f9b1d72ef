//! Writes loose files, each through a temporary file so a failure leaves no half-written
//! file, and other files in the folder alone: output files (handout PDFs) into a folder, and
//! the handbook's own sources that commands create or rewrite (`cairn init`, `cairn i18n
//! extract` and `mark-current`).

use super::Artifact;
use crate::diagnostics::Diagnostic;
use std::path::{Path, PathBuf};

/// Writes `artifacts` into `dir`; returns each path with its size.
// Handouts are the only loose output files, and need the `pdf` feature.
#[cfg_attr(not(feature = "pdf"), allow(dead_code))]
pub(crate) fn write_all(dir: &Path, artifacts: &[Artifact]) -> Result<Vec<(PathBuf, u64)>, Diagnostic> {
    let failed = |path: &Path, e: std::io::Error| {
        Diagnostic::error(format!("cannot write {}: {e}", path.display()))
            .with_hint("check the folder's permissions and free disk space")
    };
    std::fs::create_dir_all(dir).map_err(|e| failed(dir, e))?;
    let mut written = Vec::new();
    for artifact in artifacts {
        let path = dir.join(artifact.path());
        write_atomically(&path, &artifact.bytes).map_err(|e| failed(&path, e))?;
        written.push((path, artifact.bytes.len() as u64));
    }
    Ok(written)
}

/// Whether `dir` can take new files without overwriting any: it does not exist, or is an
/// empty folder.
pub(crate) fn is_missing_or_empty(dir: &Path) -> bool {
    !dir.exists() || std::fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_none())
}

/// Writes a file of the handbook's sources at `path` (`shown` in messages), creating its
/// folder.
pub(crate) fn write_source(path: &Path, shown: &Path, bytes: &[u8]) -> Result<(), Diagnostic> {
    let failed = |e: std::io::Error| Diagnostic::error(format!("cannot write {}: {e}", shown.display()));
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(failed)?;
    }
    write_atomically(path, bytes).map_err(failed)
}

/// Writes a file through a temporary sibling renamed over it.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
    let staging = path.with_file_name(format!(".{name}.cairn-new-{}", std::process::id()));
    std::fs::write(&staging, bytes).and_then(|()| std::fs::rename(&staging, path)).inspect_err(|_| {
        let _ = std::fs::remove_file(&staging);
    })
}
