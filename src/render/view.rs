//! Read-only views of the model for templates: exactly what a theme may show, already
//! filtered (credits by consent) and with every URL written by `urls`. The model can change
//! without breaking themes, and nothing reaches a template by accident. The fields are the
//! template context documented in `docs/templates.md`.

use crate::lang::{Direction, Language};
use crate::load::document::KindFields;
use crate::model::licenses::License;
use crate::model::translation_status::LanguageStatus;
use serde::Serialize;

/// A language as templates see it.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct LanguageView {
    /// BCP 47 code.
    pub code: String,
    /// Name in the language itself.
    pub name: String,
    /// `ltr` or `rtl`.
    pub dir: Direction,
}

impl From<&Language> for LanguageView {
    fn from(l: &Language) -> Self {
        LanguageView { code: l.code.clone(), name: l.name.clone(), dir: l.dir }
    }
}

/// Site-wide values, in the language being rendered.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct SiteView {
    /// Title in this language (or the default one).
    pub title: String,
    /// Description in this language (or the default one).
    pub description: Option<String>,
    /// Absolute base URL.
    pub base_url: String,
    /// Every language, default first.
    pub languages: Vec<LanguageView>,
    /// The keys that sign this handbook's copies, when it signs them (`[signing]`).
    pub signing: Option<SigningView>,
}

/// The public keys readers check bundles and handouts with, for the verify page.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct SigningView {
    /// The current public key (`RW...`).
    pub public_key: String,
    /// Its id, as `minisign -V` prints it.
    pub key_id: String,
    /// Keys that signed earlier copies.
    pub previous_keys: Vec<PreviousKeyView>,
    /// The handouts published with the site and their checksums (for the verify page).
    pub handouts: Vec<Checksum>,
}

/// A published file and its SHA-256, as `sha256sum` prints it.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Checksum {
    /// Output-relative path.
    pub file: String,
    /// Hex SHA-256.
    pub sha256: String,
}

/// A key that signed earlier copies.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct PreviousKeyView {
    /// The public key (`RW...`).
    pub public_key: String,
    /// Its id.
    pub key_id: String,
    /// The last day it signed.
    pub until: String,
}

/// The part of the template context every page of one language shares: `lang` (the code,
/// read by `t()`), `language`, `site` and `search_strings` (the UI strings the search script
/// needs, as JSON for a `data-strings` attribute). Made into template values once per
/// language, not once per page, and shared by every render.
pub(crate) struct LanguageValues(Vec<(&'static str, tera::Value)>);

impl LanguageValues {
    pub(crate) fn new(language: LanguageView, site: &SiteView, search_strings: String) -> LanguageValues {
        LanguageValues(vec![
            ("lang", tera::Value::from(language.code.as_str())),
            ("language", tera::Value::from_serializable(&language)),
            ("site", tera::Value::from_serializable(site)),
            ("search_strings", tera::Value::from(search_strings)),
        ])
    }

    /// Adds the shared values to a page's own.
    pub(crate) fn add_to(&self, context: &mut tera::Context) {
        for (key, value) in &self.0 {
            context.insert_value(*key, value.clone());
        }
    }
}

/// A link to another page, for listings, breadcrumbs and previous/next.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct LinkView {
    /// Title in the shown language.
    pub title: String,
    /// Relative href.
    pub href: String,
    /// Summary.
    pub description: Option<String>,
    /// Kind name (`playbook`, ...).
    pub kind: &'static str,
    /// Publication date.
    pub date: Option<String>,
    /// Whether the target is shown untranslated (the original's language).
    pub is_fallback: bool,
    /// Language of the target's content.
    pub lang: String,
    /// Whether the target is a section.
    pub is_section: bool,
}

/// A top-level section in the site menu.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct MenuItem {
    /// Title in the shown language.
    pub title: String,
    /// Relative href.
    pub href: String,
    /// The original's language, when the section is shown untranslated.
    pub lang: Option<String>,
    /// Whether this is the page being shown.
    pub current: bool,
    /// Whether the page being shown is this section or inside it.
    pub active: bool,
}

