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

/// The direction a language is written in unless its configuration says otherwise.
pub fn default_direction(id: &LanguageIdentifier) -> Direction {
    if RTL_LANGUAGES.contains(&id.language.as_str()) { Direction::Rtl } else { Direction::Ltr }
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
