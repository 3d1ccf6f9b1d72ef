//! Splits a Markdown file into front matter (TOML between `+++`, YAML between `---`) and
//! body, and deserializes the front matter strictly: unknown keys and wrong types are
//! errors that name the key, the line and the fix.

use super::document::{
    CaseStudyFields, Fingerprints, KIND_FIELD_NAMES, Kind, KindFields, PlaybookFields, Status, TrainingFields,
    Visibility,
};
use crate::diagnostics::{Diagnostic, line_of_offset};
use serde::Deserialize;

/// Front matter as written; every key optional, unknown keys rejected.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    /// Page or section title.
    pub title: Option<String>,
    /// One-line summary for listings and meta tags.
    pub description: Option<String>,
    /// Page kind; inherited from the section when absent.
    pub kind: Option<Kind>,
    /// Sort key within the section (lower first).
    pub weight: Option<i64>,
    /// Publication date (`YYYY-MM-DD`).
    pub date: Option<FrontDate>,
    /// Date of the last significant update.
    pub updated: Option<FrontDate>,
    /// Contributor ids of the authors.
    pub authors: Option<Vec<String>>,
    /// Contributor ids of the translators of this language version.
    pub translators: Option<Vec<String>>,
    /// Contributor ids of the reviewers.
    pub reviewers: Option<Vec<String>>,
    /// Consent gate status.
    pub status: Option<Status>,
    /// Zola/Hugo shorthand for `status = "draft"`.
    pub draft: Option<bool>,
    /// `internal` keeps the page (a section: everything in it) out of public builds.
    pub visibility: Option<Visibility>,
    /// Contributor ids of who approved publication.
    pub approved_by: Option<Vec<String>>,
    /// SPDX licence id.
    pub license: Option<String>,
    /// Credit line for reused material.
    pub source: Option<String>,
    /// Language the page was first written in.
    pub original: Option<String>,
    /// Free tags.
    pub tags: Option<Vec<String>>,
    /// Regions the page concerns.
    pub regions: Option<Vec<String>>,
    /// `[playbook]` fields.
    pub playbook: Option<PlaybookFields>,
    /// `[case-study]` fields.
    #[serde(rename = "case-study")]
    pub case_study: Option<CaseStudyFields>,
    /// `[training]` fields.
    pub training: Option<TrainingFields>,
    /// Free-form data for templates.
    pub extra: Option<toml::Table>,
    /// Whether `cairn pdf --all` (and `cairn build`) make a printable handout of the page.
    pub handout: Option<bool>,
    /// Images that are decoration only (by path as written, or file name): handouts mark
    /// them as artifacts that screen readers skip, instead of asking for alt text.
    pub decorative: Option<Vec<String>>,
    /// What the original looked like when this translation was last marked current
    /// (written by `cairn i18n mark-current`).
    pub translation_of: Option<Fingerprints>,
}

/// A date as TOML writes it (a native date) or as YAML does (a string).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum FrontDate {
    /// `date = 2025-08-12`
    Toml(toml::value::Datetime),
    /// `date: "2025-08-12"`
    Text(String),
}

impl FrontDate {
    /// The date as `YYYY-MM-DD` (or the full date-time as written), if well-formed.
    pub fn normalized(&self) -> Option<String> {
        let text = match self {
            FrontDate::Toml(dt) => dt.to_string(),
            FrontDate::Text(s) => s.trim().to_string(),
        };
        let date_part = text.get(..10)?;
        let well_formed =
            date_part.char_indices().all(|(i, c)| if i == 4 || i == 7 { c == '-' } else { c.is_ascii_digit() });
        well_formed.then_some(text)
    }
}

