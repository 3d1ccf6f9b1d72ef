//! cairn compiles co-authored Markdown handbooks into multilingual static sites.
//!
//! The pipeline runs one way, each stage owned by one module and handing plain data on:
//!
//! 1. [`load`] reads the handbook tree (`cairn.toml`, `contributors.toml`, `content/`,
//!    the theme, `i18n/`, `static/`) into [`load::Sources`]. Nothing after it opens a file.
//! 2. [`model`] resolves languages, translations and fallbacks, the section tree and its
//!    cascade, drafts, kinds, credits and links into a [`model::Site`].
//! 3. [`render`] turns the site into [`output::Artifact`]s (HTML through Tera, sitemap,
//!    generated CSS), in parallel, with every URL from [`urls`].
//! 4. [`output`] writes artifacts; the site folder is swapped in only when complete.
//!
//! Problems travel as [`diagnostics::Diagnostic`]s; the binary in `main.rs` only parses the
//! command line ([`cli`]) and prints them.

pub mod cli;
pub(crate) mod config;
pub(crate) mod dates;
pub mod diagnostics;
pub mod i18n;
pub(crate) mod init;
pub(crate) mod lang;
pub mod load;
pub(crate) mod markdown;
pub mod model;
pub mod output;
#[cfg(feature = "pdf")]
pub(crate) mod pdf;
pub(crate) mod po;
pub mod render;
pub mod search;
pub mod serve;
pub(crate) mod translation_workflow;
pub mod urls;

use diagnostics::{Diagnostic, Diagnostics, Severity};
use model::{BuildOptions, Site};
use output::Artifact;
use std::path::Path;
use std::sync::Arc;

/// What a build is asked to do, beyond which handbook to read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BuildSettings {
    /// What the model includes.
    pub options: BuildOptions,
    /// Replaces `base_url` from `cairn.toml`.
    pub base_url: Option<String>,
    /// Turns warnings (missing images, ...) into errors.
    pub strict: bool,
    /// Fails on missing or outdated translations (also `strict_translations` in cairn.toml).
    pub strict_translations: bool,
}

