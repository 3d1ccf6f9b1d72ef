//! The reference reader of a built index: loads only the pieces a query needs and ranks
//! with the scores stored in the index (see [`super`] and `docs/search.md`). `cairn search`
//! uses it; the JavaScript reader in the theme does the same steps in the same order and
//! must return the same results (a test compares them).
//!
//! Ranking, in integers so that both readers agree to the last tie:
//! - query terms are normalized and stemmed as the index's terms were;
//! - each query term scores, in each post, its stored IDF times the posting's impact; the
//!   last term also matches as a prefix (three characters or more, while typing), a term it
//!   only starts scoring half, rounded up, and so does the longest term of four characters
//!   or more that it starts with, in its chunk (an unfinished word can run past its stem);
//!   a post keeps its best match per query term;
//! - two consecutive query terms whose first positions in a post are adjacent, in order,
//!   add the smaller of their two scores (a phrase), a quarter of it when they are at most
//!   three apart (proximity); CJK bigrams of a query are consecutive terms, so `密碼學`
//!   counts as a phrase only where `密碼` and `碼學` are adjacent;
//! - posts group by page: pages whose title holds every query term come first, then a group
//!   ranks by its best post (ties: site order); within it, the
//!   page's introduction comes first when the page title matched, then the sections by score
//!   (ties: site order); a group shows its first post and folds up to
//!   [`FOLDED_SECTIONS`] more under it, counting the rest.

use super::normalize::tokenize;
use super::{IN_TITLE, Manifest, Piece, ResultMeta};
use base64::Engine;
use std::collections::{BTreeMap, HashMap};

/// Sections shown under a result's first post; the rest are counted.
pub const FOLDED_SECTIONS: usize = 3;

/// One indexed section.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Post {
    /// "Page › Section".
    pub title: String,
    /// Path from the site root, with `#anchor`.
    pub url: String,
    /// Excerpt and language.
    pub meta: ResultMeta,
}

/// One result: a page's best post, the next few of the same page, and how many more match.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Hit {
    /// The page itself when its title matched, else its best section.
    #[serde(flatten)]
    pub post: Post,
    /// Up to [`FOLDED_SECTIONS`] more posts of the same page, best first.
    pub sections: Vec<Post>,
    /// How many more posts of the page match.
    pub more: usize,
}

impl Hit {
    /// The URLs of the hit's post and folded sections, in order.
    pub fn urls(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.post.url.as_str()).chain(self.sections.iter().map(|p| p.url.as_str()))
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn done(&self) -> bool {
        self.at >= self.bytes.len()
    }

    fn take(&mut self, n: usize) -> Result<&[u8], String> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.bytes.len()).ok_or("the index ends too early")?;
        let slice = &self.bytes[self.at..end];
        self.at = end;
        Ok(slice)
    }

    fn byte(&mut self) -> Result<u8, String> {
        Ok(self.take(1)?[0])
    }

    /// Unsigned LEB128.
    fn leb(&mut self) -> Result<usize, String> {
        let mut value: u64 = 0;
        for shift in (0..64).step_by(7) {
            let byte = self.byte()?;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return usize::try_from(value).map_err(|_| "a number in the index is too large".to_string());
            }
        }
        Err("a number in the index is too long".to_string())
    }
}

/// A term's record: stored IDF and postings (post, impact and field flags, first position).
struct Term {
    idf: u64,
    postings: Vec<(usize, u8, u32)>,
}

impl Term {
    fn read(reader: &mut Reader, posts: usize) -> Result<Term, String> {
        let count = reader.leb()?;
        let idf = u64::from(reader.byte()?);
        let mut postings = Vec::with_capacity(count.min(reader.bytes.len()));
        let mut id = 0usize;
        for _ in 0..count {
            id = id.checked_add(reader.leb()?).filter(|&id| id < posts).ok_or("a posting points past the posts")?;
            let byte = reader.byte()?;
            let position = u32::try_from(reader.leb()?).map_err(|_| "a position is too large")?;
            postings.push((id, byte, position));
        }
        Ok(Term { idf, postings })
    }
}

