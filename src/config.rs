//! `cairn.toml`: the raw form as written ([`RawConfig`], strict about unknown keys) and the
//! validated form the rest of cairn uses ([`Config`]: languages ordered and checked).

use crate::diagnostics::{Diagnostic, line_of_offset};
use crate::lang::{self, Direction, Language};
use serde::Deserialize;
use toml::map::Map;

/// The config file's name, at the handbook root.
pub(crate) const CONFIG_FILE: &str = "cairn.toml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    title: String,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    base_url: Option<String>,
    #[serde(default)]
    default_language: Option<String>,
    #[serde(default)]
    license: Option<String>,
    #[serde(default)]
    theme: Option<String>,
    #[serde(default)]
    require_approval: bool,
    #[serde(default)]
    strict_translations: bool,
    #[serde(default)]
    unsafe_html: bool,
    #[serde(default = "yes")]
    strip_image_metadata: bool,
    #[serde(default)]
    privacy: Privacy,
    #[serde(default)]
    links: LinkPolicy,
    #[serde(default)]
    signing: Signing,
    #[serde(default)]
    images: Images,
    #[serde(default = "default_paginate_by")]
    paginate_by: usize,
    #[serde(default)]
    languages: Map<String, toml::Value>,
}

fn yes() -> bool {
    true
}

/// Items per page of a long listing: about 35 KB of HTML at the default theme's ~350 bytes
/// per item with its description, so a page stays far below 200 KB.
fn default_paginate_by() -> usize {
    100
}

/// How remote resources (images, scripts, styles, fonts, frames from another site) are
/// treated: each one tells a third party who reads the handbook.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Privacy {
    /// Warned about (`cairn check`, `cairn build`).
    #[default]
    Standard,
    /// An error (always so for offline bundles).
    Strict,
}

/// What a link whose target is missing does to a build, as Docusaurus's `onBrokenLinks` and
/// `onBrokenAnchors` do: real handbooks carry a few dead links for years, and a missing
/// heading costs a reader a scroll, not the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LinkPolicy {
    /// A link to a page that does not exist, or that climbs out of `content/`.
    #[serde(default = "LinkPolicy::error")]
    pub broken: OnBroken,
    /// A link to a page that exists, with an anchor no heading of it has.
    #[serde(default = "LinkPolicy::warn")]
    pub broken_anchors: OnBroken,
}

impl LinkPolicy {
    fn error() -> OnBroken {
        OnBroken::Error
    }

    fn warn() -> OnBroken {
        OnBroken::Warn
    }
}

impl Default for LinkPolicy {
    fn default() -> Self {
        LinkPolicy { broken: OnBroken::Error, broken_anchors: OnBroken::Warn }
    }
}

/// `[signing]`: the keys that sign this handbook's bundles and handouts, published on its
/// verify page so readers can check the copy they got.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signing {
    /// The current public key (`RW...`), as `cairn keys new` prints it.
    #[serde(default)]
    pub public_key: Option<String>,
    /// Keys that signed earlier copies, so those stay verifiable.
    #[serde(default)]
    pub previous_keys: Vec<PreviousKey>,
}

/// `[images]`: how pictures are made lighter than their sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Images {
    /// Lossy quality (1–100) of the `compact` bundle edition's WebP copies; the hosted site
    /// and the `full` edition stay lossless.
    #[serde(default = "Images::default_quality")]
    pub quality: u8,
}

impl Images {
    /// libwebp's own default, where screenshot text stays readable at the column width.
    fn default_quality() -> u8 {
        80
    }
}

impl Default for Images {
    fn default() -> Self {
        Images { quality: Images::default_quality() }
    }
}

/// A public key no longer used for signing.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PreviousKey {
    /// The public key (`RW...`).
    pub key: String,
    /// The last day it signed (`YYYY-MM-DD`).
    pub until: String,
}

/// One setting of `[links]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OnBroken {
    /// The build fails.
    Error,
    /// The build goes on; the link keeps its text and loses what is missing.
    Warn,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLanguage {
    /// Absent: the language's autonym from CLDR (`lang::autonym`), else its code.
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    description: Option<String>,
    /// `direction` is accepted too: Hugo and the shared benchmark corpus spell it so.
    #[serde(default, alias = "direction")]
    dir: Option<String>,
}

