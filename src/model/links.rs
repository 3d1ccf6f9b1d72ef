//! Where every link and image of a document points. Relative `.md` links and Zola-style `@/`
//! links resolve to the target page in the language the link is shown in (or the language a
//! `.fr.md` names). Anchors are looked up in the target page of every language the linking
//! document is shown in: translators translate headings, so a link written with the
//! original's heading id is carried to the heading in the same place of the translation,
//! and ids written by another tool's slug rule (pandoc, GitHub) or in the wrong case are
//! accepted when unique, with a warning naming the id to write. Files are checked against
//! the handbook's assets, and the author's raw HTML references too. What a broken link or
//! anchor does to the build is `[links]` in `cairn.toml`; each problem names file and line.

use super::outline::LinkRef;
use super::{Doc, EntryId, Site};
use crate::config::OnBroken;
use crate::diagnostics::{Diagnostic, Kind, Severity, closest};
use crate::load::classify_markdown_path;
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

/// The resolved destination of one link or image.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkTarget {
    /// A URL with a scheme (`https:`, `mailto:`) or `//host`: kept as written.
    External,
    /// A page of the handbook; `lang` when the link names a language explicitly.
    Page {
        /// Target entry.
        entry: EntryId,
        /// Explicit language (`page.fr.md`), else the language the link is shown in.
        lang: Option<String>,
        /// The heading id to link, by the language the link is shown in (a translated page
        /// has its own ids); a language without one links the top of the page.
        anchors: BTreeMap<String, String>,
    },
    /// An anchor of the linking page itself (empty for `#`, the top of the page).
    Fragment(String),
    /// A file of the output (asset or static file), by output-relative path.
    File {
        /// Output-relative path (a trailing `/` for a folder).
        path: String,
        /// Anchor, unchecked.
        fragment: Option<String>,
    },
    /// Nothing to link to (already reported): shown as its text, with this explanation.
    Missing(String),
    /// Kept as the author wrote it (an empty destination).
    AsWritten,
}

/// Lookup tables shared by every document's link resolution.
#[derive(Debug)]
pub struct LinkIndex {
    entries: BTreeMap<String, EntryId>,
    excluded: BTreeSet<String>,
    files: BTreeSet<String>,
}

impl LinkIndex {
    /// Indexes the published entries, the keys left out of the build, and every file.
    pub fn new(site: &Site, entries: &BTreeMap<String, EntryId>, excluded: &BTreeSet<String>) -> LinkIndex {
        let files = site.content_assets.iter().chain(&site.static_files).map(|a| a.path.clone()).collect();
        LinkIndex { entries: entries.clone(), excluded: excluded.clone(), files }
    }
}

fn is_external(dest: &str) -> bool {
    if dest.starts_with("//") {
        return true;
    }
    match dest.find(':') {
        Some(colon) => {
            let scheme = &dest[..colon];
            !scheme.is_empty() && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        }
        None => false,
    }
}

/// Joins `relative` to the content folder `dir`, resolving `.` and `..`; `None` if it climbs
/// out of `content/`.
fn join_content_path(dir: &str, relative: &str) -> Option<String> {
    let mut parts: Vec<&str> = dir.split('/').filter(|p| !p.is_empty()).collect();
    for part in relative.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            p => parts.push(p),
        }
    }
    Some(parts.join("/"))
}

/// How many of a page's headings a "did you mean" for a broken anchor looks at.
const SUGGESTION_CANDIDATES: usize = 500;

/// Fragments that mean the top of a page in HTML, whatever its headings.
fn is_top(fragment: &str) -> bool {
    fragment.is_empty() || fragment.eq_ignore_ascii_case("top")
}

/// The id pandoc gives a heading: punctuation but `_-.` dropped, words joined by `-`,
/// lower-cased, and everything before the first letter dropped (`1.0 Things` → `things`).
fn pandoc_id(text: &str) -> String {
    let kept: String =
        text.chars().filter(|c| c.is_alphanumeric() || c.is_whitespace() || "_-.".contains(*c)).collect();
    let joined = kept.split_whitespace().collect::<Vec<_>>().join("-").to_lowercase();
    joined.trim_start_matches(|c: char| !c.is_alphabetic()).to_string()
}

