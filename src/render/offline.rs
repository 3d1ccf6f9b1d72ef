//! The two files only offline copies have: `README.txt` (what the copy is, its licence,
//! how to open it, in the copy's language) and, when the copy's language is not served at
//! the root, an `index.html` that opens it (a plain link and a meta refresh: no script).

use super::escape::escape_html;
use crate::i18n::UiStrings;
use crate::model::Site;
use crate::model::licenses;
use crate::urls::{Route, permalink};

/// `README.txt` of an offline copy in `lang`, shipped in the ZIP named `bundle_file`; when
/// the handbook signs its copies, it says how to check that ZIP.
pub(crate) fn readme(site: &Site, strings: &UiStrings, lang: &str, bundle_file: &str) -> String {
    let config = &site.config;
    let language = config.language(lang).map_or(lang, |l| l.name.as_str());
    let title = config.language(lang).and_then(|l| l.title.clone()).unwrap_or_else(|| config.title.clone());
    let license = match config.license.as_deref().map(|id| (id, licenses::lookup(id))) {
        Some((_, Some(l))) => format!("{} ({}, {})", l.name, l.id, l.url),
        Some((id, None)) => id.to_string(),
        None => "-".to_string(),
    };
    let url = permalink(config, &site.route(site.home(), lang));
    let args = [("title", title), ("language", language.to_string()), ("license", license), ("url", url)];
    let mut text = strings.get(lang, "bundle_readme", None, &args).unwrap_or_default();
    if let Some(key) = &config.signing.public_key {
        let args = [("file", bundle_file.to_string()), ("key", key.clone())];
        text =
            format!("{}\n\n{}\n", text.trim_end(), strings.get(lang, "bundle_verify", None, &args).unwrap_or_default());
    }
    // Windows Notepad, still common on shared computers, wants CRLF.
    text.replace("\r\n", "\n").replace('\n', "\r\n")
}

/// The page at the root of an offline copy whose language lives under `/<lang>/`.
pub(crate) fn entry_page(site: &Site, strings: &UiStrings, lang: &str) -> String {
    let home = site.route(site.home(), lang).output_file();
    let dir = site.config.language(lang).map_or("ltr", |l| l.dir.as_str());
    let title = site.config.language(lang).and_then(|l| l.title.clone()).unwrap_or_else(|| site.config.title.clone());
    let open = strings.get(lang, "bundle_open", None, &[]).unwrap_or_default();
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"refresh\" content=\"0; url={home}\">\n<title>{title}</title>\n</head>\n<body>\n<p><a href=\"{home}\">{open}</a></p>\n</body>\n</html>\n",
        lang = escape_html(lang),
        home = escape_html(&home),
        title = escape_html(&title),
        open = escape_html(&open),
    )
}

/// Where the entry page goes.
pub(crate) fn entry_route() -> Route {
    Route::file("index.html")
}
