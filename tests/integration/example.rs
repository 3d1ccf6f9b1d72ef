//! The bundled example handbook builds, in every language, without warnings.

use crate::support::*;
use scraper::Html;

fn build_example() -> (tempfile::TempDir, std::path::PathBuf) {
    let scratch = tempfile::tempdir().unwrap();
    let out = scratch.path().join("public");
    let built = cairn::build(std::path::Path::new(env!("CARGO_MANIFEST_DIR")), &out, &Default::default())
        .unwrap_or_else(|d| panic!("{}", render(&d)));
    // Only the deliberate translation gaps are reported.
    for warning in built.warnings.sorted() {
        assert!(warning.message.contains("not translated") && warning.file.is_none(), "{warning}");
    }
    (scratch, out)
}

fn page(out: &std::path::Path, path: &str) -> Html {
    Html::parse_document(&std::fs::read_to_string(out.join(path)).unwrap())
}

#[test]
fn example_handbook_has_every_kind_in_five_languages() {
    let (_scratch, out) = build_example();
    for lang in ["", "fr/", "es/", "ar/", "zh/"] {
        let home = page(&out, &format!("{lang}index.html"));
        assert_eq!(select(&home, ".language-switcher li").len(), 5);
    }
    let kinds = |section: &str| -> Vec<String> {
        select(&page(&out, &format!("{section}/index.html")), ".listing li")
            .iter()
            .map(|li| attr(*li, "class"))
            .collect()
    };
    assert!(kinds("playbooks").iter().filter(|k| *k == "kind-playbook").count() >= 3);
    assert!(kinds("case-studies").iter().filter(|k| *k == "kind-case-study").count() >= 2);
    assert!(kinds("training").iter().filter(|k| *k == "kind-training").count() >= 2);
    assert_eq!(attr(one(&page(&out, "ar/index.html"), "html"), "dir"), "rtl");
}

#[test]
fn example_leaves_some_pages_untranslated_on_purpose() {
    let (_scratch, out) = build_example();
    let fallbacks = [
        "zh/playbooks/rapid-response/index.html",
        "fr/playbooks/safe-meetings/index.html",
        "ar/training/running-a-debrief/index.html",
    ];
    for path in fallbacks {
        assert_eq!(select(&page(&out, path), ".untranslated-notice").len(), 1, "{path}");
    }
    // Written in Spanish first: the English page credits its translator, the Arabic site shows the Spanish original.
    let ar = page(&out, "ar/case-studies/la-red-de-los-martes/index.html");
    assert_eq!(attr(one(&ar, "article"), "lang"), "es");
    // One translation is deliberately outdated: its original gained a point since.
    let outdated = page(&out, "fr/playbooks/consent-based-collaboration/index.html");
    assert_eq!(select(&outdated, ".outdated-notice").len(), 1);
    assert!(select(&page(&out, "fr/playbooks/rapid-response/index.html"), ".outdated-notice").is_empty());
    let code = page(&out, "training/digital-security/index.html");
    assert!(!select(&code, "pre.code[data-lang=sh] span").is_empty(), "the checksum snippet is highlighted");
    assert!(out.join("training/digital-security/threat-model.svg").exists());
}

#[test]
fn example_never_prints_more_than_contributors_agreed_to() {
    let (_scratch, out) = build_example();
    let contributors: toml::Table =
        toml::from_str(&std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/contributors.toml")).unwrap())
            .unwrap();
    let mut hidden = Vec::new();
    for (id, person) in &contributors {
        let credit = person["credit"].as_str().unwrap();
        if credit != "name" {
            hidden.push(person["name"].as_str().unwrap().to_string());
            if let Some(url) = person.get("url") {
                hidden.push(url.as_str().unwrap().to_string());
            }
        }
        if credit == "anonymous" {
            hidden.push(format!("\"{id}\""));
        }
    }
    assert!(hidden.len() >= 3, "the example has pseudonymous, initials-only and anonymous contributors");
    for (path, bytes) in snapshot(&out) {
        let content = String::from_utf8_lossy(&bytes);
        for secret in &hidden {
            assert!(!content.contains(secret.as_str()), "{path} contains {secret}");
        }
    }
    let contributors_page = page(&out, "contributors/index.html");
    assert!(text(one(&contributors_page, ".anonymous-count")).starts_with('1'));
}

/// The page of every kind, generated pages included, in a language (`""` for English);
/// the later pages of listings exist when the handbook is built with `paginate_by = 2`.
fn every_page_kind(lang: &str) -> Vec<String> {
    let pages = [
        "index.html",
        "playbooks/index.html",
        "playbooks/page/2/index.html",
        "contributors/page/2/index.html",
        "translation-status/ar/missing/page/2/index.html",
        "playbooks/safe-meetings/index.html",
        "case-studies/harbour-kitchen/index.html",
        "training/digital-security/index.html",
        "about/index.html",
        "contributors/index.html",
        "contributors/samira-haddad/index.html",
        "translation-status/index.html",
        "search/index.html",
        "404.html",
    ];
    pages.iter().map(|p| format!("{lang}{p}")).collect()
}

#[test]
fn axe_core_finds_no_wcag_violation_and_nothing_scrolls_sideways_at_320_px() {
    // Listings of two items a page, so the pages after the first and their links exist.
    let scratch = tempfile::tempdir().unwrap();
    let root = copy_of_example(scratch.path());
    let config = std::fs::read_to_string(root.join("cairn.toml")).unwrap();
    std::fs::write(root.join("cairn.toml"), format!("paginate_by = 2\n{config}")).unwrap();
    let out = scratch.path().join("public");
    cairn::build(&root, &out, &Default::default()).unwrap_or_else(|d| panic!("{}", render(&d)));
    let paths: Vec<String> = ["", "ar/", "zh/"].iter().flat_map(|lang| every_page_kind(lang)).collect();
    for path in &paths {
        assert!(out.join(path).exists(), "{path}");
    }
    let mut args = vec![out.to_str().unwrap()];
    args.extend(paths.iter().map(String::as_str));
    let Some(result) = node_script("audit.mjs", &args) else { return };
    assert_eq!(result["audited"], paths.len() * 2);
    assert_eq!(result["violations"], serde_json::json!([]), "{result:#}");
    assert_eq!(result["overflowing"], serde_json::json!([]), "{result:#}");
    assert_eq!(result["errors"], serde_json::json!([]));
}