/// The validated site configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// Handbook title.
    pub title: String,
    /// One-line description, for meta tags.
    pub description: Option<String>,
    /// Absolute URL the hosted site lives at, always ending in `/`.
    pub base_url: String,
    /// Languages in the order written in the config; the default language first.
    pub languages: Vec<Language>,
    /// SPDX licence id of the whole handbook, inherited by sections and pages.
    pub license: Option<String>,
    /// Name of the theme folder under `themes/` (the built-in default when absent on disk).
    pub theme: String,
    /// Whether every published page must name who approved it (`approved_by`).
    pub require_approval: bool,
    /// Whether missing or outdated translations fail the build (for release builds).
    pub strict_translations: bool,
    /// Whether contributors' raw HTML is kept as written instead of sanitized.
    pub unsafe_html: bool,
    /// Whether images lose their metadata (EXIF, XMP, IPTC) on the way to any output.
    pub strip_image_metadata: bool,
    /// Whether remote resources are warned about or refused.
    pub privacy: Privacy,
    /// What broken links and anchors do to a build (`[links]`).
    pub links: LinkPolicy,
    /// The keys readers verify copies with (`[signing]`).
    pub signing: Signing,
    /// How pictures are made lighter (`[images]`).
    pub images: Images,
    /// Items per page of long listings (section pages, a contributor's works, translation
    /// status lists); 0 never splits them.
    pub paginate_by: usize,
}

impl Config {
    /// The language served at the root of the site.
    pub fn default_language(&self) -> &Language {
        &self.languages[0]
    }

    /// The configured language with this exact code.
    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    /// Whether `code` is a configured language.
    pub(crate) fn has_language(&self, code: &str) -> bool {
        self.language(code).is_some()
    }

    /// Overrides the base URL (from `--base-url`), normalised to end in `/`.
    pub(crate) fn set_base_url(&mut self, url: &str) {
        self.base_url = normalize_base_url(url);
    }
}

fn normalize_base_url(url: &str) -> String {
    let trimmed = url.trim();
    if trimmed.ends_with('/') { trimmed.to_string() } else { format!("{trimmed}/") }
}

