//! Languages as data: a validated BCP 47 code, its display name and writing direction, and
//! the CLDR parent chain a language falls back along (for UI strings and autonyms), and
//! which scripts are written without spaces between words (word counts, search).
//! Resolution of which document shows in which language lives in `model`, not here.

use icu_locale::LocaleFallbacker;
use icu_locale::fallback::LocaleFallbackConfig;
use serde::Serialize;
use std::str::FromStr;
use unic_langid::LanguageIdentifier;

/// Writing direction of a language, as used by `<html dir>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic, Persian, Hebrew, Urdu, ...).
    Rtl,
}

impl Direction {
    /// The value of an HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// Primary language subtags written right to left.
const RTL_LANGUAGES: &[&str] = &["ar", "arc", "ckb", "dv", "fa", "he", "ks", "ps", "sd", "ug", "ur", "yi"];

/// Checks that `code` is a well-formed BCP 47 tag, as written (the spelling is kept
/// because it becomes a URL prefix and a filename suffix).
pub(crate) fn parse_code(code: &str) -> Result<LanguageIdentifier, String> {
    if code.is_empty() || code.contains(['/', '.', '\\']) {
        return Err(format!("`{code}` is not a BCP 47 language tag"));
    }
    LanguageIdentifier::from_str(code).map_err(|_| format!("`{code}` is not a BCP 47 language tag"))
}

/// Scripts written right to left (ISO 15924).
const RTL_SCRIPTS: &[&str] = &["Adlm", "Arab", "Hebr", "Nkoo", "Rohg", "Syrc", "Thaa"];

/// The direction a language is written in unless its configuration says otherwise: its
/// script's when the tag names one (`az-Arab` is right to left, `ku-Latn` left to right).
pub(crate) fn default_direction(id: &LanguageIdentifier) -> Direction {
    let rtl = match id.script {
        Some(script) => RTL_SCRIPTS.contains(&script.as_str()),
        None => RTL_LANGUAGES.contains(&id.language.as_str()),
    };
    if rtl { Direction::Rtl } else { Direction::Ltr }
}

/// The CLDR fallback chain of a language tag, most specific first and without the root:
/// `pt-BR` → `pt`, `es-MX` → `es-419` → `es`, `zh-TW` → `zh-Hant` (never `zh`, which is
/// Simplified), `sr-Latn` alone (never Cyrillic `sr`), `zh-Hans` → `zh`. Computed with ICU4X's
/// fallbacker (CLDR likely subtags and parent locales), not by cutting the tag at a hyphen.
/// Tags are in canonical form (`zh-Hant`, `pt-BR`); an unparsable tag is its own chain.
pub(crate) fn fallback_chain(code: &str) -> Vec<String> {
    let Ok(locale) = code.parse::<icu_locale::DataLocale>() else {
        return vec![code.to_string()];
    };
    let mut steps = LocaleFallbacker::new().for_config(LocaleFallbackConfig::default()).fallback_for(locale);
    let mut chain = Vec::new();
    while !steps.get().is_unknown() {
        chain.push(steps.get().to_string());
        steps.step();
    }
    chain
}

/// Names of languages in themselves (autonyms), from CLDR's language display names (each
/// language's own `languages` table; `pt-BR`/`pt-PT` built with CLDR's `{0} ({1})` locale
/// pattern), capitalised as CLDR's `uiListOrMenu` context transform asks for cased scripts.
/// Shown when `cairn.toml` gives a language no `name`. Kept as data here rather than pulling
/// ICU4X's experimental display-names crate and its data for ~40 strings.
const AUTONYMS: &[(&str, &str)] = &[
    ("am", "አማርኛ"),
    ("ar", "العربية"),
    ("az", "Azərbaycan"),
    ("bn", "বাংলা"),
    ("ckb", "کوردیی ناوەندی"),
    ("de", "Deutsch"),
    ("en", "English"),
    ("es", "Español"),
    ("es-419", "Español latinoamericano"),
    ("fa", "فارسی"),
    ("fil", "Filipino"),
    ("fr", "Français"),
    ("ha", "Hausa"),
    ("he", "עברית"),
    ("hi", "हिन्दी"),
    ("hy", "Հայերեն"),
    ("id", "Indonesia"),
    ("it", "Italiano"),
    ("ja", "日本語"),
    ("ka", "ქართული"),
    ("km", "ខ្មែរ"),
    ("ko", "한국어"),
    ("ku", "Kurdî"),
    ("ms", "Melayu"),
    ("my", "မြန်မာ"),
    ("ne", "नेपाली"),
    ("pl", "Polski"),
    ("ps", "پښتو"),
    ("pt", "Português"),
    ("pt-BR", "Português (Brasil)"),
    ("pt-PT", "Português (Portugal)"),
    ("ro", "Română"),
    ("ru", "Русский"),
    ("so", "Soomaali"),
    ("sr", "Српски"),
    ("sr-Latn", "Srpski"),
    ("sw", "Kiswahili"),
    ("ta", "தமிழ்"),
    ("th", "ไทย"),
    ("tl", "Tagalog"),
    ("tr", "Türkçe"),
    ("uk", "Українська"),
    ("ur", "اردو"),
    ("vi", "Tiếng Việt"),
    ("zh", "中文"),
    ("zh-Hans", "简体中文"),
    ("zh-Hant", "繁體中文"),
];

/// The name of a language in itself (`fa` → فارسی, `zh-TW` → 繁體中文), looked up along its
/// CLDR fallback chain; `None` for a language CLDR data here does not name.
pub(crate) fn autonym(code: &str) -> Option<&'static str> {
    let find = |tag: &str| AUTONYMS.iter().find(|(t, _)| t.eq_ignore_ascii_case(tag)).map(|(_, name)| *name);
    find(code).or_else(|| fallback_chain(code).iter().find_map(|tag| find(tag)))
}

