//! The reference reader of a built index: finds the record boundaries of tinysearch's exact
//! storage format (to cut it into pieces at build time), loads only the pieces a query
//! needs, and ranks as `tinysearch::search` does — a query term equal to a title term scores
//! 3, a title-term prefix 2 (terms of three characters or more), a body match 1 (prefix for
//! terms of three characters or more, exact otherwise), ties in index order — with cairn's
//! normalization. `cairn search` uses it; the JavaScript reader in the theme does the same
//! steps and must return the same results (a test compares them).

use super::normalize::tokenize;
use super::{Manifest, Piece, ResultMeta, TITLE_MARK};
use base64::Engine;
use std::collections::BTreeMap;
use std::ops::Range;

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

const MAGIC: &[u8] = b"tinysearch\x02";

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], String> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.bytes.len()).ok_or("the index ends too early")?;
        let slice = &self.bytes[self.at..end];
        self.at = end;
        Ok(slice)
    }

    /// Unsigned LEB128.
    fn leb(&mut self) -> Result<usize, String> {
        let mut value: u64 = 0;
        for shift in (0..64).step_by(7) {
            let byte = self.take(1)?[0];
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return usize::try_from(value).map_err(|_| "a number in the index is too large".to_string());
            }
        }
        Err("a number in the index is too long".to_string())
    }

    /// bincode 2 standard varint.
    fn varint(&mut self) -> Result<usize, String> {
        let first = self.take(1)?[0];
        let value = match first {
            0..=250 => u64::from(first),
            251 => u64::from(u16::from_le_bytes(self.take(2)?.try_into().expect("two bytes"))),
            252 => u64::from(u32::from_le_bytes(self.take(4)?.try_into().expect("four bytes"))),
            253 => u64::from_le_bytes(self.take(8)?.try_into().expect("eight bytes")),
            _ => return Err("unsupported number size in the index".to_string()),
        };
        usize::try_from(value).map_err(|_| "a number in the index is too large".to_string())
    }

    fn string(&mut self) -> Result<String, String> {
        let len = self.varint()?;
        String::from_utf8(self.take(len)?.to_vec()).map_err(|_| "the index holds invalid UTF-8".to_string())
    }

    fn postings(&mut self) -> Result<Vec<usize>, String> {
        let k = self.leb()?;
        let mut ids = Vec::with_capacity(k.min(self.bytes.len()));
        let mut previous = 0;
        for i in 0..k {
            let delta = self.leb()?;
            previous = if i == 0 { delta } else { previous.checked_add(delta).ok_or("a posting overflows")? };
            ids.push(previous);
        }
        Ok(ids)
    }
}

/// Where each record of tinysearch's exact storage bytes lies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    /// Byte range of each post.
    pub posts: Vec<Range<usize>>,
    /// The vocabulary, in order.
    pub terms: Vec<String>,
    /// Byte range of each term's postings.
    pub postings: Vec<Range<usize>>,
}

