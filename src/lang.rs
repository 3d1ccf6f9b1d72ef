//! Languages as data: a validated BCP 47 code, its display name and writing direction.
//! Resolution of which document shows in which language lives in `model`, not here.

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
pub fn parse_code(code: &str) -> Result<LanguageIdentifier, String> {
    if code.is_empty() || code.contains(['/', '.', '\\']) {
        return Err(format!("`{code}` is not a BCP 47 language tag"));
    }
    LanguageIdentifier::from_str(code).map_err(|_| format!("`{code}` is not a BCP 47 language tag"))
}

/// Scripts written right to left (ISO 15924).
const RTL_SCRIPTS: &[&str] = &["Adlm", "Arab", "Hebr", "Nkoo", "Rohg", "Syrc", "Thaa"];

/// The direction a language is written in unless its configuration says otherwise: its
/// script's when the tag names one (`az-Arab` is right to left, `ku-Latn` left to right).
pub fn default_direction(id: &LanguageIdentifier) -> Direction {
    let rtl = match id.script {
        Some(script) => RTL_SCRIPTS.contains(&script.as_str()),
        None => RTL_LANGUAGES.contains(&id.language.as_str()),
    };
    if rtl { Direction::Rtl } else { Direction::Ltr }
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

#[cfg(test)]
mod tests {
    use super::*;

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
