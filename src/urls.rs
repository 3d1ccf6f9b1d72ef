//! The one owner of output paths and URLs. A [`Route`] is where something lands in the
//! output; a [`Linker`] turns routes into hrefs as seen from one page (relative for the
//! hosted site and offline copies, root-absolute where the page's own URL is unknown, as
//! for 404 pages); [`permalink`] gives absolute URLs for canonical links and the sitemap.
//! Nothing else in cairn joins URL strings.

use crate::config::Config;

/// A place in the output: a page (a folder holding `index.html`) or a plain file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Route {
    /// Output-relative path without a leading `/`; page routes end in `/` (or are empty, for
    /// the root page), file routes do not.
    path: String,
}

impl Route {
    /// The page of translation key `key` (`playbooks/x`, `` for home) in language `lang`:
    /// the default language at the root, others under `/<code>/`.
    pub fn page(config: &Config, lang: &str, key: &str) -> Route {
        // Made for every link to a page: allocated once, at its length.
        let mut path = String::with_capacity(lang.len() + key.len() + 2);
        push_language_prefix(&mut path, config, lang);
        if !key.is_empty() {
            path.push_str(key);
            path.push('/');
        }
        Route { path }
    }

    /// A file at an output-relative path (`css/cairn.css`, `training/x/photo.jpg`).
    pub fn file(path: &str) -> Route {
        Route { path: path.trim_start_matches('/').to_string() }
    }

    /// The "not found" page of a language.
    pub fn not_found(config: &Config, lang: &str) -> Route {
        Route { path: format!("{}404.html", language_prefix(config, lang)) }
    }

    /// The contributors page of a language.
    pub fn contributors(config: &Config, lang: &str) -> Route {
        Route { path: format!("{}contributors/", language_prefix(config, lang)) }
    }

    /// The page of one contributor (`slug` from their public name), in a language.
    pub fn contributor(config: &Config, lang: &str, slug: &str) -> Route {
        Route { path: format!("{}contributors/{slug}/", language_prefix(config, lang)) }
    }

    /// One list of the translation status of `of_lang` (`outdated`, `missing`,
    /// `unchecked`), as the status page in `lang` links it.
    pub(crate) fn translation_list(config: &Config, lang: &str, of_lang: &str, list: &str) -> Route {
        Route { path: format!("{}translation-status/{of_lang}/{list}/", language_prefix(config, lang)) }
    }

    /// Page `number` (from 1) of a paginated page: the page itself, then `page/N/` under it
    /// (as in Hugo and Zola).
    pub(crate) fn paginated(&self, number: usize) -> Route {
        debug_assert!(self.is_page(), "only pages are paginated");
        if number <= 1 { self.clone() } else { Route { path: format!("{}page/{number}/", self.path) } }
    }

    /// The printable handout of a page in a language.
    pub fn handout(key: &str, lang: &str) -> Route {
        let stem = if key.is_empty() { "home".to_string() } else { key.replace('/', "-") };
        Route { path: format!("handouts/{stem}.{lang}.pdf") }
    }

    /// The search results page of a language.
    pub(crate) fn search_page(config: &Config, lang: &str) -> Route {
        Route { path: format!("{}search/", language_prefix(config, lang)) }
    }

    /// The path of this route from the site root, without a leading `/` (as search results
    /// store it).
    pub(crate) fn root_relative(&self) -> String {
        encode_path(&self.path)
    }

    /// The page telling readers how to check a copy's signature, in a language.
    pub fn verify(config: &Config, lang: &str) -> Route {
        Route { path: format!("{}verify/", language_prefix(config, lang)) }
    }

    /// The translation status page of a language.
    pub(crate) fn translation_status(config: &Config, lang: &str) -> Route {
        Route { path: format!("{}translation-status/", language_prefix(config, lang)) }
    }

    /// The credits of a language, machine-readable.
    pub(crate) fn credits_json(config: &Config, lang: &str) -> Route {
        Route { path: format!("{}credits.json", language_prefix(config, lang)) }
    }

    /// The sitemap, at the root.
    pub fn sitemap() -> Route {
        Route::file("sitemap.xml")
    }

    /// Whether this is a page route (a folder with `index.html`).
    pub(crate) fn is_page(&self) -> bool {
        self.path.is_empty() || self.path.ends_with('/')
    }

    /// The file written for this route, relative to the output root.
    pub(crate) fn output_file(&self) -> String {
        if self.is_page() { format!("{}index.html", self.path) } else { self.path.clone() }
    }
}

fn language_prefix(config: &Config, lang: &str) -> String {
    let mut prefix = String::new();
    push_language_prefix(&mut prefix, config, lang);
    prefix
}

