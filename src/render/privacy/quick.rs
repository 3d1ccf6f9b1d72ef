//! A quick reader of the tags of pages as cairn writes them: text skipped with `memchr`,
//! tags read byte by byte, each state of the HTML tokenizer (WHATWG §13.2.5) that such pages
//! reach followed as html5gum follows it, driving the same [`Collector`]. It gives up
//! (`None`) where reading would take more than that: a NUL or carriage return, `<![`, a
//! `<style>` element, a character reference in an attribute that could fetch. html5gum then
//! reads the page; the tests hold the two to the same results.

use super::{Collector, READ_ATTRIBUTES, fetching_attributes};
use html5gum::Emitter;
use memchr::{memchr, memchr2, memmem};

fn is_space(byte: u8) -> bool {
    matches!(byte, b'\t' | b'\n' | b'\x0C' | b' ')
}

/// Feeds the tags of `html` to `collector` as html5gum would; `None` where it gives up.
pub(super) fn read(html: &[u8], collector: &mut Collector) -> Option<()> {
    if memchr2(b'\0', b'\r', html).is_some() {
        return None;
    }
    let mut reader = Reader { html, at: 0, collector, lowered: Vec::new() };
    while let Some(offset) = memchr(b'<', &html[reader.at..]) {
        let open = reader.at + offset;
        let after = &html[open + 1..];
        reader.at = match after {
            [first, ..] if first.is_ascii_alphabetic() => reader.tag(open + 1, true)?,
            [b'/', first, ..] if first.is_ascii_alphabetic() => reader.tag(open + 2, false)?,
            [b'/', b'>', ..] => open + 3,
            [b'/'] => html.len(),
            // A bogus comment, to the next `>`.
            [b'/', ..] | [b'?', ..] => reader.past(b">", open + 2),
            [b'!', b'-', b'-', rest @ ..] => match rest {
                [b'>', ..] => open + 5,
                [b'-', b'>', ..] => open + 6,
                _ => reader.comment_end(open + 4),
            },
            [b'!', b'[', ..] => return None,
            // `<!DOCTYPE ...>` and other `<!...>` end at the next `>`, quotes or not.
            [b'!', ..] => reader.past(b">", open + 2),
            _ => open + 1,
        };
    }
    Some(())
}

struct Reader<'h, 'c, 'f> {
    html: &'h [u8],
    at: usize,
    collector: &'c mut Collector<'f>,
    lowered: Vec<u8>,
}