/// A successful build in memory: the site, its files, and the warnings.
#[derive(Debug)]
pub struct Built {
    /// The resolved site.
    pub site: Site,
    /// Every output file, sorted by path.
    pub artifacts: Vec<Artifact>,
    /// Warnings (no errors: those fail the build).
    pub warnings: Diagnostics,
    /// How long each stage took, in order.
    pub timings: Vec<(&'static str, std::time::Duration)>,
}

/// A handbook loaded and resolved, ready to be rendered as any edition.
pub struct Prepared {
    /// The resolved site.
    pub site: Site,
    templates: std::collections::BTreeMap<String, String>,
    // Only handouts read these; builds without the `pdf` feature carry them unused.
    #[cfg_attr(not(feature = "pdf"), allow(dead_code))]
    print_templates: std::collections::BTreeMap<String, String>,
    #[cfg_attr(not(feature = "pdf"), allow(dead_code))]
    fonts: Vec<(String, Vec<u8>)>,
    /// `--strict`: what handouts report (images without alt text) fails too.
    #[cfg_attr(not(feature = "pdf"), allow(dead_code))]
    strict: bool,
    /// UI strings of every language.
    pub strings: Arc<i18n::UiStrings>,
    /// Warnings so far.
    pub warnings: Diagnostics,
    /// How long each stage took, in order.
    pub timings: Vec<(&'static str, std::time::Duration)>,
}

/// Loads and resolves a handbook. Fails with every error found.
pub fn prepare(root: &Path, settings: &BuildSettings) -> Result<Prepared, Diagnostics> {
    prepare_cached(root, settings, &mut model::ResolveCache::default())
}

/// Loads and resolves a handbook, keeping what resolving computed in `cache` for more work
/// on the same site (the compact edition's pictures).
fn prepare_cached(
    root: &Path,
    settings: &BuildSettings,
    cache: &mut model::ResolveCache,
) -> Result<Prepared, Diagnostics> {
    let started = std::time::Instant::now();
    let (sources, diagnostics) = load::load(root)?;
    let timings = vec![("load", started.elapsed())];
    prepare_loaded(sources, diagnostics, settings, cache, timings)
}

/// Resolves loaded sources (`diagnostics` holds what loading found), reusing `cache`.
pub fn prepare_loaded(
    mut sources: load::Sources,
    mut diagnostics: Diagnostics,
    settings: &BuildSettings,
    cache: &mut model::ResolveCache,
    mut timings: Vec<(&'static str, std::time::Duration)>,
) -> Result<Prepared, Diagnostics> {
    if let Some(url) = &settings.base_url {
        sources.config.set_base_url(url);
    }
    let templates = std::mem::take(&mut sources.templates);
    let print_templates = std::mem::take(&mut sources.print_templates);
    let fonts = std::mem::take(&mut sources.fonts);
    let strings = sources.ui_strings.clone();
    let started = std::time::Instant::now();
    let (site, found) = model::resolve_cached(sources, settings.options, cache);
    diagnostics.extend(found);
    timings.push(("model", started.elapsed()));
    if settings.strict {
        diagnostics.make_warnings_errors();
    }
    // After `--strict`: translation gaps are normal while a handbook grows, and only
    // `--strict-translations` makes them fatal.
    let strict_translations = settings.strict_translations || site.config.strict_translations;
    diagnostics.extend(translation_gaps(&site, &strings, strict_translations));
    if diagnostics.has_errors() {
        return Err(diagnostics);
    }
    let strict = settings.strict;
    Ok(Prepared { site, templates, print_templates, fonts, strict, strings, warnings: diagnostics, timings })
}

impl Prepared {
    /// Renders one edition (the hosted site, or an offline copy) into artifacts.
    pub fn render(&mut self, edition: &render::Edition) -> Result<Vec<Artifact>, Diagnostics> {
        let started = std::time::Instant::now();
        let handouts = self.handouts(edition, None)?;
        if !handouts.is_empty() {
            self.timings.push(("handouts", started.elapsed()));
        }
        let started = std::time::Instant::now();
        let sizes = handout_files(&handouts);
        let everything = render::Selection::everything();
        let mut artifacts = self.pages(edition, &everything, &sizes)?;
        artifacts.extend(handouts.into_iter().map(|(_, _, artifact)| artifact));
        self.timings.push(("render", started.elapsed()));
        let started = std::time::Instant::now();
        artifacts.extend(search::artifacts(&self.site, &edition.languages));
        self.timings.push(("search index", started.elapsed()));
        output::arrange(artifacts)
    }

    /// The pages (and other files but handouts and search indexes) `selection` names;
    /// `handouts` gives the size and checksum of each handout, which pages show.
    pub fn pages(
        &self,
        edition: &render::Edition,
        selection: &render::Selection,
        handouts: &render::HandoutFiles,
    ) -> Result<Vec<Artifact>, Diagnostics> {
        render::render_selected(&self.site, &self.templates, self.strings.clone(), edition, handouts, selection)
    }

    /// The printable handouts of the pages marked `handout = true` (among `only`, when
    /// given), in the edition's languages. A handout whose text this machine has no font for
    /// is left out with a warning, so a site still builds on a machine without, say, Chinese
    /// fonts; `cairn pdf` fails instead.
    #[cfg(feature = "pdf")]
    pub fn handouts(
        &mut self,
        edition: &render::Edition,
        only: Option<&std::collections::BTreeSet<model::EntryId>>,
    ) -> Result<Vec<(model::EntryId, String, Artifact)>, Diagnostics> {
        let jobs: Vec<(model::EntryId, &String)> = (0..self.site.entries.len())
            .filter(|&e| self.site.docs[self.site.entries[e].original].handout)
            .filter(|e| only.is_none_or(|only| only.contains(e)))
            .flat_map(|e| edition.languages.iter().map(move |lang| (e, lang)))
            .collect();
        if jobs.is_empty() {
            return Ok(Vec::new());
        }
        let typesetter = pdf::Typesetter::new(&self.fonts);
        let template = self.print_templates.get("handout.typ").cloned().unwrap_or_default();
        type Typeset<'a> = (model::EntryId, &'a String, Result<pdf::Typeset, pdf::TypesetError>);
        let results: Vec<Typeset<'_>> = pdf::typeset_parallel(&jobs, |&(entry, lang)| {
            let handout = pdf::Handout { entries: vec![entry], lang: lang.clone(), paper: pdf::Paper::A4, title: None };
            (entry, lang, typesetter.typeset(&self.site, &template, &self.strings, &handout))
        });
        let mut handouts = Vec::new();
        let mut errors = Diagnostics::default();
        let mut reported = Diagnostics::default();
        for (entry, lang, result) in results {
            match result {
                Ok(typeset) => {
                    typeset.warnings.into_iter().for_each(|w| reported.push(w));
                    let route = urls::Route::handout(&self.site.entries[entry].key, lang);
                    let artifact = Artifact::new(route, format!("(handout, {lang})"), typeset.pdf);
                    handouts.push((entry, lang.clone(), artifact));
                }
                Err(pdf::TypesetError::MissingFont(d)) => {
                    self.warnings.push(Diagnostic { severity: diagnostics::Severity::Warning, ..d })
                }
                Err(pdf::TypesetError::Failed(d)) => errors.push(d),
            }
        }
        if self.strict {
            reported.make_warnings_errors();
            errors.extend(reported);
        } else {
            self.warnings.extend(reported);
        }
        if errors.has_errors() { Err(errors) } else { Ok(handouts) }
    }