/// Appends the folder of `lang`'s pages: none for the default language, `<code>/` for the
/// others.
fn push_language_prefix(path: &mut String, config: &Config, lang: &str) {
    if lang != config.default_language().code {
        path.push_str(lang);
        path.push('/');
    }
}

/// Percent-encodes what cannot stand in a URL path; non-ASCII letters stay readable.
fn encode_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    push_encoded(&mut out, path);
    out
}

/// Appends `path` to `out` with the characters a URL path cannot carry as they are
/// percent-encoded (all ASCII, so the rest is copied in runs).
fn push_encoded(out: &mut String, path: &str) {
    let mut rest = path;
    while let Some(at) = rest.bytes().position(|b| matches!(b, b' ' | b'%' | b'#' | b'?' | b'"' | b'<' | b'>' | b'\\'))
    {
        out.push_str(&rest[..at]);
        out.push_str(match rest.as_bytes()[at] {
            b' ' => "%20",
            b'%' => "%25",
            b'#' => "%23",
            b'?' => "%3F",
            b'"' => "%22",
            b'<' => "%3C",
            b'>' => "%3E",
            _ => "%5C",
        });
        rest = &rest[at + 1..];
    }
    out.push_str(rest);
}

/// The absolute URL of a route on the hosted site.
pub(crate) fn permalink(config: &Config, route: &Route) -> String {
    let mut url = String::with_capacity(config.base_url.len() + route.path.len());
    url.push_str(&config.base_url);
    push_encoded(&mut url, &route.path);
    url
}

/// How hrefs are written in one rendered file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkStyle {
    /// `../x/` from the page's own location; with `explicit_index`, `../x/index.html`
    /// (for `file://`, which does not open `index.html` for a folder).
    Relative {
        /// Append `index.html` to page links.
        explicit_index: bool,
    },
    /// `/base/x/`: for pages served at URLs other than their own, such as 404 pages.
    RootAbsolute {
        /// Path of the site root on the host, from the base URL (`/` or `/handbook/`).
        base_path: String,
    },
}

impl LinkStyle {
    /// Root-absolute links under the base URL's path.
    pub(crate) fn root_absolute(config: &Config) -> LinkStyle {
        let after_scheme = config.base_url.split_once("://").map_or(config.base_url.as_str(), |(_, rest)| rest);
        let base_path = match after_scheme.find('/') {
            Some(i) if config.base_url.contains("://") => after_scheme[i..].to_string(),
            _ => after_scheme.to_string(),
        };
        let base_path = if base_path.starts_with('/') { base_path } else { format!("/{base_path}") };
        LinkStyle::RootAbsolute { base_path }
    }
}

/// Writes hrefs from one file of the output to others.
#[derive(Debug, Clone)]
pub struct Linker {
    from: Route,
    /// How many folders deep `from` lies.
    from_folders: usize,
    style: LinkStyle,
}

impl Linker {
    /// A linker for the file at `from`.
    pub fn new(from: Route, style: LinkStyle) -> Linker {
        Linker { from_folders: from.path.matches('/').count(), from, style }
    }

    /// The href to `to`.
    pub fn href(&self, to: &Route) -> String {
        let explicit_index = matches!(self.style, LinkStyle::Relative { explicit_index: true });
        let target = if to.is_page() && explicit_index { to.output_file() } else { to.path.clone() };
        match &self.style {
            LinkStyle::RootAbsolute { base_path } => format!("{base_path}{}", encode_path(&target)),
            LinkStyle::Relative { .. } => {
                // Up from the linking file's folder to the folder it shares with the target,
                // then down; segment by segment, without collecting them (a page has
                // hundreds of links).
                let from_folders = self.from_folders;
                let mut common = 0;
                let mut rest = Some(target.as_str());
                for folder in self.from.path.split('/').take(from_folders) {
                    let Some(to) = rest else { break };
                    let (segment, after) =
                        to.split_once('/').map_or((to, None), |(segment, after)| (segment, Some(after)));
                    if segment != folder {
                        break;
                    }
                    common += 1;
                    rest = after;
                }
                let down = rest.unwrap_or("");
                if from_folders == common && down.is_empty() {
                    return "./".to_string();
                }
                let mut href = String::with_capacity(3 * (from_folders - common) + down.len());
                for _ in common..from_folders {
                    href.push_str("../");
                }
                push_encoded(&mut href, down);
                href
            }
        }
    }

    /// What to put before a root-relative path to reach it from this file (`../../`, or the
    /// base path for root-absolute links).
    pub(crate) fn root_prefix(&self) -> String {
        match &self.style {
            LinkStyle::RootAbsolute { base_path } => base_path.clone(),
            LinkStyle::Relative { .. } => "../".repeat(self.from_folders),
        }
    }

