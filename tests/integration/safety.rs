//! Safety by default: nothing unpublished reaches any output, images lose their metadata,
//! nothing is fetched from third parties, and bad input gives clear errors, never a panic.

use crate::support::*;
use cairn::BuildSettings;
use cairn::model::BuildOptions;
use std::path::Path;

const UNPUBLISHED: &str = r#"
-- content/_index.md --
+++
title = "Home"
+++
-- content/s/_index.md --
+++
title = "Section"
+++
-- content/s/public.md --
+++
title = "Public page"
authors = ["amina"]
handout = true
+++
Everyone may read this.
-- content/s/public.fr.md --
+++
title = "Page publique"
+++
Tout le monde peut lire ceci.
-- content/s/draft.md --
+++
title = "Zarquon draft"
draft = true
authors = ["jo"]
+++
Plumbobulous words of a draft.
-- content/s/internal.md --
+++
title = "Quibbleflax meeting notes"
visibility = "internal"
authors = ["jo"]
handout = true
+++
## Blorptastic list {authors="jo"}

Names of the people at the meeting: snorkelwhump.
-- content/s/internal.fr.md --
+++
title = "Notes de réunion fribblewock"
+++
Fribblewock en français.
-- content/inner/_index.md --
+++
title = "Grommelwitz circle"
visibility = "internal"
+++
-- content/inner/child.md --
+++
title = "Child page"
+++
Wuzzlequank, only for the circle.
"#;

/// Words planted in unpublished pages (titles, text, headings, translations).
const PLANTED: &[&str] = &[
    "Zarquon",
    "Plumbobulous",
    "Quibbleflax",
    "Blorptastic",
    "snorkelwhump",
    "fribblewock",
    "Grommelwitz",
    "Wuzzlequank",
];

/// What a reader or a program could get out of an output file: its text, with search index
/// pieces decoded (their posts are base64), ZIP entries unpacked, and PDFs turned into text.
fn readable(name: &str, bytes: &[u8]) -> String {
    use base64::Engine;
    let text = String::from_utf8_lossy(bytes).to_string();
    if name.ends_with(".zip") {
        let scratch = tempfile::tempdir().unwrap();
        let zip = scratch.path().join("x.zip");
        std::fs::write(&zip, bytes).unwrap();
        return zip_entries(&zip).iter().map(|(n, b)| format!("{n}\n{}", readable(n, b))).collect();
    }
    if name.ends_with(".pdf") {
        let scratch = tempfile::tempdir().unwrap();
        let pdf = scratch.path().join("x.pdf");
        std::fs::write(&pdf, bytes).unwrap();
        return tool("pdftotext", &[pdf.to_str().unwrap(), "-"])
            .map(|b| String::from_utf8_lossy(&b).to_string())
            .unwrap_or_default();
    }
    if name.contains("search/") && name.ends_with(".js") {
        let decoded: String = text
            .split('"')
            .filter_map(|s| base64::engine::general_purpose::STANDARD.decode(s).ok())
            .map(|b| String::from_utf8_lossy(&b).to_string())
            .collect();
        return format!("{text}\n{decoded}");
    }
    text
}

/// Every file of every kind of output: the site, bundles, handouts; name → readable text.
fn all_outputs(site: &TestSite, settings: &BuildSettings) -> Vec<(String, String)> {
    let scratch = tempfile::tempdir().unwrap();
    let out = scratch.path().join("public");
    cairn::build(site.root(), &out, settings).unwrap_or_else(|d| panic!("{}", render(&d)));
    let bundles = scratch.path().join("bundles");
    let bundle_settings = cairn::BundleSettings { all_languages: true, ..Default::default() };
    cairn::bundle(site.root(), &bundles, settings, &bundle_settings).unwrap_or_else(|d| panic!("{}", render(&d)));
    let mut files: Vec<(String, Vec<u8>)> = snapshot(&out).into_iter().collect();
    files.extend(snapshot(&bundles));
    #[cfg(feature = "pdf")]
    {
        let handouts = scratch.path().join("handouts");
        let whole = cairn::PdfSettings::default();
        cairn::pdf(site.root(), &handouts, settings, &whole).unwrap_or_else(|d| panic!("{}", render(&d)));
        let every = cairn::PdfSettings { all: true, ..Default::default() };
        cairn::pdf(site.root(), &handouts, settings, &every).unwrap_or_else(|d| panic!("{}", render(&d)));
        files.extend(snapshot(&handouts));
    }
    files.into_iter().map(|(name, bytes)| (name.clone(), readable(&name, &bytes))).collect()
}

#[test]
fn drafts_and_internal_pages_reach_no_output_of_any_kind() {
    let site = TestSite::new(UNPUBLISHED);
    let outputs = all_outputs(&site, &BuildSettings::default());
    let kinds = ["index.html", "sitemap.xml", "credits.json", "index.js", ".zip", ".pdf"];
    for kind in kinds {
        assert!(outputs.iter().any(|(name, _)| name.ends_with(kind)), "no {kind} among the outputs");
    }
    for (name, text) in &outputs {
        for word in PLANTED {
            assert!(!text.contains(word), "`{word}` leaked into {name}");
        }
        assert!(!name.contains("internal") && !name.contains("inner/"), "{name} was written");
    }
    // The same check sees the words when the pages are included: it can fail.
    let trusted = BuildSettings { options: BuildOptions { drafts: false, internal: true }, ..Default::default() };
    let outputs = all_outputs(&site, &trusted);
    let seen = |word: &str, kind: &str| outputs.iter().any(|(n, t)| n.ends_with(kind) && t.contains(word));
    assert!(seen("snorkelwhump", "index.html") && seen("snorkelwhump", ".zip"));
    assert!(seen("Quibbleflax", "credits.json"));
    assert!(seen("Wuzzlequank", ".js"), "the search index holds the page");
    assert!(!seen("Plumbobulous", "index.html"), "drafts stay out of internal builds");
}

#[test]
fn a_public_page_may_not_link_to_an_internal_one() {
    let site = TestSite::new(UNPUBLISHED);
    site.write("content/s/public.md", "+++\ntitle = \"Public page\"\n+++\nSee [the notes](internal.md).\n");
    let errors = errors_of(site.build());
    assert!(errors.contains("content/s/public.md:4"), "{errors}");
    let trusted = BuildSettings { options: BuildOptions { drafts: false, internal: true }, ..Default::default() };
    site.build_with(&trusted).unwrap();
    assert!(Path::new(&site.out().join("s/internal/index.html")).exists());
}
