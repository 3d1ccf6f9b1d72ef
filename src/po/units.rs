//! Translatable units of a Markdown body and their gettext messages.
//!
//! A unit is a run of inline content: a heading's text, a paragraph, a tight list item, a
//! table cell, a footnote's paragraph. Its message is built from pulldown-cmark events, not
//! from the source bytes, so reflowing, other list markers or `_x_` for `*x*` change no
//! `msgid`. Inline markup becomes numbered placeholders (`<1>…</1>` around text, `<2/>` for
//! atoms such as footnote references) that translators move but cannot break; on the way
//! back each placeholder gets its source markup again.

use crate::markdown;
use pulldown_cmark::{CodeBlockKind, Event, Tag, TagEnd};
use std::ops::Range;

/// The container name of a code block unit.
const CODE_BLOCK: &str = "code block";

/// One translatable run of inline Markdown, or a code block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Unit {
    /// The message: normalized text with placeholders.
    pub msgid: String,
    /// Where the run sits in the body (bytes), to be replaced by a translation.
    pub range: Range<usize>,
    /// 0-based line of the body where it starts.
    pub line: usize,
    /// What kind of block holds it (`paragraph`, `heading`, `list item`, ...).
    pub container: &'static str,
    /// Markup around each placeholder, by number (1-based): opening and closing Markdown.
    pub markup: Vec<Markup>,
}

/// The Markdown a placeholder stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Markup {
    /// Text between an opening and a closing piece (`*`/`*`, `[`/`](url)`).
    Pair(String, String),
    /// Inline code: its content is the translation between the tags.
    Code,
    /// Something without text (footnote reference, line break, inline HTML).
    Atom(String),
}

impl Unit {
    /// Whether the unit is a code block (shown as it is when untranslated, which is no gap).
    pub(crate) fn is_code(&self) -> bool {
        self.container == CODE_BLOCK
    }

    /// The comment shown to translators: what the unit is, and what its placeholders mean.
    pub(crate) fn comment(&self) -> String {
        let mut lines = vec![self.container.to_string()];
        for (i, markup) in self.markup.iter().enumerate() {
            let n = i + 1;
            let what = match markup {
                Markup::Pair(open, _) if open.starts_with("![") => {
                    format!("<{n}>…</{n}>: image, the text is its alt text")
                }
                Markup::Pair(open, _) if open.starts_with('[') => format!("<{n}>…</{n}>: link"),
                Markup::Pair(open, _) if open.starts_with("~~") => format!("<{n}>…</{n}>: struck out"),
                Markup::Pair(open, _) if open.starts_with("**") => format!("<{n}>…</{n}>: strong emphasis"),
                Markup::Pair(..) => format!("<{n}>…</{n}>: emphasis"),
                Markup::Code => format!("<{n}>…</{n}>: code, usually left as it is"),
                Markup::Atom(_) => format!("<{n}/>: keep in place (reference, break or markup)"),
            };
            lines.push(what);
        }
        lines.join("\n")
    }

