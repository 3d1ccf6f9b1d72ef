//! Printable handouts, typeset in-process with typst: a page, a section (its pages in weight
//! order, with a contents page) or the whole handbook, in one language. A pure producer:
//! it returns PDF bytes. Markdown goes through [`print`] (every text a typst string, so
//! nothing in it is read as markup); the layout is the theme's `print/handout.typ`; fonts
//! are the theme's (Latin, Greek, Cyrillic, Arabic), the handbook's `fonts/`, and the
//! machine's (Chinese, Japanese, Korean), loaded once per run by the [`Typesetter`]; the
//! machine's are found once per process.

mod world;

use crate::diagnostics::Diagnostic;
use crate::i18n::UiStrings;
use crate::load::document::{KIND_FIELD_NAMES, KindFields};
use crate::model::credits::page_credits;
use crate::model::links::LinkTarget;
use crate::model::{EntryId, Site};
use crate::render::credits::CreditWriter;
use crate::render::print;
use crate::urls::permalink;
use serde_json::json;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::OnceLock;
use typst::foundations::{Bytes, Smart};
use typst::syntax::Source;
use typst::text::{Font, FontInfo};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt};
use typst_kit::fonts::{FontPath, FontStore};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards};

/// Pixels across the 17 cm text width of an A4 handout at 140 dpi, which keeps screenshot
/// text sharp on paper: a wider image prints from its smaller copy of at least this width
/// (the 960 px one, 143 dpi) instead of its full size.
const PRINTED_IMAGE_PIXELS: u32 = 940;
/// Paper size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Paper {
    /// ISO A4.
    #[default]
    A4,
    /// US Letter.
    Letter,
}

/// What one PDF holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Handout {
    /// Pages, in order; more than one makes chapters and a contents page.
    pub entries: Vec<EntryId>,
    /// Language.
    pub lang: String,
    /// Paper size.
    pub paper: Paper,
    /// Title, when not the first page's (a section or the whole handbook).
    pub title: Option<String>,
}

/// Font families tried in order; `fallback: false` in the template, so cairn chooses the
/// fonts for every character itself and reports text no installed font covers, instead of
/// printing empty boxes.
const THEME_FAMILIES: &[&str] = &["Noto Sans", "Noto Naskh Arabic"];
const CJK_FAMILIES: &[&str] =
    &["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK HK", "Noto Sans CJK JP", "Noto Sans CJK KR"];

/// A handbook's BCP 47 language tag as typst takes it: typst knows a two or three letter
/// language and a two letter region, not scripts, so the script chooses the Han font
/// instead (Traditional or Simplified forms of the same characters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PrintLanguage {
    /// ISO 639 language (`zh`).
    pub lang: String,
    /// ISO 3166 region (`TW`), if the tag has one or its script implies one.
    pub region: Option<String>,
    /// The Han fonts to try first, in order.
    pub cjk_fonts: &'static [&'static str],
}

/// Maps a BCP 47 tag (`zh-Hant`, `pt-BR`, `sr-Latn`, `es-419`) to typst's language settings.
pub(crate) fn print_language(tag: &str) -> PrintLanguage {
    let id: Option<unic_langid::LanguageIdentifier> = tag.parse().ok();
    let lang = id
        .as_ref()
        .map_or_else(|| tag.split(['-', '_']).next().unwrap_or("").to_string(), |id| id.language.as_str().to_string())
        .to_ascii_lowercase();
    let lang = if (2..=3).contains(&lang.len()) && lang.bytes().all(|b| b.is_ascii_lowercase()) {
        lang
    } else {
        "und".to_string()
    };
    let script = id.as_ref().and_then(|id| id.script).map(|s| s.as_str().to_string());
    let region = id
        .as_ref()
        .and_then(|id| id.region)
        .map(|r| r.as_str().to_string())
        .filter(|r| r.len() == 2 && r.bytes().all(|b| b.is_ascii_uppercase()));
    let traditional = script.as_deref() == Some("Hant") || matches!(region.as_deref(), Some("TW" | "HK" | "MO"));
    let cjk_fonts: &'static [&'static str] = match lang.as_str() {
        "zh" if region.as_deref() == Some("HK") => &["Noto Sans CJK HK", "Noto Sans CJK TC"],
        "zh" if traditional => &["Noto Sans CJK TC", "Noto Sans CJK HK"],
        "zh" => &["Noto Sans CJK SC"],
        "ja" => &["Noto Sans CJK JP"],
        "ko" => &["Noto Sans CJK KR"],
        _ => &[],
    };
    // typst localizes Chinese by region; Traditional script without one reads as Taiwan's.
    let region = region.or_else(|| (lang == "zh" && traditional).then(|| "TW".to_string()));
    PrintLanguage { lang, region, cjk_fonts }
}

