//! Offline search: the index, the Rust reference and its JavaScript twin, the browser UI.

use crate::support::*;

const SITE: &str = r#"
-- content/_index.md --
+++
title = "Home"
+++
Welcome to the handbook.
-- content/security.md --
+++
title = "Digital security"
description = "Phones, chats and downloads"
+++
Intro about threat models.

## Verify downloads {#verify}

Check the checksum of every download. Released in 2019.

## Safe meetings {#meetings}

Meet where people feel safe.
-- content/security.fr.md --
+++
title = "Sécurité numérique"
+++
## Vérifier les téléchargements {#verify}

Vérifiez la somme de contrôle de l'élève et de chaque téléchargement.

## Réunions sûres {#meetings}

Se réunir là où l'on se sent en sécurité.
-- content/security.ar.md --
+++
title = "الأمان الرقمي"
+++
## التحقق من التنزيلات {#verify}

تحقَّقْ مِنَ المَجْمُوعِ الاختباريّ لكل تنزيل في المنظّمة.

## اجتماعات آمنة {#meetings}

اجتمعوا حيث يشعر الناس بالأمان.
-- content/english-only.md --
+++
title = "Funding"
+++
A mutual aid fund pays for bail and rent.
-- content/secret.md --
+++
title = "Secret"
draft = true
+++
glorptangle
"#;

fn site() -> TestSite {
    let site = TestSite::new(SITE);
    site.write("cairn.toml", &format!("{}[languages.zh]\nname = \"中文\"\n", site.read_source("cairn.toml")));
    site.write(
        "content/security.zh.md",
        "+++\ntitle = \"数字安全\"\n+++\n## 核对下载 {#verify}\n\n核对每个下载文件的校验和。\n\n## 更安全的会议 {#meetings}\n\n欢迎使用本手册，在安全的地方开会。\n",
    );
    site.built();
    site
}

fn rust_results(site: &TestSite, lang: &str, query: &str) -> Vec<String> {
    cairn::search_built_site(site.root(), &site.out(), Some(lang), query, 10)
        .unwrap()
        .into_iter()
        .map(|p| p.url)
        .collect()
}

const QUERIES: &[(&str, &[&str])] = &[
    ("en", &["checksum", "download", "safe meet", "2019", "threat", "mutual aid", "zzz"]),
    ("fr", &["sécurité", "securite", "eleve", "l'élève", "téléchargement", "telechargements", "reunions", "funding"]),
    ("ar", &["التحقق", "المجموع", "المَجْمُوعِ", "منظمة", "المنظمة", "الامان"]),
    ("zh", &["安全", "校验和", "欢迎使用本手册", "下载", "会议"]),
];

#[test]
fn rust_and_javascript_rank_the_same_results() {
    let site = site();
    for (lang, queries) in QUERIES {
        let dir = site.out().join("search");
        let mut args = vec![dir.to_str().unwrap(), lang, "10"];
        args.extend_from_slice(queries);
        let Some(js) = node_script("query.mjs", &args) else { return };
        for (i, query) in queries.iter().enumerate() {
            let rust = rust_results(&site, lang, query);
            let from_js: Vec<String> = serde_json::from_value(js["results"][i].clone()).unwrap();
            assert_eq!(from_js, rust, "{lang} query {query:?}");
        }
    }
}

#[test]
fn normalization_finds_accents_tashkeel_elisions_and_chinese() {
    let site = site();
    let first = |lang: &str, query: &str| rust_results(&site, lang, query).first().cloned().unwrap_or_default();
    assert_eq!(first("fr", "securite"), first("fr", "sécurité"));
    assert_eq!(first("fr", "eleve"), "fr/security/#verify", "l'élève is found as élève");
    assert_eq!(first("ar", "المجموع"), "ar/security/#verify", "tashkeel ignored in the text");
    assert_eq!(first("ar", "المَجْمُوعِ"), "ar/security/#verify", "and in the query");
    assert_eq!(first("ar", "المنظمة"), "ar/security/#verify", "ta marbuta unified");
    assert_eq!(first("zh", "校验和"), "zh/security/#verify", "Chinese without spaces");
    assert_eq!(first("zh", "欢迎使用本手册"), "zh/security/#meetings");
    assert_eq!(first("en", "2019"), "security/#verify", "numbers are searchable");
    assert_eq!(first("en", "threat"), "security/", "the introduction is a result too");
}

