//! Translation through gettext PO catalogues: extract, merge across source edits, builds
//! that use translated units and fall back visibly, robustness, byte-stable round trips.

use crate::support::*;

const SITE: &str = r#"
-- content/_index.md --
+++
title = "Home"
+++
-- content/guide.md --
+++
title = "Guide"
description = "How to do it."
+++
Intro with *emphasis* and a [link](other.md).

## One {#one}

First.

## Two {#two}

- Item a
- Item b

| Head | Col |
|------|-----|
| cell | two |
-- content/other.md --
+++
title = "Other"
+++
Other text.
"#;

fn extract(site: &TestSite) -> String {
    let output = site.cairn(&["i18n", "extract", "--lang", "fr"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    site.read_source("po/fr.po")
}

/// Sets the translation of the entry with this (one-line) msgid, as a platform would.
fn translate(po: &str, msgid: &str, msgstr: &str, fuzzy: bool) -> String {
    let block = format!("msgid \"{msgid}\"\nmsgstr \"\"\n");
    assert!(po.contains(&block), "no entry {msgid}:\n{po}");
    let translated = format!("msgid \"{msgid}\"\nmsgstr \"{msgstr}\"\n");
    let po = po.replacen(&block, &translated, 1);
    if !fuzzy {
        return po;
    }
    let at = po.find(&translated).unwrap();
    let start = po[..at].rfind("\n\n").unwrap() + 2;
    let mut out = po.clone();
    let flags_at = po[start..at].find("msgctxt").unwrap() + start;
    out.insert_str(flags_at, "#, fuzzy\n");
    out
}

fn translated_site() -> TestSite {
    let site = TestSite::new(SITE);
    let mut po = extract(&site);
    po = translate(&po, "Guide", "Guide FR", false);
    po = translate(
        &po,
        "Intro with <1>emphasis</1> and a <2>link</2>.",
        "Intro avec <1>emphase</1> et un <2>lien</2>.",
        false,
    );
    po = translate(&po, "One", "Un", false);
    po = translate(&po, "First.", "Premier.", false);
    po = translate(&po, "Item a", "Élément a", true);
    site.write("po/fr.po", &po);
    site
}

#[test]
fn extract_writes_one_entry_per_unit_with_context_references_and_placeholders() {
    let site = TestSite::new(SITE);
    let po = extract(&site);
    let pot = site.read_source("po/messages.pot");
    assert!(pot.contains("#. paragraph\n#. <1>…</1>: emphasis\n#. <2>…</2>: link\n#: content/guide.md:5\nmsgctxt \"guide\"\nmsgid \"Intro with <1>emphasis</1> and a <2>link</2>.\"\nmsgstr \"\"\n"), "{pot}");
    for (context, msgid) in [
        ("guide:title", "Guide"),
        ("guide:description", "How to do it."),
        ("guide#one", "One"),
        ("guide#one", "First."),
        ("guide#two", "Item b"),
        ("guide#two", "Head"),
        ("guide#two", "cell"),
        ("other", "Other text."),
    ] {
        assert!(
            po.contains(&format!("msgctxt \"{context}\"\nmsgid \"{msgid}\"\nmsgstr \"\"\n")),
            "{context} {msgid}:\n{po}"
        );
    }
    assert!(
        po.contains("\"Language: fr\\n\"\n") && po.contains("\"Plural-Forms: nplurals=2; plural=(n > 1);\\n\"\n"),
        "{po}"
    );
    assert!(!po.contains("POT-Creation-Date"), "no timestamps: identical input, identical output");
}

#[test]
fn translated_units_replace_the_source_and_the_rest_falls_back_visibly() {
    let site = translated_site();
    let built = site.built();
    let html = site.html("fr/guide/index.html");
    assert_eq!(text(one(&html, "h1")), "Guide FR");
    let intro = select(&html, "p").into_iter().find(|p| text(*p).contains("Intro avec")).expect("translated intro");
    assert_eq!(text(one_in(intro, "em")), "emphase");
    assert_eq!(attr(one_in(intro, "a"), "href"), "../other/");
    assert_eq!(text(one(&html, "h2#one")), "Un");
    assert!(select(&html, "p").iter().any(|p| text(*p) == "Premier."));
    // The fuzzy item and the untranslated ones show the source, marked as English.
    let items: Vec<String> = select(&html, "li span[lang=\"en\"][dir=\"ltr\"]").iter().map(|s| text(*s)).collect();
    assert_eq!(items, ["Item a", "Item b"]);
    assert!(!html.html().contains("Élément"), "fuzzy translations are not published");
    assert!(select(&html, "td span[lang=\"en\"]").iter().any(|s| text(*s) == "cell"));
    // Section two is outdated; the notice and the status say so.
    assert_eq!(select(&html, ".outdated-notice").len(), 1);
    let status = site.cairn(&["i18n", "status", "--lang", "fr", "--format", "json"]);
    let status: serde_json::Value = serde_json::from_slice(&status.stdout).unwrap();
    let outdated = status[0]["outdated_pages"].as_array().unwrap();
    assert_eq!(outdated.len(), 1, "{status}");
    assert_eq!(outdated[0]["changes"]["changed"], serde_json::json!(["two"]));
    assert!(status[0]["missing_pages"].as_array().unwrap().iter().any(|p| p["title"] == "Other"));
    let catalogue = &status[0]["catalogue"];
    assert_eq!((&catalogue["file"], &catalogue["translated"]["entries"]), (&"po/fr.po".into(), &4.into()), "{status}");
    assert_eq!((&catalogue["fuzzy"]["entries"], &catalogue["fuzzy"]["words"]), (&1.into(), &2.into()));
    // Unit by unit, as translators count.
    let table = String::from_utf8_lossy(&site.cairn(&["i18n", "status", "--lang", "fr"]).stdout).to_string();
    assert!(table.contains("po/fr.po: 4 entries (9 words) translated, 1 (2 words) fuzzy, "), "{table}");
    assert!(render(&built.warnings).contains("1 translations outdated") || !render(&built.warnings).contains("error"));
}

fn one_in<'a>(element: scraper::ElementRef<'a>, selector: &str) -> scraper::ElementRef<'a> {
    let selector = scraper::Selector::parse(selector).unwrap();
    element.select(&selector).next().unwrap_or_else(|| panic!("no {selector:?} in {}", element.html()))
}

