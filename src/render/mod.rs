//! Pure rendering: (`Site`, templates, UI strings) → [`Artifact`]s. Every page of every
//! language is rendered in parallel from prepared views; nothing here reads or writes files.

pub mod credits;
mod escape;
pub(crate) mod highlight;
pub mod html;
pub(crate) mod nav;
pub(crate) mod offline;
mod paginate;
pub mod print;
pub(crate) mod privacy;
pub(crate) mod sanitize;
pub(crate) mod sitemap;
pub(crate) mod templates;
pub(crate) mod view;

use crate::build::Selection;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::i18n::UiStrings;
use crate::memo::Memo;
use crate::model::translation_status::{self, LanguageStatus};
use crate::model::{Doc, EntryId, Site};
use crate::output::Artifact;
use crate::urls::{LinkStyle, Linker, Route, permalink};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;
use tera::{Context, Tera};
use view::*;

/// A file size for readers deciding whether to download: "240 KB", "1.2 MB".
fn human_size(bytes: u64) -> String {
    match bytes {
        0..1024 => format!("{bytes} B"),
        1024..1_048_576 => format!("{} KB", (bytes + 512) / 1024),
        _ => format!("{:.1} MB", bytes as f64 / 1_048_576.0),
    }
}

/// The UI strings the search script needs in `lang`, as JSON.
fn search_strings(strings: &UiStrings, lang: &str) -> String {
    let text = |key: &str| strings.get(lang, key, None, &[]).unwrap_or_default();
    serde_json::json!({
        "results": strings.forms(lang, "search_results"),
        "more": strings.forms(lang, "search_more"),
        "none": text("search_none"),
        "untranslated": text("not_translated_short"),
        "unavailable": text("search_unavailable"),
    })
    .to_string()
}

/// The children of one section in one language, in [`Site::children_in_order`].
pub(crate) struct Listing {
    /// Pages and subsections.
    children: Vec<EntryId>,
    /// Pages only, for previous/next links.
    pub(crate) pages: Vec<EntryId>,
    /// Where each page stands in `pages`, so previous/next costs no scan.
    page_position: HashMap<EntryId, usize>,
}

type Listings = BTreeMap<(String, EntryId), Listing>;

/// Which languages an output holds, and whether it is read offline (`file://`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edition {
    /// Languages rendered, in configuration order.
    pub languages: Vec<String>,
    /// Offline copies link to `dir/index.html` explicitly, have no sitemap, and send links
    /// to languages they do not hold to the hosted site.
    pub offline: bool,
    /// Pictures are left out: each Markdown image becomes its alt text in a visible box
    /// linking to the image on the hosted site (the `text` bundle edition).
    pub text_only: bool,
    /// Pictures shown instead of the site's own (the `compact` bundle edition's copies).
    pub pictures: Option<Arc<BTreeMap<String, crate::model::pictures::Picture>>>,
}

impl Edition {
    /// The hosted website: every language.
    pub fn hosted(site: &Site) -> Edition {
        Edition {
            languages: site.config.languages.iter().map(|l| l.code.clone()).collect(),
            offline: false,
            text_only: false,
            pictures: None,
        }
    }

    /// An offline copy of `languages`.
    pub fn offline(site: &Site, languages: &[String]) -> Edition {
        let languages =
            site.config.languages.iter().map(|l| l.code.clone()).filter(|c| languages.contains(c)).collect();
        Edition { languages, offline: true, text_only: false, pictures: None }
    }

    /// Whether the edition holds `lang`.
    pub fn has(&self, lang: &str) -> bool {
        self.languages.iter().any(|l| l == lang)
    }

    fn link_style(&self) -> LinkStyle {
        LinkStyle::Relative { explicit_index: self.offline }
    }
}

/// The pages and files cairn generates in each language.
#[derive(Debug, Clone, Copy)]
enum Generated {
    NotFound,
    Contributors,
    TranslationStatus,
    SearchPage,
    CreditsJson,
    Verify,
}

/// The lists of the translation status of a language, by the name their pages go by.
const STATUS_LISTS: [&str; 3] = ["outdated", "missing", "unchecked"];

/// How many entries of each list the translation status page shows at most; longer lists
/// link to their complete, paginated pages. Bounds the page at about 8 KB per language.
const STATUS_PREVIEW: usize = 10;

