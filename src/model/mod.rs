//! Pure resolution of loaded sources into a [`Site`]: translation groups and their originals,
//! section tree and cascade, inheritance from the original, visibility (drafts), kinds and
//! their fields, credits checked against `contributors.toml`, outlines and links. No I/O,
//! no templates: the result is plain data every output reads.

pub(crate) mod credits;
pub(crate) mod fingerprint;
pub(crate) mod heading_levels;
pub mod images;
pub(crate) mod licenses;
pub mod links;
pub(crate) mod outline;
pub(crate) mod pictures;
pub(crate) mod svg;
pub(crate) mod translation_status;

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load::contributors::Contributors;
use crate::load::document::{Fingerprints, Kind, KindFields, Status, Visibility};
use crate::load::{SourceAsset, SourceDocument, Sources};
use crate::memo::{Key, KeyBuilder, Memo};
use crate::urls::Route;
use links::LinkTarget;
use outline::Outline;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Index of an [`Entry`] in [`Site::entries`].
pub type EntryId = usize;
/// Index of a [`Doc`] in [`Site::docs`].
pub type DocId = usize;

/// What a build includes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BuildOptions {
    /// Include `status = "draft"` pages.
    pub drafts: bool,
    /// Include `visibility = "internal"` pages.
    pub internal: bool,
}

/// A page or section in all its languages (a translation group).
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Translation key (`playbooks/x`; `` for the home page).
    pub key: String,
    /// Whether it is a section (`_index.md`).
    pub is_section: bool,
    /// The nearest enclosing section; `None` only for the home page.
    pub parent: Option<EntryId>,
    /// Pages and subsections directly inside, when a section.
    pub children: Vec<EntryId>,
    /// The document in the language the entry was first written in.
    pub original: DocId,
    /// The published document of each language that has one.
    pub variants: BTreeMap<String, DocId>,
}

/// One published document (one language of an entry), with everything resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct Doc {
    /// The entry it belongs to.
    pub entry: EntryId,
    /// Its language.
    pub lang: String,
    /// Source file relative to the handbook root (`None` for a generated home page).
    pub file: Option<PathBuf>,
    /// Title.
    pub title: String,
    /// Summary.
    pub description: Option<String>,
    /// Kind (own, else the original's, else the section's, else `page`).
    pub kind: Kind,
    /// Sort key within the section.
    pub weight: Option<i64>,
    /// Publication date, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Last update date.
    pub updated: Option<String>,
    /// Contributor ids.
    pub authors: Vec<String>,
    /// Contributor ids of this language's translators.
    pub translators: Vec<String>,
    /// Contributor ids.
    pub reviewers: Vec<String>,
    /// Contributor ids of who approved publication.
    pub approved_by: Vec<String>,
    /// Consent-gate status.
    pub status: Status,
    /// Who it is for.
    pub visibility: Visibility,
    /// Licence (validated SPDX id).
    pub license: Option<licenses::License>,
    /// Credit line for reused material.
    pub source: Option<String>,
    /// Tags.
    pub tags: Vec<String>,
    /// Regions.
    pub regions: Vec<String>,
    /// Typed fields of the kind.
    pub kind_fields: Option<KindFields>,
    /// Free-form `[extra]` data.
    pub extra: toml::Table,
    /// Markdown body.
    pub body: std::sync::Arc<str>,
    /// Line of the source file where the body starts.
    pub body_line: usize,
    /// Headings and links (shared: rebuilds reuse an unchanged body's outline).
    pub outline: std::sync::Arc<Outline>,
    /// Where each of `outline.links` points, in the same order.
    pub link_targets: Vec<LinkTarget>,
    /// What the original looked like when this translation was marked current.
    pub translation_of: Option<Fingerprints>,
    /// Whether a printable handout is made for it (`handout = true`).
    pub handout: bool,
    /// Images that are decoration only (`decorative = [...]`); translations inherit them.
    pub decorative: Vec<String>,
    /// The document's own fingerprints, for originals (translations compare against them).
    pub fingerprints: Option<Fingerprints>,
}

