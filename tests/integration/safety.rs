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
    #[cfg(feature = "pdf")]
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
    let mut kinds = vec!["index.html", "sitemap.xml", "credits.json", "index.js", ".zip"];
    if cfg!(feature = "pdf") {
        kinds.push(".pdf");
    }
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

const IMAGES: [&str; 4] = ["gps.jpg", "gps.png", "gps.webp", "gps.tiff"];
/// Strings the fixture images carry in their metadata (see tests/fixtures/images/make.py).
const METADATA: [&str; 5] =
    ["CameraMakerName", "CameraModelName", "ArtistPersonName", "XmpPersonName", "PngTextPersonName"];

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/images").join(name)).unwrap()
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The bytes that hold the pixels, which cleaning must leave exactly as they were; for PNG
/// the decoded pixels, since PNGs are also recompressed (losslessly).
fn pixels(name: &str, bytes: &[u8]) -> Vec<u8> {
    let chunk = |id: &[u8]| {
        let at = find(bytes, id).unwrap_or_else(|| panic!("{name}: no {id:?} chunk"));
        let (len_at, data_at) = if name.ends_with(".png") { (at - 4, at + 4) } else { (at + 4, at + 8) };
        let len: [u8; 4] = bytes[len_at..len_at + 4].try_into().unwrap();
        let len = if name.ends_with(".png") { u32::from_be_bytes(len) } else { u32::from_le_bytes(len) } as usize;
        bytes[data_at..data_at + len].to_vec()
    };
    match name.rsplit('.').next().unwrap() {
        "jpg" => bytes[find(bytes, &[0xFF, 0xDA]).unwrap()..].to_vec(),
        "png" => image::load_from_memory(bytes).unwrap().to_rgba8().into_raw(),
        "webp" => chunk(b"VP8L"),
        "tiff" => {
            let exif = exif::Reader::new().read_from_container(&mut std::io::Cursor::new(bytes)).unwrap();
            let value = |tag| exif.get_field(tag, exif::In::PRIMARY).unwrap().value.get_uint(0).unwrap() as usize;
            let (at, len) = (value(exif::Tag::StripOffsets), value(exif::Tag::StripByteCounts));
            bytes[at..at + len].to_vec()
        }
        other => panic!("no fixture of type {other}"),
    }
}

fn site_with_images() -> TestSite {
    let site = TestSite::new(
        r#"
-- content/_index.md --
+++
title = "Home"
+++
-- content/photos/index.md --
+++
title = "Photos"
handout = true
+++
![A street](gps.jpg) ![A square](gps.png) ![A door](gps.webp)
"#,
    );
    for name in IMAGES {
        std::fs::write(site.root().join("content/photos").join(name), fixture(name)).unwrap();
    }
    std::fs::create_dir_all(site.root().join("static")).unwrap();
    std::fs::write(site.root().join("static/banner.jpg"), fixture("gps.jpg")).unwrap();
    site
}

#[test]
fn images_lose_their_metadata_but_not_their_pixels() {
    let site = site_with_images();
    let built = site.built();
    let warnings = render(&built.warnings);
    for file in [
        "content/photos/gps.jpg",
        "content/photos/gps.png",
        "content/photos/gps.webp",
        "content/photos/gps.tiff",
        "static/banner.jpg",
    ] {
        assert!(warnings.contains(&format!("image has GPS coordinates; the published copy has none, but the original tells where it was taken\n  --> {file}")), "{warnings}");
    }
    let mut outputs: Vec<(String, Vec<u8>)> =
        IMAGES.iter().map(|n| (n.to_string(), std::fs::read(site.out().join("photos").join(n)).unwrap())).collect();
    outputs.push(("banner.jpg".to_string(), std::fs::read(site.out().join("banner.jpg")).unwrap()));
    let bundles = site.root().join("bundles");
    cairn::bundle(site.root(), &bundles, &Default::default(), &Default::default()).unwrap();
    for (name, bytes) in zip_entries(&bundles.join("test-handbook-en.zip")) {
        if let Some(image) = IMAGES.iter().find(|i| name.ends_with(*i)) {
            outputs.push((image.to_string(), bytes));
        }
    }
    assert_eq!(outputs.len(), 9, "every image is in the site and in the bundle");
    for (name, bytes) in &outputs {
        assert!(!cairn::model::images::has_gps(bytes), "{name} still has GPS coordinates");
        for text in METADATA {
            assert!(find(bytes, text.as_bytes()).is_none(), "{name} still says {text}");
        }
        let original = fixture(if name == "banner.jpg" { "gps.jpg" } else { name });
        assert_eq!(pixels(name, bytes), pixels(name, &original), "{name}: the pixels changed");
    }
    #[cfg(feature = "pdf")]
    for pdf in snapshot(&site.out()).into_iter().filter(|(p, _)| p.ends_with(".pdf")) {
        for text in METADATA {
            assert!(find(&pdf.1, text.as_bytes()).is_none(), "the handout {} says {text}", pdf.0);
        }
    }
}

