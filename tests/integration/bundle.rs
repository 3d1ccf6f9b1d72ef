//! Offline ZIP bundles: structure, relative links that all resolve, no network references,
//! reproducible bytes, drafts absent, and a real Chromium reading one from file://.

use crate::support::*;
use std::path::{Path, PathBuf};

const SITE: &str = r#"
-- content/_index.md --
+++
title = "Home"
+++
Welcome. See the [guides](guides/_index.md).
-- content/_index.fr.md --
+++
title = "Accueil"
+++
Bienvenue.
-- content/guides/_index.md --
+++
title = "Guides"
+++
-- content/guides/_index.fr.md --
+++
title = "Guides fr"
+++
-- content/guides/phones/index.md --
+++
title = "Phones"
+++
![Diagram](diagram.svg) and ![Logo](/images/logo.svg). Read the [manual](https://example.org/manual).

## Verify downloads {#verify}

Check every checksum.
-- content/guides/phones/index.fr.md --
+++
title = "Téléphones"
+++
![Schéma](diagram.svg)

## Vérifier les téléchargements {#verify}

Vérifiez chaque somme de contrôle. Voir [la version anglaise](index.en.md#verify).
-- content/guides/phones/diagram.svg --
<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>
-- static/images/logo.svg --
<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><circle r="5" cx="5" cy="5"/></svg>
-- content/guides/secret.md --
+++
title = "Secret"
draft = true
+++
wibblequorn
"#;

fn bundled(site: &TestSite) -> PathBuf {
    let out = site.root().join("bundles");
    let settings = cairn::BundleSettings { all_languages: true, ..Default::default() };
    cairn::bundle(site.root(), &out, &Default::default(), &settings).unwrap_or_else(|d| panic!("{}", render(&d)));
    out
}

fn unpack(zip: &Path, into: &Path) -> PathBuf {
    let mut archive = zip::ZipArchive::new(std::fs::File::open(zip).unwrap()).unwrap();
    archive.extract(into).unwrap();
    let tops: Vec<_> = std::fs::read_dir(into).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(tops.len(), 1, "a bundle unpacks to one folder: {tops:?}");
    tops[0].clone()
}

#[test]
fn one_zip_per_language_each_in_one_folder_with_readme_and_checksums() {
    let site = TestSite::new(SITE);
    let out = bundled(&site);
    let names: Vec<String> =
        std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().to_string()).collect();
    let mut names = names;
    names.sort();
    assert_eq!(
        names,
        [
            "SHA256SUMS",
            "test-handbook-all-languages.zip",
            "test-handbook-ar.zip",
            "test-handbook-en.zip",
            "test-handbook-fr.zip"
        ]
    );
    for (lang, intro) in [("en", "offline copy"), ("fr", "copie hors ligne")] {
        let files = zip_entries(&out.join(format!("test-handbook-{lang}.zip")));
        let top = format!("test-handbook-{lang}/");
        assert!(files.keys().all(|k| k.starts_with(&top)), "{lang}");
        assert!(files.contains_key(&format!("{top}index.html")));
        let readme = String::from_utf8(files[&format!("{top}README.txt")].clone()).unwrap();
        assert!(readme.contains(intro) && readme.contains("CC-BY-4.0") && readme.contains("index.html"), "{readme}");
        let names: Vec<&String> = files.keys().collect();
        let mut sorted = names.clone();
        sorted.sort();
        assert_eq!(names, sorted, "entries are sorted");
    }
    let fr = zip_entries(&out.join("test-handbook-fr.zip"));
    assert!(fr.contains_key("test-handbook-fr/fr/guides/phones/index.html"));
    assert!(!fr.keys().any(|k| k.starts_with("test-handbook-fr/ar/")), "a one-language copy holds one language");
    let sums = std::fs::read_to_string(out.join("SHA256SUMS")).unwrap();
    for line in sums.lines() {
        let (digest, name) = line.split_once("  ").unwrap();
        use sha2::Digest;
        let actual: String =
            sha2::Sha256::digest(std::fs::read(out.join(name)).unwrap()).iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(digest, actual, "{name}");
    }
}

/// Every relative reference of every HTML file resolves to a file inside `top`.
fn check_links(top: &Path) -> usize {
    let selector = scraper::Selector::parse("a[href], link[href], img[src], script[src]").unwrap();
    let mut checked = 0;
    for (path, bytes) in snapshot(top) {
        if !path.ends_with(".html") {
            continue;
        }
        let html = scraper::Html::parse_document(&String::from_utf8_lossy(&bytes));
        let dir = top.join(&path).parent().unwrap().to_path_buf();
        for element in html.select(&selector) {
            let value = element.value().attr("href").or(element.value().attr("src")).unwrap();
            let rel = element.value().attr("rel").unwrap_or("");
            if value.contains("://") || value.starts_with("mailto:") || value.starts_with('#') {
                let is_resource = element.value().name() != "a" && !["canonical", "alternate"].contains(&rel);
                assert!(!(is_resource && value.starts_with("http")), "{path}: network resource {value}");
                continue;
            }
            let file = value.split(['#', '?']).next().unwrap();
            let target = dir.join(file);
            assert!(target.is_file(), "{path}: `{value}` does not resolve to a file inside the bundle");
            let resolved = target.canonicalize().unwrap();
            assert!(resolved.starts_with(top.canonicalize().unwrap()), "{path}: `{value}` leaves the bundle");
            checked += 1;
        }
    }
    checked
}

#[test]
fn every_link_is_relative_and_resolves_inside_the_bundle() {
    let site = TestSite::new(SITE);
    let out = bundled(&site);
    for name in ["test-handbook-en.zip", "test-handbook-fr.zip", "test-handbook-all-languages.zip"] {
        let scratch = tempfile::tempdir().unwrap();
        let top = unpack(&out.join(name), scratch.path());
        assert!(check_links(&top) > 50, "{name}");
    }
}

#[test]
fn nothing_refers_to_the_network() {
    let site = TestSite::new(SITE);
    let out = bundled(&site);
    let scratch = tempfile::tempdir().unwrap();
    let top = unpack(&out.join("test-handbook-all-languages.zip"), scratch.path());
    let resource = regex_free_scan;
    for (path, bytes) in snapshot(&top) {
        if [".html", ".css", ".js"].iter().any(|ext| path.ends_with(ext)) {
            resource(&path, &String::from_utf8_lossy(&bytes));
        }
    }
    // Web links in content stay links, marked external for the reader.
    let page = scraper::Html::parse_document(&std::fs::read_to_string(top.join("guides/phones/index.html")).unwrap());
    let external = one(&page, ".content a.external");
    assert_eq!(attr(external, "href"), "https://example.org/manual");
    assert!(attr(external, "rel").contains("external"));
}

/// Fails on `src=` / `href=` of stylesheets, scripts, images and fonts, and CSS `url()`,
/// pointing at http(s).
fn regex_free_scan(path: &str, text: &str) {
    let lower = text.to_ascii_lowercase();
    for needle in
        ["src=\"http", "src='http", "url(http", "url(\"http", "url('http", "@import \"http", "@import url(http"]
    {
        assert!(!lower.contains(needle), "{path} loads `{needle}…` from the network");
    }
    let html = scraper::Html::parse_document(text);
    for link in select(&html, "link[href]") {
        let rel = attr(link, "rel");
        if ["stylesheet", "preload", "icon", "manifest", "modulepreload"].iter().any(|r| rel.contains(r)) {
            assert!(!attr(link, "href").starts_with("http"), "{path}: {rel} from the network");
        }
    }
    if path.ends_with(".js") {
        assert!(!lower.contains("http://") && !lower.contains("https://"), "{path} names a web address");
    }
}

#[test]
fn bundles_are_reproducible() {
    let site = TestSite::new(SITE);
    let first = bundled(&site);
    let a = snapshot(&first);
    std::fs::remove_dir_all(&first).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let b = snapshot(&bundled(&site));
    assert_eq!(a, b, "same input, same bytes");
    let settings = cairn::BundleSettings {
        languages: vec!["en".into()],
        source_date_epoch: Some("1700000000".into()),
        ..Default::default()
    };
    let out = site.root().join("dated");
    cairn::bundle(site.root(), &out, &Default::default(), &settings).unwrap();
    let mut archive = zip::ZipArchive::new(std::fs::File::open(out.join("test-handbook-en.zip")).unwrap()).unwrap();
    let modified = archive.by_index(0).unwrap().last_modified().unwrap();
    assert_eq!((modified.year(), modified.month(), modified.day()), (2023, 11, 14));
}

#[test]
fn drafts_are_not_in_any_bundle() {
    let site = TestSite::new(SITE);
    let out = bundled(&site);
    for entry in std::fs::read_dir(&out).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "zip") {
            for (name, bytes) in zip_entries(&path) {
                assert!(!String::from_utf8_lossy(&bytes).contains("wibblequorn"), "{name}");
                assert!(!name.contains("secret"), "{name}");
            }
        }
    }
}