/// The whole resolved handbook.
#[derive(Debug)]
pub struct Site {
    /// Site configuration.
    pub config: Config,
    /// Contributors and their consent.
    pub contributors: Contributors,
    /// Published entries, sorted by key; the home page is entry 0.
    pub entries: Vec<Entry>,
    /// Published documents.
    pub docs: Vec<Doc>,
    /// Page-bundle and other content assets.
    pub content_assets: Vec<SourceAsset>,
    /// Theme and site static files.
    pub static_files: Vec<SourceAsset>,
    /// Size and smaller copies of each PNG and JPEG among the assets, by published path.
    pub pictures: BTreeMap<String, pictures::Picture>,
}

impl Site {
    /// The document shown for `entry` in `lang`, and whether it is a fallback to the original.
    pub(crate) fn doc_for(&self, entry: EntryId, lang: &str) -> (&Doc, bool) {
        let e = &self.entries[entry];
        match e.variants.get(lang) {
            Some(&id) => (&self.docs[id], false),
            None => (&self.docs[e.original], true),
        }
    }

    /// Where `entry` is published in `lang`.
    pub fn route(&self, entry: EntryId, lang: &str) -> Route {
        Route::page(&self.config, lang, &self.entries[entry].key)
    }

    /// The home page entry.
    pub fn home(&self) -> EntryId {
        0
    }

    /// The children of `section` in the order every listing shows them in `lang`: by
    /// weight ([`weight_rank`]), then title in `lang` ignoring case, then key. The one
    /// definition of the order of pages in a section.
    pub(crate) fn children_in_order(&self, section: EntryId, lang: &str) -> Vec<EntryId> {
        let mut children = self.entries[section].children.clone();
        children.sort_by_cached_key(|&child| {
            let (doc, _) = self.doc_for(child, lang);
            (weight_rank(doc.weight), doc.title.to_lowercase(), self.entries[child].key.clone())
        });
        children
    }

    /// `entry` and everything below it, depth first, children ordered by weight, then title
    /// in `lang`, then key (the order of section listings).
    pub fn descendants(&self, entry: EntryId, lang: &str) -> Vec<EntryId> {
        let mut all = vec![entry];
        for child in self.children_in_order(entry, lang) {
            all.extend(self.descendants(child, lang));
        }
        all
    }
}

/// Where a `weight` puts a page among others, lighter first: pages without one come last.
pub(crate) fn weight_rank(weight: Option<i64>) -> i64 {
    weight.unwrap_or(i64::MAX)
}

/// Keys cascaded from a section to everything below it, and from an original to its
/// translations, when they do not set them.
#[derive(Debug, Clone, Default)]
struct Inherited {
    kind: Option<Kind>,
    license: Option<String>,
    status: Option<Status>,
    visibility: Option<Visibility>,
    authors: Option<Vec<String>>,
    reviewers: Option<Vec<String>>,
    approved_by: Option<Vec<String>>,
    regions: Option<Vec<String>>,
}

/// What one resolution computed per document that the next can reuse while the document's
/// text is unchanged: `cairn serve` resolves the whole handbook after every edit, and
/// re-reading every outline and fingerprint would cost most of that time.
#[derive(Debug, Default)]
pub struct ResolveCache {
    outlines: Memo<CheckedOutline>,
    fingerprints: Memo<Fingerprints>,
    /// The link index of the last resolution, for [`replace_body`].
    links: Option<links::LinkIndex>,
    /// Images already recompressed and resized, by content hash.
    pictures: pictures::Memo,
}

impl ResolveCache {
    /// A cache for one build only: outlines and fingerprints are computed, not kept.
    pub(crate) fn for_one_build() -> ResolveCache {
        ResolveCache {
            outlines: Memo::keeping_nothing(),
            fingerprints: Memo::keeping_nothing(),
            ..ResolveCache::default()
        }
    }

    /// The compact edition's pictures of `site` (resolved with this cache), at the configured
    /// quality; made once per image and quality, however many bundles ask.
    pub(crate) fn compact_pictures(&mut self, site: &Site) -> pictures::Compacted {
        let assets = site.content_assets.iter().chain(&site.static_files);
        pictures::compact_assets(assets, &site.pictures, site.config.images.quality, &mut self.pictures)
    }
}

/// An outline and the problems found reading it.
type CheckedOutline = (std::sync::Arc<Outline>, Vec<Diagnostic>);

/// What an outline is computed from (problems name the file and lines).
fn outline_key(file: &Path, doc: &Doc) -> Key {
    let file = file.to_string_lossy();
    KeyBuilder::new("outline")
        .with(file.as_bytes())
        .with(doc.body_line.to_le_bytes())
        .with(doc.body.as_bytes())
        .finish()
}