impl FrontMatter {
    /// The typed kind fields present, with an error if more than one kind's table is given.
    pub fn kind_fields(&self) -> Result<Option<KindFields>, String> {
        let mut present = Vec::new();
        if let Some(f) = &self.playbook {
            present.push(KindFields::Playbook(f.clone()));
        }
        if let Some(f) = &self.case_study {
            present.push(KindFields::CaseStudy(f.clone()));
        }
        if let Some(f) = &self.training {
            present.push(KindFields::Training(f.clone()));
        }
        match present.len() {
            0 | 1 => Ok(present.pop()),
            _ => Err("front matter has tables for more than one kind".to_string()),
        }
    }
}

/// A Markdown file split into its parts.
#[derive(Debug, Clone, PartialEq)]
pub struct SplitDocument {
    /// Parsed front matter (empty when the file has none).
    pub front: FrontMatter,
    /// The front matter text between the fences (empty when there is none).
    pub front_text: String,
    /// The Markdown after the front matter.
    pub body: String,
    /// 1-based line of the file on which `body` starts.
    pub body_line: usize,
}

#[derive(Clone, Copy)]
enum Format {
    Toml,
    Yaml,
}

/// Every key front matter accepts, for "did you mean" hints.
const KEYS: &[&str] = &[
    "title",
    "description",
    "kind",
    "weight",
    "date",
    "updated",
    "authors",
    "translators",
    "reviewers",
    "status",
    "visibility",
    "draft",
    "approved_by",
    "license",
    "source",
    "original",
    "tags",
    "regions",
    "playbook",
    "case-study",
    "training",
    "extra",
];

/// Splits and parses a Markdown file whose line endings are already `\n`.
pub fn split(text: &str) -> Result<SplitDocument, Diagnostic> {
    let (format, fence) = match text.lines().next() {
        Some(l) if l.trim_end() == "+++" => (Format::Toml, "+++"),
        Some(l) if l.trim_end() == "---" => (Format::Yaml, "---"),
        _ => {
            return Ok(SplitDocument {
                front: FrontMatter::default(),
                front_text: String::new(),
                body: text.to_string(),
                body_line: 1,
            });
        }
    };
    let start = text.find('\n').map_or(text.len(), |i| i + 1);
    let mut offset = start;
    let mut close = None;
    for line in text[start..].split_inclusive('\n') {
        if line.trim_end() == fence {
            close = Some((offset, offset + line.len()));
            break;
        }
        offset += line.len();
    }
    let Some((close_start, body_start)) = close else {
        return Err(Diagnostic::error(format!("front matter opened with `{fence}` is never closed"))
            .at_line(1)
            .with_hint(format!("add a line containing only `{fence}` after the front matter")));
    };
    let source = &text[start..close_start];
    let front = match format {
        Format::Toml => parse_toml(source),
        Format::Yaml => parse_yaml(source),
    }
    .map_err(|(message, offset)| {
        let line = 1 + offset.map_or(0, |o| line_of_offset(source, o));
        let key = offset.and_then(|o| key_on_line(source, o));
        explain(message, key).at_line(line)
    })?;
    Ok(SplitDocument {
        front,
        front_text: source.to_string(),
        body: text[body_start..].to_string(),
        body_line: line_of_offset(text, body_start),
    })
}

fn parse_toml(source: &str) -> Result<FrontMatter, (String, Option<usize>)> {
    toml::from_str(source).map_err(|e| (e.message().trim().to_string(), e.span().map(|s| s.start)))
}

fn parse_yaml(source: &str) -> Result<FrontMatter, (String, Option<usize>)> {
    if source.trim().is_empty() {
        return Ok(FrontMatter::default());
    }
    serde_yaml_ng::from_str(source).map_err(|e| {
        let offset = e.location().map(|l| l.index());
        let message = e.to_string();
        // serde_yaml_ng appends " at line L column C"; cairn prints its own location.
        let message = message.split(" at line ").next().unwrap_or(&message).to_string();
        (message, offset)
    })
}

