//! Offline search: one index per language, one entry per page introduction and heading
//! section, built with tinysearch's exact backend from terms cairn normalizes itself (see
//! [`normalize`]) in a fixed order, so the bytes are reproducible.
//!
//! A handbook's index can weigh megabytes, and a reader on a slow link should not fetch it
//! all for one query. So the storage bytes are cut, at record boundaries, into pieces that
//! the reader loads on demand with plain `<script>` tags (which work from `file://`):
//! `search/<lang>/index.js` (counts and where each chunk of the vocabulary starts),
//! `search/<lang>/c<N>.js` (a run of vocabulary terms and their postings) and
//! `search/<lang>/f<N>.js` (a run of posts: title, URL, excerpt). Put back together they
//! are exactly tinysearch's storage bytes. Title words are indexed as terms marked with
//! [`TITLE_MARK`], so title matches need no other piece. A pure producer: it returns
//! artifacts; [`query`] is the reference reader behind `cairn search`.

pub mod normalize;
pub mod query;

use crate::markdown::plain_sections;
use crate::model::{Doc, Site};
use crate::output::Artifact;
use crate::urls::Route;
use base64::Engine;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::ops::Range;
use std::path::PathBuf;
use std::sync::Arc;
use tinysearch::{ExactIndexBackend, IndexBackend, IndexedDocument, PostId, Storage};

/// Characters of section text kept as a result's excerpt.
const EXCERPT_CHARS: usize = 180;
/// Bytes of postings after which a vocabulary chunk is closed.
const CHUNK_BYTES: usize = 32 * 1024;
/// Posts per fragment file.
pub const FRAGMENT_POSTS: usize = 16;
/// Prefix of the terms that index title words.
pub const TITLE_MARK: char = '\u{1}';

/// Globals the piece scripts fill, keyed `"<lang>"` or `"<lang>/<n>"`.
pub const GLOBALS: [&str; 3] = ["cairnSearchIndex", "cairnSearchChunks", "cairnSearchFragments"];

/// The kinds of index piece.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece {
    /// Counts and chunk starts.
    Manifest,
    /// Vocabulary chunk `n`.
    Chunk(usize),
    /// Post fragment `n`.
    Fragment(usize),
}

impl Piece {
    /// Where the piece goes.
    pub fn route(self, lang: &str) -> Route {
        Route::file(&match self {
            Piece::Manifest => format!("search/{lang}/index.js"),
            Piece::Chunk(n) => format!("search/{lang}/c{n}.js"),
            Piece::Fragment(n) => format!("search/{lang}/f{n}.js"),
        })
    }

    fn global_and_key(self, lang: &str) -> (&'static str, String) {
        match self {
            Piece::Manifest => (GLOBALS[0], lang.to_string()),
            Piece::Chunk(n) => (GLOBALS[1], format!("{lang}/{n}")),
            Piece::Fragment(n) => (GLOBALS[2], format!("{lang}/{n}")),
        }
    }

    /// The script that assigns `value` (a JSON value) to the piece's slot.
    pub fn script(self, lang: &str, value: &serde_json::Value) -> String {
        let (global, key) = self.global_and_key(lang);
        let key = serde_json::to_string(&key).unwrap_or_default();
        format!("(window.{global} = window.{global} || {{}})[{key}] = {value};\n")
    }

    /// The JSON value a piece script assigns.
    pub fn value_of(script: &str) -> Result<serde_json::Value, String> {
        let start = script.find("] = ").ok_or("no index assignment found: is this a cairn search index file?")? + 4;
        let value = script[start..].trim_end().trim_end_matches(';');
        serde_json::from_str(value).map_err(|e| format!("the index value is not valid JSON: {e}"))
    }
}

/// The manifest of a language's index.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// Number of posts.
    pub posts: usize,
    /// Number of vocabulary terms.
    pub terms: usize,
    /// Posts per fragment.
    pub fragment_posts: usize,
    /// The first term of each vocabulary chunk, in order.
    pub chunks: Vec<String>,
}