/// What a document's fingerprints are computed from.
fn fingerprint_key(doc: &Doc) -> Key {
    let fields = doc.kind_fields.as_ref().map(|f| serde_json::to_string(f).unwrap_or_default());
    KeyBuilder::new("fingerprints")
        .with(doc.body.as_bytes())
        .with(doc.body_line.to_le_bytes())
        .with(&doc.title)
        .with(serde_json::to_string(&doc.description).unwrap_or_default())
        .with(serde_json::to_string(&fields).unwrap_or_default())
        .finish()
}

/// Resolves sources into a site. Errors are returned in the diagnostics; the site is still
/// returned so `check` can report everything at once.
pub fn resolve(sources: Sources, options: BuildOptions) -> (Site, Diagnostics) {
    resolve_cached(sources, options, &mut ResolveCache::for_one_build())
}

/// [`resolve`], reusing and then replacing what `cache` holds from the previous resolution.
pub(crate) fn resolve_cached(sources: Sources, options: BuildOptions, cache: &mut ResolveCache) -> (Site, Diagnostics) {
    let Sources { config, contributors, documents, content_assets, static_files, .. } = sources;
    let mut diagnostics = Diagnostics::default();

    // Group files into entries by key.
    let mut groups: BTreeMap<String, Vec<SourceDocument>> = BTreeMap::new();
    for doc in documents {
        groups.entry(doc.key.clone()).or_default().push(doc);
    }
    if !groups.contains_key("") {
        groups.insert(String::new(), vec![generated_home(&config)]);
    }
    for (key, files) in &mut groups {
        files.sort_by_key(|f| config.languages.iter().position(|l| l.code == f.lang));
        let mut seen: BTreeMap<&str, &SourceDocument> = BTreeMap::new();
        for f in files.iter() {
            if let Some(other) = seen.insert(&f.lang, f) {
                diagnostics.push(
                    Diagnostic::error(format!(
                        "`{}` and `{}` would both be published at /{}{}",
                        other.file.display(),
                        f.file.display(),
                        if f.lang == config.default_language().code { String::new() } else { format!("{}/", f.lang) },
                        if key.is_empty() { String::new() } else { format!("{key}/") },
                    ))
                    .in_file(&f.file)
                    .with_hint("rename or remove one of them"),
                );
            }
        }
        let mut langs = BTreeSet::new();
        files.retain(|f| langs.insert(f.lang.clone()));
    }

    // Parents: the nearest enclosing section. Keys sort parents before children.
    let keys: Vec<String> = groups.keys().cloned().collect();
    let is_section: BTreeMap<&str, bool> =
        groups.iter().map(|(k, f)| (k.as_str(), k.is_empty() || f[0].is_section)).collect();
    let parent_key = |key: &str| -> Option<String> {
        if key.is_empty() {
            return None;
        }
        let mut candidate = key;
        loop {
            candidate = candidate.rsplit_once('/').map_or("", |(p, _)| p);
            if is_section.get(candidate).copied().unwrap_or(false) {
                return Some(candidate.to_string());
            }
            if candidate.is_empty() {
                return Some(String::new());
            }
        }
    };

    // Resolve documents, parents before children, originals before translations.
    let mut order: Vec<&String> = keys.iter().collect();
    order.sort_by_key(|k| (if k.is_empty() { 0 } else { k.matches('/').count() + 1 }, k.as_str()));
    let mut resolved: BTreeMap<String, ResolvedGroup> = BTreeMap::new();
    for key in order {
        let files = &groups[key];
        let parent = parent_key(key).and_then(|p| resolved.get(&p));
        let group = resolve_group(key, files, parent, &config, &contributors, options, &mut diagnostics);
        resolved.insert(key.clone(), group);
    }

    // Keep what is published and number it (a document is a large value: the vectors are
    // sized once instead of copied as they grow).
    let mut entries = Vec::with_capacity(keys.len());
    let mut docs = Vec::with_capacity(groups.values().map(Vec::len).sum());
    let mut entry_ids: BTreeMap<String, EntryId> = BTreeMap::new();
    for key in &keys {
        let group = resolved.remove(key).expect("every key was resolved above");
        if !group.visible {
            continue;
        }
        let parent = parent_key(key).and_then(|p| entry_ids.get(&p).copied());
        let id = entries.len();
        let mut variants = BTreeMap::new();
        let mut original = None;
        for (doc, is_original) in group.docs {
            let doc_id = docs.len();
            if is_original {
                original = Some(doc_id);
            }
            variants.insert(doc.lang.clone(), doc_id);
            docs.push(Doc { entry: id, ..doc });
        }
        let original = original.expect("a visible group has a visible original");
        entries.push(Entry {
            key: key.clone(),
            is_section: is_section[key.as_str()],
            parent,
            children: Vec::new(),
            original,
            variants,
        });
        entry_ids.insert(key.clone(), id);
        if let Some(p) = parent {
            entries[p].children.push(id);
        }
    }
    let excluded: BTreeSet<String> = keys.iter().filter(|k| !entry_ids.contains_key(*k)).cloned().collect();

    // Outlines and links, in parallel: each document only reads the others.
    let outlines: Vec<CheckedOutline> = docs
        .par_iter()
        .map(|d| match &d.file {
            Some(file) => cache.outlines.get_or_compute(
                || outline_key(file, d),
                || {
                    let (outline, found) = outline::outline(&d.body, d.body_line, file);
                    (std::sync::Arc::new(outline), found)
                },
            ),
            None => Default::default(),
        })
        .collect();
    cache.outlines.forget_unused();
    for (doc, (outline, found)) in docs.iter_mut().zip(outlines) {
        doc.outline = outline;
        diagnostics.extend(found.into_iter().collect());
        if let Some(file) = doc.file.clone() {
            check_heading_credits(doc, &file, &contributors, &mut diagnostics);
        }
    }
    let originals: BTreeSet<DocId> = entries.iter().map(|e| e.original).collect();
    let prints: Vec<Option<Fingerprints>> = docs
        .par_iter()
        .enumerate()
        .map(|(id, doc)| {
            let print = || cache.fingerprints.get_or_compute(|| fingerprint_key(doc), || fingerprint::of(doc));
            originals.contains(&id).then(print)
        })
        .collect();
    cache.fingerprints.forget_unused();
    for (doc, print) in docs.iter_mut().zip(prints) {
        if let Some(print) = print {
            doc.fingerprints = Some(print);
        }
    }
    // Pages made from a PO catalogue learn which sections of their original are current.
    for id in 0..docs.len() {
        let recorded = docs[id].translation_of.as_ref().filter(|r| r.content == crate::po::RECORD_MARKER);
        let original = docs[entries[docs[id].entry].original].fingerprints.as_ref();
        if let (Some(recorded), Some(original)) = (recorded, original) {
            docs[id].translation_of = Some(crate::po::resolve_record(recorded, original));
        }
    }
    let (content_assets, found) = images::clean_assets(content_assets, config.strip_image_metadata);
    diagnostics.extend(found.into_iter().collect());
    let (static_files, found) = images::clean_assets(static_files, config.strip_image_metadata);
    diagnostics.extend(found.into_iter().collect());
    let ([content_assets, static_files], pictures, found) =
        pictures::process_assets([content_assets, static_files], &mut cache.pictures);
    diagnostics.extend(found.into_iter().collect());
    let mut site = Site { config, contributors, entries, docs, content_assets, static_files, pictures };
    let index = links::LinkIndex::new(&site, &entry_ids, &excluded);
    let targets: Vec<(Vec<LinkTarget>, Vec<Diagnostic>)> =
        site.docs.par_iter().map(|doc| links::resolve_links(&site, &index, doc)).collect();
    for (doc, (targets, found)) in site.docs.iter_mut().zip(targets) {
        doc.link_targets = targets;
        diagnostics.extend(found.into_iter().collect());
    }
    cache.links = Some(index);
    (site, diagnostics)
}

