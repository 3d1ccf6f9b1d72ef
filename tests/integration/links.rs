//! Links as real handbooks write them: anchors written for the original in translated pages,
//! another tool's slug rule, wrong case and typos, links out of `content/`, `#top`, raw HTML,
//! the `[links]` policy, and diagnostics grouped when there are hundreds.

use crate::support::*;
use cairn::diagnostics::{Diagnostics, Kind};

const HOME: &str = "-- content/_index.md --\n+++\ntitle = \"Home\"\n+++\n";

/// A guide in en, fr and ar with translated headings, and pages linking it by the English ids.
const TRANSLATED: &str = r#"
-- content/guide.md --
+++
title = "Guide"
+++
## Before you start

Text.

## Safety first

Text.
-- content/guide.fr.md --
+++
title = "Guide"
+++
[haut de la section](#before-you-start)

## Avant de commencer

Texte.

## La sécurité d'abord

Texte.
-- content/guide.ar.md --
+++
title = "دليل"
+++
## قبل أن تبدأ

نص.

## السلامة أولا

نص.
-- content/ref.md --
+++
title = "Ref"
+++
Read [safety](guide.md#safety-first).
-- content/ref.fr.md --
+++
title = "Réf"
+++
Lire [la sécurité](guide.md#safety-first).
"#;

fn site_with(config_extra: &str, files: &str) -> TestSite {
    let base = BASE.replace("-- contributors.toml --", &format!("{config_extra}\n-- contributors.toml --"));
    let site = TestSite::bare(&base);
    site.add(&format!("{HOME}{files}"));
    site
}

fn heading_ids(site: &TestSite, page: &str) -> Vec<String> {
    let html = site.html(page);
    select(&html, ".content h2").iter().map(|h| attr(*h, "id")).collect()
}

fn link_hrefs(site: &TestSite, page: &str) -> Vec<String> {
    let html = site.html(page);
    // Decoded as a browser reads them: pulldown-cmark percent-encodes non-ASCII ids.
    select(&html, ".content a")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .map(|href| percent_encoding::percent_decode_str(href).decode_utf8_lossy().into_owned())
        .collect()
}

fn of_kind(diagnostics: &Diagnostics, kind: Kind) -> Vec<cairn::diagnostics::Diagnostic> {
    diagnostics.sorted().into_iter().filter(|d| d.kind == kind).collect()
}

#[test]
fn an_anchor_of_the_original_lands_on_the_translated_heading_in_the_same_place() {
    let site = site_with("", TRANSLATED);
    let built = site.built();
    let anchor_problems: Vec<_> = built.warnings.sorted().into_iter().filter(|d| d.kind != Kind::Other).collect();
    assert!(anchor_problems.is_empty(), "{anchor_problems:?}");

    let fr_ids = heading_ids(&site, "fr/guide/index.html");
    let ar_ids = heading_ids(&site, "ar/guide/index.html");
    assert_eq!(fr_ids.len(), 2);
    assert_ne!(fr_ids[1], "safety-first", "the French heading has its own id");
    // The translation links the English id; the href carries the French heading's real id.
    assert_eq!(link_hrefs(&site, "fr/ref/index.html"), [format!("../guide/#{}", fr_ids[1])]);
    // ref has no Arabic translation: the English page shown in Arabic links the Arabic heading.
    assert_eq!(link_hrefs(&site, "ar/ref/index.html"), [format!("../guide/#{}", ar_ids[1])]);
    assert_eq!(link_hrefs(&site, "ref/index.html"), ["../guide/#safety-first"]);
    // A translation's link to its own page, written with the English id.
    assert_eq!(link_hrefs(&site, "fr/guide/index.html"), [format!("#{}", fr_ids[0])]);
    for (page, ids) in [("fr/guide/index.html", &fr_ids), ("ar/guide/index.html", &ar_ids)] {
        let html = site.html(page);
        for id in ids.iter() {
            assert_eq!(select(&html, &format!("[id=\"{id}\"]")).len(), 1, "{page} has #{id}");
        }
    }
}

#[test]
fn a_translation_whose_headings_differ_lands_on_the_page_top_with_a_warning() {
    let site = site_with(
        "",
        r#"
-- content/steps.md --
+++
title = "Steps"
+++
## One
## Two
## Three
-- content/steps.fr.md --
+++
title = "Étapes"
+++
## Un
### Deux, en détail
-- content/ref.fr.md --
+++
title = "Réf"
+++
[trois](steps.md#three)
-- content/ref.md --
+++
title = "Ref"
+++
[three](steps.md#three)
"#,
    );
    let built = site.built();
    assert_eq!(link_hrefs(&site, "fr/ref/index.html"), ["../steps/"]);
    assert_eq!(link_hrefs(&site, "ref/index.html"), ["../steps/#three"]);
    let ambiguous = of_kind(&built.warnings, Kind::AmbiguousAnchor);
    assert_eq!(ambiguous.len(), 1, "{ambiguous:?}");
    let warning = ambiguous[0].to_string();
    assert!(warning.contains("anchor `#three` in link `steps.md#three`"), "{warning}");
    assert!(warning.contains("content/steps.fr.md") && warning.contains("--> content/ref.fr.md:4"), "{warning}");
    assert_eq!(ambiguous[0].lang.as_deref(), Some("fr"));
    assert!(ambiguous[0].in_translation);
}

#[test]
fn pandoc_ids_wrong_case_and_typos() {
    let site = site_with(
        "",
        r#"
-- content/num.md --
+++
title = "Numbered"
+++
## 1.0 Things to know

## Safety first

Read [what to know](#things-to-know), [safety](#Safety-First), [typo](#safety-frist).
-- content/other.md --
+++
title = "Other"
+++
See [the basics](num.md#things-to-know).
"#,
    );
    let built = site.built();
    assert_eq!(link_hrefs(&site, "num/index.html"), ["#1-0-things-to-know", "#safety-first", "#"]);
    assert_eq!(link_hrefs(&site, "other/index.html"), ["../num/#1-0-things-to-know"]);
    let inexact: Vec<String> = of_kind(&built.warnings, Kind::InexactAnchor).iter().map(|d| d.to_string()).collect();
    assert_eq!(inexact.len(), 3, "{inexact:?}");
    assert!(inexact.iter().any(|w| w.contains("`#things-to-know` in link `#things-to-know` matches the heading `#1-0-things-to-know` only by pandoc's id rule") && w.contains("hint: write `#1-0-things-to-know`")), "{inexact:?}");
    assert!(inexact.iter().any(|w| w.contains("`#Safety-First`") && w.contains("only ignoring case")), "{inexact:?}");
    assert!(inexact.iter().any(|w| w.contains("content/other.md:4")), "{inexact:?}");
    let broken = of_kind(&built.warnings, Kind::BrokenAnchor);
    assert_eq!(broken.len(), 1);
    let broken = broken[0].to_string();
    assert!(broken.starts_with("warning: broken anchor `#safety-frist`"), "{broken}");
    assert!(broken.contains("did you mean `#safety-first`?") && broken.contains("[links] broken_anchors"), "{broken}");
}

#[test]
fn top_of_page_fragments_are_always_valid() {
    let site =
        site_with("", "-- content/p.md --\n+++\ntitle = \"P\"\n+++\n## A\n\n[top](#) [also top](#top) [nothing]()\n");
    let built = site.built();
    assert!(built.warnings.sorted().iter().all(|d| d.kind == Kind::Other), "{}", render(&built.warnings));
    assert_eq!(link_hrefs(&site, "p/index.html"), ["#", "#top", ""]);
}

const OUT_OF_CONTENT: &str = r#"
-- content/sec/_index.md --
+++
title = "Sec"
+++
-- content/sec/p.md --
+++
title = "P"
+++
The old guide is [here](../../old-site/guide) and [there](../../../x.md).

[gone](nope.md) [anchor gone](q.md#nowhere)
-- content/sec/q.md --
+++
title = "Q"
+++
## Here
"#;

#[test]
fn links_out_of_content_are_broken_links_and_the_policy_decides() {
    let site = site_with("", OUT_OF_CONTENT);
    let errors = errors_of(site.build());
    assert!(errors.contains("error: broken link `../../old-site/guide`: it points outside the handbook's content/\n  --> content/sec/p.md:4"), "{errors}");
    assert!(errors.contains("error: broken link `../../../x.md`"), "{errors}");
    assert!(
        errors.contains("error: broken link `nope.md`: no page content/sec/nope.md\n  --> content/sec/p.md:6"),
        "{errors}"
    );
    assert!(errors.contains("[links] broken = \"warn\""), "{errors}");
    // The anchor is only a warning by default, even when the build fails for other reasons.
    assert!(errors.contains("warning: broken anchor `#nowhere` in link `q.md#nowhere`"), "{errors}");

    let lenient = site_with("[links]\nbroken = \"warn\"", OUT_OF_CONTENT);
    let built = lenient.built();
    assert_eq!(of_kind(&built.warnings, Kind::BrokenLink).len(), 3);
    let html = lenient.html("sec/p/index.html");
    let spans: Vec<(String, String)> =
        select(&html, ".content span.broken-link").iter().map(|s| (text(*s), attr(*s, "title"))).collect();
    assert_eq!(
        spans,
        [
            ("here".to_string(), "missing page: ../../old-site/guide".to_string()),
            ("there".to_string(), "missing page: ../../../x.md".to_string()),
            ("gone".to_string(), "missing page: nope.md".to_string()),
        ]
    );
    // No dangling href: the only link left is the one to an existing page, anchor dropped.
    assert_eq!(link_hrefs(&lenient, "sec/p/index.html"), ["../q/"]);

    let strict_anchors = site_with("[links]\nbroken = \"warn\"\nbroken_anchors = \"error\"", OUT_OF_CONTENT);
    let errors = errors_of(strict_anchors.build());
    assert!(errors.contains("error: broken anchor `#nowhere`") && errors.contains("warning: broken link"), "{errors}");
    let strict = cairn::BuildSettings { strict: true, ..Default::default() };
    let errors = errors_of(lenient.build_with(&strict));
    assert!(errors.contains("error: broken anchor `#nowhere`") && errors.contains("error: broken link"), "{errors}");
}

#[test]
fn raw_html_references_are_checked_like_markdown() {
    let site = site_with(
        "",
        "-- content/p.md --\n+++\ntitle = \"P\"\n+++\nIntro.\n\n<div class=\"figure\">\n<img src=\"diagram-old.png\" width=\"300\">\n</div>\n\n<a href=\"q.md\">raw</a> and <img src=\"q.svg\" alt=\"here\">\n-- content/q.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n-- content/q.md --\n+++\ntitle = \"Q\"\n+++\n",
    );
    let built = site.built();
    let missing: Vec<String> = of_kind(&built.warnings, Kind::MissingFile).iter().map(|d| d.to_string()).collect();
    assert_eq!(
        missing,
        [
            "warning: missing image `diagram-old.png`\n  --> content/p.md:7\n  hint: put the file beside the page (page bundle) or under static/, or fix the path; --strict makes this an error"
        ]
    );
    let raw_links: Vec<String> = of_kind(&built.warnings, Kind::BrokenLink).iter().map(|d| d.to_string()).collect();
    assert_eq!(raw_links.len(), 1, "{raw_links:?}");
    assert!(raw_links[0].contains("raw HTML link `q.md`") && raw_links[0].contains("content/p.md:10"), "{raw_links:?}");
}

#[test]
fn hundreds_of_broken_anchors_are_grouped_and_listed_in_json() {
    let links: String = (0..300).map(|i| format!("[l{i}](b.md#gone-{i})\n")).collect();
    let fr_links: String = (0..200).map(|i| format!("[l{i}](b.md#parti-{i})\n")).collect();
    let site = site_with(
        "",
        &format!(
            "-- content/b.md --\n+++\ntitle = \"B\"\n+++\n## Here\n-- content/a.md --\n+++\ntitle = \"A\"\n+++\n{links}-- content/a.fr.md --\n+++\ntitle = \"A\"\n+++\n{fr_links}"
        ),
    );
    let output = site.cairn(&["check"]);
    assert!(output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.matches("warning: broken anchor `#").count(), 10, "{stderr}");
    assert!(
        stderr.contains("warning: and 490 more broken anchors, 190 of them in translations (en: 300, fr: 190): `cairn check --format json` lists them all"),
        "{stderr}"
    );

    let output = site.cairn(&["check", "--format", "json"]);
    assert!(output.status.success());
    let lines: Vec<serde_json::Value> =
        String::from_utf8_lossy(&output.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let anchors: Vec<&serde_json::Value> = lines.iter().filter(|l| l["kind"] == "broken-anchor").collect();
    assert_eq!(anchors.len(), 500);
    let first = anchors.iter().find(|l| l["lang"] == "fr").unwrap();
    assert_eq!(first["level"], "warning");
    assert_eq!(first["file"], "content/a.fr.md");
    assert!(first["line"].as_u64().unwrap() >= 4);
    assert!(first["message"].as_str().unwrap().starts_with("broken anchor `#parti-"));
    assert!(first["hint"].as_str().unwrap().contains("[links] broken_anchors"));

    // Errors are grouped and listed the same way, and JSON output keeps the failing exit code.
    std::fs::write(site.root().join("content/c.md"), "+++\ntitle = \"C\"\n+++\n[x](nope.md)\n").unwrap();
    let output = site.cairn(&["check", "--format", "json"]);
    assert!(!output.status.success());
    let stdout = String::from_utf8_lossy(&output.stdout);
    let error: serde_json::Value = serde_json::from_str(stdout.lines().next().unwrap()).unwrap();
    assert_eq!((error["level"].as_str(), error["kind"].as_str()), (Some("error"), Some("broken-link")));
}
