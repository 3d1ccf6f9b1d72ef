//! UI strings of the theme (`i18n/<lang>.toml`, the theme's layered under the site's), with
//! CLDR plural forms, CLDR locale fallback (`pt-BR` → `pt`, but `zh-Hant` never → `zh`), then
//! the default language and English. Data and lookup only: the files are read by `load`.

use crate::lang;
use foldhash::fast::FixedState;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use std::collections::{BTreeMap, HashMap};
use std::str::FromStr;
use unic_langid::LanguageIdentifier;

/// One UI string: plain text, or one text per CLDR plural category.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UiText {
    /// `key = "text"`
    Plain(String),
    /// `[key]` with `zero`, `one`, `two`, `few`, `many`, `other`.
    Plural(BTreeMap<String, String>),
}

/// The language every theme must provide in full: the last fallback, and the reference for
/// missing-string reports.
pub(crate) const REFERENCE_LANGUAGE: &str = "en";

const PLURAL_CATEGORIES: &[&str] = &["zero", "one", "two", "few", "many", "other"];

/// Parses one `i18n/<lang>.toml` file into its strings.
pub(crate) fn parse_strings(text: &str) -> Result<BTreeMap<String, UiText>, String> {
    let table: toml::Table = toml::from_str(text).map_err(|e| e.message().trim().to_string())?;
    let mut strings = BTreeMap::new();
    for (key, value) in table {
        let text = match value {
            toml::Value::String(s) => UiText::Plain(s),
            toml::Value::Table(forms) => {
                let mut plural = BTreeMap::new();
                for (category, form) in forms {
                    if !PLURAL_CATEGORIES.contains(&category.as_str()) {
                        return Err(format!(
                            "`{key}.{category}` is not a plural category (use {})",
                            PLURAL_CATEGORIES.join(", ")
                        ));
                    }
                    let toml::Value::String(form) = form else {
                        return Err(format!("`{key}.{category}` must be a string"));
                    };
                    plural.insert(category, form);
                }
                if !plural.contains_key("other") {
                    return Err(format!("`{key}` has plural forms but no `other` form"));
                }
                UiText::Plural(plural)
            }
            _ => {
                return Err(format!("`{key}` must be a string or a table of plural forms"));
            }
        };
        strings.insert(key, text);
    }
    Ok(strings)
}

/// All UI strings of a site, per language code, with plural rules per language.
pub struct UiStrings {
    by_lang: BTreeMap<String, BTreeMap<String, UiText>>,
    default_lang: String,
    plural_rules: BTreeMap<String, PluralRules>,
    /// Each configured language's strings with the fallbacks resolved: by key, the text and
    /// the language it comes from. (Templates ask for thousands of strings per build.)
    resolved: BTreeMap<String, HashMap<String, (String, UiText), FixedState>>,
}

impl std::fmt::Debug for UiStrings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UiStrings").field("by_lang", &self.by_lang).field("default_lang", &self.default_lang).finish()
    }
}

impl UiStrings {
    /// Strings per language (already layered: site over theme), falling back to `default_lang`.
    /// Files are found by canonical tag, so `i18n/zh-hant.toml` serves `zh-Hant` and
    /// `i18n/zh.toml` serves `zh-Hans`.
    pub fn new(by_lang: BTreeMap<String, BTreeMap<String, UiText>>, default_lang: &str, langs: &[String]) -> Self {
        let mut canonical: BTreeMap<String, BTreeMap<String, UiText>> = BTreeMap::new();
        for (code, strings) in by_lang {
            let tag = lang::fallback_chain(&code).into_iter().next().unwrap_or(code);
            canonical.entry(tag).or_default().extend(strings);
        }
        let plural_rules =
            canonical.keys().chain(langs).filter_map(|code| Some((code.clone(), plural_rules_for(code)?))).collect();
        let mut strings = UiStrings {
            by_lang: canonical,
            default_lang: default_lang.to_string(),
            plural_rules,
            resolved: BTreeMap::new(),
        };
        strings.resolved = langs.iter().map(|code| (code.clone(), strings.resolve(code))).collect();
        strings
    }

    /// The string `key` in `lang` (else the default language), choosing the plural form for
    /// `count` and replacing `{name}` placeholders by `args`. `None` when no language has it.
    pub fn get(&self, lang: &str, key: &str, count: Option<i64>, args: &[(&str, String)]) -> Option<String> {
        let (used_lang, text) = self.find(lang, key)?;
        let mut out = match text {
            UiText::Plain(s) => s.clone(),
            UiText::Plural(forms) => {
                let category = count.map_or("other", |n| self.category(used_lang, n));
                forms.get(category).or_else(|| forms.get("other")).cloned().unwrap_or_default()
            }
        };
        if let Some(n) = count {
            out = out.replace("{count}", &n.to_string());
        }
        for (name, value) in args {
            out = out.replace(&format!("{{{name}}}"), value);
        }
        Some(out)
    }