/// The key written on the line containing `offset` (`weight = "ten"` → `weight`).
fn key_on_line(source: &str, offset: usize) -> Option<String> {
    let line_start = source[..offset.min(source.len())].rfind('\n').map_or(0, |i| i + 1);
    let line = source[line_start..].lines().next()?;
    let key = line.split(['=', ':']).next()?.trim().trim_start_matches('-').trim().trim_matches('"');
    (!key.is_empty() && !key.starts_with('[') && !key.contains(' ')).then(|| key.to_string())
}

/// Turns a serde message into a diagnostic that names the key and suggests the fix.
fn explain(message: String, key: Option<String>) -> Diagnostic {
    if let Some(unknown) = message.strip_prefix("unknown field `").and_then(|m| m.split('`').next()) {
        let suggestion = crate::diagnostics::closest(unknown, KEYS.iter().chain(KIND_FIELD_NAMES).copied())
            .map(|k| format!("did you mean `{k}`? "))
            .unwrap_or_default();
        return Diagnostic::error(format!("unknown front-matter key `{unknown}`"))
            .with_hint(format!("{suggestion}free-form data goes under [extra]"));
    }
    if let Some(variant) = message.strip_prefix("unknown variant `").and_then(|m| m.split('`').next()) {
        let what = key.map(|k| format!(" for `{k}`")).unwrap_or_default();
        return Diagnostic::error(format!("unknown value `{variant}`{what}")).with_hint(message);
    }
    match key {
        Some(key) => Diagnostic::error(format!("wrong value for front-matter key `{key}`: {message}")).with_hint(
            "check the type: text in quotes, lists in [brackets], dates as YYYY-MM-DD, weight as a whole number",
        ),
        None => Diagnostic::error(format!("invalid front matter: {message}")),
    }
}

