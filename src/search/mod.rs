//! Offline search: one index per language, one entry per heading section, built with
//! tinysearch's exact backend from terms cairn normalizes itself (see [`normalize`]), in a
//! fixed order so the bytes are reproducible, and shipped as a `.js` file that assigns the
//! base64 bytes to a global, so it loads from `file://` with a plain `<script>`. A pure
//! producer: it returns artifacts; [`query`] is the reference reader behind `cairn search`.

pub mod normalize;
pub mod query;

use crate::markdown::plain_sections;
use crate::model::Site;
use crate::output::Artifact;
use crate::urls::Route;
use base64::Engine;
use tinysearch::{ExactIndexBackend, IndexBackend, IndexedDocument, PostId, Storage};

/// Characters of section text kept as a result's excerpt.
const EXCERPT_CHARS: usize = 180;

/// The global the index scripts fill: `window.cairnSearchIndex[lang] = "<base64>"`.
pub const INDEX_GLOBAL: &str = "cairnSearchIndex";

/// Where a language's index script goes.
pub fn index_route(lang: &str) -> Route {
    Route::file(&format!("search/index.{lang}.js"))
}

/// What a result shows beyond its title and URL, stored as the post's `meta` JSON.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ResultMeta {
    /// Excerpt of the section.
    #[serde(rename = "e")]
    pub excerpt: String,
    /// Language of the content.
    #[serde(rename = "l")]
    pub lang: String,
    /// Whether the content is an untranslated original shown in this language's site.
    #[serde(rename = "f", default, skip_serializing_if = "std::ops::Not::not")]
    pub fallback: bool,
}

fn excerpt(text: &str) -> String {
    match text.char_indices().nth(EXCERPT_CHARS) {
        None => text.to_string(),
        Some((cut, _)) => {
            let cut = text[..cut].rfind(' ').filter(|&i| i > cut / 2).unwrap_or(cut);
            format!("{}…", &text[..cut])
        }
    }
}

/// The index of one language: every page (its introduction) and heading section of the
/// site as readers of `lang` see it, untranslated originals included and labelled.
pub fn documents(site: &Site, lang: &str) -> Vec<IndexedDocument> {
    use rayon::prelude::*;
    let per_entry: Vec<Vec<IndexedDocument>> = (0..site.entries.len())
        .into_par_iter()
        .map_init(normalize::CachedTokenizer::default, |tokenizer, entry| entry_documents(site, lang, entry, tokenizer))
        .collect();
    per_entry.into_iter().flatten().collect()
}

fn entry_documents(site: &Site, lang: &str, entry: usize, tokenizer: &mut normalize::CachedTokenizer) -> Vec<IndexedDocument> {
    let (doc, fallback) = site.doc_for(entry, lang);
    let page_path = site.route(entry, lang).root_relative();
    plain_sections(&doc.body)
        .into_iter()
        .enumerate()
        .map(|(index, section)| {
            let (title, path) = match (index.checked_sub(1).and_then(|h| doc.outline.headings.get(h)), &section.heading) {
                (Some(heading), Some(text)) => (format!("{} › {text}", doc.title), format!("{page_path}#{}", heading.id)),
                _ => (doc.title.clone(), page_path.clone()),
            };
            // The introduction also carries the description, so a page is found by its summary.
            let text = match (index, &doc.description) {
                (0, Some(description)) => format!("{description} {}", section.text),
                _ => section.text,
            };
            let meta = ResultMeta { excerpt: excerpt(text.trim()), lang: doc.lang.clone(), fallback };
            let mut terms = Vec::new();
            tokenizer.tokenize_into(&text, &mut terms);
            let post = PostId { title, url: path, meta: serde_json::to_string(&meta).unwrap_or_default() };
            IndexedDocument::new(post, terms)
        })
        .collect()
}

/// The storage bytes of a language's index (tinysearch's exact format).
pub fn index_bytes(site: &Site, lang: &str) -> Vec<u8> {
    let index = ExactIndexBackend.build(documents(site, lang));
    Storage::from(index).to_bytes().expect("encoding an in-memory index into a Vec cannot fail")
}

/// The `.js` file that carries a language's index.
pub fn index_script(lang: &str, bytes: &[u8]) -> String {
    let encoded = base64::engine::general_purpose::STANDARD.encode(bytes);
    let lang = serde_json::to_string(lang).unwrap_or_default();
    format!("window.{INDEX_GLOBAL} = window.{INDEX_GLOBAL} || {{}};\nwindow.{INDEX_GLOBAL}[{lang}] = \"{encoded}\";\n")
}

/// Every language's index script.
pub fn artifacts(site: &Site) -> Vec<Artifact> {
    use rayon::prelude::*;
    site.config
        .languages
        .par_iter()
        .map(|l| {
            let script = index_script(&l.code, &index_bytes(site, &l.code));
            Artifact::new(index_route(&l.code), format!("(search index, {})", l.code), script.into_bytes())
        })
        .collect()
}
