//! Markdown → HTML fragment for one document shown in one language: cairn renders headings
//! (ids, classes, safe attributes), code blocks (syntect classes) and every link and image
//! destination (resolved by the model, written by a [`Linker`]); pulldown-cmark renders
//! the rest.

use super::credits::CreditWriter;
use super::escape::escape_html;
use super::highlight;
use crate::memo::Memo;
use crate::model::links::LinkTarget;
use crate::model::pictures::{Picture, SIZES};
use crate::model::{Doc, EntryId};
use crate::urls::{Linker, Route};
use pulldown_cmark::{CodeBlockKind, CowStr, Event, Tag, TagEnd};
use std::collections::{BTreeMap, VecDeque};
use std::sync::Arc;

/// How a page shows the images it embeds.
pub struct Images<'a> {
    /// What is shown for each published PNG and JPEG file, by its path.
    pub pictures: &'a BTreeMap<String, Picture>,
    /// When set (the hosted URL of a published file), images are not shown: their alt text
    /// stands in a box linking to the hosted image.
    pub hosted: Option<&'a dyn Fn(&str) -> String>,
}

/// How one page writes the bodies it shows.
pub struct BodyWriter<'a> {
    /// Writes hrefs from the page.
    pub linker: &'a Linker,
    /// Writes the bylines of headings with their own credits.
    pub credits: &'a CreditWriter<'a>,
    /// Writes links to pages (entry, language).
    pub page_href: &'a dyn Fn(EntryId, &str) -> String,
    /// Whether the author's raw HTML is kept as written (else sanitized).
    pub allow_raw_html: bool,
    pub images: Images<'a>,
    /// Code blocks already highlighted, by language and text: a block shown in several
    /// languages, or again after an edit elsewhere, is highlighted once.
    pub highlighted: &'a Memo<Arc<str>>,
}