/// What a result shows beyond its title and URL, stored as the post's `meta` JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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

/// One section of a document, tokenized once for every language that shows the document.
struct PreparedSection {
    title: String,
    /// `#anchor` of the heading; `None` for the introduction.
    anchor: Option<String>,
    excerpt: String,
    /// Body terms, then title terms marked with [`TITLE_MARK`].
    terms: Vec<String>,
}

fn prepare(doc: &Doc, tokenizer: &mut normalize::CachedTokenizer) -> Vec<PreparedSection> {
    plain_sections(&doc.body)
        .into_iter()
        .enumerate()
        .map(|(index, section)| {
            let (title, anchor) =
                match (index.checked_sub(1).and_then(|h| doc.outline.headings.get(h)), &section.heading) {
                    (Some(heading), Some(text)) => (format!("{} › {text}", doc.title), Some(heading.id.clone())),
                    _ => (doc.title.clone(), None),
                };
            // The introduction also carries the description, so a page is found by its summary.
            let text = match (index, &doc.description) {
                (0, Some(description)) => format!("{description} {}", section.text),
                _ => section.text,
            };
            let mut terms = Vec::new();
            tokenizer.tokenize_into(&text, &mut terms);
            let mut title_terms = Vec::new();
            tokenizer.tokenize_into(&title, &mut title_terms);
            terms.extend(title_terms.into_iter().map(|t| format!("{TITLE_MARK}{t}")));
            PreparedSection { title, anchor, excerpt: excerpt(text.trim()), terms }
        })
        .collect()
}

/// What a document's prepared sections are made of. Bodies are compared by pointer: an
/// unchanged file keeps the very same shared text between builds.
#[derive(Debug)]
struct SectionsInput {
    body: Arc<str>,
    title: String,
    description: Option<String>,
    anchors: Vec<String>,
}

impl SectionsInput {
    fn of(doc: &Doc) -> SectionsInput {
        SectionsInput {
            body: doc.body.clone(),
            title: doc.title.clone(),
            description: doc.description.clone(),
            anchors: doc.outline.headings.iter().map(|h| h.id.clone()).collect(),
        }
    }
}

impl PartialEq for SectionsInput {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.body, &other.body)
            && (&self.title, &self.description, &self.anchors) == (&other.title, &other.description, &other.anchors)
    }
}

type Prepared = Arc<Vec<PreparedSection>>;

/// Documents' prepared sections from the previous build, reused while a document is
/// unchanged (`cairn serve` rebuilds an index after every edit).
#[derive(Default)]
pub struct SearchCache {
    sections: HashMap<PathBuf, (SectionsInput, Prepared)>,
}

/// Every document's sections, prepared once (untranslated originals appear in several
/// languages' indexes), from `cache` where the document is unchanged; `cache` then holds
/// this build's.
fn prepare_all(site: &Site, cache: &mut SearchCache) -> Vec<Prepared> {
    use rayon::prelude::*;
    let prepared: Vec<(SectionsInput, Prepared)> = site
        .docs
        .par_iter()
        .map_init(normalize::CachedTokenizer::default, |tokenizer, doc| {
            let input = SectionsInput::of(doc);
            let cached = doc.file.as_ref().and_then(|f| cache.sections.get(f)).filter(|(c, _)| *c == input);
            let sections = cached.map_or_else(|| Arc::new(prepare(doc, tokenizer)), |(_, s)| s.clone());
            (input, sections)
        })
        .collect();
    cache.sections.clear();
    let mut all = Vec::with_capacity(prepared.len());
    for (doc, (input, sections)) in site.docs.iter().zip(prepared) {
        if let Some(file) = &doc.file {
            cache.sections.insert(file.clone(), (input, sections.clone()));
        }
        all.push(sections);
    }
    all
}