    /// The Markdown for `translation` (a msgstr with the same placeholders as the msgid), or
    /// why it cannot be used.
    pub(crate) fn markdown(&self, translation: &str) -> Result<String, String> {
        if self.container == CODE_BLOCK {
            if translation.lines().any(|l| l.trim_start().starts_with("```") || l.trim_start().starts_with("~~~")) {
                return Err("a code block's translation cannot hold a fence".to_string());
            }
            return Ok(format!("{}\n", translation.trim_end_matches('\n')));
        }
        let mut out = String::new();
        let mut open: Vec<usize> = Vec::new();
        // The closing piece of each open pair, its address replaced where the translation gives one.
        let mut closes: Vec<String> = Vec::new();
        let mut seen = vec![false; self.markup.len()];
        let mut code: Option<(usize, String)> = None;
        let mut rest = translation;
        while !rest.is_empty() {
            if let Some((tag, len)) = placeholder(rest) {
                rest = &rest[len..];
                let markup = |n: usize| {
                    self.markup.get(n.wrapping_sub(1)).ok_or(format!("placeholder {n} is not in the source"))
                };
                match tag {
                    Tag_::Open(n, address) => {
                        if code.is_some() {
                            return Err(format!("placeholder <{n}> inside code"));
                        }
                        let m = markup(n)?;
                        mark_seen(&mut seen, n)?;
                        match (m, address) {
                            (Markup::Pair(o, c), address) => {
                                out.push_str(o);
                                closes.push(match address {
                                    Some(address) => readdress(o, c, &address)?,
                                    None => c.clone(),
                                });
                            }
                            (Markup::Code, None) => code = Some((n, String::new())),
                            (Markup::Code, Some(_)) => return Err(format!("<{n}> is code, which has no address")),
                            (Markup::Atom(_), _) => return Err(format!("<{n}> should be written <{n}/>")),
                        }
                        open.push(n);
                    }
                    Tag_::Close(n) => {
                        if open.pop() != Some(n) {
                            return Err(format!("</{n}> closes nothing open"));
                        }
                        match markup(n)? {
                            Markup::Pair(..) => out.push_str(&closes.pop().unwrap_or_default()),
                            _ => {
                                let (_, text) = code.take().unwrap_or_default();
                                let fence = "`".repeat(longest_backtick_run(&text) + 1);
                                let pad = if text.starts_with('`') || text.ends_with('`') { " " } else { "" };
                                out.push_str(&format!("{fence}{pad}{text}{pad}{fence}"));
                            }
                        }
                    }
                    Tag_::Atom(n) => {
                        let Markup::Atom(a) = markup(n)? else {
                            return Err(format!("<{n}/> needs text: write <{n}>…</{n}>"));
                        };
                        mark_seen(&mut seen, n)?;
                        if code.is_some() {
                            return Err(format!("placeholder <{n}/> inside code"));
                        }
                        out.push_str(a);
                    }
                }
                continue;
            }
            let c = rest.chars().next().unwrap_or(' ');
            rest = &rest[c.len_utf8()..];
            match &mut code {
                Some((_, text)) => text.push(if c == '\n' { ' ' } else { c }),
                None => escape_into(&mut out, c),
            }
        }
        if let Some(n) = open.pop() {
            return Err(format!("<{n}> is never closed"));
        }
        if let Some(n) = seen.iter().position(|s| !s) {
            return Err(format!("placeholder {} of the source is missing", n + 1));
        }
        // A run starts a line: characters that would open a block there are escaped.
        if out.starts_with(['-', '+', '=']) {
            out.insert(0, '\\');
        } else if let Some(p) = out.find(['.', ')']).filter(|&p| p > 0 && out[..p].bytes().all(|b| b.is_ascii_digit()))
        {
            out.insert(p, '\\');
        }
        Ok(out)
    }
}

fn mark_seen(seen: &mut [bool], n: usize) -> Result<(), String> {
    match seen.get_mut(n.wrapping_sub(1)) {
        Some(s) if *s => Err(format!("placeholder {n} is used twice")),
        Some(s) => {
            *s = true;
            Ok(())
        }
        None => Err(format!("placeholder {n} is not in the source")),
    }
}

enum Tag_ {
    /// An opening placeholder; a link's may give the translation its own address
    /// (`<2 href="https://example.org/es/">`), an image's its own file (`<1 src="x.es.png">`).
    Open(usize, Option<Address>),
    Close(usize),
    Atom(usize),
}

/// An address a translation gives a link or an image instead of the source's.
struct Address {
    attribute: &'static str,
    url: String,
}

