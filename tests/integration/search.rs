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
    let config = site.read_source("cairn.toml");
    site.write(
        "cairn.toml",
        &format!(
            "{config}[languages.zh]\nname = \"中文\"\n[languages.fa]\nname = \"فارسی\"\n[languages.my]\nname = \"မြန်မာ\"\n[languages.hi]\nname = \"हिन्दी\"\n[languages.he]\nname = \"עברית\"\n"
        ),
    );
    // Burmese and Hindi: words hold marks (asat, virama) that are not letters.
    site.write(
        "content/security.my.md",
        "+++\ntitle = \"ဒစ်ဂျစ်တယ် လုံခြုံရေး\"\n+++\n## ကွန်ရက် စစ်ဆေးပါ {#verify}\n\nဒေါင်းလုဒ် တိုင်းကို စစ်ဆေးပါ။\n",
    );
    site.write(
        "content/security.hi.md",
        "+++\ntitle = \"डिजिटल सुरक्षा\"\n+++\n## डाउनलोड की जाँच {#verify}\n\nहर डाउनलोड का चेकसम जाँचें।\n",
    );
    // Hebrew with niqqud, as children's and liturgical texts are written.
    site.write(
        "content/security.he.md",
        "+++\ntitle = \"אַבְטָחָה דִּיגִיטָלִית\"\n+++\n## בְּדִיקַת הוֹרָדוֹת {#verify}\n\nבִּדְקוּ כָּל הוֹרָדָה.\n",
    );
    // Persian, in its own letters (ی, ک) and with a zero-width non-joiner in می‌خواهم.
    site.write(
        "content/security.fa.md",
        "+++\ntitle = \"امنیت دیجیتال\"\n+++\n## بررسی دانلودها {#verify}\n\nمی\u{200C}خواهم کلید را بررسی کنم.\n",
    );
    site.write(
        "content/security.zh.md",
        "+++\ntitle = \"数字安全\"\n+++\n## 核对下载 {#verify}\n\n核对每个下载文件的校验和。\n\n## 更安全的会议 {#meetings}\n\n欢迎使用本手册，在安全的地方开会。\n",
    );
    site.built();
    site
}

/// The URLs of each hit and of the sections folded under it, then `+N` when N more are.
fn rust_results(site: &TestSite, lang: &str, query: &str) -> Vec<String> {
    let mut urls = Vec::new();
    for hit in cairn::search_built_site(site.root(), &site.out(), Some(lang), query, 10).unwrap() {
        urls.extend(hit.urls().map(str::to_string));
        urls.extend((hit.more > 0).then(|| format!("+{}", hit.more)));
    }
    urls
}

const QUERIES: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "checksum",
            "download",
            "safe meet",
            "2019",
            "threat",
            "mutual aid",
            "zzz",
            "checking",
            "meeting safely",
            "checksu",
        ],
    ),
    ("fr", &["sécurité", "securite", "eleve", "l'élève", "téléchargement", "telechargements", "reunions", "funding"]),
    ("ar", &["التحقق", "المجموع", "المَجْمُوعِ", "منظمة", "المنظمة", "الامان"]),
    ("zh", &["安全", "校验和", "欢迎使用本手册", "下载", "会议"]),
    ("fa", &["میخواهم", "ميخواهم", "می\u{200C}خواهم", "كليد", "کلید", "بررسی", "امنیت"]),
    ("my", &["ကွန်ရက်", "လုံခြုံရေး", "ကွန်", "ဒေါင်းလုဒ်"]),
    ("hi", &["सुरक्षा", "डाउनलोड", "सुरक", "जाँच"]),
    ("he", &["בדיקת", "בְּדִיקַת", "הורדה", "אבטחה"]),
];