struct Chunk {
    terms: Vec<String>,
    records: Vec<Term>,
}

/// Loads index pieces (from files, for `cairn search`; from memory, in tests).
pub trait PieceSource {
    /// The JSON value of a piece.
    fn load(&mut self, piece: Piece) -> Result<serde_json::Value, String>;
}

impl<F: FnMut(Piece) -> Result<serde_json::Value, String>> PieceSource for F {
    fn load(&mut self, piece: Piece) -> Result<serde_json::Value, String> {
        self(piece)
    }
}

/// A language's index, loading pieces as queries need them.
pub struct Searcher<S> {
    manifest: Manifest,
    /// The language's stemmer, as the index was built with.
    stem: Box<dyn Fn(&str) -> String>,
    /// First post of each page.
    page_starts: Vec<usize>,
    source: S,
    chunks: BTreeMap<usize, Chunk>,
    fragments: BTreeMap<usize, Vec<Post>>,
}

fn base64_field(value: &serde_json::Value) -> Result<Vec<u8>, String> {
    let text = value.as_str().ok_or("an index piece is not a string")?;
    base64::engine::general_purpose::STANDARD
        .decode(text)
        .map_err(|e| format!("an index piece is not valid base64: {e}"))
}

/// A matching post of a page: id, score, whether the page title matched.
type Scored = (usize, u64, bool);

/// A query term's best match in each post: score and first position; and the field flags
/// of all its matches there.
type Matches = HashMap<usize, (u64, u32, u8)>;

/// Adds a term's postings to a query term's matches: the whole query term scores the
/// term's IDF times the posting's impact, a term it only starts or ends in half (rounded up);
/// a post keeps its best match, and the field flags of all.
fn add_matches(matches: &mut Matches, record: &Term, exact: bool) {
    for &(id, byte, position) in &record.postings {
        let score = record.idf * u64::from(byte >> 2);
        let score = if exact { score } else { score.div_ceil(2) };
        let best = matches.entry(id).or_insert((0, 0, 0));
        if score > best.0 {
            (best.0, best.1) = (score, position);
        }
        best.2 |= byte & 3;
    }
}

impl<S: PieceSource> Searcher<S> {
    /// Opens a language's index by loading its manifest.
    pub fn open(mut source: S) -> Result<Self, String> {
        let manifest: Manifest = serde_json::from_value(source.load(Piece::Manifest)?)
            .map_err(|e| format!("the index manifest is not cairn's: {e}"))?;
        let pages = base64_field(&serde_json::Value::String(manifest.pages.clone()))?;
        let mut reader = Reader { bytes: &pages, at: 0 };
        let mut page_starts = Vec::new();
        let mut next = 0usize;
        while !reader.done() {
            page_starts.push(next);
            next = next.checked_add(reader.leb()?).ok_or("the page list overflows")?;
        }
        if next != manifest.posts {
            return Err("the page list does not add up to the posts".to_string());
        }
        let stem = Box::new(super::stem::stemmer(manifest.stemmer.as_deref()));
        Ok(Searcher { manifest, stem, page_starts, source, chunks: BTreeMap::new(), fragments: BTreeMap::new() })
    }

    /// Index of the chunk whose vocabulary range holds `term`.
    fn chunk_of(&self, term: &str) -> usize {
        self.manifest.chunks.partition_point(|start| start.as_str() <= term).saturating_sub(1)
    }