#[test]
fn editing_a_paragraph_makes_exactly_that_entry_fuzzy_with_the_previous_msgid() {
    let site = translated_site();
    let before = site.read_source("po/fr.po");
    assert_eq!(extract(&site), before, "extracting again changes nothing");
    site.write("content/guide.md", &site.read_source("content/guide.md").replace("First.", "First, revised."));
    let after = extract(&site);
    let changed: Vec<(&str, &str)> = before.split("\n\n").zip(after.split("\n\n")).filter(|(a, b)| a != b).collect();
    assert_eq!(before.split("\n\n").count(), after.split("\n\n").count());
    assert_eq!(changed.len(), 1, "{changed:?}");
    assert_eq!(
        changed[0].1,
        "#. paragraph\n#: content/guide.md:9\n#, fuzzy\n#| msgid \"First.\"\nmsgctxt \"guide#one\"\nmsgid \"First, revised.\"\nmsgstr \"Premier.\""
    );
    // Until reviewed, the build shows the source for it.
    site.built();
    let html = site.html("fr/guide/index.html");
    assert!(select(&html, "p span[lang=\"en\"]").iter().any(|s| text(*s) == "First, revised."));
    // A removed unit becomes obsolete, keeping its translation for later.
    site.write(
        "content/guide.md",
        &site.read_source("content/guide.md").replace("## One {#one}\n\nFirst, revised.\n", ""),
    );
    let po = extract(&site);
    assert!(po.contains("#~ msgctxt \"guide#one\"\n#~ msgid \"One\"\n#~ msgstr \"Un\"\n"), "{po}");
    // Put back, it is translated again.
    site.write(
        "content/guide.md",
        &site.read_source("content/guide.md").replace("## Two {#two}", "## One {#one}\n\n## Two {#two}"),
    );
    let po = extract(&site);
    assert!(
        po.contains("msgctxt \"guide#one\"\nmsgid \"One\"\nmsgstr \"Un\"\n") && !po.contains("#~ msgid \"One\""),
        "{po}"
    );
}

#[test]
fn reflowing_and_restyling_the_source_changes_no_entry() {
    let site = translated_site();
    let without_references = |po: &str| po.lines().filter(|l| !l.starts_with("#:")).collect::<Vec<_>>().join("\n");
    let before = without_references(&site.read_source("po/fr.po"));
    let source = site.read_source("content/guide.md");
    let reflowed = source
        .replace("Intro with *emphasis* and a [link](other.md).", "Intro   with _emphasis_\nand a\n[link](other.md).")
        .replace("- Item", "* Item")
        .replace("\n\n## One {#one}", "\n\n\n## One    {#one}")
        .replace("| cell | two |", "|cell|two|");
    assert_ne!(reflowed, source);
    site.write("content/guide.md", &reflowed);
    assert_eq!(without_references(&extract(&site)), before);
}

