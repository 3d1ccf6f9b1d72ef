//! Site navigation: the menu of top-level sections and the sidebar tree of the current
//! top-level section. Both are built once per language, with hrefs from the site root
//! ([`Linker::path_from_root`]); a page then only writes its own way to the root before each href
//! and marks itself and its ancestors. A sidebar thus costs string writes proportional to
//! its size, with no template work. It lists pages only in the sections on the way to the
//! current page, and a window of them in large sections, so a page of a 2,000-page
//! section stays small.

use super::escape::escape_html;
use super::view::MenuItem;
use crate::i18n::UiStrings;
use crate::model::{EntryId, Site};
use crate::urls::Linker;
use rayon::prelude::*;
use std::collections::HashMap;
use std::fmt::Write;

/// Sections listing more pages than this show a window of them in the sidebar.
const WINDOW_ABOVE: usize = 30;
/// How many pages a window shows on each side of the current page.
const WINDOW_HALF: usize = 10;

/// One entry of a sidebar tree, with its title already escaped.
struct Node {
    entry: EntryId,
    /// Href after the page's root prefix.
    from_root: String,
    /// Escaped title.
    title: String,
    /// The original's language, for an untranslated entry.
    fallback_lang: Option<String>,
    /// Subsections, in listing order (sections only).
    subsections: Vec<Node>,
    /// Pages, in listing order (sections only).
    pages: Vec<Node>,
    /// "N pages" linking to the section, shown under a window of a large section.
    all_pages: String,
}

/// A top-level section in a language's menu.
struct MenuEntry {
    entry: EntryId,
    title: String,
    /// Href after the page's root prefix.
    from_root: String,
    /// The original's language, when untranslated.
    fallback_lang: Option<String>,
}

/// The navigation of one edition: menus and sidebar trees, per language.
pub(crate) struct Navigation {
    /// Top-level sections per language, in listing order.
    menus: HashMap<String, Vec<MenuEntry>>,
    trees: HashMap<(String, EntryId), Node>,
}

impl Navigation {
    /// Builds the navigation of `languages`, with hrefs as `linker` (any page of the edition)
    /// writes them from the root.
    pub(crate) fn build(site: &Site, strings: &UiStrings, languages: &[String], linker: &Linker) -> Navigation {
        let menus = languages
            .iter()
            .map(|lang| {
                let items = super::listing(site, site.home(), lang)
                    .children
                    .into_iter()
                    .filter(|&e| site.entries[e].is_section)
                    .map(|e| {
                        let (doc, fallback) = site.doc_for(e, lang);
                        MenuEntry {
                            entry: e,
                            title: doc.title.clone(),
                            from_root: linker.path_from_root(&site.route(e, lang)),
                            fallback_lang: fallback.then(|| doc.lang.clone()),
                        }
                    })
                    .collect();
                (lang.clone(), items)
            })
            .collect();
        let tops = top_sections(site);
        let jobs: Vec<(&String, EntryId)> = languages.iter().flat_map(|l| tops.iter().map(move |&e| (l, e))).collect();
        let trees = jobs
            .into_par_iter()
            .map(|(lang, top)| ((lang.clone(), top), node(site, strings, linker, top, lang)))
            .collect();
        Navigation { menus, trees }
    }