    /// The plain strings (without plural forms) of each configured language, fallbacks
    /// resolved: (language, key, text). Placeholders are left in.
    pub(crate) fn plain_strings(&self) -> impl Iterator<Item = (&str, &str, &str)> {
        self.resolved.iter().flat_map(|(lang, strings)| {
            strings.iter().filter_map(move |(key, (_, text))| match text {
                UiText::Plain(text) => Some((lang.as_str(), key.as_str(), text.as_str())),
                UiText::Plural(_) => None,
            })
        })
    }

    /// Every plural form of `key` in `lang` (or its fallback), for scripts that choose the form
    /// themselves with `Intl.PluralRules`; a plain string comes back as `other`.
    pub fn forms(&self, lang: &str, key: &str) -> BTreeMap<String, String> {
        match self.find(lang, key).map(|(_, text)| text) {
            Some(UiText::Plural(forms)) => forms.clone(),
            Some(UiText::Plain(text)) => BTreeMap::from([("other".to_string(), text.clone())]),
            None => BTreeMap::new(),
        }
    }

    /// The string `key` and the language it is found in, looking in the language and its
    /// CLDR parents (`pt-BR`, `pt`), the site's default language and its parents, then the
    /// theme's reference English.
    fn find(&self, lang: &str, key: &str) -> Option<(&str, &UiText)> {
        match self.resolved.get(lang) {
            Some(resolved) => resolved.get(key).map(|(code, text)| (code.as_str(), text)),
            None => self.chain(lang).into_iter().find_map(|tag| {
                let (code, texts) = self.by_lang.get_key_value(&tag)?;
                Some((code.as_str(), texts.get(key)?))
            }),
        }
    }

    /// Every string `lang` finds, each where [`UiStrings::find`] finds it.
    fn resolve(&self, lang: &str) -> HashMap<String, (String, UiText), FixedState> {
        let mut resolved = HashMap::default();
        for tag in self.chain(lang) {
            for (key, text) in self.by_lang.get(&tag).into_iter().flatten() {
                resolved.entry(key.clone()).or_insert_with(|| (tag.clone(), text.clone()));
            }
        }
        resolved
    }

    /// The languages `lang` looks for strings in, in order.
    fn chain(&self, lang: &str) -> Vec<String> {
        let mut chain = lang::fallback_chain(lang);
        chain.extend(lang::fallback_chain(&self.default_lang));
        chain.push(REFERENCE_LANGUAGE.to_string());
        let mut seen = std::collections::BTreeSet::new();
        chain.retain(|tag| seen.insert(tag.clone()));
        chain
    }

    fn category(&self, lang: &str, n: i64) -> &'static str {
        let Some(rules) = self.plural_rules.get(lang) else {
            return "other";
        };
        match rules.select(n) {
            Ok(PluralCategory::ZERO) => "zero",
            Ok(PluralCategory::ONE) => "one",
            Ok(PluralCategory::TWO) => "two",
            Ok(PluralCategory::FEW) => "few",
            Ok(PluralCategory::MANY) => "many",
            _ => "other",
        }
    }

    /// Keys the theme's reference English has that neither `lang` nor its CLDR parents have
    /// (shown from the default language or English).
    pub(crate) fn missing_keys(&self, lang: &str) -> Vec<String> {
        let Some(reference) = self.by_lang.get(REFERENCE_LANGUAGE) else {
            return Vec::new();
        };
        let own: Vec<&BTreeMap<String, UiText>> =
            lang::fallback_chain(lang).iter().filter_map(|tag| self.by_lang.get(tag)).collect();
        reference.keys().filter(|k| !own.iter().any(|m| m.contains_key(*k))).cloned().collect()
    }
}