    fn chunk(&mut self, n: usize) -> Result<&Chunk, String> {
        if !self.chunks.contains_key(&n) {
            let value = self.source.load(Piece::Chunk(n))?;
            let vocabulary = value[0].as_str().ok_or("a vocabulary chunk is damaged")?;
            let bytes = base64_field(&value[1])?;
            let terms: Vec<String> = vocabulary.split('\n').map(str::to_string).collect();
            let mut reader = Reader { bytes: &bytes, at: 0 };
            let records =
                terms.iter().map(|_| Term::read(&mut reader, self.manifest.posts)).collect::<Result<Vec<_>, _>>()?;
            if !reader.done() {
                return Err("a vocabulary chunk is damaged".to_string());
            }
            self.chunks.insert(n, Chunk { terms, records });
        }
        Ok(&self.chunks[&n])
    }

    /// `term`'s best match in each post, as the whole term or (with `prefix`) as the start
    /// of longer terms, in vocabulary order.
    fn matches(&mut self, term: &str, prefix: bool) -> Result<Matches, String> {
        let mut matches = Matches::new();
        let mut n = self.chunk_of(term);
        if prefix {
            // An unfinished word can run past its stem (`consentimient`, indexed as `consent`):
            // the longest term of four characters or more that it starts with, in its chunk,
            // matches too.
            let chunk = self.chunk(n)?;
            let start = chunk.terms.partition_point(|t| t.as_str() < term);
            let head: String = term.chars().take(4).collect();
            for (t, record) in chunk.terms[..start].iter().zip(&chunk.records[..start]).rev() {
                if head.chars().count() < 4 || !t.starts_with(&head) {
                    break;
                }
                if term.starts_with(t.as_str()) {
                    add_matches(&mut matches, record, false);
                    break;
                }
            }
        }
        loop {
            let chunk = self.chunk(n)?;
            let start = chunk.terms.partition_point(|t| t.as_str() < term);
            for (t, record) in chunk.terms[start..].iter().zip(&chunk.records[start..]) {
                let exact = t == term;
                if !(exact || prefix && t.starts_with(term)) {
                    break;
                }
                add_matches(&mut matches, record, exact);
            }
            n += 1;
            // With prefixes, matching terms may go on in the next chunk.
            if !prefix || self.manifest.chunks.get(n).is_none_or(|next| !next.starts_with(term)) {
                break;
            }
        }
        Ok(matches)
    }

    fn post(&mut self, id: usize) -> Result<Post, String> {
        let n = id / self.manifest.fragment_posts.max(1);
        if !self.fragments.contains_key(&n) {
            let stored: Vec<(String, String, ResultMeta)> =
                serde_json::from_value(self.source.load(Piece::Fragment(n))?)
                    .map_err(|e| format!("a fragment of results is not cairn's: {e}"))?;
            self.fragments.insert(n, stored.into_iter().map(|(title, url, meta)| Post { title, url, meta }).collect());
        }
        self.fragments[&n]
            .get(id % self.manifest.fragment_posts.max(1))
            .cloned()
            .ok_or_else(|| "a fragment is missing posts".to_string())
    }

    /// Each matching post's score, whether its page title matched, and whether it matched
    /// every query term, by post.
    fn scores(&mut self, terms: &[String], prefix: bool) -> Result<BTreeMap<usize, (u64, bool, bool)>, String> {
        let mut per_term = Vec::with_capacity(terms.len());
        for (i, term) in terms.iter().enumerate() {
            per_term.push(self.matches(term, prefix && i + 1 == terms.len())?);
        }
        let mut scores = BTreeMap::new();
        let mut title_terms: BTreeMap<usize, usize> = BTreeMap::new();
        for matches in &per_term {
            for (&id, &(score, _, flags)) in matches {
                let post = scores.entry(id).or_insert((0, false, false));
                post.0 += score;
                if flags & IN_TITLE != 0 {
                    post.1 = true;
                    *title_terms.entry(id).or_default() += 1;
                }
            }
        }
        for (id, count) in title_terms {
            scores.get_mut(&id).expect("every match is scored").2 = count == terms.len();
        }
        for pair in per_term.windows(2) {
            for (id, &(first, at, _)) in &pair[0] {
                if let Some(&(second, next, _)) = pair[1].get(id) {
                    let gap = i64::from(next) - i64::from(at);
                    let bonus = match gap {
                        1 => first.min(second),
                        -3..=3 if gap != 0 => first.min(second) / 4,
                        _ => 0,
                    };
                    scores.get_mut(id).expect("every match is scored").0 += bonus;
                }
            }
        }
        Ok(scores)
    }

