//! `sitemap.xml`: every published page that exists in its own language (fallbacks are
//! duplicates of the original and are left out), with `xhtml:link` alternates for each
//! real translation.

use super::escape::escape_html;
use crate::model::Site;
use crate::urls::permalink;

/// The sitemap's XML text.
pub(crate) fn sitemap(site: &Site) -> String {
    let config = &site.config;
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for (entry_id, entry) in site.entries.iter().enumerate() {
        let alternates: Vec<(String, String)> = config
            .languages
            .iter()
            .filter(|l| entry.variants.contains_key(&l.code))
            .map(|l| (l.code.clone(), permalink(config, &site.route(entry_id, &l.code))))
            .collect();
        for language in &config.languages {
            let Some(&doc_id) = entry.variants.get(&language.code) else {
                continue;
            };
            let doc = &site.docs[doc_id];
            xml.push_str("  <url>\n");
            xml.push_str(&format!(
                "    <loc>{}</loc>\n",
                escape_html(&permalink(config, &site.route(entry_id, &language.code)))
            ));
            if let Some(date) = doc.updated.as_ref().or(doc.date.as_ref()) {
                xml.push_str(&format!("    <lastmod>{}</lastmod>\n", escape_html(date)));
            }
            if alternates.len() > 1 {
                for (code, href) in &alternates {
                    xml.push_str(&format!(
                        "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>\n",
                        escape_html(code),
                        escape_html(href)
                    ));
                }
            }
            xml.push_str("  </url>\n");
        }
    }
    xml.push_str("</urlset>\n");
    xml
}
