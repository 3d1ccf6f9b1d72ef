//! Incremental selection: which outputs an edit affects. The engine compares the site before
//! and after an edit and names the pages, handouts, generated pages and search indexes that
//! would come out different; everything else of the last build is kept. Renderers only read
//! a [`Selection`] as their work order.

use crate::load::document::Kind;
use crate::model::translation_status;
use crate::model::{Doc, DocId, EntryId, Site};
use crate::render::{Edition, listing, nav};
use std::collections::{BTreeMap, BTreeSet};

/// Which outputs of an edition to render: all of them, or what an edit affected.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    /// Everything: every page, generated page, and site-wide file.
    pub everything: bool,
    /// Pages to render, by language and entry.
    pub pages: BTreeSet<(String, EntryId)>,
    /// Entries whose documents changed (their handouts are made again).
    pub entries: BTreeSet<EntryId>,
    /// Languages whose search index changed.
    pub search: BTreeSet<String>,
    /// The pages cairn generates from every document's credits and dates: 404, search and
    /// contributors pages, `credits.json`, the sitemap.
    pub generated: bool,
    /// The translation status pages.
    pub translation_status: bool,
}

impl Selection {
    /// Every output.
    pub fn everything() -> Selection {
        Selection { everything: true, ..Selection::default() }
    }

    /// The part that shows a change where it was made: pages and handouts.
    pub fn pages_part(&self) -> Selection {
        Selection { search: BTreeSet::new(), generated: false, translation_status: false, ..self.clone() }
    }

    /// The part that gathers every document: generated pages and search indexes.
    pub fn gathered_part(&self) -> Selection {
        Selection { pages: BTreeSet::new(), entries: BTreeSet::new(), ..self.clone() }
    }
}

/// Whether two resolutions of a handbook differ only in their documents: same configuration,
/// contributors, files and tree of entries.
pub fn same_frame(old: &Site, new: &Site) -> bool {
    old.entries == new.entries
        && old.docs.len() == new.docs.len()
        && old.config == new.config
        && old.contributors == new.contributors
        && old.static_files == new.static_files
        && old.content_assets == new.content_assets
}

/// What the outputs around an entry show of it, in one language: its listing line (also
/// breadcrumbs, previous/next links) and the order of its section's listing.
#[derive(PartialEq)]
struct Surroundings {
    listed: (String, Option<String>, Kind, Option<String>, String, Option<i64>, bool),
    order: Vec<EntryId>,
}

/// What generated pages show of an entry: titles, credits, dates, licences, credited
/// headings.
fn generated_key(site: &Site, entry: EntryId) -> Vec<impl PartialEq + use<>> {
    site.entries[entry]
        .variants
        .values()
        .map(|&id| {
            let d = &site.docs[id];
            let headings: Vec<_> =
                d.outline.headings.iter().map(|h| (h.level, h.text.clone(), h.id.clone(), h.credits.clone())).collect();
            let people = [&d.authors, &d.translators, &d.reviewers, &d.approved_by].map(Clone::clone);
            let dates = (d.date.clone(), d.updated.clone());
            let about = (d.title.clone(), d.description.clone(), d.kind, d.weight, d.lang.clone(), d.status);
            (about, dates, people, d.license.clone(), d.source.clone(), headings)
        })
        .collect()
}

/// What translation status pages show of an entry beyond its [`generated_key`]: its state
/// in each language, its size.
fn status_key(site: &Site, entry: EntryId) -> (Vec<translation_status::State>, usize) {
    let states = site.config.languages.iter().map(|l| translation_status::state(site, entry, &l.code)).collect();
    (states, site.docs[site.entries[entry].original].outline.words)
}

/// The outputs of `edition` that differ after the documents `before` (by id, as they were)
/// were replaced by those now in `site`, whose frame (see [`same_frame`]) is unchanged. A
/// page shows its entry in every language (switcher, original, outdated state) and the
/// listing line of the entries around it (listing, breadcrumbs, previous/next), so an entry
/// whose documents changed takes along the pages that show it. `site` is borrowed mutably
/// only to look at it as it was; it is returned as it came.
pub fn affected(site: &mut Site, mut before: Vec<(DocId, Doc)>, edition: &Edition) -> Selection {
    let changed: BTreeSet<EntryId> = before.iter().map(|(id, _)| site.docs[*id].entry).collect();
    let changed_docs: BTreeSet<DocId> = before.iter().map(|(id, _)| *id).collect();
    let observe = |site: &Site| {
        let surroundings: BTreeMap<(String, EntryId), Surroundings> = edition
            .languages
            .iter()
            .flat_map(|lang| changed.iter().map(move |&entry| (lang, entry)))
            .map(|(lang, entry)| {
                let (doc, is_fallback) = site.doc_for(entry, lang);
                let listed = (
                    doc.title.clone(),
                    doc.description.clone(),
                    doc.kind,
                    doc.date.clone(),
                    doc.lang.clone(),
                    doc.weight,
                    is_fallback,
                );
                let order = site.entries[entry].parent.map(|p| listing(site, p, lang).pages).unwrap_or_default();
                ((lang.clone(), entry), Surroundings { listed, order })
            })
            .collect();
        let generated: Vec<_> = changed.iter().map(|&e| generated_key(site, e)).collect();
        let status: Vec<_> = changed.iter().map(|&e| status_key(site, e)).collect();
        (surroundings, generated, status)
    };
    let now = observe(site);
    let swap = |site: &mut Site, before: &mut Vec<(DocId, Doc)>| {
        for (id, doc) in before.iter_mut() {
            std::mem::swap(&mut site.docs[*id], doc);
        }
    };
    swap(site, &mut before);
    let then = observe(site);
    swap(site, &mut before);

    let mut selection = Selection {
        generated: now.1 != then.1,
        // Status pages also list titles, ordered by weight.
        translation_status: now.2 != then.2 || now.1 != then.1,
        entries: changed.clone(),
        ..Selection::default()
    };
    for lang in &edition.languages {
        for &entry in &changed {
            selection.pages.insert((lang.clone(), entry));
            let shown = site.entries[entry].variants.get(lang).copied().unwrap_or(site.entries[entry].original);
            if changed_docs.contains(&shown) {
                selection.search.insert(lang.clone());
            }
            let key = (lang.clone(), entry);
            let (was, is) = (&then.0[&key], &now.0[&key]);
            if was == is {
                continue;
            }
            let mut shown_by = BTreeSet::new();
            if let Some(parent) = site.entries[entry].parent {
                shown_by.insert(parent);
                if was.order != is.order {
                    shown_by.extend(&is.order);
                } else if let Some(at) = is.order.iter().position(|&e| e == entry) {
                    shown_by.extend(at.checked_sub(1).map(|p| is.order[p]));
                    shown_by.extend(is.order.get(at + 1));
                }
            }
            if site.entries[entry].is_section {
                shown_by.extend(site.descendants(entry, lang));
            }
            // Sidebars show the whole top-level section; menus every top-level section, on
            // every page.
            match nav::top_section(site, entry) {
                Some(top) if top == entry => {
                    shown_by.extend(0..site.entries.len());
                    selection.generated = true;
                    selection.translation_status = true;
                }
                Some(top) => shown_by.extend(site.descendants(top, lang)),
                None => {}
            }
            selection.pages.extend(shown_by.into_iter().map(|e| (lang.clone(), e)));
        }
    }
    selection
}