/// Gives document `id` the body of `source`, a new version of its file whose front matter
/// is unchanged: what saving an edit to a page's text does. Only what the body determines is
/// computed again (outline, links, fingerprints), so this costs one document, not the
/// handbook. Returns the document as it was; `None` (and nothing changed) when the edit needs
/// a full resolution: the new text has problems to report, or its heading anchors changed
/// (other pages may link to them). `site` and `cache` must be from the last resolution.
pub(crate) fn replace_body(
    site: &mut Site,
    id: DocId,
    source: &SourceDocument,
    cache: &mut ResolveCache,
) -> Option<Doc> {
    let doc = &site.docs[id];
    let file = doc.file.as_ref().filter(|f| **f == source.file && doc.body_line == source.body_line)?;
    let (outline, found) = outline::outline(&source.body, source.body_line, file);
    let anchors = |o: &Outline| o.headings.iter().map(|h| h.id.clone()).collect::<Vec<_>>();
    if !found.is_empty() || anchors(&outline) != anchors(&doc.outline) {
        return None;
    }
    let mut updated = Doc { body: source.body.clone(), outline: std::sync::Arc::new(outline), ..doc.clone() };
    let mut problems = Diagnostics::default();
    check_heading_credits(&updated, file, &site.contributors, &mut problems);
    let (targets, found) = links::resolve_links(site, cache.links.as_ref()?, &updated);
    if !problems.is_empty() || !found.is_empty() {
        return None;
    }
    updated.link_targets = targets;
    if updated.fingerprints.is_some() {
        let print = fingerprint::of(&updated);
        cache.fingerprints.insert(|| fingerprint_key(&updated), print.clone());
        updated.fingerprints = Some(print);
    }
    cache.outlines.insert(|| outline_key(file, &updated), (updated.outline.clone(), Vec::new()));
    Some(std::mem::replace(&mut site.docs[id], updated))
}