    /// The site menu as seen from `current` (`None` on generated pages) in `lang`.
    pub(crate) fn menu(&self, site: &Site, lang: &str, linker: &Linker, current: Option<EntryId>) -> Vec<MenuItem> {
        let top = current.and_then(|c| top_section(site, c));
        let prefix = linker.root_prefix();
        self.menus
            .get(lang)
            .map(|items| {
                items
                    .iter()
                    .map(|item| MenuItem {
                        title: item.title.clone(),
                        href: href(&prefix, &item.from_root),
                        lang: item.fallback_lang.clone(),
                        current: current == Some(item.entry),
                        active: top == Some(item.entry),
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The sidebar HTML of `current` in `lang`: its top-level section's tree, or nothing for
    /// the home page and pages outside sections.
    pub(crate) fn sidebar(&self, site: &Site, lang: &str, linker: &Linker, current: EntryId) -> Option<String> {
        let top = top_section(site, current)?;
        let tree = self.trees.get(&(lang.to_string(), top))?;
        let mut path = Vec::new();
        let mut at = Some(current);
        while let Some(e) = at {
            path.push(e);
            at = site.entries[e].parent;
        }
        let mut out = String::with_capacity(4096);
        let prefix = linker.root_prefix();
        let writer = TreeWriter { prefix: &prefix, current, path: &path };
        out.push_str("<p class=\"sidebar-title\">");
        writer.link(&mut out, tree);
        out.push_str("</p>\n");
        writer.children(&mut out, tree, false);
        Some(out)
    }
}

/// The children of home that are sections.
fn top_sections(site: &Site) -> Vec<EntryId> {
    site.entries[site.home()].children.iter().copied().filter(|&c| site.entries[c].is_section).collect()
}

/// The top-level section `entry` belongs to (itself, for a top-level section).
pub(crate) fn top_section(site: &Site, entry: EntryId) -> Option<EntryId> {
    let mut at = entry;
    loop {
        let parent = site.entries[at].parent?;
        if parent == site.home() {
            return site.entries[at].is_section.then_some(at);
        }
        at = parent;
    }
}

fn href(prefix: &str, from_root: &str) -> String {
    let href = format!("{prefix}{from_root}");
    if href.is_empty() { "./".to_string() } else { href }
}

fn node(site: &Site, strings: &UiStrings, linker: &Linker, entry: EntryId, lang: &str) -> Node {
    let (doc, fallback) = site.doc_for(entry, lang);
    let mut built = Node {
        entry,
        from_root: linker.path_from_root(&site.route(entry, lang)),
        title: escape_html(&doc.title),
        fallback_lang: fallback.then(|| escape_html(&doc.lang)),
        subsections: Vec::new(),
        pages: Vec::new(),
        all_pages: String::new(),
    };
    if site.entries[entry].is_section {
        for child in super::listing(site, entry, lang).children {
            let child_node = node(site, strings, linker, child, lang);
            if site.entries[child].is_section {
                built.subsections.push(child_node)
            } else {
                built.pages.push(child_node)
            }
        }
        let count = built.pages.len() as i64;
        built.all_pages =
            escape_html(&strings.get(lang, "pages_in_section", Some(count), &[]).unwrap_or_else(|| count.to_string()));
    }
    built
}

/// Writes a tree as seen from one page.
struct TreeWriter<'a> {
    prefix: &'a str,
    current: EntryId,
    /// The current entry and its ancestors.
    path: &'a [EntryId],
}

impl TreeWriter<'_> {
    /// A sidebar has hundreds of links, and each page its own sidebar: written piece by
    /// piece rather than through `write!`'s formatting machinery.
    fn link(&self, out: &mut String, node: &Node) {
        for piece in ["<a href=\"", self.prefix, &node.from_root, "\""] {
            out.push_str(piece);
        }
        if node.entry == self.current {
            out.push_str(" aria-current=\"page\"");
        }
        if let Some(lang) = &node.fallback_lang {
            for piece in [" lang=\"", lang, "\""] {
                out.push_str(piece);
            }
        }
        for piece in [">", &node.title, "</a>"] {
            out.push_str(piece);
        }
    }

    /// The pages and subsections of a section, as a list; `with_section` first links to the
    /// section itself (its title is otherwise only a `<summary>`).
    fn children(&self, out: &mut String, section: &Node, with_section: bool) {
        out.push_str("<ul>\n");
        if with_section {
            out.push_str("<li>");
            self.link(out, section);
            out.push_str("</li>\n");
        }
        // Pages show along the way to the current page only: elsewhere a subsection offers
        // its link and its own subsections, so a sidebar grows with the depth and breadth
        // of the section tree, not with every page in it.
        let pages = if self.path.contains(&section.entry) { section.pages.as_slice() } else { &[] };
        let shown = if pages.len() > WINDOW_ABOVE {
            let at = pages.iter().position(|p| p.entry == self.current).unwrap_or(0);
            let start = at.saturating_sub(WINDOW_HALF);
            start..(start + 2 * WINDOW_HALF + 1).min(pages.len())
        } else {
            0..pages.len()
        };
        let windowed = shown.len() < pages.len();
        for page in &pages[shown] {
            out.push_str("<li>");
            self.link(out, page);
            out.push_str("</li>\n");
        }
        if windowed {
            let _ = writeln!(
                out,
                "<li class=\"all-pages\"><a href=\"{}{}\">{}</a></li>",
                self.prefix, section.from_root, section.all_pages
            );
        }
        for sub in &section.subsections {
            let open = if self.path.contains(&sub.entry) { " open" } else { "" };
            out.push_str("<li><details");
            out.push_str(open);
            out.push_str("><summary");
            if let Some(lang) = &sub.fallback_lang {
                let _ = write!(out, " lang=\"{lang}\"");
            }
            let _ = writeln!(out, ">{}</summary>", sub.title);
            self.children(out, sub, true);
            out.push_str("</details></li>\n");
        }
        out.push_str("</ul>\n");
    }
}
