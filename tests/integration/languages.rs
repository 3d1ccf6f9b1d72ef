//! The default theme in the reader's language: every UI string on every page kind comes from
//! that language (no English leaks, no Simplified Chinese on Traditional pages), nameless
//! languages show their autonyms, dates follow CLDR, and bidirectional text is isolated.

use crate::support::*;
use std::collections::BTreeMap;

/// The languages the acceptance criteria name, none of them given a `name`.
const LANGS: &[&str] = &["fa", "ru", "zh-Hant", "my", "uk"];

fn site() -> TestSite {
    let mut files = String::from(
        r#"
-- cairn.toml --
title = "Handbook"
base_url = "https://hb.example.org/"
default_language = "en"
license = "CC-BY-SA-4.0"
[languages.en]
[languages.fa]
[languages.ru]
[languages.zh-Hant]
[languages.my]
[languages.uk]
-- contributors.toml --
[amina]
name = "Amina Kader"
credit = "name"
url = "https://amina.example.org/"
[jo]
name = "Jo Olsen"
credit = "initials"
[sam]
name = "Sam"
credit = "anonymous"
[lucia]
name = "Lucia"
credit = "name"
-- content/_index.md --
+++
title = "H"
+++
-- content/guides/_index.md --
+++
title = "G"
+++
-- content/guides/play.md --
+++
title = "P1"
kind = "playbook"
weight = 1
date = 2025-03-14
updated = 2025-04-01
authors = ["amina", "jo"]
reviewers = ["sam"]
approved_by = ["amina"]
source = "x"
[playbook]
goal = "x"
when_to_use = "x"
risks = ["x"]
+++
## A {#a authors="jo"}

x
-- content/guides/case.md --
+++
title = "P2"
kind = "case-study"
weight = 2
status = "review"
authors = ["amina"]
[case-study]
location = "x"
period = "x"
outcome = "x"
lessons = ["x"]
+++
x
-- content/guides/train.md --
+++
title = "P3"
kind = "training"
weight = 3
authors = ["amina"]
[training]
duration = "x"
audience = "x"
objectives = ["x"]
materials = ["x"]
+++
x
-- content/guides/plain.md --
+++
title = "P4"
weight = 4
+++
x
"#,
    );
    for lang in LANGS {
        files.push_str(&format!(
            "-- content/guides/play.{lang}.md --\n+++\ntitle = \"P1\"\ntranslators = [\"lucia\"]\nreviewers = [\"sam\"]\napproved_by = [\"amina\"]\n[playbook]\ngoal = \"x\"\nwhen_to_use = \"x\"\nrisks = [\"x\"]\n+++\n## A {{#a authors=\"jo\"}}\n\nx\n"
        ));
    }
    TestSite::bare(&files)
}

fn theme_strings(lang: &str) -> toml::Table {
    let path = format!("{}/themes/default/i18n/{lang}.toml", env!("CARGO_MANIFEST_DIR"));
    toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Every text of a UI strings file (plural forms included), cut at `{placeholders}`.
fn fragments(strings: &toml::Table) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (key, value) in strings {
        let texts: Vec<&str> = match value {
            toml::Value::String(s) => vec![s.as_str()],
            toml::Value::Table(forms) => forms.values().filter_map(|v| v.as_str()).collect(),
            _ => Vec::new(),
        };
        for text in texts {
            for part in text.split(['{', '}']).step_by(2) {
                for line in part.lines() {
                    let line = line.trim_matches(|c: char| c.is_whitespace() || ",.:;()“”\"«»《》（），：".contains(c));
                    if !line.is_empty() {
                        out.push((key.clone(), line.to_string()));
                    }
                }
            }
        }
    }
    out
}

