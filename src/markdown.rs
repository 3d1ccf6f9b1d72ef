//! The one Markdown dialect of cairn: the pulldown-cmark options, cairn's own parser for a
//! heading's trailing `{...}` attribute block (pulldown-cmark keeps quotes and splits values
//! on spaces, so `authors="amina, jo"` would arrive broken), and heading-id slugs.
//! Shared by `model` (outline, links) and `render` (HTML) so both read the same document.

use pulldown_cmark::{Options, Parser};

/// The pulldown-cmark extensions every handbook gets.
pub(crate) fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// A parser over `text` with cairn's options.
pub(crate) fn parser(text: &str) -> Parser<'_> {
    Parser::new_ext(text, options())
}

/// The attributes of a heading's trailing `{...}` block, read by cairn itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct HeadingAttributes {
    /// `#id`; the last one wins, as in pulldown-cmark.
    pub id: Option<String>,
    /// `.class` entries, in order.
    pub classes: Vec<String>,
    /// `key=value`, `key="quoted value"` and bare `key` entries, in order.
    pub attrs: Vec<(String, Option<String>)>,
}

/// Reads the attribute block at the end of a heading's source (`## Title {#id key="a, b"}`).
/// `heading_source` is the Markdown of the whole heading, as located by pulldown-cmark.
pub(crate) fn heading_attributes(heading_source: &str) -> HeadingAttributes {
    let line = heading_text_line(heading_source);
    let trimmed = line.trim_end();
    let trimmed = trim_atx_closing(trimmed);
    if !trimmed.ends_with('}') {
        return HeadingAttributes::default();
    }
    let Some(open) = trimmed.rfind('{') else {
        return HeadingAttributes::default();
    };
    parse_attribute_block(&trimmed[open + 1..trimmed.len() - 1])
}

/// The line of a heading that carries its text (setext headings have an underline after it).
fn heading_text_line(source: &str) -> &str {
    let lines: Vec<&str> = source.lines().filter(|l| !l.trim().is_empty()).collect();
    match lines.as_slice() {
        [] => "",
        [only] => only,
        [.., text, underline] if is_setext_underline(underline) => text,
        [first, ..] => first,
    }
}

fn is_setext_underline(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty() && (t.chars().all(|c| c == '=') || t.chars().all(|c| c == '-'))
}

/// Strips an ATX closing sequence (`## Title ##`), which CommonMark ignores.
fn trim_atx_closing(line: &str) -> &str {
    let without_hashes = line.trim_end_matches('#');
    if without_hashes.len() != line.len() && without_hashes.ends_with([' ', '\t']) {
        without_hashes.trim_end()
    } else {
        line
    }
}

fn parse_attribute_block(inner: &str) -> HeadingAttributes {
    let mut result = HeadingAttributes::default();
    let mut chars = inner.chars().peekable();
    loop {
        while chars.next_if(|c| c.is_whitespace()).is_some() {}
        let Some(&first) = chars.peek() else { break };
        let mut token = String::new();
        let mut value: Option<String> = None;
        while let Some(&c) = chars.peek() {
            if c.is_whitespace() {
                break;
            }
            chars.next();
            if c == '=' && value.is_none() && !token.is_empty() && first != '#' && first != '.' {
                value = Some(read_value(&mut chars));
                break;
            }
            token.push(c);
        }
        match first {
            '#' if token.len() > 1 => result.id = Some(token[1..].to_string()),
            '.' if token.len() > 1 => result.classes.push(token[1..].to_string()),
            '#' | '.' => {}
            _ => result.attrs.push((token, value)),
        }
    }
    result
}

/// Reads an attribute value: quoted (`"a, b"` or `'a b'`) up to the closing quote, or bare
/// up to the next whitespace.
fn read_value(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) -> String {
    let mut value = String::new();
    match chars.peek().copied() {
        Some(quote @ ('"' | '\'')) => {
            chars.next();
            for c in chars.by_ref() {
                if c == quote {
                    break;
                }
                value.push(c);
            }
        }
        _ => {
            while let Some(c) = chars.next_if(|c| !c.is_whitespace()) {
                value.push(c);
            }
        }
    }
    value
}

/// A file or page that a piece of an author's raw HTML links (`<a href>`) or shows
/// (`<img src>`), so it can be checked like a Markdown link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct HtmlReference {
    /// The URL as written.
    pub url: String,
    /// Whether it is shown (`<img src>`) rather than linked.
    pub is_image: bool,
    /// 1-based line within the HTML.
    pub line: usize,
}

/// The `<a href>` and `<img src>` references of a piece of raw HTML, read by html5ever's
/// tokenizer (attributes may be unquoted, spread over lines, or entity-encoded).
pub(crate) fn html_references(html: &str) -> Vec<HtmlReference> {
    tag_attributes(html, &[("a", "href"), ("img", "src")])
        .into_iter()
        .map(|(tag, url, line)| HtmlReference { url, is_image: tag == "img", line })
        .collect()
}

