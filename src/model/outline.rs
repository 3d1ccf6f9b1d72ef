//! One pass over a document's Markdown that finds what the rest of the model needs before
//! any HTML exists: headings (text, unique ids, attributes, section credits), every link
//! and image destination, each with its source line, and the plain text under each heading
//! (what search indexes and handouts check fonts against, without parsing the file again).

use crate::diagnostics::{Diagnostic, LineIndex};
use crate::lang;
use crate::markdown::{self, HeadingAttributes};
use pulldown_cmark::{Event, Tag, TagEnd};
use std::collections::BTreeSet;
use std::path::Path;

/// Heading attributes that credit contributors instead of becoming HTML attributes.
pub(crate) const CREDIT_ROLES: &[&str] = &["authors", "translators", "reviewers", "approved_by"];

/// A heading of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    /// 1 to 6.
    pub level: u8,
    /// Plain text of the heading, as shown.
    pub text: String,
    /// Unique anchor id within the document.
    pub id: String,
    /// `.class` attributes.
    pub classes: Vec<String>,
    /// Other `key=value` attributes, passed to the HTML.
    pub attrs: Vec<(String, Option<String>)>,
    /// Credits given on the heading, by role (`authors`, ...), as contributor ids.
    pub credits: Vec<(String, Vec<String>)>,
    /// 1-based line in the source file.
    pub line: usize,
}

/// A link or image destination, in document order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkRef {
    /// The destination as written.
    pub dest: String,
    /// Whether it is an image (`![..](..)`).
    pub is_image: bool,
    /// 1-based line in the source file.
    pub line: usize,
}

/// The outline of one document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outline {
    /// Headings in document order.
    pub headings: Vec<Heading>,
    /// Links and images in document order (the renderer meets them in the same order).
    pub links: Vec<LinkRef>,
    /// `<a href>` and `<img src>` of the author's raw HTML, in document order: checked like
    /// links, but left as written in the output.
    pub html_links: Vec<LinkRef>,
    /// Words as readers see them (markup left out); each Han, Kana or Hangul character
    /// counts as one, as translators count those scripts by character.
    pub words: usize,
    /// Plain text of each section, words separated by single spaces (markup and code
    /// fences' info strings left out; code kept): the introduction before the first heading,
    /// then the text under each heading, up to the next heading of any level. One string
    /// for the document, cut where each section ends.
    plain_text: String,
    section_ends: Vec<usize>,
    /// The heading ids, for checking links' anchors (a page may have thousands).
    anchors: BTreeSet<String>,
}

impl Outline {
    /// Whether `id` is a heading anchor of the document.
    pub(crate) fn has_anchor(&self, id: &str) -> bool {
        self.anchors.contains(id)
    }

    /// Each section's heading (`None` for the introduction) and plain text.
    pub fn plain_sections(&self) -> impl Iterator<Item = (Option<&Heading>, &str)> {
        let starts = std::iter::once(0).chain(self.section_ends.iter().copied());
        let texts = starts.zip(&self.section_ends).map(|(start, &end)| &self.plain_text[start..end]);
        std::iter::once(None).chain(self.headings.iter().map(Some)).zip(texts)
    }
}

