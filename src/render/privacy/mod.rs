//! Remote resources: whatever a page makes the browser fetch from another site (an image,
//! script, stylesheet, font, frame, video) tells that site who reads the handbook, and when.
//! The rendered pages and stylesheets are scanned for them, so it does not matter whether a
//! template, a static file or a page's Markdown put them there. Links (`<a href>`) are not
//! resources: they are only followed when clicked. Pages are read by the quick reader in
//! `quick` where it can, by html5gum where it cannot; both feed one [`Collector`].

mod quick;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::output::Artifact;
use html5gum::{Emitter, Error, State, Tokenizer};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::convert::Infallible;

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
    // Only the first six characters decide, so they are read without copying the URL.
    let mut head = ['\0'; 6];
    let read = url
        .trim()
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .map(|c| if c == '\\' { '/' } else { c.to_ascii_lowercase() });
    for (slot, c) in head.iter_mut().zip(read) {
        *slot = c;
    }
    let starts_with = |prefix: &str| prefix.chars().zip(head).all(|(want, got)| want == got);
    starts_with("http:") || starts_with("https:") || starts_with("//")
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

/// Attributes that can name something fetched (and `rel`, which says whether a `<link>`
/// fetches); the others are not kept.
const READ_ATTRIBUTES: [&[u8]; 8] = [b"src", b"srcset", b"poster", b"data", b"href", b"xlink:href", b"rel", b"style"];

/// The attributes through which a start tag named `name` fetches (`rel`: its `rel`).
fn fetching_attributes(name: &[u8], rel: &[u8]) -> &'static [&'static [u8]] {
    match name {
        b"img" | b"source" => &[b"src", b"srcset"],
        b"script" | b"iframe" | b"frame" | b"embed" | b"audio" | b"track" | b"input" => &[b"src"],
        b"video" => &[b"src", b"poster"],
        b"object" => &[b"data"],
        // The tokenizer lowercases every name, SVG's `feImage` too.
        b"image" | b"use" | b"feimage" => &[b"href", b"xlink:href"],
        b"link" => {
            let fetching: [&[u8]; 8] = [
                b"stylesheet",
                b"icon",
                b"preload",
                b"prefetch",
                b"modulepreload",
                b"manifest",
                b"preconnect",
                b"dns-prefetch",
            ];
            let mut rels = rel.split(|b| b.is_ascii_whitespace()).filter(|r| !r.is_empty());
            if rels.any(|r| fetching.iter().any(|f| r.eq_ignore_ascii_case(f))) { &[b"href"] } else { &[] }
        }
        _ => &[],
    }
}

/// Collects the resources of one HTML page as the tokenizer meets its tags: an html5gum
/// emitter that keeps only tag names, the values of [`READ_ATTRIBUTES`] and the text of
/// `<style>`, so the page's text and other attributes are skipped without being copied.
/// Its buffers are reused from tag to tag: a page has hundreds of tags.
struct Collector<'a> {
    found: &'a mut Vec<RemoteResource>,
    /// The tag being read: name, whether it is a start tag.
    name: Vec<u8>,
    start: bool,
    /// The value of each of [`READ_ATTRIBUTES`] on this tag; bit `i` of `seen` says
    /// whether the tag has the attribute (the first of each name: browsers drop repeats).
    values: [Vec<u8>; READ_ATTRIBUTES.len()],
    seen: u8,
    /// The attribute being read: its name, and once its value begins, which of `values`
    /// takes it (none for an attribute not read or repeated).
    attribute: Vec<u8>,
    target: Option<Option<usize>>,
    in_style: bool,
    style_text: Vec<u8>,
}

impl<'a> Collector<'a> {
    fn new(found: &'a mut Vec<RemoteResource>) -> Self {
        Collector {
            found,
            name: Vec::new(),
            start: false,
            values: Default::default(),
            seen: 0,
            attribute: Vec::new(),
            target: None,
            in_style: false,
            style_text: Vec::new(),
        }
    }
}