/// Parses and validates the text of `cairn.toml`.
pub(crate) fn parse(text: &str) -> Result<Config, Diagnostic> {
    let located = |message: String, offset: Option<usize>| {
        let d = Diagnostic::error(message).in_file(CONFIG_FILE);
        match offset {
            Some(o) => d.at_line(line_of_offset(text, o)),
            None => d,
        }
    };
    let raw: RawConfig = toml::from_str(text).map_err(|e| {
        located(e.message().trim().to_string(), e.span().map(|s| s.start))
            .with_hint("see the README's \"cairn.toml\" section for the keys cairn understands")
    })?;
    let default_code = raw.default_language.clone().unwrap_or_else(|| "en".to_string());
    let mut languages = Vec::new();
    for (code, value) in raw.languages {
        let line = text.find(&format!("[languages.{code}]")).or_else(|| text.find(&format!("[languages.\"{code}\"]")));
        let raw_lang: RawLanguage = value
            .try_into()
            .map_err(|e: toml::de::Error| located(format!("in [languages.{code}]: {}", e.message().trim()), line))?;
        let id = lang::parse_code(&code)
            .map_err(|m| located(m, line).with_hint("use a code such as `fr`, `zh-Hant` or `pt-BR`"))?;
        let dir = match raw_lang.dir.as_deref() {
            None => lang::default_direction(&id),
            Some("ltr") => Direction::Ltr,
            Some("rtl") => Direction::Rtl,
            Some(other) => {
                return Err(located(format!("unknown direction `{other}` for language `{code}`"), line)
                    .with_hint("use dir = \"ltr\" or dir = \"rtl\""));
            }
        };
        let name = raw_lang.name.unwrap_or_else(|| lang::autonym(&code).unwrap_or(&code).to_string());
        languages.push(Language { code, name, dir, title: raw_lang.title, description: raw_lang.description });
    }
    if languages.is_empty() {
        let id = lang::parse_code(&default_code).map_err(|m| located(m, text.find("default_language")))?;
        languages.push(Language {
            code: default_code.clone(),
            name: lang::autonym(&default_code).unwrap_or(&default_code).to_string(),
            dir: lang::default_direction(&id),
            title: None,
            description: None,
        });
    }
    let Some(position) = languages.iter().position(|l| l.code == default_code) else {
        return Err(located(
            format!("default_language `{default_code}` is not among the configured languages"),
            text.find("default_language"),
        )
        .with_hint(format!("add a [languages.{default_code}] table or change default_language")));
    };
    let keys = raw.signing.public_key.iter().chain(raw.signing.previous_keys.iter().map(|k| &k.key));
    for key in keys {
        crate::output::signing::check_public_key(key).map_err(|d| {
            located(format!("in [signing]: `{key}` is {}", d.message), text.find(key.as_str()))
                .with_hint(d.hint.unwrap_or_default())
        })?;
    }
    if !(1..=100).contains(&raw.images.quality) {
        return Err(located(
            format!("[images] quality = {} is out of range", raw.images.quality),
            text.find("quality"),
        )
        .with_hint("use a number from 1 (smallest files) to 100 (best pictures); 80 is a good start"));
    }
    let default = languages.remove(position);
    languages.insert(0, default);
    Ok(Config {
        title: raw.title,
        description: raw.description,
        base_url: normalize_base_url(raw.base_url.as_deref().unwrap_or("/")),
        languages,
        license: raw.license,
        theme: raw.theme.unwrap_or_else(|| "default".to_string()),
        require_approval: raw.require_approval,
        strict_translations: raw.strict_translations,
        unsafe_html: raw.unsafe_html,
        strip_image_metadata: raw.strip_image_metadata,
        privacy: raw.privacy,
        links: raw.links,
        signing: raw.signing,
        images: raw.images,
        paginate_by: raw.paginate_by,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_language_comes_first_and_rtl_is_inferred() {
        let config = parse(
            "title = \"T\"\ndefault_language = \"fr\"\n[languages.ar]\nname = \"العربية\"\n[languages.fr]\nname = \"Français\"\n",
        )
        .unwrap();
        let codes: Vec<_> = config.languages.iter().map(|l| l.code.as_str()).collect();
        assert_eq!(codes, ["fr", "ar"]);
        assert_eq!(config.languages[1].dir, Direction::Rtl);
        assert_eq!(config.base_url, "/");
    }

    #[test]
    fn unknown_key_is_an_error_with_line() {
        let err = parse("title = \"T\"\n\ntitel = \"x\"\n").unwrap_err();
        assert_eq!(err.line, Some(3));
        assert!(err.message.contains("titel"), "{}", err.message);
    }

    #[test]
    fn link_policy_defaults_and_overrides() {
        let config = parse("title = \"T\"\n").unwrap();
        assert_eq!(config.links, LinkPolicy { broken: OnBroken::Error, broken_anchors: OnBroken::Warn });
        let config = parse("title = \"T\"\n[links]\nbroken = \"warn\"\n").unwrap();
        assert_eq!(config.links, LinkPolicy { broken: OnBroken::Warn, broken_anchors: OnBroken::Warn });
        let err = parse("title = \"T\"\n[links]\nbroken_anchors = \"ignore\"\n").unwrap_err();
        assert_eq!(err.line, Some(3), "{}", err.message);
    }

    #[test]
    fn image_quality_defaults_to_80_and_stays_in_range() {
        assert_eq!(parse("title = \"T\"\n").unwrap().images.quality, 80);
        assert_eq!(parse("title = \"T\"\n[images]\nquality = 60\n").unwrap().images.quality, 60);
        let err = parse("title = \"T\"\n[images]\nquality = 0\n").unwrap_err();
        assert_eq!(
            (err.file.as_deref(), err.line),
            (Some(std::path::Path::new(CONFIG_FILE)), Some(3)),
            "{}",
            err.message
        );
        assert!(parse("title = \"T\"\n[images]\nquality = 300\n").is_err(), "not a u8");
        assert!(parse("title = \"T\"\n[images]\nlossy = true\n").unwrap_err().message.contains("lossy"));
    }

    #[test]
    fn malformed_language_code_is_rejected() {
        let err = parse("title = \"T\"\ndefault_language = \"x!y\"\n[languages.\"x!y\"]\nname = \"X\"\n").unwrap_err();
        assert!(err.message.contains("BCP 47"));
    }
}