/// How many entries of each list the status page shows: [`STATUS_PREVIEW`], or fewer when
/// listings hold fewer items a page.
fn status_preview(paginate_by: usize) -> usize {
    if paginate_by == 0 { STATUS_PREVIEW } else { STATUS_PREVIEW.min(paginate_by) }
}

/// The list of `language`'s status named `list` (one of [`STATUS_LISTS`]).
fn status_list<'s>(language: &'s mut LanguageStatus, list: &str) -> &'s mut Vec<translation_status::PageRef> {
    match list {
        "outdated" => &mut language.outdated_pages,
        "missing" => &mut language.missing_pages,
        _ => &mut language.unchecked_pages,
    }
}

/// The list of `language`'s status named `list`, to read.
fn status_pages<'s>(language: &'s LanguageStatus, list: &str) -> &'s [translation_status::PageRef] {
    match list {
        "outdated" => &language.outdated_pages,
        "missing" => &language.missing_pages,
        _ => &language.unchecked_pages,
    }
}

/// `language`'s status showing only `shown` of each of its lists (by name), so a page
/// copies what it shows, not every list of the handbook.
fn status_showing(language: &LanguageStatus, shown: impl Fn(&str) -> std::ops::Range<usize>) -> LanguageStatus {
    let mut copy = LanguageStatus {
        lang: language.lang.clone(),
        name: language.name.clone(),
        to_translate: language.to_translate.clone(),
        translated: language.translated.clone(),
        outdated: language.outdated.clone(),
        unchecked: language.unchecked.clone(),
        missing: language.missing.clone(),
        outdated_pages: Vec::new(),
        unchecked_pages: Vec::new(),
        missing_pages: Vec::new(),
        missing_ui_strings: language.missing_ui_strings.clone(),
        full_lists: language.full_lists.clone(),
    };
    for list in STATUS_LISTS {
        let pages = status_pages(language, list);
        let range = shown(list);
        *status_list(&mut copy, list) = pages[range.start.min(pages.len())..range.end.min(pages.len())].to_vec();
    }
    copy
}

/// A handout typeset with the site, as pages and the verify page describe it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HandoutFile {
    /// Its size.
    pub bytes: u64,
    /// Its SHA-256, in hex.
    pub sha256: String,
}

/// The handouts of a build, by entry and language.
pub type HandoutFiles = BTreeMap<(EntryId, String), HandoutFile>;

/// The handbook's signing keys as the verify page shows them; keys were checked when
/// `cairn.toml` was read.
fn signing_view(config: &crate::config::Config) -> Option<view::SigningView> {
    let id = |key: &str| crate::output::signing::key_id(key).unwrap_or_default();
    let public_key = config.signing.public_key.clone()?;
    let previous_keys = config
        .signing
        .previous_keys
        .iter()
        .map(|k| view::PreviousKeyView { public_key: k.key.clone(), key_id: id(&k.key), until: k.until.clone() })
        .collect();
    Some(view::SigningView { key_id: id(&public_key), public_key, previous_keys, handouts: Vec::new() })
}