    /// Without the `pdf` feature, no handouts: pages carry no download link.
    #[cfg(not(feature = "pdf"))]
    pub fn handouts(
        &mut self,
        _edition: &render::Edition,
        _only: Option<&std::collections::BTreeSet<model::EntryId>>,
    ) -> Result<Vec<(model::EntryId, String, Artifact)>, Diagnostics> {
        Ok(Vec::new())
    }

    /// A UI string in `lang`.
    pub fn text(&self, lang: &str, key: &str, args: &[(&str, String)]) -> String {
        self.strings.get(lang, key, None, args).unwrap_or_default()
    }
}

/// Size and checksum of each handout, by entry and language, as pages and the verify page
/// show them.
pub fn handout_files(handouts: &[(model::EntryId, String, Artifact)]) -> render::HandoutFiles {
    use sha2::Digest;
    handouts
        .iter()
        .map(|(entry, lang, artifact)| {
            let sha256 = sha2::Sha256::digest(&artifact.bytes).iter().map(|b| format!("{b:02x}")).collect();
            ((*entry, lang.clone()), render::HandoutFile { bytes: artifact.bytes.len() as u64, sha256 })
        })
        .collect()
}

/// Loads, resolves and renders the hosted site in memory. Fails with every error found.
pub fn build_in_memory(root: &Path, settings: &BuildSettings) -> Result<Built, Diagnostics> {
    let mut prepared = prepare(root, settings)?;
    let edition = render::Edition::hosted(&prepared.site);
    let artifacts = prepared.render(&edition)?;
    let strict = prepared.site.config.privacy == config::Privacy::Strict || settings.strict;
    let started = std::time::Instant::now();
    let remote = render::privacy::check(&artifacts, strict);
    prepared.timings.push(("privacy check", started.elapsed()));
    if remote.has_errors() {
        return Err(remote);
    }
    prepared.warnings.extend(remote);
    Ok(Built { site: prepared.site, artifacts, warnings: prepared.warnings, timings: prepared.timings })
}

/// Which handouts `cairn pdf` makes.
#[cfg(feature = "pdf")]
#[derive(Debug, Clone, Default)]
pub struct PdfSettings {
    /// Content files or section folders (relative to the current folder or to the root);
    /// none means the whole handbook.
    pub paths: Vec<std::path::PathBuf>,
    /// Languages (every configured language when empty).
    pub languages: Vec<String>,
    /// Every page with `handout = true`, one PDF each.
    pub all: bool,
    /// Paper size.
    pub paper: pdf::Paper,
    /// Signs each PDF (`NAME.pdf.minisig`).
    pub signer: Option<Arc<output::signing::Signer>>,
}

