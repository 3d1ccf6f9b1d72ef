//! Printable handouts, typeset in-process with typst: a page, a section (its pages in weight
//! order, with a contents page) or the whole handbook, in one language. A pure producer:
//! it returns PDF bytes. Markdown goes through [`print`] (every text a typst string, so
//! nothing in it is read as markup); the layout is the theme's `print/handout.typ`; fonts
//! are the theme's (Latin, Greek, Cyrillic, Arabic), the handbook's `fonts/`, and the
//! machine's (Chinese, Japanese, Korean), loaded once per run by the [`Typesetter`].

mod world;

use crate::diagnostics::Diagnostic;
use crate::i18n::UiStrings;
use crate::model::credits::page_credits;
use crate::model::document::{KIND_FIELD_NAMES, KindFields};
use crate::model::links::LinkTarget;
use crate::model::{EntryId, Site};
use crate::render::credits::CreditWriter;
use crate::render::print;
use crate::urls::{Route, permalink};
use serde_json::json;
use std::collections::{BTreeMap, BTreeSet};
use typst::foundations::{Bytes, Smart};
use typst::syntax::Source;
use typst::text::{Font, FontInfo};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt};
use typst_kit::fonts::FontStore;
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards};

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
pub struct Handout {
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
const CJK_FAMILIES: &[&str] = &["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "Noto Sans CJK KR"];

/// Why a handout could not be typeset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypesetError {
    /// Some text has no installed font: the machine lacks one, the handbook is fine.
    MissingFont(Diagnostic),
    /// Anything else (the template, an image without alt text, ...).
    Failed(Diagnostic),
}

impl TypesetError {
    /// The diagnostic, whichever the cause.
    pub fn diagnostic(self) -> Diagnostic {
        match self {
            TypesetError::MissingFont(d) | TypesetError::Failed(d) => d,
        }
    }
}

/// Typesets handouts; holds the fonts and the standard library, loaded once.
pub struct Typesetter {
    library: LazyHash<Library>,
    fonts: FontStore,
    infos: Vec<FontInfo>,
    families: Vec<String>,
}

impl Typesetter {
    /// Loads the given font files (the theme's, then the handbook's `fonts/`) and the
    /// machine's fonts.
    pub fn new(font_files: &[(String, Vec<u8>)]) -> Typesetter {
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
        for (path, info) in typst_kit::fonts::system() {
            infos.push(info.clone());
            fonts.push((path, info));
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
    fn families_for(&self, text: &str) -> Result<Vec<String>, char> {
        let mut families = self.families.clone();
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
    pub fn typeset(
        &self,
        site: &Site,
        template: &str,
        strings: &UiStrings,
        handout: &Handout,
    ) -> Result<Vec<u8>, TypesetError> {
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
        for &entry in &handout.entries {
            let (doc, fallback) = site.doc_for(entry, lang);
            let page_url = permalink(config, &site.route(entry, lang));
            let top_level = doc.outline.headings.iter().map(|h| h.level as i8).min().unwrap_or(2);
            let wanted: i8 = if many { 2 } else { 1 };
            let link = |target: Option<&LinkTarget>, written: &str| match target {
                Some(LinkTarget::Page { entry, lang: explicit, anchors }) => {
                    let url = permalink(config, &site.route(*entry, explicit.as_deref().unwrap_or(lang)));
                    anchors.get(lang).map_or(url.clone(), |f| format!("{url}#{f}"))
                }
                Some(LinkTarget::Fragment(f)) => format!("{page_url}#{f}"),
                Some(LinkTarget::File { path, .. }) => permalink(config, &Route::file(path)),
                _ => written.to_string(),
            };
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
                heading_shift: wanted - top_level,
            };
            let file = doc.file.clone().unwrap_or_default();
            let converted = print::convert(doc, &context).map_err(|d| failed(d.in_file(&file)))?;
            for target in &doc.link_targets {
                if let LinkTarget::File { path, .. } = target {
                    if let Some(bytes) = assets.get(path.as_str()) {
                        files.insert(format!("/assets/{path}"), (*bytes).clone());
                    }
                }
            }
            if many {
                let notice = if fallback { text("not_translated_short", &[]) } else { String::new() };
                body.push_str(&format!("#heading(level: 1)[{}]\n", print::literal(&doc.title)));
                if !notice.is_empty() {
                    body.push_str(&format!("#text(size: 0.85em, fill: luma(90))[{}]\n\n", print::literal(&notice)));
                }
            }
            body.push_str(&converted);
            printed_text.push_str(&doc.title);
            for section in crate::markdown::plain_sections(&doc.body) {
                printed_text.push_str(section.heading.as_deref().unwrap_or(""));
                printed_text.push_str(&section.text);
            }
        }

        let title = handout.title.clone().unwrap_or_else(|| first_doc.title.clone());
        printed_text.push_str(&title);
        let families = self.families_for(&printed_text).map_err(|c| {
            TypesetError::MissingFont(Diagnostic::error(format!(
                "no font for “{c}” (U+{:04X}, {}) in the `{lang}` handout of {}",
                c as u32,
                script_name(c),
                first_file.display()
            ))
            .in_file(&first_file)
            .with_hint("install a font that covers it (on Debian, fonts-noto-cjk for Chinese, Japanese and Korean) or put a .ttf/.otf file in the handbook's fonts/ folder"))
        })?;

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
        let meta = json!({
            "title": title,
            "authors": authors,
            "keywords": first_doc.tags,
            "subject": first_doc.description.clone().unwrap_or_else(|| kind_label.clone()),
            "description": if many { None } else { first_doc.description.clone() },
            "date": first_doc.updated.clone().or(first_doc.date.clone()).filter(|d| d.len() == 10),
            "date_label": first_doc.date.as_ref().filter(|_| !many).map(|d| format!("{} {}", text("published", &[]), shown_date(d))),
            "updated_label": first_doc.updated.as_ref().filter(|_| !many).map(|d| format!("{} {}", text("updated", &[]), shown_date(d))),
            "lang": first_doc.lang,
            "dir": config.language(&first_doc.lang).map_or("ltr", |l| l.dir.as_str()),
            "fonts": families,
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
        });
        files.insert("/meta.json".to_string(), serde_json::to_vec(&meta).unwrap_or_default());
        files.insert("/qr.svg".to_string(), qr_svg(&url).into_bytes());

        let main_text = format!("#import \"handout.typ\": handout\n#show: handout.with(json(\"meta.json\"))\n\n{body}");
        let main = Source::new(world::file_id("/main.typ"), main_text);
        let template_id = world::file_id("/handout.typ");
        let world = world::HandoutWorld {
            library: &self.library,
            fonts: &self.fonts,
            main,
            sources: std::collections::HashMap::from([(template_id, Source::new(template_id, template.to_string()))]),
            files: files.into_iter().map(|(path, bytes)| (world::file_id(&path), Bytes::new(bytes))).collect(),
        };
        let compiled = typst::compile::<PagedDocument>(&world).output;
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
        let document = compiled.map_err(|errors| failed(problem(&errors)))?;
        let options = PdfOptions {
            ident: Smart::Custom(format!("cairn-{}-{lang}", site.entries[first].key)),
            standards: PdfStandards::new(&[PdfStandard::Ua_1])
                .map_err(|e| failed(Diagnostic::error(format!("{e:?}"))))?,
            ..PdfOptions::default()
        };
        typst_pdf::pdf(&document, &options).map_err(|errors| failed(problem(&errors)))
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
