//! Offline search: one index per language, one entry ("post") per page introduction and
//! heading section, in cairn's own compact format (see `docs/search.md`, byte by byte),
//! built from terms cairn normalizes (see [`normalize`]) and stems (see [`stem`]) itself in
//! a fixed order, so the bytes are reproducible.
//!
//! Ranking is BM25F over three fields (page title, section heading, body): what the score
//! needs is computed here, once, and stored per posting as one byte — the term's saturated,
//! length-normalized, field-weighted frequency ("impact") and which fields matched — next to
//! the term's first position (for phrases) and, per term, its inverse document frequency.
//! The readers then only add small integers, so the Rust reference and the browser rank
//! identically.
//!
//! A handbook's index can weigh megabytes, and a reader on a slow link should not fetch it
//! all for one query. So it is cut into pieces that the reader loads on demand with plain
//! `<script>` tags (which work from `file://`): `search/<lang>/index.js` (counts, how many
//! posts each page has, and where each chunk of the vocabulary starts), `search/<lang>/c<N>.js`
//! (a run of vocabulary terms and their postings), `search/<lang>/f<N>.js` (a run of posts:
//! title, URL, excerpt) and `search/<lang>/stem.js` (the language's stemmer, if it has one).
//! A pure producer: it returns artifacts; [`query`] is the reference reader behind
//! `cairn search`.

pub mod normalize;
pub mod query;
pub mod stem;

use crate::memo::{Key, KeyBuilder, Memo};
use crate::model::outline::Heading;
use crate::model::{Doc, Site};
use crate::output::Artifact;
use crate::urls::Route;
use base64::Engine;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::Arc;

/// Characters of section text kept as a result's excerpt.
const EXCERPT_CHARS: usize = 180;
/// Bytes of postings after which a vocabulary chunk is closed.
const CHUNK_BYTES: usize = 16 * 1024;
/// Posts per fragment file.
pub const FRAGMENT_POSTS: usize = 8;

/// The fields of a post: page title (introductions only), section heading, body.
const FIELDS: usize = 3;
/// BM25F weight of a match in each field: a title match outweighs several body matches.
const FIELD_WEIGHTS: [f64; FIELDS] = [8.0, 4.0, 1.0];
/// BM25F length normalization of each field (titles vary little in length).
const FIELD_B: [f64; FIELDS] = [0.3, 0.3, 0.75];
/// BM25 term-frequency saturation.
const K1: f64 = 1.2;
/// Largest stored impact (six bits; the other two flag the fields that matched).
pub const MAX_IMPACT: u8 = 63;
/// Flag of a posting whose term is in the page title.
pub const IN_TITLE: u8 = 1;
/// Flag of a posting whose term is in the section heading.
pub const IN_HEADING: u8 = 2;
/// Positions are stored up to this value (two LEB128 bytes): phrases are sought near the
/// start of a section, where titles and headings are.
pub const MAX_POSITION: u32 = 16383;

/// Globals the piece scripts fill, keyed `"<lang>"` or `"<lang>/<n>"`.
pub const GLOBALS: [&str; 4] = ["cairnSearchIndex", "cairnSearchChunks", "cairnSearchFragments", "cairnSearchStemmers"];

/// The kinds of index piece.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece {
    /// Counts and chunk starts.
    Manifest,
    /// Vocabulary chunk `n`.
    Chunk(usize),
    /// Post fragment `n`.
    Fragment(usize),
    /// The language's stemmer (JavaScript), for languages that have one.
    Stemmer,
}

impl Piece {
    /// Where the piece goes.
    pub fn route(self, lang: &str) -> Route {
        Route::file(&match self {
            Piece::Manifest => format!("search/{lang}/index.js"),
            Piece::Chunk(n) => format!("search/{lang}/c{n}.js"),
            Piece::Fragment(n) => format!("search/{lang}/f{n}.js"),
            Piece::Stemmer => format!("search/{lang}/stem.js"),
        })
    }

