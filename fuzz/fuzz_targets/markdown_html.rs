//! A Markdown page (front matter optional) through cairn's real pipeline, in memory:
//! `front_matter::split` → `model::resolve` (outline, heading ids and credits, links) →
//! `render::html::render_body` in two languages, with raw HTML sanitized (the default) and
//! kept (`unsafe_html`). Must never panic.
#![no_main]

mod common;

use cairn::render::credits::CreditWriter;
use cairn::urls::{LinkStyle, Linker};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let fx = common::fixture();
    let input = common::text(data);
    let (site, id) = common::site_with(&input);
    let Some(id) = id else { return };
    let doc = &site.docs[id];
    // The page itself in English (sanitized), and as the French site's fallback with raw
    // HTML kept; offline style in the second to cover explicit `index.html` links.
    for (lang, allow_raw_html, explicit_index) in [("en", false, false), ("fr", true, true)] {
        let linker = Linker::new(site.route(doc.entry, lang), LinkStyle::Relative { explicit_index });
        let writer = CreditWriter::new(&site, &fx.ui_strings, lang);
        let page_href = |entry, shown: &str| linker.href(&site.route(entry, shown));
        let body = cairn::render::html::BodyWriter {
            linker: &linker,
            credits: &writer,
            page_href: &page_href,
            allow_raw_html,
            images: cairn::render::html::Images { pictures: &site.pictures, hosted: None },
            highlighted: &Default::default(),
        };
        let html = cairn::render::html::render_body(doc, lang, &body);
        if common::show() {
            eprintln!("--- {lang} (raw HTML kept: {allow_raw_html}) ---\n{html}");
        }
    }
});
