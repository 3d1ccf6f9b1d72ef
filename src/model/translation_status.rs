//! Where each translation stands against its own original (whatever language that is):
//! current, outdated (with the sections that changed), unchecked (never marked current) or
//! missing; and the per-language report `cairn i18n status` and the website show.

use super::fingerprint::Changes;
use super::{EntryId, Site};
use crate::i18n::UiStrings;
use crate::urls::permalink;
use serde::Serialize;
use std::collections::BTreeMap;

/// The state of one entry in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum State {
    /// The entry was written in this language.
    Original,
    /// No translation: readers see the original.
    Missing,
    /// Translated, but never marked current: cairn cannot tell whether it is up to date.
    Unchecked,
    /// Translated from the original as it is now.
    Current,
    /// The original changed since the translation was marked current.
    Outdated(Changes),
}

/// The state of `entry` in `lang`.
pub(crate) fn state(site: &Site, entry: EntryId, lang: &str) -> State {
    let e = &site.entries[entry];
    let original = &site.docs[e.original];
    if original.lang == lang {
        return State::Original;
    }
    let Some(&doc) = e.variants.get(lang) else { return State::Missing };
    let (Some(recorded), Some(now)) = (&site.docs[doc].translation_of, &original.fingerprints) else {
        return State::Unchecked;
    };
    match super::fingerprint::changes_since(recorded, now) {
        Some(changes) => State::Outdated(changes),
        None => State::Current,
    }
}

/// A page in the report.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct PageRef {
    /// Title of the original.
    pub title: String,
    /// The original's source file.
    pub original_file: String,
    /// Language of the original.
    pub original_lang: String,
    /// Where the page is read in the reported language (absolute on the command line,
    /// relative on the website).
    pub url: String,
    /// Words of the original.
    pub words: usize,
    /// The translation's source file, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub translation_file: Option<String>,
    /// What changed, for outdated translations.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changes: Option<Changes>,
    /// The entry, for links.
    #[serde(skip)]
    pub entry: EntryId,
}

/// Pages and words in one state.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub(crate) struct Tally {
    /// Number of pages.
    pub pages: usize,
    /// Words of their originals.
    pub words: usize,
    /// Share of the language's pages to translate, in percent (one decimal).
    pub pages_percent: f64,
    /// Share of the words to translate, in percent (one decimal).
    pub words_percent: f64,
}

/// One language's figures and lists.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct LanguageStatus {
    /// BCP 47 code.
    pub lang: String,
    /// Name of the language.
    pub name: String,
    /// Pages (and their words) written in another language, to be translated.
    pub to_translate: Tally,
    /// Current translations.
    pub translated: Tally,
    /// Translations whose original changed since.
    pub outdated: Tally,
    /// Translations never marked current.
    pub unchecked: Tally,
    /// Pages with no translation.
    pub missing: Tally,
    /// Outdated translations, with the sections that changed.
    pub outdated_pages: Vec<PageRef>,
    /// Translations never marked current.
    pub unchecked_pages: Vec<PageRef>,
    /// Untranslated pages, most important first (shallower, then lighter weight).
    pub missing_pages: Vec<PageRef>,
    /// UI strings of the theme missing in this language.
    pub missing_ui_strings: Vec<String>,
    /// Hrefs of the complete lists (`outdated`, `missing`, `unchecked`) longer than the
    /// status page shows, filled by the renderer.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub full_lists: BTreeMap<&'static str, String>,
}

fn percent(part: usize, whole: usize) -> f64 {
    (part * 1000 + whole / 2).checked_div(whole).map_or(0.0, |per_mille| per_mille as f64 / 10.0)
}

/// Untranslated and outdated pages of each configured language, in configuration order:
/// the counts of [`report`], without the rest.
pub(crate) fn gaps(site: &Site) -> Vec<(String, usize, usize)> {
    site.config
        .languages
        .iter()
        .map(|language| {
            let (mut missing, mut outdated) = (0, 0);
            for entry in (0..site.entries.len()).filter(|&e| site.docs[site.entries[e].original].file.is_some()) {
                match state(site, entry, &language.code) {
                    State::Missing => missing += 1,
                    State::Outdated(_) => outdated += 1,
                    _ => {}
                }
            }
            (language.code.clone(), missing, outdated)
        })
        .collect()
}

/// The status of every configured language, or of `only` that one.
pub(crate) fn report(site: &Site, strings: &UiStrings, only: Option<&str>) -> Vec<LanguageStatus> {
    let config = &site.config;
    config
        .languages
        .iter()
        .filter(|l| only.is_none_or(|code| code == l.code))
        .map(|language| {
            let lang = language.code.as_str();
            let mut status = LanguageStatus {
                lang: lang.to_string(),
                name: language.name.clone(),
                to_translate: Tally::default(),
                translated: Tally::default(),
                outdated: Tally::default(),
                unchecked: Tally::default(),
                missing: Tally::default(),
                outdated_pages: Vec::new(),
                unchecked_pages: Vec::new(),
                missing_pages: Vec::new(),
                missing_ui_strings: strings.missing_keys(lang),
                full_lists: BTreeMap::new(),
            };
            for (entry_id, entry) in site.entries.iter().enumerate() {
                let original = &site.docs[entry.original];
                let Some(original_file) = &original.file else { continue };
                let state = state(site, entry_id, lang);
                if state == State::Original {
                    continue;
                }
                let words = original.outline.words;
                let page = PageRef {
                    title: original.title.clone(),
                    original_file: original_file.display().to_string(),
                    original_lang: original.lang.clone(),
                    url: permalink(config, &site.route(entry_id, lang)),
                    words,
                    translation_file: entry
                        .variants
                        .get(lang)
                        .and_then(|&d| site.docs[d].file.as_ref())
                        .map(|f| f.display().to_string()),
                    changes: None,
                    entry: entry_id,
                };
                status.to_translate.pages += 1;
                status.to_translate.words += words;
                let (tally, list) = match state {
                    State::Current => (&mut status.translated, None),
                    State::Unchecked => (&mut status.unchecked, Some(&mut status.unchecked_pages)),
                    State::Missing => (&mut status.missing, Some(&mut status.missing_pages)),
                    State::Outdated(changes) => {
                        status.outdated_pages.push(PageRef { changes: Some(changes), ..page.clone() });
                        (&mut status.outdated, None)
                    }
                    State::Original => unreachable!("skipped above"),
                };
                tally.pages += 1;
                tally.words += words;
                if let Some(list) = list {
                    list.push(page);
                }
            }
            let importance = |p: &PageRef| {
                let key = &site.entries[p.entry].key;
                let depth = if key.is_empty() { 0 } else { key.matches('/').count() + 1 };
                (depth, super::weight_rank(site.docs[site.entries[p.entry].original].weight), key.clone())
            };
            status.missing_pages.sort_by_cached_key(importance);
            let (pages, words) = (status.to_translate.pages, status.to_translate.words);
            for tally in [
                &mut status.translated,
                &mut status.outdated,
                &mut status.unchecked,
                &mut status.missing,
                &mut status.to_translate,
            ] {
                tally.pages_percent = percent(tally.pages, pages);
                tally.words_percent = percent(tally.words, words);
            }
            status
        })
        .collect()
}
