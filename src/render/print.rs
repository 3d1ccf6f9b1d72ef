//! Markdown → typst markup, for printed handouts (typeset by the `pdf` module). Every piece
//! of text becomes a typst string literal (`#"…";`), so no character or keyword of the
//! handbook's text can ever be read as typst markup or code; structure (headings, lists,
//! tables, links, images, footnotes) becomes calls to typst's own functions.
//!
//! Real pages are written for the web, and a tagged PDF (PDF/UA) is stricter than a browser,
//! so the conversion also repairs what typst would refuse: heading levels are closed up under
//! the handout's title ([`Levels`]), links without a usable destination print as text, and
//! images without alt text get one (their caption, or their file name, reported) or are
//! marked as decorative artifacts when the author said so.

use crate::model::links::LinkTarget;
use crate::model::{Doc, Site};
use crate::urls::{Route, permalink};
use pulldown_cmark::{CodeBlockKind, Event, Tag, TagEnd};
use std::collections::{BTreeMap, BTreeSet};

/// Where a link of the page points, in print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkDest {
    /// An absolute URL (web page, `mailto:`, `tel:`...).
    Url(String),
    /// The heading with this index on the same page: a link inside the PDF.
    Heading(usize),
    /// Nothing to follow (an empty or relative destination): the text prints alone.
    Text,
}

/// How the converter reaches the rest of the handbook.
pub struct Context<'a> {
    /// Where a link points, given its target and the written destination.
    pub link: &'a dyn Fn(Option<&LinkTarget>, &str) -> LinkDest,
    /// The virtual path of an image for the typst World, if the handbook has the file.
    pub image: &'a dyn Fn(Option<&LinkTarget>) -> Option<String>,
    /// The plain-text byline of the heading with this index, if it has its own credits.
    pub section_credits: &'a dyn Fn(usize) -> Option<String>,
    /// The level the page's first heading prints at: 2 under the handout's title, 3 under
    /// a chapter title.
    pub heading_base: u8,
    /// Makes the page's heading labels unique within the handout (the entry id).
    pub label_prefix: usize,
    /// Images the author declared decorative (`decorative = [...]` in the front matter), by
    /// destination as written or by file name.
    pub decorative: &'a [String],
}

/// A page's body as typst markup, and what print had to make up for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Converted {
    /// The typst markup.
    pub markup: String,
    /// Images printed with the made-up alt text "Image: <file name>": (destination, line).
    pub missing_alt: Vec<(String, usize)>,
}

/// Print heading levels: the first heading of a page lands at `base`, and a heading is
/// never more than one level below the heading it belongs to, so skipped levels close up
/// (h1 → h3 prints as h1 → h2) while siblings stay siblings and the reading order and PDF
/// outline keep the author's structure. Tagged PDF requires contiguous levels.
#[derive(Debug, Clone)]
pub struct Levels {
    base: u8,
    /// The open headings: (level as written, level printed).
    open: Vec<(u8, u8)>,
}

impl Levels {
    /// Levels for a page whose first heading prints at `base`.
    pub fn new(base: u8) -> Levels {
        Levels { base: base.max(1), open: Vec::new() }
    }

    /// The printed level of the next heading, written at `level`.
    pub fn next(&mut self, level: u8) -> u8 {
        while self.open.last().is_some_and(|&(written, _)| written >= level) {
            self.open.pop();
        }
        let printed = self.open.last().map_or(self.base, |&(_, printed)| printed + 1);
        self.open.push((level, printed));
        printed
    }
}

/// Where a link of `doc`, printed in `lang`, points: pages and files of the handbook at
/// their online address, an anchor of the same page inside the PDF.
pub fn link_dest(site: &Site, doc: &Doc, lang: &str, target: Option<&LinkTarget>, written: &str) -> LinkDest {
    let config = &site.config;
    match target {
        Some(LinkTarget::Page { entry, lang: explicit, anchors }) => {
            let url = permalink(config, &site.route(*entry, explicit.as_deref().unwrap_or(lang)));
            LinkDest::Url(anchors.get(lang).map_or(url.clone(), |f| format!("{url}#{f}")))
        }
        Some(LinkTarget::Fragment(f)) => match doc.outline.headings.iter().position(|h| &h.id == f) {
            Some(index) => LinkDest::Heading(index),
            None => LinkDest::Url(format!("{}#{f}", permalink(config, &site.route(doc.entry, lang)))),
        },
        Some(LinkTarget::File { path, .. }) => LinkDest::Url(permalink(config, &Route::file(path))),
        _ => printable_url(written),
    }
}

