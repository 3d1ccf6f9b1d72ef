//! `contributors.toml` and consent: who may be credited, and the one function that decides
//! how a contributor is shown ([`Contributor::public_credit`]). Nothing else in cairn looks
//! at a contributor's real name.

use crate::diagnostics::{Diagnostic, line_of_offset};
use serde::Deserialize;
use std::collections::BTreeMap;

/// The file's name, at the handbook root.
pub(crate) const CONTRIBUTORS_FILE: &str = "contributors.toml";

/// How a contributor agreed to be credited.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum CreditMode {
    /// Full name, linked to `url` when given.
    Name,
    /// The chosen pseudonym, never linked.
    Pseudonym,
    /// Initials of the name ("A. K."), never linked.
    Initials,
    /// Never named, never linked.
    Anonymous,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawContributor {
    name: String,
    credit: Option<CreditMode>,
    pseudonym: Option<String>,
    url: Option<String>,
    #[serde(default)]
    names: BTreeMap<String, String>,
}

/// One contributor as configured. Private fields: only [`Contributor::public_credit`] may
/// turn them into something shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contributor {
    name: String,
    credit: CreditMode,
    pseudonym: Option<String>,
    url: Option<String>,
    /// The name as written in other scripts or languages, by language code.
    names: BTreeMap<String, String>,
}

/// What may be shown of a contributor, by their consent.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct PublicCredit {
    /// Name, pseudonym or initials; `None` for an anonymous contributor.
    pub display: Option<String>,
    /// Link, only for contributors credited by name.
    pub url: Option<String>,
}

impl Contributor {
    /// The credit this contributor consented to, for a reader of `lang` (a name given under
    /// `names` for that language, else for its primary subtag, replaces `name`).
    pub(crate) fn public_credit(&self, lang: &str) -> PublicCredit {
        let primary = lang.split('-').next().unwrap_or(lang);
        let name = self.names.get(lang).or_else(|| self.names.get(primary)).unwrap_or(&self.name);
        match self.credit {
            CreditMode::Name => PublicCredit { display: Some(name.clone()), url: self.url.clone() },
            CreditMode::Pseudonym => PublicCredit { display: self.pseudonym.clone(), url: None },
            CreditMode::Initials => PublicCredit { display: Some(initials(name)), url: None },
            CreditMode::Anonymous => PublicCredit { display: None, url: None },
        }
    }
}

fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|word| word.chars().find(|c| c.is_alphabetic()))
        .map(|c| format!("{}.", c.to_uppercase()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every contributor, by id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Contributors {
    by_id: BTreeMap<String, Contributor>,
}

impl Contributors {
    /// The contributor with this id.
    pub fn get(&self, id: &str) -> Option<&Contributor> {
        self.by_id.get(id)
    }

    /// Every contributor id, sorted.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.by_id.keys().map(String::as_str)
    }

    /// The known id closest to a mistyped one.
    pub(crate) fn closest_id(&self, id: &str) -> Option<&str> {
        crate::diagnostics::closest(id, self.by_id.keys().map(String::as_str))
    }
}

/// Quotes table headers whose bare key uses letters beyond ASCII (`[hugo-lefèvre]`), which
/// TOML only accepts quoted: ids in the contributors' own scripts are natural for a
/// multilingual handbook, so cairn accepts them unquoted. Line numbers are unchanged.
fn quote_unicode_ids(text: &str) -> String {
    text.split_inclusive('\n')
        .map(|line| {
            let trimmed = line.trim_end();
            let id = trimmed.strip_prefix('[').and_then(|l| l.strip_suffix(']'));
            match id {
                Some(id)
                    if !id.is_ascii()
                        && !id.is_empty()
                        && id.chars().all(|c| {
                            c.is_alphanumeric() || c == '-' || c == '_' || !c.is_ascii() && !c.is_whitespace()
                        }) =>
                {
                    format!("[\"{id}\"]{}", &line[trimmed.len()..])
                }
                _ => line.to_string(),
            }
        })
        .collect()
}

/// Parses `contributors.toml`.
pub(crate) fn parse(text: &str) -> Result<Contributors, Diagnostic> {
    let text = &quote_unicode_ids(text);
    let located = |message: String, offset: Option<usize>| {
        let d = Diagnostic::error(message).in_file(CONTRIBUTORS_FILE);
        match offset {
            Some(o) => d.at_line(line_of_offset(text, o)),
            None => d,
        }
    };
    let raw: BTreeMap<String, RawContributor> = toml::from_str(text).map_err(|e| {
        located(e.message().trim().to_string(), e.span().map(|s| s.start))
            .with_hint("each contributor is a table: [id] with name, credit (name | pseudonym | initials | anonymous), optional pseudonym and url")
    })?;
    let mut by_id = BTreeMap::new();
    for (id, c) in raw {
        let line = text.find(&format!("[{id}]"));
        let Some(credit) = c.credit else {
            return Err(located(format!("contributor `{id}` has no `credit`"), line).with_hint(
                "ask them how they want to be credited and set credit = \"name\", \"pseudonym\", \"initials\" or \"anonymous\"",
            ));
        };
        if credit == CreditMode::Pseudonym && c.pseudonym.as_deref().is_none_or(|p| p.trim().is_empty()) {
            return Err(located(format!("contributor `{id}` is credited by pseudonym but has none"), line)
                .with_hint("add pseudonym = \"...\""));
        }
        by_id.insert(id, Contributor { name: c.name, credit, pseudonym: c.pseudonym, url: c.url, names: c.names });
    }
    Ok(Contributors { by_id })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_consent_level_shows_only_what_was_agreed() {
        let c = parse(
            "[a]\nname = \"Amina Kader\"\ncredit = \"name\"\nurl = \"https://a.example\"\n\
             [b]\nname = \"Bo Real\"\ncredit = \"pseudonym\"\npseudonym = \"Zephyr\"\nurl = \"https://b.example\"\n\
             [c]\nname = \"amina kader\"\ncredit = \"initials\"\nurl = \"https://c.example\"\n\
             [d]\nname = \"Hidden Person\"\ncredit = \"anonymous\"\nurl = \"https://d.example\"\n",
        )
        .unwrap();
        let shown = |id: &str| c.get(id).unwrap().public_credit("en");
        assert_eq!(
            shown("a"),
            PublicCredit { display: Some("Amina Kader".into()), url: Some("https://a.example".into()) }
        );
        assert_eq!(shown("b"), PublicCredit { display: Some("Zephyr".into()), url: None });
        assert_eq!(shown("c"), PublicCredit { display: Some("A. K.".into()), url: None });
        assert_eq!(shown("d"), PublicCredit { display: None, url: None });
    }

    #[test]
    fn names_per_language_follow_the_same_consent() {
        let c = parse(
            "[a]\nname = \"Amina Kader\"\ncredit = \"initials\"\nnames = { ar = \"أمينة قادر\" }\n\
             [b]\nname = \"Hidden\"\ncredit = \"anonymous\"\nnames = { ar = \"مخفي\" }\n",
        )
        .unwrap();
        assert_eq!(c.get("a").unwrap().public_credit("ar").display.as_deref(), Some("أ. ق."));
        assert_eq!(c.get("a").unwrap().public_credit("ar-EG").display.as_deref(), Some("أ. ق."));
        assert_eq!(c.get("a").unwrap().public_credit("fr").display.as_deref(), Some("A. K."));
        assert_eq!(c.get("b").unwrap().public_credit("ar").display, None);
    }

    #[test]
    fn ids_may_be_written_in_any_script() {
        let c = parse("[hugo-lefèvre]\nname = \"Hugo Lefèvre\"\ncredit = \"name\"\n[أمينة]\nname = \"أمينة\"\ncredit = \"initials\"\n").unwrap();
        assert!(c.get("hugo-lefèvre").is_some() && c.get("أمينة").is_some());
    }

    #[test]
    fn credit_must_be_chosen() {
        let err = parse("[a]\nname = \"A\"\n").unwrap_err();
        assert!(err.message.contains("no `credit`"));
        assert_eq!(err.line, Some(1));
    }
}