/// Writes `record` as the `translation_of` line of a file's front matter, replacing the one
/// already there; every other byte of the file (comments, key order, line endings, body)
/// stays as it was. Works on the raw text, so CRLF files stay CRLF.
pub(crate) fn set_translation_of(raw: &str, record: &Fingerprints) -> Result<String, String> {
    let content = raw.strip_prefix('\u{feff}').unwrap_or(raw);
    let bom = &raw[..raw.len() - content.len()];
    let mut lines: Vec<&str> = content.split_inclusive('\n').collect();
    let fence = lines.first().map(|l| l.trim_end()).filter(|l| *l == "+++" || *l == "---");
    let Some(fence) = fence else {
        return Err("the file has no front matter (+++ or ---) to record the original's fingerprint in".to_string());
    };
    let Some(close) = lines.iter().skip(1).position(|l| l.trim_end() == fence).map(|i| i + 1) else {
        return Err(format!("front matter opened with `{fence}` is never closed"));
    };
    let newline = if lines[0].ends_with("\r\n") { "\r\n" } else { "\n" };
    let quote = |s: &str| serde_json::to_string(s).unwrap_or_default();
    let sections: Vec<String> =
        record.sections.iter().map(|(id, print)| format!("{} = {}", quote(id), quote(print))).collect();
    let line = if fence == "+++" {
        format!(
            "translation_of = {{ content = {}, sections = {{ {} }} }}{newline}",
            quote(&record.content),
            sections.join(", ")
        )
    } else {
        let sections: Vec<String> = sections.iter().map(|s| s.replacen(" = ", ": ", 1)).collect();
        format!(
            "translation_of: {{ content: {}, sections: {{ {} }} }}{newline}",
            quote(&record.content),
            sections.join(", ")
        )
    };
    let is_record = |l: &str| {
        let key = l.split(['=', ':']).next().unwrap_or("").trim_end();
        key == "translation_of" && !l.starts_with([' ', '\t'])
    };
    let mut body_lines: Vec<String> = lines.drain(..).map(str::to_string).collect();
    if let Some(i) = (1..close).find(|&i| is_record(&body_lines[i])) {
        if body_lines[i].trim_end().ends_with(['=', ':'])
            || body_lines.get(i + 1).is_some_and(|n| n.starts_with([' ', '\t']) && i + 1 < close)
        {
            return Err("`translation_of` spans several lines; put it back on one line or remove it, then run mark-current again".to_string());
        }
        body_lines[i] = line;
    } else {
        // TOML keys after a [table] header would belong to that table.
        let at = (1..close).find(|&i| fence == "+++" && body_lines[i].trim_start().starts_with('[')).unwrap_or(close);
        body_lines.insert(at, line);
    }
    Ok(format!("{bom}{}", body_lines.concat()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toml_and_yaml_give_the_same_front_matter() {
        let toml = split("+++\ntitle = \"A\"\nweight = 3\ndate = 2025-08-12\ntags = [\"x\"]\n+++\nBody\n").unwrap();
        let yaml = split("---\ntitle: A\nweight: 3\ndate: \"2025-08-12\"\ntags: [x]\n---\nBody\n").unwrap();
        assert_eq!(toml.front.title, yaml.front.title);
        assert_eq!(toml.front.date.unwrap().normalized(), yaml.front.date.unwrap().normalized());
        assert_eq!((toml.body.as_str(), toml.body_line), ("Body\n", 7));
        assert_eq!(yaml.body_line, 7);
    }

    #[test]
    fn unknown_key_suggests_the_right_one() {
        let err = split("+++\ntitle = \"A\"\ntitel = \"B\"\n+++\n").unwrap_err();
        assert_eq!(err.line, Some(3));
        assert!(err.message.contains("`titel`"));
        assert!(err.hint.unwrap().contains("did you mean `title`"));
    }

    #[test]
    fn wrong_type_names_the_key_and_line() {
        let err = split("+++\ntitle = \"A\"\n\nweight = \"ten\"\n+++\n").unwrap_err();
        assert_eq!(err.line, Some(4));
        assert!(err.message.contains("`weight`"), "{}", err.message);
        let err = split("---\ntitle: A\nweight: ten\n---\n").unwrap_err();
        assert_eq!(err.line, Some(3), "{err}");
        assert!(err.message.contains("`weight`"), "{}", err.message);
    }

    fn record() -> Fingerprints {
        Fingerprints {
            content: "abc".into(),
            sections: [("intro".to_string(), "111".to_string()), ("été".to_string(), "222".to_string())].into(),
        }
    }

    #[test]
    fn recording_keeps_every_other_byte() {
        let toml = "+++\r\n# a comment\r\ntitle = \"T\"\r\n[training]\r\nduration = \"1h\"\r\n+++\r\nBody\r\n";
        let marked = set_translation_of(toml, &record()).unwrap();
        let expected_line =
            "translation_of = { content = \"abc\", sections = { \"intro\" = \"111\", \"été\" = \"222\" } }\r\n";
        assert_eq!(marked, toml.replacen("[training]", &format!("{expected_line}[training]"), 1));
        let parsed = split(&marked.replace("\r\n", "\n")).unwrap();
        assert_eq!(parsed.front.translation_of, Some(record()));
        let again = Fingerprints { content: "new".into(), ..record() };
        let remarked = set_translation_of(&marked, &again).unwrap();
        assert_eq!(remarked, marked.replace("\"abc\"", "\"new\""));

        let yaml = "---\ntitle: T\n---\nBody\n";
        let marked = set_translation_of(yaml, &record()).unwrap();
        assert_eq!(split(&marked).unwrap().front.translation_of, Some(record()));
        assert!(marked.ends_with("---\nBody\n") && marked.starts_with("---\ntitle: T\ntranslation_of: {"));
    }

    #[test]
    fn unclosed_front_matter_is_an_error() {
        assert!(split("+++\ntitle = \"A\"\n").unwrap_err().message.contains("never closed"));
        assert_eq!(split("no front matter").unwrap().front, FrontMatter::default());
    }
}