/// Typesets handouts into `out_dir`; returns each PDF written with its size.
#[cfg(feature = "pdf")]
pub fn pdf(
    root: &Path,
    out_dir: &Path,
    settings: &BuildSettings,
    request: &PdfSettings,
) -> Result<(Vec<(std::path::PathBuf, u64)>, Diagnostics), Diagnostics> {
    let prepared = prepare(root, settings)?;
    let site = &prepared.site;
    let config = &site.config;
    let mut problems = Diagnostics::default();
    for code in request.languages.iter().filter(|c| !config.has_language(c)) {
        problems.push(
            Diagnostic::error(format!("language `{code}` is not configured"))
                .with_hint("use one of the codes under [languages] in cairn.toml"),
        );
    }
    let languages: Vec<String> = if request.languages.is_empty() {
        config.languages.iter().map(|l| l.code.clone()).collect()
    } else {
        request.languages.clone()
    };
    // (file stem, entries, title) per handout, before languages.
    let mut wanted: Vec<(String, Vec<model::EntryId>, bool)> = Vec::new();
    let stem = |key: &str| if key.is_empty() { markdown::slugify(&config.title) } else { key.replace('/', "-") };
    for path in &request.paths {
        match entry_at(root, path, site) {
            Some(entry) => {
                let is_section = site.entries[entry].is_section;
                let entries = if is_section { site.descendants(entry, &config.default_language().code) } else { vec![entry] };
                wanted.push((stem(&site.entries[entry].key), entries, is_section));
            }
            None => problems.push(
                Diagnostic::error(format!("{} is not a published page or section of this handbook", path.display()))
                    .with_hint("give a content file (content/x/page.md) or a section folder, relative to here or to the handbook root"),
            ),
        }
    }
    if request.all {
        for (id, entry) in site.entries.iter().enumerate() {
            if site.docs[entry.original].handout {
                wanted.push((stem(&entry.key), vec![id], false));
            }
        }
    } else if request.paths.is_empty() {
        wanted.push((stem(""), site.descendants(site.home(), &config.default_language().code), true));
    }
    if problems.has_errors() {
        return Err(problems);
    }
    let template = prepared.print_templates.get("handout.typ").cloned().unwrap_or_default();
    let typesetter = pdf::Typesetter::new(&prepared.fonts);
    let jobs: Vec<(String, pdf::Handout)> = wanted
        .iter()
        .flat_map(|(stem, entries, titled)| {
            languages.iter().map(move |lang| {
                let title = titled.then(|| {
                    let (doc, _) = site.doc_for(entries[0], lang);
                    if site.entries[entries[0]].key.is_empty() {
                        config.language(lang).and_then(|l| l.title.clone()).unwrap_or_else(|| config.title.clone())
                    } else {
                        doc.title.clone()
                    }
                });
                let handout =
                    pdf::Handout { entries: entries.clone(), lang: lang.clone(), paper: request.paper, title };
                (format!("{stem}.{lang}.pdf"), handout)
            })
        })
        .collect();
    let results: Vec<Result<(Artifact, Vec<Diagnostic>), Diagnostic>> =
        pdf::typeset_parallel(&jobs, |(name, handout)| {
            typesetter
                .typeset(site, &template, &prepared.strings, handout)
                .map(|typeset| (Artifact::new(urls::Route::file(name), name.clone(), typeset.pdf), typeset.warnings))
                .map_err(pdf::TypesetError::diagnostic)
        });
    let mut artifacts = Vec::new();
    let mut reported = Diagnostics::default();
    for result in results {
        match result {
            Ok((artifact, found)) => {
                artifacts.push(artifact);
                found.into_iter().for_each(|w| reported.push(w));
            }
            Err(d) => problems.push(d),
        }
    }
    let mut warnings = prepared.warnings;
    if settings.strict {
        reported.make_warnings_errors();
        problems.extend(reported);
    } else {
        warnings.extend(reported);
    }
    if problems.has_errors() {
        return Err(problems);
    }
    let written = output::files::write_all(out_dir, &artifacts).map_err(|d| Diagnostics::from_iter([d]))?;
    if let Some(signer) = &request.signer {
        for ((path, _), (_, handout)) in written.iter().zip(&jobs) {
            let comment = trusted_comment(config, &handout.lang, "handout", None);
            signer.sign_file(path, &comment).map_err(|d| Diagnostics::from_iter([d]))?;
        }
    }
    Ok((written, warnings))
}