#[test]
fn fallbacks_are_labelled_and_drafts_never_indexed() {
    let site = site();
    let results = cairn::search_built_site(site.root(), &site.out(), Some("fr"), "funding", 5).unwrap();
    assert_eq!(results[0].url, "fr/english-only/");
    assert!(results[0].meta.fallback && results[0].meta.lang == "en", "{:?}", results[0]);
    for lang in ["en", "fr", "ar", "zh"] {
        assert!(rust_results(&site, lang, "glorptangle").is_empty());
    }
    for (path, bytes) in snapshot(&site.out().join("search")) {
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains("glorptangle") && !text.contains("Secret"), "{path}");
    }
}

#[test]
fn index_pieces_are_reproducible_and_reassemble_into_tinysearch_storage() {
    let (a, b) = (site(), site());
    assert_eq!(snapshot(&a.out().join("search")), snapshot(&b.out().join("search")));
    let built = a.built();
    for lang in ["en", "fr", "ar", "zh"] {
        let bytes = cairn::search::index_bytes(&built.site, lang);
        tinysearch::Storage::from_bytes(&bytes).expect("tinysearch reads the index");
        let pieces = cairn::search::pieces(&bytes);
        let manifest: cairn::search::Manifest = serde_json::from_value(pieces[0].1.clone()).unwrap();
        let decode = |v: &serde_json::Value| {
            use base64::Engine;
            base64::engine::general_purpose::STANDARD.decode(v.as_str().unwrap()).unwrap()
        };
        let (mut vocabulary, mut postings, mut posts) = (Vec::new(), Vec::new(), Vec::new());
        for (piece, value) in &pieces[1..] {
            match piece {
                cairn::search::Piece::Chunk(_) => {
                    vocabulary.push(value[0].as_str().unwrap().to_string());
                    postings.extend(decode(&value[1]));
                }
                cairn::search::Piece::Fragment(_) => posts.extend(decode(value)),
                cairn::search::Piece::Manifest => unreachable!(),
            }
        }
        let layout = cairn::search::query::layout(&bytes).unwrap();
        assert_eq!(manifest.posts, layout.posts.len());
        let vocabulary = vocabulary.join("\n") + "\n";
        let tail = [leb(manifest.terms), leb(vocabulary.len()), vocabulary.into_bytes(), postings].concat();
        assert!(bytes.ends_with(&tail), "{lang}: vocabulary and postings pieces are the storage's own bytes");
        let posts_start = layout.posts[0].start;
        assert_eq!(&bytes[posts_start..posts_start + posts.len()], &posts[..], "{lang}: posts pieces too");
    }
}

fn leb(mut value: usize) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return out;
        }
        out.push(byte | 0x80);
    }
}

#[test]
fn search_command_reports_results_and_malformed_indexes() {
    let site = site();
    let output = site.cairn(&["search", "téléchargement", "--lang", "fr", "--json", "--limit", "1"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let results: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(results[0]["url"], "fr/security/#verify");
    assert_eq!(results[0]["title"], "Sécurité numérique › Vérifier les téléchargements");
    site.write("public/search/fr/c0.js", "(window.cairnSearchChunks = {})[\"fr/0\"] = [\"a\", \"!!!\"];\n");
    let output = site.cairn(&["search", "reunion", "--lang", "fr"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("error: malformed search index") && stderr.contains("public/search/fr"), "{stderr}");
    assert!(stderr.contains("rebuild the site"), "{stderr}");
}

#[test]
fn search_box_works_in_chromium_from_file_urls() {
    let site = site();
    let url = format!("file://{}", site.out().join("fr/english-only/index.html").display());
    let Some(result) = node_script("search.mjs", &[&url, "telechargement"]) else { return };
    let expected = format!("file://{}", site.out().join("fr/security/index.html#verify").display());
    assert_eq!(result["results"][0], expected, "{result}");
    assert_eq!(result["expanded"], "true");
    assert_eq!(result["status"], "1 résultat");
    assert_eq!(result["marks"][0], "téléchargement", "query terms are highlighted in the excerpt");
    assert_eq!(result["selected"], "../../fr/security/index.html#verify", "arrow keys select results");
    assert_eq!(result["landed"], expected, "Enter opens the selected result");
    assert_eq!(result["errors"], serde_json::json!([]));
    // In Arabic, right to left.
    let url = format!("file://{}", site.out().join("ar/index.html").display());
    let result = node_script("search.mjs", &[&url, "التنزيلات"]).unwrap();
    assert!(result["results"][0].as_str().unwrap().ends_with("ar/security/index.html#verify"), "{result}");
}

#[test]
fn without_javascript_the_search_box_stays_hidden() {
    let site = site();
    let page = site.html("index.html");
    let form = one(&page, "form[role=search]");
    assert!(form.value().attr("hidden").is_some(), "no half-working box without JavaScript");
    assert!(text(one(&site.html("search/index.html"), "noscript")).contains("JavaScript"));
}
