//! Stemming per language, the same at index time and in the browser: the `rust-stemmers`
//! crate (Snowball's algorithms) here, and the JavaScript generated from the same Snowball
//! algorithms (`stemmers/*.js`, vendored by `stemmers/vendor.py`) in the reader, shipped as
//! `search/<lang>/stem.js` only for languages that have one. Terms are stemmed after
//! normalization, so both sides see the same (accent-free, unified) letters. Greek has a
//! Rust stemmer but no JavaScript twin, so it keeps exact terms like every language without
//! a stemmer. A test runs both on a word list per language.

use rust_stemmers::{Algorithm, Stemmer};

/// The algorithms both sides have: name (as the manifest and `stemmers/<name>.js` give it),
/// the language subtags that use it, the Rust algorithm and the JavaScript stemmer.
const ALGORITHMS: &[(&str, &[&str], Algorithm, &str)] = &[
    ("arabic", &["ar"], Algorithm::Arabic, include_str!("stemmers/arabic.js")),
    ("danish", &["da"], Algorithm::Danish, include_str!("stemmers/danish.js")),
    ("dutch", &["nl"], Algorithm::Dutch, include_str!("stemmers/dutch.js")),
    ("english", &["en"], Algorithm::English, include_str!("stemmers/english.js")),
    ("finnish", &["fi"], Algorithm::Finnish, include_str!("stemmers/finnish.js")),
    ("french", &["fr"], Algorithm::French, include_str!("stemmers/french.js")),
    ("german", &["de"], Algorithm::German, include_str!("stemmers/german.js")),
    ("hungarian", &["hu"], Algorithm::Hungarian, include_str!("stemmers/hungarian.js")),
    ("italian", &["it"], Algorithm::Italian, include_str!("stemmers/italian.js")),
    ("norwegian", &["no", "nb", "nn"], Algorithm::Norwegian, include_str!("stemmers/norwegian.js")),
    ("portuguese", &["pt"], Algorithm::Portuguese, include_str!("stemmers/portuguese.js")),
    ("romanian", &["ro"], Algorithm::Romanian, include_str!("stemmers/romanian.js")),
    ("russian", &["ru"], Algorithm::Russian, include_str!("stemmers/russian.js")),
    ("spanish", &["es"], Algorithm::Spanish, include_str!("stemmers/spanish.js")),
    ("swedish", &["sv"], Algorithm::Swedish, include_str!("stemmers/swedish.js")),
    ("tamil", &["ta"], Algorithm::Tamil, include_str!("stemmers/tamil.js")),
    ("turkish", &["tr"], Algorithm::Turkish, include_str!("stemmers/turkish.js")),
];

/// The stemmer of a language (a BCP 47 code: `pt-BR` uses Portuguese's), if it has one.
pub fn name_for(lang: &str) -> Option<&'static str> {
    let primary = lang.split(['-', '_']).next().unwrap_or(lang).to_ascii_lowercase();
    ALGORITHMS.iter().find(|(_, langs, _, _)| langs.contains(&primary.as_str())).map(|(name, ..)| *name)
}

/// The JavaScript of the stemmer `name`: an expression whose value is a function word → stem.
pub fn javascript(name: &str) -> Option<&'static str> {
    ALGORITHMS.iter().find(|(n, ..)| *n == name).map(|(.., js)| *js)
}

/// Stems terms with the algorithm `name`, or leaves them whole (`None`, or an unknown name).
pub fn stemmer(name: Option<&str>) -> impl Fn(&str) -> String + use<> {
    let stemmer =
        name.and_then(|name| ALGORITHMS.iter().find(|(n, ..)| *n == name)).map(|(.., a, _)| Stemmer::create(*a));
    move |term: &str| match &stemmer {
        Some(stemmer) => stemmer.stem(term).into_owned(),
        None => term.to_string(),
    }
}