/// What readers see of every HTML page of the `lang` part of the site, by path: the text,
/// and the attributes shown or read aloud (placeholders, labels, titles, the search
/// script's strings). URLs and class names are left out: they are not UI strings.
fn pages_of(site: &TestSite, lang: &str) -> BTreeMap<String, String> {
    let prefix = format!("{lang}/");
    snapshot(&site.out())
        .into_iter()
        .filter(|(path, _)| path.starts_with(&prefix) && path.ends_with(".html"))
        .map(|(path, bytes)| {
            let html = scraper::Html::parse_document(&String::from_utf8(bytes).unwrap());
            // Text outside scripts (JSON-LD speaks schema.org, not the reader's language).
            let mut shown: Vec<String> = html
                .root_element()
                .descendants()
                .filter_map(|node| {
                    let parent = node.parent().and_then(scraper::ElementRef::wrap)?;
                    let text = node.value().as_text()?;
                    (parent.value().name() != "script").then(|| text.to_string())
                })
                .collect();
            for element in html.root_element().descendants().filter_map(scraper::ElementRef::wrap) {
                for name in ["placeholder", "aria-label", "title", "alt", "content"] {
                    shown.extend(element.value().attr(name).map(str::to_string));
                }
                // The search script's strings are JSON: its values are shown, its keys are not.
                if let Some(json) = element.value().attr("data-strings") {
                    let value: serde_json::Value = serde_json::from_str(json).unwrap();
                    shown.extend(string_leaves(&value));
                }
            }
            (path, shown.join("\n"))
        })
        .collect()
}

fn string_leaves(value: &serde_json::Value) -> Vec<String> {
    match value {
        serde_json::Value::String(s) => vec![s.clone()],
        serde_json::Value::Object(map) => map.values().flat_map(string_leaves).collect(),
        serde_json::Value::Array(items) => items.iter().flat_map(string_leaves).collect(),
        _ => Vec::new(),
    }
}

