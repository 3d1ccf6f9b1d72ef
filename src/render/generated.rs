//! The pages and files cairn generates in each language: the 404 page, the contributors
//! pages, the translation status page and its lists, the search and verify pages, and
//! `credits.json`.

use super::view::*;
use super::{Renderer, credits, paginate};
use crate::diagnostics::Diagnostic;
use crate::model::translation_status::{self, LanguageStatus};
use crate::output::Artifact;
use crate::urls::{LinkStyle, Linker, Route, permalink};
use rayon::prelude::*;

/// The pages and files cairn generates in each language.
#[derive(Debug, Clone, Copy)]
pub(super) enum Generated {
    NotFound,
    Contributors,
    TranslationStatus,
    SearchPage,
    CreditsJson,
    Verify,
}

/// The lists of the translation status of a language, by the name their pages go by.
pub(super) const STATUS_LISTS: [&str; 3] = ["outdated", "missing", "unchecked"];

/// How many entries of each list the translation status page shows at most; longer lists
/// link to their complete, paginated pages. Bounds the page at about 8 KB per language.
pub(super) const STATUS_PREVIEW: usize = 10;

/// How many entries of each list the status page shows: [`STATUS_PREVIEW`], or fewer when
/// listings hold fewer items a page.
pub(super) fn status_preview(paginate_by: usize) -> usize {
    if paginate_by == 0 { STATUS_PREVIEW } else { STATUS_PREVIEW.min(paginate_by) }
}

/// The list of `language`'s status named `list` (one of [`STATUS_LISTS`]).
pub(super) fn status_list<'s>(
    language: &'s mut LanguageStatus,
    list: &str,
) -> &'s mut Vec<translation_status::PageRef> {
    match list {
        "outdated" => &mut language.outdated_pages,
        "missing" => &mut language.missing_pages,
        _ => &mut language.unchecked_pages,
    }
}

/// The list of `language`'s status named `list`, to read.
pub(super) fn status_pages<'s>(language: &'s LanguageStatus, list: &str) -> &'s [translation_status::PageRef] {
    match list {
        "outdated" => &language.outdated_pages,
        "missing" => &language.missing_pages,
        _ => &language.unchecked_pages,
    }
}

/// `language`'s status showing only `shown` of each of its lists (by name), so a page
/// copies what it shows, not every list of the handbook.
pub(super) fn status_showing(
    language: &LanguageStatus,
    shown: impl Fn(&str) -> std::ops::Range<usize>,
) -> LanguageStatus {
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

/// The handbook's signing keys as the verify page shows them; keys were checked when
/// `cairn.toml` was read.
pub(super) fn signing_view(config: &crate::config::Config) -> Option<SigningView> {
    let id = |key: &str| crate::output::signing::key_id(key).unwrap_or_default();
    let public_key = config.signing.public_key.clone()?;
    let previous_keys = config
        .signing
        .previous_keys
        .iter()
        .map(|k| PreviousKeyView { public_key: k.key.clone(), key_id: id(&k.key), until: k.until.clone() })
        .collect();
    Some(SigningView { key_id: id(&public_key), public_key, previous_keys, handouts: Vec::new() })
}

impl Renderer<'_> {
    pub(super) fn not_found(&self, lang: &str) -> Result<Artifact, Diagnostic> {
        let route = Route::not_found(&self.site.config, lang);
        // Served at any URL on the hosted site, so its links start at the root; offline it
        // is only opened where it lies.
        let style =
            if self.edition.offline { self.edition.link_style() } else { LinkStyle::root_absolute(&self.site.config) };
        let linker = Linker::new(route.clone(), style);
        let translations = self.switcher(lang, &linker, |code| self.site.route(self.site.home(), code), |_| true);
        let context = PageContext { translations, ..self.frame(lang, &linker, None) };
        self.render("404.html", (lang, &context), &route, &format!("(404 page, {lang})"))
    }

    /// A page cairn generates in every language (`route_for` gives its route per language),
    /// with the context `fill` completes.
    pub(super) fn generated(
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
    pub(super) fn generated_at(
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
            breadcrumbs: vec![self.link_view(site.home(), lang, &linker)],
            translations: self.switcher(lang, &linker, switch_to, |_| true),
            canonical: Some(permalink(&site.config, &route)),
            ..self.frame(lang, &linker, None)
        };
        fill(&linker, &mut context);
        self.render(template, (lang, &context), &route, &format!("({template}, {lang})"))
    }

    /// The contributors index (people by name, with their roles and how many pages credit
    /// them) and each named contributor's page listing their works, paginated.
    pub(super) fn contributors(&self, lang: &str) -> Vec<Result<Artifact, Diagnostic>> {
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
    pub(super) fn translation_status(&self, lang: &str) -> Vec<Result<Artifact, Diagnostic>> {
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

    pub(super) fn verify_page(&self, lang: &str) -> Result<Artifact, Diagnostic> {
        let config = &self.site.config;
        self.generated(lang, |code| Route::verify(config, code), "verify.html", |_, _| {})
    }

    pub(super) fn search_page(&self, lang: &str) -> Result<Artifact, Diagnostic> {
        let config = &self.site.config;
        self.generated(lang, |code| Route::search_page(config, code), "search.html", |_, _| {})
    }

    pub(super) fn credits_json(&self, lang: &str) -> Artifact {
        let writer = credits::CreditWriter::new(self.site, self.strings, lang);
        Artifact::new(
            Route::credits_json(&self.site.config, lang),
            format!("(credits.json, {lang})"),
            writer.credits_json().into_bytes(),
        )
    }
}
