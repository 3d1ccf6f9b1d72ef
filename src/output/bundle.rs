//! Offline bundles: one ZIP per edition, each unpacking to a single folder with
//! `index.html` at its root. Reproducible: entries sorted, every timestamp fixed
//! (`SOURCE_DATE_EPOCH` when set, else 2020-01-01), fixed permissions, so the same input gives
//! the same bytes. Writes the ZIPs and a `SHA256SUMS` beside them, each through a temporary
//! file, so a failure leaves no half-written archive.

use super::Artifact;
use super::files::write_atomically;
use crate::diagnostics::Diagnostic;
use crate::model::pictures::Compacted;
use crate::urls::Route;
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

/// Which pictures a bundle carries.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum BundleEdition {
    /// Every image, as published on the hosted site.
    #[default]
    Full,
    /// PNG and JPEG images at most the content column wide, as lossy WebP at `[images]
    /// quality`, each where that is smaller than the original.
    Compact,
    /// No images: each one's alt text in a box linking to the image on the hosted site.
    Text,
}

impl BundleEdition {
    /// What the edition adds to the bundle's file name (`handbook-fr-text.zip`); the full
    /// edition keeps the name bundles always had.
    pub fn suffix(self) -> &'static str {
        match self {
            BundleEdition::Full => "",
            BundleEdition::Compact => "-compact",
            BundleEdition::Text => "-text",
        }
    }
}

/// Puts the compact copies of `compacted` in place of the pictures they stand for, except
/// where a page, stylesheet or script still names an original by its file name (raw HTML,
/// templates, links to the full image): those stay, so nothing in the copy breaks.
pub(crate) fn swap_in_compact(artifacts: &mut Vec<Artifact>, compacted: &Compacted) {
    let names: Vec<(&str, &str)> = compacted
        .replaced
        .iter()
        .map(|path| (path.as_str(), path.rsplit_once('/').map_or(path.as_str(), |(_, name)| name)))
        .collect();
    let named: BTreeSet<usize> = match aho_corasick::AhoCorasick::new(names.iter().map(|(_, name)| name)) {
        Ok(finder) => artifacts
            .iter()
            .filter(|a| is_text(&a.path()))
            .flat_map(|a| finder.find_overlapping_iter(&a.bytes).map(|found| found.pattern().as_usize()))
            .collect(),
        // Too many names to search for at once: every original stays, the copy only grows.
        Err(_) => (0..names.len()).collect(),
    };
    let unnamed: BTreeSet<&str> =
        names.iter().enumerate().filter(|(i, _)| !named.contains(i)).map(|(_, (path, _))| *path).collect();
    artifacts.retain(|a| !unnamed.contains(a.path().as_str()));
    artifacts.extend(
        compacted
            .files
            .iter()
            .map(|asset| Artifact::new(Route::file(&asset.path), asset.origin.to_string_lossy(), asset.bytes.clone())),
    );
}

/// Whether a published file is text that may name another file.
fn is_text(path: &str) -> bool {
    let extension = path.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    matches!(extension.as_str(), "html" | "htm" | "css" | "js" | "mjs" | "json" | "svg" | "xml" | "txt" | "md")
}

/// A size budget written like `15MB`, `800kB`, `2.5 MB`, `1GiB` or a number of bytes (SI
/// units are powers of 1000, `KiB`/`MiB`/`GiB` of 1024).
pub(crate) fn parse_size(text: &str) -> Result<u64, String> {
    let text = text.trim();
    let split = text.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let number: f64 = number.parse().map_err(|_| format!("`{text}` is not a size like 15MB"))?;
    let factor: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "kb" | "k" => 1_000,
        "mb" | "m" => 1_000_000,
        "gb" | "g" => 1_000_000_000,
        "kib" => 1 << 10,
        "mib" => 1 << 20,
        "gib" => 1 << 30,
        other => return Err(format!("unknown size unit `{other}` (use B, kB, MB, GB, KiB, MiB or GiB)")),
    };
    Ok((number * factor as f64).round() as u64)
}

/// A size for people: `14.2 MB`, `830 kB`, `512 B`.
pub(crate) fn human_size(bytes: u64) -> String {
    match bytes {
        b if b >= 1_000_000 => format!("{:.1} MB", b as f64 / 1e6),
        b if b >= 1_000 => format!("{} kB", b / 1_000),
        b => format!("{b} B"),
    }
}

/// The error for a bundle over its budget: its ten largest files, and what to do.
fn over_budget(bundle: &Bundle, size: u64, max: u64) -> Diagnostic {
    let mut files: Vec<&Artifact> = bundle.artifacts.iter().collect();
    files.sort_by(|a, b| b.bytes.len().cmp(&a.bytes.len()).then_with(|| a.path().cmp(&b.path())));
    let list: String = files
        .iter()
        .take(10)
        .map(|a| format!("\n  {:>9}  {} (from {})", human_size(a.bytes.len() as u64), a.path(), a.origin))
        .collect();
    Diagnostic::error(format!(
        "{} would be {}, over the {} budget; its 10 largest files (uncompressed):{list}",
        bundle.file_name,
        human_size(size),
        human_size(max)
    ))
    .with_hint(
        "try `--edition compact` (lighter images) or `--edition text` (no images), make the largest images \
         smaller (crop screenshots, export photos at 1000 px wide), or bundle fewer languages per ZIP with --lang",
    )
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
pub(crate) fn timestamp(source_date_epoch: Option<&str>) -> DateTime {
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
pub(crate) fn zip_bytes(bundle: &Bundle, when: DateTime) -> Result<Vec<u8>, String> {
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

/// Writes every bundle into `out_dir`, then `SHA256SUMS` listing them all; when one would
/// be larger than `max_size` bytes, writes nothing and says what takes the room.
pub fn write(
    out_dir: &Path,
    bundles: &[Bundle],
    when: DateTime,
    max_size: Option<u64>,
) -> Result<Vec<Written>, Diagnostic> {
    let failed = |what: &str, path: &Path, e: &dyn std::fmt::Display| {
        Diagnostic::error(format!("cannot {what} {}: {e}", path.display()))
            .with_hint("check the folder's permissions and free disk space")
    };
    let mut archives = Vec::with_capacity(bundles.len());
    for bundle in bundles {
        let bytes =
            zip_bytes(bundle, when).map_err(|e| Diagnostic::error(format!("cannot make {}: {e}", bundle.file_name)))?;
        if let Some(max) = max_size.filter(|max| bytes.len() as u64 > *max) {
            return Err(over_budget(bundle, bytes.len() as u64, max));
        }
        archives.push((bundle, bytes));
    }
    std::fs::create_dir_all(out_dir).map_err(|e| failed("create", out_dir, &e))?;
    let mut written = Vec::new();
    let mut sums = String::new();
    for (bundle, bytes) in archives {
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

    #[test]
    fn sizes_read_like_people_write_them() {
        assert_eq!(parse_size("15MB"), Ok(15_000_000));
        assert_eq!(parse_size("2.5 mb"), Ok(2_500_000));
        assert_eq!(parse_size("800kB"), Ok(800_000));
        assert_eq!(parse_size("1MiB"), Ok(1_048_576));
        assert_eq!(parse_size("1234"), Ok(1234));
        assert!(parse_size("15 MBs").unwrap_err().contains("unknown size unit"));
        assert!(parse_size("MB").unwrap_err().contains("not a size"));
        assert_eq!(human_size(14_200_000), "14.2 MB");
        assert_eq!(human_size(830_999), "830 kB");
    }
}