/// The id GitHub gives a heading: lower-cased, punctuation but `_-` dropped, each space `-`.
fn github_id(text: &str) -> String {
    text.trim()
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || "_- ".contains(*c))
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

/// A document's headings under the looser rules, built only when an exact id was not found.
struct LooseIds {
    /// Lower-cased id, pandoc id or GitHub id → (heading index, rule that matched).
    by_key: BTreeMap<String, Vec<(usize, &'static str)>>,
}

impl LooseIds {
    fn of(doc: &Doc) -> LooseIds {
        let mut by_key: BTreeMap<String, Vec<(usize, &'static str)>> = BTreeMap::new();
        for (i, heading) in doc.outline.headings.iter().enumerate() {
            by_key.entry(heading.id.to_lowercase()).or_default().push((i, "ignoring case"));
            by_key.entry(pandoc_id(&heading.text)).or_default().push((i, "by pandoc's id rule"));
            by_key.entry(github_id(&heading.text)).or_default().push((i, "by GitHub's id rule"));
        }
        LooseIds { by_key }
    }

    /// The one heading `fragment` names under a looser rule; `None` if none or several do.
    fn find(&self, fragment: &str) -> Option<(usize, &'static str)> {
        let matches = self.by_key.get(&fragment.to_lowercase())?;
        let first = matches[0];
        matches.iter().all(|(i, _)| *i == first.0).then_some(first)
    }
}

/// Where a link's destination leads, before any policy applies.
enum Destination<'a> {
    /// An empty destination (`[text]()`).
    Nothing,
    /// `#fragment` on the linking page.
    OwnAnchor(&'a str),
    /// Another site.
    External,
    /// A published page.
    Page { entry: EntryId, lang: Option<String>, fragment: Option<&'a str> },
    /// A `.md` file that is not published (missing, or left out as a draft).
    UnknownPage { target: String, excluded: bool },
    /// A file of the output, and whether the handbook has it.
    File { path: String, fragment: Option<&'a str>, exists: bool },
    /// A path that climbs out of `content/` (or, for files, the output).
    Outside,
}

/// Everything one document's links are resolved against.
struct Linking<'a> {
    site: &'a Site,
    index: &'a LinkIndex,
    doc: &'a Doc,
    file: &'a std::path::Path,
    /// Folder of the document under `content/`.
    dir: String,
    /// Whether the document is a translation, not the language its entry was written in.
    in_translation: bool,
    /// Every language the document is shown in: its own, and, for an original, the
    /// languages with no translation of it.
    shown_in: Vec<String>,
    /// Loose ids of the documents links reached, by (entry, language).
    loose: RefCell<BTreeMap<(EntryId, String), Rc<LooseIds>>>,
}

/// Resolves every link of `doc` (`outline.links`, in order) and checks its raw HTML
/// references (`outline.html_links`), which are left as written.
pub(crate) fn resolve_links(site: &Site, index: &LinkIndex, doc: &Doc) -> (Vec<LinkTarget>, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let Some(file) = &doc.file else {
        return (Vec::new(), diagnostics);
    };
    let content_path = file.components().skip(1).map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
    let entry = &site.entries[doc.entry];
    let in_translation = site.docs[entry.original].lang != doc.lang;
    let mut shown_in = vec![doc.lang.clone()];
    if !in_translation {
        let untranslated = site.config.languages.iter().filter(|l| !entry.variants.contains_key(&l.code));
        shown_in.extend(untranslated.map(|l| l.code.clone()));
    }
    let linking = Linking {
        site,
        index,
        doc,
        file,
        dir: content_path.rsplit_once('/').map_or("", |(d, _)| d).to_string(),
        in_translation,
        shown_in,
        loose: RefCell::default(),
    };
    let targets = doc.outline.links.iter().map(|link| linking.resolve(link, &mut diagnostics)).collect();
    for reference in &doc.outline.html_links {
        linking.check_html(reference, &mut diagnostics);
    }
    (targets, diagnostics)
}

impl Linking<'_> {
    fn problem(&self, severity: Severity, kind: Kind, line: usize, message: String) -> Diagnostic {
        Diagnostic::with_severity(severity, message)
            .of_kind(kind)
            .in_file(self.file)
            .at_line(line)
            .in_lang(&self.doc.lang, self.in_translation)
    }

    fn policy(setting: OnBroken) -> Severity {
        match setting {
            OnBroken::Error => Severity::Error,
            OnBroken::Warn => Severity::Warning,
        }
    }

    fn destination<'d>(&self, dest: &'d str) -> Destination<'d> {
        let (path, fragment) = match dest.split_once('#') {
            Some((p, f)) => (p, Some(f)),
            None => (dest, None),
        };
        if path.is_empty() {
            return fragment.map_or(Destination::Nothing, Destination::OwnAnchor);
        }
        if is_external(path) {
            return Destination::External;
        }
        // `my%20page.md` names the file `my page.md`, as a browser would read it.
        let decoded = percent_encoding::percent_decode_str(path).decode_utf8_lossy();
        let path = decoded.as_ref();
        if path.ends_with(".md") {
            let target = match path.strip_prefix("@/") {
                Some(rooted) => join_content_path("", rooted),
                None if path.starts_with('/') => join_content_path("", path),
                None => join_content_path(&self.dir, path),
            };
            let Some(target) = target else { return Destination::Outside };
            let (key, _, lang) = classify_markdown_path(&target, &self.site.config);
            return match self.index.entries.get(&key) {
                Some(&entry) => Destination::Page { entry, lang, fragment },
                None => Destination::UnknownPage { target, excluded: self.index.excluded.contains(&key) },
            };
        }
        let output_path = match path.strip_prefix('/') {
            Some(rooted) => Some(rooted.to_string()),
            None => join_content_path(&self.dir, path),
        };
        match output_path {
            Some(path) => {
                let exists = self.index.files.contains(&path) || path.ends_with('/') || path.is_empty();
                Destination::File { path, fragment, exists }
            }
            None => Destination::Outside,
        }
    }