/// Reads the outline of `body`, which starts at line `body_line` of `file`.
pub(crate) fn outline(body: &str, body_line: usize, file: &Path) -> (Outline, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let lines = LineIndex::new(body);
    let line_at = |offset: usize| body_line + lines.line(offset) - 1;
    let mut outline = Outline::default();
    let mut explicit: Vec<Option<String>> = Vec::new();
    let mut current: Option<(Heading, Option<String>)> = None;
    let mut html_block: Option<usize> = None;
    let mut section_text = PlainText { text: String::with_capacity(body.len()), ..PlainText::default() };
    for (event, range) in markdown::parser(body).into_offset_iter() {
        match event {
            // A block's HTML arrives line by line; a tag may span lines, so read it whole.
            Event::Start(Tag::HtmlBlock) => html_block = Some(range.start),
            Event::End(TagEnd::HtmlBlock) => {
                if let Some(start) = html_block.take() {
                    html_links(&body[start..range.end], line_at(start), &mut outline.html_links);
                }
            }
            Event::InlineHtml(html) => html_links(&html, line_at(range.start), &mut outline.html_links),
            Event::Start(Tag::Heading { level, .. }) => {
                let HeadingAttributes { id, classes, attrs } = markdown::heading_attributes(&body[range.clone()]);
                let (credits, attrs): (Vec<_>, Vec<_>) =
                    attrs.into_iter().partition(|(k, _)| CREDIT_ROLES.contains(&k.as_str()));
                let line = line_at(range.start);
                let credits = credits
                    .into_iter()
                    .map(|(role, value)| {
                        let ids = markdown::split_list(value.as_deref().unwrap_or(""));
                        if ids.is_empty() {
                            diagnostics.push(
                                Diagnostic::error(format!("empty `{role}` on a heading"))
                                    .in_file(file)
                                    .at_line(line)
                                    .with_hint(format!("write {role}=\"id1, id2\" with ids from contributors.toml")),
                            );
                        }
                        (role, ids)
                    })
                    .collect();
                let heading = Heading {
                    level: level as u8,
                    text: String::new(),
                    id: String::new(),
                    classes,
                    attrs,
                    credits,
                    line,
                };
                current = Some((heading, id));
                outline.section_ends.push(section_text.end_section());
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((heading, id)) = current.take() {
                    outline.headings.push(heading);
                    explicit.push(id);
                }
            }
            Event::Text(text) | Event::Code(text) => {
                if let Some((heading, _)) = current.as_mut() {
                    outline.words += words_in(&text);
                    heading.text.push_str(&text);
                } else {
                    outline.words += section_text.push(&text);
                    if let Some(role) = credit_outside_heading(&text) {
                        diagnostics.push(
                            Diagnostic::error(format!("`{role}` credit outside a heading"))
                                .in_file(file)
                                .at_line(line_at(range.start))
                                .with_hint(format!("credits go at the end of a heading (`## Title {{{role}=\"id\"}}`) or in the front matter")),
                        );
                    }
                }
            }
            Event::SoftBreak
            | Event::HardBreak
            | Event::End(
                TagEnd::Paragraph
                | TagEnd::Item
                | TagEnd::TableCell
                | TagEnd::CodeBlock
                | TagEnd::BlockQuote(_)
                | TagEnd::FootnoteDefinition,
            ) if current.is_none() => section_text.space(),
            Event::Start(Tag::Link { dest_url, .. }) => {
                outline.links.push(LinkRef { dest: dest_url.to_string(), is_image: false, line: line_at(range.start) });
            }
            Event::Start(Tag::Image { dest_url, .. }) => {
                outline.links.push(LinkRef { dest: dest_url.to_string(), is_image: true, line: line_at(range.start) });
            }
            _ => {}
        }
    }
    outline.section_ends.push(section_text.end_section());
    outline.plain_text = section_text.text;
    assign_ids(&mut outline.headings, &explicit, file, &mut diagnostics);
    outline.anchors = outline.headings.iter().map(|h| h.id.clone()).collect();
    (outline, diagnostics)
}

fn html_links(html: &str, first_line: usize, links: &mut Vec<LinkRef>) {
    links.extend(markdown::html_references(html).into_iter().map(|r| LinkRef {
        dest: r.url,
        is_image: r.is_image,
        line: first_line + r.line - 1,
    }));
}

/// Plain text gathered piece by piece, section after section: each section as
/// `split_whitespace().join(" ")` of its pieces would give it, built in one pass (with the
/// word count) instead of copying it twice.
#[derive(Default)]
struct PlainText {
    text: String,
    /// Where the section being gathered starts in `text`.
    section_start: usize,
    /// Whether whitespace came after the last word.
    space: bool,
}

impl PlainText {
    /// Appends `piece`; returns its words as [`words_in`] counts them.
    fn push(&mut self, piece: &str) -> usize {
        if piece.is_ascii() {
            return self.push_ascii(piece);
        }
        let mut words = 0;
        for (space_before, word) in words_of(piece) {
            if (space_before || self.space) && self.text.len() > self.section_start {
                self.text.push(' ');
            }
            self.text.push_str(word);
            self.space = false;
            words += word_count(word);
        }
        self.space |= piece.ends_with(char::is_whitespace);
        words
    }