/// CLDR cardinal rules for a BCP 47 code, trying the full tag, then the bare language.
fn plural_rules_for(code: &str) -> Option<PluralRules> {
    let id = LanguageIdentifier::from_str(code).ok()?;
    let bare = LanguageIdentifier::from_str(id.language.as_str()).ok()?;
    PluralRules::create(id, PluralRuleType::CARDINAL)
        .or_else(|_| PluralRules::create(bare, PluralRuleType::CARDINAL))
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings() -> UiStrings {
        let en =
            parse_strings("hello = \"Hello {name}\"\n[pages]\none = \"{count} page\"\nother = \"{count} pages\"\n")
                .unwrap();
        let ar = parse_strings(
            "[pages]\nzero = \"لا صفحات\"\none = \"صفحة واحدة\"\ntwo = \"صفحتان\"\nfew = \"{count} صفحات\"\nmany = \"{count} صفحة\"\nother = \"{count} صفحة.\"\n",
        )
        .unwrap();
        let by_lang = BTreeMap::from([("en".to_string(), en), ("ar".to_string(), ar)]);
        UiStrings::new(by_lang, "en", &["en".to_string(), "ar".to_string()])
    }

    #[test]
    fn arabic_uses_all_six_plural_forms() {
        let s = strings();
        let forms: Vec<_> =
            [0, 1, 2, 3, 11, 100].iter().map(|&n| s.get("ar", "pages", Some(n), &[]).unwrap()).collect();
        assert_eq!(forms, ["لا صفحات", "صفحة واحدة", "صفحتان", "3 صفحات", "11 صفحة", "100 صفحة."]);
        assert_eq!(s.get("en", "pages", Some(1), &[]).unwrap(), "1 page");
    }

    #[test]
    fn missing_strings_fall_back_to_the_default_language() {
        let s = strings();
        assert_eq!(s.get("ar", "hello", None, &[("name", "x".into())]).unwrap(), "Hello x");
        assert_eq!(s.missing_keys("ar"), ["hello"]);
        assert_eq!(s.get("ar", "nope", None, &[]), None);
    }

    #[test]
    fn fallback_follows_cldr_parents_then_the_default_language() {
        let file = |text: &str| parse_strings(text).unwrap();
        let by_lang = BTreeMap::from([
            ("en".to_string(), file("a = \"en\"\nb = \"en\"\nc = \"en\"\n")),
            ("zh".to_string(), file("a = \"简\"\nb = \"简\"\n")),
            ("zh-hant".to_string(), file("a = \"繁\"\n")),
            ("pt".to_string(), file("a = \"pt\"\nb = \"pt\"\n")),
            ("pt-BR".to_string(), file("a = \"br\"\n")),
        ]);
        let langs: Vec<String> =
            ["zh", "zh-Hant", "zh-TW", "zh-Hans", "pt-BR", "sr-Latn"].iter().map(|s| s.to_string()).collect();
        let s = UiStrings::new(by_lang, "zh", &langs);
        let get = |lang: &str, key: &str| s.get(lang, key, None, &[]).unwrap();
        // Traditional Chinese never borrows from Simplified, whatever the tag says...
        assert_eq!(get("zh-Hant", "a"), "繁");
        assert_eq!(get("zh-TW", "a"), "繁");
        assert_eq!(get("zh-HK", "a"), "繁");
        // ...except through the site's default language, which is Simplified here.
        assert_eq!(get("zh-Hant", "b"), "简");
        assert_eq!(get("zh-Hans", "a"), "简");
        assert_eq!(get("pt-BR", "a"), "br");
        assert_eq!(get("pt-BR", "b"), "pt");
        assert_eq!(get("pt-BR", "c"), "en");
        assert_eq!(s.missing_keys("pt-BR"), ["c"]);
        assert_eq!(s.missing_keys("zh-TW"), ["b", "c"]);
    }

    #[test]
    fn every_language_of_the_default_theme_has_every_string() {
        let theme = crate::load::theme::ThemeFiles::builtin();
        let by_lang: BTreeMap<String, BTreeMap<String, UiText>> =
            theme.i18n.iter().map(|(code, layers)| (code.clone(), parse_strings(&layers[0].1).unwrap())).collect();
        assert!(by_lang.len() >= 40, "{}", by_lang.len());
        let codes: Vec<String> = by_lang.keys().cloned().collect();
        let s = UiStrings::new(by_lang, "en", &codes);
        for code in &codes {
            assert_eq!(s.missing_keys(code), Vec::<String>::new(), "{code}");
        }
        for (code, text) in theme.i18n.values().flatten().map(|(origin, text)| (origin, text)) {
            assert!(text.contains("# reviewed = ") || code.ends_with("/en.toml"), "{code} says who reviewed it");
        }
    }

    #[test]
    fn plural_tables_need_an_other_form() {
        assert!(parse_strings("[x]\none = \"a\"\n").is_err());
        assert!(parse_strings("[x]\nsome = \"a\"\nother = \"b\"\n").is_err());
    }
}
