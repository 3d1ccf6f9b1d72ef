//! Page weight: what a reader downloads to see each page of a built site (the page, and the
//! stylesheets, scripts and images it loads), gzip-compressed as a web server would send
//! them. `cairn build --report` lists the heaviest pages and the median, so an author sees
//! which screenshots make a handbook costly on prepaid data.

use super::Artifact;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;

/// One page's weight in bytes (gzip), its own HTML and everything it loads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PageWeight {
    pub path: String,
    pub html: u64,
    pub total: u64,
}

fn gzip_size(bytes: &[u8]) -> u64 {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    // Writing to memory cannot fail.
    let _ = encoder.write_all(bytes);
    encoder.finish().map_or(bytes.len(), |v| v.len()) as u64
}

/// `url` (as written in the page at `page`) as an output path, when it names a file of the
/// site: relative or root-absolute, without query or fragment.
fn resolve(page: &str, url: &str) -> Option<String> {
    let url = url.split(['#', '?']).next()?;
    if url.is_empty() || url.starts_with("//") || url.contains(':') {
        return None;
    }
    let mut parts: Vec<&str> = if url.starts_with('/') {
        Vec::new()
    } else {
        page.split('/').collect::<Vec<_>>()[..].split_last()?.1.to_vec()
    };
    for part in url.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            part => parts.push(part),
        }
    }
    Some(parts.join("/"))
}

/// The weight of every HTML page among `artifacts`, heaviest first (then by path).
pub(crate) fn page_weights(artifacts: &[Artifact]) -> Vec<PageWeight> {
    let sized: BTreeMap<String, (u64, &Artifact)> =
        artifacts.par_iter().map(|a| (a.path(), (gzip_size(&a.bytes), a))).collect();
    let mut weights: Vec<PageWeight> = sized
        .par_iter()
        .filter(|(path, _)| path.ends_with(".html"))
        .map(|(path, (own, page))| {
            let html = String::from_utf8_lossy(&page.bytes);
            let wanted = [("img", "src"), ("link", "href"), ("script", "src")];
            let loaded: BTreeSet<String> = crate::markdown::tag_attributes(&html, &wanted)
                .into_iter()
                .filter_map(|(_, url, _)| resolve(path, &url))
                .filter(|p| !p.ends_with(".html"))
                .collect();
            let assets: u64 = loaded.iter().filter_map(|p| sized.get(p)).map(|(size, _)| size).sum();
            PageWeight { path: path.clone(), html: *own, total: own + assets }
        })
        .collect();
    weights.sort_by(|a, b| b.total.cmp(&a.total).then_with(|| a.path.cmp(&b.path)));
    weights
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_resolve_against_the_page() {
        assert_eq!(resolve("guide/index.html", "../css/cairn.css").as_deref(), Some("css/cairn.css"));
        assert_eq!(resolve("guide/index.html", "shot-480w.png?v=1#x").as_deref(), Some("guide/shot-480w.png"));
        assert_eq!(resolve("fr/guide/index.html", "/images/a.png").as_deref(), Some("images/a.png"));
        assert_eq!(resolve("index.html", "https://example.org/a.png"), None);
        assert_eq!(resolve("index.html", "//example.org/a.png"), None);
    }
}
