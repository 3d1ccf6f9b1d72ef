//! Languages: fallbacks, switcher, hreflang, sitemap alternates, RTL, UI strings.

use crate::support::*;

const SITE: &str = r#"
-- content/_index.md --
+++
title = "Home"
+++
Welcome.
-- content/_index.fr.md --
+++
title = "Accueil"
+++
Bienvenue.
-- content/guides/_index.md --
+++
title = "Guides"
kind = "playbook"
+++
-- content/guides/meet.md --
+++
title = "Meeting safely"
weight = 1
authors = ["amina"]
[playbook]
goal = "Meet without exposing anyone"
+++
## Before the meeting {#before}

Read [the other guide](other.md#plan).
-- content/guides/meet.fr.md --
+++
title = "Se réunir en sécurité"
translators = ["jo"]
[playbook]
goal = "Se réunir sans exposer personne"
+++
## Avant la réunion {#before}

Lisez [l'autre guide](other.md#plan).
-- content/guides/meet.ar.md --
+++
title = "الاجتماع بأمان"
[playbook]
goal = "الاجتماع دون تعريض أحد للخطر"
+++
## قبل الاجتماع {#before}

اقرأ [الدليل الآخر](other.md#plan).
-- content/guides/other.md --
+++
title = "Other guide"
weight = 2
+++
## The plan {#plan}

Only in English.
"#;

#[test]
fn untranslated_page_falls_back_visibly_with_the_originals_lang_and_dir() {
    let site = TestSite::new(SITE);
    site.built();
    let ar = site.html("ar/guides/other/index.html");
    let html = one(&ar, "html");
    assert_eq!((attr(html, "lang").as_str(), attr(html, "dir").as_str()), ("ar", "rtl"));
    let article = one(&ar, "article");
    assert_eq!((attr(article, "lang").as_str(), attr(article, "dir").as_str()), ("en", "ltr"));
    let notice = one(&ar, "article .untranslated-notice");
    assert_eq!(attr(notice, "lang"), "ar");
    assert!(text(notice).contains("English"), "{}", text(notice));
    assert!(text(one(&ar, "h1")).contains("Other guide"));
    // The canonical URL of a fallback is the original.
    assert_eq!(attr(one(&ar, "link[rel=canonical]"), "href"), "https://hb.example.org/guides/other/");
    // Translated pages carry no notice.
    let fr = site.html("fr/guides/meet/index.html");
    assert!(select(&fr, ".untranslated-notice").is_empty());
    assert_eq!(attr(one(&fr, "article"), "lang"), "fr");
}

#[test]
fn switcher_links_the_same_page_in_every_language() {
    let site = TestSite::new(SITE);
    site.built();
    let fr = site.html("fr/guides/meet/index.html");
    let links: Vec<(String, String)> =
        select(&fr, ".language-switcher a").iter().map(|a| (attr(*a, "hreflang"), attr(*a, "href"))).collect();
    assert_eq!(
        links,
        [
            ("en".to_string(), "../../../guides/meet/".to_string()),
            ("ar".to_string(), "../../../ar/guides/meet/".to_string())
        ]
    );
    assert_eq!(text(one(&fr, ".language-switcher [aria-current]")), "Français");
    // Every switcher link resolves to a built page.
    for (_, href) in links {
        assert!(site.out().join("fr/guides/meet").join(&href).join("index.html").exists(), "{href}");
    }
    // A page untranslated in French still links there, marked as untranslated.
    let en = site.html("guides/other/index.html");
    let fr_link = one(&en, ".language-switcher a[hreflang=fr]");
    assert_eq!(attr(fr_link, "class"), "untranslated");
}

#[test]
fn hreflang_alternates_list_real_translations_only() {
    let site = TestSite::new(SITE);
    site.built();
    let en = site.html("guides/meet/index.html");
    let alternates: Vec<(String, String)> =
        select(&en, "link[rel=alternate]").iter().map(|l| (attr(*l, "hreflang"), attr(*l, "href"))).collect();
    assert_eq!(
        alternates,
        [
            ("en".into(), "https://hb.example.org/guides/meet/".into()),
            ("fr".into(), "https://hb.example.org/fr/guides/meet/".into()),
            ("ar".into(), "https://hb.example.org/ar/guides/meet/".into()),
            ("x-default".into(), "https://hb.example.org/guides/meet/".into()),
        ]
    );
    let other = site.html("guides/other/index.html");
    let codes: Vec<String> = select(&other, "link[rel=alternate]").iter().map(|l| attr(*l, "hreflang")).collect();
    assert_eq!(codes, ["en", "x-default"]);
}

#[test]
fn sitemap_has_xhtml_alternates_and_no_fallbacks() {
    let site = TestSite::new(SITE);
    site.built();
    let sitemap = site.read("sitemap.xml");
    let doc = sitemap_urls(&sitemap);
    let meet_fr = doc.iter().find(|(loc, _)| loc == "https://hb.example.org/fr/guides/meet/").expect("fr page listed");
    assert_eq!(
        meet_fr.1,
        [
            ("en".to_string(), "https://hb.example.org/guides/meet/".to_string()),
            ("fr".to_string(), "https://hb.example.org/fr/guides/meet/".to_string()),
            ("ar".to_string(), "https://hb.example.org/ar/guides/meet/".to_string()),
        ]
    );
    assert!(doc.iter().any(|(loc, _)| loc == "https://hb.example.org/guides/other/"));
    assert!(!doc.iter().any(|(loc, _)| loc == "https://hb.example.org/fr/guides/other/"), "fallbacks are not listed");
}

/// (loc, alternates) of every `<url>` of a sitemap.
fn sitemap_urls(xml: &str) -> Vec<(String, Vec<(String, String)>)> {
    let between = |s: &str, start: &str, end: &str| -> Option<String> {
        let from = s.find(start)? + start.len();
        Some(s[from..from + s[from..].find(end)?].to_string())
    };
    xml.split("<url>")
        .skip(1)
        .map(|url| {
            let url = &url[..url.find("</url>").expect("closed <url>")];
            let loc = between(url, "<loc>", "</loc>").expect("a <loc>");
            let alternates = url
                .split("<xhtml:link ")
                .skip(1)
                .map(|l| (between(l, "hreflang=\"", "\"").unwrap(), between(l, "href=\"", "\"").unwrap()))
                .collect();
            (loc, alternates)
        })
        .collect()
}

#[test]
fn rtl_pages_and_translated_ui_strings() {
    let site = TestSite::new(SITE);
    site.built();
    let ar = site.html("ar/guides/meet/index.html");
    assert_eq!(attr(one(&ar, "html"), "dir"), "rtl");
    assert_eq!(attr(one(&ar, "article"), "dir"), "rtl");
    assert_eq!(text(one(&ar, ".skip-link")), "انتقل إلى المحتوى");
    assert_eq!(text(one(&ar, ".kind-fields dt")), "الهدف");
    // The layout uses logical properties only, so nothing needs mirroring by hand.
    let css = site.read("css/cairn.css");
    for physical in ["margin-left", "margin-right", "padding-left", "padding-right", "text-align: left;\n  direction"] {
        assert!(!css.contains(physical), "stylesheet uses {physical}");
    }
}

#[test]
fn arabic_plural_forms_come_from_cldr() {
    let mut files = String::from(
        "-- content/_index.md --\n+++\ntitle = \"Home\"\n+++\n-- content/s/_index.md --\n+++\ntitle = \"S\"\n+++\n",
    );
    for i in 0..3 {
        files.push_str(&format!("-- content/s/p{i}.md --\n+++\ntitle = \"P{i}\"\n+++\n"));
    }
    let site = TestSite::new(&files);
    site.built();
    let heading = |path: &str| text(one(&site.html(path), "#cairn-pages"));
    assert_eq!(heading("s/index.html"), "3 pages");
    assert_eq!(heading("ar/s/index.html"), "3 صفحات");
    std::fs::remove_file(site.root().join("content/s/p2.md")).unwrap();
    site.built();
    assert_eq!(heading("ar/s/index.html"), "صفحتان");
}

#[test]
fn site_i18n_overrides_the_theme_and_bcp47_codes_work() {
    let site = TestSite::bare(
        r#"
-- cairn.toml --
title = "T"
default_language = "pt-BR"
[languages.pt-BR]
name = "Português"
[languages.zh-Hant]
name = "繁體中文"
-- i18n/pt-BR.toml --
skip_to_content = "Ir direto ao conteúdo"
-- content/_index.md --
+++
title = "Início"
+++
-- content/a.zh-Hant.md --
+++
title = "頁面"
original = "zh-Hant"
+++
"#,
    );
    site.built();
    let home = site.html("index.html");
    assert_eq!(attr(one(&home, "html"), "lang"), "pt-BR");
    assert_eq!(text(one(&home, ".skip-link")), "Ir direto ao conteúdo");
    let page = site.html("zh-Hant/a/index.html");
    assert_eq!(text(one(&page, "h1")), "頁面");
    // Missing in pt-BR: shown in the Portuguese site from the zh-Hant original.
    let fallback = site.html("a/index.html");
    assert_eq!(attr(one(&fallback, "article"), "lang"), "zh-Hant");
    // The theme's pt-BR strings, then those of its CLDR parent `pt` for what Brazil writes alike.
    assert_eq!(attr(one(&home, "nav.language-switcher"), "aria-label"), "Idiomas");
    assert_eq!(text(one(&home, "label[for=cairn-search-input]")), "Pesquisar neste manual");
    assert!(text(one(&home, ".language-switcher")).contains("繁體中文"));
}

#[test]
fn not_found_page_per_language_uses_root_absolute_links() {
    let site = TestSite::new(SITE);
    site.build_with(&cairn::BuildSettings { base_url: Some("https://x.org/handbook".into()), ..Default::default() })
        .unwrap();
    let fr = site.html("fr/404.html");
    assert_eq!(attr(one(&fr, "html"), "lang"), "fr");
    assert_eq!(text(one(&fr, "h1")), "Page introuvable");
    assert_eq!(attr(one(&fr, ".site-title"), "href"), "/handbook/fr/");
    assert_eq!(attr(select(&fr, "link[rel=stylesheet]")[0], "href"), "/handbook/css/cairn.css");
    assert!(site.out().join("404.html").exists() && site.out().join("ar/404.html").exists());
}

#[test]
fn arabic_layout_is_right_to_left_and_fits_320_pixels_in_chromium() {
    let site = TestSite::new(SITE);
    site.built();
    let url = format!("file://{}", site.out().join("ar/guides/meet/index.html").display());
    let Some(h1) = node_script("dir.mjs", &[&url, "h1"]) else { return };
    assert_eq!(h1["direction"], "rtl");
    let viewport = h1["viewport"].as_f64().unwrap();
    assert!(viewport - h1["right"].as_f64().unwrap() < 40.0, "the title hugs the right edge: {h1}");
    assert!(h1["scrollWidth"].as_f64().unwrap() <= viewport, "no horizontal scrolling at 320 px: {h1}");
    let english = format!("file://{}", site.out().join("guides/meet/index.html").display());
    let h1 = node_script("dir.mjs", &[&english, "h1"]).unwrap();
    assert_eq!(h1["direction"], "ltr");
    assert!(h1["left"].as_f64().unwrap() < 40.0, "{h1}");
}