#[test]
fn one_language_copies_send_the_switcher_to_the_hosted_site() {
    let site = TestSite::new(SITE);
    let out = bundled(&site);
    let scratch = tempfile::tempdir().unwrap();
    let top = unpack(&out.join("test-handbook-fr.zip"), scratch.path());
    let page =
        scraper::Html::parse_document(&std::fs::read_to_string(top.join("fr/guides/phones/index.html")).unwrap());
    let english = one(&page, ".language-switcher a[hreflang=en]");
    assert_eq!(attr(english, "href"), "https://hb.example.org/guides/phones/");
    assert!(attr(english, "rel").contains("external"));
    // An explicit link to the English page leaves the copy for the hosted site too.
    let to_english =
        select(&page, ".content a").into_iter().map(|a| attr(a, "href")).find(|h| h.contains("verify")).unwrap();
    assert_eq!(to_english, "https://hb.example.org/guides/phones/#verify");
}

#[test]
fn chromium_reads_an_unpacked_bundle_from_file_urls() {
    let site = TestSite::new(SITE);
    let out = bundled(&site);
    let scratch = tempfile::tempdir().unwrap();
    let top = unpack(&out.join("test-handbook-all-languages.zip"), scratch.path());
    let url = format!("file://{}", top.join("index.html").display());
    let Some(result) = node_script("bundle.mjs", &[&url, "telechargements"]) else { return };
    assert_eq!(result["title"], "Test handbook");
    assert!(result["followed"].as_str().unwrap().ends_with("/guides/index.html"), "{result}");
    assert_eq!(result["followedH1"], "Guides");
    assert_eq!(result["target"], "fr");
    assert!(result["switched"].as_str().unwrap().ends_with("/fr/guides/index.html"), "{result}");
    assert_eq!(result["switchedLang"], "fr");
    assert!(result["result"].as_str().unwrap().ends_with("/fr/guides/phones/index.html#verify"), "{result}");
    assert_eq!(result["errors"], serde_json::json!([]));
}

