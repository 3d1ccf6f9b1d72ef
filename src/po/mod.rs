//! Translation through gettext PO catalogues, the format translation platforms (Weblate,
//! Pontoon, Transifex, Crowdin) speak: `cairn i18n extract` writes `po/messages.pot` and
//! one `po/<lang>.po` per language, merging what translators already did; a build reads the
//! catalogues back and makes a translated page from every original that has translated
//! units (a translation file of the same page wins).
//!
//! Catalogues are read and written with `rspolib`: it keeps `#|` previous msgids, obsolete
//! entries and every header field, which the better-known `polib` 0.3 drops.

pub(crate) mod units;
mod wrap;

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load::SourceDocument;
use crate::load::document::Fingerprints;
use crate::load::front_matter::FrontMatter;
use rspolib::{POEntry, POFile};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use units::Unit;

/// Folder of the catalogues, relative to the handbook root.
pub(crate) const PO_DIR: &str = "po";
/// The template every language's catalogue is merged from.
pub(crate) const TEMPLATE: &str = "messages.pot";
/// `content` of the `translation_of` record a page made from a catalogue carries until the
/// model knows its original's fingerprints (see [`resolve_record`]).
pub(crate) const RECORD_MARKER: &str = "po-catalogue";
/// Header field of a catalogue naming its translators (ids of `contributors.toml`), each
/// credited on every page made from the catalogue or on the pages named in brackets after
/// the id: `lucia, jo (playbooks, training/running-a-debrief)`.
pub(crate) const TRANSLATORS_FIELD: &str = "X-Cairn-Translators";
/// Header field naming the reviewers, written as [`TRANSLATORS_FIELD`].
pub(crate) const REVIEWERS_FIELD: &str = "X-Cairn-Reviewers";
/// The fingerprint given to a section with untranslated or fuzzy units.
const STALE: &str = "stale";
/// Lines are wrapped at this width, as gettext and Weblate do.
const WRAP: usize = 78;

/// One message of the default language's content.
#[derive(Debug, Clone)]
struct Message {
    context: String,
    msgid: String,
    comment: String,
    references: Vec<(String, String)>,
}

/// A part of an original page that a catalogue can translate.
enum Part {
    Title,
    Description,
    /// A kind field (`[playbook] goal`), or one item of a list field (`risks`).
    Field {
        kind: &'static str,
        name: String,
        text: String,
    },
    Body(Unit),
}

/// The kind tables of a front matter (`[playbook]`, ...) as JSON objects of strings and
/// lists of strings, so every field is reached without naming it.
fn kind_tables(front: &FrontMatter) -> Vec<(&'static str, serde_json::Map<String, serde_json::Value>)> {
    let tables = [
        ("playbook", serde_json::to_value(&front.playbook)),
        ("case-study", serde_json::to_value(&front.case_study)),
        ("training", serde_json::to_value(&front.training)),
    ];
    tables
        .into_iter()
        .filter_map(|(kind, value)| match value {
            Ok(serde_json::Value::Object(map)) => Some((kind, map)),
            _ => None,
        })
        .collect()
}

/// The strings of one kind-table value, in order.
fn field_texts(value: &serde_json::Value) -> Vec<&str> {
    match value {
        serde_json::Value::String(s) => vec![s.as_str()],
        serde_json::Value::Array(items) => items.iter().filter_map(serde_json::Value::as_str).collect(),
        _ => Vec::new(),
    }
}

/// `front` with the strings of its kind tables passed through `translate`.
fn translate_kind_tables(front: &mut FrontMatter, translate: impl Fn(&str, &str, &str) -> String) {
    for (kind, mut map) in kind_tables(front) {
        for (name, value) in map.iter_mut() {
            match value {
                serde_json::Value::String(s) => *s = translate(kind, name, s),
                serde_json::Value::Array(items) => {
                    for item in items.iter_mut() {
                        if let serde_json::Value::String(s) = item {
                            *s = translate(kind, name, s);
                        }
                    }
                }
                _ => {}
            }
        }
        let value = serde_json::Value::Object(map);
        match kind {
            "playbook" => front.playbook = serde_json::from_value(value).ok(),
            "case-study" => front.case_study = serde_json::from_value(value).ok(),
            _ => front.training = serde_json::from_value(value).ok(),
        }
    }
}

/// The parts of `doc` with their context (`page:title`, `page#section`) and file line.
fn parts(doc: &SourceDocument) -> Vec<(Part, String, usize)> {
    let page = if doc.key.is_empty() { "index" } else { doc.key.as_str() };
    let mut parts = Vec::new();
    if doc.front.title.as_deref().is_some_and(|t| !t.trim().is_empty()) {
        parts.push((Part::Title, format!("{page}:title"), 1 + line_in_front(doc, "title")));
    }
    if doc.front.description.as_deref().is_some_and(|t| !t.trim().is_empty()) {
        parts.push((Part::Description, format!("{page}:description"), 1 + line_in_front(doc, "description")));
    }
    for (kind, map) in kind_tables(&doc.front) {
        for (name, value) in &map {
            for text in field_texts(value).into_iter().filter(|t| !t.trim().is_empty()) {
                let part = Part::Field { kind, name: name.clone(), text: text.to_string() };
                parts.push((part, format!("{page}:{kind}.{name}"), 1 + line_in_front(doc, name)));
            }
        }
    }
    let (outline, _) = crate::model::outline::outline(&doc.body, doc.body_line, &doc.file);
    for unit in units::units(&doc.body) {
        let line = doc.body_line + unit.line;
        let section = outline.headings.iter().rev().find(|h| h.line <= line).map(|h| h.id.as_str());
        let context = match section {
            Some(id) => format!("{page}#{id}"),
            None => page.to_string(),
        };
        parts.push((Part::Body(unit), context, line));
    }
    parts
}