/// A placeholder at the start of `text` (`<3>`, `</3>`, `<3/>`, `<3 href="…">`) and its
/// length.
fn placeholder(text: &str) -> Option<(Tag_, usize)> {
    let rest = text.strip_prefix('<')?;
    let (closing, rest) = match rest.strip_prefix('/') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 4 {
        return None;
    }
    let n: usize = rest[..digits].parse().ok()?;
    let after = &rest[digits..];
    let used = 1 + usize::from(closing) + digits;
    if after.starts_with('>') {
        Some((if closing { Tag_::Close(n) } else { Tag_::Open(n, None) }, used + 1))
    } else if !closing && after.starts_with("/>") {
        Some((Tag_::Atom(n), used + 2))
    } else if closing {
        None
    } else {
        let attribute = ["href", "src"].into_iter().find(|a| after.starts_with(&format!(" {a}=\"")))?;
        let value_at = attribute.len() + 3;
        let value_len = after[value_at..].find('"')?;
        after[value_at + value_len + 1..].starts_with('>').then(|| {
            let url = after[value_at..value_at + value_len].to_string();
            (Tag_::Open(n, Some(Address { attribute, url })), used + value_at + value_len + 2)
        })
    }
}

/// The closing piece of a link or image (`](url "title")`) pointing at `address` instead,
/// or why it cannot.
fn readdress(open: &str, close: &str, address: &Address) -> Result<String, String> {
    let wanted = if open.starts_with("![") { "src" } else { "href" };
    let inner = close.strip_prefix("](").and_then(|c| c.strip_suffix(')'));
    let Some(inner) = inner.filter(|_| address.attribute == wanted) else {
        return Err(format!(
            "{}=\"…\" belongs to {}",
            address.attribute,
            if wanted == "src" { "links" } else { "images" }
        ));
    };
    if address.url.is_empty() || address.url.contains(['<', '>', '\n']) {
        return Err(format!("{}=\"{}\" is no address", address.attribute, address.url));
    }
    // The title, if any, follows the address (which is in <…> when it holds a space).
    let title = match inner.strip_prefix('<') {
        Some(bracketed) => bracketed.find('>').map_or("", |end| &bracketed[end + 1..]),
        None => inner.find(' ').map_or("", |at| &inner[at..]),
    };
    Ok(format!("]({}{title})", address_markdown(&address.url)))
}

/// Text made safe inside a Markdown inline run: characters that would start markup are
/// backslash-escaped (quotes and dashes are not, so smart punctuation still applies).
fn escape_into(out: &mut String, c: char) {
    match c {
        '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '#' | '!' | '$' => {
            out.push('\\');
            out.push(c)
        }
        '\n' | '\r' => out.push(' '),
        _ => out.push(c),
    }
}

fn longest_backtick_run(text: &str) -> usize {
    text.split(|c| c != '`').map(str::len).max().unwrap_or(0)
}

/// The units of `body`, in document order. A top-level fenced code block is one unit, kept
/// verbatim (its comments and sample text are often translated); raw HTML blocks and math
/// are left out.
pub(crate) fn units(body: &str) -> Vec<Unit> {
    let mut units = Vec::new();
    let mut containers: Vec<&'static str> = Vec::new();
    let mut current: Option<Builder> = None;
    let mut in_code_block = false;
    let mut fenced = false;
    let mut code: Option<(String, Range<usize>)> = None;
    for (event, range) in markdown::parser(body).into_offset_iter() {
        let inline = match &event {
            Event::Text(_) | Event::Code(_) | Event::SoftBreak | Event::HardBreak | Event::InlineHtml(_) => true,
            Event::FootnoteReference(_) | Event::InlineMath(_) | Event::TaskListMarker(_) => true,
            Event::Start(tag) => is_inline_tag(tag),
            Event::End(tag) => is_inline_end(tag),
            _ => false,
        };
        if in_code_block {
            match event {
                Event::Text(text) => code.get_or_insert_with(|| (String::new(), range.clone())).0.push_str(&text),
                Event::End(TagEnd::CodeBlock) => {
                    in_code_block = false;
                    // Only top-level fenced blocks: inside a list or quotation, the source lines
                    // carry indentation or markers that a replacement would lose.
                    if let Some((text, first)) = code.take().filter(|_| containers.is_empty() && fenced) {
                        let end = text.len() + first.start;
                        if body.get(first.start..end) == Some(text.as_str()) && text.chars().any(char::is_alphanumeric)
                        {
                            let line = body[..first.start].matches('\n').count();
                            let msgid = text.trim_end_matches('\n').to_string();
                            units.push(Unit {
                                msgid,
                                range: first.start..end,
                                line,
                                container: CODE_BLOCK,
                                markup: Vec::new(),
                            });
                        }
                    }
                    code = None;
                }
                _ => {}
            }
            continue;
        }
        if inline {
            if matches!(event, Event::TaskListMarker(_)) {
                continue;
            }
            let builder =
                current.get_or_insert_with(|| Builder::new(range.start, containers.last().copied().unwrap_or("text")));
            builder.push(&event, range, body);
            continue;
        }
        if let Some(b) = current.take() {
            units.extend(b.finish(body));
        }
        match event {
            Event::Start(Tag::CodeBlock(kind)) => {
                in_code_block = true;
                fenced = matches!(kind, CodeBlockKind::Fenced(_));
            }
            Event::Start(tag) => containers.push(container_name(&tag)),
            Event::End(_) => {
                containers.pop();
            }
            _ => {}
        }
    }
    if let Some(b) = current.take() {
        units.extend(b.finish(body));
    }
    units
}

