//! Markdown → typst markup, for printed handouts (typeset by the `pdf` module). Every piece
//! of text becomes a typst string literal (`#"…";`), so no character or keyword of the
//! handbook's text can ever be read as typst markup or code; structure (headings, lists,
//! tables, links, images, footnotes) becomes calls to typst's own functions.

use crate::diagnostics::Diagnostic;
use crate::model::Doc;
use crate::model::links::LinkTarget;
use pulldown_cmark::{CodeBlockKind, Event, Tag, TagEnd};
use std::collections::BTreeMap;

/// How the converter reaches the rest of the handbook.
pub struct Context<'a> {
    /// The absolute URL a link points to, given its target and the written destination.
    pub link: &'a dyn Fn(Option<&LinkTarget>, &str) -> String,
    /// The virtual path of an image for the typst World, if the handbook has the file.
    pub image: &'a dyn Fn(Option<&LinkTarget>) -> Option<String>,
    /// The plain-text byline of the heading with this index, if it has its own credits.
    pub section_credits: &'a dyn Fn(usize) -> Option<String>,
    /// Added to every heading level, so a page's top headings land at the level the handout
    /// wants (1 for a one-page handout, 2 under chapter titles).
    pub heading_shift: i8,
}

/// A typst string literal that prints `text` exactly, line breaks as spaces (in running
/// text they are soft breaks).
pub fn literal(text: &str) -> String {
    format!("#{};", quoted(text, " "))
}

/// A typst string value (for function arguments), line breaks as spaces.
fn string(text: &str) -> String {
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
    Image { path: Option<String>, alt: String, dest: String },
}

/// The body of `doc` as typst markup; an image without alt text is an error naming it.
pub fn convert(doc: &Doc, context: &Context<'_>) -> Result<String, Diagnostic> {
    let mut out = String::with_capacity(doc.body.len() * 2);
    let mut footnotes: BTreeMap<String, String> = BTreeMap::new();
    let mut frames: Vec<Frame> = Vec::new();
    let mut saved: Vec<String> = Vec::new();
    let mut references: Vec<(usize, String)> = Vec::new();
    let mut link_index = 0;
    let mut heading_index = 0;
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
                    let lang = if lang.is_empty() { String::new() } else { format!("lang: {}, ", string(&lang)) };
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
                    let level = (level as i8 + context.heading_shift).clamp(1, 6);
                    out.push_str(&format!("#heading(level: {level})["));
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
                    let url = (context.link)(doc.link_targets.get(link_index), &dest_url);
                    link_index += 1;
                    out.push_str(&format!("#link({})[", string(&url)));
                }
                Tag::Image { dest_url, .. } => {
                    let path = (context.image)(doc.link_targets.get(link_index));
                    link_index += 1;
                    frames.push(Frame::Image { path, alt: String::new(), dest: dest_url.to_string() });
                }
                _ => {}
            },
            Event::End(tag) => match tag {
                TagEnd::Paragraph => out.push_str("\n\n"),
                TagEnd::Heading(_) => {
                    out.push_str("]\n");
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
                TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough | TagEnd::Link => out.push(']'),
                TagEnd::Image => {
                    if let Some(Frame::Image { path, alt, dest }) = frames.pop() {
                        let alt = alt.trim();
                        if alt.is_empty() {
                            return Err(Diagnostic::error(format!("image `{dest}` has no alt text"))
                                .with_hint("describe it between the brackets, ![like this](photo.jpg): printed handouts are tagged PDF/UA, which requires it"));
                        }
                        match path {
                            Some(path) => out.push_str(&format!(
                                "#box(image({}, alt: {}, width: 100%));",
                                string(&path),
                                string(alt)
                            )),
                            None => out.push_str(&literal(alt)),
                        }
                    }
                }
                _ => {}
            },
            Event::Text(text) | Event::InlineMath(text) | Event::DisplayMath(text) => out.push_str(&literal(&text)),
            Event::Code(text) => out.push_str(&format!("#raw({});", string(&text))),
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
    Ok(result)
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
}
