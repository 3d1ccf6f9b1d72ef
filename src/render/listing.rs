//! Listings: the children of each section in each language, in the order the site shows
//! them (sections' pages, previous/next links), computed once per render.

use crate::model::{EntryId, Site};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The children of one section in one language, in [`Site::children_in_order`].
pub(crate) struct Listing {
    /// Pages and subsections.
    pub(super) children: Vec<EntryId>,
    /// Pages only, for previous/next links.
    pub(crate) pages: Vec<EntryId>,
    /// Where each page stands in `pages`, so previous/next costs no scan.
    pub(super) page_position: HashMap<EntryId, usize>,
}

pub(super) type Listings = BTreeMap<(String, EntryId), Listing>;

pub(super) fn listings(site: &Site) -> Listings {
    let sections: Vec<(String, EntryId)> = site
        .config
        .languages
        .iter()
        .flat_map(|l| {
            site.entries.iter().enumerate().filter(|(_, e)| e.is_section).map(move |(id, _)| (l.code.clone(), id))
        })
        .collect();
    listings_of(site, sections)
}

/// The listings `pages` show: their own, if sections, and their section's (previous/next).
pub(super) fn listings_shown_on(site: &Site, pages: &BTreeSet<(String, EntryId)>) -> Listings {
    let mut wanted = BTreeSet::new();
    for (lang, id) in pages {
        let entry = &site.entries[*id];
        wanted.extend(entry.parent.map(|p| (lang.clone(), p)));
        if entry.is_section {
            wanted.insert((lang.clone(), *id));
        }
    }
    listings_of(site, wanted.into_iter().collect())
}

fn listings_of(site: &Site, sections: Vec<(String, EntryId)>) -> Listings {
    sections
        .into_par_iter()
        .map(|(lang, section)| {
            let listing = listing(site, section, &lang);
            ((lang, section), listing)
        })
        .collect()
}

/// The listing of `section` in `lang`.
pub(crate) fn listing(site: &Site, section: EntryId, lang: &str) -> Listing {
    let children = site.children_in_order(section, lang);
    let pages: Vec<EntryId> = children.iter().copied().filter(|&c| !site.entries[c].is_section).collect();
    let page_position = pages.iter().enumerate().map(|(i, &p)| (p, i)).collect();
    Listing { children, pages, page_position }
}