/// The `text` edition: no picture in the ZIP, each image's alt text in a box linking to the
/// hosted image, reproducible bytes, and smaller than the full edition.
#[test]
fn the_text_edition_carries_alt_text_instead_of_pictures() {
    let site = TestSite::new(SITE);
    let photo = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/images/gps.jpg")).unwrap();
    std::fs::write(site.root().join("content/guides/phones/photo.jpg"), photo).unwrap();
    site.add("-- content/guides/phones/more.md --\n+++\ntitle = \"More\"\n+++\n![A phone on a table](photo.jpg)\n");
    let text_only = cairn::BundleSettings {
        languages: vec!["en".into()],
        edition: cairn::output::bundle::BundleEdition::Text,
        ..Default::default()
    };
    let bundle = |settings: &cairn::BundleSettings, out: &str| {
        let out = site.root().join(out);
        cairn::bundle(site.root(), &out, &Default::default(), settings).unwrap_or_else(|d| panic!("{}", render(&d)));
        out
    };
    let out = bundle(&text_only, "text");
    let zip = out.join("test-handbook-en-text.zip");
    let files = zip_entries(&zip);
    assert!(files.keys().all(|name| name.starts_with("test-handbook-en-text/")), "{:?}", files.keys());
    let pictures: Vec<&String> =
        files.keys().filter(|n| [".svg", ".jpg", ".png"].iter().any(|e| n.ends_with(e))).collect();
    assert!(pictures.is_empty(), "{pictures:?}");
    let page = |path: &str| {
        scraper::Html::parse_document(
            &String::from_utf8(files[&format!("test-handbook-en-text/{path}")].clone()).unwrap(),
        )
    };
    let more = page("guides/phones/more/index.html");
    assert!(select(&more, ".content img").is_empty());
    let stand_in = one(&more, ".content a.image-alt");
    assert_eq!(text(stand_in), "A phone on a table");
    assert_eq!(attr(stand_in, "href"), "https://hb.example.org/guides/phones/photo.jpg");
    let phones = page("guides/phones/index.html");
    let hrefs: Vec<String> = select(&phones, ".content a.image-alt").into_iter().map(|a| attr(a, "href")).collect();
    assert_eq!(hrefs, ["https://hb.example.org/guides/phones/diagram.svg", "https://hb.example.org/images/logo.svg"]);

    let again = bundle(&text_only, "again");
    assert_eq!(std::fs::read(&zip).unwrap(), std::fs::read(again.join("test-handbook-en-text.zip")).unwrap());
    let full = bundle(&cairn::BundleSettings { languages: vec!["en".into()], ..Default::default() }, "full");
    let full_size = std::fs::metadata(full.join("test-handbook-en.zip")).unwrap().len();
    assert!(std::fs::metadata(&zip).unwrap().len() < full_size);
}

