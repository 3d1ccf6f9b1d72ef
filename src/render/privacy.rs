//! Remote resources: whatever a page makes the browser fetch from another site (an image,
//! script, stylesheet, font, frame, video) tells that site who reads the handbook, and when.
//! The rendered pages and stylesheets are scanned for them, so it does not matter whether a
//! template, a static file or a page's Markdown put them there. Links (`<a href>`) are not
//! resources: they are only followed when clicked.

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::output::Artifact;
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer};
use rayon::prelude::*;
use std::cell::RefCell;
use std::collections::BTreeMap;

/// One remote resource of an output file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RemoteResource {
    /// The URL as written.
    pub url: String,
    /// What fetches it (`img`, `script`, `link rel=stylesheet`, `css url()`...).
    pub by: String,
}

/// Whether a browser would fetch `url` from another host. Browsers drop tabs and line
/// breaks inside URLs and read `\` as `/` in web URLs, and `http:host` from an `https:` page
/// reaches `http://host/`: all of those count.
fn is_remote(url: &str) -> bool {
    let url: String = url
        .trim()
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .map(|c| if c == '\\' { '/' } else { c })
        .collect();
    let url = url.to_ascii_lowercase();
    url.starts_with("http:") || url.starts_with("https:") || url.starts_with("//")
}

/// URLs of `url(...)` and `@import "..."` in CSS text.
fn css_urls(css: &str) -> Vec<String> {
    let mut urls = Vec::new();
    let lower = css.to_ascii_lowercase();
    for (at, _) in lower.match_indices("url(") {
        let rest = &css[at + 4..];
        let end = rest.find(')').unwrap_or(rest.len());
        urls.push(rest[..end].trim().trim_matches(['"', '\'']).to_string());
    }
    for (at, _) in lower.match_indices("@import") {
        let rest = css[at + 7..].trim_start();
        if let Some(quote) = rest.chars().next().filter(|c| *c == '"' || *c == '\'') {
            urls.push(rest[1..].split(quote).next().unwrap_or("").to_string());
        }
    }
    urls
}

/// Collects the resources of one HTML page as the tokenizer meets its tags.
#[derive(Default)]
struct Collector {
    found: RefCell<Vec<RemoteResource>>,
    in_style: RefCell<bool>,
}

impl Collector {
    fn add(&self, url: &str, by: impl Into<String>) {
        if is_remote(url) {
            self.found.borrow_mut().push(RemoteResource { url: url.trim().to_string(), by: by.into() });
        }
    }

    fn tag(&self, tag: &Tag) {
        let name: &str = &tag.name;
        if name == "style" {
            *self.in_style.borrow_mut() = tag.kind == TagKind::StartTag;
        }
        if tag.kind != TagKind::StartTag {
            return;
        }
        let attr = |wanted: &str| tag.attrs.iter().find(|a| &*a.name.local == wanted).map(|a| a.value.to_string());
        let fetched: &[&str] = match name {
            "img" | "source" => &["src", "srcset"],
            "script" | "iframe" | "frame" | "embed" | "audio" | "track" | "input" => &["src"],
            "video" => &["src", "poster"],
            "object" => &["data"],
            "image" | "use" | "feImage" => &["href", "xlink:href"],
            "link" => {
                let rel = attr("rel").unwrap_or_default().to_ascii_lowercase();
                let fetching = [
                    "stylesheet",
                    "icon",
                    "preload",
                    "prefetch",
                    "modulepreload",
                    "manifest",
                    "preconnect",
                    "dns-prefetch",
                ];
                if rel.split_whitespace().any(|r| fetching.contains(&r)) { &["href"] } else { &[] }
            }
            _ => &[],
        };
        for attribute in &tag.attrs {
            let key: &str = &attribute.name.local;
            if fetched.contains(&key) {
                let value = attribute.value.to_string();
                let by = if name == "link" {
                    format!("<link rel=\"{}\">", attr("rel").unwrap_or_default())
                } else {
                    format!("<{name} {key}>")
                };
                if key == "srcset" {
                    for candidate in value.split(',') {
                        self.add(candidate.split_whitespace().next().unwrap_or(""), by.clone());
                    }
                } else {
                    self.add(&value, by);
                }
            } else if key == "style" {
                for url in css_urls(&attribute.value) {
                    self.add(&url, format!("<{name} style>"));
                }
            }
        }
    }
}

