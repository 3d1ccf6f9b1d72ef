//! Where every link and image of a document points: relative `.md` links and Zola-style
//! `@/` links resolve to the target page in the same language (or the language a `.fr.md`
//! names), anchors are checked against the target's headings, files against the handbook's
//! assets. Broken page links and anchors are errors, missing files warnings; each names
//! its file and line.

use super::{Doc, EntryId, Site};
use crate::diagnostics::Diagnostic;
use crate::load::classify_markdown_path;
use std::collections::{BTreeMap, BTreeSet};

/// The resolved destination of one link or image.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkTarget {
    /// A URL with a scheme (`https:`, `mailto:`) or `//host`: kept as written.
    External,
    /// A page of the handbook; `lang` when the link names a language explicitly.
    Page {
        /// Target entry.
        entry: EntryId,
        /// Explicit language (`page.fr.md`), else the linking page's language.
        lang: Option<String>,
        /// Checked heading anchor.
        fragment: Option<String>,
    },
    /// An anchor of the linking page itself.
    Fragment(String),
    /// A file of the output (asset or static file), by output-relative path.
    File {
        /// Output-relative path (a trailing `/` for a folder).
        path: String,
        /// Anchor, unchecked.
        fragment: Option<String>,
    },
    /// Not resolvable (already reported): kept as the author wrote it.
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

/// Resolves every link of `doc`.
pub fn resolve_links(site: &Site, index: &LinkIndex, doc: &Doc) -> (Vec<LinkTarget>, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let Some(file) = &doc.file else {
        return (Vec::new(), diagnostics);
    };
    let content_path = file.components().skip(1).map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
    let dir = content_path.rsplit_once('/').map_or("", |(d, _)| d);
    let targets = doc
        .outline
        .links
        .iter()
        .map(|link| {
            let error = |message: String| Diagnostic::error(message).in_file(file).at_line(link.line);
            let (path, fragment) = match link.dest.split_once('#') {
                Some((p, f)) => (p, Some(f.to_string())),
                None => (link.dest.as_str(), None),
            };
            if path.is_empty() {
                return match fragment {
                    Some(f) if doc.outline.has_anchor(&f) => LinkTarget::Fragment(f),
                    Some(f) => {
                        diagnostics.push(error(format!("broken anchor `#{f}`: no heading has this id on this page"))
                            .with_hint("check the heading's {#id}, or the id cairn derives from its text"));
                        LinkTarget::AsWritten
                    }
                    None => LinkTarget::AsWritten,
                };
            }
            if is_external(path) {
                return LinkTarget::External;
            }
            // `my%20page.md` names the file `my page.md`, as a browser would read it.
            let decoded = percent_encoding::percent_decode_str(path).decode_utf8_lossy();
            let path = decoded.as_ref();
            if path.ends_with(".md") {
                let target = match path.strip_prefix("@/") {
                    Some(rooted) => join_content_path("", rooted),
                    None if path.starts_with('/') => join_content_path("", path),
                    None => join_content_path(dir, path),
                };
                let Some(target) = target else {
                    diagnostics.push(error(format!("link `{}` points outside content/", link.dest)));
                    return LinkTarget::AsWritten;
                };
                let (key, _, lang) = classify_markdown_path(&target, &site.config);
                let Some(&entry) = index.entries.get(&key) else {
                    let message = if index.excluded.contains(&key) {
                        format!("link to `{}`, which is a draft or left out of this build", link.dest)
                    } else {
                        format!("broken link `{}`: no page content/{target}", link.dest)
                    };
                    diagnostics.push(error(message).with_hint("fix the path (it is relative to this file; `@/` starts at content/), or publish the target"));
                    return LinkTarget::AsWritten;
                };
                if let Some(f) = &fragment {
                    let shown_lang = lang.as_deref().unwrap_or(&doc.lang);
                    let (target_doc, _) = site.doc_for(entry, shown_lang);
                    if !target_doc.outline.has_anchor(f) {
                        diagnostics.push(error(format!("broken anchor `#{f}` in link `{}`", link.dest)).with_hint(format!(
                            "no heading of {} has this id; give the heading an explicit {{#{f}}} in every language",
                            target_doc.file.as_ref().map_or("the target".to_string(), |p| p.display().to_string())
                        )));
                    }
                }
                return LinkTarget::Page { entry, lang, fragment };
            }
            let output_path = match path.strip_prefix('/') {
                Some(rooted) => Some(rooted.to_string()),
                None => join_content_path(dir, path),
            };
            match output_path {
                Some(p) if index.files.contains(&p) || p.ends_with('/') || p.is_empty() => LinkTarget::File { path: p, fragment },
                Some(p) => {
                    let what = if link.is_image { "image" } else { "file" };
                    diagnostics.push(
                        Diagnostic::warning(format!("missing {what} `{}`", link.dest))
                            .in_file(file)
                            .at_line(link.line)
                            .with_hint("put the file beside the page (page bundle) or under static/, or fix the path; --strict makes this an error"),
                    );
                    LinkTarget::File { path: p, fragment }
                }
                None => {
                    diagnostics.push(error(format!("link `{}` points outside the handbook", link.dest)));
                    LinkTarget::AsWritten
                }
            }
        })
        .collect();
    (targets, diagnostics)
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
}
