//! Printable handouts: text and order (English, Arabic, Chinese), escaping, metadata,
//! consent, fonts, reproducibility, sections, and the link from the web page.

use crate::support::*;
use std::path::{Path, PathBuf};

const SITE: &str = r##"
-- cairn.toml --
title = "Print test"
base_url = "https://hb.example.org/"
license = "CC-BY-SA-4.0"
[languages.en]
name = "English"
[languages.ar]
name = "العربية"
[languages.zh]
name = "中文"
-- contributors.toml --
[amina]
name = "Amina Kader"
credit = "name"
[ghost]
name = "Secret Name Person"
credit = "anonymous"
-- content/_index.md --
+++
title = "Home"
+++
-- content/training/_index.md --
+++
title = "Training"
kind = "training"
+++
-- content/training/phones.md --
+++
title = "Phone safety"
description = "Lock your phone before the meeting"
weight = 1
authors = ["amina", "ghost"]
handout = true
tags = ["phones"]
date = 2025-03-01
[training]
duration = "90 min"
audience = "New organizers"
objectives = ["Lock a phone", "Check apps"]
+++
## First step {#first authors="amina"}

Alpha paragraph with a [link](https://example.org/guide).

- [x] done item
- [ ] open item

## Second step {#second}

```sh
sha256sum -c SHA256SUMS
```

| Column A | Column B |
|---|---|
| cell one | cell two |

Bravo paragraph.[^note]

[^note]: Footnote text here.
-- content/training/phones.ar.md --
+++
title = "أمان الهاتف"
[training]
duration = "٩٠ دقيقة"
+++
## الخطوة الأولى {#first}

فقرة عربية أولى عن قفل الهاتف.

## الخطوة الثانية {#second}

فقرة عربية ثانية.
-- content/training/phones.zh.md --
+++
title = "手机安全"
+++
## 第一步 {#first}

开会之前锁好手机。

## 第二步 {#second}

检查每个应用。
-- content/training/chats.md --
+++
title = "Group chats"
weight = 2
+++
## Chats {#chats}

Charlie paragraph.
"##;

fn pdf(site: &TestSite, args: &[&str]) -> PathBuf {
    let out = site.root().join("pdf");
    let mut all = vec!["pdf", "--out", out.to_str().unwrap()];
    all.extend_from_slice(args);
    let output = site.cairn(&all);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    out
}

fn text_of(pdf: &Path) -> Option<String> {
    tool("pdftotext", &[pdf.to_str().unwrap(), "-"]).map(|b| String::from_utf8_lossy(&b).to_string())
}

fn in_order(text: &str, parts: &[&str]) {
    let mut at = 0;
    for part in parts {
        let found = text[at..].find(part).unwrap_or_else(|| panic!("`{part}` missing or out of order in:\n{text}"));
        at += found + part.len();
    }
}

#[test]
fn english_handout_has_title_page_content_in_order_and_metadata() {
    let site = TestSite::bare(SITE);
    let out = pdf(&site, &["content/training/phones.md", "--lang", "en"]);
    let file = out.join("training-phones.en.pdf");
    let Some(text) = text_of(&file) else { return };
    in_order(
        &text,
        &[
            "Phone safety",
            "Lock your phone",
            "90 min",
            "New organizers",
            "Lock a phone",
            "Amina Kader",
            "Anonymous contributor",
        ],
    );
    in_order(
        &text,
        &[
            "https://hb.example.org/training/phones/",
            "First step",
            "Amina Kader",
            "Alpha paragraph",
            "link",
            "https://example.org/guide",
            "[x] done item",
            "[ ] open item",
            "Second step",
            "sha256sum -c SHA256SUMS",
            "Column A",
            "cell two",
            "Bravo paragraph",
            "Footnote text here",
        ],
    );
    assert!(text.contains("Creative Commons Attribution Share Alike 4.0"), "licence on the title page");
    assert!(text.replace(' ', "").contains("1/"), "page numbers");
    let info = String::from_utf8(tool("pdfinfo", &[file.to_str().unwrap()]).unwrap()).unwrap();
    assert!(info.contains("Title:           Phone safety"), "{info}");
    assert!(info.contains("Author:          Amina Kader"), "{info}");
    assert!(info.contains("Subject:         Lock your phone before the meeting"), "{info}");
    assert!(info.contains("Tagged:          yes"), "{info}");
    let meta = String::from_utf8(tool("pdfinfo", &["-meta", file.to_str().unwrap()]).unwrap()).unwrap();
    assert!(meta.contains("pdfuaid:part>1<") || meta.contains("pdfuaid:part=\"1\""), "PDF/UA-1: {meta}");
    assert!(meta.contains(">en<"), "language in the metadata: {meta}");
    for secret in ["Secret Name Person", "ghost"] {
        assert!(!text.contains(secret) && !meta.contains(secret) && !info.contains(secret), "{secret} printed");
    }
}

#[test]
fn arabic_and_chinese_handouts_typeset_their_scripts() {
    let site = TestSite::bare(SITE);
    let out = pdf(&site, &["content/training/phones.md", "--lang", "ar", "--lang", "zh"]);
    let Some(arabic) = text_of(&out.join("training-phones.ar.pdf")) else { return };
    for part in ["أمان الهاتف", "الخطوة الأولى", "فقرة عربية أولى عن قفل الهاتف", "الخطوة الثانية"]
    {
        assert!(arabic.contains(part), "`{part}` missing in:\n{arabic}");
    }
    assert!(arabic.find("الخطوة الأولى").unwrap() < arabic.find("الخطوة الثانية").unwrap());
    let meta =
        String::from_utf8(tool("pdfinfo", &["-meta", out.join("training-phones.ar.pdf").to_str().unwrap()]).unwrap())
            .unwrap();
    assert!(meta.contains(">ar<"), "{meta}");
    let chinese = text_of(&out.join("training-phones.zh.pdf")).unwrap();
    let compact: String = chinese.split_whitespace().collect();
    in_order(&compact, &["手机安全", "第一步", "开会之前锁好手机。", "第二步", "检查每个应用。"]);
}

#[test]
fn first_page_is_not_blank() {
    let site = TestSite::bare(SITE);
    let out = pdf(&site, &["content/training/phones.md", "--lang", "ar"]);
    let file = out.join("training-phones.ar.pdf");
    let prefix = out.join("page");
    if tool("pdftoppm", &["-gray", "-r", "30", "-f", "1", "-l", "1", file.to_str().unwrap(), prefix.to_str().unwrap()])
        .is_none()
    {
        return;
    }
    let image = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "pgm"))
        .unwrap();
    let bytes = std::fs::read(image).unwrap();
    // Binary PGM: a header of three whitespace-separated fields, then one byte a pixel.
    let header_end = bytes.windows(4).position(|w| w == b"255\n").unwrap() + 4;
    let dark = bytes[header_end..].iter().filter(|&&p| p < 128).count();
    assert!(dark > 200, "page 1 has {dark} dark pixels");
}

