//! Pure rendering: (`Site`, templates, UI strings) → [`Artifact`]s. Every page of every
//! language is rendered in parallel from prepared views; nothing here reads or writes files.

pub mod highlight;
pub mod html;
pub mod sitemap;
pub mod templates;
pub mod view;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::i18n::UiStrings;
use crate::model::contributors::Contributors;
use crate::model::{Doc, EntryId, Site};
use crate::output::Artifact;
use crate::urls::{LinkStyle, Linker, Route, permalink};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::sync::Arc;
use tera::{Context, Tera};
use view::*;

/// Escapes text for HTML body and attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Children of every section in every language, ordered by weight, then title, then key.
type Listings = BTreeMap<(String, EntryId), Vec<EntryId>>;

/// Renders the whole site: pages, 404 pages, sitemap, generated CSS, static files and assets.
pub fn render_site(
    site: &Site,
    templates: &BTreeMap<String, String>,
    strings: Arc<UiStrings>,
) -> Result<Vec<Artifact>, Diagnostics> {
    let tera = templates::engine(templates, strings).map_err(|d| Diagnostics::from_iter([d]))?;
    let listings = listings(site);
    let jobs: Vec<(&str, EntryId)> = site
        .config
        .languages
        .iter()
        .flat_map(|l| (0..site.entries.len()).map(move |e| (l.code.as_str(), e)))
        .collect();
    let renderer = Renderer {
        site,
        tera: &tera,
        listings: &listings,
    };
    let pages: Vec<Result<Artifact, Diagnostic>> = jobs
        .par_iter()
        .map(|&(lang, entry)| renderer.page(lang, entry))
        .collect();
    let not_found: Vec<Result<Artifact, Diagnostic>> = site
        .config
        .languages
        .iter()
        .map(|l| renderer.not_found(&l.code))
        .collect();
    let mut artifacts =
        Vec::with_capacity(pages.len() + site.static_files.len() + site.content_assets.len() + 8);
    let mut diagnostics = Diagnostics::default();
    for result in pages.into_iter().chain(not_found) {
        match result {
            Ok(artifact) => artifacts.push(artifact),
            Err(d) => diagnostics.push(d),
        }
    }
    if diagnostics.has_errors() {
        return Err(diagnostics);
    }
    artifacts.push(Artifact::new(
        Route::sitemap(),
        "(generated sitemap)",
        sitemap::sitemap(site).into_bytes(),
    ));
    artifacts.push(Artifact::new(
        Route::file(highlight::STYLESHEET_PATH),
        "(generated highlighting stylesheet)",
        highlight::stylesheet().into_bytes(),
    ));
    for asset in site.static_files.iter().chain(&site.content_assets) {
        artifacts.push(Artifact::new(
            Route::file(&asset.path),
            asset.origin.to_string_lossy(),
            asset.bytes.clone(),
        ));
    }
    Ok(artifacts)
}

fn listings(site: &Site) -> Listings {
    let sections: Vec<(String, EntryId)> = site
        .config
        .languages
        .iter()
        .flat_map(|l| {
            site.entries
                .iter()
                .enumerate()
                .filter(|(_, e)| e.is_section)
                .map(move |(id, _)| (l.code.clone(), id))
        })
        .collect();
    sections
        .into_par_iter()
        .map(|(lang, section)| {
            let mut children = site.entries[section].children.clone();
            children.sort_by_cached_key(|&child| {
                let (doc, _) = site.doc_for(child, &lang);
                (
                    doc.weight.unwrap_or(i64::MAX),
                    doc.title.to_lowercase(),
                    site.entries[child].key.clone(),
                )
            });
            ((lang, section), children)
        })
        .collect()
}

fn credits(ids: &[String], contributors: &Contributors) -> Vec<CreditView> {
    ids.iter()
        .filter_map(|id| contributors.get(id))
        .map(|c| {
            let credit = c.public_credit();
            CreditView {
                name: credit.display,
                url: credit.url,
            }
        })
        .collect()
}

fn toc(doc: &Doc) -> Vec<TocItem> {
    let mut items: Vec<TocItem> = Vec::new();
    for h in doc.outline.headings.iter().filter(|h| h.level >= 2) {
        let item = TocItem {
            id: h.id.clone(),
            title: h.text.clone(),
            level: h.level,
            children: Vec::new(),
        };
        match items.last_mut() {
            Some(parent) if h.level > parent.level => parent.children.push(item),
            _ => items.push(item),
        }
    }
    items
}

struct Renderer<'a> {
    site: &'a Site,
    tera: &'a Tera,
    listings: &'a Listings,
}

