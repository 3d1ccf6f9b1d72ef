//! Problems found in a handbook, as data: every stage collects [`Diagnostic`]s into a
//! [`Diagnostics`] list and keeps going where it can, so an author sees every defect of
//! a build at once. This module also owns the two ways they are shown: a terminal report
//! grouped by kind (a real handbook can have hundreds of the same defect) and JSON lines
//! for tools. Only the CLI decides which is printed and what the exit code is.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

/// How bad a problem is: an error fails the build, a warning does not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Fails the build (and `cairn check`).
    Error,
    /// Reported, but the build goes on; `--strict` turns some into errors.
    Warning,
}

impl Severity {
    fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// What sort of problem a diagnostic is, for grouping and for tools that read JSON.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// A link to a page or file that does not exist, or outside the handbook.
    BrokenLink,
    /// A link to an existing page with an anchor none of its headings has.
    BrokenAnchor,
    /// An anchor found only by a looser rule (case, pandoc's or GitHub's ids).
    InexactAnchor,
    /// An anchor of another language of the page whose place in this one is unclear.
    AmbiguousAnchor,
    /// An image or other file that is not in the handbook.
    MissingFile,
    /// Anything else.
    #[default]
    Other,
}

impl Kind {
    /// The name tools see (`broken-anchor`).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::BrokenLink => "broken-link",
            Kind::BrokenAnchor => "broken-anchor",
            Kind::InexactAnchor => "inexact-anchor",
            Kind::AmbiguousAnchor => "ambiguous-anchor",
            Kind::MissingFile => "missing-file",
            Kind::Other => "other",
        }
    }

    /// What people call many of them, in a summary line.
    fn plural(self) -> &'static str {
        match self {
            Kind::BrokenLink => "broken links",
            Kind::BrokenAnchor => "broken anchors",
            Kind::InexactAnchor => "inexact anchors",
            Kind::AmbiguousAnchor => "ambiguous anchors",
            Kind::MissingFile => "missing files",
            Kind::Other => "other problems",
        }
    }
}

/// One problem, pointing at a file and line when it has one, with a hint on how to fix it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The file at fault, relative to the handbook root where possible.
    pub file: Option<PathBuf>,
    /// 1-based line in `file`.
    pub line: Option<usize>,
    /// What is wrong, lower-case, naming the offending value.
    pub message: String,
    /// What to do about it.
    pub hint: Option<String>,
    /// What sort of problem it is.
    pub kind: Kind,
    /// The language of the page at fault, when it is a page's.
    pub lang: Option<String>,
    /// Whether that page is a translation (not the language it was first written in).
    pub in_translation: bool,
}

impl Diagnostic {
    /// An error with no location yet.
    pub fn error(message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: None,
            line: None,
            message: message.into(),
            hint: None,
            kind: Kind::Other,
            lang: None,
            in_translation: false,
        }
    }

    /// An error or a warning, as a setting decides.
    pub(crate) fn with_severity(severity: Severity, message: impl Into<String>) -> Self {
        Diagnostic { severity, ..Diagnostic::error(message) }
    }

    /// A warning with no location yet.
    pub fn warning(message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(message) }
    }

    /// Points the diagnostic at a file.
    pub(crate) fn in_file(mut self, file: impl AsRef<Path>) -> Self {
        self.file = Some(file.as_ref().to_path_buf());
        self
    }

    /// Points the diagnostic at a line of its file.
    pub(crate) fn at_line(mut self, line: usize) -> Self {
        self.line = Some(line);
        self
    }

    /// Adds advice on how to fix the problem.
    pub(crate) fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Says what sort of problem it is.
    pub fn of_kind(mut self, kind: Kind) -> Self {
        self.kind = kind;
        self
    }

    /// Names the language of the page at fault, and whether that page is a translation.
    pub(crate) fn in_lang(mut self, lang: &str, in_translation: bool) -> Self {
        self.lang = Some(lang.to_string());
        self.in_translation = in_translation;
        self
    }

    /// Whether this diagnostic fails the build.
    pub(crate) fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// One line of JSON with `level`, `kind`, `file`, `line`, `message`, `hint` and `lang`
    /// (and `in_translation`), for CI annotations.
    pub(crate) fn to_json_line(&self) -> String {
        serde_json::json!({
            "level": self.severity.as_str(),
            "kind": self.kind.as_str(),
            "file": self.file.as_ref().map(|f| f.to_string_lossy().replace('\\', "/")),
            "line": self.line,
            "message": self.message,
            "hint": self.hint,
            "lang": self.lang,
            "in_translation": self.in_translation,
        })
        .to_string()
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.severity.as_str(), self.message)?;
        if let Some(file) = &self.file {
            write!(f, "\n  --> {}", file.display())?;
            if let Some(line) = self.line {
                write!(f, ":{line}")?;
            }
        }
        if let Some(hint) = &self.hint {
            write!(f, "\n  hint: {hint}")?;
        }
        Ok(())
    }
}