    /// The part of an href to `to` that follows [`Linker::root_prefix`]: the same for every
    /// page of an edition, so links built once (navigation trees) only need the prefix.
    pub(crate) fn path_from_root(&self, to: &Route) -> String {
        let explicit_index = matches!(self.style, LinkStyle::Relative { explicit_index: true });
        encode_path(&if to.is_page() && explicit_index { to.output_file() } else { to.path.clone() })
    }

    /// The href to an anchor of `to`, or of this very page when `to` is the page itself.
    pub(crate) fn href_with_fragment(&self, to: &Route, fragment: &str) -> String {
        if *to == self.from { format!("#{fragment}") } else { format!("{}#{fragment}", self.href(to)) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> Config {
        crate::config::parse(
            "title = \"T\"\nbase_url = \"https://x.org/hb\"\n[languages.en]\nname = \"English\"\n[languages.fr]\nname = \"Français\"\n",
        )
        .unwrap()
    }

    #[test]
    fn routes_put_other_languages_under_their_code() {
        let c = config();
        assert_eq!(Route::page(&c, "en", "playbooks/x").output_file(), "playbooks/x/index.html");
        assert_eq!(Route::page(&c, "fr", "playbooks/x").path, "fr/playbooks/x/");
        assert_eq!(Route::page(&c, "fr", "").output_file(), "fr/index.html");
        assert_eq!(Route::not_found(&c, "fr").output_file(), "fr/404.html");
        assert_eq!(Route::page(&c, "fr", "x").paginated(1), Route::page(&c, "fr", "x"));
        assert_eq!(Route::page(&c, "fr", "x").paginated(3).output_file(), "fr/x/page/3/index.html");
        assert_eq!(Route::page(&c, "en", "").paginated(2).path, "page/2/");
        assert_eq!(permalink(&c, &Route::page(&c, "fr", "a b")), "https://x.org/hb/fr/a%20b/");
    }

    #[test]
    fn relative_links_between_pages_and_files() {
        let c = config();
        let from = Route::page(&c, "fr", "playbooks/x");
        let linker = Linker::new(from.clone(), LinkStyle::Relative { explicit_index: false });
        assert_eq!(linker.href(&Route::page(&c, "en", "training/y")), "../../../training/y/");
        assert_eq!(linker.href(&Route::page(&c, "fr", "playbooks/z")), "../z/");
        assert_eq!(linker.href(&from), "./");
        assert_eq!(linker.href(&Route::page(&c, "fr", "")), "../../");
        assert_eq!(linker.href(&Route::file("css/cairn.css")), "../../../css/cairn.css");
        assert_eq!(linker.href_with_fragment(&from, "a"), "#a");
        assert_eq!(linker.root_prefix(), "../../../");
        assert_eq!(linker.path_from_root(&Route::page(&c, "fr", "a b")), "fr/a%20b/");
        let offline = Linker::new(from, LinkStyle::Relative { explicit_index: true });
        assert_eq!(offline.href(&Route::page(&c, "fr", "")), "../../index.html");
        assert_eq!(offline.path_from_root(&Route::page(&c, "fr", "x")), "fr/x/index.html");
        let home = Linker::new(Route::page(&c, "en", ""), LinkStyle::Relative { explicit_index: false });
        assert_eq!(home.href(&Route::page(&c, "en", "")), "./");
        assert_eq!(home.href(&Route::page(&c, "en", "a")), "a/");
        let linker = Linker::new(Route::page(&c, "fr", "playbooks/x"), LinkStyle::Relative { explicit_index: false });
        assert_eq!(linker.href(&Route::file("fr/playbooks/x/photo a#1.jpg")), "photo%20a%231.jpg");
        assert_eq!(linker.href(&Route::file("fr/playbooks")), "../");
        assert_eq!(linker.href(&Route::file("fr/playbooks/")), "../");
        assert_eq!(linker.href(&Route::file("fr/other/é?<>\\\"%.md")), "../../other/é%3F%3C%3E%5C%22%25.md");
        let file = Linker::new(Route::file("a/b.html"), LinkStyle::Relative { explicit_index: false });
        assert_eq!(file.href(&Route::file("a/b.html")), "b.html");
        assert_eq!(file.href(&Route::file("c.html")), "../c.html");
        let top = Linker::new(Route::file("404.html"), LinkStyle::Relative { explicit_index: false });
        assert_eq!(top.href(&Route::file("css/a.css")), "css/a.css");
    }

    #[test]
    fn root_absolute_links_keep_the_base_path() {
        let c = config();
        let linker = Linker::new(Route::not_found(&c, "fr"), LinkStyle::root_absolute(&c));
        assert_eq!(linker.href(&Route::page(&c, "fr", "")), "/hb/fr/");
        assert_eq!(linker.href(&Route::file("css/cairn.css")), "/hb/css/cairn.css");
    }
}