fn generated_home(config: &Config) -> SourceDocument {
    SourceDocument {
        file: PathBuf::new(),
        key: String::new(),
        is_section: true,
        lang: config.default_language().code.clone(),
        front: Default::default(),
        front_text: String::new(),
        body: "".into(),
        body_line: 1,
    }
}

/// The documents of one entry with their effective metadata.
struct ResolvedGroup {
    /// Published documents, each flagged when it is the original.
    docs: Vec<(Doc, bool)>,
    /// What each language's document passes down to children, by language.
    cascade: BTreeMap<String, Inherited>,
    /// Whether the entry is published at all.
    visible: bool,
}

impl ResolvedGroup {
    fn cascade_for(&self, lang: &str) -> Option<&Inherited> {
        self.cascade.get(lang).or_else(|| self.cascade.values().next())
    }
}

fn resolve_group(
    key: &str,
    files: &[SourceDocument],
    parent: Option<&ResolvedGroup>,
    config: &Config,
    contributors: &Contributors,
    options: BuildOptions,
    diagnostics: &mut Diagnostics,
) -> ResolvedGroup {
    let declared_original = files.iter().find_map(|f| f.front.original.clone());
    if let (Some(code), Some(f)) = (&declared_original, files.iter().find(|f| f.front.original.is_some()))
        && !config.has_language(code)
    {
        diagnostics.push(
            Diagnostic::error(format!("original language `{code}` is not configured"))
                .in_file(&f.file)
                .with_hint("use one of the codes under [languages] in cairn.toml"),
        );
    }
    let original_lang = declared_original.filter(|c| files.iter().any(|f| &f.lang == c));
    let original_index = original_lang
        .and_then(|code| files.iter().position(|f| f.lang == code))
        .or_else(|| files.iter().position(|f| f.lang == config.default_language().code))
        .unwrap_or(0);

    let parent_visible = parent.is_none_or(|p| p.visible);
    let mut group = ResolvedGroup { docs: Vec::new(), cascade: BTreeMap::new(), visible: false };
    let mut original_inherited: Option<(Inherited, Doc)> = None;
    let order = std::iter::once(original_index).chain((0..files.len()).filter(|&i| i != original_index));
    for i in order {
        let file = &files[i];
        let is_original = i == original_index;
        let from_section = parent.and_then(|p| p.cascade_for(&file.lang)).cloned().unwrap_or_default();
        let from_original = original_inherited.as_ref();
        let (doc, inherited) = resolve_doc(key, file, from_original, &from_section, config, contributors, diagnostics);
        let published = (options.drafts || doc.status != Status::Draft)
            && (options.internal || doc.visibility != Visibility::Internal);
        if is_original {
            group.visible = published && parent_visible;
            original_inherited = Some((inherited.clone(), doc.clone()));
        }
        group.cascade.insert(file.lang.clone(), inherited);
        if published && group.visible {
            group.docs.push((doc, is_original));
        }
    }
    group
}

