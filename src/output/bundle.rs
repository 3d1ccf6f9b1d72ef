//! Offline bundles: one ZIP per edition, each unpacking to a single folder with
//! `index.html` at its root. Reproducible: entries sorted, every timestamp fixed
//! (`SOURCE_DATE_EPOCH` when set, else 2020-01-01), fixed permissions, so the same input gives
//! the same bytes. Writes the ZIPs and a `SHA256SUMS` beside them, each through a temporary
//! file, so a failure leaves no half-written archive.

use super::Artifact;
use super::files::write_atomically;
use crate::diagnostics::Diagnostic;
use sha2::{Digest, Sha256};
use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

/// One archive to write.
#[derive(Debug, Clone)]
pub struct Bundle {
    /// File name, e.g. `crossing-lines-fr.zip`.
    pub file_name: String,
    /// The one folder everything unpacks into, e.g. `crossing-lines-fr`.
    pub folder: String,
    /// Its files, by path inside the folder.
    pub artifacts: Vec<Artifact>,
}

/// What was written, for the size report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    /// The archive.
    pub path: PathBuf,
    /// Its size in bytes.
    pub bytes: u64,
    /// Number of files inside.
    pub files: usize,
}

/// The timestamp of every entry: `SOURCE_DATE_EPOCH` (seconds since 1970, UTC) when given
/// and valid, clamped to what ZIP can store (1980–2107); otherwise 2020-01-01 00:00.
pub fn timestamp(source_date_epoch: Option<&str>) -> DateTime {
    let fallback = DateTime::from_date_and_time(2020, 1, 1, 0, 0, 0).expect("a valid constant date");
    let Some(seconds) = source_date_epoch.and_then(|s| s.trim().parse::<i64>().ok()) else { return fallback };
    let (days, secs) = (seconds.div_euclid(86_400), seconds.rem_euclid(86_400));
    // Days since 1970-01-01 to a civil date (proleptic Gregorian).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = (yoe + era * 400 + i64::from(month <= 2)).clamp(1980, 2107);
    let (hour, minute, second) = (secs / 3600, secs % 3600 / 60, secs % 60);
    let narrow = |v: i64| u8::try_from(v).unwrap_or(0);
    DateTime::from_date_and_time(year as u16, narrow(month), narrow(day), narrow(hour), narrow(minute), narrow(second))
        .unwrap_or(fallback)
}

/// The archive's bytes.
pub fn zip_bytes(bundle: &Bundle, when: DateTime) -> Result<Vec<u8>, String> {
    let files = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(6))
        .last_modified_time(when)
        .unix_permissions(0o644);
    let folders = SimpleFileOptions::default().last_modified_time(when).unix_permissions(0o755);
    let mut entries: Vec<(String, &Artifact)> =
        bundle.artifacts.iter().map(|a| (format!("{}/{}", bundle.folder, a.path()), a)).collect();
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    let mut directories = BTreeSet::new();
    for (path, _) in &entries {
        let mut end = 0;
        while let Some(slash) = path[end..].find('/') {
            end += slash + 1;
            directories.insert(path[..end].to_string());
        }
    }
    let mut zip = ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let error = |e: zip::result::ZipError| e.to_string();
    for directory in &directories {
        zip.add_directory(directory.as_str(), folders).map_err(error)?;
    }
    for (path, artifact) in entries {
        zip.start_file(path, files).map_err(error)?;
        zip.write_all(&artifact.bytes).map_err(|e| e.to_string())?;
    }
    Ok(zip.finish().map_err(error)?.into_inner())
}

/// Writes every bundle into `out_dir`, then `SHA256SUMS` listing them all.
pub fn write(out_dir: &Path, bundles: &[Bundle], when: DateTime) -> Result<Vec<Written>, Diagnostic> {
    let failed = |what: &str, path: &Path, e: &dyn std::fmt::Display| {
        Diagnostic::error(format!("cannot {what} {}: {e}", path.display()))
            .with_hint("check the folder's permissions and free disk space")
    };
    std::fs::create_dir_all(out_dir).map_err(|e| failed("create", out_dir, &e))?;
    let mut written = Vec::new();
    let mut sums = String::new();
    for bundle in bundles {
        let bytes =
            zip_bytes(bundle, when).map_err(|e| Diagnostic::error(format!("cannot make {}: {e}", bundle.file_name)))?;
        let path = out_dir.join(&bundle.file_name);
        write_atomically(&path, &bytes).map_err(|e| failed("write", &path, &e))?;
        let digest: String = Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect();
        sums.push_str(&format!("{digest}  {}\n", bundle.file_name));
        written.push(Written { path, bytes: bytes.len() as u64, files: bundle.artifacts.len() });
    }
    let sums_path = out_dir.join("SHA256SUMS");
    write_atomically(&sums_path, sums.as_bytes()).map_err(|e| failed("write", &sums_path, &e))?;
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_date_epoch_becomes_the_entry_time() {
        let t = timestamp(Some("1700000000"));
        assert_eq!((t.year(), t.month(), t.day(), t.hour(), t.minute(), t.second()), (2023, 11, 14, 22, 13, 20));
        let fallback = timestamp(None);
        assert_eq!((fallback.year(), fallback.month(), fallback.day()), (2020, 1, 1));
        assert_eq!(timestamp(Some("0")).year(), 1980, "before 1980 is clamped");
        assert_eq!(timestamp(Some("soon")), fallback);
    }
}
