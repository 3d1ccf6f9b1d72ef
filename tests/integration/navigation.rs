//! Site menu and sidebar: every page kind in every language lists the top-level sections;
//! pages inside a section show its tree, marked where the reader stands, collapsible
//! without JavaScript; a large section shows a window of its pages.

use crate::support::*;

fn site() -> TestSite {
    let site = TestSite::new(
        r#"
-- content/_index.md --
+++
title = "Home"
+++
-- content/about.md --
+++
title = "About"
+++
-- content/guides/_index.md --
+++
title = "Guides"
weight = 1
+++
-- content/guides/_index.fr.md --
+++
title = "Guides FR"
weight = 1
+++
-- content/guides/_index.ar.md --
+++
title = "أدلة"
weight = 1
+++
-- content/guides/alpha.md --
+++
title = "Alpha"
weight = 1
+++
-- content/guides/alpha.ar.md --
+++
title = "ألفا"
weight = 1
+++
-- content/guides/beta.md --
+++
title = "Beta"
weight = 2
+++
-- content/guides/deep/_index.md --
+++
title = "Deep"
+++
-- content/guides/deep/gamma.md --
+++
title = "Gamma"
+++
-- content/guides/deep/deeper/_index.md --
+++
title = "Deeper"
+++
-- content/guides/deep/deeper/delta.md --
+++
title = "Delta <&>"
+++
-- content/stories/_index.md --
+++
title = "Stories"
weight = 2
+++
-- content/stories/_index.ar.md --
+++
title = "قصص"
weight = 2
+++
"#,
    );
    // A section too large to list whole in a sidebar.
    for i in 0..40 {
        site.write(&format!("content/stories/s{i:02}.md"), &format!("+++\ntitle = \"Story {i:02}\"\n+++\nText.\n"));
    }
    site.built();
    site
}

/// Where `href`, written in the page at `page` (output-relative), leads, output-relative.
fn resolve(page: &str, href: &str) -> String {
    let mut parts: Vec<&str> = page.split('/').collect();
    parts.pop();
    for piece in href.split('/') {
        match piece {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            other => parts.push(other),
        }
    }
    let joined = parts.join("/");
    if href.ends_with('/') || href.is_empty() {
        if joined.is_empty() { "index.html".into() } else { format!("{joined}/index.html") }
    } else {
        joined
    }
}

#[test]
fn the_menu_lists_every_top_level_section_on_every_page_of_every_language() {
    let site = site();
    let expected = [("", ["Guides", "Stories"]), ("fr/", ["Guides FR", "Stories"]), ("ar/", ["أدلة", "قصص"])];
    for (prefix, titles) in expected {
        let kinds = ["index.html", "about/index.html", "guides/index.html", "guides/deep/deeper/delta/index.html"];
        let generated = ["contributors/index.html", "translation-status/index.html", "search/index.html"];
        for path in kinds.iter().chain(&generated).map(|p| format!("{prefix}{p}")) {
            let page = site.html(&path);
            for list in [".site-menu-wide", ".site-menu-narrow ul"] {
                let links = select(&page, &format!(".site-menu {list} a"));
                let shown: Vec<String> = links.iter().map(|a| text(*a)).collect();
                assert_eq!(shown, titles, "{path} {list}");
                let targets: Vec<String> = links.iter().map(|a| resolve(&path, &attr(*a, "href"))).collect();
                assert_eq!(targets, [format!("{prefix}guides/index.html"), format!("{prefix}stories/index.html")]);
            }
            assert_eq!(text(one(&page, ".site-menu-narrow summary")), if prefix == "ar/" { "القائمة" } else { "Menu" });
        }
        // 404 pages link from the root, as they are served at any address.
        let not_found = site.html(&format!("{prefix}404.html"));
        let hrefs: Vec<String> = select(&not_found, ".site-menu-wide a").iter().map(|a| attr(*a, "href")).collect();
        assert_eq!(hrefs, [format!("/{prefix}guides/"), format!("/{prefix}stories/")]);
    }
    // The section being read is marked, the page itself as the current page.
    let delta = site.html("guides/deep/deeper/delta/index.html");
    assert_eq!(attr(one(&delta, ".site-menu-wide a[aria-current]"), "aria-current"), "true");
    let guides = site.html("guides/index.html");
    assert_eq!(text(one(&guides, ".site-menu-wide a[aria-current=page]")), "Guides");
    // An untranslated section keeps its original language.
    let fr = site.html("fr/index.html");
    assert_eq!(attr(select(&fr, ".site-menu-wide a")[1], "lang"), "en");
}