    fn global_and_key(self, lang: &str) -> (&'static str, String) {
        match self {
            Piece::Manifest => (GLOBALS[0], lang.to_string()),
            Piece::Chunk(n) => (GLOBALS[1], format!("{lang}/{n}")),
            Piece::Fragment(n) => (GLOBALS[2], format!("{lang}/{n}")),
            Piece::Stemmer => (GLOBALS[3], lang.to_string()),
        }
    }

    /// The script that assigns `value` (a JavaScript expression: JSON, or the stemmer's
    /// code) to the piece's slot.
    pub fn script(self, lang: &str, value: &str) -> String {
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

/// The manifest of a language's index. (Fields, here and in [`ResultMeta`], are declared in
/// the alphabetical order of their JSON keys, the order the index files have always had.)
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// The first term of each vocabulary chunk, in order.
    pub chunks: Vec<String>,
    /// Posts per fragment.
    pub fragment_posts: usize,
    /// Base64 of the number of posts of each page, in order, as LEB128 numbers: a page's
    /// posts are consecutive, its introduction first, so results group by page with no
    /// other piece.
    pub pages: String,
    /// Number of posts.
    pub posts: usize,
    /// The Snowball stemmer that made the terms (see [`stem`]), if the language has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stemmer: Option<String>,
    /// Number of vocabulary terms.
    pub terms: usize,
}

/// What a result shows beyond its title and URL, stored as the post's `meta` JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResultMeta {
    /// Excerpt of the section.
    #[serde(rename = "e")]
    pub excerpt: String,
    /// Whether the content is an untranslated original shown in this language's site.
    #[serde(rename = "f", default, skip_serializing_if = "std::ops::Not::not")]
    pub fallback: bool,
    /// Language of the content.
    #[serde(rename = "l")]
    pub lang: String,
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
    /// Number of terms in each field.
    lengths: [u32; FIELDS],
    /// Each distinct term (shared with every other section that has it) with its frequency
    /// in each field and its first position (fields follow each other, one position apart,
    /// so a phrase never runs from one field into the next).
    terms: Vec<(Arc<str>, [u16; FIELDS], u32)>,
}

/// What one indexing thread keeps between documents: its tokenizer, and where each of the
/// tokenizer's terms sits in the section being counted (`u32::MAX`: not in it), so
/// counting a section's terms needs no map.
#[derive(Default)]
struct Preparer {
    tokenizer: normalize::CachedTokenizer,
    slots: Vec<u32>,
    fields: [Vec<u32>; FIELDS],
}

impl Preparer {
    fn prepare(&mut self, doc: &Doc) -> Vec<PreparedSection> {
        doc.outline
            .plain_sections()
            .enumerate()
            .map(|(index, (heading, text))| self.section(doc, index, heading, text))
            .collect()
    }

    fn section(&mut self, doc: &Doc, index: usize, heading: Option<&Heading>, text: &str) -> PreparedSection {
        let heading_text = heading.map_or("", |h| h.text.trim());
        let (title, anchor) = match heading {
            Some(heading) => (format!("{} › {heading_text}", doc.title), Some(heading.id.clone())),
            None => (doc.title.clone(), None),
        };
        // The introduction also carries the description, so a page is found by its summary.
        let text = match (index, &doc.description) {
            (0, Some(description)) => std::borrow::Cow::Owned(format!("{description} {text}")),
            _ => std::borrow::Cow::Borrowed(text),
        };
        // The page title is a field of the introduction only: a page whose title matches
        // is one result, its sections folded under it, not one result per section.
        let page_title = if anchor.is_none() { doc.title.as_str() } else { "" };
        for (field, source) in self.fields.iter_mut().zip([page_title, heading_text, &text]) {
            field.clear();
            self.tokenizer.tokenize_into(source, field);
        }
        self.slots.resize(self.tokenizer.term_count(), u32::MAX);
        let mut counted: Vec<(u32, [u16; FIELDS], u32)> = Vec::new();
        let mut position = 0u32;
        for (f, field) in self.fields.iter().enumerate() {
            for &id in field {
                let slot = &mut self.slots[id as usize];
                if *slot == u32::MAX {
                    *slot = counted.len() as u32;
                    counted.push((id, [0; FIELDS], position.min(MAX_POSITION)));
                }
                let tf = &mut counted[*slot as usize].1[f];
                *tf = tf.saturating_add(1);
                position += 1;
            }
            position += 1;
        }
        let terms = counted
            .into_iter()
            .map(|(id, tf, first)| {
                self.slots[id as usize] = u32::MAX;
                (self.tokenizer.term(id).clone(), tf, first)
            })
            .collect();
        let lengths = self.fields.each_ref().map(|f| u32::try_from(f.len()).unwrap_or(u32::MAX));
        PreparedSection { title, anchor, excerpt: excerpt(text.trim()), lengths, terms }
    }
}