    /// [`PlainText::push`] for ASCII text (most text), read by bytes: each word counts one.
    fn push_ascii(&mut self, piece: &str) -> usize {
        let bytes = piece.as_bytes();
        let (mut at, mut words) = (0, 0);
        loop {
            let word_start = at + bytes[at..].iter().position(|&b| !is_ascii_space(b)).unwrap_or(bytes.len() - at);
            self.space |= word_start > at;
            if word_start == bytes.len() {
                return words;
            }
            at = word_start
                + bytes[word_start..].iter().position(|&b| is_ascii_space(b)).unwrap_or(bytes.len() - word_start);
            if self.space && self.text.len() > self.section_start {
                self.text.push(' ');
            }
            self.text.push_str(&piece[word_start..at]);
            self.space = false;
            words += 1;
        }
    }

    fn space(&mut self) {
        self.space = true;
    }

    /// Ends the section being gathered; returns where it ends in the text.
    fn end_section(&mut self) -> usize {
        self.space = false;
        self.section_start = self.text.len();
        self.section_start
    }
}

/// Whitespace as `char::is_whitespace` sees it, for ASCII: vertical tab too, which
/// `is_ascii_whitespace` leaves out.
fn is_ascii_space(byte: u8) -> bool {
    byte.is_ascii_whitespace() || byte == 0x0B
}

/// The length of the whitespace character that `text` starts with, if it starts with one.
/// Read by bytes: besides ASCII, whitespace in UTF-8 starts with one of four lead bytes
/// (U+0085 and U+00A0, U+1680, U+2000 to U+205F, U+3000), so the letters of other scripts
/// (Arabic, Cyrillic, Han) are passed over without being decoded.
fn space_at(text: &str) -> Option<usize> {
    match *text.as_bytes().first()? {
        byte if byte < 0x80 => is_ascii_space(byte).then_some(1),
        0xC2 | 0xE1 | 0xE2 | 0xE3 => text.chars().next().filter(|c| c.is_whitespace()).map(char::len_utf8),
        _ => None,
    }
}

/// The whitespace-separated words of `text` (whitespace as `char::is_whitespace` sees it),
/// each with whether whitespace comes before it.
fn words_of(text: &str) -> impl Iterator<Item = (bool, &str)> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let mut start = 0;
        while let Some(length) = space_at(&rest[start..]) {
            start += length;
        }
        if start == rest.len() {
            return None;
        }
        // Continuation bytes are never taken for whitespace, so `end` stays on character
        // boundaries wherever `space_at` looks.
        let mut end = start + 1;
        while end < rest.len() && (!rest.is_char_boundary(end) || space_at(&rest[end..]).is_none()) {
            end += 1;
        }
        let word = &rest[start..end];
        rest = &rest[end..];
        Some((start > 0, word))
    })
}

/// Words in one whitespace-free token: one, or for Han, Kana and Hangul one per character
/// (plus one for any other letters or digits in it).
fn word_count(token: &str) -> usize {
    // Han, Kana and Hangul are encoded in three or four bytes, from lead byte 0xE1 up: a
    // token without such a byte (Latin, Arabic, Cyrillic) is one word, and is not decoded.
    if !token.bytes().any(|byte| byte >= 0xE1) {
        return 1;
    }
    let cjk = token.chars().filter(|&c| lang::is_cjk(c)).count();
    match cjk {
        0 => 1,
        _ => cjk + usize::from(token.chars().any(|c| !lang::is_cjk(c) && c.is_alphanumeric())),
    }
}

/// Words of `text` as readers count them (CJK characters one each).
pub(crate) fn words_in(text: &str) -> usize {
    // Most text is ASCII: counted by bytes, without decoding characters.
    if text.is_ascii() {
        return text.as_bytes().split(|&b| is_ascii_space(b)).filter(|word| !word.is_empty()).count();
    }
    words_of(text).map(|(_, word)| word_count(word)).sum()
}

