//! Fingerprints of an original's content, whole and per heading section, so translations
//! can record what they were translated from and be told exactly what changed since. Kept
//! apart from the rest of the translation workflow so a paragraph-level (gettext-style)
//! workflow could use it too.

use super::Doc;
use crate::load::document::Fingerprints;
use serde::Serialize;
use sha2::{Digest, Sha256};

/// How a recorded set of fingerprints differs from the original's current ones.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub(crate) struct Changes {
    /// Sections whose text changed.
    pub changed: Vec<String>,
    /// Sections the original gained.
    pub added: Vec<String>,
    /// Sections the original lost.
    pub removed: Vec<String>,
    /// Whether something outside the sections changed (title, introduction, kind fields).
    pub elsewhere: bool,
}

/// The fingerprints of a document as it is now.
pub(crate) fn of(doc: &Doc) -> Fingerprints {
    let fields = doc.kind_fields.as_ref().map(|f| serde_json::to_string(f).unwrap_or_default()).unwrap_or_default();
    let content = digest(&format!(
        "{}\n{}\n{fields}\n{}",
        doc.title,
        doc.description.as_deref().unwrap_or(""),
        normalize(&doc.body)
    ));
    let lines: Vec<&str> = doc.body.lines().collect();
    let starts: Vec<usize> = doc.outline.headings.iter().map(|h| h.line.saturating_sub(doc.body_line)).collect();
    let sections = doc
        .outline
        .headings
        .iter()
        .enumerate()
        .map(|(i, heading)| {
            let start = starts[i].min(lines.len());
            let end = starts.get(i + 1).copied().unwrap_or(lines.len()).clamp(start, lines.len());
            (heading.id.clone(), digest(&normalize(&lines[start..end].join("\n"))))
        })
        .collect();
    Fingerprints { content, sections }
}

/// What changed between `recorded` (then) and `now`.
pub(crate) fn changes_since(recorded: &Fingerprints, now: &Fingerprints) -> Option<Changes> {
    if recorded.content == now.content {
        return None;
    }
    let mut changes = Changes::default();
    for (id, print) in &now.sections {
        match recorded.sections.get(id) {
            None => changes.added.push(id.clone()),
            Some(old) if old != print => changes.changed.push(id.clone()),
            Some(_) => {}
        }
    }
    changes.removed = recorded.sections.keys().filter(|id| !now.sections.contains_key(*id)).cloned().collect();
    changes.elsewhere = changes.changed.is_empty() && changes.added.is_empty() && changes.removed.is_empty();
    Some(changes)
}

/// Text with line endings, trailing spaces and surrounding blank lines evened out, so a
/// re-saved file with the same words keeps its fingerprint.
fn normalize(text: &str) -> String {
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    let first = lines.iter().position(|l| !l.is_empty()).unwrap_or(lines.len());
    let last = lines.iter().rposition(|l| !l.is_empty()).map_or(first, |i| i + 1);
    lines[first..last].join("\n")
}

/// A short, stable hex digest (the first 16 hex digits of SHA-256).
fn digest(text: &str) -> String {
    Sha256::digest(text.as_bytes()).iter().take(8).map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalisation_ignores_line_endings_and_trailing_space() {
        assert_eq!(normalize("\n\na  \r\nb\r\n\n"), "a\nb");
        assert_eq!(digest("abc"), "ba7816bf8f01cfea");
    }
}
