//! The page of an entry in a language: its body, table of contents, listing, neighbours,
//! translations and credits, through the kind's template; paginated for long sections.

use super::view::*;
use super::{Renderer, credits, html, paginate};
use crate::diagnostics::Diagnostic;
use crate::model::translation_status;
use crate::model::{Doc, EntryId};
use crate::output::Artifact;
use crate::output::bundle::human_size;
use crate::urls::{Linker, Route, permalink};

pub(super) fn toc(doc: &Doc) -> Vec<TocItem> {
    let mut items: Vec<TocItem> = Vec::new();
    for h in doc.outline.headings.iter().filter(|h| h.level >= 2) {
        let item = TocItem { id: h.id.clone(), title: h.text.clone(), level: h.level, children: Vec::new() };
        match items.last_mut() {
            Some(parent) if h.level > parent.level => parent.children.push(item),
            _ => items.push(item),
        }
    }
    items
}

impl Renderer<'_> {
    /// The page of `entry_id` in `lang`: one file, or for a section listing more pages than
    /// `paginate_by`, one per page of its listing (`page/2/`, ...).
    pub(super) fn page(&self, lang: &str, entry_id: EntryId) -> Result<Vec<Artifact>, Diagnostic> {
        let pages = match self.site.entries[entry_id].is_section {
            true => {
                paginate::pages(self.listings[&(lang.to_string(), entry_id)].pages.len(), self.site.config.paginate_by)
            }
            false => std::iter::once(0..0).collect(),
        };
        let count = pages.len();
        pages
            .into_iter()
            .enumerate()
            .map(|(i, shown)| self.page_number(lang, entry_id, (i + 1, count), shown))
            .collect()
    }

    /// Page `number.0` of `number.1` of an entry's page, listing its pages in `shown` (a
    /// section's subsections, content and table of contents are on its first page only).
    pub(super) fn page_number(
        &self,
        lang: &str,
        entry_id: EntryId,
        number: (usize, usize),
        shown: std::ops::Range<usize>,
    ) -> Result<Artifact, Diagnostic> {
        let site = self.site;
        let config = &site.config;
        let entry = &site.entries[entry_id];
        let first = number.0 == 1;
        let base = site.route(entry_id, lang);
        let route = base.paginated(number.0);
        let linker = Linker::new(route.clone(), self.edition.link_style());
        let (doc, is_fallback) = site.doc_for(entry_id, lang);
        let content_language = self.language_view(&doc.lang);

        let mut pages = Vec::new();
        let mut subsections = Vec::new();
        if entry.is_section {
            let listing = &self.listings[&(lang.to_string(), entry_id)];
            pages = listing.pages[shown].iter().map(|&child| self.link_view(child, lang, &linker)).collect();
            if first {
                let children = listing.children.iter().filter(|&&c| site.entries[c].is_section);
                subsections = children.map(|&child| self.link_view(child, lang, &linker)).collect();
            }
        }
        let (prev, next) = match entry.parent {
            Some(parent) if !entry.is_section => {
                let listing = &self.listings[&(lang.to_string(), parent)];
                let siblings = &listing.pages;
                let position = listing.page_position.get(&entry_id).copied();
                let prev = position.and_then(|p| p.checked_sub(1)).map(|p| self.link_view(siblings[p], lang, &linker));
                let next = position.and_then(|p| siblings.get(p + 1)).map(|&s| self.link_view(s, lang, &linker));
                (prev, next)
            }
            _ => (None, None),
        };
        let mut breadcrumbs = Vec::new();
        let mut ancestor = entry.parent;
        while let Some(a) = ancestor {
            breadcrumbs.push(self.link_view(a, lang, &linker));
            ancestor = site.entries[a].parent;
        }
        breadcrumbs.reverse();

        let translations =
            self.switcher(lang, &linker, |code| site.route(entry_id, code), |code| entry.variants.contains_key(code));
        let mut alternates: Vec<Alternate> = config
            .languages
            .iter()
            .filter(|l| first && entry.variants.contains_key(&l.code))
            .map(|l| Alternate { hreflang: l.code.clone(), href: permalink(config, &site.route(entry_id, &l.code)) })
            .collect();
        if !alternates.is_empty() {
            let default = &site.docs[entry.original].lang;
            let default = if entry.variants.contains_key(&config.default_language().code) {
                &config.default_language().code
            } else {
                default
            };
            alternates.push(Alternate {
                hreflang: "x-default".into(),
                href: permalink(config, &site.route(entry_id, default)),
            });
        }
        let canonical = permalink(config, &site.route(entry_id, &doc.lang).paginated(number.0));
        let writer = credits::CreditWriter::new(site, self.strings, lang);
        let page_credits = crate::model::credits::page_credits(doc, is_fallback);
        let own_url = permalink(config, &route);
        let original = &site.docs[entry.original];
        let based_on = (!is_fallback && original.lang != doc.lang)
            .then(|| permalink(config, &site.route(entry_id, &original.lang)));

        let page = PageView {
            title: doc.title.clone(),
            description: doc.description.clone(),
            kind: doc.kind.as_str(),
            is_section: entry.is_section,
            content: match first {
                true => html::render_body(
                    doc,
                    lang,
                    &html::BodyWriter {
                        linker: &linker,
                        credits: &writer,
                        page_href: &|entry, shown| self.page_href(&linker, entry, shown),
                        allow_raw_html: config.unsafe_html,
                        images: html::Images {
                            pictures: self.edition.pictures.as_deref().unwrap_or(&site.pictures),
                            hosted: self
                                .edition
                                .text_only
                                .then_some(&|path: &str| permalink(config, &Route::file(path))),
                        },
                        highlighted: self.highlighted,
                    },
                ),
                false => String::new(),
            },
            toc: if first { toc(doc) } else { Vec::new() },
            date: doc.date.clone(),
            updated: doc.updated.clone(),
            tags: doc.tags.clone(),
            regions: doc.regions.clone(),
            extra: doc.extra.clone(),
            fields: doc.kind_fields.clone(),
            status: doc.status,
            lang: doc.lang.clone(),
            dir: content_language.dir,
            is_fallback,
            content_language,
            original_href: self.page_href(&linker, entry_id, &original.lang),
            original_language: self.language_view(&original.lang),
            outdated: !is_fallback
                && matches!(translation_status::state(site, entry_id, lang), translation_status::State::Outdated(_)),
            authors: writer.views(&page_credits.authors),
            translators: writer.views(&page_credits.translators),
            reviewers: writer.views(&page_credits.reviewers),
            approved_by: writer.views(&page_credits.approved_by),
            license: doc.license.clone(),
            source: doc.source.clone(),
            attribution: writer.attribution(&doc.title, &page_credits, &canonical, doc.license.as_ref()),
            json_ld: writer.json_ld(doc, &page_credits, &own_url, based_on.as_deref()),
            pages,
            subsections,
            permalink: own_url,
            handout: self.handouts.get(&(entry_id, lang.to_string())).map(|file| HandoutLink {
                href: linker.href(&Route::handout(&entry.key, lang)),
                size: human_size(file.bytes),
            }),
        };
        let template = if entry_id == site.home() {
            "index.html".to_string()
        } else if entry.is_section {
            "section.html".to_string()
        } else {
            let by_kind = format!("{}.html", doc.kind.as_str());
            if self.tera.contains_template(&by_kind) { by_kind } else { "page.html".to_string() }
        };
        let context = PageContext {
            page: Some(page),
            breadcrumbs,
            prev,
            next,
            translations,
            alternates,
            canonical: Some(canonical),
            pagination: paginate::pagination(&base, number.0, number.1, &linker),
            sidebar: self.navigation.sidebar(site, lang, &linker, entry_id),
            ..self.frame(lang, &linker, Some(entry_id))
        };
        let origin = doc.file.as_ref().map_or_else(|| "(generated home page)".to_string(), |f| f.display().to_string());
        self.render(&template, (lang, &context), &route, &origin)
    }
}
