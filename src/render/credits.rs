//! Credits as readers see them, in their language: names reduced to what each contributor
//! consented to (through `Contributor::public_credit` only), section bylines, the
//! ready-to-copy attribution line, schema.org JSON-LD, `credits.json` and the contributors
//! page. Anonymous contributors appear as a translated "Anonymous contributor" in bylines and
//! attribution lines, are counted on the contributors page, and are left out of JSON-LD.

use super::escape::escape_html;
use super::view::{ContributorView, ContributorWork, CreditView, LinkView, SectionLink};
use crate::i18n::UiStrings;
use crate::lang::isolate;
use crate::model::credits::{self, RoleIds};
use crate::model::licenses::License;
use crate::model::outline::Heading;
use crate::model::{Doc, EntryId, Site};
use crate::urls::{Linker, Route, permalink};
use rayon::prelude::*;
use serde::Serialize;
use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet};

/// A named contributor and what they are credited for, in one language.
pub struct Credited {
    /// Name, pseudonym or initials, as consented.
    pub name: String,
    /// Link, for contributors credited by name.
    pub url: Option<String>,
    /// Their page's folder under `contributors/`: the name as a slug, unique in the language.
    pub slug: String,
    /// What they worked on, in site order.
    pub works: Vec<Work>,
}

/// One page a contributor worked on.
#[derive(Default)]
pub struct Work {
    entry: EntryId,
    /// The language the page is shown in.
    lang: String,
    roles: BTreeSet<&'static str>,
    /// Heading sections credited to them: (text, id).
    sections: Vec<(String, String)>,
}

/// Works by contributor id, then by (entry, language shown), in site order.
type WorksById = BTreeMap<String, BTreeMap<(EntryId, String), Work>>;

/// The work of `id` on `entry` shown in `lang`, new if need be.
fn work_at<'w>(works: &'w mut WorksById, id: &str, entry: EntryId, lang: &str) -> &'w mut Work {
    let key = (entry, lang.to_string());
    let by_page = works.entry(id.to_string()).or_default();
    by_page.entry(key).or_insert_with(|| Work { entry, lang: lang.to_string(), ..Work::default() })
}

/// Everyone credited in one language.
pub struct CreditRoll {
    /// Named contributors, by name.
    pub people: Vec<Credited>,
    /// How many anonymous contributors are credited (never listed).
    pub anonymous_count: usize,
}

/// `name` as a slug no one in `taken` has yet; a name with no letters or digits becomes
/// `person`.
fn unique_slug(name: &str, taken: &mut BTreeSet<String>) -> String {
    let base = match crate::markdown::slugify(name) {
        slug if slug.is_empty() || slug == "page" => "person".to_string(),
        slug => slug,
    };
    let slug = (1..).map(|n| if n == 1 { base.clone() } else { format!("{base}-{n}") }).find(|s| !taken.contains(s));
    let slug = slug.expect("an unused number exists");
    taken.insert(slug.clone());
    slug
}

/// Writes credits for readers of one language.
pub struct CreditWriter<'a> {
    site: &'a Site,
    strings: &'a UiStrings,
    lang: &'a str,
}

/// The UI string key labelling each credit role.
fn role_label_key(role: &str) -> &'static str {
    match role {
        "authors" => "written_by",
        "translators" => "translated_by",
        "reviewers" => "reviewed_by",
        _ => "approved_by",
    }
}

impl<'a> CreditWriter<'a> {
    /// A writer for readers of `lang`.
    pub fn new(site: &'a Site, strings: &'a UiStrings, lang: &'a str) -> Self {
        CreditWriter { site, strings, lang }
    }

    fn text(&self, key: &str, args: &[(&str, String)]) -> String {
        self.strings.get(self.lang, key, None, args).unwrap_or_else(|| key.to_string())
    }

    /// Template views of contributors, in the order given.
    pub(crate) fn views(&self, ids: &[String]) -> Vec<CreditView> {
        ids.iter()
            .filter_map(|id| self.site.contributors.get(id))
            .map(|c| {
                let credit = c.public_credit(self.lang);
                CreditView { name: credit.display, url: credit.url }
            })
            .collect()
    }

    /// Display names, with anonymous contributors as the translated placeholder.
    pub fn names(&self, ids: &[String]) -> Vec<String> {
        self.views(ids).into_iter().map(|v| v.name.unwrap_or_else(|| self.text("anonymous", &[]))).collect()
    }

    /// Display names each wrapped in Unicode isolates, for plain text that mixes them with
    /// text in the reader's language (attribution lines, handouts): "J. O." stays "J. O." in
    /// an Arabic sentence.
    pub(crate) fn isolated_names(&self, ids: &[String]) -> Vec<String> {
        self.names(ids).iter().map(|name| isolate(name)).collect()
    }