#[test]
fn every_ui_string_on_every_page_kind_is_the_readers_own() {
    let site = site();
    site.built();
    let english: Vec<(String, String)> = fragments(&theme_strings("en"))
        .into_iter()
        .filter(|(_, f)| f.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect();
    for lang in LANGS {
        let own: Vec<String> = fragments(&theme_strings(lang)).into_iter().map(|(_, f)| f).collect();
        let pages = pages_of(&site, lang);
        let kinds = [
            "guides/play/",
            "guides/case/",
            "guides/train/",
            "guides/plain/",
            "guides/index",
            "contributors/",
            "search/",
            "translation-status/",
        ];
        for kind in kinds {
            assert!(pages.keys().any(|p| p.contains(kind)), "{lang}: no {kind} page in {:?}", pages.keys());
        }
        for (path, html) in &pages {
            for (key, fragment) in &english {
                // Words every language writes alike ("JavaScript", "PDF") are not leaks.
                if own.iter().any(|o| o.contains(fragment.as_str())) {
                    continue;
                }
                assert!(
                    !html.contains(fragment.as_str()),
                    "{path}: English UI string `{key}` (“{fragment}”) leaks in:\n{html}"
                );
            }
        }
        // The translated strings are really there (the check above is not vacuous).
        let play = &pages[&format!("{lang}/guides/play/index.html")];
        let strings = theme_strings(lang);
        for key in
            ["written_by", "reviewed_by", "approved_by", "translated_by", "goal", "risks", "license", "published"]
        {
            let value = strings[key].as_str().unwrap();
            assert!(play.contains(value), "{lang}: `{key}` (“{value}”) missing from the playbook page");
        }
    }
}

#[test]
fn traditional_chinese_pages_carry_no_simplified_ui_strings() {
    let site = site();
    site.built();
    let simplified = theme_strings("zh");
    let traditional = theme_strings("zh-Hant");
    let traditional_texts: Vec<String> = fragments(&traditional).into_iter().map(|(_, f)| f).collect();
    let simplified_only: Vec<(String, String)> = fragments(&simplified)
        .into_iter()
        .filter(|(_, f)| f.chars().count() >= 2 && !traditional_texts.iter().any(|t| t.contains(f.as_str())))
        .collect();
    assert!(simplified_only.iter().any(|(_, f)| f == "目录"), "{simplified_only:?}");
    let pages = pages_of(&site, "zh-Hant");
    assert!(pages.len() >= 8);
    for (path, html) in &pages {
        for (key, fragment) in &simplified_only {
            assert!(!html.contains(fragment.as_str()), "{path}: Simplified `{key}` (“{fragment}”)");
        }
        // Characters that exist only in Simplified Chinese.
        for c in "录页语译贡献审阅发这许协议时经验训标习结栏导径".chars() {
            assert!(!html.contains(c), "{path}: Simplified character {c}");
        }
    }
    assert!(pages["zh-Hant/guides/play/index.html"].contains("授權條款"));
}

#[test]
fn languages_without_a_name_show_their_autonym() {
    let site = site();
    site.built();
    let html = site.html("ru/guides/play/index.html");
    let names: Vec<String> = select(&html, ".language-switcher li").into_iter().map(text).collect();
    assert_eq!(names, ["English", "فارسی", "Русский", "繁體中文", "မြန်မာ", "Українська"]);
}

#[test]
fn dates_follow_cldr_for_each_language_with_the_iso_date_kept() {
    let site = site();
    site.built();
    let expected = [
        ("guides/play/index.html", "March 14, 2025"),
        ("ru/guides/play/index.html", "14 марта 2025\u{202f}г."),
        ("uk/guides/play/index.html", "14 березня 2025\u{202f}р."),
        ("zh-Hant/guides/play/index.html", "2025年3月14日"),
        ("fa/guides/play/index.html", "۲۴ اسفند ۱۴۰۳"),
    ];
    for (path, date) in expected {
        let html = site.html(path);
        // In the page header and again in the credits block.
        let times = select(&html, "time[datetime=\"2025-03-14\"]");
        assert_eq!(times.len(), 2, "{path}");
        for time in times {
            assert_eq!(time.text().collect::<String>(), date, "{path}");
            assert_eq!(attr(time, "dir"), "auto");
        }
    }
}

#[test]
fn inserted_strings_are_isolated_from_the_surrounding_direction() {
    let site = site();
    site.built();
    let fa = site.html("fa/guides/play/index.html");
    // Names in bylines and section credits, licence names, titles in breadcrumbs.
    let people: Vec<String> = select(&fa, ".byline .person:not(.anonymous), .byline a[rel~=author]")
        .into_iter()
        .map(|e| attr(e, "dir"))
        .collect();
    assert!(!people.is_empty() && people.iter().all(|d| d == "auto"), "{people:?}");
    let section_people = select(&fa, ".section-credits .person");
    assert!(!section_people.is_empty() && section_people.iter().all(|e| attr(*e, "dir") == "auto"));
    assert_eq!(attr(one(&fa, ".license-line a[rel~=license]"), "dir"), "auto");
    assert!(select(&fa, ".breadcrumbs a").iter().all(|a| attr(*a, "dir") == "auto"));
    assert_eq!(text(one(&fa, ".breadcrumbs li[aria-current] bdi")), "P1");
    // Plain-text sentences with an inserted value use Unicode isolates: the attribution
    // line keeps "J. O." whole inside Persian.
    let attribution = text(one(&fa, ".attribution"));
    assert!(attribution.contains("\u{2068}J. O.\u{2069}"), "{attribution}");
    assert!(attribution.contains("\u{2068}P1\u{2069}"), "{attribution}");
    // Listings.
    let section = site.html("fa/guides/index.html");
    let titles = select(&section, ".listing a");
    assert!(titles.len() >= 4 && titles.iter().all(|a| attr(*a, "dir") == "auto"));
}

/// Horizontal centres of the characters of each checked string, in logical order.
fn visual_order(checks: &[(&str, &str, &str)]) -> Option<Vec<Vec<(String, f64)>>> {
    let args: Vec<&str> = checks.iter().flat_map(|(url, selector, text)| [*url, *selector, *text]).collect();
    let out = node_script("bidi.mjs", &args)?;
    assert_eq!(out["errors"], serde_json::json!([]), "{out}");
    let results = out["results"].as_array().unwrap();
    Some(
        results
            .iter()
            .map(|r| {
                assert_eq!(r["found"], true, "{r}");
                r["chars"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|c| (c["ch"].as_str().unwrap().to_string(), c["x"].as_f64().unwrap()))
                    .collect()
            })
            .collect(),
    )
}

fn left_to_right(chars: &[(String, f64)]) -> bool {
    chars.len() > 1 && chars.windows(2).all(|w| w[0].1 < w[1].1)
}

fn right_to_left(chars: &[(String, f64)]) -> bool {
    chars.len() > 1 && chars.windows(2).all(|w| w[0].1 > w[1].1)
}

#[test]
fn mixed_direction_text_shows_in_its_own_order_in_chromium() {
    let site = TestSite::bare(
        r#"
-- cairn.toml --
title = "Handbook"
default_language = "en"
[languages.en]
[languages.ar]
-- contributors.toml --
[amina]
name = "أمينة قادر"
credit = "name"
[jo]
name = "Jo Olsen"
credit = "initials"
-- content/_index.md --
+++
title = "Home"
+++
-- content/guides/_index.md --
+++
title = "Guides"
+++
-- content/guides/_index.ar.md --
+++
title = "أدلة"
+++
-- content/guides/rights.md --
+++
title = "Know your rights!"
weight = 1
+++
x
-- content/guides/hebrew.md --
+++
title = "זכויות העובדים!"
weight = 2
+++
x
-- content/guides/meet.md --
+++
title = "Meeting"
weight = 3
authors = ["amina", "jo"]
+++
x
-- content/guides/meet.ar.md --
+++
title = "الاجتماع"
+++
x
"#,
    );
    site.built();
    let url = |path: &str| format!("file://{}", site.out().join(path).display());
    let (arabic_page, english_listing, arabic_listing) =
        (url("ar/guides/meet/index.html"), url("guides/index.html"), url("ar/guides/index.html"));
    let Some(orders) = visual_order(&[
        (&arabic_page, ".byline .person", "J. O."),
        (&english_listing, ".listing a", "זכויות העובדים!"),
        (&arabic_listing, ".listing a", "Know your rights!"),
        (&arabic_page, ".byline .person", "أمينة قادر"),
    ]) else {
        return;
    };
    // Latin initials in an Arabic byline read "J. O.", not "O .J" or ".J. O".
    assert!(left_to_right(&orders[0]), "J. O. in Arabic: {:?}", orders[0]);
    // A Hebrew title in an English listing runs right to left, its "!" on the left.
    assert!(right_to_left(&orders[1]), "Hebrew in English: {:?}", orders[1]);
    // An English title in an Arabic listing keeps its "!" at the end, on the right.
    assert!(left_to_right(&orders[2]), "English in Arabic: {:?}", orders[2]);
    // Arabic names stay right to left (letters are joined, so only the two words' order is
    // checked: the first word is on the right).
    let (first, last) = (&orders[3][0], &orders[3][orders[3].len() - 1]);
    assert!(first.1 > last.1, "Arabic name: {:?}", orders[3]);
}

#[cfg(feature = "pdf")]
#[test]
fn handouts_write_dates_like_the_pages_and_isolate_names() {
    let site = TestSite::bare(
        r#"
-- cairn.toml --
title = "Handbook"
base_url = "https://hb.example.org/"
license = "CC-BY-SA-4.0"
[languages.en]
[languages.ru]
-- contributors.toml --
[jo]
name = "Jo Olsen"
credit = "initials"
-- content/_index.md --
+++
title = "Home"
+++
-- content/guide.md --
+++
title = "Guide"
date = 2025-03-14
authors = ["jo"]
handout = true
+++
x
-- content/guide.ru.md --
+++
title = "Руководство"
+++
x
"#,
    );
    let out = site.root().join("pdf");
    let output = site.cairn(&["pdf", "--out", out.to_str().unwrap(), "content/guide.md", "--lang", "ru"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let Some(bytes) = tool("pdftotext", &[out.join("guide.ru.pdf").to_str().unwrap(), "-"]) else { return };
    let text = String::from_utf8_lossy(&bytes).split_whitespace().collect::<Vec<_>>().join(" ");
    // Names and dates are set inside Unicode isolates (which pdftotext extracts too).
    assert!(text.contains("Автор: \u{2068}J. O."), "{text}");
    assert!(text.contains("Опубликовано \u{2068}14 марта 2025"), "{text}");
    // The same CLDR date as the Russian page, after the Russian label.
    let plain = text.replace(['\u{2068}', '\u{2069}'], "");
    assert!(plain.contains("Опубликовано 14 марта 2025 г."), "{plain}");
}