#[test]
fn the_sidebar_shows_the_current_sections_tree_and_where_the_reader_is() {
    let site = site();
    let path = "guides/deep/deeper/delta/index.html";
    let page = site.html(path);
    let sidebar = one(&page, "nav.sidebar");
    assert_eq!(attr(sidebar, "aria-label"), "In this section");
    let links: Vec<(String, String)> =
        select(&page, "nav.sidebar a").iter().map(|a| (text(*a), resolve(path, &attr(*a, "href")))).collect();
    let expected = [
        ("Guides", "guides/index.html"),
        ("Alpha", "guides/alpha/index.html"),
        ("Beta", "guides/beta/index.html"),
        ("Deep", "guides/deep/index.html"),
        ("Gamma", "guides/deep/gamma/index.html"),
        ("Deeper", "guides/deep/deeper/index.html"),
        ("Delta <&>", "guides/deep/deeper/delta/index.html"),
    ];
    let expected: Vec<(String, String)> = expected.iter().map(|(t, h)| (t.to_string(), h.to_string())).collect();
    assert_eq!(links, expected);
    for (_, target) in &links {
        assert!(site.out().join(target).exists(), "{target}");
    }
    let current = select(&page, "nav.sidebar [aria-current]");
    assert_eq!(current.len(), 1);
    assert_eq!((text(current[0]), attr(current[0], "aria-current")), ("Delta <&>".to_string(), "page".to_string()));
    // Subsections are <details>, open on the way to the current page only.
    let summaries: Vec<String> =
        select(&page, "nav.sidebar details[open] > summary").iter().map(|s| text(*s)).collect();
    assert_eq!(summaries, ["Deep", "Deeper"]);
    let alpha = site.html("guides/alpha/index.html");
    assert_eq!(select(&alpha, "nav.sidebar details").len(), 2);
    // Elsewhere, subsections show their link and subsections, not their pages.
    let elsewhere: Vec<String> = select(&alpha, "nav.sidebar details a").iter().map(|a| text(*a)).collect();
    assert_eq!(elsewhere, ["Deep", "Deeper"]);
    assert!(select(&alpha, "nav.sidebar details[open]").is_empty());
    assert_eq!(text(one(&alpha, "nav.sidebar [aria-current=page]")), "Alpha");
    // In Arabic: its own titles, the original's language on untranslated entries.
    let ar = site.html("ar/guides/beta/index.html");
    assert_eq!(text(one(&ar, ".sidebar-title a")), "أدلة");
    assert_eq!(attr(one(&ar, "nav.sidebar [aria-current=page]"), "lang"), "en");
    assert_eq!(attr(select(&ar, "nav.sidebar summary")[0], "lang"), "en");
    assert_eq!(attr(one(&ar, "html"), "dir"), "rtl");
    // No sidebar where there is no section to show.
    for path in ["index.html", "about/index.html", "contributors/index.html", "404.html"] {
        assert!(select(&site.html(path), "nav.sidebar").is_empty(), "{path}");
    }
}