/// 1-based line of `key` within the front matter (which starts on the file's line 2).
fn line_in_front(doc: &SourceDocument, key: &str) -> usize {
    doc.front_text.lines().position(|l| l.trim_start().starts_with(key)).map_or(1, |i| i + 1)
}

fn source_text(doc: &SourceDocument, part: &Part) -> String {
    match part {
        Part::Title => normalize_plain(doc.front.title.as_deref().unwrap_or("")),
        Part::Description => normalize_plain(doc.front.description.as_deref().unwrap_or("")),
        Part::Field { text, .. } => normalize_plain(text),
        Part::Body(unit) => unit.msgid.clone(),
    }
}

fn normalize_plain(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Originals in the default language: what catalogues translate.
fn originals<'a>(documents: &'a [SourceDocument], config: &Config) -> impl Iterator<Item = &'a SourceDocument> {
    let default = config.default_language().code.clone();
    documents.iter().filter(move |d| d.lang == default && d.front.original.as_deref().is_none_or(|o| o == default))
}

/// Every message of the handbook, identical ones (same context and text) merged.
fn messages(documents: &[SourceDocument], config: &Config) -> Vec<Message> {
    let mut out: Vec<Message> = Vec::new();
    let mut index: HashMap<(String, String), usize> = HashMap::new();
    for doc in originals(documents, config) {
        for (part, context, line) in parts(doc) {
            let msgid = source_text(doc, &part);
            let reference = (doc.file.to_string_lossy().replace('\\', "/"), line.to_string());
            if let Some(&i) = index.get(&(context.clone(), msgid.clone())) {
                out[i].references.push(reference);
                continue;
            }
            let comment = match &part {
                Part::Title => "page title".to_string(),
                Part::Description => "page description".to_string(),
                Part::Field { kind, name, .. } => format!("{name} ([{kind}] field)"),
                Part::Body(unit) => unit.comment(),
            };
            index.insert((context.clone(), msgid.clone()), out.len());
            out.push(Message { context, msgid, comment, references: vec![reference] });
        }
    }
    out
}

/// The gettext plural rule of a few common languages, for a new catalogue's header
/// (cairn's messages have no plurals; platforms want the header anyway).
fn plural_forms(code: &str) -> Option<&'static str> {
    let base = code.split(['-', '_']).next().unwrap_or(code);
    Some(match base {
        "en" | "es" | "de" | "it" | "nl" | "sv" | "da" | "nb" | "el" | "sw" | "ca" | "tr" => {
            "nplurals=2; plural=(n != 1);"
        }
        "fr" | "pt" | "hi" => "nplurals=2; plural=(n > 1);",
        "zh" | "ja" | "ko" | "vi" | "th" | "id" => "nplurals=1; plural=0;",
        "ar" => "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);",
        _ => return None,
    })
}

fn new_catalogue(config: &Config, lang: Option<&str>) -> POFile {
    let mut file = POFile::new(rspolib::FileOptions { wrapwidth: WRAP, ..Default::default() });
    file.header = Some(match lang {
        Some(lang) => format!("{} translation of {}.", lang, config.title),
        None => format!("Messages of {}, extracted by cairn.", config.title),
    });
    let mut metadata = vec![
        ("Project-Id-Version", config.title.clone()),
        ("MIME-Version", "1.0".to_string()),
        ("Content-Type", "text/plain; charset=UTF-8".to_string()),
        ("Content-Transfer-Encoding", "8bit".to_string()),
    ];
    if let Some(lang) = lang {
        metadata.push(("Language", lang.to_string()));
        if let Some(rule) = plural_forms(lang) {
            metadata.push(("Plural-Forms", rule.to_string()));
        }
    }
    file.metadata = metadata.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
    file
}

fn entry_of(message: &Message) -> POEntry {
    let mut entry = POEntry::new(0);
    entry.msgctxt = Some(message.context.clone());
    entry.msgid = message.msgid.clone();
    entry.msgstr = Some(String::new());
    entry.comment = Some(message.comment.clone());
    entry.occurrences = message.references.clone();
    entry
}