/// The problems collected by a run, in a stable order for printing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    /// Records a problem.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    /// Takes over every problem of `other`.
    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }

    /// Forgets the problems `keep` says no to (those of a file read again, say).
    pub(crate) fn retain(&mut self, keep: impl FnMut(&Diagnostic) -> bool) {
        self.items.retain(keep);
    }

    /// Whether any problem is an error.
    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    /// Turns every warning into an error (`--strict`).
    pub(crate) fn make_warnings_errors(&mut self) {
        for item in &mut self.items {
            item.severity = Severity::Error;
        }
    }

    /// Every problem, errors first, then by file and line, without repeats.
    pub fn sorted(&self) -> Vec<Diagnostic> {
        let mut items = self.items.clone();
        items.sort();
        items.dedup();
        items
    }

    /// Number of problems of the given severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.sorted().iter().filter(|d| d.severity == severity).count()
    }

    /// Whether nothing was reported.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The terminal report: every problem in [`Diagnostics::sorted`] order, but at most
    /// `per_kind` of each severity and kind, then one line counting the rest by language, so
    /// 300 broken anchors in translations do not bury the one error that matters.
    pub(crate) fn grouped_report(&self, per_kind: usize) -> String {
        let mut groups: BTreeMap<(Severity, Kind), Vec<Diagnostic>> = BTreeMap::new();
        for d in self.sorted() {
            groups.entry((d.severity, d.kind)).or_default().push(d);
        }
        let mut report = String::new();
        for ((severity, kind), items) in groups {
            for d in items.iter().take(per_kind) {
                report.push_str(&format!("{d}\n"));
            }
            let rest = &items[items.len().min(per_kind)..];
            if rest.is_empty() {
                continue;
            }
            let mut by_lang: BTreeMap<&str, usize> = BTreeMap::new();
            for d in rest {
                *by_lang.entry(d.lang.as_deref().unwrap_or("-")).or_default() += 1;
            }
            let in_translations = rest.iter().filter(|d| d.in_translation).count();
            let languages = if by_lang.keys().any(|l| *l != "-") {
                let parts: Vec<String> = by_lang.iter().map(|(lang, n)| format!("{lang}: {n}")).collect();
                format!(" ({})", parts.join(", "))
            } else {
                String::new()
            };
            report.push_str(&format!(
                "{}: and {} more {}, {in_translations} of them in translations{languages}: `cairn check --format json` lists them all\n",
                severity.as_str(),
                rest.len(),
                kind.plural(),
            ));
        }
        report
    }
}

impl FromIterator<Diagnostic> for Diagnostics {
    fn from_iter<T: IntoIterator<Item = Diagnostic>>(iter: T) -> Self {
        Diagnostics { items: iter.into_iter().collect() }
    }
}

/// The candidate most like `word` (Jaro-Winkler above 0.8), for a "did you mean" hint.
pub(crate) fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|candidate| (strsim::jaro_winkler(word, candidate), candidate))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, candidate)| candidate)
}

/// The 1-based line of byte `offset` in `text`.
pub(crate) fn line_of_offset(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end].iter().filter(|&&b| b == b'\n').count() + 1
}

/// Where the lines of a text start, for finding the lines of many offsets without reading
/// the text again for each (a 50 MB page has hundreds of thousands of headings and links).
pub struct LineIndex {
    newlines: Vec<usize>,
}

impl LineIndex {
    /// Indexes `text`.
    pub fn new(text: &str) -> LineIndex {
        LineIndex { newlines: memchr::memchr_iter(b'\n', text.as_bytes()).collect() }
    }

    /// The 1-based line of byte `offset`, as [`line_of_offset`] counts it.
    pub fn line(&self, offset: usize) -> usize {
        self.newlines.partition_point(|&newline| newline < offset) + 1
    }
}

/// Number of errors and warnings, for summaries.
pub fn counts(diagnostics: &Diagnostics) -> (usize, usize) {
    (diagnostics.count(Severity::Error), diagnostics.count(Severity::Warning))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_groups_each_kind_after_ten() {
        let mut all = Diagnostics::default();
        for i in 0..25 {
            let lang = if i < 20 { "fr" } else { "en" };
            all.push(
                Diagnostic::warning(format!("broken anchor {i:02}"))
                    .of_kind(Kind::BrokenAnchor)
                    .in_file(format!("content/p{i:02}.md"))
                    .in_lang(lang, lang != "en"),
            );
        }
        all.push(Diagnostic::error("one real error").in_file("cairn.toml"));
        let report = all.grouped_report(10);
        assert!(report.starts_with("error: one real error"), "{report}");
        assert_eq!(report.matches("warning: broken anchor").count(), 10, "{report}");
        assert!(
            report.contains("warning: and 15 more broken anchors, 10 of them in translations (en: 5, fr: 10): `cairn check --format json` lists them all"),
            "{report}"
        );
        let json: serde_json::Value = serde_json::from_str(&all.sorted()[1].to_json_line()).unwrap();
        assert_eq!(json["kind"], "broken-anchor");
        assert_eq!(json["level"], "warning");
        assert_eq!(json["file"], "content/p00.md");
        assert_eq!(json["lang"], "fr");
        assert_eq!(json["line"], serde_json::Value::Null);
    }

    #[test]
    fn line_index_counts_as_line_of_offset() {
        let text = "one\ntwo\n\nfour\n";
        let index = LineIndex::new(text);
        for offset in 0..=text.len() + 2 {
            assert_eq!(index.line(offset), line_of_offset(text, offset), "offset {offset}");
        }
    }
}