/// Where a link the handbook could not resolve points in print: a URL with a scheme
/// (`https:`, `mailto:`, `tel:`, `signal:`, `sms:`...) or a `//host` one as written;
/// anything else (empty, relative, script) prints as its text.
fn printable_url(written: &str) -> LinkDest {
    let written = written.trim();
    if let Some(rest) = written.strip_prefix("//") {
        return if rest.is_empty() { LinkDest::Text } else { LinkDest::Url(format!("https:{written}")) };
    }
    let scheme = written.split_once(':').map(|(scheme, rest)| (scheme.to_ascii_lowercase(), rest));
    match scheme {
        Some((scheme, rest))
            if !rest.is_empty()
                && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
                && !["javascript", "vbscript", "data", "file"].contains(&scheme.as_str()) =>
        {
            LinkDest::Url(written.to_string())
        }
        _ => LinkDest::Text,
    }
}

/// The typst label of heading `index` of the page with `prefix` (its entry id).
pub(crate) fn heading_label(prefix: usize, index: usize) -> String {
    format!("cairn-{prefix}-{index}")
}

/// A typst string literal that prints `text` exactly, line breaks as spaces (in running
/// text they are soft breaks).
pub fn literal(text: &str) -> String {
    format!("#{};", quoted(text, " "))
}

/// A typst string value (for function arguments), line breaks as spaces.
pub fn quote(text: &str) -> String {
    quoted(text, " ")
}