/// Merges `messages` into an existing catalogue: an unchanged message keeps its
/// translation; a changed one (same context, other text) becomes fuzzy with the previous
/// text as `#| msgid`; a message that is gone becomes obsolete, and comes back translated if
/// its unit does. Header and translator comments stay as they are.
fn merge(mut old: POFile, messages: &[Message]) -> POFile {
    let mut entries: Vec<POEntry> = Vec::new();
    let mut by_key: HashMap<(String, String), usize> = HashMap::new();
    // Live entries first; an obsolete one brings its translation back when its unit returns.
    let (live, obsolete): (Vec<_>, Vec<_>) = old.entries.iter().enumerate().partition(|(_, e)| !e.obsolete);
    for (i, e) in live.into_iter().chain(obsolete) {
        by_key.entry((e.msgctxt.clone().unwrap_or_default(), e.msgid.clone())).or_insert(i);
    }
    let wanted: BTreeSet<(String, String)> = messages.iter().map(|m| (m.context.clone(), m.msgid.clone())).collect();
    let mut used = vec![false; old.entries.len()];
    for message in messages {
        let mut entry = entry_of(message);
        if let Some(&i) = by_key.get(&(message.context.clone(), message.msgid.clone())) {
            let previous = &old.entries[i];
            used[i] = true;
            entry.msgstr = previous.msgstr.clone();
            entry.tcomment = previous.tcomment.clone();
            entry.flags = previous.flags.clone();
            entry.previous_msgid = previous.previous_msgid.clone();
            entry.previous_msgctxt = previous.previous_msgctxt.clone();
        } else if let Some(i) = closest(&old.entries, &used, &wanted, message) {
            let previous = &old.entries[i];
            used[i] = true;
            entry.msgstr = previous.msgstr.clone();
            entry.tcomment = previous.tcomment.clone();
            entry.flags = previous.flags.iter().filter(|f| *f != "fuzzy").cloned().collect();
            entry.flags.insert(0, "fuzzy".to_string());
            // A unit changed twice before review keeps the text the translation was made from.
            entry.previous_msgid = previous.previous_msgid.clone().or_else(|| Some(previous.msgid.clone()));
        }
        entries.push(entry);
    }
    let kept_obsolete = old
        .entries
        .iter()
        .filter(|e| e.obsolete && !wanted.contains(&(e.msgctxt.clone().unwrap_or_default(), e.msgid.clone())));
    let newly_obsolete = old.entries.iter().enumerate().filter(|(i, e)| !e.obsolete && !used[*i]).map(|(_, e)| e);
    for e in newly_obsolete.chain(kept_obsolete) {
        if e.msgstr.as_deref().is_none_or(str::is_empty) {
            continue;
        }
        let mut gone = e.clone();
        gone.obsolete = true;
        gone.occurrences.clear();
        entries.push(gone);
    }
    old.entries = entries;
    old
}

/// The unused, translated entry of the same context most like `message`: the unit it was
/// before an edit.
fn closest(
    entries: &[POEntry],
    used: &[bool],
    wanted: &BTreeSet<(String, String)>,
    message: &Message,
) -> Option<usize> {
    entries
        .iter()
        .enumerate()
        .filter(|(i, e)| !used[*i] && !e.obsolete && e.msgctxt.as_deref() == Some(message.context.as_str()))
        .filter(|(_, e)| e.msgstr.as_deref().is_some_and(|s| !s.is_empty()))
        .filter(|(_, e)| !wanted.contains(&(message.context.clone(), e.msgid.clone())))
        .map(|(i, e)| (i, strsim::normalized_levenshtein(&e.msgid, &message.msgid)))
        .filter(|(_, score)| *score > 0.3)
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
        .map(|(i, _)| i)
}

/// The text of a catalogue as cairn writes it. Entries are written unwrapped and then
/// wrapped as gettext does (see [`wrap`]): rspolib's own wrapping drops the `# ` of long
/// comment lines and loses references when it wraps `#:` lines.
fn render(file: &POFile) -> String {
    const UNWRAPPED: usize = 1 << 20;
    let mut head = POFile::new(rspolib::FileOptions { wrapwidth: UNWRAPPED, ..Default::default() });
    head.header = file.header.clone();
    head.metadata = file.metadata.clone();
    head.metadata_is_fuzzy = file.metadata_is_fuzzy;
    let mut text = head.to_string();
    // rspolib writes a lone `#` for a catalogue without header comment.
    if file.header.is_none() {
        text = text.strip_prefix("#\n").map(str::to_string).unwrap_or(text);
    }
    if !text.ends_with('\n') {
        text.push('\n');
    }
    let (live, obsolete): (Vec<&POEntry>, Vec<&POEntry>) = file.entries.iter().partition(|e| !e.obsolete);
    for entry in live.into_iter().chain(obsolete) {
        text.push('\n');
        text.push_str(&entry.to_string_with_wrapwidth(UNWRAPPED));
    }
    wrap::rewrap(&text)
}

/// Reads a catalogue's text; a syntax error names the file and line.
pub(crate) fn parse(text: &str, file: &Path) -> Result<POFile, Diagnostic> {
    // Content with a line break is never taken for a path; an empty file is no catalogue.
    let content = if text.contains('\n') { text.to_string() } else { format!("{text}\n") };
    let options = rspolib::FileOptions { path_or_content: content, wrapwidth: WRAP, byte_content: None };
    let parsed = std::panic::catch_unwind(|| rspolib::pofile(options));
    match parsed {
        Ok(Ok(mut po)) => {
            // rspolib loses a header comment's closing `#` line (gettext writes one).
            if let Some(h) = po.header.as_mut().filter(|h| h.ends_with('\n')) {
                h.push('\n');
            }
            Ok(po)
        }
        Ok(Err(e)) => {
            let line = match &e {
                rspolib::errors::SyntaxError::UnescapedDoubleQuoteFound { line, .. } => Some(*line),
                rspolib::errors::SyntaxError::Custom { line, .. } => Some(*line),
                _ => None,
            };
            let message = e.to_string();
            let message = message.split("): ").nth(1).unwrap_or(&message).to_string();
            let d = Diagnostic::error(format!("malformed PO catalogue: {message}")).in_file(file);
            Err(match line {
                Some(line) => d.at_line(line),
                None => d,
            })
        }
        Err(_) => Err(Diagnostic::error("malformed PO catalogue: the PO reader failed on it").in_file(file)),
    }
}

