//! `cairn bundle`: offline copies of a handbook, one ZIP per language (and one of all of
//! them), each an edition rendered by the same stages as the hosted site, then checked
//! strictly for remote resources (an offline reader may be watched) and zipped.

use super::prepare::{RenderMemos, prepare_cached};
use super::{BuildSettings, Selection, trusted_comment};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::output::{self, Artifact};
use crate::render::{self, HandoutFiles};
use crate::{markdown, model, urls};
use std::path::Path;
use std::sync::Arc;

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
    let mut memos = RenderMemos::default();
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
        let mut artifacts =
            prepared.render(&edition, &Selection::everything(), &mut HandoutFiles::new(), &mut memos)?;
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