/// Finds the records of storage bytes; a malformed index is an error saying what is wrong.
pub fn layout(bytes: &[u8]) -> Result<Layout, String> {
    let mut reader = Reader { bytes, at: 0 };
    if reader.take(MAGIC.len())? != MAGIC {
        return Err("not an exact tinysearch index (wrong magic bytes)".to_string());
    }
    let posts_len = reader.leb()?;
    let posts_end = reader.at + posts_len;
    let count = reader.varint()?;
    let mut posts = Vec::with_capacity(count.min(bytes.len()));
    for _ in 0..count {
        let start = reader.at;
        for _ in 0..3 {
            reader.string()?;
        }
        posts.push(start..reader.at);
    }
    if reader.at != posts_end {
        return Err("the posts section has an unexpected length".to_string());
    }
    let term_count = reader.leb()?;
    let vocab_len = reader.leb()?;
    let vocab = std::str::from_utf8(reader.take(vocab_len)?).map_err(|_| "the vocabulary is not UTF-8")?;
    let terms: Vec<String> = vocab.split_terminator('\n').map(str::to_string).collect();
    if terms.len() != term_count {
        return Err("the vocabulary has the wrong number of terms".to_string());
    }
    let mut postings = Vec::with_capacity(term_count);
    for _ in 0..term_count {
        let start = reader.at;
        reader.postings()?;
        postings.push(start..reader.at);
    }
    if reader.at != bytes.len() {
        return Err("trailing bytes after the postings".to_string());
    }
    Ok(Layout { posts, terms, postings })
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

struct Chunk {
    terms: Vec<String>,
    postings: Vec<Vec<usize>>,
}

/// A language's index, loading pieces as queries need them.
pub struct Searcher<S> {
    manifest: Manifest,
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

impl<S: PieceSource> Searcher<S> {
    /// Opens a language's index by loading its manifest.
    pub fn open(mut source: S) -> Result<Self, String> {
        let manifest: Manifest = serde_json::from_value(source.load(Piece::Manifest)?)
            .map_err(|e| format!("the index manifest is not cairn's: {e}"))?;
        Ok(Searcher { manifest, source, chunks: BTreeMap::new(), fragments: BTreeMap::new() })
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
            let postings = terms.iter().map(|_| reader.postings()).collect::<Result<Vec<_>, _>>()?;
            if reader.at != bytes.len() || postings.iter().flatten().any(|&id| id >= self.manifest.posts) {
                return Err("a vocabulary chunk is damaged".to_string());
            }
            self.chunks.insert(n, Chunk { terms, postings });
        }
        Ok(&self.chunks[&n])
    }

    /// Posts listed under `term` exactly, or under every term starting with it.
    fn matching(&mut self, term: &str, prefix: bool) -> Result<Vec<usize>, String> {
        let mut ids = Vec::new();
        let mut n = self.chunk_of(term);
        loop {
            let chunk = self.chunk(n)?;
            let start = chunk.terms.partition_point(|t| t.as_str() < term);
            for (t, posting) in chunk.terms[start..].iter().zip(&chunk.postings[start..]) {
                if !(if prefix { t.starts_with(term) } else { t == term }) {
                    break;
                }
                ids.extend_from_slice(posting);
            }
            n += 1;
            // With prefixes, matching terms may go on in the next chunk.
            if !prefix || self.manifest.chunks.get(n).is_none_or(|next| !next.starts_with(term)) {
                break;
            }
        }
        Ok(ids)
    }

    fn post(&mut self, id: usize) -> Result<Post, String> {
        let n = id / self.manifest.fragment_posts.max(1);
        if !self.fragments.contains_key(&n) {
            let bytes = base64_field(&self.source.load(Piece::Fragment(n))?)?;
            let mut reader = Reader { bytes: &bytes, at: 0 };
            let mut posts = Vec::new();
            while reader.at < bytes.len() {
                let (title, url, meta) = (reader.string()?, reader.string()?, reader.string()?);
                let meta =
                    serde_json::from_str(&meta).map_err(|e| format!("a result's metadata is not cairn's: {e}"))?;
                posts.push(Post { title, url, meta });
            }
            self.fragments.insert(n, posts);
        }
        self.fragments[&n]
            .get(id % self.manifest.fragment_posts.max(1))
            .cloned()
            .ok_or_else(|| "a fragment is missing posts".to_string())
    }

    /// Up to `limit` posts for `query`, best first.
    pub fn search(&mut self, query: &str, limit: usize) -> Result<Vec<Post>, String> {
        let mut scores = vec![0usize; self.manifest.posts];
        for term in tokenize(query) {
            let prefix = term.chars().count() >= 3;
            let marked = format!("{TITLE_MARK}{term}");
            let mut title = vec![0usize; self.manifest.posts];
            if prefix {
                for id in self.matching(&marked, true)? {
                    title[id] = 2;
                }
            }
            for id in self.matching(&marked, false)? {
                title[id] = 3;
            }
            let mut body = vec![false; self.manifest.posts];
            for id in self.matching(&term, prefix)? {
                body[id] = true;
            }
            for ((score, t), b) in scores.iter_mut().zip(title).zip(body) {
                *score += t + usize::from(b);
            }
        }
        let mut ranked: Vec<(usize, usize)> = scores.into_iter().enumerate().filter(|(_, s)| *s > 0).collect();
        ranked.sort_by_key(|&(id, score)| (std::cmp::Reverse(score), id));
        ranked.into_iter().take(limit).map(|(id, _)| self.post(id)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn malformed_indexes_are_clear_errors() {
        assert!(Piece::value_of("var x = 1;").unwrap_err().contains("no index assignment"));
        assert!(layout(b"tinysearch\x02\x05ab").is_err());
        assert!(layout(b"garbage, not an index").unwrap_err().contains("magic"));
    }
}