type Prepared = Arc<Vec<PreparedSection>>;

/// What a document's prepared sections are made of.
fn sections_key(doc: &Doc) -> Key {
    let anchors: Vec<&str> = doc.outline.headings.iter().map(|h| h.id.as_str()).collect();
    KeyBuilder::new("search sections")
        .with(doc.body.as_bytes())
        .with(&doc.title)
        .with(serde_json::to_string(&doc.description).unwrap_or_default())
        .with(serde_json::to_string(&anchors).unwrap_or_default())
        .finish()
}

/// Documents' prepared sections from the previous build, reused while a document is
/// unchanged (`cairn serve` rebuilds an index after every edit).
#[derive(Default)]
pub struct SearchCache {
    sections: Memo<Prepared>,
}

impl SearchCache {
    /// A cache for one build only: sections are prepared, not kept.
    pub(crate) fn for_one_build() -> SearchCache {
        SearchCache { sections: Memo::keeping_nothing() }
    }
}

/// Every document's sections, prepared once (untranslated originals appear in several
/// languages' indexes), from `cache` where the document is unchanged; `cache` then holds
/// this build's.
fn prepare_all(site: &Site, cache: &mut SearchCache) -> Vec<Prepared> {
    use rayon::prelude::*;
    let memo = &cache.sections;
    let prepared = site
        .docs
        .par_iter()
        .map_init(Preparer::default, |preparer, doc| {
            memo.get_or_compute(|| sections_key(doc), || Arc::new(preparer.prepare(doc)))
        })
        .collect();
    cache.sections.forget_unused();
    prepared
}

/// One post of a language's index and the prepared section it shows.
struct Post<'a> {
    title: &'a str,
    url: String,
    meta: ResultMeta,
    section: &'a PreparedSection,
}

/// The posts of one language's index, page by page: every page (its introduction) and
/// heading section of the site as readers of `lang` see it, untranslated originals included
/// and labelled; and how many posts each page has.
fn posts<'a>(site: &Site, prepared: &'a [Prepared], lang: &str) -> (Vec<Post<'a>>, Vec<usize>) {
    let mut posts = Vec::new();
    let mut pages = Vec::with_capacity(site.entries.len());
    for entry in 0..site.entries.len() {
        let (doc, fallback) = site.doc_for(entry, lang);
        let doc_id = site.entries[entry].variants.get(lang).copied().unwrap_or(site.entries[entry].original);
        let page_path = site.route(entry, lang).root_relative();
        pages.push(prepared[doc_id].len());
        for section in prepared[doc_id].iter() {
            let url = match &section.anchor {
                Some(anchor) => format!("{page_path}#{anchor}"),
                None => page_path.clone(),
            };
            let meta = ResultMeta { excerpt: section.excerpt.clone(), lang: doc.lang.clone(), fallback };
            posts.push(Post { title: &section.title, url, meta, section });
        }
    }
    (posts, pages)
}

