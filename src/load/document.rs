//! The plain-data vocabulary of front matter: kinds and their typed fields, publication
//! status, visibility and the `translation_of` record. `load` deserializes them and `model`
//! resolves them; they live here because `model` may depend on `load`'s raw types and never
//! the other way round. No behaviour beyond small accessors.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What a page is; each kind has its own template and typed fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A step-by-step guide for a recurring situation.
    Playbook,
    /// An account of something that happened, with lessons.
    CaseStudy,
    /// A training module with duration, audience and objectives.
    Training,
    /// Anything else.
    Page,
}

impl Kind {
    /// The name used in front matter, template names and CSS classes.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Playbook => "playbook",
            Kind::CaseStudy => "case-study",
            Kind::Training => "training",
            Kind::Page => "page",
        }
    }
}

/// Where a document stands in the consent gate; only `draft` keeps it out of a build.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Work in progress: left out unless `--drafts`.
    Draft,
    /// Published, under review.
    Review,
    /// Published and approved.
    Approved,
}

/// Who a document is for: `internal` keeps it out of public builds and bundles, as drafts
/// are, while `--internal` includes it (a trusted offline bundle for the group itself).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Visibility {
    /// Published (the default).
    #[default]
    Public,
    /// Only in builds made with `--internal`.
    Internal,
}

/// The names of every kind's typed fields, in display order.
pub(crate) const KIND_FIELD_NAMES: &[&str] = &[
    "goal",
    "when_to_use",
    "risks",
    "location",
    "period",
    "outcome",
    "lessons",
    "duration",
    "audience",
    "objectives",
    "materials",
];

/// Typed fields of a playbook (`[playbook]` in front matter).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PlaybookFields {
    /// What following the playbook achieves.
    pub goal: Option<String>,
    /// The situation it is for.
    pub when_to_use: Option<String>,
    /// What can go wrong.
    #[serde(default)]
    pub risks: Vec<String>,
}

/// Typed fields of a case study (`[case-study]` in front matter).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CaseStudyFields {
    /// Where it happened.
    pub location: Option<String>,
    /// When it happened.
    pub period: Option<String>,
    /// How it ended.
    pub outcome: Option<String>,
    /// What others can learn from it.
    #[serde(default)]
    pub lessons: Vec<String>,
}

/// Typed fields of a training module (`[training]` in front matter).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TrainingFields {
    /// How long the session takes, e.g. "90 min".
    pub duration: Option<String>,
    /// Who it is for.
    pub audience: Option<String>,
    /// What participants will be able to do afterwards.
    #[serde(default)]
    pub objectives: Vec<String>,
    /// What the facilitator needs.
    #[serde(default)]
    pub materials: Vec<String>,
}

/// The typed fields of whichever kind a document has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum KindFields {
    /// `[playbook]`.
    Playbook(PlaybookFields),
    /// `[case-study]`.
    CaseStudy(CaseStudyFields),
    /// `[training]`.
    Training(TrainingFields),
}

impl KindFields {
    /// The kind these fields belong to.
    pub fn kind(&self) -> Kind {
        match self {
            KindFields::Playbook(_) => Kind::Playbook,
            KindFields::CaseStudy(_) => Kind::CaseStudy,
            KindFields::Training(_) => Kind::Training,
        }
    }
}

/// What a translation records of its original (`translation_of` in its front matter).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Fingerprints {
    /// Fingerprint of the whole content: title, description, kind fields and body.
    pub content: String,
    /// Fingerprint of each heading section (the heading and the text up to the next
    /// heading), keyed by heading id.
    #[serde(default)]
    pub sections: BTreeMap<String, String>,
}