#[test]
fn a_large_section_shows_a_window_of_its_pages_around_the_current_one() {
    let site = site();
    let path = "stories/s35/index.html";
    let page = site.html(path);
    let titles: Vec<String> = select(&page, "nav.sidebar li a").iter().map(|a| text(*a)).collect();
    let window: Vec<String> = (25..40).map(|i| format!("Story {i:02}")).collect();
    assert_eq!(titles[..15], window[..]);
    assert_eq!(titles[15], "40 pages");
    assert_eq!(resolve(path, &attr(one(&page, ".all-pages a"), "href")), "stories/index.html");
    assert_eq!(text(one(&page, "nav.sidebar [aria-current=page]")), "Story 35");
    // Far from the current page: the first pages.
    let section = site.html("stories/index.html");
    let titles: Vec<String> = select(&section, "nav.sidebar li a").iter().map(|a| text(*a)).collect();
    assert_eq!(titles.len(), 22);
    assert_eq!((titles[0].as_str(), titles[20].as_str()), ("Story 00", "Story 20"));
}

#[test]
fn details_toggle_without_javascript() {
    let site = site();
    let url = |path: &str| format!("file://{}", site.out().join(path).display());
    let check = |path: &str, summary: &str, width: &str| {
        node_script("details.mjs", &[&url(path), summary, width]).map(|result| {
            let narrow = width == "320";
            assert_eq!(result["menus"], serde_json::json!([!narrow, narrow]), "one menu shows: {path} {result}");
            assert_eq!(result["before"], false, "{path} {result}");
            assert_eq!(result["afterClick"], true, "{path} {result}");
            assert_eq!(result["afterEnter"], false, "Enter closes it again: {path} {result}");
            assert_eq!(result["linkVisible"], true, "its links show once open: {path} {result}");
            assert_eq!(result["errors"], serde_json::json!([]));
        })
    };
    if check("guides/alpha/index.html", "nav.sidebar summary", "1280").is_none() {
        return;
    }
    check("ar/guides/alpha/index.html", ".site-menu-narrow summary", "320");
}

/// A handbook whose section, contributor and translation lists outgrow `paginate_by = 3`.
fn long_lists() -> TestSite {
    let mut files = String::from(
        "-- cairn.toml --\ntitle = \"Long\"\nbase_url = \"https://hb.example.org/\"\npaginate_by = 3\n\
         [languages.en]\nname = \"English\"\n[languages.fr]\nname = \"Français\"\n\
         -- contributors.toml --\n[amina]\nname = \"Amina Haddad\"\ncredit = \"name\"\n\
         -- content/_index.md --\n+++\ntitle = \"Home\"\n+++\n\
         -- content/guides/_index.md --\n+++\ntitle = \"Guides\"\n+++\nAbout the guides.\n\
         -- content/guides/more/_index.md --\n+++\ntitle = \"More guides\"\n+++\n",
    );
    for n in 1..=14 {
        files.push_str(&format!(
            "-- content/guides/g{n:02}.md --\n+++\ntitle = \"Guide {n:02}\"\ndescription = \"What guide {n} is for.\"\nauthors = [\"amina\"]\n+++\nText.\n"
        ));
    }
    TestSite::bare(&files)
}