impl Reader<'_, '_, '_> {
    /// Just after the first `needle` from `from`, or the end.
    fn past(&self, needle: &[u8], from: usize) -> usize {
        memmem::find(&self.html[from..], needle).map_or(self.html.len(), |at| from + at + needle.len())
    }

    /// Just after the comment whose text starts at `from`: its first `-->` or `--!>`, or the
    /// end of the page.
    fn comment_end(&self, from: usize) -> usize {
        let mut at = from;
        while let Some(offset) = memmem::find(&self.html[at..], b"--") {
            let dashes = at + offset;
            match &self.html[dashes + 2..] {
                [b'>', ..] => return dashes + 3,
                [b'!', b'>', ..] => return dashes + 4,
                _ => at = dashes + 1,
            }
        }
        self.html.len()
    }

    /// `bytes` with ASCII capitals lowered, as the tokenizer reads names.
    fn lowered<'a>(lowered: &'a mut Vec<u8>, bytes: &'a [u8]) -> &'a [u8] {
        if !bytes.iter().any(u8::is_ascii_uppercase) {
            return bytes;
        }
        lowered.clear();
        lowered.extend(bytes.iter().map(u8::to_ascii_lowercase));
        lowered
    }

    fn skip_spaces(&self, mut i: usize) -> usize {
        while i < self.html.len() && is_space(self.html[i]) {
            i += 1;
        }
        i
    }

    /// Emits the tag read so far; `None` for `<style>`, whose text html5gum gathers.
    fn emit(&mut self) -> Option<()> {
        if self.collector.start && self.collector.name == b"style" {
            return None;
        }
        // The collector never asks the tokenizer to change state.
        let _ = self.collector.emit_current_tag();
        Some(())
    }

    /// Reads the tag whose name starts at `i`; returns where the text after it starts (the
    /// end, for a tag cut off by the end of the page: not emitted, as html5gum does).
    fn tag(&mut self, mut i: usize, start: bool) -> Option<usize> {
        let html = self.html;
        let end = html.len();
        if start {
            self.collector.init_start_tag();
        } else {
            self.collector.init_end_tag();
        }
        let name_end = html[i..].iter().position(|&b| is_space(b) || b == b'/' || b == b'>').map_or(end, |p| i + p);
        self.collector.push_tag_name(Self::lowered(&mut self.lowered, &html[i..name_end]));
        // What the collector reads of a tag: `style` on any start tag, and the attributes in
        // [`READ_ATTRIBUTES`] of a start tag that may fetch (a `<link>` taken as fetching,
        // its `rel` may come later). The others are read past, not handed to it.
        let fetches = start && !fetching_attributes(&self.collector.name, b"stylesheet").is_empty();
        i = name_end;
        loop {
            // Before an attribute's name (and after its value).
            i = self.skip_spaces(i);
            match html.get(i) {
                None => return Some(end),
                Some(b'>') => {
                    self.emit()?;
                    return Some(i + 1);
                }
                Some(b'/') => {
                    // Self-closing `/>`; a `/` elsewhere is dropped.
                    match html.get(i + 1) {
                        None => return Some(end),
                        Some(b'>') => {
                            self.emit()?;
                            return Some(i + 2);
                        }
                        Some(_) => i += 1,
                    }
                    continue;
                }
                Some(_) => {}
            }
            // The attribute's name: its first character is always part of it, even `=`.
            let name_start = i;
            i += 1;
            while i < end && !is_space(html[i]) && !matches!(html[i], b'/' | b'>' | b'=') {
                i += 1;
            }
            let attribute = Self::lowered(&mut self.lowered, &html[name_start..i]);
            let read = start && (attribute == b"style" || (fetches && READ_ATTRIBUTES.contains(&attribute)));
            if read {
                self.collector.init_attribute();
                self.collector.push_attribute_name(attribute);
            }
            i = self.skip_spaces(i);
            if html.get(i) != Some(&b'=') {
                // No value: the next attribute, `/` or `>` is read from here.
                continue;
            }
            i = self.skip_spaces(i + 1);
            let value = match html.get(i) {
                None => return Some(end),
                Some(b'>') => continue,
                Some(&quote @ (b'"' | b'\'')) => {
                    let Some(length) = memchr(quote, &html[i + 1..]) else { return Some(end) };
                    let value = &html[i + 1..i + 1 + length];
                    i += length + 2;
                    value
                }
                Some(_) => {
                    let length = html[i..].iter().position(|&b| is_space(b) || b == b'>').unwrap_or(end - i);
                    let value = &html[i..i + length];
                    i += length;
                    if i == end {
                        return Some(end);
                    }
                    value
                }
            };
            if read {
                // Character references in what is read are left to html5gum to decode.
                if memchr(b'&', value).is_some() {
                    return None;
                }
                self.collector.push_attribute_value(value);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Collector, RemoteResource};
    use html5gum::Tokenizer;

    fn by_html5gum(html: &[u8]) -> Vec<RemoteResource> {
        let mut found = Vec::new();
        let Ok(()) = Tokenizer::new_with_emitter(html, Collector::new(&mut found)).finish();
        found
    }

    fn by_quick_reader(html: &[u8]) -> Option<Vec<RemoteResource>> {
        let mut found = Vec::new();
        super::read(html, &mut Collector::new(&mut found))?;
        Some(found)
    }

    /// Pieces of HTML that reach every tokenizer state the reader follows, and the cases it
    /// leaves to html5gum.
    const PIECES: &[&str] = &[
        "<",
        ">",
        "/",
        "=",
        "\"",
        "'",
        " ",
        "\n",
        "\t",
        "\x0C",
        "!",
        "-",
        "--",
        "?",
        "&",
        "&amp;",
        "&#x2F;",
        "&#47;&#47;",
        "x",
        "é",
        "/>",
        "<img",
        "<IMG",
        " src=",
        " SRC =",
        " srcset=",
        "https://x.example/a.png",
        "\"//y.example/b\"",
        "'\\\\z.example'",
        "http:w.example",
        "/local.png",
        "'a.png 1x, https://s.example/2.png 2x'",
        "<link",
        " rel=",
        "stylesheet",
        "\"Stylesheet icon\"",
        " href=",
        "<a",
        "<p",
        "</",
        "</p>",
        "<!--",
        "-->",
        "--!>",
        "<!---->",
        "<!-->",
        "<!DOCTYPE html>",
        "<!doctype '>'",
        "<?xml",
        "<script",
        " data=",
        "<object",
        "<video",
        " poster=",
        "<feImage",
        " xlink:href=",
        "<use",
        "<image",
        " style=",
        "'background:url(https://u.example/c.png)'",
        "<style>",
        "</style>",
        "<![CDATA[",
        "\r",
        "\0",
        " a=b",
        " b",
        "=c",
        // Whole tags that fetch, for the noise around them to cut into.
        "<img src=https://x.example/a.png>",
        "<IMG\tSrc = \"https://x.example/b.png\"/>",
        "<link href='//f.example/f.css' rel=stylesheet>",
        "<link rel=\"alternate stylesheet\" href=http:l.example>",
        "<video poster=//v.example/p.png src=/v.mp4>",
        "<object data=https://o.example/o>",
        "<div style=\"background:url(//d.example/d.png)\">",
        "<source srcset=\"a.png 1x, https://s.example/2.png 2x\">",
        "<use xlink:href=https://u.example/#i />",
        "<script src=\"//s.example/s.js\"></script>",
    ];

    #[test]
    fn the_quick_reader_finds_what_html5gum_finds() {
        // Random pages from the pieces, the same every run (xorshift with a fixed seed).
        let mut state = 0x9E37_79B9_7F4A_7C15_u64;
        let mut next = |below: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % below as u64) as usize
        };
        let (cases, mut read, mut read_with_finds) = (30_000, 0, 0);
        for _ in 0..cases {
            let pieces = 1 + next(24);
            let html: String = (0..pieces).map(|_| PIECES[next(PIECES.len())]).collect();
            let expected = by_html5gum(html.as_bytes());
            if let Some(found) = by_quick_reader(html.as_bytes()) {
                assert_eq!(found, expected, "{html:?}");
                read += 1;
                read_with_finds += usize::from(!found.is_empty());
            }
        }
        // Most cases are read without html5gum, many of them with remote resources.
        assert!(read > cases / 2, "read {read} of {cases}");
        assert!(read_with_finds > cases / 5, "{read_with_finds} of {cases} read with remote resources");
    }

    #[test]
    fn pages_as_cairn_writes_them_are_read_quickly() {
        let page = concat!(
            "<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n",
            "<link rel=\"canonical\" href=\"https://handbook.example.org/a/\">\n",
            "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\"}</script>\n",
            "<link rel=\"stylesheet\" href=\"../css/cairn.css\">\n<script src=\"../js/search.js\" defer></script>\n",
            "</head>\n<body>\n<form data-strings=\"{&quot;none&quot;:&quot;No results.&quot;}\" hidden>\n",
            "<input id=\"q\" type=\"search\" placeholder=\"Search…\"></form>\n<!-- a comment -->\n",
            "<main><p>Text &amp; <a href=\"https://elsewhere.example/?a=1&amp;b=2\">a link</a>, a < b.</p>\n",
            "<img src=\"https://tracker.example/pixel.gif\" alt=\"\"><br/></main>\n</body>\n</html>\n",
        );
        let found = by_quick_reader(page.as_bytes()).expect("read without html5gum");
        assert_eq!(found, by_html5gum(page.as_bytes()));
        assert_eq!(found.iter().map(|r| r.url.as_str()).collect::<Vec<_>>(), ["https://tracker.example/pixel.gif"]);
    }
}