/// Runs `typeset` on every job in parallel, results in job order. Not on rayon's pool:
/// typst parallelizes inside a compilation with rayon, and a rayon worker waiting for that
/// steals another handout's compilation onto its own stack, which overflows on a whole
/// handbook. Plain threads (with room for typst's deep recursion) only wait.
pub(crate) fn typeset_parallel<J: Sync, R: Send>(jobs: &[J], typeset: impl Fn(&J) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(jobs.len()).max(1);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut results: Vec<(usize, R)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .filter_map(|_| {
                std::thread::Builder::new()
                    .stack_size(64 << 20)
                    .spawn_scoped(scope, || {
                        let mut done = Vec::new();
                        loop {
                            let at = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                            let Some(job) = jobs.get(at) else { break };
                            done.push((at, typeset(job)));
                        }
                        done
                    })
                    .ok()
            })
            .collect();
        workers.into_iter().flat_map(|w| w.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))).collect()
    });
    results.sort_by_key(|(at, _)| *at);
    results.into_iter().map(|(_, r)| r).collect()
}

/// Handouts that take fewer pages than this in the compact layout keep it.
const COMPACT_BELOW_PAGES: usize = 3;

/// A typeset handout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Typeset {
    /// The PDF.
    pub pdf: Vec<u8>,
    /// What the author should fix (images without alt text).
    pub warnings: Vec<Diagnostic>,
}

/// Why a handout could not be typeset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum TypesetError {
    /// Some text has no installed font: the machine lacks one, the handbook is fine.
    MissingFont(Diagnostic),
    /// Anything else (the template, an image without alt text, ...).
    Failed(Diagnostic),
}

impl TypesetError {
    /// The diagnostic, whichever the cause.
    pub(crate) fn diagnostic(self) -> Diagnostic {
        match self {
            TypesetError::MissingFont(d) | TypesetError::Failed(d) => d,
        }
    }
}

/// The machine's fonts (file, index in a collection, what it covers), found once per
/// process: finding them reads every installed font, hundreds of megabytes with the CJK
/// collections, and `serve` and the tests build many times in one process. A font installed
/// while cairn runs is seen at its next start, as with `typst watch`.
fn system_fonts() -> &'static [(PathBuf, u32, FontInfo)] {
    static FONTS: OnceLock<Vec<(PathBuf, u32, FontInfo)>> = OnceLock::new();
    FONTS.get_or_init(|| typst_kit::fonts::system().map(|(font, info)| (font.path, font.index, info)).collect())
}

/// Typesets handouts; holds the fonts and the standard library, loaded once.
pub(crate) struct Typesetter {
    library: LazyHash<Library>,
    fonts: FontStore,
    infos: Vec<FontInfo>,
    families: Vec<String>,
}