/// A contributor as their consent allows: `name` is absent for anonymous contributors.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct CreditView {
    /// Name, pseudonym or initials; absent when anonymous.
    pub name: Option<String>,
    /// Link, only for contributors credited by name who gave one.
    pub url: Option<String>,
}

/// An entry of the table of contents.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct TocItem {
    /// Heading anchor id.
    pub id: String,
    /// Heading text.
    pub title: String,
    /// Heading level (2–6).
    pub level: u8,
    /// Deeper headings until the next one of this level.
    pub children: Vec<TocItem>,
}

/// The page or section being rendered.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct PageView {
    /// Title.
    pub title: String,
    /// Summary.
    pub description: Option<String>,
    /// Kind name.
    pub kind: &'static str,
    /// Whether this is a section (`_index.md`).
    pub is_section: bool,
    /// Rendered HTML of the body (mark `| safe` in templates).
    pub content: String,
    /// Table of contents.
    pub toc: Vec<TocItem>,
    /// Publication date.
    pub date: Option<String>,
    /// Last update.
    pub updated: Option<String>,
    /// Tags.
    pub tags: Vec<String>,
    /// Regions.
    pub regions: Vec<String>,
    /// `[extra]` from front matter.
    pub extra: toml::Table,
    /// Typed fields of the kind (`page.fields.duration`, ...).
    pub fields: Option<KindFields>,
    /// Status: `draft`, `review` or `approved`.
    pub status: crate::load::document::Status,
    /// Language of the content (the original's when untranslated).
    pub lang: String,
    /// Direction of the content.
    pub dir: Direction,
    /// Whether the content is the original shown because no translation exists.
    pub is_fallback: bool,
    /// The language the content is in, when it is a fallback.
    pub content_language: LanguageView,
    /// Href to the original-language version (for the fallback and outdated notices).
    pub original_href: String,
    /// The language the page was first written in.
    pub original_language: LanguageView,
    /// Whether this translation's original changed since it was marked current.
    pub outdated: bool,
    /// Authors, by consent.
    pub authors: Vec<CreditView>,
    /// Translators of this language version, by consent.
    pub translators: Vec<CreditView>,
    /// Reviewers, by consent.
    pub reviewers: Vec<CreditView>,
    /// Who approved publication, by consent.
    pub approved_by: Vec<CreditView>,
    /// Licence: `{id, name, url}`.
    pub license: Option<License>,
    /// Credit line for reused material.
    pub source: Option<String>,
    /// Ready-to-copy attribution line (title, authors, source, licence) in the reader's language.
    pub attribution: String,
    /// schema.org JSON-LD, to print inside `<script type="application/ld+json">` with `| safe`.
    pub json_ld: String,
    /// Pages of a section, ordered by weight then title.
    pub pages: Vec<LinkView>,
    /// Subsections of a section, ordered by weight then title.
    pub subsections: Vec<LinkView>,
    /// Absolute URL.
    pub permalink: String,
    /// The printable handout, for pages with `handout = true`.
    pub handout: Option<HandoutLink>,
}

/// A link to a page's printable handout.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct HandoutLink {
    /// Relative href to the PDF.
    pub href: String,
    /// Its size, for readers on expensive connections ("240 KB").
    pub size: String,
}

/// One language in the language switcher.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct SwitcherItem {
    /// BCP 47 code.
    pub code: String,
    /// Name in the language itself.
    pub name: String,
    /// Direction of that language.
    pub dir: Direction,
    /// Relative href to the same page in that language.
    pub href: String,
    /// Whether it is the language being shown.
    pub current: bool,
    /// Whether that language has a real translation (not a fallback).
    pub translated: bool,
    /// Whether the link leaves this copy for the hosted site (an offline copy without that
    /// language).
    pub online: bool,
}

/// An `hreflang` alternate.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Alternate {
    /// BCP 47 code, or `x-default`.
    pub hreflang: String,
    /// Absolute URL.
    pub href: String,
}