#[test]
fn a_broken_placeholder_is_a_warning_and_the_rest_of_the_language_builds() {
    let site = translated_site();
    let po = site
        .read_source("po/fr.po")
        .replace("Intro avec <1>emphase</1> et un <2>lien</2>.", "Intro avec <1>emphase et un <2>lien</2>.");
    site.write("po/fr.po", &po);
    let built = site.built();
    let warnings = render(&built.warnings);
    assert!(
        warnings.contains("po/fr.po:") && warnings.contains("entry `guide` \"Intro with <1>emphasis</1>"),
        "{warnings}"
    );
    let html = site.html("fr/guide/index.html");
    assert_eq!(text(one(&html, "h1")), "Guide FR");
    assert!(select(&html, "p span[lang=\"en\"]").iter().any(|s| text(*s).starts_with("Intro with emphasis")));
    assert!(select(&html, "p").iter().any(|p| text(*p) == "Premier."));

    // A catalogue that is not PO at all is an error naming the file and line.
    site.write("po/fr.po", &format!("{po}\nmsgid \"unterminated\nmsgstr \"\"\n"));
    let errors = errors_of(site.build());
    assert!(errors.contains("po/fr.po:") && errors.contains("malformed PO catalogue"), "{errors}");
}

#[test]
fn a_translated_file_wins_over_the_catalogue_with_a_warning() {
    let site = translated_site();
    site.add("-- content/guide.fr.md --\n+++\ntitle = \"Guide (fichier)\"\n+++\nTexte.\n");
    let built = site.built();
    assert!(render(&built.warnings).contains("translated both as a file and in po/fr.po"));
    assert_eq!(text(one(&site.html("fr/guide/index.html"), "h1")), "Guide (fichier)");
}

#[test]
fn a_catalogue_written_by_a_translation_platform_round_trips_byte_for_byte() {
    let site = translated_site();
    let po = site.read_source("po/fr.po");
    let body = &po[po.find("\n\n").unwrap()..];
    let header = "# French translation of the guide.\n# Copyright (C) 2026 The authors\n# Lucie <lucie@example.org>, 2026.\n#\nmsgid \"\"\nmsgstr \"\"\n\"Project-Id-Version: Guide\\n\"\n\"Report-Msgid-Bugs-To: \\n\"\n\"POT-Creation-Date: 2026-01-01 00:00+0000\\n\"\n\"PO-Revision-Date: 2026-02-03 10:11+0000\\n\"\n\"Last-Translator: Lucie <lucie@example.org>\\n\"\n\"Language-Team: French <https://hosted.weblate.org/projects/guide/fr/>\\n\"\n\"Language: fr\\n\"\n\"MIME-Version: 1.0\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Content-Transfer-Encoding: 8bit\\n\"\n\"Plural-Forms: nplurals=2; plural=n > 1;\\n\"\n\"X-Generator: Weblate 5.4\\n\"";
    // A long translation, wrapped as gettext (msgcat 0.21) wraps it.
    let body = body.replace(
        "msgstr \"Intro avec <1>emphase</1> et un <2>lien</2>.\"",
        "msgstr \"\"\n\"Une introduction avec <1>emphase</1> et un <2>lien</2> : c’est une phrase \"\n\"assez longue pour être coupée — là où gettext la coupe, pas ailleurs.\"",
    );
    let body = body.replace(
        "#. paragraph\n#: content/guide.md:9\n",
        "# Translator note kept as written.\n#. paragraph\n#: content/guide.md:9\n",
    );
    let body = body.replace(
        "msgctxt \"guide#one\"\nmsgid \"First.\"",
        "#, fuzzy\n#| msgid \"First\"\nmsgctxt \"guide#one\"\nmsgid \"First.\"",
    );
    let platform = format!("{header}{body}\n#~ msgctxt \"guide#old\"\n#~ msgid \"Gone\"\n#~ msgstr \"Parti\"\n");
    site.write("po/fr.po", &platform);
    assert_eq!(extract(&site), platform);
    // And the long translation is used.
    site.built();
    assert!(text(one(&site.html("fr/guide/index.html"), "main")).contains("assez longue pour être coupée"));
}