/// Renders `doc`'s body for the `lang` site.
pub fn render_body<'d>(doc: &'d Doc, lang: &str, writer: &BodyWriter<'_>) -> String {
    let BodyWriter { linker, credits, page_href, allow_raw_html, images, highlighted } = writer;
    let mut heading_index = 0;
    let mut link_index = 0;
    let mut code: Option<(String, String)> = None;
    let mut raw_html = false;
    // How each open link and image closes: "" for pulldown-cmark's own end tag.
    let mut link_closers: Vec<&str> = Vec::new();
    let mut image_closers: Vec<&str> = Vec::new();
    // An `<img>` written here rather than by pulldown-cmark: its opening, its alt text so
    // far, and how many images nested in the alt text are still open.
    let mut picture: Option<(String, String, usize)> = None;
    let mut shown_images = 0;
    // Each Markdown event becomes the events that write it, handed to pulldown-cmark's
    // writer as they come, not gathered for the whole page first.
    let mut handle = |event: Event<'d>, events: &mut VecDeque<Event<'d>>| {
        if let Some((open, alt, depth)) = picture.as_mut() {
            match event {
                Event::Text(text) | Event::Code(text) => alt.push_str(&text),
                Event::Start(Tag::Image { .. }) => {
                    link_index += 1;
                    *depth += 1;
                }
                Event::Start(Tag::Link { .. }) => link_index += 1,
                Event::End(TagEnd::Image) if *depth > 0 => *depth -= 1,
                Event::End(TagEnd::Image) => {
                    events.push_back(Event::Html(format!("{open} alt=\"{}\">", escape_html(alt)).into()));
                    picture = None;
                }
                _ => {}
            }
            return;
        }
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                let open = doc.outline.headings.get(heading_index).map_or_else(
                    || format!("<{level}>"),
                    |h| {
                        let mut tag = format!("<{level} id=\"{}\"", escape_html(&h.id));
                        if !h.classes.is_empty() {
                            tag.push_str(&format!(" class=\"{}\"", escape_html(&h.classes.join(" "))));
                        }
                        for (name, value) in &h.attrs {
                            if is_safe_attribute(name) {
                                tag.push_str(&format!(" {name}=\"{}\"", escape_html(value.as_deref().unwrap_or(""))));
                            }
                        }
                        tag.push('>');
                        tag
                    },
                );
                heading_index += 1;
                events.push_back(Event::Html(open.into()));
            }
            Event::End(TagEnd::Heading(level)) => {
                let byline =
                    doc.outline.headings.get(heading_index - 1).map(|h| credits.section_byline(h)).unwrap_or_default();
                events.push_back(Event::Html(format!("</{level}>\n{byline}").into()));
            }
            Event::Start(Tag::CodeBlock(kind)) => {
                let lang = match kind {
                    CodeBlockKind::Fenced(info) => info.to_string(),
                    CodeBlockKind::Indented => String::new(),
                };
                code = Some((lang, String::new()));
            }
            Event::Text(text) if code.is_some() => {
                if let Some((_, buffer)) = code.as_mut() {
                    buffer.push_str(&text);
                }
            }
            Event::End(TagEnd::CodeBlock) => {
                if let Some((lang, buffer)) = code.take() {
                    events
                        .push_back(Event::Html(highlight::code_block(&buffer, &lang, highlighted).to_string().into()));
                }
            }
            Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
                let target = doc.link_targets.get(link_index);
                let external = matches!(target, Some(LinkTarget::External)) && is_web(&dest_url);
                link_index += 1;
                if let Some(LinkTarget::Missing(why)) = target {
                    // No dangling href: the reader sees the text, and why it leads nowhere.
                    events.push_back(stand_in("broken-link", why));
                    link_closers.push("</span>");
                    return;
                }
                let dest_url = resolve(target, dest_url, lang, linker, page_href);
                if external {
                    // Marked for readers: on a slow or watched network, leaving the handbook matters.
                    let title_attr =
                        if title.is_empty() { String::new() } else { format!(" title=\"{}\"", escape_html(&title)) };
                    events.push_back(Event::Html(
                        format!(
                            "<a href=\"{}\" class=\"external\" rel=\"external noopener noreferrer\"{title_attr}>",
                            escape_html(&dest_url)
                        )
                        .into(),
                    ));
                    link_closers.push("</a>");
                } else {
                    events.push_back(Event::Start(Tag::Link { link_type, dest_url, title, id }));
                    link_closers.push("");
                }
            }
            Event::Start(Tag::Image { link_type, dest_url, title, id }) => {
                let target = doc.link_targets.get(link_index);
                link_index += 1;
                if let Some(LinkTarget::Missing(why)) = target {
                    // The alt text (the image's inner text) stands where the image would be.
                    events.push_back(stand_in("missing-image", why));
                    image_closers.push("</span>");
                    return;
                }
                if let Some(hosted_image) = images.hosted {
                    let href = match target {
                        Some(LinkTarget::File { path, .. }) => hosted_image(path),
                        _ => dest_url.to_string(),
                    };
                    events.push_back(Event::Html(
                        format!("<a class=\"image-alt\" href=\"{}\" rel=\"external\">", escape_html(&href)).into(),
                    ));
                    image_closers.push("</a>");
                    return;
                }
                shown_images += 1;
                if let Some(known) = match target {
                    Some(LinkTarget::File { path, fragment: None }) => images.pictures.get(path),
                    _ => None,
                } {
                    picture = Some((
                        img_tag(&linker.href(&Route::file(&known.file)), known, &title, shown_images > 1, linker),
                        String::new(),
                        0,
                    ));
                    return;
                }
                let dest_url = resolve(target, dest_url, lang, linker, page_href);
                events.push_back(Event::Start(Tag::Image { link_type, dest_url, title, id }));
                image_closers.push("");
            }
            Event::End(TagEnd::Link) => match link_closers.pop() {
                Some(closer) if !closer.is_empty() => events.push_back(Event::Html(closer.into())),
                _ => events.push_back(Event::End(TagEnd::Link)),
            },
            Event::End(TagEnd::Image) => match image_closers.pop() {
                Some(closer) if !closer.is_empty() => events.push_back(Event::Html(closer.into())),
                _ => events.push_back(Event::End(TagEnd::Image)),
            },
            // A ballot box, not an `<input>`: nothing form-like in a page, so the sanitizer
            // can drop every input a contributor's HTML brings.
            Event::TaskListMarker(done) => events.push_back(Event::InlineHtml(
                if done { "<span class=\"task done\">☑</span> " } else { "<span class=\"task\">☐</span> " }.into(),
            )),
            // Wide tables scroll inside a wrapper that keyboard users can focus to scroll.
            Event::Start(Tag::Table(alignments)) => {
                events.push_back(Event::Html("<div class=\"table-scroll\" tabindex=\"0\">".into()));
                events.push_back(Event::Start(Tag::Table(alignments)));
            }
            Event::End(TagEnd::Table) => {
                events.push_back(Event::End(TagEnd::Table));
                events.push_back(Event::Html("</div>\n".into()));
            }
            Event::Html(html) | Event::InlineHtml(html) => {
                raw_html = true;
                events.push_back(Event::Html(html));
            }
            other => events.push_back(other),
        }
    };
    let mut parser = crate::markdown::parser(&doc.body);
    let mut pending = VecDeque::new();
    let events = std::iter::from_fn(|| {
        loop {
            if let Some(event) = pending.pop_front() {
                return Some(event);
            }
            handle(parser.next()?, &mut pending);
        }
    });
    let mut html = String::with_capacity(doc.body.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events);
    if raw_html && !allow_raw_html { super::sanitize::sanitize(&html) } else { html }
}