#[test]
fn rust_and_javascript_rank_the_same_results() {
    let site = site();
    let scoring = scoring_site();
    let sites = QUERIES.iter().map(|q| (&site, q)).chain(SCORING_QUERIES.iter().map(|q| (&scoring, q)));
    for (site, (lang, queries)) in sites {
        let dir = site.out().join("search");
        let mut args = vec![dir.to_str().unwrap(), lang, "10"];
        args.extend_from_slice(queries);
        let Some(js) = node_script("query.mjs", &args) else { return };
        for (i, query) in queries.iter().enumerate() {
            let rust = rust_results(site, lang, query);
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
    assert_eq!(first("en", "checksu"), "security/#verify", "the last word of a query is also a prefix");
    assert!(rust_results(&site, "en", "checksu meet").iter().all(|u| u != "security/#verify"), "earlier words are not");
    assert_eq!(first("en", "checking"), "security/#verify", "words are stemmed: checking finds Check");
    assert_eq!(first("en", "meeting safely"), "security/#meetings", "and meeting finds Meet");
    assert_eq!(first("fr", "reunion"), "fr/security/#meetings", "in French too");
    assert_eq!(first("en", "meetin"), "security/#meetings", "an unfinished word longer than its stem (meet)");
    assert_eq!(first("my", "ကွန်ရက်"), "my/security/#verify", "Burmese words keep their asat");
    assert_eq!(first("hi", "सुरक्षा"), "hi/security/", "Hindi words keep their virama");
    assert_eq!(first("he", "בדיקת"), "he/security/#verify", "Hebrew niqqud ignored in the text");
    assert_eq!(first("he", "בְּדִיקַת"), "he/security/#verify", "and in the query");
}

#[test]
fn persian_letter_variants_and_zwnj_match() {
    let site = site();
    // Arabic yeh and kaf (ي, ك) for Persian ی, ک; with and without the ZWNJ.
    for query in ["میخواهم", "ميخواهم", "می\u{200C}خواهم", "كليد", "کلید"] {
        assert_eq!(rust_results(&site, "fa", query), ["fa/security/#verify"], "{query}");
    }
}

/// Pages built to tell scores apart: each pair would tie (or rank the other way) in site
/// order without the rule under test.
const SCORING: &str = r#"
-- content/a-tools.md --
+++
title = "Tools"
weight = 1
+++
Every checksum tool computes a checksum: compare the checksum before you trust a file.

## Scattered {#scattered}

Rapid tests are cheap. Teams often write long reports later about their response.

## Managers {#managers}

Password managers store a password for each site.
-- content/b-checksum.md --
+++
title = "Checksum"
weight = 2
+++
What a file should hash to.

## Phrase {#phrase}

Teams often write long reports later about a rapid response that helps cheap tests.
-- content/c-passwords.md --
+++
title = "Why password matters"
weight = 3
+++
One password per site.

## Reuse {#reuse}

A reused password leaks twice.

## Length {#length}

A long password resists guessing.

## Phrases {#phrases}

A password made of words is easy to type.

## Sharing {#sharing}

Share a password only through the manager.

## Changing {#changing}

Change a password after a breach.
-- content/d-device.md --
+++
title = "Device device local"
weight = 4
+++
Notes kept on one phone.
-- content/e-local.md --
+++
title = "Local groups"
weight = 5
+++
Groups near you.

## Device local {#device-local}

A local device, a device kept local: device local rules for every local device.
"#;

fn scoring_site() -> TestSite {
    let site = TestSite::new(SCORING);
    site.built();
    site
}

const SCORING_QUERIES: &[(&str, &[&str])] = &[(
    "en",
    &[
        "checksum",
        "rapid response",
        "rapid",
        "response",
        "password",
        "passw",
        "cheap tests",
        "file",
        "device device local",
    ],
)];

#[test]
fn a_title_match_beats_body_matches() {
    let site = scoring_site();
    // "Tools" says checksum three times in its introduction, before "Checksum" in site order.
    assert_eq!(rust_results(&site, "en", "checksum")[..2], ["b-checksum/", "a-tools/"]);
}

#[test]
fn a_page_titled_with_every_query_word_comes_first() {
    let site = scoring_site();
    // "Local groups" has a section headed "Device local" whose words recur side by side, while
    // the title "Device device local" repeats a word, so its words are not adjacent.
    let results = rust_results(&site, "en", "Device device local");
    assert_eq!(results[0], "d-device/", "{results:?}");
    assert!(results.contains(&"e-local/#device-local".to_string()), "{results:?}");
}

#[test]
fn a_phrase_beats_scattered_words() {
    let site = scoring_site();
    let results = rust_results(&site, "en", "rapid response");
    assert_eq!(results[0], "b-checksum/#phrase", "{results:?}");
    assert!(results.contains(&"a-tools/#scattered".to_string()), "{results:?}");
    // Word by word, the two sections tie, and site order puts the scattered one first.
    assert_eq!(rust_results(&site, "en", "rapid")[0], "a-tools/#scattered");
    assert_eq!(rust_results(&site, "en", "response")[0], "a-tools/#scattered");
}

#[test]
fn results_are_grouped_per_page() {
    let site = scoring_site();
    let hits = cairn::search_built_site(site.root(), &site.out(), Some("en"), "password", 10).unwrap();
    // The page titled with the word comes first, its own sections folded under it.
    assert_eq!(hits[0].post.url, "c-passwords/");
    assert_eq!(hits[0].sections.len(), 3);
    assert!(hits[0].sections.iter().all(|s| s.url.starts_with("c-passwords/#")), "{hits:?}");
    assert_eq!(hits[0].more, 2, "five sections match: three shown, two counted");
    assert_eq!(hits[1].post.url, "a-tools/#managers");
    assert_eq!(hits.len(), 2, "one result per page");
    // In the browser: the sections indented under their page, the rest counted.
    let url = format!("file://{}", site.out().join("index.html").display());
    let Some(result) = node_script("search.mjs", &[&url, "password"]) else { return };
    let page = |path: &str| format!("file://{}", site.out().join(path).display());
    assert_eq!(result["results"][0], page("c-passwords/index.html"), "{result}");
    assert_eq!(result["results"].as_array().unwrap().len(), 5, "{result}");
    assert_eq!(result["folded"].as_array().unwrap().len(), 3, "{result}");
    assert!(result["folded"][0].as_str().unwrap().starts_with(&page("c-passwords/index.html#")), "{result}");
    assert_eq!(result["more"], serde_json::json!(["and 2 more in this page"]));
    assert_eq!(result["status"], "2 results", "results are counted per page");
}

#[test]
fn fallbacks_are_labelled_and_drafts_never_indexed() {
    let site = site();
    let results = cairn::search_built_site(site.root(), &site.out(), Some("fr"), "funding", 5).unwrap();
    assert_eq!(results[0].post.url, "fr/english-only/");
    assert!(results[0].post.meta.fallback && results[0].post.meta.lang == "en", "{:?}", results[0]);
    for lang in ["en", "fr", "ar", "zh", "fa"] {
        assert!(rust_results(&site, lang, "glorptangle").is_empty());
    }
    for (path, bytes) in snapshot(&site.out().join("search")) {
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains("glorptangle") && !text.contains("Secret"), "{path}");
    }
}

#[test]
fn index_pieces_are_reproducible_and_hold_the_whole_index() {
    use base64::Engine;
    let (a, b) = (site(), site());
    assert_eq!(snapshot(&a.out().join("search")), snapshot(&b.out().join("search")));
    let built = a.built();
    let decode = |v: &serde_json::Value| base64::engine::general_purpose::STANDARD.decode(v.as_str().unwrap()).unwrap();
    for lang in ["en", "fr", "ar", "zh", "fa", "my", "hi"] {
        let index = cairn::search::index(&built.site, lang);
        let pieces: Vec<(cairn::search::Piece, serde_json::Value)> = cairn::search::pieces(&index)
            .into_iter()
            .map(|(piece, json)| (piece, serde_json::from_str(&json).unwrap()))
            .collect();
        let manifest: cairn::search::Manifest = serde_json::from_value(pieces[0].1.clone()).unwrap();
        let (mut vocabulary, mut postings, mut posts) = (Vec::new(), Vec::new(), Vec::new());
        for (piece, value) in &pieces[1..] {
            match piece {
                cairn::search::Piece::Chunk(_) => {
                    vocabulary.extend(value[0].as_str().unwrap().split('\n').map(str::to_string));
                    postings.extend(decode(&value[1]));
                }
                cairn::search::Piece::Fragment(_) => posts.extend(value.as_array().unwrap().iter().map(|post| {
                    let (title, url, meta): (String, String, cairn::search::ResultMeta) =
                        serde_json::from_value(post.clone()).unwrap();
                    cairn::search::query::Post { title, url, meta }
                })),
                cairn::search::Piece::Manifest | cairn::search::Piece::Stemmer => unreachable!(),
            }
        }
        let terms: Vec<String> = index.terms.iter().map(|(t, _)| t.clone()).collect();
        assert_eq!(vocabulary, terms, "{lang}: every term, in order");
        assert!(terms.windows(2).all(|w| w[0] < w[1]), "{lang}: the vocabulary is sorted");
        assert_eq!(postings, index.terms.iter().flat_map(|(_, r)| r.clone()).collect::<Vec<_>>(), "{lang}");
        assert_eq!(posts, index.posts, "{lang}: every post");
        assert_eq!((manifest.posts, manifest.terms), (index.posts.len(), index.terms.len()));
        let mut pages = Vec::new();
        for &count in &index.pages {
            cairn::search::write_leb(&mut pages, count);
        }
        assert_eq!(decode(&serde_json::Value::String(manifest.pages)), pages);
        assert_eq!(index.pages.iter().sum::<usize>(), index.posts.len(), "{lang}: every post is in a page");
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
    assert_eq!(results[0]["sections"], serde_json::json!([]));
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
    // Stemmed: `checking` finds and highlights "Check".
    let url = format!("file://{}", site.out().join("index.html").display());
    let result = node_script("search.mjs", &[&url, "checking"]).unwrap();
    assert!(result["results"][0].as_str().unwrap().ends_with("/security/index.html#verify"), "{result}");
    assert_eq!(result["marks"][0], "Check", "{result}");
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

#[test]
fn search_output_into_a_closed_pipe_is_not_a_panic() {
    let site = site();
    for json in [false, true] {
        // The reading end is closed before cairn writes: every write fails with EPIPE, as
        // with `cairn search ... | head` once head has what it wants.
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_cairn"));
        command.args(["search", "download", "--root"]).arg(site.root()).stdout(writer);
        if json {
            command.arg("--json");
        }
        let output = command.output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(output.status.success(), "{stderr}");
        assert!(!stderr.contains("panicked") && !stderr.contains("Broken pipe"), "{stderr}");
    }
}

/// Inflected words per stemmer, written as readers would type them (they are normalized
/// first, as at index and query time).
const STEMMER_WORDS: &[(&str, &str)] = &[
    ("arabic", "كلمات كلمة المرور والمرور الأمان بالأمان التنزيلات المنظمات يتحققون مستشفيات"),
    ("danish", "adgangskoder adgangskode sikkerheden sikkerhed mødernes møder kryptering krypterede"),
    ("dutch", "wachtwoorden wachtwoord beveiliging beveiligde vergaderingen vergadering versleutelde"),
    ("english", "passwords password meetings meeting encryption encrypted generously running checks flies"),
    ("finnish", "salasanat salasanoja turvallisuus turvallisuuden kokoukset kokouksissa salaus salattu"),
    ("french", "mots de passe sécurité sécurisées réunions réunion chiffrement chiffrés téléchargements l'élève"),
    ("german", "Passwörter Passwort Sicherheit Sicherheiten Besprechungen Besprechung Verschlüsselung verschlüsselten"),
    ("hungarian", "jelszavak jelszó biztonság biztonságos találkozók találkozó titkosítás titkosított"),
    ("italian", "password sicurezza sicure riunioni riunione crittografia crittografati scaricamenti"),
    ("norwegian", "passordene passord sikkerheten sikkerhet møtene møter kryptering krypterte"),
    ("portuguese", "senhas senha segurança seguras reuniões reunião criptografia criptografados"),
    ("romanian", "parolele parolă securitatea securitate întâlnirile întâlnire criptarea criptate"),
    ("russian", "пароли паролей пароль безопасность безопасности встречи встречах шифрование зашифрованные"),
    ("spanish", "contraseñas contraseña seguridad seguras reuniones reunión cifrado cifradas descargas"),
    ("swedish", "lösenorden lösenord säkerheten säkerhet mötena möten kryptering krypterade"),
    ("tamil", "கடவுச்சொற்கள் கடவுச்சொல் பாதுகாப்பு பாதுகாப்பான கூட்டங்கள் கூட்டம் குறியாக்கம்"),
    ("turkish", "şifreler şifre güvenlik güvenliği toplantılar toplantıda şifreleme şifrelenmiş"),
];

#[test]
fn rust_and_javascript_stemmers_agree_on_every_language() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/search/stemmers");
    for (name, text) in STEMMER_WORDS {
        let words = cairn::search::normalize::tokenize(text);
        let file = dir.join(format!("{name}.js"));
        let mut args = vec![file.to_str().unwrap()];
        args.extend(words.iter().map(String::as_str));
        let Some(js) = node_script("stem.mjs", &args) else { return };
        let stem = cairn::search::stem::stemmer(Some(name));
        let rust: Vec<String> = words.iter().map(|w| stem(w)).collect();
        assert_eq!(js, serde_json::json!(rust), "{name}: {words:?}");
        assert!(rust.iter().zip(&words).any(|(s, w)| s != w), "{name}: the stemmer changes some words");
    }
}