/// Adds `url` to `found` if it is remote; `by` says what fetches it.
fn add(found: &mut Vec<RemoteResource>, url: &[u8], by: impl FnOnce() -> String) {
    let url = String::from_utf8_lossy(url);
    if is_remote(&url) {
        found.push(RemoteResource { url: url.trim().to_string(), by: by() });
    }
}

impl Collector<'_> {
    /// Which of `values` the attribute being read goes into, decided once its name is
    /// complete (when its value begins, or it ends without one).
    fn target(&mut self) -> Option<usize> {
        if self.target.is_none() {
            let index = READ_ATTRIBUTES.iter().position(|name| *name == self.attribute);
            let index = index.filter(|&i| self.start && self.seen & (1 << i) == 0);
            if let Some(i) = index {
                self.values[i].clear();
            }
            self.target = Some(index);
        }
        self.target.flatten()
    }

    /// Keeps the attribute just read, if wanted and not repeated.
    fn end_attribute(&mut self) {
        if !self.attribute.is_empty()
            && let Some(i) = self.target()
        {
            self.seen |= 1 << i;
        }
        self.attribute.clear();
        self.target = None;
    }

    /// Reads the `<style>` text gathered since the last tag.
    fn end_text(&mut self) {
        if !self.style_text.is_empty() {
            let text = std::mem::take(&mut self.style_text);
            for url in css_urls(&String::from_utf8_lossy(&text)) {
                add(self.found, url.as_bytes(), || "<style>".to_string());
            }
        }
    }

    fn begin_tag(&mut self, start: bool) {
        self.end_text();
        self.name.clear();
        self.seen = 0;
        self.attribute.clear();
        self.target = None;
        self.start = start;
    }

    fn start_tag(&mut self) {
        let Self { found, name, values, seen, .. } = self;
        let value = |wanted: &[u8]| {
            let i = READ_ATTRIBUTES.iter().position(|name| *name == wanted)?;
            (*seen & (1 << i) != 0).then_some(&values[i][..])
        };
        // Names are made text only for what is reported: most tags fetch nothing.
        let tag = || String::from_utf8_lossy(name);
        let rel = value(b"rel").unwrap_or_default();
        for key in fetching_attributes(name, rel) {
            let Some(url) = value(key) else { continue };
            let by = || match &name[..] {
                b"link" => format!("<link rel=\"{}\">", String::from_utf8_lossy(rel)),
                _ => format!("<{} {}>", tag(), String::from_utf8_lossy(key)),
            };
            if *key == b"srcset" {
                for candidate in url.split(|b| *b == b',') {
                    let first = candidate.split(|b| b.is_ascii_whitespace()).find(|s| !s.is_empty());
                    add(found, first.unwrap_or_default(), by);
                }
            } else {
                add(found, url, by);
            }
        }
        if let Some(style) = value(b"style") {
            for url in css_urls(&String::from_utf8_lossy(style)) {
                add(found, url.as_bytes(), || format!("<{} style>", tag()));
            }
        }
    }
}

