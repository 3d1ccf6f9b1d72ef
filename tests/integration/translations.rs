//! The translation workflow: fingerprints, mark-current, status, notices, strict builds.

use crate::support::*;
use cairn::BuildSettings;

const SITE: &str = r#"
-- content/_index.md --
+++
title = "Home"
+++
-- content/guide.md --
+++
title = "Guide"
weight = 2
+++
Intro.

## One {#one}

First.

## Two {#two}

Second.
-- content/guide.fr.md --
+++
# translated by hand
title = "Guide fr"
translators = ["jo"]
+++
## Un {#one}

Premier.

## Deux {#two}

Deuxième.
-- content/guide.ar.md --
---
title: "دليل"
---
## واحد {#one}

## اثنان {#two}
-- content/later.md --
+++
title = "Later"
weight = 5
+++
Not translated anywhere.
-- content/first.md --
+++
title = "First"
weight = 1
+++
Not translated either, but weighs less.
-- content/cuento.es.md --
+++
title = "Cuento"
original = "es"
+++
## Uno {#uno}

Hola.
-- content/cuento.fr.md --
+++
title = "Conte"
+++
## Un {#uno}
"#;

fn site() -> TestSite {
    let site = TestSite::new(SITE);
    site.write("cairn.toml", &format!("{}[languages.es]\nname = \"Español\"\n", site.read_source("cairn.toml")));
    site
}

fn mark(site: &TestSite, args: &[&str]) -> String {
    let mut all = vec!["i18n", "mark-current"];
    all.extend_from_slice(args);
    let output = site.cairn(&all);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).to_string()
}