/// Renders what `selection` names of an edition of the site with a theme (templates, UI
/// strings), handing each file to `emit` as soon as it is made (from the rendering
/// threads), so the output need not be held whole. On failure, what was emitted is
/// incomplete.
pub(crate) fn render_selected(
    site: &Site,
    (templates, strings): (&BTreeMap<String, String>, Arc<UiStrings>),
    edition: &Edition,
    handouts: &HandoutFiles,
    selection: &Selection,
    highlighted: &Memo<Arc<str>>,
    emit: &(dyn Fn(Artifact) + Sync),
) -> Result<(), Diagnostics> {
    let tera = templates::engine(templates, strings.clone()).map_err(|d| Diagnostics::from_iter([d]))?;
    let listings = if selection.everything { listings(site) } else { listings_shown_on(site, &selection.pages) };
    let jobs: Vec<(&str, EntryId)> = if selection.everything {
        edition.languages.iter().flat_map(|l| (0..site.entries.len()).map(move |e| (l.as_str(), e))).collect()
    } else {
        selection.pages.iter().map(|(l, e)| (l.as_str(), *e)).collect()
    };
    let generated = selection.everything || selection.generated;
    let with_status = selection.everything || selection.translation_status;
    let mut status = if with_status { translation_status::report(site, &strings, None) } else { Vec::new() };
    status.retain(|s| edition.has(&s.lang));
    let search_strings =
        site.config.languages.iter().map(|l| (l.code.clone(), search_strings(&strings, &l.code))).collect();
    let navigation =
        nav::Navigation::build(site, &strings, &edition.languages, &Linker::new(Route::file(""), edition.link_style()));
    let renderer = Renderer {
        site,
        tera: &tera,
        navigation: &navigation,
        listings: &listings,
        strings: &strings,
        status: &status,
        search_strings: &search_strings,
        edition,
        handouts,
        highlighted,
    };
    // Errors are gathered; files go to `emit` as they are made.
    let emitted = |result: Result<Artifact, Diagnostic>| match result {
        Ok(artifact) => {
            emit(artifact);
            None
        }
        Err(d) => Some(d),
    };
    let mut diagnostics: Diagnostics = jobs
        .par_iter()
        .flat_map_iter(|&(lang, entry)| match renderer.page(lang, entry) {
            Ok(artifacts) => artifacts.into_iter().map(Ok).collect(),
            Err(d) => vec![Err(d)],
        })
        .filter_map(emitted)
        .collect::<Vec<_>>()
        .into_iter()
        .collect();
    let kinds = [Generated::NotFound, Generated::Contributors, Generated::SearchPage, Generated::CreditsJson];
    let wanted: Vec<(&str, Generated)> = edition
        .languages
        .iter()
        .flat_map(|lang| {
            let signed = site.config.signing.public_key.is_some();
            let verify = std::iter::once(Generated::Verify).filter(move |_| generated && signed);
            let gathered = kinds.into_iter().filter(|_| generated).chain(verify);
            let status = std::iter::once(Generated::TranslationStatus).filter(|_| with_status);
            gathered.chain(status).map(move |kind| (lang.as_str(), kind))
        })
        .collect();
    let per_language: Vec<Diagnostic> = wanted
        .par_iter()
        .flat_map_iter(|&(lang, kind)| match kind {
            Generated::NotFound => vec![renderer.not_found(lang)],
            Generated::Contributors => renderer.contributors(lang),
            Generated::TranslationStatus => renderer.translation_status(lang),
            Generated::SearchPage => vec![renderer.search_page(lang)],
            Generated::CreditsJson => vec![Ok(renderer.credits_json(lang))],
            Generated::Verify => vec![renderer.verify_page(lang)],
        })
        .filter_map(emitted)
        .collect();
    diagnostics.extend(per_language.into_iter().collect());
    if diagnostics.has_errors() {
        return Err(diagnostics);
    }
    if !edition.offline && generated {
        emit(Artifact::new(Route::sitemap(), "(generated sitemap)", sitemap::sitemap(site).into_bytes()));
    }
    if !selection.everything {
        return Ok(());
    }
    emit(Artifact::new(
        Route::file(highlight::STYLESHEET_PATH),
        "(generated highlighting stylesheet)",
        highlight::stylesheet().into_bytes(),
    ));
    for asset in site.static_files.iter().chain(&site.content_assets) {
        emit(Artifact::new(Route::file(&asset.path), asset.origin.to_string_lossy(), asset.bytes.clone()));
    }
    Ok(())
}

fn listings(site: &Site) -> Listings {
    let sections: Vec<(String, EntryId)> = site
        .config
        .languages
        .iter()
        .flat_map(|l| {
            site.entries.iter().enumerate().filter(|(_, e)| e.is_section).map(move |(id, _)| (l.code.clone(), id))
        })
        .collect();
    sections
        .into_par_iter()
        .map(|(lang, section)| {
            let listing = listing(site, section, &lang);
            ((lang, section), listing)
        })
        .collect()
}