/// `text` wrapped in Unicode isolates (FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE), so
/// that it keeps its own direction inside a sentence in another one ("J. O." in Arabic), where
/// markup (`<bdi>`) is not possible: plain-text UI strings, attribution lines, handouts.
pub(crate) fn isolate(text: &str) -> String {
    format!("\u{2068}{text}\u{2069}")
}

/// One language the handbook is published in, as configured in `cairn.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Language {
    /// BCP 47 code as written in the config (`fr`, `zh-Hant`, `pt-BR`).
    pub code: String,
    /// Name shown in the language switcher, in the language itself.
    pub name: String,
    /// Writing direction.
    pub dir: Direction,
    /// Site title in this language, if translated.
    pub title: Option<String>,
    /// Site description in this language, if translated.
    pub description: Option<String>,
}

/// Han, Hiragana, Katakana and Hangul: scripts written without spaces between words.
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{11FF}' | '\u{3040}'..='\u{30FF}' | '\u{3130}'..='\u{318F}' | '\u{31F0}'..='\u{31FF}'
        | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}' | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FA1F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fallback_follows_cldr_parents_not_the_hyphen() {
        assert_eq!(fallback_chain("zh-Hant"), ["zh-Hant"]);
        assert_eq!(fallback_chain("zh-TW"), ["zh-TW", "zh-Hant"]);
        assert_eq!(fallback_chain("zh-HK"), ["zh-HK", "zh-Hant"]);
        assert_eq!(fallback_chain("zh-MO"), ["zh-MO", "zh-Hant"]);
        assert_eq!(fallback_chain("es-MX"), ["es-MX", "es-419", "es"]);
        assert_eq!(fallback_chain("en-GB"), ["en-GB", "en-001", "en"]);
        assert_eq!(fallback_chain("zh-Hans"), ["zh"]);
        assert_eq!(fallback_chain("zh-CN"), ["zh-CN", "zh"]);
        assert_eq!(fallback_chain("pt-BR"), ["pt-BR", "pt"]);
        assert_eq!(fallback_chain("pt-PT"), ["pt-PT", "pt"]);
        assert_eq!(fallback_chain("es-419"), ["es-419", "es"]);
        assert_eq!(fallback_chain("sr-Latn"), ["sr-Latn"]);
        assert_eq!(fallback_chain("fa"), ["fa"]);
    }

    #[test]
    fn autonyms_come_from_cldr_names() {
        assert_eq!(autonym("fa"), Some("فارسی"));
        assert_eq!(autonym("ru"), Some("Русский"));
        assert_eq!(autonym("zh-Hant"), Some("繁體中文"));
        assert_eq!(autonym("zh-TW"), Some("繁體中文"));
        assert_eq!(autonym("pt-BR"), Some("Português (Brasil)"));
        assert_eq!(autonym("sr-Latn"), Some("Srpski"));
        assert_eq!(autonym("x-klingon"), None);
    }

    #[test]
    fn a_script_in_the_tag_decides_the_direction() {
        let dir = |code: &str| default_direction(&parse_code(code).unwrap());
        assert_eq!(dir("ar"), Direction::Rtl);
        assert_eq!(dir("az-Arab"), Direction::Rtl);
        assert_eq!(dir("az"), Direction::Ltr);
        assert_eq!(dir("ku-Latn"), Direction::Ltr);
        assert_eq!(dir("zh-Hant"), Direction::Ltr);
    }
}