/// What a signature says of the file it signs (minisign's trusted comment, signed with it):
/// handbook, language, edition and the source date, so a reader sees which copy it is.
fn trusted_comment(config: &config::Config, lang: &str, edition: &str, source_date: Option<&str>) -> String {
    let title = config.language(lang).and_then(|l| l.title.clone()).unwrap_or_else(|| config.title.clone());
    let date = source_date.map(|d| format!(" | source date: {d}")).unwrap_or_default();
    format!("{title} | language: {lang} | edition: {edition}{date}")
}

/// The entry a PATH argument names (a content file, or a section folder).
#[cfg(feature = "pdf")]
fn entry_at(root: &Path, path: &Path, site: &Site) -> Option<model::EntryId> {
    let content = root.join(load::CONTENT_DIR).canonicalize().ok()?;
    let (found, relative) = [path.to_path_buf(), root.join(path)].into_iter().find_map(|p| {
        let found = p.canonicalize().ok()?;
        let relative = found.strip_prefix(&content).ok()?.to_path_buf();
        Some((found, relative))
    })?;
    let relative = relative.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
    let key = if found.is_dir() { relative } else { load::classify_markdown_path(&relative, &site.config).0 };
    site.entries.iter().position(|e| e.key == key)
}

/// Which offline copies `cairn bundle` makes.
#[derive(Debug, Clone, Default)]
pub struct BundleSettings {
    /// One ZIP per language listed (every configured language when empty).
    pub languages: Vec<String>,
    /// Also one ZIP holding every language.
    pub all_languages: bool,
    /// Entry timestamps (`SOURCE_DATE_EPOCH`).
    pub source_date_epoch: Option<String>,
    /// Signs each ZIP and `SHA256SUMS` (`NAME.minisig` beside each).
    pub signer: Option<Arc<output::signing::Signer>>,
    /// Which pictures the bundles carry.
    pub edition: output::bundle::BundleEdition,
    /// The largest a ZIP may be, in bytes: over it, nothing is written.
    pub max_size: Option<u64>,
}

/// Makes offline ZIP bundles of a handbook into `out_dir`, with `SHA256SUMS` beside them.
pub fn bundle(
    root: &Path,
    out_dir: &Path,
    settings: &BuildSettings,
    bundles: &BundleSettings,
) -> Result<(Vec<output::bundle::Written>, Diagnostics), Diagnostics> {
    let mut cache = model::ResolveCache::default();
    let mut prepared = prepare_cached(root, settings, &mut cache)?;
    let config = prepared.site.config.clone();
    let unknown: Vec<Diagnostic> = bundles
        .languages
        .iter()
        .filter(|l| !config.has_language(l))
        .map(|l| {
            Diagnostic::error(format!("language `{l}` is not configured"))
                .with_hint("use one of the codes under [languages] in cairn.toml")
        })
        .collect();
    if !unknown.is_empty() {
        return Err(unknown.into_iter().collect());
    }
    let slug = markdown::slugify(&config.title);
    let slug = if slug.is_empty() { "handbook".to_string() } else { slug };
    let mut wanted: Vec<(String, Vec<String>)> = if bundles.languages.is_empty() {
        config.languages.iter().map(|l| (l.code.clone(), vec![l.code.clone()])).collect()
    } else {
        bundles.languages.iter().map(|l| (l.clone(), vec![l.clone()])).collect()
    };
    if bundles.all_languages {
        wanted.push(("all-languages".to_string(), config.languages.iter().map(|l| l.code.clone()).collect()));
    }
    let names: Vec<String> = wanted.iter().map(|(name, _)| name.clone()).collect();
    let compacted =
        (bundles.edition == output::bundle::BundleEdition::Compact).then(|| cache.compact_pictures(&prepared.site));
    let mut to_write = Vec::new();
    for (name, languages) in wanted {
        let mut edition = render::Edition::offline(&prepared.site, &languages);
        edition.text_only = bundles.edition == output::bundle::BundleEdition::Text;
        edition.pictures = compacted.as_ref().map(|c| c.pictures.clone());
        let mut artifacts = prepared.render(&edition)?;
        if let Some(compacted) = &compacted {
            output::bundle::swap_in_compact(&mut artifacts, compacted);
        }
        if edition.text_only {
            let site = &prepared.site;
            let pictures: std::collections::BTreeSet<&str> = site
                .static_files
                .iter()
                .chain(&site.content_assets)
                .filter(|a| model::images::is_picture(&a.path))
                .map(|a| a.path.as_str())
                .collect();
            artifacts.retain(|a| !pictures.contains(a.path().as_str()));
        }
        let readme_lang = if languages.len() == 1 { &languages[0] } else { &config.default_language().code };
        let strings = prepared.strings.clone();
        let folder = format!("{slug}-{name}{}", bundles.edition.suffix());
        let readme = render::offline::readme(&prepared.site, &strings, readme_lang, &format!("{folder}.zip"));
        artifacts.push(Artifact::new(urls::Route::file("README.txt"), "(bundle readme)", readme.into_bytes()));
        if !edition.has(&config.default_language().code) {
            let entry = render::offline::entry_page(&prepared.site, &strings, readme_lang);
            artifacts.push(Artifact::new(render::offline::entry_route(), "(bundle entry page)", entry.into_bytes()));
        }
        // An offline copy is read where a request to another site may be watched or costly.
        let remote = render::privacy::check(&artifacts, true);
        if remote.has_errors() {
            return Err(remote);
        }
        to_write.push(output::bundle::Bundle {
            file_name: format!("{folder}.zip"),
            folder,
            artifacts: output::arrange(artifacts)?,
        });
    }
    let when = output::bundle::timestamp(bundles.source_date_epoch.as_deref());
    let written =
        output::bundle::write(out_dir, &to_write, when, bundles.max_size).map_err(|d| Diagnostics::from_iter([d]))?;
    if let Some(signer) = &bundles.signer {
        let date = format!("{:04}-{:02}-{:02}", when.year(), when.month(), when.day());
        let sign =
            |path: &Path, comment: String| signer.sign_file(path, &comment).map_err(|d| Diagnostics::from_iter([d]));
        for (written, name) in written.iter().zip(&names) {
            sign(&written.path, trusted_comment(&config, name, "offline bundle", Some(&date)))?;
        }
        sign(
            &out_dir.join("SHA256SUMS"),
            format!("{} | SHA256SUMS of the offline bundles | source date: {date}", config.title),
        )?;
    }
    Ok((written, prepared.warnings))
}