#[test]
fn the_example_handbook_translates_spanish_through_its_catalogue() {
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let scratch = tempfile::tempdir().unwrap();
    let root = copy_of_example(scratch.path());
    // The committed catalogue is current: extracting again changes no byte.
    let committed = std::fs::read_to_string(repo.join("po/es.po")).unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_cairn"))
        .args(["--root", root.to_str().unwrap(), "i18n", "extract", "--lang", "es"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(std::fs::read_to_string(root.join("po/es.po")).unwrap(), committed);
    assert!(!root.join("content/playbooks/rapid-response.es.md").exists(), "Spanish comes from po/es.po");

    let out = scratch.path().join("public");
    cairn::build(&root, &out, &Default::default()).unwrap_or_else(|d| panic!("{}", render(&d)));
    let page = |path: &str| scraper::Html::parse_document(&std::fs::read_to_string(out.join(path)).unwrap());
    let rapid = page("es/playbooks/rapid-response/index.html");
    assert_eq!(text(one(&rapid, "h1")), "Redes de respuesta rápida");
    assert!(text(one(&rapid, "main")).contains("Lucía Fernández Achá"), "the catalogue credits its translator");
    // Reviewers are credited on the pages they reviewed, as the translation files did.
    assert!(text(one(&rapid, "main")).contains("Tomás Quispe Villca"));
    // A link the translation gives its own address (the licence deed in Spanish).
    let about = page("es/about/index.html");
    let licence = select(&about, "main a").into_iter().find(|a| text(*a).contains("Atribución-CompartirIgual"));
    assert_eq!(attr(licence.expect("licence link"), "href"), "https://creativecommons.org/licenses/by-sa/4.0/deed.es");
    let security = page("es/training/digital-security/index.html");
    assert!(!text(one(&security, "main")).contains("Tomás Quispe Villca"));
    for path in ["es/index.html", "es/playbooks/rapid-response/index.html", "es/training/digital-security/index.html"] {
        assert!(select(&page(path), "main span[lang=\"en\"]").is_empty(), "{path} is fully translated");
    }
    // The one list item added to the original after the Spanish translation shows in English,
    // marked as such, with the outdated notice.
    let consent = page("es/playbooks/consent-based-collaboration/index.html");
    let english: Vec<String> = select(&consent, "main li span[lang=\"en\"]").iter().map(|s| text(*s)).collect();
    assert_eq!(english.len(), 1, "{english:?}");
    assert!(english[0].starts_with("when the plan is reviewed again"));
    assert_eq!(select(&consent, ".outdated-notice").len(), 1);
}

const FILE_TRANSLATED: &str = r#"
-- cairn.toml --
title = "Moving"
base_url = "https://hb.example.org/"
[languages.en]
name = "English"
[languages.fr]
name = "Français"
-- contributors.toml --
[amina]
name = "Amina Translator"
credit = "name"
[jo]
name = "Jo Reviewer"
credit = "name"
-- content/_index.md --
+++
title = "Home"
+++
Welcome.
-- content/_index.fr.md --
+++
title = "Accueil"
translators = ["amina"]
+++
Bienvenue.
-- content/guide.md --
+++
title = "Guide"
+++
Intro with *emphasis*.

## One {#one}

First.
-- content/guide.fr.md --
+++
title = "Guide FR"
translators = ["amina"]
reviewers = ["jo"]
+++
Intro avec *emphase*.

## Un {#one}

Premier.
"#;

#[test]
fn moving_from_files_to_a_catalogue_keeps_every_page_and_its_credits_as_readers_saw_them() {
    let site = TestSite::new(FILE_TRANSLATED);
    site.built();
    let main_of = |path: &str| text(one(&site.html(path), "main"));
    let pages = ["fr/index.html", "fr/guide/index.html"];
    let from_files: Vec<String> = pages.iter().map(|p| main_of(p)).collect();
    assert!(from_files[1].contains("Jo Reviewer") && !from_files[0].contains("Jo Reviewer"));

    let output = site.cairn(&["i18n", "extract", "--lang", "fr", "--from-files"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let po = site.read_source("po/fr.po");
    // Credited on every file: the whole catalogue; on some files: those pages.
    assert!(po.contains("\"X-Cairn-Translators: amina\\n\""), "{po}");
    assert!(po.contains("\"X-Cairn-Reviewers: jo (guide)\\n\""), "{po}");
    std::fs::remove_file(site.root().join("content/_index.fr.md")).unwrap();
    std::fs::remove_file(site.root().join("content/guide.fr.md")).unwrap();
    site.built();
    let from_catalogue: Vec<String> = pages.iter().map(|p| main_of(p)).collect();
    assert_eq!(from_catalogue, from_files);
}

#[test]
fn a_credit_scoped_to_a_page_that_does_not_exist_is_a_warning_naming_the_catalogue() {
    let site = TestSite::new(FILE_TRANSLATED);
    let output = site.cairn(&["i18n", "extract", "--lang", "fr", "--from-files"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let po = site.read_source("po/fr.po").replace("jo (guide)", "jo (guides)");
    site.write("po/fr.po", &po);
    std::fs::remove_file(site.root().join("content/guide.fr.md")).unwrap();
    let built = site.built();
    let warnings = render(&built.warnings);
    assert!(warnings.contains("po/fr.po") && warnings.contains("`guides`, which is no page"), "{warnings}");
    assert!(!text(one(&site.html("fr/guide/index.html"), "main")).contains("Jo Reviewer"));
}
