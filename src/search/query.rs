//! The reference reader of a built index: decodes tinysearch's exact storage format (from
//! the `.js` file the site ships) and ranks results exactly as `tinysearch::search` does,
//! with cairn's own normalization. `cairn search` uses it; the JavaScript reader in the
//! theme must return the same results (a test compares them).

use super::ResultMeta;
use super::normalize::tokenize;
use base64::Engine;

/// A decoded index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Index {
    posts: Vec<Post>,
    terms: Vec<String>,
    postings: Vec<Vec<usize>>,
    title_terms: Vec<Vec<String>>,
}

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

/// The base64 payload of an index script (`window.cairnSearchIndex["fr"] = "…";`).
pub fn script_payload(script: &str) -> Result<Vec<u8>, String> {
    let start = script.rfind("] = \"").ok_or("no index assignment found: is this a cairn search index file?")? + 5;
    let end = script[start..].find('"').ok_or("the index string is not closed")? + start;
    base64::engine::general_purpose::STANDARD
        .decode(&script[start..end])
        .map_err(|e| format!("the index is not valid base64: {e}"))
}

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
}

/// Decodes index bytes; a malformed index is an error saying what is wrong.
pub fn decode(bytes: &[u8]) -> Result<Index, String> {
    tinysearch::Storage::from_bytes(bytes).map_err(|e| e.to_string())?;
    let mut reader = Reader { bytes, at: 0 };
    if reader.take(MAGIC.len())? != MAGIC {
        return Err("not an exact tinysearch index (wrong magic bytes)".to_string());
    }
    let posts_len = reader.leb()?;
    let posts_end = reader.at + posts_len;
    let count = reader.varint()?;
    let mut posts = Vec::with_capacity(count.min(bytes.len()));
    for _ in 0..count {
        let title = reader.string()?;
        let url = reader.string()?;
        let meta = reader.string()?;
        let meta: ResultMeta =
            serde_json::from_str(&meta).map_err(|e| format!("a result's metadata is not cairn's: {e}"))?;
        posts.push(Post { title, url, meta });
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
        let k = reader.leb()?;
        let mut ids = Vec::with_capacity(k.min(posts.len()));
        let mut previous = 0;
        for i in 0..k {
            let delta = reader.leb()?;
            let id = if i == 0 { delta } else { previous + delta };
            if id >= posts.len() {
                return Err("a posting points past the last result".to_string());
            }
            ids.push(id);
            previous = id;
        }
        postings.push(ids);
    }
    if reader.at != bytes.len() {
        return Err("trailing bytes after the postings".to_string());
    }
    let title_terms = posts.iter().map(|p| tokenize(&p.title)).collect();
    Ok(Index { posts, terms, postings, title_terms })
}

impl Index {
    /// Up to `limit` posts for `query`, best first: a query term equal to a title term scores
    /// 3, a title-term prefix 2 (terms of three characters or more), and a body match 1
    /// (prefix for terms of three characters or more, exact otherwise); ties keep index order.
    pub fn search(&self, query: &str, limit: usize) -> Vec<&Post> {
        let mut scores = vec![0usize; self.posts.len()];
        for term in tokenize(query) {
            let prefix = term.chars().count() >= 3;
            for (score, titles) in scores.iter_mut().zip(&self.title_terms) {
                if titles.contains(&term) {
                    *score += 3;
                } else if prefix && titles.iter().any(|t| t.starts_with(&term)) {
                    *score += 2;
                }
            }
            let start = self.terms.partition_point(|t| t.as_str() < term.as_str());
            let mut matched = vec![false; self.posts.len()];
            for (t, ids) in self.terms[start..].iter().zip(&self.postings[start..]) {
                let hit = if prefix { t.starts_with(&term) } else { *t == term };
                if !hit {
                    break;
                }
                for &id in ids {
                    matched[id] = true;
                }
            }
            for (score, hit) in scores.iter_mut().zip(matched) {
                *score += usize::from(hit);
            }
        }
        let mut ranked: Vec<(usize, &Post)> = scores.into_iter().zip(&self.posts).filter(|(s, _)| *s > 0).collect();
        ranked.sort_by_key(|(score, _)| std::cmp::Reverse(*score));
        ranked.into_iter().take(limit).map(|(_, p)| p).collect()
    }

    /// Number of indexed sections.
    pub fn len(&self) -> usize {
        self.posts.len()
    }

    /// Whether nothing is indexed.
    pub fn is_empty(&self) -> bool {
        self.posts.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn malformed_indexes_are_clear_errors() {
        assert!(script_payload("var x = 1;").unwrap_err().contains("no index assignment"));
        assert!(decode(b"tinysearch\x02\x05ab").is_err());
        assert!(decode(b"garbage").is_err());
    }
}