impl Typesetter {
    /// Loads the given font files (the theme's, then the handbook's `fonts/`) and the
    /// machine's fonts.
    pub(crate) fn new(font_files: &[(String, Vec<u8>)]) -> Typesetter {
        let mut fonts = FontStore::new();
        let mut infos = Vec::new();
        let mut own_families = Vec::new();
        for (_, bytes) in font_files {
            for font in Font::iter(Bytes::new(bytes.clone())) {
                let info = font.info().clone();
                if !own_families.contains(&info.family) {
                    own_families.push(info.family.clone());
                }
                infos.push(info.clone());
                fonts.push((font, info));
            }
        }
        for (path, index, info) in system_fonts() {
            infos.push(info.clone());
            fonts.push((FontPath { path: path.clone(), index: *index }, info.clone()));
        }
        let known: BTreeSet<&str> = infos.iter().map(|i| i.family.as_str()).collect();
        let mut families: Vec<String> = THEME_FAMILIES.iter().map(|f| f.to_string()).collect();
        let own: Vec<String> = own_families.into_iter().filter(|f| !families.contains(f)).collect();
        families.extend(own);
        families.extend(CJK_FAMILIES.iter().filter(|f| known.contains(*f)).map(|f| f.to_string()));
        families.retain(|f| known.contains(f.as_str()));
        Typesetter { library: LazyHash::new(Library::default()), fonts, infos, families }
    }

    /// The font families for a text: the theme's and the handbook's first, then, for each
    /// character they lack, the first installed family (by name) that has it. `Err` with the
    /// first character no installed font covers.
    fn families_for(&self, text: &str, language: &PrintLanguage) -> Result<Vec<String>, char> {
        let mut families = self.families.clone();
        // The language's Han fonts go before the other CJK families: the same code points
        // print in that language's forms.
        if let Some(first_cjk) = families.iter().position(|f| CJK_FAMILIES.contains(&f.as_str())) {
            for preferred in language.cjk_fonts.iter().rev() {
                if let Some(at) = families.iter().position(|f| f == preferred) {
                    let family = families.remove(at);
                    families.insert(first_cjk.min(families.len()), family);
                }
            }
        }
        let mut seen = BTreeSet::new();
        for c in text.chars().filter(|c| !c.is_whitespace() && !c.is_control()) {
            if !seen.insert(c)
                || self.infos.iter().any(|i| families.contains(&i.family) && i.coverage.contains(c as u32))
            {
                continue;
            }
            let extra =
                self.infos.iter().filter(|i| i.coverage.contains(c as u32)).map(|i| &i.family).min().ok_or(c)?;
            families.push(extra.clone());
        }
        Ok(families)
    }

