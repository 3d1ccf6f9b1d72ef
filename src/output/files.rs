//! Writes loose output files (handout PDFs) into a folder, each through a temporary file so
//! a failure leaves no half-written file; other files in the folder are left alone.

use super::Artifact;
use crate::diagnostics::Diagnostic;
use std::path::{Path, PathBuf};

/// Writes `artifacts` into `dir`; returns each path with its size.
pub fn write_all(dir: &Path, artifacts: &[Artifact]) -> Result<Vec<(PathBuf, u64)>, Diagnostic> {
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

/// Writes a file through a temporary sibling renamed over it.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
    let staging = path.with_file_name(format!(".{name}.cairn-new-{}", std::process::id()));
    std::fs::write(&staging, bytes).and_then(|()| std::fs::rename(&staging, path)).inspect_err(|_| {
        let _ = std::fs::remove_file(&staging);
    })
}