/// The start of an `<img>` for a processed image (up to its alt text): its size, so the
/// page keeps the room while it loads, its smaller copies with the column's `sizes`, and
/// `loading="lazy"` for all but a page's first image, which may be above the fold.
fn img_tag(src: &str, picture: &Picture, title: &str, lazy: bool, linker: &Linker) -> String {
    let mut tag =
        format!("<img src=\"{}\" width=\"{}\" height=\"{}\"", escape_html(src), picture.width, picture.height);
    if !picture.variants.is_empty() {
        let srcset: Vec<String> = picture
            .variants
            .iter()
            .map(|(path, width)| format!("{} {width}w", linker.href(&Route::file(path))))
            .chain([format!("{src} {}w", picture.width)])
            .collect();
        tag.push_str(&format!(" srcset=\"{}\" sizes=\"{SIZES}\"", escape_html(&srcset.join(", "))));
    }
    if lazy {
        tag.push_str(" loading=\"lazy\"");
    }
    tag.push_str(" decoding=\"async\"");
    if !title.is_empty() {
        tag.push_str(&format!(" title=\"{}\"", escape_html(title)));
    }
    tag
}

/// Opens the `<span>` that shows a link's text (or an image's alt text) in place of a link
/// or image that has nothing to point at, with `why` as its tooltip.
fn stand_in(class: &str, why: &str) -> Event<'static> {
    Event::Html(format!("<span class=\"{class}\" title=\"{}\">", escape_html(why)).into())
}

/// Attribute names a heading may pass to HTML: plain names, and no event handlers.
fn is_safe_attribute(name: &str) -> bool {
    !name.is_empty()
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        && !name.to_ascii_lowercase().starts_with("on")
}

fn is_web(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("//")
}

fn resolve<'a>(
    target: Option<&LinkTarget>,
    written: CowStr<'a>,
    lang: &str,
    linker: &Linker,
    page_href: &dyn Fn(EntryId, &str) -> String,
) -> CowStr<'a> {
    match target {
        Some(LinkTarget::Page { entry, lang: explicit, anchors }) => {
            let href = page_href(*entry, explicit.as_deref().unwrap_or(lang));
            match anchors.get(lang) {
                // A link to the page itself is just its anchor.
                Some(f) if href == "./" || href == "index.html" => format!("#{f}").into(),
                Some(f) => format!("{href}#{f}").into(),
                None => href.into(),
            }
        }
        Some(LinkTarget::Fragment(f)) => format!("#{f}").into(),
        Some(LinkTarget::File { path, fragment }) => {
            let href = linker.href(&Route::file(path));
            match fragment {
                Some(f) => format!("{href}#{f}").into(),
                None => href.into(),
            }
        }
        Some(LinkTarget::External | LinkTarget::AsWritten | LinkTarget::Missing(_)) | None => written,
    }
}