    fn resolve(&self, link: &LinkRef, diagnostics: &mut Vec<Diagnostic>) -> LinkTarget {
        match self.destination(&link.dest) {
            Destination::Nothing => LinkTarget::AsWritten,
            Destination::External => LinkTarget::External,
            Destination::OwnAnchor(fragment) => {
                let own = self.find_anchor(self.doc, fragment, link, diagnostics);
                LinkTarget::Fragment(own.unwrap_or_default())
            }
            Destination::Page { entry, lang, fragment } => {
                let anchors = match fragment {
                    Some(f) => self.anchors(entry, lang.as_deref(), f, link, diagnostics),
                    None => BTreeMap::new(),
                };
                LinkTarget::Page { entry, lang, anchors }
            }
            Destination::File { path, fragment, exists: true } => {
                LinkTarget::File { path, fragment: fragment.map(str::to_string) }
            }
            Destination::File { exists: false, .. } => {
                let what = if link.is_image { "image" } else { "file" };
                diagnostics.push(self.missing_file(what, link));
                LinkTarget::Missing(format!("missing {what}: {}", link.dest))
            }
            unknown @ (Destination::UnknownPage { .. } | Destination::Outside) => {
                diagnostics.push(self.broken_link(&unknown, link));
                LinkTarget::Missing(format!("missing page: {}", link.dest))
            }
        }
    }

    /// Raw HTML is left as written, so only what would be broken in the output is reported.
    fn check_html(&self, reference: &LinkRef, diagnostics: &mut Vec<Diagnostic>) {
        match self.destination(&reference.dest) {
            Destination::Page { .. } => diagnostics.push(
                self.problem(
                    Severity::Warning,
                    Kind::BrokenLink,
                    reference.line,
                    format!("raw HTML link `{}` is published as written, and no page has that address", reference.dest),
                )
                .with_hint("write it as a Markdown link, [text](page.md), which cairn turns into the page's address in each language"),
            ),
            Destination::File { exists: false, .. } => {
                let what = if reference.is_image { "image" } else { "file" };
                diagnostics.push(self.missing_file(what, reference));
            }
            unknown @ (Destination::UnknownPage { .. } | Destination::Outside) => {
                diagnostics.push(self.broken_link(&unknown, reference));
            }
            Destination::Nothing | Destination::OwnAnchor(_) | Destination::External | Destination::File { .. } => {}
        }
    }