    /// Typesets `handout` with the theme's `template` (print/handout.typ).
    pub(crate) fn typeset(
        &self,
        site: &Site,
        template: &str,
        strings: &UiStrings,
        handout: &Handout,
    ) -> Result<Typeset, TypesetError> {
        let failed = TypesetError::Failed;
        let lang = handout.lang.as_str();
        let config = &site.config;
        let first = *handout.entries.first().ok_or_else(|| failed(Diagnostic::error("nothing to print")))?;
        let (first_doc, first_fallback) = site.doc_for(first, lang);
        let first_file = first_doc.file.clone().unwrap_or_default();
        let writer = CreditWriter::new(site, strings, lang);
        let text = |key: &str, args: &[(&str, String)]| strings.get(lang, key, None, args).unwrap_or_default();
        // The same CLDR formatter as the pages, isolated like every inserted string.
        let shown_date =
            |d: &str| crate::lang::isolate(&crate::dates::format_date(d, lang).unwrap_or_else(|| d.to_string()));
        let mut files: BTreeMap<String, Vec<u8>> = BTreeMap::new();
        let assets: BTreeMap<&str, &Vec<u8>> =
            site.content_assets.iter().chain(&site.static_files).map(|a| (a.path.as_str(), &a.bytes)).collect();

        let many = handout.entries.len() > 1;
        let mut body = String::new();
        let mut printed_text = String::new();
        let mut missing_alt: Vec<String> = Vec::new();
        for &entry in &handout.entries {
            let (doc, fallback) = site.doc_for(entry, lang);
            let link = |target: Option<&LinkTarget>, written: &str| print::link_dest(site, doc, lang, target, written);
            let image = |target: Option<&LinkTarget>| match target {
                Some(LinkTarget::File { path, .. }) if assets.contains_key(path.as_str()) => {
                    Some(format!("/assets/{path}"))
                }
                _ => None,
            };
            let credits = |index: usize| doc.outline.headings.get(index).and_then(|h| writer.section_text(h));
            let context = print::Context {
                link: &link,
                image: &image,
                section_credits: &credits,
                heading_base: if many { 3 } else { 2 },
                label_prefix: entry,
                decorative: &doc.decorative,
            };
            let file = doc.file.clone().unwrap_or_default();
            let converted = print::convert(doc, &context);
            missing_alt
                .extend(converted.missing_alt.iter().map(|(dest, line)| format!("{}:{line} ({dest})", file.display())));
            for target in &doc.link_targets {
                if let LinkTarget::File { path, .. } = target {
                    // A wide image prints from a smaller copy still as wide as print needs,
                    // at a fraction of a full screenshot's bytes.
                    let copy = site.pictures.get(path).and_then(|p| {
                        p.variants.iter().find(|(_, width)| *width >= PRINTED_IMAGE_PIXELS).map(|(copy, _)| copy)
                    });
                    let printed = copy.and_then(|c| assets.get(c.as_str())).or_else(|| assets.get(path.as_str()));
                    if let Some(bytes) = printed {
                        files.insert(format!("/assets/{path}"), (*bytes).clone());
                    }
                }
            }
            if many {
                let notice = if fallback { text("not_translated_short", &[]) } else { String::new() };
                body.push_str(&format!("#heading(level: 2)[{}]\n", print::literal(&doc.title)));
                if !notice.is_empty() {
                    body.push_str(&format!("#text(size: 0.85em, fill: luma(90))[{}]\n\n", print::literal(&notice)));
                }
            }
            if doc.lang == lang {
                body.push_str(&converted.markup);
            } else {
                // A page shown in its original language (not translated yet) is tagged as
                // such, so readers and hyphenation treat it right.
                let own = print_language(&doc.lang);
                let region = own.region.as_deref().map_or("none".to_string(), print::quote);
                body.push_str(&format!(
                    "#text(lang: {}, region: {region})[\n{}]\n\n",
                    print::quote(&own.lang),
                    converted.markup
                ));
            }
            printed_text.push_str(&doc.title);
            for (heading, text) in doc.outline.plain_sections() {
                printed_text.push_str(heading.map_or("", |h| h.text.as_str()));
                printed_text.push_str(text);
            }
        }

        let title = handout.title.clone().unwrap_or_else(|| first_doc.title.clone());
        printed_text.push_str(&title);
        let language = print_language(lang);
        let url = permalink(config, &site.route(first, lang));
        let credits = if many { Default::default() } else { page_credits(first_doc, first_fallback) };
        let license =
            first_doc.license.clone().or_else(|| config.license.as_deref().and_then(crate::model::licenses::lookup));
        let roles: Vec<serde_json::Value> = credits
            .roles()
            .iter()
            .filter(|(_, ids)| !ids.is_empty())
            .map(|(role, ids)| json!({"label": writer.role_label(role), "names": writer.isolated_names(ids)}))
            .collect();
        let authors: Vec<String> = writer.views(&credits.authors).into_iter().filter_map(|v| v.name).collect();
        let fields = if many { Vec::new() } else { kind_fields(first_doc.kind_fields.as_ref(), &text) };
        let site_title = config.language(lang).and_then(|l| l.title.clone()).unwrap_or_else(|| config.title.clone());
        let kind_label =
            if many { site_title.clone() } else { text(&format!("kind-{}", first_doc.kind.as_str()), &[]) };
        let mut meta = json!({
            "title": title,
            "authors": authors,
            "keywords": first_doc.tags,
            "subject": first_doc.description.clone().unwrap_or_else(|| kind_label.clone()),
            "description": if many { None } else { first_doc.description.clone() },
            "date": first_doc.updated.clone().or(first_doc.date.clone()).filter(|d| d.len() == 10),
            "date_label": first_doc.date.as_ref().filter(|_| !many).map(|d| format!("{} {}", text("published", &[]), shown_date(d))),
            "updated_label": first_doc.updated.as_ref().filter(|_| !many).map(|d| format!("{} {}", text("updated", &[]), shown_date(d))),
            "lang": language.lang,
            "region": language.region,
            "dir": config.language(&first_doc.lang).map_or("ltr", |l| l.dir.as_str()),
            "paper": match handout.paper { Paper::A4 => "a4", Paper::Letter => "us-letter" },
            "site_title": site_title,
            "kind_label": kind_label,
            "fields": fields,
            "credits": roles,
            "license_line": license.as_ref().map_or(String::new(), |l| l.id.clone()),
            "license_heading": text("license", &[]),
            "license_text": license.as_ref().map_or(String::new(), |l| format!("{} ({})", crate::lang::isolate(&l.name), l.url)),
            "attribution": writer.attribution(&title, &credits, &url, license.as_ref()),
            "url": url,
            "qr_alt": text("handout_qr_alt", &[("url", url.clone())]),
            "contents": many,
            "contents_title": text("table_of_contents", &[]),
            "show_urls": true,
            "compact": true,
        });
        // Fonts for everything printed: the pages, and the UI strings around them (labels,
        // notices, section credits), which are in the handout's language even where a page
        // is shown untranslated in another script.
        printed_text.push_str(&body);
        for (key, value) in meta.as_object().into_iter().flatten() {
            // The document's metadata (keywords, subject, authors) is not printed: no glyphs.
            if !matches!(key.as_str(), "keywords" | "subject" | "authors") {
                json_strings(value, &mut printed_text);
            }
        }
        let families = self.families_for(&printed_text, &language).map_err(|c| {
            TypesetError::MissingFont(Diagnostic::error(format!(
                "no font for “{c}” (U+{:04X}, {}) in the `{lang}` handout of {}",
                c as u32,
                script_name(c),
                first_file.display()
            ))
            .in_file(&first_file)
            .with_hint("install a font that covers it (on Debian, fonts-noto-cjk for Chinese, Japanese and Korean) or put a .ttf/.otf file in the handbook's fonts/ folder"))
        })?;

        meta["fonts"] = json!(families);
        files.insert("/qr.svg".to_string(), qr_svg(&url).into_bytes());

        let main_text = format!("#import \"handout.typ\": handout\n#show: handout.with(json(\"meta.json\"))\n\n{body}");
        let main = Source::new(world::file_id("/main.typ"), main_text);
        let template_id = world::file_id("/handout.typ");
        let meta_id = world::file_id("/meta.json");
        let mut world = world::HandoutWorld {
            library: &self.library,
            fonts: &self.fonts,
            main,
            sources: std::collections::HashMap::from([(template_id, Source::new(template_id, template.to_string()))]),
            files: files.into_iter().map(|(path, bytes)| (world::file_id(&path), Bytes::new(bytes))).collect(),
        };
        let mut compile = |meta: &serde_json::Value| {
            world.files.insert(meta_id, Bytes::new(serde_json::to_vec(meta).unwrap_or_default()));
            typst::compile::<PagedDocument>(&world).output
        };
        let problem = |errors: &[typst::diag::SourceDiagnostic]| {
            let first_error = errors.first();
            let message = first_error.map_or_else(|| "typst failed".to_string(), |e| e.message.to_string());
            let in_template = first_error.and_then(|e| e.span.id()).is_some_and(|id| id == template_id);
            let hints: Vec<String> =
                first_error.map(|e| e.hints.iter().map(|h| h.v.to_string()).collect()).unwrap_or_default();
            let diagnostic = Diagnostic::error(format!("cannot typeset the `{lang}` handout: {message}"));
            let diagnostic =
                if in_template { diagnostic.in_file("print/handout.typ") } else { diagnostic.in_file(&first_file) };
            if !hints.is_empty() {
                diagnostic.with_hint(hints.join("; "))
            } else if in_template {
                diagnostic.with_hint("fix print/handout.typ, or remove it to use the default theme's")
            } else {
                diagnostic.with_hint(
                    "simplify the page for print (lists, quotes or emphasis nested very deep), or remove `handout = true`",
                )
            }
        };
        // Paper is what handouts cost: one whose content is short prints its title block on
        // the first page of content, without a title page, contents, or chapters on new
        // pages. Typeset compact first, and again in the long layout when that is too long.
        let mut document = compile(&meta).map_err(|errors| failed(problem(&errors)))?;
        if document.pages().len() >= COMPACT_BELOW_PAGES {
            let mut long = meta.clone();
            long["compact"] = json!(false);
            document = compile(&long).map_err(|errors| failed(problem(&errors)))?;
        }
        let options = PdfOptions {
            ident: Smart::Custom(format!("cairn-{}-{lang}", site.entries[first].key)),
            standards: PdfStandards::new(&[PdfStandard::Ua_1])
                .map_err(|e| failed(Diagnostic::error(format!("{e:?}"))))?,
            ..PdfOptions::default()
        };
        let bytes = typst_pdf::pdf(&document, &options).map_err(|errors| failed(problem(&errors)))?;
        let mut warnings = Vec::new();
        if !missing_alt.is_empty() {
            warnings.push(
                Diagnostic::warning(format!(
                    "the `{lang}` handout of {} prints {} image{} without alt text as “Image: <file name>”: {}",
                    first_file.display(),
                    missing_alt.len(),
                    if missing_alt.len() == 1 { "" } else { "s" },
                    missing_alt.join(", ")
                ))
                .in_file(&first_file)
                .with_hint("describe each image between the brackets, ![like this](photo.jpg), or give it a caption; mark pure decoration with ![](line.png \"decorative\") or decorative = [\"line.png\"] in the front matter"),
            );
        }
        let written = match &language.region {
            Some(region) => format!("{}-{region}", language.lang),
            None => language.lang.clone(),
        };
        Ok(Typeset { pdf: set_document_language(bytes, lang, &written), warnings })
    }
}

