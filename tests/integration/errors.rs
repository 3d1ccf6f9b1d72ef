//! Bad input: clear errors with file and line, non-zero exit, and no damage to the output.

use crate::support::*;

const HOME: &str = "-- content/_index.md --\n+++\ntitle = \"Home\"\n+++\n";

#[test]
fn broken_links_and_anchors_name_file_and_line() {
    let site = TestSite::new(&format!(
        "{HOME}{}",
        r#"-- content/a.md --
+++
title = "A"
+++
## Here {#here}

[ok](b.md#there) [same page](#here)

[missing page](nope.md)

[missing anchor](b.md#nowhere) and [bad local](#elsewhere)
-- content/b.md --
+++
title = "B"
+++
## There {#there}
"#
    ));
    let errors = errors_of(site.build());
    assert!(errors.contains("broken link `nope.md`: no page content/nope.md\n  --> content/a.md:8"), "{errors}");
    assert!(
        errors.contains("warning: broken anchor `#nowhere` in link `b.md#nowhere`\n  --> content/a.md:10"),
        "{errors}"
    );
    assert!(
        errors.contains("warning: broken anchor `#elsewhere` in link `#elsewhere`\n  --> content/a.md:10"),
        "{errors}"
    );
    assert!(!errors.contains("b.md#there"), "{errors}");
}

#[test]
fn links_resolve_to_the_same_language_and_to_explicit_languages() {
    let site = TestSite::new(&format!(
        "{HOME}{}",
        r#"-- content/s/_index.md --
+++
title = "S"
+++
-- content/s/a.fr.md --
+++
title = "A"
original = "fr"
+++
[b](b.md) [b en anglais](b.en.md#x) [section](_index.md) [zola](@/s/b.md)
-- content/s/b.md --
+++
title = "B"
+++
## X {#x}
-- content/s/b.fr.md --
+++
title = "B fr"
+++
## X {#x}
"#
    ));
    site.built();
    let hrefs: Vec<String> =
        select(&site.html("fr/s/a/index.html"), ".content a").iter().map(|a| attr(*a, "href")).collect();
    assert_eq!(hrefs, ["../b/", "../../../s/b/#x", "../", "../b/"]);
    // The English site shows the French original of `a`, linking within the English site.
    let en_hrefs: Vec<String> =
        select(&site.html("s/a/index.html"), ".content a").iter().map(|a| attr(*a, "href")).collect();
    assert_eq!(en_hrefs, ["../b/", "../b/#x", "../", "../b/"]);
}

#[test]
fn front_matter_errors_name_key_file_and_line() {
    let site = TestSite::new(&format!(
        "{HOME}{}",
        "-- content/typo.md --\n+++\ntitle = \"T\"\ntitel = \"x\"\n+++\n-- content/type.md --\n---\ntitle: T\nweight: heavy\n---\n-- content/open.md --\n+++\ntitle = \"never closed\"\n"
    ));
    let errors = errors_of(site.build());
    assert!(
        errors.contains("unknown front-matter key `titel`\n  --> content/typo.md:3\n  hint: did you mean `title`?"),
        "{errors}"
    );
    assert!(
        errors.contains("wrong value for front-matter key `weight`") && errors.contains("content/type.md:3"),
        "{errors}"
    );
    assert!(errors.contains("front matter opened with `+++` is never closed\n  --> content/open.md:1"), "{errors}");
}

#[test]
fn unknown_contributor_is_an_error_with_a_suggestion() {
    let site = TestSite::new(&format!(
        "{HOME}-- content/p.md --\n+++\ntitle = \"P\"\nauthors = [\"amnia\"]\n+++\n## S {{authors=\"amina, nobody\"}}\n"
    ));
    let errors = errors_of(site.build());
    assert!(
        errors
            .contains("unknown contributor `amnia` in `authors`\n  --> content/p.md:3\n  hint: did you mean `amina`?"),
        "{errors}"
    );
    assert!(errors.contains("unknown contributor `nobody` in `authors`\n  --> content/p.md:5"), "{errors}");
}

#[test]
fn two_files_for_one_url_are_an_error_naming_both() {
    let site = TestSite::new(&format!(
        "{HOME}-- content/x.md --\n+++\ntitle = \"X\"\n+++\n-- content/x/index.md --\n+++\ntitle = \"X bundle\"\n+++\n"
    ));
    let errors = errors_of(site.build());
    assert!(errors.contains("would both be published at /x/"), "{errors}");
    assert!(errors.contains("`content/x.md`") && errors.contains("`content/x/index.md`"), "{errors}");
}

#[test]
fn template_syntax_error_names_the_template() {
    let site = TestSite::new(&format!(
        "{HOME}-- templates/page.html --\n{{% extends \"base.html\" %}}\n{{% block main %}}{{{{ oops( }}}}\n"
    ));
    let errors = errors_of(site.build());
    assert!(errors.contains("template error") && errors.contains("templates/page.html:2"), "{errors}");
}

#[test]
fn a_failed_build_leaves_the_previous_output_untouched() {
    let site = TestSite::new(&format!("{HOME}-- content/p.md --\n+++\ntitle = \"Good\"\n+++\n"));
    site.built();
    let before = snapshot(&site.out());
    site.write("content/p.md", "+++\ntitle = \"Bad\"\nweight = \"x\"\n+++\n");
    site.write("content/q.md", "+++\ntitle = \"New\"\n+++\n[x](missing.md)\n");
    let leftovers = || -> Vec<_> {
        std::fs::read_dir(site.root())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
            .filter(|n| n.contains("cairn-"))
            .collect()
    };
    assert!(site.build().is_err());
    assert_eq!(snapshot(&site.out()), before);
    assert!(leftovers().is_empty(), "temporary folders left behind: {:?}", leftovers());
    // Found once every page was rendered and written into the new folder: a remote image
    // in a strictly private handbook.
    site.write("content/p.md", "+++\ntitle = \"Good\"\n+++\n![x](https://x.example/a.png)\n");
    std::fs::remove_file(site.root().join("content/q.md")).unwrap();
    let config = std::fs::read_to_string(site.root().join("cairn.toml")).unwrap();
    site.write("cairn.toml", &format!("privacy = \"strict\"\n{config}"));
    let errors = errors_of(site.build());
    assert!(errors.contains("remote resource https://x.example/a.png"), "{errors}");
    assert_eq!(snapshot(&site.out()), before);
    assert!(leftovers().is_empty(), "temporary folders left behind: {:?}", leftovers());
}

#[test]
fn invalid_utf8_bom_crlf_and_empty_files() {
    let site = TestSite::new(HOME);
    site.write("content/crlf.md", "\u{feff}+++\r\ntitle = \"Windows\"\r\n+++\r\n\r\n## Heading\r\n");
    site.write("content/empty.md", "");
    std::fs::write(site.root().join("content/bad.md"), b"+++\ntitle = \"x\"\n+++\n\xff\xfe").unwrap();
    let errors = errors_of(site.build());
    assert!(errors.contains("file is not valid UTF-8\n  --> content/bad.md:4"), "{errors}");
    assert!(errors.contains("page has no title\n  --> content/empty.md:1"), "{errors}");
    std::fs::remove_file(site.root().join("content/bad.md")).unwrap();
    site.write("content/empty.md", "+++\ntitle = \"Empty\"\n+++\n");
    site.built();
    assert_eq!(text(one(&site.html("crlf/index.html"), ".content h2")), "Heading");
}

#[test]
fn refuses_to_replace_the_handbook_with_output() {
    let site = TestSite::new(HOME);
    for out in [site.root().to_path_buf(), site.root().join("content")] {
        let errors = errors_of(cairn::build(site.root(), &out, &Default::default()));
        assert!(errors.contains("refusing to use"), "{errors}");
    }
    assert!(site.root().join("content/_index.md").exists());
    let errors = errors_of(cairn::build(site.root(), std::path::Path::new("/"), &Default::default()));
    assert!(errors.contains("refusing to use /"), "{errors}");
}

#[test]
fn refuses_to_replace_a_folder_cairn_did_not_write() {
    let site = TestSite::new(HOME);
    let out = site.root().join("mine");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("notes.txt"), "my own notes").unwrap();
    let errors = errors_of(cairn::build(site.root(), &out, &Default::default()));
    assert!(errors.contains("refusing to replace") && errors.contains("cairn did not write"), "{errors}");
    assert_eq!(std::fs::read_to_string(out.join("notes.txt")).unwrap(), "my own notes");
    // An empty folder, and cairn's own output, are fine.
    let empty = site.root().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    cairn::build(site.root(), &empty, &Default::default()).unwrap();
    assert!(empty.join(".cairn-output").is_file());
    cairn::build(site.root(), &empty, &Default::default()).unwrap();
}