/// `cairn i18n extract`: writes `po/messages.pot` and merges it into `po/<lang>.po` for
/// `langs` (every language but the default one when empty). Returns the files written.
pub(crate) fn extract(root: &Path, langs: &[String], from_files: bool) -> Result<Vec<String>, Diagnostics> {
    let (sources, mut found) = crate::load::load(root)?;
    if found.has_errors() {
        found.retain(|d| d.severity == crate::diagnostics::Severity::Error);
        return Err(found);
    }
    let config = &sources.config;
    let default = config.default_language().code.clone();
    let langs: Vec<String> = if langs.is_empty() {
        config.languages.iter().map(|l| l.code.clone()).filter(|c| *c != default).collect()
    } else {
        langs.to_vec()
    };
    let mut problems = Diagnostics::default();
    for lang in &langs {
        if !config.has_language(lang) || *lang == default {
            problems.push(
                Diagnostic::error(format!("`{lang}` is not a language to translate into"))
                    .in_file(crate::config::CONFIG_FILE)
                    .with_hint("name a language of cairn.toml other than the default one"),
            );
        }
    }
    if problems.has_errors() {
        return Err(problems);
    }
    let messages = messages(&sources.documents, config);
    let dir = root.join(PO_DIR);
    let write = |name: &str, text: String| -> Result<String, Diagnostics> {
        let shown = format!("{PO_DIR}/{name}");
        crate::output::files::write_source(&dir.join(name), Path::new(&shown), text.as_bytes())
            .map_err(|d| Diagnostics::from_iter([d]))?;
        Ok(shown)
    };
    let mut template = new_catalogue(config, None);
    template.entries = messages.iter().map(entry_of).collect();
    let mut written = vec![write(TEMPLATE, render(&template))?];
    for lang in &langs {
        let name = format!("{lang}.po");
        let old = match sources.catalogues.get(lang) {
            Some(text) => parse(text, &Path::new(PO_DIR).join(&name)).map_err(|d| Diagnostics::from_iter([d]))?,
            None => new_catalogue(config, Some(lang)),
        };
        let mut merged = merge(old, &messages);
        if from_files {
            import_files(&mut merged, &sources.documents, config, lang);
        }
        written.push(write(&name, render(&merged))?);
    }
    Ok(written)
}

/// Fills the untranslated entries of `catalogue` from translation files into `lang`, unit
/// by unit, where a file has the same blocks and placeholders as its original (moving a
/// handbook from files to a catalogue). Units that do not line up stay untranslated.
fn import_files(catalogue: &mut POFile, documents: &[SourceDocument], config: &Config, lang: &str) {
    let mut found: HashMap<(String, String), String> = HashMap::new();
    let mut files: Vec<&SourceDocument> = Vec::new();
    for doc in originals(documents, config) {
        let Some(file) = documents.iter().find(|d| d.key == doc.key && d.lang == lang) else { continue };
        files.push(file);
        for (part, context, _) in parts(doc) {
            let translation = match &part {
                Part::Title => file.front.title.as_deref().map(normalize_plain),
                Part::Description => file.front.description.as_deref().map(normalize_plain),
                Part::Field { kind, name, text } => {
                    let ours = kind_tables(&doc.front)
                        .into_iter()
                        .find(|(k, _)| k == kind)
                        .and_then(|(_, m)| m.get(name).cloned());
                    let theirs = kind_tables(&file.front)
                        .into_iter()
                        .find(|(k, _)| k == kind)
                        .and_then(|(_, m)| m.get(name).cloned());
                    let (ours, theirs) = (ours.unwrap_or_default(), theirs.unwrap_or_default());
                    let (ours, theirs) = (field_texts(&ours), field_texts(&theirs));
                    let at = ours.iter().position(|t| t == text);
                    at.filter(|_| ours.len() == theirs.len()).and_then(|i| theirs.get(i)).map(|t| normalize_plain(t))
                }
                Part::Body(_) => None,
            };
            if let Some(text) = translation {
                found.insert((context, source_text(doc, &part)), text);
            }
        }
        // Sections line up in order when both have as many (a translated heading without an
        // explicit id has another id), else by heading id; within a section, units line up in
        // order when both have as many (an outdated translation still gives its other sections).
        let body_units = |d: &SourceDocument| -> Vec<(String, Vec<Unit>)> {
            let mut sections: Vec<(String, Vec<Unit>)> = Vec::new();
            for (part, context, _) in parts(d) {
                if let Part::Body(unit) = part {
                    match sections.last_mut().filter(|(c, _)| *c == context) {
                        Some((_, units)) => units.push(unit),
                        None => sections.push((context, vec![unit])),
                    }
                }
            }
            sections
        };
        let (ours, theirs) = (body_units(doc), body_units(file));
        type Section = (String, Vec<Unit>);
        let pairs: Vec<(&Section, &Vec<Unit>)> = if ours.len() == theirs.len() {
            ours.iter().zip(theirs.iter().map(|(_, units)| units)).collect()
        } else {
            ours.iter().filter_map(|o| theirs.iter().find(|(c, _)| *c == o.0).map(|(_, units)| (o, units))).collect()
        };
        for ((context, ours), theirs) in pairs {
            if theirs.len() != ours.len() {
                continue;
            }
            for (unit, their) in ours.iter().zip(theirs) {
                let same_shape = unit.container == their.container
                    && unit.markup.len() == their.markup.len()
                    && unit
                        .markup
                        .iter()
                        .zip(&their.markup)
                        .all(|(a, b)| std::mem::discriminant(a) == std::mem::discriminant(b));
                if same_shape && unit.markdown(&their.msgid).is_ok() {
                    found.insert((context.clone(), unit.msgid.clone()), their.msgid.clone());
                }
            }
        }
    }
    for entry in catalogue.entries.iter_mut().filter(|e| !e.obsolete && e.msgstr.as_deref().is_none_or(str::is_empty)) {
        if let Some(text) = found.get(&(entry.msgctxt.clone().unwrap_or_default(), entry.msgid.clone())) {
            entry.msgstr = Some(text.clone());
        }
    }
    // The files' credits move into the header, unless the catalogue already has its own.
    let credits = [
        (TRANSLATORS_FIELD, credits_of_files(&files, |f| f.front.translators.as_ref())),
        (REVIEWERS_FIELD, credits_of_files(&files, |f| f.front.reviewers.as_ref())),
    ];
    for (field, credits) in credits {
        if !credits.is_empty() && !catalogue.metadata.contains_key(field) {
            catalogue.metadata.insert(field.to_string(), format_credits(&credits));
        }
    }
}