/// The listings `pages` show: their own, if sections, and their section's (previous/next).
fn listings_shown_on(site: &Site, pages: &BTreeSet<(String, EntryId)>) -> Listings {
    let mut wanted = BTreeSet::new();
    for (lang, id) in pages {
        let entry = &site.entries[*id];
        wanted.extend(entry.parent.map(|p| (lang.clone(), p)));
        if entry.is_section {
            wanted.insert((lang.clone(), *id));
        }
    }
    wanted
        .into_iter()
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

fn toc(doc: &Doc) -> Vec<TocItem> {
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

struct Renderer<'a> {
    site: &'a Site,
    tera: &'a Tera,
    navigation: &'a nav::Navigation,
    listings: &'a Listings,
    strings: &'a UiStrings,
    status: &'a [LanguageStatus],
    search_strings: &'a BTreeMap<String, String>,
    edition: &'a Edition,
    handouts: &'a HandoutFiles,
    highlighted: &'a Memo<Arc<str>>,
}

impl Renderer<'_> {
    fn language_view(&self, code: &str) -> LanguageView {
        self.site.config.language(code).map(LanguageView::from).expect("only configured languages are rendered")
    }

    fn site_view(&self, lang: &str) -> SiteView {
        let config = &self.site.config;
        let language = config.language(lang);
        SiteView {
            title: language.and_then(|l| l.title.clone()).unwrap_or_else(|| config.title.clone()),
            description: language.and_then(|l| l.description.clone()).or_else(|| config.description.clone()),
            base_url: config.base_url.clone(),
            languages: config.languages.iter().map(LanguageView::from).collect(),
            signing: signing_view(config),
        }
    }

    /// The href to `entry` in `lang`: within this edition, relative; in a language it does not
    /// hold (an offline copy of one language), the hosted page.
    fn page_href(&self, linker: &Linker, entry: EntryId, lang: &str) -> String {
        let route = self.site.route(entry, lang);
        if self.edition.has(lang) { linker.href(&route) } else { permalink(&self.site.config, &route) }
    }

    fn link_view(&self, entry: EntryId, lang: &str, linker: &Linker) -> LinkView {
        let (doc, is_fallback) = self.site.doc_for(entry, lang);
        LinkView {
            title: doc.title.clone(),
            href: self.page_href(linker, entry, lang),
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
            contributors: linker.href(&Route::contributors(&self.site.config, lang)),
            translation_status: linker.href(&Route::translation_status(&self.site.config, lang)),
            root: linker.root_prefix(),
            search_page: linker.href(&Route::search_page(&self.site.config, lang)),
            search_page_path: Route::search_page(&self.site.config, lang).root_relative(),
            search_index: linker.href(&crate::search::Piece::Manifest.route(lang)),
            search_script: linker.href(&Route::file("js/search.js")),
            verify: self
                .site
                .config
                .signing
                .public_key
                .as_ref()
                .map(|_| linker.href(&Route::verify(&self.site.config, lang))),
        }
    }

    /// The page of `entry_id` in `lang`: one file, or for a section listing more pages than
    /// `paginate_by`, one per page of its listing (`page/2/`, ...).
    fn page(&self, lang: &str, entry_id: EntryId) -> Result<Vec<Artifact>, Diagnostic> {
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
    fn page_number(
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
            contributors: None,
            translation_status: None,
            contributor: None,
            pagination: paginate::pagination(&base, number.0, number.1, &linker),
            translation_list: None,
            menu: self.navigation.menu(site, lang, &linker, Some(entry_id)),
            sidebar: self.navigation.sidebar(site, lang, &linker, entry_id),
            search_strings: self.search_strings[lang].clone(),
        };
        let origin = doc.file.as_ref().map_or_else(|| "(generated home page)".to_string(), |f| f.display().to_string());
        self.render(&template, &context, &route, &origin)
    }

    fn not_found(&self, lang: &str) -> Result<Artifact, Diagnostic> {
        let route = Route::not_found(&self.site.config, lang);
        // Served at any URL on the hosted site, so its links start at the root; offline it
        // is only opened where it lies.
        let style =
            if self.edition.offline { self.edition.link_style() } else { LinkStyle::root_absolute(&self.site.config) };
        let linker = Linker::new(route.clone(), style);
        let translations = self.switcher(lang, &linker, |code| self.site.route(self.site.home(), code), |_| true);
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
            contributors: None,
            translation_status: None,
            contributor: None,
            pagination: None,
            translation_list: None,
            menu: self.navigation.menu(self.site, lang, &linker, None),
            sidebar: None,
            search_strings: self.search_strings[lang].clone(),
        };
        self.render("404.html", &context, &route, &format!("(404 page, {lang})"))
    }

    /// A page cairn generates in every language (`route_for` gives its route per language),
    /// with the context `fill` completes.
    fn generated(
        &self,
        lang: &str,
        route_for: impl Fn(&str) -> Route,
        template: &str,
        fill: impl FnOnce(&Linker, &mut PageContext),
    ) -> Result<Artifact, Diagnostic> {
        self.generated_at(lang, route_for(lang), route_for, template, fill)
    }

    /// A generated page at `route` (a page of a paginated listing, or one of several such
    /// pages), whose language switcher leads to `switch_to` each language.
    fn generated_at(
        &self,
        lang: &str,
        route: Route,
        switch_to: impl Fn(&str) -> Route,
        template: &str,
        fill: impl FnOnce(&Linker, &mut PageContext),
    ) -> Result<Artifact, Diagnostic> {
        let site = self.site;
        let linker = Linker::new(route.clone(), self.edition.link_style());
        let mut context = PageContext {
            lang: lang.to_string(),
            language: self.language_view(lang),
            site: self.site_view(lang),
            page: None,
            breadcrumbs: vec![self.link_view(site.home(), lang, &linker)],
            prev: None,
            next: None,
            translations: self.switcher(lang, &linker, switch_to, |_| true),
            alternates: Vec::new(),
            canonical: Some(permalink(&site.config, &route)),
            links: self.site_links(lang, &linker),
            contributors: None,
            translation_status: None,
            contributor: None,
            pagination: None,
            translation_list: None,
            menu: self.navigation.menu(site, lang, &linker, None),
            sidebar: None,
            search_strings: self.search_strings[lang].clone(),
        };
        fill(&linker, &mut context);
        self.render(template, &context, &route, &format!("({template}, {lang})"))
    }

    /// The contributors index (people by name, with their roles and how many pages credit
    /// them) and each named contributor's page listing their works, paginated.
    fn contributors(&self, lang: &str) -> Vec<Result<Artifact, Diagnostic>> {
        let config = &self.site.config;
        let writer = credits::CreditWriter::new(self.site, self.strings, lang);
        let roll = writer.credit_roll();
        let index = Route::contributors(config, lang);
        let index_pages = paginate::pages(roll.people.len(), config.paginate_by);
        let index_count = index_pages.len();
        // (person shown whole, or the index), page number, pages, items shown.
        let mut jobs: Vec<(Option<usize>, usize, usize, std::ops::Range<usize>)> =
            index_pages.into_iter().enumerate().map(|(i, shown)| (None, i + 1, index_count, shown)).collect();
        for (person, credited) in roll.people.iter().enumerate() {
            let pages = paginate::pages(credited.works.len(), config.paginate_by);
            let count = pages.len();
            jobs.extend(pages.into_iter().enumerate().map(|(i, shown)| (Some(person), i + 1, count, shown)));
        }
        jobs.into_par_iter()
            .map(|(person, number, count, shown)| {
                let base = match person {
                    Some(p) => Route::contributor(config, lang, &roll.people[p].slug),
                    None => index.clone(),
                };
                let template = if person.is_some() { "contributor.html" } else { "contributors.html" };
                let route = base.paginated(number);
                let to_index = |code: &str| Route::contributors(config, code);
                self.generated_at(lang, route, to_index, template, |linker, context| {
                    let link_view = |entry, shown: &str| self.link_view(entry, shown, linker);
                    context.pagination = paginate::pagination(&base, number, count, linker);
                    match person {
                        Some(p) => {
                            let view = writer.contributor_view(&roll.people[p], shown, linker, link_view);
                            context.contributor = Some(view);
                        }
                        None => {
                            let people = roll.people[shown].iter();
                            let people = people.map(|p| writer.contributor_view(p, 0..0, linker, link_view)).collect();
                            context.contributors =
                                Some(ContributorsView { people, anonymous_count: roll.anonymous_count });
                        }
                    }
                })
            })
            .collect()
    }

    /// The translation status page (every language's counts, and the start of each list)
    /// and the complete lists, paginated.
    fn translation_status(&self, lang: &str) -> Vec<Result<Artifact, Diagnostic>> {
        let config = &self.site.config;
        let status_page = self.generated(
            lang,
            |code| Route::translation_status(config, code),
            "translation-status.html",
            |linker, context| {
                let preview = status_preview(config.paginate_by);
                let mut status: Vec<LanguageStatus> =
                    self.status.iter().map(|language| status_showing(language, |_| 0..preview)).collect();
                for (language, whole) in status.iter_mut().zip(self.status) {
                    for list in STATUS_LISTS {
                        if status_pages(whole, list).len() > preview {
                            let full = Route::translation_list(config, lang, &language.lang, list);
                            language.full_lists.insert(list, linker.href(&full));
                        }
                        let of_lang = language.lang.clone();
                        for page in status_list(language, list) {
                            page.url = self.page_href(linker, page.entry, &of_lang);
                        }
                    }
                }
                context.translation_status = Some(status);
            },
        );
        let mut jobs = Vec::new();
        for language in self.status {
            for list in STATUS_LISTS {
                let len = status_pages(language, list).len();
                if len > status_preview(config.paginate_by) {
                    let pages = paginate::pages(len, config.paginate_by);
                    let count = pages.len();
                    jobs.extend(pages.into_iter().enumerate().map(|(i, shown)| (language, list, i + 1, count, shown)));
                }
            }
        }
        let lists = jobs.into_par_iter().map(|(language, list, number, count, shown)| {
            let base = Route::translation_list(config, lang, &language.lang, list);
            let switch_to = |code: &str| Route::translation_list(config, code, &language.lang, list);
            self.generated_at(lang, base.paginated(number), switch_to, "translation-list.html", |linker, context| {
                let mut status = status_showing(language, |other| if other == list { shown.clone() } else { 0..0 });
                for page in status_list(&mut status, list).iter_mut() {
                    page.url = self.page_href(linker, page.entry, &language.lang);
                }
                context.pagination = paginate::pagination(&base, number, count, linker);
                context.translation_list = Some(TranslationListView { status, list });
            })
        });
        std::iter::once(status_page).chain(lists.collect::<Vec<_>>()).collect()
    }

    fn verify_page(&self, lang: &str) -> Result<Artifact, Diagnostic> {
        let config = &self.site.config;
        self.generated(
            lang,
            |code| Route::verify(config, code),
            "verify.html",
            |_, context| {
                if let Some(signing) = context.site.signing.as_mut() {
                    signing.handouts = self
                        .handouts
                        .iter()
                        .map(|((entry, code), file)| view::Checksum {
                            file: Route::handout(&self.site.entries[*entry].key, code).output_file(),
                            sha256: file.sha256.clone(),
                        })
                        .collect();
                }
            },
        )
    }

    fn search_page(&self, lang: &str) -> Result<Artifact, Diagnostic> {
        let config = &self.site.config;
        self.generated(lang, |code| Route::search_page(config, code), "search.html", |_, _| {})
    }

    fn credits_json(&self, lang: &str) -> Artifact {
        let writer = credits::CreditWriter::new(self.site, self.strings, lang);
        Artifact::new(
            Route::credits_json(&self.site.config, lang),
            format!("(credits.json, {lang})"),
            writer.credits_json().into_bytes(),
        )
    }

    /// The language switcher: `route` gives each language's version, `translated` whether it
    /// is a real translation.
    fn switcher(
        &self,
        lang: &str,
        linker: &Linker,
        route: impl Fn(&str) -> Route,
        translated: impl Fn(&str) -> bool,
    ) -> Vec<SwitcherItem> {
        self.site
            .config
            .languages
            .iter()
            .map(|l| SwitcherItem {
                code: l.code.clone(),
                name: l.name.clone(),
                dir: l.dir,
                href: if self.edition.has(&l.code) {
                    linker.href(&route(&l.code))
                } else {
                    permalink(&self.site.config, &route(&l.code))
                },
                current: l.code == lang,
                translated: translated(&l.code),
                online: !self.edition.has(&l.code),
            })
            .collect()
    }

    fn render(
        &self,
        template: &str,
        context: &PageContext,
        route: &Route,
        origin: &str,
    ) -> Result<Artifact, Diagnostic> {
        let tera_context = Context::from_serialize(context).map_err(|e| templates::template_error(&e, Some(origin)))?;
        let html =
            self.tera.render(template, &tera_context).map_err(|e| templates::template_error(&e, Some(origin)))?;
        Ok(Artifact::new(route.clone(), origin, html.into_bytes()))
    }
}