    fn names_html(&self, ids: &[String]) -> String {
        self.views(ids)
            .into_iter()
            .map(|v| match (v.name, v.url) {
                (Some(name), Some(url)) => {
                    format!(
                        "<a href=\"{}\" rel=\"author external\" dir=\"auto\">{}</a>",
                        escape_html(&url),
                        escape_html(&name)
                    )
                }
                (Some(name), None) => format!("<span class=\"person\" dir=\"auto\">{}</span>", escape_html(&name)),
                (None, _) => {
                    format!("<span class=\"person anonymous\">{}</span>", escape_html(&self.text("anonymous", &[])))
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The translated label of a credit role (`authors` → "Written by").
    pub(crate) fn role_label(&self, role: &str) -> String {
        self.text(role_label_key(role), &[])
    }

    /// The byline of a heading with its own credits as plain text ("Written by A · Reviewed
    /// by B"), for print.
    pub fn section_text(&self, heading: &Heading) -> Option<String> {
        let parts: Vec<String> = heading
            .credits
            .iter()
            .filter(|(_, ids)| !ids.is_empty())
            .map(|(role, ids)| format!("{} {}", self.role_label(role), self.isolated_names(ids).join(", ")))
            .collect();
        (!parts.is_empty()).then(|| parts.join(" · "))
    }

    /// The byline under a heading that carries its own credits; empty when it has none.
    pub(crate) fn section_byline(&self, heading: &Heading) -> String {
        if heading.credits.is_empty() {
            return String::new();
        }
        let dir = self.site.config.language(self.lang).map_or("ltr", |l| l.dir.as_str());
        let parts: Vec<String> = heading
            .credits
            .iter()
            .filter(|(_, ids)| !ids.is_empty())
            .map(|(role, ids)| {
                format!(
                    "<span class=\"role\">{}</span> {}",
                    escape_html(&self.text(role_label_key(role), &[])),
                    self.names_html(ids)
                )
            })
            .collect();
        format!(
            "<p class=\"section-credits\" lang=\"{}\" dir=\"{dir}\">{}</p>\n",
            escape_html(self.lang),
            parts.join(" · ")
        )
    }

    /// The attribution line in the TASL form (title, author, source, licence) that Creative
    /// Commons asks reusers to give, in the reader's language.
    pub fn attribution(&self, title: &str, credits: &RoleIds, url: &str, license: Option<&License>) -> String {
        let mut line = if credits.authors.is_empty() {
            self.text("attribution_title", &[("title", isolate(title))])
        } else {
            self.text(
                "attribution_by",
                &[("title", isolate(title)), ("authors", self.isolated_names(&credits.authors).join(", "))],
            )
        };
        if !credits.translators.is_empty() {
            line.push_str(&self.text(
                "attribution_translated",
                &[("translators", self.isolated_names(&credits.translators).join(", "))],
            ));
        }
        line.push_str(&self.text("attribution_source", &[("url", url.to_string())]));
        if let Some(license) = license {
            line.push_str(
                &self.text(
                    "attribution_license",
                    &[("license", license.id.clone()), ("license_url", license.url.clone())],
                ),
            );
        }
        line
    }

    fn people_ld(&self, ids: &[String]) -> Vec<Value> {
        self.views(ids)
            .into_iter()
            .filter_map(|v| {
                let name = v.name?;
                Some(match v.url {
                    Some(url) => json!({"@type": "Person", "name": name, "url": url}),
                    None => json!({"@type": "Person", "name": name}),
                })
            })
            .collect()
    }

    /// schema.org JSON-LD for a page, safe to place inside a `<script>` element.
    pub(crate) fn json_ld(&self, doc: &Doc, credits: &RoleIds, url: &str, original_url: Option<&str>) -> String {
        let mut ld = json!({
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": doc.title,
            "inLanguage": doc.lang,
            "url": url,
        });
        let fields = [
            ("author", self.people_ld(&credits.authors)),
            ("translator", self.people_ld(&credits.translators)),
            ("contributor", self.people_ld(&credits.reviewers)),
        ];
        for (key, people) in fields {
            if !people.is_empty() {
                ld[key] = Value::Array(people);
            }
        }
        if let Some(license) = &doc.license {
            ld["license"] = json!(license.url);
        }
        if let Some(original) = original_url {
            ld["isBasedOn"] = json!(original);
        }
        if let Some(date) = &doc.date {
            ld["datePublished"] = json!(date);
        }
        if let Some(date) = &doc.updated {
            ld["dateModified"] = json!(date);
        }
        // `</` would end the script element early.
        ld.to_string().replace("</", "<\\/")
    }

    fn role_names(&self, credits: &RoleIds) -> RoleNames {
        RoleNames {
            approved_by: self.names(&credits.approved_by),
            authors: self.names(&credits.authors),
            reviewers: self.names(&credits.reviewers),
            translators: self.names(&credits.translators),
        }
    }

    /// `credits.json` of this language: every page and section with its credits.
    pub(crate) fn credits_json(&self) -> String {
        let site = self.site;
        let pages: Vec<CreditsPage> = (0..site.entries.len())
            .into_par_iter()
            .map(|entry| {
                let (doc, is_fallback) = site.doc_for(entry, self.lang);
                let url = permalink(&site.config, &site.route(entry, self.lang));
                let page = credits::page_credits(doc, is_fallback);
                let sections = doc
                    .outline
                    .headings
                    .iter()
                    .zip(credits::section_credits(doc, &page))
                    .map(|(heading, credits)| CreditsSection {
                        credits: self.role_names(&credits),
                        heading: &heading.text,
                        url: format!("{url}#{}", heading.id),
                    })
                    .collect();
                CreditsPage {
                    credits: self.role_names(&page),
                    lang: &doc.lang,
                    license: doc.license.as_ref().map(|l| l.id.as_str()),
                    sections,
                    source: doc.source.as_deref(),
                    title: &doc.title,
                    translated: !is_fallback,
                    url,
                }
            })
            .collect();
        let mut text = serde_json::to_string(&CreditsFile { language: self.lang, pages }).unwrap_or_default();
        text.push('\n');
        text
    }

    /// Everyone credited in this language and what for, gathered once for the contributors
    /// pages: named people by name, each with a slug unique in the language; anonymous
    /// ones only counted.
    pub(crate) fn credit_roll(&self) -> CreditRoll {
        let site = self.site;
        let mut works = WorksById::new();
        for (entry_id, entry) in site.entries.iter().enumerate() {
            let (doc, is_fallback) = site.doc_for(entry_id, self.lang);
            for (role, ids) in credits::page_credits(doc, is_fallback).roles() {
                for id in ids {
                    work_at(&mut works, id, entry_id, self.lang).roles.insert(role);
                }
            }
            for heading in &doc.outline.headings {
                for id in heading.credits.iter().flat_map(|(_, ids)| ids) {
                    let work = work_at(&mut works, id, entry_id, self.lang);
                    let section = (heading.text.clone(), heading.id.clone());
                    if !work.sections.contains(&section) {
                        work.sections.push(section);
                    }
                }
            }
            for (lang, &doc_id) in entry.variants.iter().filter(|(lang, _)| lang.as_str() != self.lang) {
                for id in &site.docs[doc_id].translators {
                    work_at(&mut works, id, entry_id, lang).roles.insert("translators");
                }
            }
        }
        let mut people = Vec::new();
        let mut anonymous_count = 0;
        for (id, entries) in works {
            let Some(contributor) = site.contributors.get(&id) else { continue };
            let credit = contributor.public_credit(self.lang);
            let Some(name) = credit.display else {
                anonymous_count += 1;
                continue;
            };
            people.push(Credited {
                name,
                url: credit.url,
                slug: String::new(),
                works: entries.into_values().collect(),
            });
        }
        people.sort_by_cached_key(|p| p.name.to_lowercase());
        let mut taken = BTreeSet::new();
        for person in &mut people {
            person.slug = unique_slug(&person.name, &mut taken);
        }
        CreditRoll { people, anonymous_count }
    }

    /// How `person` appears on a contributors page seen through `linker`: with `works` of
    /// theirs listed (a page of them on their own page; none on the index).
    pub(crate) fn contributor_view(
        &self,
        person: &Credited,
        works: std::ops::Range<usize>,
        linker: &Linker,
        link_view: impl Fn(EntryId, &str) -> LinkView,
    ) -> ContributorView {
        let roles: BTreeSet<&str> = person.works.iter().flat_map(|w| w.roles.iter().copied()).collect();
        let works = person.works[works]
            .iter()
            .map(|work| {
                let route = self.site.route(work.entry, &work.lang);
                ContributorWork {
                    page: link_view(work.entry, &work.lang),
                    roles: work.roles.iter().map(|role| self.text(&format!("role-{role}"), &[])).collect(),
                    sections: work
                        .sections
                        .iter()
                        .map(|(title, id)| SectionLink {
                            title: title.clone(),
                            href: linker.href_with_fragment(&route, id),
                        })
                        .collect(),
                }
            })
            .collect();
        ContributorView {
            name: person.name.clone(),
            url: person.url.clone(),
            href: linker.href(&Route::contributor(&self.site.config, self.lang, &person.slug)),
            work_count: person.works.len(),
            roles: roles.into_iter().map(|role| self.text(&format!("role-{role}"), &[])).collect(),
            works,
        }
    }
}

/// `credits.json`: the fields of each object in alphabetical order, as readers of earlier
/// files found them.
#[derive(Serialize)]
struct CreditsFile<'a> {
    language: &'a str,
    pages: Vec<CreditsPage<'a>>,
}

#[derive(Serialize)]
struct CreditsPage<'a> {
    credits: RoleNames,
    lang: &'a str,
    license: Option<&'a str>,
    sections: Vec<CreditsSection<'a>>,
    source: Option<&'a str>,
    title: &'a str,
    translated: bool,
    url: String,
}

#[derive(Serialize)]
struct CreditsSection<'a> {
    credits: RoleNames,
    heading: &'a str,
    url: String,
}

/// Display names by role.
#[derive(Serialize)]
struct RoleNames {
    approved_by: Vec<String>,
    authors: Vec<String>,
    reviewers: Vec<String>,
    translators: Vec<String>,
}