/// Builds a handbook into `out`, replacing what was there only on success.
pub fn build(root: &Path, out: &Path, settings: &BuildSettings) -> Result<Built, Diagnostics> {
    refuse_unsafe_output(root, out)
        .and_then(|()| output::site_dir::check_replaceable(out))
        .map_err(|d| Diagnostics::from_iter([d]))?;
    let mut built = build_in_memory(root, settings)?;
    let started = std::time::Instant::now();
    output::site_dir::write(out, &built.artifacts).map_err(|d| Diagnostics::from_iter([d]))?;
    built.timings.push(("write", started.elapsed()));
    Ok(built)
}

/// Everything `build` validates, plus UI strings missing per language; writes nothing.
pub fn check(root: &Path, settings: &BuildSettings) -> Result<Diagnostics, Diagnostics> {
    let (sources, _) = load::load(root)?;
    let mut missing = Diagnostics::default();
    for language in &sources.config.languages {
        let keys = sources.ui_strings.missing_keys(&language.code);
        if !keys.is_empty() {
            missing.push(
                Diagnostic::warning(format!(
                    "{} UI strings missing in `{}`: {}",
                    keys.len(),
                    language.code,
                    keys.join(", ")
                ))
                .in_file(format!("i18n/{}.toml", language.code))
                .with_hint("add them to i18n/<lang>.toml; until then the default language's text is shown"),
            );
        }
    }
    let mut built = build_in_memory(root, settings)?;
    built.warnings.extend(missing);
    built.warnings.extend(uncredited_contributors(&built.site));
    built.warnings.extend(model::heading_levels::skipped_levels(&built.site));
    Ok(built.warnings)
}