fn status_json(site: &TestSite, lang: &str) -> serde_json::Value {
    let output = site.cairn(&["i18n", "status", "--lang", lang, "--format", "json"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn editing_one_section_flags_exactly_that_section_until_marked_current() {
    let site = site();
    mark(&site, &["--lang", "fr"]);
    mark(&site, &["--lang", "ar"]);
    assert_eq!(status_json(&site, "fr")[0]["outdated"]["pages"], 0);
    let original = site.read_source("content/guide.md");
    site.write("content/guide.md", &original.replace("Second.", "Second, now longer."));
    for lang in ["fr", "ar"] {
        let status = status_json(&site, lang);
        let outdated = &status[0]["outdated_pages"];
        assert_eq!(outdated.as_array().unwrap().len(), 1, "{lang}: {status}");
        assert_eq!(outdated[0]["changes"]["changed"], serde_json::json!(["two"]), "{lang}");
        assert_eq!(outdated[0]["changes"]["added"], serde_json::json!([]));
    }
    site.write("content/guide.md", &original.replace("## Two {#two}", "## Three {#three}\n\nNew.\n\n## Two {#two}"));
    let changes = status_json(&site, "fr")[0]["outdated_pages"][0]["changes"].clone();
    assert_eq!(changes["added"], serde_json::json!(["three"]));
    assert_eq!(changes["changed"], serde_json::json!([]), "the text under #one is unchanged");
    mark(&site, &["content/guide.fr.md"]);
    assert_eq!(status_json(&site, "fr")[0]["outdated"]["pages"], 0);
    assert_eq!(status_json(&site, "ar")[0]["outdated"]["pages"], 1, "marking French leaves Arabic outdated");
}

#[test]
fn fingerprints_are_stable_and_ignore_line_endings() {
    let site = site();
    mark(&site, &["--lang", "fr"]);
    let marked = site.read_source("content/guide.fr.md");
    assert!(marked.starts_with(
        "+++\n# translated by hand\ntitle = \"Guide fr\"\ntranslators = [\"jo\"]\ntranslation_of = { content = "
    ));
    assert!(marked.ends_with("+++\n## Un {#one}\n\nPremier.\n\n## Deux {#two}\n\nDeuxième.\n"));
    assert!(mark(&site, &["content/guide.fr.md"]).contains("already marked content/guide.fr.md current"));
    assert_eq!(site.read_source("content/guide.fr.md"), marked, "marking again changes nothing");
    let crlf = site.read_source("content/guide.md").replace('\n', "\r\n");
    site.write("content/guide.md", &crlf);
    assert_eq!(status_json(&site, "fr")[0]["outdated"]["pages"], 0, "CRLF line endings do not change fingerprints");
}

#[test]
fn status_json_matches_the_fixture() {
    let site = site();
    mark(&site, &["content/cuento.fr.md"]);
    let status = status_json(&site, "fr");
    let expected = serde_json::json!([{
        "lang": "fr",
        "name": "Français",
        "to_translate": {"pages": 5, "words": 16, "pages_percent": 100.0, "words_percent": 100.0},
        "translated": {"pages": 1, "words": 2, "pages_percent": 20.0, "words_percent": 12.5},
        "outdated": {"pages": 0, "words": 0, "pages_percent": 0.0, "words_percent": 0.0},
        "unchecked": {"pages": 1, "words": 5, "pages_percent": 20.0, "words_percent": 31.3},
        "missing": {"pages": 3, "words": 9, "pages_percent": 60.0, "words_percent": 56.3},
        "outdated_pages": [],
        "unchecked_pages": [{
            "title": "Guide", "original_file": "content/guide.md", "original_lang": "en",
            "url": "https://hb.example.org/fr/guide/", "words": 5, "translation_file": "content/guide.fr.md"
        }],
        "missing_pages": [
            {"title": "Home", "original_file": "content/_index.md", "original_lang": "en", "url": "https://hb.example.org/fr/", "words": 0},
            {"title": "First", "original_file": "content/first.md", "original_lang": "en", "url": "https://hb.example.org/fr/first/", "words": 6},
            {"title": "Later", "original_file": "content/later.md", "original_lang": "en", "url": "https://hb.example.org/fr/later/", "words": 3}
        ],
        "missing_ui_strings": [],
        "catalogue": null
    }]);
    assert_eq!(status, expected, "{}", serde_json::to_string_pretty(&status).unwrap());
    // The Spanish original is compared with its own translations, never "to translate" in Spanish.
    let es = status_json(&site, "es");
    assert!(es[0]["missing_pages"].as_array().unwrap().iter().all(|p| p["title"] != "Cuento"));
    let table = String::from_utf8_lossy(&site.cairn(&["i18n", "status"]).stdout).to_string();
    assert!(table.contains("fr: not translated, most important first\n  content/_index.md"), "{table}");
}

#[test]
fn website_shows_the_outdated_notice_only_on_outdated_translations() {
    let site = site();
    mark(&site, &["--lang", "fr"]);
    mark(&site, &["--lang", "ar"]);
    site.write("content/guide.md", &site.read_source("content/guide.md").replace("First.", "First, revised."));
    site.built();
    let fr = site.html("fr/guide/index.html");
    let notice = one(&fr, ".outdated-notice");
    assert_eq!(attr(notice, "lang"), "fr");
    assert_eq!(attr(one(&fr, ".outdated-notice a"), "href"), "../../guide/");
    assert_eq!(select(&site.html("ar/guide/index.html"), ".outdated-notice").len(), 1);
    for path in ["guide/index.html", "fr/cuento/index.html", "cuento/index.html", "fr/later/index.html"] {
        assert!(select(&site.html(path), ".outdated-notice").is_empty(), "{path}");
    }
    // The status page, linked from every footer, lists it.
    let home = site.html("fr/index.html");
    let link = select(&home, "footer a").into_iter().find(|a| attr(*a, "href").contains("translation-status")).unwrap();
    assert_eq!(attr(link, "href"), "translation-status/");
    let status = site.html("fr/translation-status/index.html");
    let outdated: Vec<String> =
        select(&status, "#lists-fr .outdated-list a").iter().map(|a| attr(*a, "href")).collect();
    assert_eq!(outdated, ["../guide/"]);
    let missing: Vec<String> = select(&status, "#lists-fr .missing-list a").iter().map(|a| text(*a)).collect();
    assert_eq!(missing, ["Home", "First", "Later"]);
}

#[test]
fn strict_translations_fails_release_builds() {
    let site = site();
    let built = site.built();
    assert!(render(&built.warnings).contains("warning: `fr`: 3 pages not translated, 0 translations outdated"));
    let errors = errors_of(site.build_with(&BuildSettings { strict_translations: true, ..Default::default() }));
    assert!(errors.contains("error: `fr`: 3 pages not translated") && errors.contains("content/later.md"), "{errors}");
    site.write(
        "cairn.toml",
        &site.read_source("cairn.toml").replace("license =", "strict_translations = true\nlicense ="),
    );
    assert!(site.build().is_err());
}

#[test]
fn mark_current_refuses_originals_and_unknown_paths() {
    let site = site();
    let output = site.cairn(&["i18n", "mark-current", "content/guide.md", "content/nope.fr.md"]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("content/guide.md is an original, not a translation"), "{stderr}");
    assert!(stderr.contains("no file content/nope.fr.md"), "{stderr}");
}
