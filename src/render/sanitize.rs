//! Contributors' raw HTML, made safe: a page whose Markdown contains raw HTML has its
//! rendered body passed through ammonia (scripts, event handlers, `javascript:` URLs,
//! iframes, objects, forms and styles removed; formatting kept, with cairn's own ids,
//! classes and direction). Pages without raw HTML are not touched (nothing to remove, and
//! parsing every page would cost time). A site opts out with `unsafe_html = true`.

/// The body HTML with everything unsafe removed.
pub(crate) fn sanitize(html: &str) -> String {
    let mut builder = ammonia::Builder::default();
    builder
        .add_generic_attributes(&["class", "id", "dir", "lang", "title", "data-lang"])
        .add_tags(&["mark"])
        .add_tag_attributes("a", &["rel"])
        // Scrolling code blocks and table wrappers are focusable, for keyboard scrolling.
        .add_tag_attributes("pre", &["tabindex"])
        .add_tag_attributes("div", &["tabindex"])
        .link_rel(None);
    builder.clean(html).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_go_and_formatting_stays() {
        let clean = sanitize(
            r#"<p id="a" class="b">ok <kbd>Ctrl</kbd><script>alert(1)</script><img src="x.png" alt="x" onerror="alert(1)"></p>"#,
        );
        assert_eq!(clean, r#"<p id="a" class="b">ok <kbd>Ctrl</kbd><img src="x.png" alt="x"></p>"#);
    }
}
