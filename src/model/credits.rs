//! Credits merged across the three levels: the page's (itself cascaded from sections and the
//! original), then each heading section's own, which also apply to its subsections.
//! Contributor ids only; how a contributor is shown is decided by `contributors`.

use super::Doc;
use super::outline::CREDIT_ROLES;

/// Contributor ids per role.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RoleIds {
    /// Who wrote it.
    pub authors: Vec<String>,
    /// Who translated it into this language.
    pub translators: Vec<String>,
    /// Who reviewed it.
    pub reviewers: Vec<String>,
    /// Who approved its publication.
    pub approved_by: Vec<String>,
}

impl RoleIds {
    /// The ids of one role, by its front-matter name.
    pub(crate) fn role_mut(&mut self, role: &str) -> Option<&mut Vec<String>> {
        match role {
            "authors" => Some(&mut self.authors),
            "translators" => Some(&mut self.translators),
            "reviewers" => Some(&mut self.reviewers),
            "approved_by" => Some(&mut self.approved_by),
            _ => None,
        }
    }

    /// Roles with their ids, in display order.
    pub(crate) fn roles(&self) -> [(&'static str, &[String]); 4] {
        [
            ("authors", &self.authors),
            ("translators", &self.translators),
            ("reviewers", &self.reviewers),
            ("approved_by", &self.approved_by),
        ]
    }

    fn add(&mut self, role: &str, ids: &[String]) {
        if let Some(list) = self.role_mut(role) {
            for id in ids {
                if !list.contains(id) {
                    list.push(id.clone());
                }
            }
        }
    }
}

/// The page-level credits of a document; translators are its own language's.
pub(crate) fn page_credits(doc: &Doc, shown_as_fallback: bool) -> RoleIds {
    RoleIds {
        authors: doc.authors.clone(),
        translators: if shown_as_fallback { Vec::new() } else { doc.translators.clone() },
        reviewers: doc.reviewers.clone(),
        approved_by: doc.approved_by.clone(),
    }
}

/// For every heading of `doc`, in order: the page's credits plus those given on that heading
/// and on the headings it is nested under.
pub(crate) fn section_credits(doc: &Doc, page: &RoleIds) -> Vec<RoleIds> {
    let mut stack: Vec<(u8, RoleIds)> = Vec::new();
    let mut result = Vec::with_capacity(doc.outline.headings.len());
    for heading in &doc.outline.headings {
        while stack.last().is_some_and(|(level, _)| *level >= heading.level) {
            stack.pop();
        }
        let mut credits = stack.last().map_or_else(|| page.clone(), |(_, c)| c.clone());
        for (role, ids) in &heading.credits {
            debug_assert!(CREDIT_ROLES.contains(&role.as_str()));
            credits.add(role, ids);
        }
        stack.push((heading.level, credits.clone()));
        result.push(credits);
    }
    result
}
