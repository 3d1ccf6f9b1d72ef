//! Credits and consent: bylines, section credits, attribution, JSON-LD, credits.json and the
//! contributors page show each contributor only as they agreed.

use crate::support::*;
use serde_json::Value;

const SITE: &str = r#"
-- cairn.toml --
title = "Credits test"
base_url = "https://hb.example.org/"
license = "CC-BY-SA-4.0"
[languages.en]
name = "English"
[languages.fr]
name = "Français"
[languages.ar]
name = "العربية"
-- contributors.toml --
[named]
name = "Nadia Named"
credit = "name"
url = "https://nadia.example"
names = { ar = "نادية" }
[pseudo]
name = "Real Pseudo Person"
credit = "pseudonym"
pseudonym = "Zephyr"
url = "https://pseudo-real.example"
[init]
name = "Ines Tamara Okafor"
credit = "initials"
url = "https://ines.example"
[ghost]
name = "Secret Name Person"
credit = "anonymous"
url = "https://secret.example"
[trans]
name = "Théo Translator"
credit = "name"
[council]
name = "Village Council"
credit = "name"
-- content/_index.md --
+++
title = "Home"
+++
-- content/guide.md --
+++
title = "Guide"
authors = ["named", "ghost"]
reviewers = ["init"]
approved_by = ["council"]
date = 2025-03-01
+++
Intro.

## Planning {#planning authors="pseudo, ghost" reviewers=init}

Plan.

### Details {#details}

More.

## Other {#other}

Text.
-- content/guide.fr.md --
+++
title = "Guide fr"
translators = ["trans"]
+++
## Planifier {#planning authors="pseudo, ghost" reviewers=init}

### Détails {#details}

## Autre {#other}
"#;

const SECRETS: &[&str] = &[
    "Secret Name Person",
    "secret.example",
    "Real Pseudo Person",
    "pseudo-real.example",
    "Ines Tamara Okafor",
    "ines.example",
    "ghost",
];

#[test]
fn each_consent_level_is_shown_as_agreed_and_leaks_nowhere() {
    let site = TestSite::bare(SITE);
    site.built();
    let page = site.html("guide/index.html");
    let authors: Vec<String> =
        select(&page, ".page-header .byline div:first-child dd > *").iter().map(|e| text(*e)).collect();
    assert_eq!(authors, ["Nadia Named", "Anonymous contributor"]);
    assert_eq!(attr(one(&page, ".page-header .byline a[rel~=author]"), "href"), "https://nadia.example");
    let reviewers = text(select(&page, ".page-header .byline dd")[1]);
    assert_eq!(reviewers, "I. T. O.");
    let section = text(one(&page, "#planning + .section-credits"));
    assert!(
        section.contains("Zephyr") && section.contains("Anonymous contributor") && section.contains("I. T. O."),
        "{section}"
    );
    // Per-language display names follow the same consent.
    assert!(text(select(&site.html("ar/guide/index.html"), ".page-header .byline dd")[0]).contains("نادية"));
    for (path, bytes) in snapshot(&site.out()) {
        let content = String::from_utf8_lossy(&bytes);
        for secret in SECRETS {
            assert!(!content.contains(secret), "{path} contains {secret:?}");
        }
    }
}

#[test]
fn section_credits_attach_to_their_heading_and_its_subsections() {
    let site = TestSite::bare(SITE);
    site.built();
    let page = site.html("guide/index.html");
    assert_eq!(select(&page, ".content .section-credits").len(), 1);
    one(&page, ".content h2#planning + p.section-credits");
    assert!(select(&page, ".content h2#other + p.section-credits").is_empty());
    let credits: Value = serde_json::from_str(&site.read("credits.json")).unwrap();
    let guide = credits["pages"].as_array().unwrap().iter().find(|p| p["title"] == "Guide").unwrap();
    let section = |anchor: &str| {
        guide["sections"].as_array().unwrap().iter().find(|s| s["url"].as_str().unwrap().ends_with(anchor)).unwrap()["credits"].clone()
    };
    assert_eq!(section("#planning")["authors"], serde_json::json!(["Nadia Named", "Anonymous contributor", "Zephyr"]));
    assert_eq!(section("#details")["authors"], section("#planning")["authors"], "subsections inherit");
    assert_eq!(section("#other")["authors"], serde_json::json!(["Nadia Named", "Anonymous contributor"]));
}

#[test]
fn translators_are_credited_in_their_language_only() {
    let site = TestSite::bare(SITE);
    site.built();
    let translators = |path: &str| -> Vec<String> {
        let page = site.html(path);
        select(&page, ".page-header .byline div")
            .into_iter()
            .filter(|d| {
                d.first_child().and_then(scraper::ElementRef::wrap).is_some_and(|dt| text(dt).starts_with("Tra"))
            })
            .map(|d| text(d.last_child().and_then(scraper::ElementRef::wrap).unwrap()))
            .collect()
    };
    assert_eq!(translators("fr/guide/index.html"), ["Théo Translator"]);
    assert!(translators("guide/index.html").is_empty());
    assert!(translators("ar/guide/index.html").is_empty(), "the Arabic site shows the English original");
    let fr = site.html("fr/guide/index.html");
    assert!(text(one(&fr, ".page-header .byline")).contains("Nadia Named"), "translations still credit the authors");
}