fn is_inline_tag(tag: &Tag) -> bool {
    matches!(tag, Tag::Emphasis | Tag::Strong | Tag::Strikethrough | Tag::Link { .. } | Tag::Image { .. })
}

fn is_inline_end(tag: &TagEnd) -> bool {
    matches!(tag, TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough | TagEnd::Link | TagEnd::Image)
}

fn container_name(tag: &Tag) -> &'static str {
    match tag {
        Tag::Heading { .. } => "heading",
        Tag::Item => "list item",
        Tag::TableCell | Tag::TableHead => "table cell",
        Tag::FootnoteDefinition(_) => "footnote",
        Tag::BlockQuote(_) => "quotation",
        _ => "paragraph",
    }
}

/// Collects one run's message and markup.
struct Builder {
    msgid: String,
    start: usize,
    end: usize,
    container: &'static str,
    markup: Vec<Markup>,
    open: Vec<usize>,
}

impl Builder {
    fn new(start: usize, container: &'static str) -> Builder {
        Builder { msgid: String::new(), start, end: start, container, markup: Vec::new(), open: Vec::new() }
    }

    fn push(&mut self, event: &Event, range: Range<usize>, body: &str) {
        self.start = self.start.min(range.start);
        self.end = self.end.max(range.end);
        match event {
            Event::Text(t) => self.text(t),
            Event::SoftBreak => self.text(" "),
            Event::Code(c) => {
                self.markup.push(Markup::Code);
                let n = self.markup.len();
                self.msgid.push_str(&format!("<{n}>{c}</{n}>"));
            }
            Event::HardBreak | Event::InlineHtml(_) | Event::FootnoteReference(_) | Event::InlineMath(_) => {
                let source = body.get(range.clone()).unwrap_or("").trim_end_matches(['\n', '\r']);
                let source = if matches!(event, Event::HardBreak) { "\\\n" } else { source };
                self.markup.push(Markup::Atom(source.to_string()));
                let n = self.markup.len();
                self.msgid.push_str(&format!("<{n}/>"));
            }
            Event::Start(tag) => {
                let (open, close) = match tag {
                    Tag::Emphasis => ("*".to_string(), "*".to_string()),
                    Tag::Strong => ("**".to_string(), "**".to_string()),
                    Tag::Strikethrough => ("~~".to_string(), "~~".to_string()),
                    Tag::Link { dest_url, title, .. } => {
                        ("[".to_string(), format!("]({})", destination(dest_url, title)))
                    }
                    Tag::Image { dest_url, title, .. } => {
                        ("![".to_string(), format!("]({})", destination(dest_url, title)))
                    }
                    _ => (String::new(), String::new()),
                };
                self.markup.push(Markup::Pair(open, close));
                let n = self.markup.len();
                self.open.push(n);
                self.msgid.push_str(&format!("<{n}>"));
            }
            Event::End(_) => {
                if let Some(n) = self.open.pop() {
                    self.msgid.push_str(&format!("</{n}>"));
                }
            }
            _ => {}
        }
    }