/// The credit role of a `{... authors=...}` block ending a line of ordinary text: a likely
/// attempt to credit a paragraph, which only headings support.
fn credit_outside_heading(text: &str) -> Option<&'static str> {
    let line = text.trim_end();
    let block = line.strip_suffix('}')?;
    let inner = &block[block.rfind('{')? + 1..];
    let attrs = markdown::heading_attributes(&format!("# x {{{inner}}}"));
    CREDIT_ROLES.iter().copied().find(|role| attrs.attrs.iter().any(|(k, v)| k == role && v.is_some()))
}

/// Explicit ids are kept as written (a repeated one is an error); the others are slugs of the
/// heading text, made unique with `-1`, `-2`, ... so they stay stable when text elsewhere changes.
fn assign_ids(headings: &mut [Heading], explicit: &[Option<String>], file: &Path, diagnostics: &mut Vec<Diagnostic>) {
    let mut used = BTreeSet::new();
    for (heading, id) in headings.iter().zip(explicit) {
        if let Some(id) = id
            && !used.insert(id.clone())
        {
            diagnostics.push(
                Diagnostic::error(format!("heading id `{id}` is used twice in this page"))
                    .in_file(file)
                    .at_line(heading.line)
                    .with_hint("give each heading a different {#id}"),
            );
        }
    }
    for (heading, id) in headings.iter_mut().zip(explicit) {
        heading.id = match id {
            Some(id) => id.clone(),
            None => {
                let base = markdown::slugify(&heading.text);
                let base = if base.is_empty() { "section".to_string() } else { base };
                let mut candidate = base.clone();
                let mut n = 1;
                while used.contains(&candidate) {
                    candidate = format!("{base}-{n}");
                    n += 1;
                }
                used.insert(candidate.clone());
                candidate
            }
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_count_cjk_by_character() {
        let words = |body: &str| outline(body, 1, Path::new("a.md")).0.words;
        assert_eq!(words("Hello *brave*  world"), 3);
        assert_eq!(words("## Title {#id}\n\n- one\n- two"), 3);
        assert_eq!(words("欢迎使用 本手册"), 7);
        assert_eq!(words("مرحبا بكم"), 2);
        // Supplementary-plane Han and Hangul Jamo count per character too, as search splits them.
        assert_eq!(words("\u{20000}\u{20001} \u{1100}\u{1161}"), 4);
        // ASCII is counted by bytes, and agrees with the character count.
        assert_eq!(words_in(" a\tb\x0Bc\x0C d\r\n\ne  "), 5);
        assert_eq!(words_in(" a\tb\x0Bc\x0C d\r\n\ne  é"), 6);
    }

    #[test]
    fn words_are_split_where_char_is_whitespace_says() {
        // Whitespace of every lead byte, and non-whitespace sharing those lead bytes.
        let pieces = [
            "a",
            "é",
            "م",
            "你",
            "\u{20000}",
            " ",
            "\x0B",
            "\u{85}",
            "\u{a0}",
            "\u{a9}",
            "\u{1680}",
            "\u{1681}",
            "\u{2003}",
            "\u{2060}",
            "\u{3000}",
            "\u{3001}",
        ];
        let mut texts = vec![String::new()];
        for _ in 0..4 {
            texts = texts.iter().flat_map(|text| pieces.iter().map(move |piece| format!("{text}{piece}"))).collect();
            for text in &texts {
                let words: Vec<&str> = words_of(text).map(|(_, word)| word).collect();
                assert_eq!(words, text.split_whitespace().collect::<Vec<_>>(), "{text:?}");
                let spaced: Vec<bool> = words_of(text).map(|(space, _)| space).collect();
                let expected: Vec<bool> = text
                    .split_whitespace()
                    .map(|word| {
                        let at = word.as_ptr() as usize - text.as_ptr() as usize;
                        text[..at].ends_with(char::is_whitespace)
                    })
                    .collect();
                assert_eq!(spaced, expected, "{text:?}");
            }
        }
        assert_eq!(word_count("你好"), 2);
        assert_eq!(word_count("你好ab"), 3);
        assert_eq!(word_count("你、"), 1);
        assert_eq!(word_count("\u{2060}é"), 1);
    }

    #[test]
    fn plain_text_is_the_pieces_joined_with_whitespace_collapsed() {
        // A break between pieces is whitespace too (`None` below: a paragraph ending).
        let pieces = [
            Some("  Hello "),
            Some("wor"),
            Some("ld\t"),
            None,
            Some("again"),
            Some(""),
            Some(" \n "),
            Some("x\x0By  你好 "),
            None,
            None,
            Some("z\u{a0}é"),
            Some("p\x0Bq\x0C"),
            Some("r"),
        ];
        let mut plain = PlainText::default();
        let mut words = 0;
        for piece in pieces {
            match piece {
                Some(text) => words += plain.push(text),
                None => plain.space(),
            }
        }
        let joined: String = pieces.iter().map(|p| p.unwrap_or(" ")).collect();
        let first = plain.end_section();
        assert_eq!(&plain.text[..first], joined.split_whitespace().collect::<Vec<_>>().join(" "));
        // The next section starts without the whitespace before its first word.
        plain.push("  second section ");
        let second = plain.end_section();
        assert_eq!(&plain.text[first..second], "second section");
        assert_eq!(words, pieces.iter().flatten().map(|p| words_in(p)).sum::<usize>());
        assert_eq!(words, 13);
    }

    #[test]
    fn plain_sections_split_at_headings() {
        let (outline, _) = outline(
            "Intro *text*.\n\n## First {#a}\n\nOne\ntwo `code`.\n\n### Sub\n\n- x\n- y\n",
            1,
            Path::new("a.md"),
        );
        let pairs: Vec<(Option<&str>, &str)> =
            outline.plain_sections().map(|(heading, text)| (heading.map(|h| h.text.as_str()), text)).collect();
        assert_eq!(pairs, [(None, "Intro text."), (Some("First"), "One two code."), (Some("Sub"), "x y")]);
    }

    #[test]
    fn ids_are_unique_and_explicit_ones_win() {
        let body = "## Intro\n\n## Intro\n\n## Other {#intro-1}\n\n### Été {.x}\n";
        let (outline, diags) = outline(body, 5, Path::new("a.md"));
        assert!(diags.is_empty());
        let ids: Vec<_> = outline.headings.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids, ["intro", "intro-2", "intro-1", "été"]);
        assert_eq!(outline.headings[0].line, 5);
        assert_eq!(outline.headings[3].classes, ["x"]);
    }

    #[test]
    fn credits_on_a_paragraph_are_an_error() {
        let (_, diags) = outline("Intro.\n\nSome text {authors=amina}\n", 10, Path::new("a.md"));
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].line, Some(12));
        assert!(diags[0].message.contains("`authors` credit outside a heading"));
        let (_, fine) = outline("A set {like this} is fine.\n", 1, Path::new("a.md"));
        assert!(fine.is_empty());
    }

    #[test]
    fn credits_and_links_are_collected_with_lines() {
        let body = "## Safety {#s authors=\"amina, jo\" data-x=1}\n\nSee [a](x.md#y) and ![i](p.png).\n";
        let (outline, _) = outline(body, 1, Path::new("a.md"));
        let h = &outline.headings[0];
        assert_eq!(h.text, "Safety");
        assert_eq!(h.credits, [("authors".to_string(), vec!["amina".to_string(), "jo".to_string()])]);
        assert_eq!(h.attrs, [("data-x".to_string(), Some("1".to_string()))]);
        assert_eq!(outline.links.len(), 2);
        assert_eq!(
            (outline.links[1].dest.as_str(), outline.links[1].is_image, outline.links[1].line),
            ("p.png", true, 3)
        );
    }

    #[test]
    fn raw_html_references_are_collected_apart_with_lines() {
        let body = "Intro <a href=\"x.md\">x</a>.\n\n<div>\n<img\n src=\"old.png\">\n</div>\n\n[md](y.md)\n";
        let (outline, _) = outline(body, 10, Path::new("a.md"));
        let html: Vec<_> = outline.html_links.iter().map(|l| (l.dest.as_str(), l.is_image, l.line)).collect();
        assert_eq!(html, [("x.md", false, 10), ("old.png", true, 14)]);
        assert_eq!(outline.links.len(), 1);
    }
}