#[test]
fn json_ld_parses_and_matches_the_credits() {
    let site = TestSite::bare(SITE);
    site.built();
    let ld = |path: &str| -> Value {
        let page = site.html(path);
        let script = one(&page, "script[type='application/ld+json']");
        serde_json::from_str(&script.inner_html()).unwrap()
    };
    let en = ld("guide/index.html");
    assert_eq!(en["@type"], "Article");
    assert_eq!(en["inLanguage"], "en");
    assert_eq!(
        en["author"],
        serde_json::json!([{"@type": "Person", "name": "Nadia Named", "url": "https://nadia.example"}])
    );
    assert_eq!(en["contributor"], serde_json::json!([{"@type": "Person", "name": "I. T. O."}]));
    assert_eq!(en["license"], "https://creativecommons.org/licenses/by-sa/4.0/");
    assert!(en.get("isBasedOn").is_none());
    let fr = ld("fr/guide/index.html");
    assert_eq!(fr["inLanguage"], "fr");
    assert_eq!(fr["translator"][0]["name"], "Théo Translator");
    assert_eq!(fr["isBasedOn"], "https://hb.example.org/guide/");
}

#[test]
fn attribution_line_and_licence_in_the_readers_language() {
    let site = TestSite::bare(SITE);
    site.built();
    let en = site.html("guide/index.html");
    assert_eq!(
        text(one(&en, ".attribution")),
        "“\u{2068}Guide\u{2069}” by \u{2068}Nadia Named\u{2069}, \u{2068}Anonymous contributor\u{2069}, source: https://hb.example.org/guide/, licensed under CC-BY-SA-4.0 (https://creativecommons.org/licenses/by-sa/4.0/)"
    );
    let license = one(&en, ".credits .license-line a[rel~=license]");
    assert_eq!(text(license), "Creative Commons Attribution Share Alike 4.0 International");
    let fr = site.html("fr/guide/index.html");
    assert_eq!(
        text(one(&fr, ".attribution")),
        "« \u{2068}Guide fr\u{2069} » par \u{2068}Nadia Named\u{2069}, \u{2068}Contributeur·rice anonyme\u{2069}, traduit par \u{2068}Théo Translator\u{2069}, source : https://hb.example.org/fr/guide/, sous licence CC-BY-SA-4.0 (https://creativecommons.org/licenses/by-sa/4.0/)"
    );
}

#[test]
fn contributors_page_lists_named_people_and_counts_anonymous_ones() {
    let site = TestSite::bare(SITE);
    site.built();
    let page = site.html("contributors/index.html");
    let people: Vec<String> = select(&page, ".person-entry h2").iter().map(|h| text(*h)).collect();
    assert_eq!(people, ["I. T. O.", "Nadia Named", "Théo Translator", "Village Council", "Zephyr"]);
    assert_eq!(text(one(&page, ".anonymous-count")), "1 contributor chose to stay anonymous.");
    let zephyr = select(&page, ".person-entry h2 a").into_iter().find(|a| text(*a) == "Zephyr").unwrap();
    assert_eq!(attr(zephyr, "href"), "zephyr/");
    let zephyr = site.html("contributors/zephyr/index.html");
    let links: Vec<String> = select(&zephyr, ".works a").iter().map(|a| attr(*a, "href")).collect();
    assert_eq!(links, ["../../guide/", "../../guide/#planning"]);
    let ar = site.html("ar/contributors/index.html");
    assert_eq!(attr(one(&ar, "html"), "dir"), "rtl");
    assert!(text(one(&ar, ".anonymous-count")).contains("مساهم واحد"));
}

#[test]
fn credit_errors_name_file_and_line() {
    let site = TestSite::bare(SITE);
    site.write(
        "content/bad.md",
        "+++\ntitle = \"Bad\"\nauthors = [\"\"]\nlicense = \"CC-BY-9.9\"\n+++\nSome text {reviewers=init}\n",
    );
    let errors = errors_of(site.build());
    assert!(errors.contains("empty contributor id in `authors`\n  --> content/bad.md:3"), "{errors}");
    assert!(errors.contains("unknown licence `CC-BY-9.9`\n  --> content/bad.md:4"), "{errors}");
    assert!(errors.contains("`reviewers` credit outside a heading\n  --> content/bad.md:6"), "{errors}");
}

#[test]
fn require_approval_is_a_consent_gate() {
    let site = TestSite::bare(SITE);
    site.write(
        "cairn.toml",
        &site.read_source("cairn.toml").replace("license =", "require_approval = true\nlicense ="),
    );
    site.write("content/unapproved.md", "+++\ntitle = \"Not yet\"\n+++\n");
    let errors = errors_of(site.build());
    assert!(
        errors.contains(
            "page has no `approved_by`, and cairn.toml sets require_approval = true\n  --> content/unapproved.md"
        ),
        "{errors}"
    );
    assert!(!errors.contains("content/guide.md"), "{errors}");
    site.write("content/unapproved.md", "+++\ntitle = \"Not yet\"\nstatus = \"draft\"\n+++\n");
    site.built();
}

#[test]
fn check_warns_about_contributors_nobody_credits() {
    let site = TestSite::bare(SITE);
    site.write(
        "contributors.toml",
        &format!("{}\n[idle]\nname = \"Idle\"\ncredit = \"name\"\n", site.read_source("contributors.toml")),
    );
    let output = site.cairn(&["check"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(stderr.contains("warning: contributor `idle` is not credited on any published page"), "{stderr}");
    assert!(!stderr.contains("`named`"), "{stderr}");
}
