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
    assert!(text.contains("https://hb.example.org/training/phones/"), "the online address");
    in_order(
        &text,
        &[
            "Phone safety",
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
fn an_untranslated_page_prints_with_the_fonts_of_its_handouts_language() {
    // English text in a Burmese handout: its labels and notices are Burmese, which the
    // fonts chosen for the English text cannot show.
    let site = TestSite::bare(SITE);
    let config = site.read_source("cairn.toml");
    site.write("cairn.toml", &format!("{config}[languages.my]\nname = \"မြန်မာ\"\n"));
    let out = pdf(&site, &["content/training/phones.md", "--lang", "my"]);
    let Some(burmese) = text_of(&out.join("training-phones.my.pdf")) else { return };
    assert!(burmese.contains("Phone safety"), "{burmese}");
    assert!(burmese.chars().any(|c| ('\u{1000}'..='\u{109F}').contains(&c)), "no Burmese labels:\n{burmese}");
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
    // Long enough to keep its title page and contents.
    let long = "Filler paragraph about meetings and phones. ".repeat(40);
    let body = (1..=12).map(|i| format!("## Part {i}\n\n{long}\n")).collect::<String>();
    site.write("content/training/zz-long.md", &format!("+++\ntitle = \"Long read\"\nweight = 3\n+++\n{body}"));
    let out = pdf(&site, &["content/training", "--lang", "en"]);
    let file = out.join("training.en.pdf");
    assert_valid_pdf(&file);
    let Some(text) = text_of(&file) else { return };
    let first =
        String::from_utf8(tool("pdftotext", &["-f", "1", "-l", "1", file.to_str().unwrap(), "-"]).unwrap()).unwrap();
    assert!(first.contains("Training") && !first.contains("Alpha paragraph"), "a title page: {first}");
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
            "Long read",
            "Part 12",
        ],
    );
}

#[test]
fn short_section_handout_is_compact() {
    let site = TestSite::bare(SITE);
    let out = pdf(&site, &["content/training", "--lang", "en"]);
    let file = out.join("training.en.pdf");
    let Some(first) = tool("pdftotext", &["-f", "1", "-l", "1", file.to_str().unwrap(), "-"]) else { return };
    let first = String::from_utf8(first).unwrap();
    in_order(&first, &["Training", "Phone safety", "Alpha paragraph"]);
    assert!(!first.contains("Contents"), "{first}");
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
    assert!((1_000..1_000_000).contains(&size), "a one-page handout weighs kilobytes, not {size} bytes");
    assert_eq!(text(link), format!("Download printable handout (PDF, \u{2068}{} kB\u{2069})", size / 1_000));
    assert!(select(&site.html("training/chats/index.html"), ".handout-link").is_empty());
}