/// The values of the `(tag, attribute)` pairs of `wanted` found on start tags of `html`, in
/// document order, with their tag and 1-based line; values trimmed.
pub(crate) fn tag_attributes(html: &str, wanted: &[(&str, &str)]) -> Vec<(String, String, usize)> {
    use html5ever::tendril::StrTendril;
    use html5ever::tokenizer::{BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer};
    struct Collector<'w> {
        wanted: &'w [(&'w str, &'w str)],
        found: std::cell::RefCell<Vec<(String, String, usize)>>,
    }
    impl TokenSink for Collector<'_> {
        type Handle = ();
        fn process_token(&self, token: Token, line: u64) -> TokenSinkResult<()> {
            if let Token::TagToken(tag) = token
                && tag.kind == TagKind::StartTag
            {
                for (name, attribute) in self.wanted.iter().filter(|(name, _)| *name == &*tag.name) {
                    if let Some(value) = tag.attrs.iter().find(|a| &*a.name.local == *attribute) {
                        let line = usize::try_from(line).unwrap_or(1);
                        self.found.borrow_mut().push((name.to_string(), value.value.trim().to_string(), line));
                    }
                }
            }
            TokenSinkResult::Continue
        }
    }
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    let tokenizer = Tokenizer::new(Collector { wanted, found: Default::default() }, Default::default());
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    tokenizer.sink.found.take()
}

/// Splits a list-valued attribute (`amina, jo`, `amina,jo`, `amina jo`) into its items.
pub(crate) fn split_list(value: &str) -> Vec<String> {
    value.split(|c: char| c == ',' || c.is_whitespace()).filter(|s| !s.is_empty()).map(str::to_string).collect()
}

/// A heading id from its text: lower-cased, letters and digits of every script kept (and the
/// zero-width (non-)joiners that Persian and Indic words need), everything else a dash.
pub(crate) fn slugify(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        let keep = if c.is_ascii() { c.is_ascii_alphanumeric() || c == '_' } else { is_word_char(c) };
        if keep {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    slug
}

/// Non-ASCII characters that belong in a slug: anything but spaces and punctuation.
fn is_word_char(c: char) -> bool {
    let punctuation = matches!(c,
        '\u{00A0}'..='\u{00BF}' | '\u{00D7}' | '\u{00F7}'
        | '\u{2000}'..='\u{200B}' | '\u{200E}'..='\u{206F}'
        | '\u{3000}'..='\u{303F}' | '\u{FF01}'..='\u{FF0F}' | '\u{FF1A}'..='\u{FF20}'
        | '\u{FF3B}'..='\u{FF40}' | '\u{FF5B}'..='\u{FF65}'
        | '\u{060C}' | '\u{061B}' | '\u{061F}' | '\u{066A}'..='\u{066D}' | '\u{06D4}'
        | '\u{FE10}'..='\u{FE1F}' | '\u{FE30}'..='\u{FE4F}');
    !c.is_whitespace() && !c.is_control() && !punctuation
}

#[cfg(test)]
mod tests {
    use super::*;

    fn credit_values(source: &str) -> Vec<String> {
        let attrs = heading_attributes(source);
        let value = attrs.attrs.iter().find(|(k, _)| k == "authors").and_then(|(_, v)| v.clone()).unwrap();
        split_list(&value)
    }

    #[test]
    fn quoted_comma_and_bare_lists_agree() {
        assert_eq!(credit_values("## A {#x authors=\"amina, jo\"}"), ["amina", "jo"]);
        assert_eq!(credit_values("## A {authors=amina,jo}"), ["amina", "jo"]);
        assert_eq!(credit_values("## A {authors='amina jo'}"), ["amina", "jo"]);
        assert_eq!(credit_values("## A {authors=\"amina\"}"), ["amina"]);
    }

    #[test]
    fn ids_classes_and_plain_attributes() {
        let attrs = heading_attributes("### Title {#intro .lead .wide data-x=1 draft} ###\n");
        assert_eq!(attrs.id.as_deref(), Some("intro"));
        assert_eq!(attrs.classes, ["lead", "wide"]);
        assert_eq!(attrs.attrs, [("data-x".to_string(), Some("1".to_string())), ("draft".to_string(), None)]);
        assert_eq!(heading_attributes("Title {#s}\n=====\n").id.as_deref(), Some("s"));
        assert_eq!(heading_attributes("## No block"), HeadingAttributes::default());
    }

    #[test]
    fn html_references_find_links_and_images_with_lines() {
        let found =
            html_references("<p>\n<img width=3\n  src=\"a b.png\">\n<a href=x.md#y>x</a> <link href=\"s.css\"></p>");
        let found: Vec<_> = found.iter().map(|r| (r.url.as_str(), r.is_image, r.line)).collect();
        assert_eq!(found, [("a b.png", true, 3), ("x.md#y", false, 4)]);
    }

    #[test]
    fn slugs_keep_every_script() {
        assert_eq!(slugify("Safety planning: step 1!"), "safety-planning-step-1");
        assert_eq!(slugify("L’été à Paris"), "l-été-à-paris");
        assert_eq!(slugify("التخطيط للسلامة"), "التخطيط-للسلامة");
        assert_eq!(slugify("安全计划（第一步）"), "安全计划-第一步");
        assert_eq!(slugify("می\u{200C}خواهم"), "می\u{200C}خواهم");
        assert_eq!(slugify("?!"), "");
    }
}