#[test]
fn every_typst_special_character_prints_literally() {
    let site = TestSite::bare(SITE);
    // Quotes are left out: Markdown's smart punctuation curls them (typst string escaping of
    // quotes is covered by the unit tests of the literal writer).
    let tricky = r#"Literal: # $ * _ ` < > @ = - + / \ [ ] { } ( ) ~ ; : #let x = 1 #import a #set text(red) $x^2$ <label> @ref // not a comment /* nor this */ \u{41}"#;
    site.write(
        "content/tricky.md",
        &format!(
            "+++\ntitle = \"Tricky #set\"\n+++\n{}\n",
            tricky.replace('*', "\\*").replace('_', "\\_").replace('`', "\\`").replace('[', "\\[").replace('<', "\\<")
        ),
    );
    let out = pdf(&site, &["content/tricky.md", "--lang", "en"]);
    let Some(text) = text_of(&out.join("tricky.en.pdf")) else { return };
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains(r#"# $ * _ ` < > @ = - + / \ [ ] { } ( ) ~"#), "{flat}");
    assert!(
        flat.contains(
            r#"#let x = 1 #import a #set text(red) $x^2$ <label> @ref // not a comment /* nor this */ \u{41}"#
        ),
        "{flat}"
    );
    assert!(flat.contains("Tricky #set"));
}

#[test]
fn section_handout_has_contents_and_pages_in_weight_order() {
    let site = TestSite::bare(SITE);
    let out = pdf(&site, &["content/training", "--lang", "en"]);
    let Some(text) = text_of(&out.join("training.en.pdf")) else { return };
    in_order(
        &text,
        &[
            "Training",
            "Contents",
            "Phone safety",
            "Group chats",
            "Phone safety",
            "Alpha paragraph",
            "Group chats",
            "Charlie paragraph",
        ],
    );
}

#[test]
fn handouts_are_reproducible_and_linked_from_their_page() {
    let site = TestSite::bare(SITE);
    let first = std::fs::read(pdf(&site, &["--all", "--lang", "en"]).join("training-phones.en.pdf")).unwrap();
    let second = std::fs::read(pdf(&site, &["--all", "--lang", "en"]).join("training-phones.en.pdf")).unwrap();
    assert!(first == second, "same input, same PDF bytes");
    site.built();
    let page = site.html("training/phones/index.html");
    let link = one(&page, ".handout-link a");
    assert_eq!(attr(link, "href"), "../../handouts/training-phones.en.pdf");
    let size = std::fs::metadata(site.out().join("handouts/training-phones.en.pdf")).unwrap().len();
    assert_eq!(text(link), format!("Download printable handout (PDF, \u{2068}{} KB\u{2069})", (size + 512) / 1024));
    assert!(select(&site.html("training/chats/index.html"), ".handout-link").is_empty());
}

#[test]
fn missing_alt_text_and_missing_fonts_are_clear_errors() {
    let site = TestSite::bare(SITE);
    site.write("content/img.md", "+++\ntitle = \"Image\"\n+++\n![](/pic.svg)\n");
    site.write("static/pic.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>");
    let output = site.cairn(&["pdf", "content/img.md", "--lang", "en"]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("image `/pic.svg` has no alt text") && stderr.contains("content/img.md"), "{stderr}");
    // A private-use character: no installed font draws it.
    site.write("content/img.md", "+++\ntitle = \"Script\"\n+++\nText \u{F0000}\n");
    let output = site.cairn(&["pdf", "content/img.md", "--lang", "en"]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("no font for") && stderr.contains("content/img.md") && stderr.contains("fonts/"),
        "{stderr}"
    );
}