/// `text` between double quotes, escaped for typst, with `newline` for each line break.
fn quoted(text: &str, newline: &str) -> String {
    let mut out = String::with_capacity(text.len() + 4);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str(newline),
            '\r' => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

enum Frame {
    Footnote(String),
    Image { path: Option<String>, alt: String, dest: String, title: String, line: usize, index: usize },
}

/// What the converter must know before it meets it: which headings sit inside footnote
/// definitions (printed as bold text, with no label to link to), and the caption of each
/// image, by image index: the rest of its paragraph, or a following paragraph that is all
/// emphasis (`*Figure 2: the login screen*`).
#[derive(Default)]
struct Scan {
    footnote_headings: BTreeSet<usize>,
    captions: Vec<Option<String>>,
}

fn scan(body: &str) -> Scan {
    let mut scan = Scan::default();
    let mut headings = 0;
    let mut footnote_depth = 0;
    let mut in_image = false;
    let mut emphasis = 0;
    // The current paragraph: its images, its text outside images, and its text outside emphasis.
    let mut images: Vec<usize> = Vec::new();
    let mut text = String::new();
    let mut plain = String::new();
    // A paragraph holding nothing but one image, waiting for a caption paragraph.
    let mut lone_image: Option<usize> = None;
    for event in crate::markdown::parser(body) {
        match event {
            Event::Start(Tag::Heading { .. }) => {
                lone_image = None;
                if footnote_depth > 0 {
                    scan.footnote_headings.insert(headings);
                }
                headings += 1;
            }
            Event::Start(Tag::FootnoteDefinition(_)) => footnote_depth += 1,
            Event::End(TagEnd::FootnoteDefinition) => footnote_depth -= 1,
            Event::Start(Tag::Image { .. }) => {
                images.push(scan.captions.len());
                scan.captions.push(None);
                in_image = true;
            }
            Event::End(TagEnd::Image) => in_image = false,
            Event::Start(Tag::Emphasis) => emphasis += 1,
            Event::End(TagEnd::Emphasis) => emphasis -= 1,
            Event::Text(t) | Event::Code(t) if !in_image => {
                text.push_str(&t);
                if emphasis == 0 {
                    plain.push_str(&t);
                }
            }
            Event::SoftBreak | Event::HardBreak if !in_image => text.push(' '),
            Event::Start(Tag::Paragraph) => {
                images.clear();
                text.clear();
                plain.clear();
            }
            Event::End(TagEnd::Paragraph) => {
                let caption = text.split_whitespace().collect::<Vec<_>>().join(" ");
                match (images.as_slice(), lone_image.take()) {
                    (&[image], _) if !caption.is_empty() => scan.captions[image] = Some(caption),
                    (&[image], _) => lone_image = Some(image),
                    (&[], Some(image)) if !caption.is_empty() && plain.trim().is_empty() => {
                        scan.captions[image] = Some(caption)
                    }
                    _ => {}
                }
            }
            Event::Start(Tag::List(_) | Tag::BlockQuote(_) | Tag::CodeBlock(_) | Tag::Table(_) | Tag::HtmlBlock)
            | Event::Rule => lone_image = None,
            _ => {}
        }
    }
    scan
}

/// Whether the author declared the image at `dest` decorative in the front matter.
fn declared_decorative(dest: &str, decorative: &[String]) -> bool {
    decorative.iter().any(|d| d == dest || (!d.contains('/') && file_name(dest) == d))
}

/// The file name of an image destination (`/images/screen-1.png?x#y` → `screen-1.png`).
fn file_name(dest: &str) -> &str {
    let path = dest.split(['?', '#']).next().unwrap_or(dest);
    path.rsplit('/').next().filter(|n| !n.is_empty()).unwrap_or(path)
}

/// The body of `doc` as typst markup.
pub fn convert(doc: &Doc, context: &Context<'_>) -> Converted {
    let scan = scan(&doc.body);
    let mut out = String::with_capacity(doc.body.len() * 2);
    let mut footnotes: BTreeMap<String, String> = BTreeMap::new();
    let mut frames: Vec<Frame> = Vec::new();
    let mut saved: Vec<String> = Vec::new();
    let mut references: Vec<(usize, String)> = Vec::new();
    let mut missing_alt = Vec::new();
    let mut levels = Levels::new(context.heading_base);
    let is_real_heading = |i: usize| {
        doc.outline.headings.get(i).is_some_and(|h| !h.text.trim().is_empty()) && !scan.footnote_headings.contains(&i)
    };
    // Per open link: where its text starts and what to print if it has none; `None` when
    // the link prints as text only.
    let mut links: Vec<Option<(usize, String)>> = Vec::new();
    // Whether the open heading is a real one (outside footnotes).
    let mut heading_is_real = true;
    let mut link_index = 0;
    let mut heading_index = 0;
    let mut image_index = 0;
    let mut code: Option<(String, String)> = None;
    for event in crate::markdown::parser(&doc.body) {
        if let Some(Frame::Image { alt, .. }) = frames.last_mut() {
            match &event {
                Event::Text(t) | Event::Code(t) => {
                    alt.push_str(t);
                    continue;
                }
                Event::End(TagEnd::Image) => {}
                _ => continue,
            }
        }
        if let Some((_, buffer)) = code.as_mut() {
            match event {
                Event::Text(t) => {
                    buffer.push_str(&t);
                    continue;
                }
                Event::End(TagEnd::CodeBlock) => {
                    let (lang, text) = code.take().expect("inside a code block");
                    let lang = lang.split([' ', ',', '{']).next().unwrap_or("").to_string();
                    let lang = if lang.is_empty() { String::new() } else { format!("lang: {}, ", quote(&lang)) };
                    let text = quoted(text.trim_end_matches('\n'), "\\n");
                    out.push_str(&format!("#raw(block: true, {lang}{text});\n\n"));
                    continue;
                }
                _ => continue,
            }
        }
        match event {
            Event::Start(tag) => match tag {
                Tag::Paragraph => {}
                Tag::Heading { level, .. } => {
                    // A heading inside a footnote would break the document's heading order,
                    // and tagged PDF refuses an empty one: both print as bold text.
                    heading_is_real = is_real_heading(heading_index);
                    if heading_is_real {
                        out.push_str(&format!("#heading(level: {})[", levels.next(level as u8)));
                    } else {
                        out.push_str("#strong[");
                    }
                }
                Tag::BlockQuote(_) => out.push_str("#quote(block: true)["),
                Tag::CodeBlock(kind) => {
                    let lang = match kind {
                        CodeBlockKind::Fenced(info) => info.to_string(),
                        CodeBlockKind::Indented => String::new(),
                    };
                    code = Some((lang, String::new()));
                }
                Tag::List(start) => match start {
                    Some(n) => out.push_str(&format!("#enum(start: {n}, ")),
                    None => out.push_str("#list("),
                },
                Tag::Item => out.push('['),
                Tag::FootnoteDefinition(label) => {
                    saved.push(std::mem::take(&mut out));
                    frames.push(Frame::Footnote(label.to_string()));
                }
                Tag::Table(alignments) => {
                    out.push_str(&format!("#table(columns: {}, ", alignments.len().max(1)));
                }
                Tag::TableHead => out.push_str("table.header("),
                Tag::TableRow => {}
                Tag::TableCell => out.push('['),
                Tag::Emphasis => out.push_str("#emph["),
                Tag::Strong => out.push_str("#strong["),
                Tag::Strikethrough => out.push_str("#strike["),
                Tag::Link { dest_url, .. } => {
                    let dest = (context.link)(doc.link_targets.get(link_index), &dest_url);
                    link_index += 1;
                    let open = match dest {
                        LinkDest::Url(url) => Some((format!("#link({})[", quote(&url)), url)),
                        LinkDest::Heading(i) if is_real_heading(i) => Some((
                            format!("#link(<{}>)[", heading_label(context.label_prefix, i)),
                            doc.outline.headings[i].text.clone(),
                        )),
                        LinkDest::Heading(_) | LinkDest::Text => None,
                    };
                    links.push(open.map(|(markup, fallback)| {
                        out.push_str(&markup);
                        (out.len(), fallback)
                    }));
                }
                Tag::Image { dest_url, title, .. } => {
                    let path = (context.image)(doc.link_targets.get(link_index));
                    let line = doc.outline.links.get(link_index).map_or(doc.body_line, |l| l.line);
                    link_index += 1;
                    frames.push(Frame::Image {
                        path,
                        alt: String::new(),
                        dest: dest_url.to_string(),
                        title: title.to_string(),
                        line,
                        index: image_index,
                    });
                    image_index += 1;
                }
                _ => {}
            },
            Event::End(tag) => match tag {
                TagEnd::Paragraph => out.push_str("\n\n"),
                TagEnd::Heading(_) => {
                    if heading_is_real {
                        out.push_str(&format!("] <{}>\n", heading_label(context.label_prefix, heading_index)));
                    } else {
                        out.push_str("]#linebreak();");
                    }
                    heading_is_real = true;
                    if let Some(line) = (context.section_credits)(heading_index) {
                        out.push_str(&format!("#text(size: 0.85em, fill: luma(90))[{}]\n", literal(&line)));
                    }
                    out.push('\n');
                    heading_index += 1;
                }
                TagEnd::BlockQuote(_) => out.push_str("]\n\n"),
                TagEnd::List(_) => out.push_str(")\n\n"),
                TagEnd::Item => out.push_str("], "),
                TagEnd::FootnoteDefinition => {
                    if let Some(Frame::Footnote(label)) = frames.pop() {
                        let body = std::mem::replace(&mut out, saved.pop().unwrap_or_default());
                        footnotes.insert(label, body.trim().to_string());
                    }
                }
                TagEnd::Table => out.push_str(")\n\n"),
                TagEnd::TableHead => out.push_str("), "),
                TagEnd::TableRow => {}
                TagEnd::TableCell => out.push_str("], "),
                TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough => out.push(']'),
                TagEnd::Link => {
                    if let Some(Some((start, fallback))) = links.pop() {
                        // A link needs text: readers announce it, and PDF/UA requires it.
                        if out.len() == start {
                            out.push_str(&literal(&fallback));
                        }
                        out.push(']');
                    }
                }
                TagEnd::Image => {
                    if let Some(Frame::Image { path, alt, dest, title, line, index }) = frames.pop() {
                        let title = title.trim();
                        let decorative =
                            title.eq_ignore_ascii_case("decorative") || declared_decorative(&dest, context.decorative);
                        let alt = match alt.trim() {
                            "" if decorative => None,
                            "" if !title.is_empty() => Some(title.to_string()),
                            "" => match scan.captions.get(index).cloned().flatten() {
                                Some(caption) => Some(caption),
                                None => {
                                    missing_alt.push((dest.clone(), line));
                                    Some(format!("Image: {}", file_name(&dest)))
                                }
                            },
                            alt => Some(alt.to_string()),
                        };
                        match (path, alt) {
                            (Some(path), Some(alt)) => {
                                out.push_str(&format!("#box(image({}, alt: {}));", quote(&path), quote(&alt)))
                            }
                            // Natural size, shrunk to fit the page; decorative ones are skipped by readers.
                            (Some(path), None) => {
                                out.push_str(&format!("#pdf.artifact(box(image({})));", quote(&path)))
                            }
                            (None, Some(alt)) => out.push_str(&literal(&alt)),
                            (None, None) => {}
                        }
                    }
                }
                _ => {}
            },
            Event::Text(text) | Event::InlineMath(text) | Event::DisplayMath(text) => out.push_str(&literal(&text)),
            Event::Code(text) => out.push_str(&format!("#raw({});", quote(&text))),
            Event::SoftBreak => out.push_str(&literal(" ")),
            Event::HardBreak => out.push_str("#linebreak();"),
            Event::Rule => out.push_str("#line(length: 100%)\n\n"),
            Event::TaskListMarker(done) => out.push_str(&literal(if done { "[x] " } else { "[ ] " })),
            // A reference in the text is replaced by its footnote below; one inside a
            // footnote prints as its label.
            Event::FootnoteReference(label) if saved.is_empty() => references.push((out.len(), label.to_string())),
            Event::FootnoteReference(label) => out.push_str(&literal(&format!("[{label}]"))),
            Event::Html(_) | Event::InlineHtml(_) => {}
        }
    }
    // Footnotes print where they are referenced; their text came later in the Markdown.
    let mut result = String::with_capacity(out.len());
    let mut done = 0;
    for (at, label) in references {
        result.push_str(&out[done..at]);
        let body = footnotes.get(&label).map(String::as_str).unwrap_or("");
        result.push_str(&format!("#footnote[{body}]"));
        done = at;
    }
    result.push_str(&out[done..]);
    Converted { markup: result, missing_alt }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_escape_quotes_and_backslashes_only() {
        assert_eq!(literal(r#"a "b" \c"#), r#"#"a \"b\" \\c";"#);
        assert_eq!(
            literal("#let x = 1; $math$ *bold* _em_ <label> @ref // c"),
            "#\"#let x = 1; $math$ *bold* _em_ <label> @ref // c\";"
        );
    }

    #[test]
    fn skipped_heading_levels_close_up_and_siblings_stay_siblings() {
        let printed = |base: u8, written: &[u8]| {
            let mut levels = Levels::new(base);
            written.iter().map(|&l| levels.next(l)).collect::<Vec<_>>()
        };
        assert_eq!(printed(2, &[3, 4, 3, 1, 3, 6, 2]), [2, 3, 2, 2, 3, 4, 3]);
        assert_eq!(printed(2, &[1, 3, 5, 2]), [2, 3, 4, 3]);
        assert_eq!(printed(3, &[4, 4, 2]), [3, 3, 3]);
        assert_eq!(printed(2, &[]), Vec::<u8>::new());
    }

    #[test]
    fn captions_come_from_the_paragraph_or_an_emphasized_one_after_it() {
        let captions = |body: &str| scan(body).captions;
        assert_eq!(captions("![](a.png)\nThe login screen\n"), [Some("The login screen".to_string())]);
        assert_eq!(captions("![](a.png)\n\n*Figure 1: settings*\n"), [Some("Figure 1: settings".to_string())]);
        assert_eq!(captions("![](a.png)\n\nA normal paragraph with *some* emphasis.\n"), [None]);
        assert_eq!(captions("![](a.png) ![](b.png)\n"), [None, None]);
        assert_eq!(scan("Text[^1]\n\n[^1]: # Inside\n\n## Outside\n").footnote_headings, BTreeSet::from([0]));
    }

    #[test]
    fn decorative_images_match_by_destination_or_file_name() {
        let list = ["banner.png".to_string(), "/images/rule.svg".to_string()];
        assert!(declared_decorative("/images/banner.png", &list));
        assert!(declared_decorative("/images/rule.svg", &list));
        assert!(!declared_decorative("/other/rule.svg", &list));
        assert_eq!(file_name("/images/screen-1.png?x=1#y"), "screen-1.png");
    }

    #[test]
    fn unresolved_links_print_as_text_unless_they_have_a_safe_scheme() {
        let url = |s: &str| LinkDest::Url(s.to_string());
        assert_eq!(printable_url("mailto:a@b.org"), url("mailto:a@b.org"));
        assert_eq!(printable_url("signal:+1555"), url("signal:+1555"));
        assert_eq!(printable_url("//host.org/x"), url("https://host.org/x"));
        for text in ["", "  ", "relative/path", "javascript:alert(1)", "mailto:", "//", "1x:y"] {
            assert_eq!(printable_url(text), LinkDest::Text, "{text}");
        }
    }
}