    /// Up to `limit` results for `query`, best first.
    pub fn search(&mut self, query: &str, limit: usize) -> Result<Vec<Hit>, String> {
        let terms: Vec<String> = tokenize(query).iter().map(|t| (self.stem)(t)).collect();
        // While typing, the last word may be unfinished.
        let prefix = terms.last().is_some_and(|t| t.chars().count() >= 3);
        let scores = self.scores(&terms, prefix)?;
        let mut groups: BTreeMap<usize, (bool, Vec<Scored>)> = BTreeMap::new();
        for (&id, &(score, in_title, whole_title)) in &scores {
            let page = self.page_starts.partition_point(|&start| start <= id).saturating_sub(1);
            let group = groups.entry(page).or_default();
            group.0 |= whole_title;
            group.1.push((id, score, in_title));
        }
        let mut ranked: Vec<(bool, u64, usize, Vec<Scored>)> = groups
            .into_iter()
            .map(|(page, (whole_title, mut posts))| {
                let intro = self.page_starts[page];
                posts.sort_by_key(|&(id, score, in_title)| (!(id == intro && in_title), std::cmp::Reverse(score), id));
                let best = posts.iter().map(|&(_, s, _)| s).max().unwrap_or(0);
                (whole_title, best, page, posts)
            })
            .collect();
        ranked.sort_by_key(|&(whole_title, best, page, _)| (!whole_title, std::cmp::Reverse(best), page));
        ranked
            .into_iter()
            .take(limit)
            .map(|(_, _, _, posts)| {
                let mut shown = posts.iter().take(1 + FOLDED_SECTIONS).map(|&(id, _, _)| self.post(id));
                let post = shown.next().expect("a group has a post")?;
                let sections = shown.collect::<Result<Vec<_>, _>>()?;
                Ok(Hit { post, sections, more: posts.len().saturating_sub(1 + FOLDED_SECTIONS) })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn malformed_indexes_are_clear_errors() {
        assert!(Piece::value_of("var x = 1;").unwrap_err().contains("no index assignment"));
        let manifest = serde_json::json!({"posts": 2, "terms": 0, "fragment_posts": 16, "chunks": [], "pages": "AQ=="});
        let error = Searcher::open(|_| Ok(manifest.clone())).err().unwrap();
        assert!(error.contains("page list"), "{error}");
        let chunk = |terms: &str, bytes: &[u8]| {
            let value = serde_json::json!([terms, base64::engine::general_purpose::STANDARD.encode(bytes)]);
            let manifest =
                serde_json::json!({"posts": 1, "terms": 1, "fragment_posts": 16, "chunks": ["a"], "pages": "AQ=="});
            // One post: title "T", URL "u", metadata with an empty excerpt in English.
            let post = serde_json::json!([["T", "u", {"e": "", "l": "en"}]]);
            let mut searcher = Searcher::open(move |p| {
                Ok(match p {
                    Piece::Manifest => manifest.clone(),
                    Piece::Chunk(_) => value.clone(),
                    Piece::Fragment(_) | Piece::Stemmer => post.clone(),
                })
            })
            .unwrap();
            searcher.search("ab", 5).map(|hits| hits[0].post.url.clone())
        };
        assert!(chunk("ab", &[1, 10, 5, 4, 0]).unwrap_err().contains("past the posts"));
        assert!(chunk("ab", &[1, 10]).unwrap_err().contains("ends too early"));
        assert_eq!(chunk("ab", &[1, 10, 0, 4, 0]), Ok("u".to_string()));
    }
}