/// Writes the handbook's own language tag (`zh-Hant`) as the PDF's language, in the
/// catalog's `/Lang` and the XMP metadata's `dc:language`: typst only knows a language and
/// a region, so it wrote `written` (`zh-TW`). The file is edited in place and its
/// cross-reference offsets shifted; a file not shaped as expected stays as typst wrote it.
fn set_document_language(pdf: Vec<u8>, tag: &str, written: &str) -> Vec<u8> {
    if tag == written || tag.is_empty() || !tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
        return pdf;
    }
    relabel(&pdf, tag, written).unwrap_or(pdf)
}

fn relabel(pdf: &[u8], tag: &str, written: &str) -> Option<Vec<u8>> {
    let find = |from: usize, to: usize, needle: &[u8]| {
        pdf.get(from..to)?.windows(needle.len()).position(|w| w == needle).map(|at| at + from)
    };
    let rfind = |to: usize, needle: &[u8]| pdf.get(..to)?.windows(needle.len()).rposition(|w| w == needle);
    let skip_space = |mut at: usize| {
        while pdf.get(at).is_some_and(u8::is_ascii_whitespace) {
            at += 1;
        }
        at
    };
    let number_at = |at: usize| {
        let digits = pdf.get(at..)?.iter().take_while(|b| b.is_ascii_digit()).count();
        let value: usize = std::str::from_utf8(&pdf[at..at + digits]).ok()?.parse().ok()?;
        Some((value, at + digits))
    };
    // (start, end, replacement), in file order.
    let mut edits: Vec<(usize, usize, Vec<u8>)> = Vec::new();
    let catalog = find(0, pdf.len(), b"/Catalog")?;
    let (object, end) = (rfind(catalog, b" obj")?, find(catalog, pdf.len(), b"endobj")?);
    let value = skip_space(find(object, end, b"/Lang")? + 5);
    let old = format!("({written})");
    if !pdf[value..].starts_with(old.as_bytes()) {
        return None;
    }
    edits.push((value, value + old.len(), format!("({tag})").into_bytes()));
    if let Some(language) = find(0, pdf.len(), b"<dc:language>") {
        let old = format!("<rdf:li>{written}</rdf:li>");
        let item = find(language, (language + 200).min(pdf.len()), old.as_bytes())?;
        // The metadata stream's /Length grows with it.
        let stream = rfind(language, b"stream")?;
        let length = skip_space(rfind(stream, b"/Length")? + 7);
        let (bytes, length_end) = number_at(length)?;
        let grown = (bytes + tag.len()).checked_sub(written.len())?;
        edits.push((length, length_end, grown.to_string().into_bytes()));
        edits.push((item, item + old.len(), format!("<rdf:li>{tag}</rdf:li>").into_bytes()));
    }
    edits.sort_by_key(|e| e.0);
    let shift = |offset: usize| {
        edits
            .iter()
            .filter(|(start, _, _)| *start < offset)
            .fold(offset as isize, |at, (start, end, new)| at + new.len() as isize - (end - start) as isize)
            as usize
    };
    let startxref = rfind(pdf.len(), b"startxref")?;
    let (xref, xref_number_end) = number_at(skip_space(startxref + 9))?;
    if !pdf.get(xref..)?.starts_with(b"xref") || edits.last()?.1 > xref {
        return None;
    }
    let mut out = Vec::with_capacity(pdf.len() + 16);
    let mut done = 0;
    for (start, end, new) in &edits {
        out.extend_from_slice(&pdf[done..*start]);
        out.extend_from_slice(new);
        done = *end;
    }
    // The cross-reference table: subsections of "first count" and 20-byte entries whose
    // first ten digits are an object's offset.
    let mut at = xref + 4;
    loop {
        at = skip_space(at);
        if pdf.get(at..)?.starts_with(b"trailer") {
            break;
        }
        let (_, after_first) = number_at(at)?;
        let (count, after_count) = number_at(skip_space(after_first))?;
        let mut entry = skip_space(after_count);
        out.extend_from_slice(&pdf[done..entry]);
        for _ in 0..count {
            let line = pdf.get(entry..entry + 20)?;
            let (offset, _) = number_at(entry)?;
            if line[17] == b'n' {
                out.extend_from_slice(format!("{:010}", shift(offset)).as_bytes());
            } else {
                out.extend_from_slice(&line[..10]);
            }
            out.extend_from_slice(&line[10..]);
            entry += 20;
        }
        done = entry;
        at = entry;
    }
    out.extend_from_slice(&pdf[done..skip_space(startxref + 9)]);
    out.extend_from_slice(shift(xref).to_string().as_bytes());
    out.extend_from_slice(&pdf[xref_number_end..]);
    Some(out)
}

