//! Pure rendering: (`Site`, templates, UI strings) → [`Artifact`]s. Every page of every
//! language is rendered in parallel from prepared views; nothing here reads or writes files.

pub mod credits;
mod escape;
mod generated;
pub(crate) mod highlight;
pub mod html;
mod listing;
pub(crate) mod nav;
pub(crate) mod offline;
mod page;
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
use crate::model::{EntryId, Site};
use crate::output::Artifact;
use crate::urls::{LinkStyle, Linker, Route, permalink};
use generated::{Generated, signing_view};
pub(crate) use listing::listing;
use listing::{Listings, listings, listings_shown_on};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::sync::Arc;
use tera::{Context, Tera};
use view::*;

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
    let language_values = site
        .config
        .languages
        .iter()
        .map(|language| {
            let lang = &language.code;
            let values = LanguageValues::new(
                LanguageView::from(language),
                &site_view(site, lang, handouts),
                search_strings(&strings, lang),
            );
            (lang.clone(), values)
        })
        .collect();
    let navigation =
        nav::Navigation::build(site, &strings, &edition.languages, &Linker::new(Route::file(""), edition.link_style()));
    let renderer = Renderer {
        site,
        tera: &tera,
        navigation: &navigation,
        listings: &listings,
        strings: &strings,
        status: &status,
        language_values: &language_values,
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

/// Site-wide values in `lang`, with the handouts of the build and their checksums (which
/// the verify page lists).
fn site_view(site: &Site, lang: &str, handouts: &HandoutFiles) -> SiteView {
    let config = &site.config;
    let language = config.language(lang);
    let mut signing = signing_view(config);
    if let Some(signing) = signing.as_mut() {
        signing.handouts = handouts
            .iter()
            .map(|((entry, code), file)| Checksum {
                file: Route::handout(&site.entries[*entry].key, code).output_file(),
                sha256: file.sha256.clone(),
            })
            .collect();
    }
    SiteView {
        title: language.and_then(|l| l.title.clone()).unwrap_or_else(|| config.title.clone()),
        description: language.and_then(|l| l.description.clone()).or_else(|| config.description.clone()),
        base_url: config.base_url.clone(),
        languages: config.languages.iter().map(LanguageView::from).collect(),
        signing,
    }
}

struct Renderer<'a> {
    site: &'a Site,
    tera: &'a Tera,
    navigation: &'a nav::Navigation,
    listings: &'a Listings,
    strings: &'a UiStrings,
    status: &'a [LanguageStatus],
    language_values: &'a BTreeMap<String, LanguageValues>,
    edition: &'a Edition,
    handouts: &'a HandoutFiles,
    highlighted: &'a Memo<Arc<str>>,
}

impl Renderer<'_> {
    fn language_view(&self, code: &str) -> LanguageView {
        self.site.config.language(code).map(LanguageView::from).expect("only configured languages are rendered")
    }

    /// What every page in `lang` shows around its content (site, language, menu, links);
    /// the page's own fields are left empty for the caller to fill.
    fn frame(&self, lang: &str, linker: &Linker, current: Option<EntryId>) -> PageContext {
        PageContext {
            page: None,
            breadcrumbs: Vec::new(),
            prev: None,
            next: None,
            translations: Vec::new(),
            alternates: Vec::new(),
            canonical: None,
            links: self.site_links(lang, linker),
            contributors: None,
            translation_status: None,
            contributor: None,
            pagination: None,
            translation_list: None,
            menu: self.navigation.menu(self.site, lang, linker, current),
            sidebar: None,
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

    /// Renders `template` for a page in `lang` with its own `context`.
    fn render(
        &self,
        template: &str,
        (lang, context): (&str, &PageContext),
        route: &Route,
        origin: &str,
    ) -> Result<Artifact, Diagnostic> {
        let mut tera_context =
            Context::from_serialize(context).map_err(|e| templates::template_error(&e, Some(origin)))?;
        self.language_values[lang].add_to(&mut tera_context);
        // Into bytes, not a `String`: the page is bytes from here on, and `Tera::render` spent
        // a tenth of its time checking its own output was UTF-8.
        let mut html = Vec::with_capacity(16 * 1024);
        self.tera
            .render_to(template, &tera_context, &mut html)
            .map_err(|e| templates::template_error(&e, Some(origin)))?;
        Ok(Artifact::new(route.clone(), origin, html))
    }
}