impl TokenSink for Collector {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        match token {
            Token::TagToken(tag) => self.tag(&tag),
            Token::CharacterTokens(text) if *self.in_style.borrow() => {
                for url in css_urls(&text) {
                    self.add(&url, "<style>");
                }
            }
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

/// The remote resources of an output file (HTML pages and CSS stylesheets; other files
/// fetch nothing).
pub(crate) fn remote_resources(path: &str, bytes: &[u8]) -> Vec<RemoteResource> {
    let text = String::from_utf8_lossy(bytes);
    if path.ends_with(".css") {
        return css_urls(&text)
            .into_iter()
            .filter(|u| is_remote(u))
            .map(|url| RemoteResource { url, by: "css url()".to_string() })
            .collect();
    }
    if !path.ends_with(".html") {
        return Vec::new();
    }
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(&text));
    let tokenizer = Tokenizer::new(Collector::default(), Default::default());
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    tokenizer.sink.found.take()
}

/// The remote resources of each of `artifacts` (in parallel: tokenizing every page is a
/// third of a build's instructions).
pub(crate) fn scan(artifacts: &[Artifact]) -> Vec<Vec<RemoteResource>> {
    artifacts.par_iter().map(|artifact| remote_resources(&artifact.path(), &artifact.bytes)).collect()
}

/// One diagnostic per remote URL among `artifacts`, naming the first file that embeds it
/// and how many others do: an error when `strict`, else a warning.
pub(crate) fn check(artifacts: &[Artifact], strict: bool) -> Diagnostics {
    let found = scan(artifacts);
    report(artifacts.iter().map(|a| a.origin.as_str()).zip(&found), strict)
}

/// [`check`] over resources already found: (origin, resources) per output file, in output
/// order, so "first file" is the same whether the files were scanned at once or one by one.
pub(crate) fn report<'a>(
    found: impl IntoIterator<Item = (&'a str, &'a Vec<RemoteResource>)>,
    strict: bool,
) -> Diagnostics {
    let mut by_url: BTreeMap<&str, (&RemoteResource, &str, usize)> = BTreeMap::new();
    for (origin, resources) in found {
        for resource in resources {
            by_url.entry(&resource.url).and_modify(|(_, _, others)| *others += 1).or_insert((resource, origin, 0));
        }
    }
    by_url
        .into_values()
        .map(|(resource, origin, others)| {
            let also = match others {
                0 => String::new(),
                1 => " (and 1 other page)".to_string(),
                n => format!(" (and {n} other pages)"),
            };
            let message = format!(
                "remote resource {} ({}){also}: every reader's browser would fetch it from another site, which learns who reads the handbook",
                resource.url, resource.by
            );
            let diagnostic = if strict { Diagnostic::error(message) } else { Diagnostic::warning(message) };
            let diagnostic = if origin.starts_with('(') { diagnostic } else { diagnostic.in_file(origin) };
            diagnostic.with_hint("copy the file into the handbook (static/ or beside the page) and link it locally; privacy = \"strict\" in cairn.toml makes this an error")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remote_urls_are_recognized_as_browsers_read_them() {
        for remote in [
            "https://x.example/a.png",
            " HTTP://x.example",
            "//x.example/a.js",
            "\\\\x.example/a.png",
            "/\\x.example",
            "ht\ttps://x.example",
            "http:x.example/a.png",
        ] {
            assert!(is_remote(remote), "{remote:?}");
        }
        for local in
            ["a.png", "/img/a.png", "../a.png", "data:image/png;base64,AAAA", "#top", "mailto:a@x.example", "httpd.png"]
        {
            assert!(!is_remote(local), "{local:?}");
        }
        let found =
            remote_resources("p.html", br#"<img src="\\x.example/t.png"><a href="https://x.example/">link</a>"#);
        assert_eq!(found.iter().map(|r| r.by.as_str()).collect::<Vec<_>>(), ["<img src>"]);
    }
}