/// The documents of one language's index: every page (its introduction) and heading section
/// of the site as readers of `lang` see it, untranslated originals included and labelled.
fn documents(site: &Site, prepared: &[Prepared], lang: &str) -> Vec<IndexedDocument> {
    let mut documents = Vec::new();
    for entry in 0..site.entries.len() {
        let (doc, fallback) = site.doc_for(entry, lang);
        let doc_id = site.entries[entry].variants.get(lang).copied().unwrap_or(site.entries[entry].original);
        let page_path = site.route(entry, lang).root_relative();
        for section in prepared[doc_id].iter() {
            let url = match &section.anchor {
                Some(anchor) => format!("{page_path}#{anchor}"),
                None => page_path.clone(),
            };
            let meta = ResultMeta { excerpt: section.excerpt.clone(), lang: doc.lang.clone(), fallback };
            let post =
                PostId { title: section.title.clone(), url, meta: serde_json::to_string(&meta).unwrap_or_default() };
            documents.push(IndexedDocument::new(post, section.terms.iter().cloned()));
        }
    }
    documents
}

/// The storage bytes of a language's index (tinysearch's exact format).
pub fn index_bytes(site: &Site, lang: &str) -> Vec<u8> {
    language_bytes(site, &prepare_all(site, &mut SearchCache::default()), lang)
}

fn language_bytes(site: &Site, prepared: &[Prepared], lang: &str) -> Vec<u8> {
    let index = ExactIndexBackend.build(documents(site, prepared, lang));
    Storage::from(index).to_bytes().expect("encoding an in-memory index into a Vec cannot fail")
}

/// Cuts storage bytes into pieces, each with the JSON value its script assigns.
pub fn pieces(bytes: &[u8]) -> Vec<(Piece, serde_json::Value)> {
    let layout = query::layout(bytes).expect("cairn reads back what tinysearch just wrote");
    let b64 = |range: Range<usize>| {
        serde_json::Value::String(base64::engine::general_purpose::STANDARD.encode(&bytes[range]))
    };
    let mut pieces = Vec::new();
    let mut chunk_starts = Vec::new();
    let mut first = 0;
    while first < layout.terms.len() {
        let mut last = first;
        while last + 1 < layout.terms.len()
            && layout.postings[last + 1].end - layout.postings[first].start <= CHUNK_BYTES
        {
            last += 1;
        }
        chunk_starts.push(layout.terms[first].clone());
        let vocabulary = layout.terms[first..=last].join("\n");
        let value = serde_json::json!([vocabulary, b64(layout.postings[first].start..layout.postings[last].end)]);
        pieces.push((Piece::Chunk(chunk_starts.len() - 1), value));
        first = last + 1;
    }
    for (n, posts) in layout.posts.chunks(FRAGMENT_POSTS).enumerate() {
        pieces.push((Piece::Fragment(n), b64(posts[0].start..posts[posts.len() - 1].end)));
    }
    let manifest = Manifest {
        posts: layout.posts.len(),
        terms: layout.terms.len(),
        fragment_posts: FRAGMENT_POSTS,
        chunks: chunk_starts,
    };
    pieces.insert(0, (Piece::Manifest, serde_json::to_value(manifest).expect("a manifest is plain data")));
    pieces
}

/// The index pieces of each of `languages`.
pub fn artifacts(site: &Site, languages: &[String]) -> Vec<Artifact> {
    artifacts_cached(site, languages, &mut SearchCache::default())
}

/// [`artifacts`], reusing what `cache` holds from the previous build, then replacing it.
pub fn artifacts_cached(site: &Site, languages: &[String], cache: &mut SearchCache) -> Vec<Artifact> {
    use rayon::prelude::*;
    let prepared = prepare_all(site, cache);
    let per_language: Vec<Vec<Artifact>> = languages
        .par_iter()
        .map(|lang| {
            pieces(&language_bytes(site, &prepared, lang))
                .into_iter()
                .map(|(piece, value)| {
                    let script = piece.script(lang, &value);
                    Artifact::new(piece.route(lang), format!("(search index, {lang})"), script.into_bytes())
                })
                .collect()
        })
        .collect();
    per_language.into_iter().flatten().collect()
}