    fn text(&mut self, text: &str) {
        for c in text.chars() {
            if c.is_whitespace() && c != '\u{a0}' {
                if !self.msgid.ends_with(' ') && !self.msgid.is_empty() {
                    self.msgid.push(' ');
                }
            } else {
                self.msgid.push(c);
            }
        }
    }

    fn finish(self, body: &str) -> Option<Unit> {
        let msgid = self.msgid.trim().to_string();
        if !msgid.chars().any(char::is_alphanumeric) {
            return None;
        }
        let line = body.get(..self.start).map_or(0, |b| b.matches('\n').count());
        Some(Unit { msgid, range: self.start..self.end, line, container: self.container, markup: self.markup })
    }
}

/// A link or image destination as Markdown writes it.
fn destination(url: &str, title: &str) -> String {
    let url = address_markdown(url);
    if title.is_empty() { url } else { format!("{url} \"{}\"", title.replace('"', "\\\"")) }
}

/// A link or image address as Markdown writes it: in `<…>` when it is empty or holds a space
/// or a parenthesis.
fn address_markdown(url: &str) -> String {
    if url.is_empty() || url.contains([' ', '(', ')']) { format!("<{url}>") } else { url.to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reflowing_and_restyling_keep_messages() {
        let a = "# Title {#t}\n\nSome *long* text with a [link](x.md)\nand `code`.\n\n- one\n- two\n";
        let b = "# Title {#t}\n\nSome _long_ text\nwith a [link](x.md) and `code`.\n\n* one\n* two\n";
        let ids = |s: &str| units(s).into_iter().map(|u| u.msgid).collect::<Vec<_>>();
        assert_eq!(ids(a), ids(b));
        assert_eq!(ids(a), ["Title", "Some <1>long</1> text with a <2>link</2> and <3>code</3>.", "one", "two"]);
    }

    #[test]
    fn translations_become_markdown_and_broken_ones_are_refused() {
        let unit = &units("Some *long* text with a [link](x.md \"T\") and `code`[^1].\n\n[^1]: Note.\n")[0];
        let md = unit.markdown("Un <2>enlace</2>, <1>largo</1> <3>code</3><4/> #1").unwrap();
        assert_eq!(md, "Un [enlace](x.md \"T\"), *largo* `code`[^1] \\#1");
        assert!(unit.markdown("Un <2>enlace, <1>largo</1> <3>code</3><4/>").is_err());
        assert!(unit.markdown("Un enlace").unwrap_err().contains("missing"));
        assert!(unit.markdown("<9>x</9>").is_err());
    }

    #[test]
    fn a_translation_may_give_a_link_or_an_image_its_own_address() {
        let unit =
            &units("See [the licence](https://cc.example/by/ \"CC\") and ![map](map.png) or [b](<a b.md>).\n")[0];
        let md = unit
            .markdown("Vea <1 href=\"https://cc.example/by/deed.es\">la licencia</1> y <2 src=\"map.es.png\">mapa</2> o <3 href=\"c d.md\">b</3>.")
            .unwrap();
        assert_eq!(
            md,
            "Vea [la licencia](https://cc.example/by/deed.es \"CC\") y ![mapa](map.es.png) o [b](<c d.md>)."
        );
        let refused = |translation: &str| unit.markdown(translation).unwrap_err();
        assert!(refused("<1 src=\"x\">l</1> <2>m</2> <3>b</3>").contains("belongs to images"));
        assert!(refused("<1>l</1> <2 href=\"x\">m</2> <3>b</3>").contains("belongs to links"));
        assert!(refused("<1 href=\"\">l</1> <2>m</2> <3>b</3>").contains("no address"));
        // An unterminated attribute is no placeholder: the text stays text, and <1> is missing.
        assert!(refused("<1 href=\"x>l</1> <2>m</2> <3>b</3>").contains("closes nothing"));
    }
}