/// The credits of translation files as one header field: an id credited on every file is
/// credited on the whole catalogue, any other on the pages of its files.
fn credits_of_files<'a>(
    files: &[&'a SourceDocument],
    ids: impl Fn(&'a SourceDocument) -> Option<&'a Vec<String>>,
) -> Vec<ScopedCredit> {
    let mut credits: Vec<ScopedCredit> = Vec::new();
    for file in files {
        let page = if file.key.is_empty() { HOME_PAGE.to_string() } else { file.key.clone() };
        for id in ids(file).into_iter().flatten() {
            match credits.iter_mut().find(|c| c.id == *id) {
                Some(credit) => credit.pages.push(page.clone()),
                None => credits.push(ScopedCredit { id: id.clone(), pages: vec![page.clone()] }),
            }
        }
    }
    for credit in credits.iter_mut().filter(|c| c.pages.len() == files.len()) {
        credit.pages.clear();
    }
    credits
}

/// One usable entry of a catalogue.
struct Translation {
    msgstr: String,
    fuzzy: bool,
    line: usize,
}

/// A contributor credited by a catalogue's header, on the pages of `pages` (page keys, or
/// section keys standing for every page under them), or on every page when it is empty.
#[derive(Debug, Clone, PartialEq)]
struct ScopedCredit {
    id: String,
    pages: Vec<String>,
}

impl ScopedCredit {
    fn covers(&self, key: &str) -> bool {
        self.pages.is_empty() || self.pages.iter().any(|page| covers(page, key))
    }
}

/// How a credit header names the home page, whose key is empty.
const HOME_PAGE: &str = "/";

/// Whether a page or section key names the page `key` or a section above it.
fn covers(scope: &str, key: &str) -> bool {
    match scope {
        HOME_PAGE => key.is_empty(),
        _ => key == scope || key.strip_prefix(scope).is_some_and(|rest| rest.starts_with('/')),
    }
}

/// Reads a credit header field: ids separated by commas or spaces, each optionally followed
/// by the pages it is credited on in brackets (`lucia, tomas (playbooks/rapid-response)`).
fn parse_credits(value: &str) -> Vec<ScopedCredit> {
    let mut credits = Vec::new();
    let mut rest = value;
    while let Some(start) = rest.find(|c: char| c != ',' && !c.is_whitespace()) {
        rest = &rest[start..];
        let end = rest.find(|c: char| c == ',' || c == '(' || c.is_whitespace()).unwrap_or(rest.len());
        let id = rest[..end].to_string();
        rest = rest[end..].trim_start();
        let mut pages = Vec::new();
        if let Some(inner) = rest.strip_prefix('(') {
            let close = inner.find(')').unwrap_or(inner.len());
            pages = crate::markdown::split_list(&inner[..close]);
            for page in &mut pages {
                *page = match page.trim_matches('/') {
                    "" => HOME_PAGE.to_string(),
                    key => key.to_string(),
                };
            }
            rest = inner.get(close + 1..).unwrap_or("");
        }
        credits.push(ScopedCredit { id, pages });
    }
    credits
}

/// Writes credits back as [`parse_credits`] reads them.
fn format_credits(credits: &[ScopedCredit]) -> String {
    let items: Vec<String> = credits
        .iter()
        .map(|c| match c.pages.is_empty() {
            true => c.id.clone(),
            false => format!("{} ({})", c.id, c.pages.join(", ")),
        })
        .collect();
    items.join(", ")
}

/// A language's catalogue, as a build uses it.
struct Catalogue {
    file: PathBuf,
    translators: Vec<ScopedCredit>,
    reviewers: Vec<ScopedCredit>,
    entries: HashMap<(String, String), Translation>,
}

impl Catalogue {
    fn get(&self, context: &str, msgid: &str) -> Option<&Translation> {
        self.entries.get(&(context.to_string(), msgid.to_string())).filter(|t| !t.msgstr.is_empty())
    }

    /// The ids of `credits` credited on the page `key`; `None` when none is.
    fn credited(credits: &[ScopedCredit], key: &str) -> Option<Vec<String>> {
        let ids: Vec<String> = credits.iter().filter(|c| c.covers(key)).map(|c| c.id.clone()).collect();
        (!ids.is_empty()).then_some(ids)
    }
}

/// Makes, from the catalogue of every language that has one (`catalogues`: the text of
/// `po/<lang>.po` by language), a translated document of each original with at least one
/// translated unit. A language whose catalogue is malformed is an error; a malformed entry
/// is a warning and its unit keeps the source text.
pub(crate) fn translated_documents(
    config: &Config,
    documents: &[SourceDocument],
    catalogues: &BTreeMap<String, String>,
    diagnostics: &mut Diagnostics,
) -> Vec<SourceDocument> {
    let default = config.default_language().code.clone();
    let mut out = Vec::new();
    for language in config.languages.iter().filter(|l| l.code != default) {
        let file = Path::new(PO_DIR).join(format!("{}.po", language.code));
        let Some(text) = catalogues.get(&language.code) else { continue };
        let po = match parse(text, &file) {
            Ok(po) => po,
            Err(d) => {
                diagnostics.push(d);
                continue;
            }
        };
        let entries = po
            .entries
            .into_iter()
            .filter(|e| !e.obsolete)
            .map(|e| {
                let key = (e.msgctxt.clone().unwrap_or_default(), e.msgid.clone());
                (key, Translation { fuzzy: e.fuzzy(), msgstr: e.msgstr.unwrap_or_default(), line: e.linenum })
            })
            .collect();
        let credits = |field: &str| po.metadata.get(field).map(|value| parse_credits(value)).unwrap_or_default();
        let catalogue =
            Catalogue { translators: credits(TRANSLATORS_FIELD), reviewers: credits(REVIEWERS_FIELD), file, entries };
        warn_unknown_pages(&catalogue, documents, diagnostics);
        let files: BTreeSet<(&str, &str)> = documents.iter().map(|d| (d.key.as_str(), d.lang.as_str())).collect();
        for doc in originals(documents, config) {
            let has_file = files.contains(&(doc.key.as_str(), language.code.as_str()));
            if let Some(translated) = translate(doc, &catalogue, config, &language.code, has_file, diagnostics) {
                out.push(translated);
            }
        }
    }
    out
}

/// The page `doc` made from `catalogue`, or `None` when nothing of it is translated (the
/// page is then missing in that language, as without a catalogue).
fn translate(
    doc: &SourceDocument,
    catalogue: &Catalogue,
    config: &Config,
    lang: &str,
    has_file: bool,
    diagnostics: &mut Diagnostics,
) -> Option<SourceDocument> {
    let parts = parts(doc);
    let usable = |t: &&Translation| !t.fuzzy;
    let translated_any =
        parts.iter().any(|(part, context, _)| catalogue.get(context, &source_text(doc, part)).filter(usable).is_some());
    if !translated_any {
        return None;
    }
    if has_file {
        diagnostics.push(
            Diagnostic::warning(format!(
                "{} is translated both as a file and in {}; the file is used",
                doc.file.display(),
                catalogue.file.display()
            ))
            .in_file(&catalogue.file)
            .with_hint("delete the translation file, or leave this page's entries untranslated"),
        );
        return None;
    }
    let source = config.default_language();
    let mut stale: BTreeSet<String> = BTreeSet::new();
    let mut elsewhere = false;
    let mut title = doc.front.title.clone();
    let mut description = doc.front.description.clone();
    let mut replacements: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    let mut fields: HashMap<(&'static str, String, String), String> = HashMap::new();
    for (part, context, _) in &parts {
        let msgid = source_text(doc, part);
        let translation = catalogue.get(context, &msgid).filter(usable);
        let markdown = translation.and_then(|t| match part {
            Part::Body(unit) => unit
                .markdown(&t.msgstr)
                .map_err(|why| {
                    diagnostics.push(
                        Diagnostic::warning(format!("entry `{context}` \"{}\" is not used: {why}", shorten(&msgid)))
                            .in_file(&catalogue.file)
                            .at_line(t.line)
                            .with_hint("keep every <n>…</n> and <n/> placeholder of the msgid, nested as there"),
                    )
                })
                .ok(),
            _ => Some(t.msgstr.clone()),
        });
        let section = context.split_once('#').map(|(_, s)| s.to_string());
        match (part, markdown) {
            (Part::Title, Some(text)) => title = Some(text),
            (Part::Description, Some(text)) => description = Some(text),
            (Part::Field { kind, name, text: source }, Some(text)) => {
                fields.insert((*kind, name.clone(), source.clone()), text);
            }
            (Part::Body(unit), Some(text)) => replacements.push((unit.range.clone(), text)),
            // Code shows as it is; an untranslated block is no gap to report.
            (Part::Body(unit), None) if unit.is_code() => {}
            (Part::Body(unit), None) => {
                let text = doc.body.get(unit.range.clone()).unwrap_or("");
                let marked = format!("<span lang=\"{}\" dir=\"{}\">{}</span>", source.code, source.dir.as_str(), text);
                replacements.push((unit.range.clone(), marked));
                match section {
                    Some(id) => stale.insert(id),
                    None => {
                        elsewhere = true;
                        false
                    }
                };
            }
            (_, None) => elsewhere = true,
        }
    }
    let mut body = String::with_capacity(doc.body.len());
    let mut at = 0;
    for (range, text) in replacements {
        if range.start < at || range.end > doc.body.len() {
            continue;
        }
        body.push_str(&doc.body[at..range.start]);
        body.push_str(&text);
        at = range.end;
    }
    body.push_str(&doc.body[at..]);
    let mut sections: BTreeMap<String, String> = stale.into_iter().map(|id| (id, STALE.to_string())).collect();
    if elsewhere {
        sections.insert(String::new(), STALE.to_string());
    }
    let mut front = FrontMatter {
        title,
        description,
        playbook: doc.front.playbook.clone(),
        case_study: doc.front.case_study.clone(),
        training: doc.front.training.clone(),
        translation_of: Some(Fingerprints { content: RECORD_MARKER.to_string(), sections }),
        translators: Catalogue::credited(&catalogue.translators, &doc.key),
        reviewers: Catalogue::credited(&catalogue.reviewers, &doc.key),
        ..Default::default()
    };
    translate_kind_tables(&mut front, |kind, name, source| {
        fields.get(&(kind, name.to_string(), source.to_string())).cloned().unwrap_or_else(|| source.to_string())
    });
    Some(SourceDocument {
        // Beside the original, so relative links resolve the same; named after both files.
        file: PathBuf::from(format!("{} (from {lang}.po)", doc.file.display())),
        key: doc.key.clone(),
        is_section: doc.is_section,
        lang: lang.to_string(),
        front,
        front_text: String::new(),
        body: body.into(),
        body_line: doc.body_line,
    })
}

/// A credit scoped to a page that does not exist would silently credit nobody.
fn warn_unknown_pages(catalogue: &Catalogue, documents: &[SourceDocument], diagnostics: &mut Diagnostics) {
    for (field, credits) in [(TRANSLATORS_FIELD, &catalogue.translators), (REVIEWERS_FIELD, &catalogue.reviewers)] {
        for credit in credits {
            for page in credit.pages.iter().filter(|p| !documents.iter().any(|d| covers(p, &d.key))) {
                diagnostics.push(
                    Diagnostic::warning(format!("{field} credits `{}` on `{page}`, which is no page", credit.id))
                        .in_file(&catalogue.file)
                        .with_hint("name a page as its content path without `.md` (playbooks/rapid-response) or a section (playbooks)"),
                );
            }
        }
    }
}

fn shorten(text: &str) -> String {
    let mut short: String = text.chars().take(40).collect();
    if short.len() < text.len() {
        short.push('…');
    }
    short
}

/// What a page made from a catalogue records of its original, once the original's
/// fingerprints are known: current except the sections with untranslated or fuzzy units,
/// so the translation status and notices count them as outdated.
pub(crate) fn resolve_record(recorded: &Fingerprints, original: &Fingerprints) -> Fingerprints {
    let mut record = original.clone();
    if recorded.sections.is_empty() {
        return record;
    }
    record.content = STALE.to_string();
    for id in recorded.sections.keys().filter(|id| !id.is_empty()) {
        record.sections.insert(id.clone(), STALE.to_string());
    }
    record
}

/// Entries and words of one state in a catalogue.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub(crate) struct UnitTally {
    /// Entries.
    pub entries: usize,
    /// Words of their source text.
    pub words: usize,
}

/// Where a language's catalogue stands against the current source, unit by unit.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub(crate) struct CatalogueStatus {
    /// The language it translates into.
    pub lang: String,
    /// The catalogue, relative to the handbook root.
    pub file: String,
    /// Translated and reviewed: used by builds.
    pub translated: UnitTally,
    /// Translated but fuzzy: the source changed, or a translator asked for review.
    pub fuzzy: UnitTally,
    /// Not translated, or not in the catalogue yet (run `cairn i18n extract`).
    pub missing: UnitTally,
}