fn resolve_doc(
    key: &str,
    file: &SourceDocument,
    original: Option<&(Inherited, Doc)>,
    section: &Inherited,
    config: &Config,
    contributors: &Contributors,
    diagnostics: &mut Diagnostics,
) -> (Doc, Inherited) {
    let fm = &file.front;
    let error = |message: String| Diagnostic::error(message).in_file(&file.file);
    let from_original = original.map(|(i, _)| i);
    let original_doc = original.map(|(_, d)| d);
    let pick = |own: &Option<Vec<String>>, orig: Option<&Option<Vec<String>>>, sect: &Option<Vec<String>>| {
        own.clone().or_else(|| orig.and_then(|o| o.clone())).or_else(|| sect.clone())
    };
    let status = match (fm.status, fm.draft) {
        (Some(s), _) => Some(s),
        (None, Some(true)) => Some(Status::Draft),
        (None, Some(false)) => Some(Status::Approved),
        (None, None) => None,
    };
    let inherited = Inherited {
        kind: fm.kind.or(from_original.and_then(|o| o.kind)).or(section.kind),
        license: fm
            .license
            .clone()
            .or_else(|| from_original.and_then(|o| o.license.clone()))
            .or_else(|| section.license.clone()),
        status: status.or(from_original.and_then(|o| o.status)).or(section.status),
        visibility: fm.visibility.or(from_original.and_then(|o| o.visibility)).or(section.visibility),
        authors: pick(&fm.authors, from_original.map(|o| &o.authors), &section.authors),
        reviewers: fm.reviewers.clone().or_else(|| section.reviewers.clone()),
        approved_by: pick(&fm.approved_by, from_original.map(|o| &o.approved_by), &section.approved_by),
        regions: pick(&fm.regions, from_original.map(|o| &o.regions), &section.regions),
    };
    let kind = inherited.kind.unwrap_or(Kind::Page);
    let kind_fields = match fm.kind_fields() {
        Ok(fields) => fields,
        Err(message) => {
            diagnostics.push(error(message).with_hint("keep only the table of the page's kind"));
            None
        }
    };
    let kind_fields = kind_fields.or_else(|| original_doc.and_then(|d| d.kind_fields.clone()));
    if let Some(fields) = &kind_fields
        && fields.kind() != kind
        && !file.is_section
    {
        diagnostics.push(
            error(format!("[{}] fields on a page of kind `{}`", fields.kind().as_str(), kind.as_str())).with_hint(
                format!("set kind = \"{}\" or rename the table to [{}]", fields.kind().as_str(), kind.as_str()),
            ),
        );
    }
    let title = fm.title.clone().or_else(|| original_doc.map(|d| d.title.clone())).unwrap_or_else(|| {
        if key.is_empty() {
            config.title.clone()
        } else if file.is_section {
            key.rsplit('/').next().unwrap_or(key).to_string()
        } else {
            diagnostics.push(
                error("page has no title".to_string()).at_line(1).with_hint("add title = \"...\" to its front matter"),
            );
            key.to_string()
        }
    });
    let mut date = |d: &Option<crate::load::front_matter::FrontDate>, name: &str| {
        d.as_ref().and_then(|d| {
            let normalized = d.normalized();
            if normalized.is_none() {
                diagnostics.push(error(format!("`{name}` is not a date")).with_hint("write dates as YYYY-MM-DD"));
            }
            normalized
        })
    };
    let own_date = date(&fm.date, "date");
    let own_updated = date(&fm.updated, "updated");
    let credit_fields = [
        ("authors", &fm.authors),
        ("translators", &fm.translators),
        ("reviewers", &fm.reviewers),
        ("approved_by", &fm.approved_by),
    ];
    for (role, ids) in credit_fields {
        for id in ids.iter().flatten() {
            if let Some(d) = check_contributor(id, role, contributors) {
                let needle = if id.is_empty() { "\"\"" } else { id.as_str() };
                diagnostics.push(d.in_file(&file.file).at_line(1 + front_line_of(file, needle)));
            }
        }
    }
    if config.require_approval
        && !file.is_section
        && inherited.approved_by.as_ref().is_none_or(Vec::is_empty)
        && inherited.status != Some(Status::Draft)
    {
        diagnostics.push(error("page has no `approved_by`, and cairn.toml sets require_approval = true".to_string()).with_hint(
            "add approved_by = [\"id\"] once the people concerned have agreed to publication, or mark it status = \"draft\"",
        ));
    }
    let doc = Doc {
        entry: 0,
        lang: file.lang.clone(),
        file: (!file.file.as_os_str().is_empty()).then(|| file.file.clone()),
        title,
        description: fm.description.clone(),
        kind,
        weight: fm.weight.or(original_doc.and_then(|d| d.weight)),
        date: own_date.or_else(|| original_doc.and_then(|d| d.date.clone())),
        updated: own_updated.or_else(|| original_doc.and_then(|d| d.updated.clone())),
        authors: inherited.authors.clone().unwrap_or_default(),
        translators: fm.translators.clone().unwrap_or_default(),
        reviewers: inherited.reviewers.clone().unwrap_or_default(),
        approved_by: inherited.approved_by.clone().unwrap_or_default(),
        status: inherited.status.unwrap_or(Status::Approved),
        visibility: inherited.visibility.unwrap_or_default(),
        license: license(
            inherited.license.as_deref().or(config.license.as_deref()),
            file,
            fm.license.is_some(),
            diagnostics,
        ),
        source: fm.source.clone().or_else(|| original_doc.and_then(|d| d.source.clone())),
        tags: fm.tags.clone().or_else(|| original_doc.map(|d| d.tags.clone())).unwrap_or_default(),
        regions: inherited.regions.clone().unwrap_or_default(),
        kind_fields,
        extra: fm.extra.clone().or_else(|| original_doc.map(|d| d.extra.clone())).unwrap_or_default(),
        body: file.body.clone(),
        body_line: file.body_line,
        outline: Default::default(),
        link_targets: Vec::new(),
        translation_of: fm.translation_of.clone(),
        handout: fm.handout.or(original_doc.map(|d| d.handout)).unwrap_or(false),
        decorative: fm.decorative.clone().or_else(|| original_doc.map(|d| d.decorative.clone())).unwrap_or_default(),
        fingerprints: None,
    };
    (doc, inherited)
}