/// Appends every string in `value` (keys left out) to `out`.
fn json_strings(value: &serde_json::Value, out: &mut String) {
    match value {
        serde_json::Value::String(text) => out.push_str(text),
        serde_json::Value::Array(items) => items.iter().for_each(|item| json_strings(item, out)),
        serde_json::Value::Object(map) => map.values().for_each(|item| json_strings(item, out)),
        _ => {}
    }
}

/// A UI string by key, with placeholders.
type Text<'a> = dyn Fn(&str, &[(&str, String)]) -> String + 'a;

fn kind_fields(fields: Option<&KindFields>, text: &Text<'_>) -> Vec<serde_json::Value> {
    let value = serde_json::to_value(fields).unwrap_or_default();
    let Some(map) = value.as_object() else { return Vec::new() };
    KIND_FIELD_NAMES
        .iter()
        .filter_map(|key| {
            let v = map.get(*key)?;
            let empty = v.is_null() || v.as_array().is_some_and(Vec::is_empty);
            (!empty).then(|| json!({"label": text(key, &[]), "value": v}))
        })
        .collect()
}

fn script_name(c: char) -> &'static str {
    match c as u32 {
        0x0590..=0x05FF => "Hebrew",
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF => "Arabic",
        0x0900..=0x0DFF => "Indic",
        0x0E00..=0x0E7F => "Thai",
        0x10A0..=0x10FF => "Georgian",
        0x1100..=0x11FF | 0xAC00..=0xD7AF => "Hangul",
        0x3040..=0x30FF => "Kana",
        0x3400..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F => "Han",
        0x1200..=0x137F => "Ethiopic",
        0x0530..=0x058F => "Armenian",
        _ => "symbol",
    }
}