#[test]
fn missing_fonts_are_clear_errors() {
    let site = TestSite::bare(SITE);
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

/// What real handbooks contain and typst refuses as written: pages opening at `###` and
/// skipping levels, odd and empty links, screenshots without alt text, BCP 47 tags.
const MESSY: &str = r##"
-- cairn.toml --
title = "Messy print"
base_url = "https://messy.example.org/"
license = "CC-BY-4.0"
[languages.en]
name = "English"
[languages.zh-Hant]
name = "繁體中文"
[languages.zh]
name = "简体中文"
[languages.pt-BR]
name = "Português (Brasil)"
[languages.sr-Latn]
name = "Srpski"
-- contributors.toml --
-- content/_index.md --
+++
title = "Home"
+++
-- content/guide.md --
+++
title = "Messy guide"
decorative = ["divider.svg"]
+++
### Starts deep

Intro text. Jump to [the details](#details), write to [us](mailto:help@example.org), call [the hotline](tel:+15555550100), message us on [Signal](signal:+15555550100) or by [text](sms:+15555550100), and [nothing here]().

##### Details

![](/shots/login.svg)

![](/shots/settings.svg)
*Figure 2: the settings screen*

![](/shots/divider.svg)

![](/shots/rule.svg "decorative")

![](/shots/logout.svg)

Long address: [the archive](https://example.org/a/very/long/path/that/goes/on/and/on/without/any/space/at/all/0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz?query=012345678901234567890123456789) and [mail](mailto:a.very.long.mailbox.name.for.the.regional.coordination.team.of.volunteers@subdomain.example.org).

# Back to one

#### Skipped again

Closing text.
-- content/guide.zh-Hant.md --
+++
title = "凌亂指南"
+++
### 從深處開始

請先備份手機裡的資料。
-- content/guide.zh.md --
+++
title = "凌乱指南"
+++
### 从深处开始

请先备份手机里的资料。
-- content/guide.pt-BR.md --
+++
title = "Guia bagunçado"
+++
#### Começa fundo

Faça backup do celular antes da reunião.
-- content/guide.sr-Latn.md --
+++
title = "Neuredni vodič"
+++
### Počinje duboko

Napravite rezervnu kopiju telefona.
"##;

const SHOT: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#555"/></svg>"##;

fn messy_site() -> TestSite {
    let site = TestSite::bare(MESSY);
    for shot in ["login", "settings", "divider", "rule", "logout"] {
        site.write(&format!("static/shots/{shot}.svg"), SHOT);
    }
    site
}

/// `qpdf --check` finds no structural problem, and poppler reads the file with nothing to
/// say but its known false alarm on `/MarkInfo << /Suspects false >>` (see docs/pdf.md).
fn assert_valid_pdf(file: &Path) {
    let Some(check) = tool("qpdf", &["--check", file.to_str().unwrap()]) else { return };
    let check = String::from_utf8_lossy(&check);
    assert!(check.contains("No syntax or stream encoding errors found"), "{check}");
    let output = std::process::Command::new("pdfinfo").arg(file).output().unwrap();
    assert!(output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    for line in stderr.lines() {
        assert_eq!(line, "Syntax Error: Suspects object is wrong type (boolean)", "{}", file.display());
    }
}

/// The uncompressed objects of a PDF, for looking at its catalog and links.
fn pdf_objects(file: &Path) -> String {
    let plain = file.with_extension("qdf.pdf");
    let _ = tool("qpdf", &["--qdf", "--object-streams=disable", file.to_str().unwrap(), plain.to_str().unwrap()]);
    String::from_utf8_lossy(&std::fs::read(&plain).unwrap_or_default()).to_string()
}

#[test]
fn messy_page_typesets_with_closed_heading_levels_odd_links_and_made_up_alt_text() {
    let site = messy_site();
    let out = site.root().join("pdf");
    let output = site.cairn(&["pdf", "content/guide.md", "--lang", "en", "--out", out.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    // One grouped warning names every image left without a description, and only those.
    assert_eq!(stderr.matches("without alt text").count(), 1, "{stderr}");
    assert!(stderr.contains("2 images") && stderr.contains("/shots/login.svg") && stderr.contains("/shots/logout.svg"));
    for described in ["settings.svg", "divider.svg", "rule.svg"] {
        assert!(!stderr.contains(described), "{described} has a caption or is decorative: {stderr}");
    }
    let file = out.join("guide.en.pdf");
    assert_valid_pdf(&file);
    let Some(text) = text_of(&file) else { return };
    in_order(
        &text,
        &["Messy guide", "Starts deep", "the details", "us", "(mailto:help@example.org)", "nothing here", "Details"],
    );
    in_order(
        &text,
        &["the archive", "https://example.org/a/very/long", "Back to one", "Skipped again", "Closing text"],
    );
    // Short: the title block opens the first page, with the content under it.
    let info = String::from_utf8(tool("pdfinfo", &[file.to_str().unwrap()]).unwrap()).unwrap();
    assert!(info.contains("Pages:           1\n") || info.contains("Pages:           2\n"), "{info}");
    let first =
        String::from_utf8(tool("pdftotext", &["-f", "1", "-l", "1", file.to_str().unwrap(), "-"]).unwrap()).unwrap();
    in_order(&first, &["Messy guide", "Starts deep", "Intro text"]);
    // Headings print closed up under the title: H1 title, then 2, 3, 2, 3 (bookmarks nest).
    let objects = pdf_objects(&file);
    for (tag, count) in [("/H1", 1), ("/H2", 2), ("/H3", 2), ("/H4", 0)] {
        assert_eq!(objects.matches(&format!("/S {tag}\n")).count(), count, "{tag}");
    }
    // The same-page anchor is a link inside the PDF; the others are URIs.
    assert!(objects.contains("/S /GoTo") || objects.contains("/Dest"), "no internal link");
    for uri in ["mailto:help@example.org", "tel:+15555550100", "signal:+15555550100", "sms:+15555550100"] {
        assert!(objects.contains(&format!("/URI ({uri})")), "{uri}");
    }
    // Images: two described by caption/made-up text, two artifacts.
    assert!(objects.contains("Image: login.svg") && objects.contains("Figure 2: the settings screen"));
    // No word crosses the right margin (2 cm of an A4 page): long addresses break.
    let bbox = String::from_utf8(tool("pdftotext", &["-bbox", file.to_str().unwrap(), "-"]).unwrap()).unwrap();
    for word in bbox.lines().filter(|l| l.trim_start().starts_with("<word")) {
        let x_max: f64 = word.split("xMax=\"").nth(1).unwrap().split('"').next().unwrap().parse().unwrap();
        assert!(x_max <= 595.3 - 56.6 + 1.0, "overflows the margin: {word}");
    }
}

#[test]
fn strict_makes_missing_alt_text_an_error() {
    let site = messy_site();
    let output = site.cairn(&["pdf", "content/guide.md", "--lang", "en", "--strict"]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("error: the `en` handout of content/guide.md prints 2 images without alt text"),
        "{stderr}"
    );
}

#[test]
fn language_tags_set_typst_language_font_and_pdf_lang() {
    let site = messy_site();
    let out =
        pdf(&site, &["content/guide.md", "--lang", "zh-Hant", "--lang", "zh", "--lang", "pt-BR", "--lang", "sr-Latn"]);
    let expected = [
        ("zh-Hant", "從深處開始", Some("NotoSansCJKtc")),
        ("zh", "从深处开始", Some("NotoSansCJKsc")),
        ("pt-BR", "Começa fundo", None),
        ("sr-Latn", "Počinje duboko", None),
    ];
    for (lang, heading, font) in expected {
        let file = out.join(format!("guide.{lang}.pdf"));
        assert_valid_pdf(&file);
        let Some(text) = text_of(&file) else { return };
        let compact: String = text.split_whitespace().collect();
        assert!(compact.contains(&heading.replace(' ', "")), "{lang}: {text}");
        let meta = String::from_utf8(tool("pdfinfo", &["-meta", file.to_str().unwrap()]).unwrap()).unwrap();
        assert!(meta.contains(&format!(">{lang}<")), "{lang}: {meta}");
        assert!(pdf_objects(&file).contains(&format!("/Lang ({lang})")), "{lang}: catalog /Lang");
        if let Some(font) = font {
            let fonts = String::from_utf8(tool("pdffonts", &[file.to_str().unwrap()]).unwrap()).unwrap();
            let han: Vec<&str> = fonts.lines().filter(|l| l.contains("NotoSansCJK")).collect();
            assert!(!han.is_empty() && han.iter().all(|l| l.contains(font)), "{lang}: {fonts}");
        }
    }
}

#[test]
fn handouts_print_wide_images_from_their_960_px_copy() {
    let site = crate::images::site_with_pictures();
    let out = pdf(&site, &["content/guide/index.md", "--lang", "en"]);
    let file = out.join("guide.en.pdf");
    let Some(list) = tool("pdfimages", &["-list", file.to_str().unwrap()]) else { return };
    // `page num type width height ...`, after two header lines; a JPEG's copy stays a JPEG.
    let mut images: Vec<(u32, String)> = String::from_utf8_lossy(&list)
        .lines()
        .skip(2)
        .filter_map(|line| {
            let columns: Vec<&str> = line.split_whitespace().collect();
            Some((columns.get(3)?.parse().ok()?, columns.get(8)?.to_string()))
        })
        .collect();
    images.sort();
    let widths: Vec<u32> = images.iter().map(|(width, _)| *width).collect();
    assert_eq!(widths, [32, 960, 960], "{}", String::from_utf8_lossy(&list));
    assert!(images.iter().any(|(_, encoding)| encoding == "jpeg"), "{images:?}");
    assert_valid_pdf(&file);
}