impl Renderer<'_> {
    fn language_view(&self, code: &str) -> LanguageView {
        self.site
            .config
            .language(code)
            .map(LanguageView::from)
            .expect("only configured languages are rendered")
    }

    fn site_view(&self, lang: &str) -> SiteView {
        let config = &self.site.config;
        let language = config.language(lang);
        SiteView {
            title: language
                .and_then(|l| l.title.clone())
                .unwrap_or_else(|| config.title.clone()),
            description: language
                .and_then(|l| l.description.clone())
                .or_else(|| config.description.clone()),
            base_url: config.base_url.clone(),
            languages: config.languages.iter().map(LanguageView::from).collect(),
        }
    }

    fn link_view(&self, entry: EntryId, lang: &str, linker: &Linker) -> LinkView {
        let (doc, is_fallback) = self.site.doc_for(entry, lang);
        LinkView {
            title: doc.title.clone(),
            href: linker.href(&self.site.route(entry, lang)),
            description: doc.description.clone(),
            kind: doc.kind.as_str(),
            date: doc.date.clone(),
            is_fallback,
            lang: doc.lang.clone(),
            is_section: self.site.entries[entry].is_section,
        }
    }

    fn site_links(&self, lang: &str, linker: &Linker) -> SiteLinks {
        SiteLinks {
            home: linker.href(&self.site.route(self.site.home(), lang)),
            stylesheet: linker.href(&Route::file("css/cairn.css")),
            highlight_stylesheet: linker.href(&Route::file(highlight::STYLESHEET_PATH)),
        }
    }

    fn page(&self, lang: &str, entry_id: EntryId) -> Result<Artifact, Diagnostic> {
        let site = self.site;
        let config = &site.config;
        let entry = &site.entries[entry_id];
        let route = site.route(entry_id, lang);
        let linker = Linker::new(
            route.clone(),
            LinkStyle::Relative {
                explicit_index: false,
            },
        );
        let (doc, is_fallback) = site.doc_for(entry_id, lang);
        let content_language = self.language_view(&doc.lang);

        let mut pages = Vec::new();
        let mut subsections = Vec::new();
        if entry.is_section {
            for &child in &self.listings[&(lang.to_string(), entry_id)] {
                let view = self.link_view(child, lang, &linker);
                if view.is_section {
                    subsections.push(view)
                } else {
                    pages.push(view)
                }
            }
        }
        let (prev, next) = match entry.parent {
            Some(parent) if !entry.is_section => {
                let siblings: Vec<EntryId> = self.listings[&(lang.to_string(), parent)]
                    .iter()
                    .copied()
                    .filter(|&s| !site.entries[s].is_section)
                    .collect();
                let position = siblings.iter().position(|&s| s == entry_id);
                let prev = position
                    .and_then(|p| p.checked_sub(1))
                    .map(|p| self.link_view(siblings[p], lang, &linker));
                let next = position
                    .and_then(|p| siblings.get(p + 1))
                    .map(|&s| self.link_view(s, lang, &linker));
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

        let translations = config
            .languages
            .iter()
            .map(|l| SwitcherItem {
                code: l.code.clone(),
                name: l.name.clone(),
                dir: l.dir,
                href: linker.href(&site.route(entry_id, &l.code)),
                current: l.code == lang,
                translated: entry.variants.contains_key(&l.code),
            })
            .collect();
        let mut alternates: Vec<Alternate> = config
            .languages
            .iter()
            .filter(|l| entry.variants.contains_key(&l.code))
            .map(|l| Alternate {
                hreflang: l.code.clone(),
                href: permalink(config, &site.route(entry_id, &l.code)),
            })
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
        let canonical = permalink(config, &site.route(entry_id, &doc.lang));

        let page = PageView {
            title: doc.title.clone(),
            description: doc.description.clone(),
            kind: doc.kind.as_str(),
            is_section: entry.is_section,
            content: html::render_body(doc, site, lang, &linker),
            toc: toc(doc),
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
            original_href: linker.href(&site.route(entry_id, &doc.lang)),
            authors: credits(&doc.authors, &site.contributors),
            translators: if is_fallback {
                Vec::new()
            } else {
                credits(&doc.translators, &site.contributors)
            },
            reviewers: credits(&doc.reviewers, &site.contributors),
            approved_by: credits(&doc.approved_by, &site.contributors),
            license: doc.license.clone(),
            source: doc.source.clone(),
            pages,
            subsections,
            permalink: permalink(config, &route),
        };
        let template = if entry_id == site.home() {
            "index.html".to_string()
        } else if entry.is_section {
            "section.html".to_string()
        } else {
            let by_kind = format!("{}.html", doc.kind.as_str());
            if self.tera.contains_template(&by_kind) {
                by_kind
            } else {
                "page.html".to_string()
            }
        };
        let context = PageContext {
            lang: lang.to_string(),
            language: self.language_view(lang),
            site: self.site_view(lang),
            page: Some(page),
            breadcrumbs,
            prev,
            next,
            translations,
            alternates,
            canonical: Some(canonical),
            links: self.site_links(lang, &linker),
        };
        let origin = doc.file.as_ref().map_or_else(
            || "(generated home page)".to_string(),
            |f| f.display().to_string(),
        );
        self.render(&template, &context, &route, &origin)
    }

    fn not_found(&self, lang: &str) -> Result<Artifact, Diagnostic> {
        let route = Route::not_found(&self.site.config, lang);
        let linker = Linker::new(route.clone(), LinkStyle::root_absolute(&self.site.config));
        let translations = self
            .site
            .config
            .languages
            .iter()
            .map(|l| SwitcherItem {
                code: l.code.clone(),
                name: l.name.clone(),
                dir: l.dir,
                href: linker.href(&self.site.route(self.site.home(), &l.code)),
                current: l.code == lang,
                translated: true,
            })
            .collect();
        let context = PageContext {
            lang: lang.to_string(),
            language: self.language_view(lang),
            site: self.site_view(lang),
            page: None,
            breadcrumbs: Vec::new(),
            prev: None,
            next: None,
            translations,
            alternates: Vec::new(),
            canonical: None,
            links: self.site_links(lang, &linker),
        };
        self.render("404.html", &context, &route, &format!("(404 page, {lang})"))
    }

    fn render(
        &self,
        template: &str,
        context: &PageContext,
        route: &Route,
        origin: &str,
    ) -> Result<Artifact, Diagnostic> {
        let tera_context = Context::from_serialize(context)
            .map_err(|e| templates::template_error(&e, Some(origin)))?;
        let html = self
            .tera
            .render(template, &tera_context)
            .map_err(|e| templates::template_error(&e, Some(origin)))?;
        Ok(Artifact::new(route.clone(), origin, html.into_bytes()))
    }
}