    fn missing_file(&self, what: &str, link: &LinkRef) -> Diagnostic {
        self.problem(Severity::Warning, Kind::MissingFile, link.line, format!("missing {what} `{}`", link.dest)).with_hint(
            "put the file beside the page (page bundle) or under static/, or fix the path; --strict makes this an error",
        )
    }

    fn broken_link(&self, destination: &Destination<'_>, link: &LinkRef) -> Diagnostic {
        let message = match destination {
            Destination::UnknownPage { excluded: true, .. } => {
                format!("link to `{}`, which is a draft or left out of this build", link.dest)
            }
            Destination::UnknownPage { target, .. } => format!("broken link `{}`: no page content/{target}", link.dest),
            _ => format!("broken link `{}`: it points outside the handbook's content/", link.dest),
        };
        self.problem(Self::policy(self.site.config.links.broken), Kind::BrokenLink, link.line, message).with_hint(
            "fix the path (it is relative to this file; `@/` starts at content/), or publish the target; \
             [links] broken = \"warn\" in cairn.toml lets the build go on, showing the link as text",
        )
    }

    /// The heading id to link in `entry`, per language this document is shown in.
    fn anchors(
        &self,
        entry: EntryId,
        explicit: Option<&str>,
        fragment: &str,
        link: &LinkRef,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> BTreeMap<String, String> {
        let mut found: BTreeMap<&str, Option<String>> = BTreeMap::new();
        let mut anchors = BTreeMap::new();
        for shown in &self.shown_in {
            let (target, _) = self.site.doc_for(entry, explicit.unwrap_or(shown));
            let id = found
                .entry(target.lang.as_str())
                .or_insert_with(|| self.find_anchor(target, fragment, link, diagnostics))
                .clone();
            if let Some(id) = id {
                anchors.insert(shown.clone(), id);
            }
        }
        anchors
    }

    /// The id of the heading of `target` that `fragment` means, reporting what is inexact,
    /// ambiguous or broken; `None` links the top of the page.
    fn find_anchor(
        &self,
        target: &Doc,
        fragment: &str,
        link: &LinkRef,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Option<String> {
        if target.outline.has_anchor(fragment) || is_top(fragment) {
            return Some(fragment.to_string());
        }
        let entry = &self.site.entries[target.entry];
        let original = &self.site.docs[entry.original];
        // The original first: links are most often written for it.
        let mut others = vec![original];
        others.extend(entry.variants.values().map(|&id| &self.site.docs[id]).filter(|d| d.lang != original.lang));
        others.retain(|d| d.lang != target.lang);
        let place =
            if target.lang == self.doc.lang { String::new() } else { format!(" (target page in `{}`)", target.lang) };
        let target_file = target.file.as_ref().map_or_else(|| "the target".to_string(), |f| f.display().to_string());
        // Written for another language of the page: the heading in the same place here.
        if let Some((other, index)) = others.iter().find_map(|d| Some((*d, heading_index(d, fragment)?))) {
            return self.same_place(other, index, target, fragment, link, &place, diagnostics);
        }
        let loose = |doc: &Doc| {
            let key = (doc.entry, doc.lang.clone());
            self.loose.borrow_mut().entry(key).or_insert_with(|| Rc::new(LooseIds::of(doc))).clone()
        };
        if let Some((index, rule)) = loose(target).find(fragment) {
            let id = target.outline.headings[index].id.clone();
            diagnostics.push(self.inexact(fragment, &id, "", rule, link, &place));
            return Some(id);
        }
        for other in &others {
            if let Some((index, rule)) = loose(other).find(fragment) {
                let id = self.same_place(other, index, target, fragment, link, &place, diagnostics)?;
                let matched = &other.outline.headings[index].id;
                let of = other.file.as_ref().map_or_else(String::new, |f| format!(" of {}", f.display()));
                diagnostics.push(self.inexact(fragment, matched, &of, rule, link, &place));
                return Some(id);
            }
        }
        // A suggestion is a convenience: a page with thousands of headings and as many
        // broken anchors must not cost time quadratic in its size.
        let candidates = target.outline.headings.iter().take(SUGGESTION_CANDIDATES).map(|h| h.id.as_str());
        let suggestion = closest(fragment, candidates).map(|id| format!("did you mean `#{id}`? ")).unwrap_or_default();
        diagnostics.push(
            self.problem(
                Self::policy(self.site.config.links.broken_anchors),
                Kind::BrokenAnchor,
                link.line,
                format!("broken anchor `#{fragment}` in link `{}`{place}", link.dest),
            )
            .with_hint(format!(
                "{suggestion}no heading of {target_file} has this id; give the heading an explicit {{#{fragment}}} in every language. \
                 The link goes to the top of the page; [links] broken_anchors = \"error\" in cairn.toml makes this fail the build"
            )),
        );
        None
    }

    /// The id of `target`'s heading in the place of heading `index` of `other` (another
    /// language of the same page): only when both have the same headings, level for level,
    /// since an outdated translation may have gained or lost sections before it.
    #[allow(clippy::too_many_arguments)]
    fn same_place(
        &self,
        other: &Doc,
        index: usize,
        target: &Doc,
        fragment: &str,
        link: &LinkRef,
        place: &str,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Option<String> {
        let levels = |d: &Doc| d.outline.headings.iter().map(|h| h.level).collect::<Vec<_>>();
        if levels(other) == levels(target) {
            return Some(target.outline.headings[index].id.clone());
        }
        let other_file = other.file.as_ref().map_or_else(String::new, |f| f.display().to_string());
        let target_file = target.file.as_ref().map_or_else(String::new, |f| f.display().to_string());
        diagnostics.push(
            self.problem(
                Severity::Warning,
                Kind::AmbiguousAnchor,
                link.line,
                format!(
                    "anchor `#{fragment}` in link `{}`{place} is a heading of {other_file}, but the headings of {target_file} do not line up with its headings; the link goes to the top of the page",
                    link.dest
                ),
            )
            .with_hint(format!(
                "bring the translation up to date, or give the heading the same explicit {{#{fragment}}} in every language"
            )),
        );
        None
    }

    /// `id` is the heading that matched loosely, in the document `of` names (this link's
    /// target when empty): the id to write, which also reaches every translation.
    fn inexact(&self, fragment: &str, id: &str, of: &str, rule: &str, link: &LinkRef, place: &str) -> Diagnostic {
        self.problem(
            Severity::Warning,
            Kind::InexactAnchor,
            link.line,
            format!("anchor `#{fragment}` in link `{}`{place} matches the heading `#{id}`{of} only {rule}", link.dest),
        )
        .with_hint(format!("write `#{id}`"))
    }
}

/// The index of the heading of `doc` whose id is `id`.
fn heading_index(doc: &Doc, id: &str) -> Option<usize> {
    if !doc.outline.has_anchor(id) {
        return None;
    }
    doc.outline.headings.iter().position(|h| h.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_paths_resolve_and_stay_inside() {
        assert_eq!(join_content_path("playbooks", "../training/x.md").as_deref(), Some("training/x.md"));
        assert_eq!(join_content_path("", "./a/./b.md").as_deref(), Some("a/b.md"));
        assert_eq!(join_content_path("a", "../../x.md"), None);
        assert!(is_external("https://x.org") && is_external("mailto:a@b") && is_external("//cdn"));
        assert!(!is_external("x.md") && !is_external("../a/b.md"));
    }

    #[test]
    fn other_tools_ids() {
        assert_eq!(pandoc_id("1.0 Things you should know"), "things-you-should-know");
        assert_eq!(pandoc_id("Safety, first!"), "safety-first");
        assert_eq!(pandoc_id("2024"), "");
        assert_eq!(github_id("1.0 Things you should know"), "10-things-you-should-know");
        assert_eq!(github_id("What's new?  Now"), "whats-new--now");
        assert_eq!(github_id("Él está aquí"), "él-está-aquí");
    }
}