/// The status of every language's catalogue (or `lang`'s), for `cairn i18n status`.
pub(crate) fn status(root: &Path, lang: Option<&str>) -> Result<Vec<CatalogueStatus>, Diagnostics> {
    let (sources, _) = crate::load::load(root)?;
    let config = &sources.config;
    let messages = messages(&sources.documents, config);
    let default = config.default_language().code.clone();
    let mut out = Vec::new();
    for code in config.languages.iter().map(|l| &l.code).filter(|c| **c != default && lang.is_none_or(|l| l == *c)) {
        let file = Path::new(PO_DIR).join(format!("{code}.po"));
        let Some(text) = sources.catalogues.get(code) else { continue };
        let po = parse(text, &file).map_err(|d| Diagnostics::from_iter([d]))?;
        let entries: HashMap<(String, String), &POEntry> = po
            .entries
            .iter()
            .filter(|e| !e.obsolete)
            .map(|e| ((e.msgctxt.clone().unwrap_or_default(), e.msgid.clone()), e))
            .collect();
        let mut status = CatalogueStatus {
            lang: code.clone(),
            file: file.to_string_lossy().replace('\\', "/"),
            ..Default::default()
        };
        for message in &messages {
            let plain: String = strip_placeholders(&message.msgid);
            let words = crate::model::outline::words_in(&plain);
            let tally = match entries.get(&(message.context.clone(), message.msgid.clone())) {
                Some(e) if e.msgstr.as_deref().is_some_and(|s| !s.is_empty()) && e.fuzzy() => &mut status.fuzzy,
                Some(e) if e.msgstr.as_deref().is_some_and(|s| !s.is_empty()) => &mut status.translated,
                _ => &mut status.missing,
            };
            tally.entries += 1;
            tally.words += words;
        }
        out.push(status);
    }
    Ok(out)
}