/// The licence `id`, checked against the SPDX list; an unknown id is reported on the file
/// that sets it (the page itself, or `cairn.toml` for the site-wide licence).
fn license(
    id: Option<&str>,
    file: &SourceDocument,
    set_here: bool,
    diagnostics: &mut Diagnostics,
) -> Option<licenses::License> {
    let id = id?;
    let found = licenses::lookup(id);
    if found.is_none() && (set_here || file.key.is_empty()) {
        let place = if set_here {
            Diagnostic::error(format!("unknown licence `{id}`"))
                .in_file(&file.file)
                .at_line(1 + front_line_of(file, id))
        } else {
            Diagnostic::error(format!("unknown licence `{id}`")).in_file(crate::config::CONFIG_FILE)
        };
        diagnostics.push(
            place.with_hint("use an SPDX id such as CC-BY-SA-4.0, CC-BY-4.0 or CC0-1.0 (https://spdx.org/licenses/)"),
        );
    }
    found
}

/// The 0-based line inside the front matter where `needle` first appears (0 if absent):
/// good enough to point an author at a mistyped contributor id.
fn front_line_of(file: &SourceDocument, needle: &str) -> usize {
    file.front_text.lines().position(|l| l.contains(needle)).map_or(0, |i| i + 1)
}

fn check_contributor(id: &str, role: &str, contributors: &Contributors) -> Option<Diagnostic> {
    if id.trim().is_empty() {
        return Some(
            Diagnostic::error(format!("empty contributor id in `{role}`"))
                .with_hint("remove it or use an id from contributors.toml"),
        );
    }
    if contributors.get(id).is_some() {
        return None;
    }
    let hint = match contributors.closest_id(id) {
        Some(close) => format!("did you mean `{close}`? Otherwise add [{id}] to contributors.toml"),
        None => format!("add [{id}] to contributors.toml, with name and credit"),
    };
    Some(Diagnostic::error(format!("unknown contributor `{id}` in `{role}`")).with_hint(hint))
}

fn check_heading_credits(
    doc: &Doc,
    file: &std::path::Path,
    contributors: &Contributors,
    diagnostics: &mut Diagnostics,
) {
    for heading in &doc.outline.headings {
        for (role, ids) in &heading.credits {
            for id in ids {
                if let Some(d) = check_contributor(id, role, contributors) {
                    diagnostics.push(d.in_file(file).at_line(heading.line));
                }
            }
        }
    }
}