/// Only tags, their attributes and `<style>` text matter: comments, doctypes and parse
/// errors are dropped. The tokenizer stays in its data state throughout (no raw text for
/// `<script>` or `<noscript>`), so tags are found wherever a browser might parse them.
impl Emitter for Collector<'_> {
    type Token = Infallible;

    fn should_emit_errors(&mut self) -> bool {
        false
    }
    fn emit_string(&mut self, text: &[u8]) {
        if self.in_style {
            self.style_text.extend_from_slice(text);
        }
    }
    fn init_start_tag(&mut self) {
        self.begin_tag(true);
    }
    fn init_end_tag(&mut self) {
        self.begin_tag(false);
    }
    fn push_tag_name(&mut self, name: &[u8]) {
        self.name.extend_from_slice(name);
    }
    fn init_attribute(&mut self) {
        self.end_attribute();
    }
    fn push_attribute_name(&mut self, name: &[u8]) {
        self.attribute.extend_from_slice(name);
    }
    fn push_attribute_value(&mut self, value: &[u8]) {
        if let Some(i) = self.target() {
            self.values[i].extend_from_slice(value);
        }
    }
    fn emit_current_tag(&mut self) -> Option<State> {
        self.end_attribute();
        if self.name == b"style" {
            self.in_style = self.start;
        }
        if self.start {
            self.start_tag();
        }
        None
    }
    fn init_comment(&mut self) {
        self.end_text();
    }
    fn emit_eof(&mut self) {
        self.end_text();
    }
    fn pop_token(&mut self) -> Option<Infallible> {
        None
    }
    fn current_is_appropriate_end_tag_token(&mut self) -> bool {
        false
    }
    fn set_last_start_tag(&mut self, _: Option<&[u8]>) {}
    fn emit_error(&mut self, _: Error) {}
    fn emit_current_comment(&mut self) {}
    fn emit_current_doctype(&mut self) {}
    fn set_self_closing(&mut self) {}
    fn set_force_quirks(&mut self) {}
    fn push_comment(&mut self, _: &[u8]) {}
    fn push_doctype_name(&mut self, _: &[u8]) {}
    fn init_doctype(&mut self) {}
    fn set_doctype_public_identifier(&mut self, _: &[u8]) {}
    fn set_doctype_system_identifier(&mut self, _: &[u8]) {}
    fn push_doctype_public_identifier(&mut self, _: &[u8]) {}
    fn push_doctype_system_identifier(&mut self, _: &[u8]) {}
}

/// The remote resources of an output file (HTML pages and CSS stylesheets; other files
/// fetch nothing).
pub(crate) fn remote_resources(path: &str, bytes: &[u8]) -> Vec<RemoteResource> {
    if path.ends_with(".css") {
        return css_urls(&String::from_utf8_lossy(bytes))
            .into_iter()
            .filter(|u| is_remote(u))
            .map(|url| RemoteResource { url, by: "css url()".to_string() })
            .collect();
    }
    if !path.ends_with(".html") {
        return Vec::new();
    }
    let mut found = Vec::new();
    if quick::read(bytes, &mut Collector::new(&mut found)).is_some() {
        return found;
    }
    found.clear();
    let Ok(()) = Tokenizer::new_with_emitter(bytes, Collector::new(&mut found)).finish();
    found
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

    #[test]
    fn resources_are_found_as_a_browser_would_parse_the_tags() {
        let page = br#"<!DOCTYPE html><!-- <img src="https://comment.example/a.png"> -->
<LINK HREF="https://fonts.example/f.css" REL="Stylesheet"><link rel=alternate href="https://x.example/feed">
<img src="/local.png" src="https://repeated.example/dropped.png" alt="Tom &amp; Jerry">
<noscript><img src="&#x2F;&#x2F;entity.example/pixel.gif"></noscript>
<style>
  body { background: url(
    "https://css.example/bg.png") }
</style>
<svg><feImage xlink:href="https://svg.example/i.png"/></svg>
</p class="x" src="https://end-tag.example/a.png">
<div style="background:url('//inline.example/b.png')"></div>
<img srcset="/a.png 1x, https://srcset.example/b.png 2x">"#;
        let found: Vec<(String, String)> =
            remote_resources("p.html", page).into_iter().map(|r| (r.url, r.by)).collect();
        let expected = [
            ("https://fonts.example/f.css", "<link rel=\"Stylesheet\">"),
            ("//entity.example/pixel.gif", "<img src>"),
            ("https://css.example/bg.png", "<style>"),
            ("https://svg.example/i.png", "<feimage xlink:href>"),
            ("//inline.example/b.png", "<div style>"),
            ("https://srcset.example/b.png", "<img srcset>"),
        ];
        let expected: Vec<(String, String)> = expected.iter().map(|(u, b)| (u.to_string(), b.to_string())).collect();
        assert_eq!(found, expected);
        assert!(
            remote_resources("p.html", "<p>caf\u{e9} \u{0} <img src=https://x.example/a.png".as_bytes()).is_empty()
        );
        assert_eq!(remote_resources("p.html", b"<img src=https://x.example/a.png>").len(), 1);
    }
}