/// Hrefs to the site's own files, relative to the page.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct SiteLinks {
    /// This language's home page.
    pub home: String,
    /// The theme stylesheet.
    pub stylesheet: String,
    /// The code-highlighting stylesheet.
    pub highlight_stylesheet: String,
    /// This language's contributors page.
    pub contributors: String,
    /// This language's translation status page.
    pub translation_status: String,
    /// Prefix that turns a root-relative path into an href from this page.
    pub root: String,
    /// This language's search results page.
    pub search_page: String,
    /// The search results page, root-relative (for scripts).
    pub search_page_path: String,
    /// This language's search index script.
    pub search_index: String,
    /// The search script.
    pub search_script: String,
    /// This language's "verify this handbook" page, when the handbook signs its copies.
    pub verify: Option<String>,
}

/// What one template render receives besides its language's [`LanguageValues`].
#[derive(Debug, Clone, Serialize)]
pub(crate) struct PageContext {
    /// The page; absent on 404 pages.
    pub page: Option<PageView>,
    /// From the home page down to the parent.
    pub breadcrumbs: Vec<LinkView>,
    /// Previous page in the section.
    pub prev: Option<LinkView>,
    /// Next page in the section.
    pub next: Option<LinkView>,
    /// The language switcher.
    pub translations: Vec<SwitcherItem>,
    /// `hreflang` alternates (real translations only).
    pub alternates: Vec<Alternate>,
    /// Canonical URL (the original's for an untranslated page).
    pub canonical: Option<String>,
    /// Hrefs to site files.
    pub links: SiteLinks,
    /// Everyone credited, on the contributors index only.
    pub contributors: Option<ContributorsView>,
    /// One contributor, on their own page.
    pub contributor: Option<ContributorView>,
    /// Links between the pages of a long listing, on each of them.
    pub pagination: Option<Pagination>,
    /// One complete list of a language's translation status, on its pages.
    pub translation_list: Option<TranslationListView>,
    /// The site menu: every top-level section.
    pub menu: Vec<MenuItem>,
    /// The sidebar: the current top-level section's tree as HTML (print with `| safe`);
    /// absent on the home page, generated pages and pages outside sections.
    pub sidebar: Option<String>,
    /// Every language's translation status, on the translation status page only (`url`s
    /// are relative to the page).
    pub translation_status: Option<Vec<LanguageStatus>>,
}

/// A heading section, linked.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct SectionLink {
    /// Heading text.
    pub title: String,
    /// Href to the heading's anchor.
    pub href: String,
}

/// What one contributor worked on, on one page.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct ContributorWork {
    /// The page.
    pub page: LinkView,
    /// Their roles on the whole page ("Written by", ...), translated.
    pub roles: Vec<String>,
    /// Heading sections credited to them.
    pub sections: Vec<SectionLink>,
}

/// One contributor on a contributors page (never an anonymous one).
#[derive(Debug, Clone, Serialize)]
pub(crate) struct ContributorView {
    /// Name, pseudonym or initials, as consented.
    pub name: String,
    /// Link, for contributors credited by name.
    pub url: Option<String>,
    /// Their own page, listing their works.
    pub href: String,
    /// How many pages they are credited on.
    pub work_count: usize,
    /// Their roles across the handbook, translated.
    pub roles: Vec<String>,
    /// Pages and sections, in site order: on their own page, one page of the list.
    pub works: Vec<ContributorWork>,
}

/// The contributors index.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct ContributorsView {
    /// Named contributors, by name (one page of them).
    pub people: Vec<ContributorView>,
    /// How many anonymous contributors are credited (never listed).
    pub anonymous_count: usize,
}

/// The links between the pages of a long listing.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Pagination {
    /// This page's number, from 1.
    pub number: usize,
    /// How many pages the listing has.
    pub count: usize,
    /// Href of the page before.
    pub prev: Option<String>,
    /// Href of the page after.
    pub next: Option<String>,
    /// Every page of the listing.
    pub pages: Vec<PageNumber>,
}

/// A numbered link to one page of a listing.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct PageNumber {
    /// From 1.
    pub number: usize,
    /// Relative href.
    pub href: String,
    /// Whether it is the page shown.
    pub current: bool,
}

/// A complete list of the translation status of one language (outdated, missing or
/// unchecked pages), one page of it.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct TranslationListView {
    /// The language the list is about.
    pub status: LanguageStatus,
    /// `outdated`, `missing` or `unchecked`.
    pub list: &'static str,
}