/// Appends `value` as unsigned LEB128.
pub fn write_leb(out: &mut Vec<u8>, mut value: usize) {
    while value >= 0x80 {
        out.push((value as u8 & 0x7f) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

/// The stored inverse document frequency of a term found in `df` of `posts` posts: BM25's,
/// times 16, rounded, in one byte.
fn idf_byte(posts: usize, df: usize) -> u8 {
    let (n, df) = (posts as f64, df as f64);
    let idf = (1.0 + (n - df + 0.5) / (df + 0.5)).ln();
    (idf * 16.0).round().clamp(1.0, 255.0) as u8
}

/// A term's occurrence in a post: post, impact and field flags, first position.
type Posting = (usize, u8, u32);

/// A language's index, before it is cut into pieces.
pub struct Index {
    /// Each post, in order.
    pub posts: Vec<query::Post>,
    /// Posts per page, in order.
    pub pages: Vec<usize>,
    /// The vocabulary in code-point order, each term with its record: IDF and postings.
    pub terms: Vec<(String, Vec<u8>)>,
    /// The stemmer that made the terms.
    pub stemmer: Option<&'static str>,
}

/// A language's index.
pub fn index(site: &Site, lang: &str) -> Index {
    build_index(site, &prepare_all(site, &mut SearchCache::default()), lang)
}

fn build_index(site: &Site, prepared: &[Prepared], lang: &str) -> Index {
    let (posts, pages) = posts(site, prepared, lang);
    let mut average = [0f64; FIELDS];
    for post in &posts {
        for (sum, &len) in average.iter_mut().zip(&post.section.lengths) {
            *sum += f64::from(len);
        }
    }
    let average = average.map(|sum| (sum / posts.len().max(1) as f64).max(1.0));
    let stemmer = stem::name_for(lang);
    let stem = stem::stemmer(stemmer);
    // Terms are numbered as first met; each distinct word is stemmed once. Words are shared
    // strings, so they are told apart by address (each indexing thread has its own copy of
    // a word: the copies meet at `ids`).
    let (mut ids, mut names, mut postings) = (HashMap::new(), Vec::new(), Vec::<Vec<Posting>>::new());
    let mut word_ids: FxHashMap<*const u8, usize> = FxHashMap::default();
    let mut stemmed: Vec<(usize, [u16; FIELDS], u32)> = Vec::new();
    for (id, post) in posts.iter().enumerate() {
        let section = post.section;
        let norms: [f64; FIELDS] =
            std::array::from_fn(|f| 1.0 - FIELD_B[f] + FIELD_B[f] * f64::from(section.lengths[f]) / average[f]);
        // Words with the same stem are one term: their frequencies add up, the first
        // position is the earliest.
        stemmed.clear();
        for (word, tf, first) in &section.terms {
            let term = *word_ids.entry(Arc::as_ptr(word).cast()).or_insert_with(|| {
                *ids.entry(stem(word)).or_insert_with_key(|name: &String| {
                    names.push(name.clone());
                    postings.push(Vec::new());
                    names.len() - 1
                })
            });
            stemmed.push((term, *tf, *first));
        }
        stemmed.sort_unstable_by_key(|s| s.0);
        stemmed.dedup_by(|later, kept| {
            let same = later.0 == kept.0;
            if same {
                for f in 0..FIELDS {
                    kept.1[f] = kept.1[f].saturating_add(later.1[f]);
                }
                kept.2 = kept.2.min(later.2);
            }
            same
        });
        for &(term, tf, first) in &stemmed {
            let weighted: f64 = (0..FIELDS).map(|f| FIELD_WEIGHTS[f] * f64::from(tf[f]) / norms[f]).sum();
            let impact = (f64::from(MAX_IMPACT) * weighted / (K1 + weighted)).round().clamp(1.0, f64::from(MAX_IMPACT));
            let flags = if tf[0] > 0 { IN_TITLE } else { 0 } | if tf[1] > 0 { IN_HEADING } else { 0 };
            postings[term].push((id, (impact as u8) << 2 | flags, first));
        }
    }
    let mut terms: Vec<(String, Vec<Posting>)> = names.into_iter().zip(postings).collect();
    terms.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let terms = terms
        .into_iter()
        .map(|(term, list)| {
            let mut record = Vec::with_capacity(list.len() * 3 + 2);
            write_leb(&mut record, list.len());
            record.push(idf_byte(posts.len(), list.len()));
            let mut previous = 0;
            for (id, byte, first) in list {
                write_leb(&mut record, id - previous);
                record.push(byte);
                write_leb(&mut record, first as usize);
                previous = id;
            }
            (term, record)
        })
        .collect();
    let posts = posts
        .into_iter()
        .map(|post| query::Post { title: post.title.to_string(), url: post.url, meta: post.meta })
        .collect();
    Index { posts, pages, terms, stemmer }
}

/// Cuts an index into pieces, each with the JSON its script assigns (written straight from
/// the index: value trees for a large handbook's posts cost more than the writing).
pub fn pieces(index: &Index) -> Vec<(Piece, String)> {
    let b64 = |bytes: &[u8]| base64::engine::general_purpose::STANDARD.encode(bytes);
    let mut pieces = Vec::new();
    let mut chunk_starts = Vec::new();
    let mut first = 0;
    while first < index.terms.len() {
        // A chunk closes once it holds CHUNK_BYTES of postings (or a single bigger term).
        let (mut end, mut size) = (first + 1, index.terms[first].1.len());
        while end < index.terms.len() && size + index.terms[end].1.len() <= CHUNK_BYTES {
            size += index.terms[end].1.len();
            end += 1;
        }
        let run = &index.terms[first..end];
        chunk_starts.push(run[0].0.clone());
        let vocabulary = run.iter().map(|(term, _)| term.as_str()).collect::<Vec<_>>().join("\n");
        let postings: Vec<u8> = run.iter().flat_map(|(_, record)| record.iter().copied()).collect();
        let chunk = serde_json::to_string(&(vocabulary, b64(&postings))).expect("a chunk is two strings");
        pieces.push((Piece::Chunk(chunk_starts.len() - 1), chunk));
        first = end;
    }
    for (n, posts) in index.posts.chunks(FRAGMENT_POSTS).enumerate() {
        let stored: Vec<_> = posts.iter().map(|post| (&post.title, &post.url, &post.meta)).collect();
        pieces.push((Piece::Fragment(n), serde_json::to_string(&stored).expect("posts are plain data")));
    }
    let mut pages = Vec::new();
    for &count in &index.pages {
        write_leb(&mut pages, count);
    }
    let manifest = Manifest {
        chunks: chunk_starts,
        fragment_posts: FRAGMENT_POSTS,
        pages: b64(&pages),
        posts: index.posts.len(),
        stemmer: index.stemmer.map(str::to_string),
        terms: index.terms.len(),
    };
    pieces.insert(0, (Piece::Manifest, serde_json::to_string(&manifest).expect("a manifest is plain data")));
    pieces
}

/// The scripts of a language's index pieces, its stemmer's included.
fn scripts(index: &Index, lang: &str) -> Vec<(Piece, String)> {
    let mut scripts: Vec<(Piece, String)> =
        pieces(index).into_iter().map(|(piece, json)| (piece, piece.script(lang, &json))).collect();
    if let Some(code) = index.stemmer.and_then(stem::javascript) {
        scripts.push((Piece::Stemmer, Piece::Stemmer.script(lang, code.trim_end())));
    }
    scripts
}

/// The index pieces of each of `languages`, handed to `emit` as each language's index is
/// built, from `cache` where a document is unchanged since the previous build (`cache` then
/// holds this build's).
pub(crate) fn emit_indexes(
    site: &Site,
    languages: &[String],
    cache: &mut SearchCache,
    emit: &(dyn Fn(Artifact) + Sync),
) {
    use rayon::prelude::*;
    let prepared = prepare_all(site, cache);
    languages.par_iter().for_each(|lang| {
        for (piece, script) in scripts(&build_index(site, &prepared, lang), lang) {
            emit(Artifact::new(piece.route(lang), format!("(search index, {lang})"), script.into_bytes()));
        }
    });
}