/// A QR code of `url` as SVG.
fn qr_svg(url: &str) -> String {
    use qrcodegen::{QrCode, QrCodeEcc};
    let Ok(code) = QrCode::encode_text(url, QrCodeEcc::Medium) else {
        return String::from("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"/>");
    };
    let size = code.size();
    let border = 2;
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if code.get_module(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + border, y + border));
            }
        }
    }
    let full = size + 2 * border;
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {full} {full}\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_tags_map_to_typst_language_region_and_han_font() {
        let print = |tag: &str| {
            let l = print_language(tag);
            (l.lang, l.region, l.cjk_fonts.first().copied())
        };
        let some = |s: &str| Some(s.to_string());
        assert_eq!(print("zh-Hant"), ("zh".into(), some("TW"), Some("Noto Sans CJK TC")));
        assert_eq!(print("zh-HK"), ("zh".into(), some("HK"), Some("Noto Sans CJK HK")));
        assert_eq!(print("zh-TW"), ("zh".into(), some("TW"), Some("Noto Sans CJK TC")));
        assert_eq!(print("zh"), ("zh".into(), None, Some("Noto Sans CJK SC")));
        assert_eq!(print("zh-Hans-CN"), ("zh".into(), some("CN"), Some("Noto Sans CJK SC")));
        assert_eq!(print("pt-BR"), ("pt".into(), some("BR"), None));
        assert_eq!(print("sr-Latn"), ("sr".into(), None, None));
        assert_eq!(print("az-Arab"), ("az".into(), None, None));
        assert_eq!(print("es-419"), ("es".into(), None, None));
        assert_eq!(print("ja"), ("ja".into(), None, Some("Noto Sans CJK JP")));
    }

    /// A PDF shaped like typst's: a metadata stream, a catalog, a classic xref table.
    fn sample(lang: &str) -> Vec<u8> {
        let xmp = format!("<x><dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language></x>");
        let objects = [
            format!("<<\n  /Type /Metadata\n  /Length {}\n>>\nstream\n{xmp}\nendstream", xmp.len()),
            format!("<<\n  /Type /Catalog\n  /Metadata 1 0 R\n  /Lang ({lang})\n  /Pages 3 0 R\n>>"),
            "<< /Type /Pages /Kids [] /Count 0 >>".to_string(),
        ];
        let mut out = b"%PDF-1.7\n".to_vec();
        let mut offsets = Vec::new();
        for (i, object) in objects.iter().enumerate() {
            offsets.push(out.len());
            out.extend_from_slice(format!("{} 0 obj\n{object}\nendobj\n", i + 1).as_bytes());
        }
        let xref = out.len();
        out.extend_from_slice(b"xref\n0 4\n0000000000 65535 f\r\n");
        for offset in offsets {
            out.extend_from_slice(format!("{offset:010} 00000 n\r\n").as_bytes());
        }
        out.extend_from_slice(format!("trailer\n<< /Size 4 /Root 2 0 R >>\nstartxref\n{xref}\n%%EOF").as_bytes());
        out
    }

    #[test]
    fn the_full_language_tag_replaces_typsts_and_offsets_follow() {
        assert_eq!(set_document_language(sample("zh-TW"), "zh-Hant", "zh-TW"), sample("zh-Hant"));
        assert_eq!(set_document_language(sample("sr"), "sr-Latn", "sr"), sample("sr-Latn"));
        assert_eq!(set_document_language(sample("pt-BR"), "pt-BR", "pt-BR"), sample("pt-BR"));
        // Not shaped as expected: left as it was.
        let odd = b"%PDF-1.7\nnothing here".to_vec();
        assert_eq!(set_document_language(odd.clone(), "zh-Hant", "zh-TW"), odd);
    }
}