/// The catalogues' lines of the `cairn i18n status` table.
pub(crate) fn format_status(catalogues: &[CatalogueStatus]) -> String {
    let mut out = String::new();
    for c in catalogues {
        let all = c.translated.words + c.fuzzy.words + c.missing.words;
        let percent = (c.translated.words * 1000).checked_div(all).map_or(100.0, |p| p as f64 / 10.0);
        out.push_str(&format!(
            "\n{}: {} entries ({} words) translated, {} ({} words) fuzzy, {} ({} words) missing; {percent}% of words translated\n",
            c.file, c.translated.entries, c.translated.words, c.fuzzy.entries, c.fuzzy.words, c.missing.entries, c.missing.words
        ));
    }
    out
}

/// A message's text without its `<n>`, `</n>` and `<n/>` placeholders.
fn strip_placeholders(msgid: &str) -> String {
    let mut out = String::with_capacity(msgid.len());
    let mut rest = msgid;
    while let Some(c) = rest.chars().next() {
        let tag = (c == '<').then(|| rest.find('>')).flatten().filter(|&end| {
            let inner = rest[1..end].trim_start_matches('/').trim_end_matches('/');
            !inner.is_empty() && inner.bytes().all(|b| b.is_ascii_digit())
        });
        match tag {
            Some(end) => rest = &rest[end + 1..],
            None => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credit_fields_name_pages_in_brackets_and_write_back_as_read() {
        let credits = parse_credits(" lucia,jo (playbooks, /training/debrief/ ,/) ,, amina()");
        let ids: Vec<&str> = credits.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["lucia", "jo", "amina"]);
        assert_eq!(credits[1].pages, ["playbooks", "training/debrief", HOME_PAGE]);
        assert_eq!(format_credits(&credits), "lucia, jo (playbooks, training/debrief, /), amina");
        assert_eq!(parse_credits(&format_credits(&credits)), credits);
        let jo = &credits[1];
        assert!(jo.covers("playbooks") && jo.covers("playbooks/x") && jo.covers("") && jo.covers("training/debrief"));
        assert!(!jo.covers("playbooks-old/x") && !jo.covers("training") && !jo.covers("about"));
        assert!(credits[0].covers("about"));
        assert!(parse_credits("jo (unclosed").iter().all(|c| c.id == "jo" && c.pages == ["unclosed"]));
    }

    /// Random edits of a catalogue (bytes deleted, duplicated, replaced by PO syntax): the
    /// reader and every entry's way back to Markdown either work or report, never panic.
    #[test]
    fn random_edits_of_an_entry_never_panic() {
        let unit =
            units::units("Intro with *emphasis*, a [link](x.md), `code` and a note[^1].\n\n[^1]: N.\n").remove(0);
        let entry = format!(
            "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n#, fuzzy\n#| msgid \"Old\"\nmsgctxt \"guide\"\nmsgid \"{}\"\nmsgstr \"Intro <1>é</1>, <2>lien</2>, <3>code</3> <4/>.\"\n",
            unit.msgid
        );
        let pieces = ["<", ">", "</", "/>", "1", "4", "\"", "\\", "\n", "#~ ", "msgstr ", "#| ", "<9>", "é", "`"];
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for _ in 0..2000 {
            let mut text = entry.clone();
            for _ in 0..1 + next(4) {
                let mut at = next(text.len());
                while !text.is_char_boundary(at) {
                    at -= 1;
                }
                match next(3) {
                    0 => {
                        let end = (at + next(6)).min(text.len());
                        if text.is_char_boundary(end) {
                            text.replace_range(at..end, "");
                        }
                    }
                    _ => text.insert_str(at, pieces[next(pieces.len())]),
                }
            }
            if let Ok(po) = parse(&text, Path::new("po/fr.po")) {
                for e in &po.entries {
                    let _ = unit.markdown(e.msgstr.as_deref().unwrap_or(""));
                }
                let _ = render(&po);
            }
        }
    }

    #[test]
    fn placeholders_are_not_words() {
        assert_eq!(strip_placeholders("a <1>b</1> <2/> c<3> <x>"), "a b  c <x>");
    }

    #[test]
    fn a_header_comment_keeps_its_closing_line() {
        let long = "# A translator's note that is much longer than one line of seventy-nine columns, kept whole.\n";
        let text = format!(
            "{long}{}",
            "# Title\n#\nmsgid \"\"\nmsgstr \"\"\n\"Language: fr\\n\"\n\"MIME-Version: 1.0\\n\"\n\nmsgid \"a\"\nmsgstr \"b\"\n"
        );
        assert_eq!(render(&parse(&text, Path::new("x.po")).unwrap()), text);
        let entry = format!(
            "msgid \"\"\nmsgstr \"\"\n\"Language: fr\\n\"\n\"MIME-Version: 1.0\\n\"\n\n{long}msgid \"a\"\nmsgstr \"b\"\n"
        );
        assert_eq!(render(&parse(&entry, Path::new("x.po")).unwrap()), entry);
    }
}