#[test]
fn long_listings_are_split_into_linked_pages_holding_every_item_once() {
    let site = long_lists();
    site.built();
    let titles = |path: &str| -> Vec<String> {
        select(&site.html(path), ".section-listing section:last-of-type .listing > li > a")
            .iter()
            .map(|a| text(*a))
            .collect()
    };
    let mut listed = Vec::new();
    for path in ["guides/index.html", "guides/page/2/index.html", "guides/page/5/index.html"] {
        let page = site.html(path);
        assert_eq!(select(&page, ".pagination li a").len(), 5, "{path}");
        assert_eq!(select(&page, ".pagination a[aria-current=page]").len(), 1, "{path}");
        // The section's text and subsections are on its first page only.
        assert_eq!(page.html().contains("About the guides."), path == "guides/index.html", "{path}");
    }
    for number in 1..=5 {
        let path =
            if number == 1 { "guides/index.html".to_string() } else { format!("guides/page/{number}/index.html") };
        let shown = titles(&path);
        assert!(shown.len() <= 3, "{path}: {shown:?}");
        listed.extend(shown);
    }
    let expected: Vec<String> = (1..=14).map(|n| format!("Guide {n:02}")).collect();
    assert_eq!(listed, expected);
    let second = site.html("guides/page/2/index.html");
    assert_eq!(attr(one(&second, ".pagination a[rel=prev]"), "href"), "../../");
    assert_eq!(attr(one(&second, ".pagination a[rel=next]"), "href"), "../3/");
    assert!(!std::path::Path::new(&site.out()).join("guides/page/6").exists());

    // Contributors: the index names people; each person's page lists their works in pages.
    let index = site.html("contributors/index.html");
    let amina = one(&index, ".person-entry h2 a");
    assert_eq!((text(amina), attr(amina, "href")), ("Amina Haddad".to_string(), "amina-haddad/".to_string()));
    let works: Vec<String> = (1..=5)
        .flat_map(|n| {
            let path = if n == 1 {
                "contributors/amina-haddad/index.html".to_string()
            } else {
                format!("contributors/amina-haddad/page/{n}/index.html")
            };
            select(&site.html(&path), ".works > li > a").iter().map(|a| text(*a)).collect::<Vec<_>>()
        })
        .collect();
    assert_eq!(works, expected);

    // Translation status: the status page shows the start of a long list (no more than a
    // page of it holds) and links the rest.
    let status = site.html("translation-status/index.html");
    assert_eq!(select(&status, "#lists-fr .missing-list li").len(), 3);
    let all = select(&status, "#lists-fr a").into_iter().find(|a| attr(*a, "href").contains("fr/missing")).unwrap();
    assert_eq!(attr(all, "href"), "fr/missing/");
    let missing: usize = (1..=6)
        .map(|n| {
            let path = if n == 1 {
                "translation-status/fr/missing/index.html".to_string()
            } else {
                format!("translation-status/fr/missing/page/{n}/index.html")
            };
            select(&site.html(&path), ".missing-list li").len()
        })
        .sum();
    // Every page of the handbook: home, two sections and fourteen guides.
    assert_eq!(missing, 17);
}

/// Writes the shared benchmark corpus at `pages` pages into `root`; false when the
/// generator cannot run outside CI.
fn generate_corpus(root: &std::path::Path, pages: &str) -> bool {
    let generator = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench/gen_corpus.py");
    let generated = std::process::Command::new("python3")
        .arg(&generator)
        .arg(root)
        .args(["--pages", pages, "--langs", "en,fr,ar", "--flavor", "cairn"])
        .output();
    match generated {
        Ok(output) if output.status.success() => true,
        _ if std::env::var_os("CI").is_some() => panic!("cannot run {}", generator.display()),
        _ => false,
    }
}

#[test]
fn no_page_of_the_5000_page_corpus_weighs_over_200_kb() {
    let scratch = tempfile::tempdir().unwrap();
    let root = scratch.path().join("corpus");
    if !generate_corpus(&root, "5000") {
        eprintln!("skipping: python3 or the corpus generator missing");
        return;
    }
    let built =
        std::process::Command::new(env!("CARGO_BIN_EXE_cairn")).arg("build").arg("--root").arg(&root).output().unwrap();
    assert!(built.status.success(), "{}", String::from_utf8_lossy(&built.stderr));
    let mut heavy = Vec::new();
    let mut pages = 0;
    for file in walkdir::WalkDir::new(root.join("public")).into_iter().filter_map(Result::ok) {
        if file.path().extension().is_some_and(|e| e == "html") {
            pages += 1;
            let bytes = file.metadata().unwrap().len();
            if bytes > 200_000 {
                heavy.push((bytes, file.path().display().to_string()));
            }
        }
    }
    assert!(pages > 15_000, "{pages} pages");
    assert!(heavy.is_empty(), "{heavy:?}");
}