#[test]
fn image_metadata_is_kept_only_when_asked() {
    let site = site_with_images();
    let config = site.read_source("cairn.toml").replace("license =", "strip_image_metadata = false\nlicense =");
    site.write("cairn.toml", &config);
    let built = site.built();
    assert!(render(&built.warnings).contains("image has GPS coordinates; and it is published as is:"));
    let jpeg = std::fs::read(site.out().join("photos/gps.jpg")).unwrap();
    assert!(cairn::model::images::has_gps(&jpeg));
    assert_eq!(jpeg, fixture("gps.jpg"));
}

const REMOTE: &str = r#"
-- content/_index.md --
+++
title = "Home"
+++
-- content/tracked.md --
+++
title = "Tracked"
+++
![A pixel](https://tracker.example/pixel.png)

A [link to elsewhere](https://example.org/) is not a resource.
-- static/css/extra.css --
@import "https://fonts.example/font.css";
body { background: url(//cdn.example/bg.png); }
"#;

#[test]
fn remote_resources_are_warned_about_and_refused_when_strict() {
    let site = TestSite::new(REMOTE);
    let built = site.built();
    let warnings = render(&built.warnings);
    for (url, file) in [
        ("https://tracker.example/pixel.png (<img src>)", "content/tracked.md"),
        ("https://fonts.example/font.css (css url())", "static/css/extra.css"),
        ("//cdn.example/bg.png (css url())", "static/css/extra.css"),
    ] {
        assert!(warnings.contains(&format!("warning: remote resource {url}")), "{warnings}");
        assert!(warnings.contains(&format!("--> {file}")), "{warnings}");
    }
    assert!(!warnings.contains("https://example.org/"), "links are not resources: {warnings}");
    let check = site.cairn(&["check"]);
    assert!(String::from_utf8_lossy(&check.stderr).contains("remote resource https://tracker.example/pixel.png"));

    // Bundles are always strict; so is a site that asks.
    let bundles = site.root().join("bundles");
    let Err(errors) = cairn::bundle(site.root(), &bundles, &Default::default(), &Default::default()) else {
        panic!("the bundle was made despite remote resources")
    };
    let errors = render(&errors);
    assert!(errors.contains("error: remote resource https://tracker.example/pixel.png"), "{errors}");
    let config = site.read_source("cairn.toml").replace("license =", "privacy = \"strict\"\nlicense =");
    site.write("cairn.toml", &config);
    assert!(errors_of(site.build()).contains("error: remote resource //cdn.example/bg.png"));
}

#[test]
fn the_default_theme_sets_a_content_security_policy_and_fetches_nothing_remote() {
    let site = TestSite::new("-- content/_index.md --\n+++\ntitle = \"Home\"\n+++\nHello.\n");
    let built = site.built();
    assert!(!render(&built.warnings).contains("remote resource"));
    let page = site.html("index.html");
    let policy = attr(one(&page, "meta[http-equiv=Content-Security-Policy]"), "content");
    for rule in
        ["default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "base-uri 'none'"]
    {
        assert!(policy.contains(rule), "{policy}");
    }
    // No inline script the policy would block: only data blocks (JSON-LD) and script files.
    for script in select(&page, "script") {
        let kind = script.value().attr("type").unwrap_or("");
        assert!(
            script.value().attr("src").is_some() || kind == "application/ld+json",
            "inline script: {}",
            script.html()
        );
    }
}

/// The typst markup of the page `content/p.md` whose body is `body`.
fn typst_markup(body: &str) -> String {
    let site = TestSite::new(&format!(
        "-- content/_index.md --\n+++\ntitle = \"Home\"\n+++\n-- content/p.md --\n+++\ntitle = \"P\"\n+++\n{body}"
    ));
    let prepared = cairn::prepare(site.root(), &Default::default()).unwrap_or_else(|d| panic!("{}", render(&d)));
    let doc = prepared.site.docs.iter().find(|d| d.title == "P").unwrap();
    let context = cairn::render::print::Context {
        link: &|_, dest| cairn::render::print::LinkDest::Url(dest.to_string()),
        image: &|_| None,
        section_credits: &|_| None,
        heading_base: 2,
        label_prefix: 0,
        decorative: &[],
    };
    cairn::render::print::convert(doc, &context).markup
}

#[test]
fn footnotes_and_code_stay_inside_typst_strings() {
    // Found by the markdown_typst fuzz target: a footnote referring to itself.
    let markup = typst_markup("Text[^1]\n\n[^1]: Note[^1]\n");
    assert_eq!(markup.trim(), r##"#"Text";#footnote[#"Note";#"[1]";]"##);
    // Text that looks like cairn's old in-band footnote marker is only text.
    let markup = typst_markup("Text[^n] and \u{0}FN:n\u{0} here\n\n[^n]: a note\n");
    assert_eq!(markup.trim(), "#\"Text\";#footnote[#\"a note\";]#\" and \u{0}FN:n\u{0} here\";");
    // Code blocks keep their lines.
    let markup = typst_markup("```sh\necho one\necho two\n```\n");
    assert_eq!(markup.trim(), r##"#raw(block: true, lang: "sh", "echo one\necho two");"##);
}

#[test]
fn a_50_mb_page_builds() {
    let site = TestSite::new("-- content/_index.md --\n+++\ntitle = \"Home\"\n+++\n");
    let paragraph = "Plain words of a long page, written again and again to make it large. ".repeat(14) + "\n\n";
    let mut body = String::from("+++\ntitle = \"Big\"\n+++\n## Start\n\n");
    while body.len() < 50 * 1024 * 1024 {
        body.push_str(&paragraph);
    }
    body.push_str("The very last paragraph.\n");
    site.write("content/big.md", &body);
    site.built();
    assert!(site.read("big/index.html").contains("The very last paragraph."));
}

/// Markdown nested 10,000 levels deep: lists, quotes, emphasis, brackets.
fn deeply_nested() -> String {
    format!(
        "{}deep\n\n{}quoted\n\n{}x{}\n\n{}x{}\n",
        "- ".repeat(10_000),
        "> ".repeat(10_000),
        "*".repeat(5_000),
        "*".repeat(5_000),
        "[".repeat(10_000),
        "]".repeat(10_000)
    )
}

#[test]
fn deep_nesting_gives_a_page_or_a_clear_error() {
    let site = TestSite::new("-- content/_index.md --\n+++\ntitle = \"Home\"\n+++\n");
    site.write("content/nested.md", &format!("+++\ntitle = \"Nested\"\n+++\n{}", deeply_nested()));
    site.built();
    let page = site.read("nested/index.html");
    assert!(page.contains("deep") && page.contains("quoted"));
    // Printing it is beyond typst: an error naming the page and what to do, not a crash.
    #[cfg(feature = "pdf")]
    {
        site.write("content/nested.md", &format!("+++\ntitle = \"Nested\"\nhandout = true\n+++\n{}", deeply_nested()));
        let errors = errors_of(site.build());
        assert!(
            errors.contains("cannot typeset the `en` handout") && errors.contains("--> content/nested.md"),
            "{errors}"
        );
        assert!(errors.contains("remove `handout = true`"), "{errors}");
    }
}

#[test]
fn odd_file_names_symbolic_link_loops_and_unknown_language_suffixes() {
    let site = TestSite::new(
        "-- content/_index.md --\n+++\ntitle = \"Home\"\n+++\nSee [one](my%20page.md), [two](<my page.md>), [three](صفحة.md) and [four](页面.md).\n",
    );
    site.write("content/my page.md", "+++\ntitle = \"Spaces\"\n+++\nBody.\n");
    site.write("content/صفحة.md", "+++\ntitle = \"عربي\"\n+++\nBody.\n");
    site.write("content/页面.md", "+++\ntitle = \"中文\"\n+++\nBody.\n");
    site.write("content/page.de.md", "+++\ntitle = \"Deutsch\"\n+++\nBody.\n");
    std::fs::create_dir_all(site.root().join("content/sub")).unwrap();
    std::os::unix::fs::symlink("..", site.root().join("content/sub/loop")).unwrap();
    let built = site.built();
    let warnings = render(&built.warnings);
    assert!(warnings.contains("warning: symbolic link skipped\n  --> content/sub/loop"), "{warnings}");
    assert!(warnings.contains("`.de` in the file name is not a configured language"), "{warnings}");
    let home = site.html("index.html");
    let hrefs: Vec<String> = select(&home, ".content a").into_iter().map(|a| attr(a, "href")).collect();
    assert_eq!(hrefs, ["my%20page/", "my%20page/", "%D8%B5%D9%81%D8%AD%D8%A9/", "%E9%A1%B5%E9%9D%A2/"]);
    for folder in ["my page", "صفحة", "页面", "page.de"] {
        assert!(site.out().join(folder).join("index.html").is_file(), "{folder}");
    }
}

/// An SVG with a script, an event handler, a `foreignObject` and a tracking image, once in
/// `static/` and once in a page bundle: no output of any kind (site, ZIP) carries them, the
/// author is told, and an SVG that cannot be parsed is refused by name.
#[test]
fn svg_drawings_are_published_without_scripts_or_external_references() {
    let hostile = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert('svgpwned')">
<script>alert('svgpwned')</script>
<foreignObject><p xmlns="http://www.w3.org/1999/xhtml">svgpwned</p></foreignObject>
<image href="https://tracker.example/svgpwned.png" width="1" height="1"/>
<rect width="10" height="10" fill="#2f5d50"/><text x="1" y="9">Kept label</text>
</svg>"##;
    let site = TestSite::new(
        r#"
-- content/_index.md --
+++
title = "Home"
+++
![Map](/images/map.svg)
-- content/guide/index.md --
+++
title = "Guide"
+++
![Chart](chart.svg)
"#,
    );
    site.write("static/images/map.svg", hostile);
    site.write("content/guide/chart.svg", hostile);
    let built = site.built();
    let warnings = render(&built.warnings);
    for file in ["static/images/map.svg", "content/guide/chart.svg"] {
        assert!(warnings.contains(&format!("SVG could run scripts or fetch from elsewhere; published without: line 1: event handler onload; line 2: <script> element; line 3: <foreignObject> element; line 4: external reference href=\"https://tracker.example/svgpwned.png\"\n  --> {file}")), "{warnings}");
    }
    let bundles = site.root().join("bundles");
    cairn::bundle(site.root(), &bundles, &Default::default(), &Default::default()).unwrap();
    let zip = zip_entries(&bundles.join("test-handbook-en.zip"));
    let mut published: Vec<(String, Vec<u8>)> = zip.into_iter().filter(|(name, _)| name.ends_with(".svg")).collect();
    published.push(("images/map.svg".into(), std::fs::read(site.out().join("images/map.svg")).unwrap()));
    published.push(("guide/chart.svg".into(), std::fs::read(site.out().join("guide/chart.svg")).unwrap()));
    assert_eq!(published.len(), 4, "{:?}", published.iter().map(|(n, _)| n).collect::<Vec<_>>());
    for (name, bytes) in published {
        let text = String::from_utf8(bytes).unwrap();
        assert!(!text.contains("svgpwned") && !text.contains("onload") && !text.contains("tracker"), "{name}: {text}");
        assert!(text.contains("<text x=\"1\" y=\"9\">Kept label</text>"), "{name}: {text}");
    }

    site.write("content/guide/chart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect></svg>");
    let errors = errors_of(site.build());
    assert!(errors.contains("cannot publish this SVG safely: not well-formed XML"), "{errors}");
    assert!(errors.contains("--> content/guide/chart.svg"), "{errors}");
}