/// One diagnostic per language with missing or outdated translations: a warning, or an error
/// listing the pages when `strict`.
pub(crate) fn translation_gaps(site: &Site, strings: &i18n::UiStrings, strict: bool) -> Diagnostics {
    let message = |lang: &str, missing: usize, outdated: usize| {
        format!(
            "`{lang}`: {missing} page{} not translated, {outdated} translation{} outdated",
            if missing == 1 { "" } else { "s" },
            if outdated == 1 { "" } else { "s" },
        )
    };
    if !strict {
        // Counting is all a warning needs, and far cheaper than the report.
        return model::translation_status::gaps(site)
            .into_iter()
            .filter(|(_, missing, outdated)| missing + outdated > 0)
            .map(|(lang, missing, outdated)| {
                Diagnostic::warning(message(&lang, missing, outdated))
                    .with_hint(format!("`cairn i18n status --lang {lang}` lists them"))
            })
            .collect();
    }
    model::translation_status::report(site, strings, None)
        .into_iter()
        .filter(|s| s.missing.pages + s.outdated.pages > 0)
        .map(|s| {
            let pages: Vec<&str> =
                s.missing_pages.iter().chain(&s.outdated_pages).map(|p| p.original_file.as_str()).collect();
            Diagnostic::error(format!("{}: {}", message(&s.lang, s.missing.pages, s.outdated.pages), pages.join(", ")))
                .with_hint(format!("translate them, or run `cairn i18n status --lang {}` for details", s.lang))
        })
        .collect()
}

/// A warning for each contributor of `contributors.toml` that no published page credits.
fn uncredited_contributors(site: &Site) -> Diagnostics {
    let mut credited = std::collections::BTreeSet::new();
    for doc in &site.docs {
        let page = [&doc.authors, &doc.translators, &doc.reviewers, &doc.approved_by];
        let sections = doc.outline.headings.iter().flat_map(|h| h.credits.iter().map(|(_, ids)| ids));
        credited.extend(page.into_iter().chain(sections).flatten().map(String::as_str));
    }
    site.contributors
        .ids()
        .filter(|id| !credited.contains(id))
        .map(|id| {
            Diagnostic::warning(format!("contributor `{id}` is not credited on any published page"))
                .in_file(load::contributors::CONTRIBUTORS_FILE)
                .with_hint("credit them in a page's front matter or on a heading, or remove them")
        })
        .collect()
}

/// Searches the index of a built site (`out`) in `lang` (default: the handbook's default
/// language) with the reference implementation.
#[allow(clippy::disallowed_methods)] // reads the built site's search index, not the handbook
pub fn search_built_site(
    root: &Path,
    out: &Path,
    lang: Option<&str>,
    query: &str,
    limit: usize,
) -> Result<Vec<search::query::Hit>, Diagnostic> {
    let lang = match lang {
        Some(code) => code.to_string(),
        None => load::default_language(root).unwrap_or_else(|| "en".to_string()),
    };
    let mut failed_file = None;
    let source = |piece: search::Piece| {
        let file = out.join(piece.route(&lang).output_file());
        let script = std::fs::read_to_string(&file).map_err(|e| {
            failed_file = Some(file.clone());
            format!("cannot read the `{lang}` search index: {e}")
        })?;
        search::Piece::value_of(&script).inspect_err(|_| failed_file = Some(file.clone()))
    };
    let results = search::query::Searcher::open(source).and_then(|mut searcher| searcher.search(query, limit));
    results.map_err(|message| {
        let message =
            if message.starts_with("cannot read") { message } else { format!("malformed search index: {message}") };
        let diagnostic = Diagnostic::error(message).with_hint(
            "build the site first (cairn build), or pass --out DIR / --lang CODE; rebuild the site if it was damaged",
        );
        match &failed_file {
            Some(file) => diagnostic.in_file(file),
            None => diagnostic.in_file(out.join("search").join(&lang)),
        }
    })
}

/// Refuses output folders whose replacement would destroy the handbook itself.
fn refuse_unsafe_output(root: &Path, out: &Path) -> Result<(), Diagnostic> {
    let absolute = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let (root, out) = (absolute(root), absolute(out));
    let protected = load::HANDBOOK_FOLDERS.map(|folder| root.join(folder));
    if out.parent().is_none() || root.starts_with(&out) || protected.contains(&out) {
        return Err(Diagnostic::error(format!(
            "refusing to use {} as the output folder: it would replace the handbook's own files",
            out.display()
        ))
        .with_hint("pass --out with a separate folder, such as public/"));
    }
    Ok(())
}

/// Number of errors and warnings, for summaries.
pub fn counts(diagnostics: &Diagnostics) -> (usize, usize) {
    (diagnostics.count(Severity::Error), diagnostics.count(Severity::Warning))
}