/// `--max-size`: a ZIP over the budget is not written, and the error lists what is largest.
#[test]
fn a_bundle_over_its_size_budget_fails_with_its_largest_files() {
    let site = TestSite::new(SITE);
    // 300 kB that deflate cannot shrink (a xorshift sequence), like a scanned leaflet.
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let noise: Vec<u8> = (0..300_000)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state as u8
        })
        .collect();
    std::fs::create_dir_all(site.root().join("static/files")).unwrap();
    std::fs::write(site.root().join("static/files/leaflet.pdf"), noise).unwrap();
    let out = site.root().join("budget");
    let output = site.cairn(&["bundle", "--lang", "en", "--max-size", "100kB", "--out", out.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "{stderr}");
    assert!(
        stderr.contains("test-handbook-en.zip would be ") && stderr.contains(" kB, over the 100 kB budget"),
        "{stderr}"
    );
    let listed: Vec<&str> = stderr.lines().filter(|l| l.contains(" (from ")).collect();
    assert_eq!(listed.len(), 10, "{stderr}");
    assert!(listed[0].trim().starts_with("300 kB  files/leaflet.pdf (from static/files/leaflet.pdf)"), "{stderr}");
    assert!(stderr.contains("--edition text"), "{stderr}");
    assert!(!out.exists() || std::fs::read_dir(&out).unwrap().next().is_none(), "nothing written");

    let output = site.cairn(&[
        "bundle",
        "--lang",
        "en",
        "--edition",
        "text",
        "--max-size",
        "15MB",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(out.join("test-handbook-en-text.zip").exists());
    let output = site.cairn(&["bundle", "--max-size", "15 MBs"]);
    assert!(String::from_utf8_lossy(&output.stderr).contains("unknown size unit"));
}
