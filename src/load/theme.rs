//! The default theme, compiled into the binary so a handbook needs no `themes/` folder,
//! layered with the on-disk theme and the site's own `templates/`, `static/` and `i18n/`.

use std::collections::BTreeMap;

macro_rules! embed_theme {
    ($($path:literal),* $(,)?) => {
        &[$(($path, include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/themes/default/", $path)) as &[u8])),*]
    };
}

/// Every file of `themes/default/`, by path relative to it (a test keeps this list complete).
pub(crate) const DEFAULT_THEME: &[(&str, &[u8])] = embed_theme![
    "fonts/NotoNaskhArabic-Bold.ttf",
    "fonts/NotoNaskhArabic-Regular.ttf",
    "fonts/NotoSans-Bold.ttf",
    "fonts/NotoSans-BoldItalic.ttf",
    "fonts/NotoSans-Italic.ttf",
    "fonts/NotoSans-Regular.ttf",
    "i18n/am.toml",
    "i18n/ar.toml",
    "i18n/az.toml",
    "i18n/bn.toml",
    "i18n/ckb.toml",
    "i18n/de.toml",
    "i18n/en.toml",
    "i18n/es.toml",
    "i18n/fa.toml",
    "i18n/fr.toml",
    "i18n/ha.toml",
    "i18n/he.toml",
    "i18n/hi.toml",
    "i18n/hy.toml",
    "i18n/id.toml",
    "i18n/it.toml",
    "i18n/ja.toml",
    "i18n/ka.toml",
    "i18n/km.toml",
    "i18n/ko.toml",
    "i18n/ms.toml",
    "i18n/my.toml",
    "i18n/ne.toml",
    "i18n/pl.toml",
    "i18n/ps.toml",
    "i18n/pt-BR.toml",
    "i18n/pt.toml",
    "i18n/ro.toml",
    "i18n/ru.toml",
    "i18n/so.toml",
    "i18n/sw.toml",
    "i18n/ta.toml",
    "i18n/th.toml",
    "i18n/tl.toml",
    "i18n/tr.toml",
    "i18n/uk.toml",
    "i18n/ur.toml",
    "i18n/vi.toml",
    "i18n/zh-Hant.toml",
    "i18n/zh.toml",
    "print/handout.typ",
    "static/css/cairn.css",
    "static/js/search.js",
    "templates/404.html",
    "templates/base.html",
    "templates/contributor.html",
    "templates/contributors.html",
    "templates/index.html",
    "templates/kinds/case-study.html",
    "templates/kinds/playbook.html",
    "templates/kinds/training.html",
    "templates/page.html",
    "templates/partials/byline.html",
    "templates/partials/credits.html",
    "templates/partials/kind-fields.html",
    "templates/partials/listing.html",
    "templates/partials/page-header.html",
    "templates/partials/pagination.html",
    "templates/partials/people.html",
    "templates/partials/prev-next.html",
    "templates/partials/sidebar.html",
    "templates/partials/site-menu.html",
    "templates/partials/status-list.html",
    "templates/partials/toc.html",
    "templates/search.html",
    "templates/section.html",
    "templates/translation-list.html",
    "templates/translation-status.html",
    "templates/verify.html",
];

/// A theme's files by path relative to the theme root, later layers replacing earlier ones.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct ThemeFiles {
    /// `templates/…` files by template name (`page.html`, `partials/listing.html`).
    pub templates: BTreeMap<String, String>,
    /// `static/…` files by output path (`css/cairn.css`).
    pub static_files: BTreeMap<String, Vec<u8>>,
    /// `i18n/<lang>.toml` texts by language code, each with the file it came from.
    pub i18n: BTreeMap<String, Vec<(String, String)>>,
    /// `print/…` typst templates for handouts, by name (`handout.typ`).
    pub print: BTreeMap<String, String>,
    /// `fonts/…` font files for handouts, by name.
    pub fonts: BTreeMap<String, Vec<u8>>,
}

impl ThemeFiles {
    /// Adds one theme file given by its path inside a theme (or site) folder.
    pub(crate) fn add(&mut self, relative: &str, bytes: Vec<u8>, origin: &str) -> Result<(), String> {
        if let Some(name) = relative.strip_prefix("templates/") {
            let text = String::from_utf8(bytes).map_err(|_| "template is not valid UTF-8".to_string())?;
            self.templates.insert(name.to_string(), text);
        } else if let Some(name) = relative.strip_prefix("static/") {
            self.static_files.insert(name.to_string(), bytes);
        } else if let Some(name) = relative.strip_prefix("i18n/").and_then(|n| n.strip_suffix(".toml")) {
            let text = String::from_utf8(bytes).map_err(|_| "i18n file is not valid UTF-8".to_string())?;
            self.i18n.entry(name.to_string()).or_default().push((origin.to_string(), text));
        } else if let Some(name) = relative.strip_prefix("print/") {
            let text = String::from_utf8(bytes).map_err(|_| "print template is not valid UTF-8".to_string())?;
            self.print.insert(name.to_string(), text);
        } else if let Some(name) = relative.strip_prefix("fonts/") {
            let lower = name.to_ascii_lowercase();
            if [".ttf", ".otf", ".ttc", ".otc"].iter().any(|ext| lower.ends_with(ext)) {
                self.fonts.insert(name.to_string(), bytes);
            }
        }
        Ok(())
    }

    /// The built-in default theme.
    pub(crate) fn builtin() -> Self {
        let mut theme = ThemeFiles::default();
        for (path, bytes) in DEFAULT_THEME {
            theme
                .add(path, bytes.to_vec(), &format!("(built-in theme)/{path}"))
                .expect("the built-in theme is valid UTF-8: checked by its tests");
        }
        theme
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_theme_file_is_embedded() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default");
        let mut on_disk: Vec<String> = walkdir::WalkDir::new(&dir)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            // Licence and notes beside the fonts are for people, not compiled in.
            .filter(|e| !e.path().starts_with(dir.join("fonts")) || e.path().extension().is_some_and(|x| x == "ttf"))
            .map(|e| e.path().strip_prefix(&dir).unwrap().to_string_lossy().replace('\\', "/"))
            .collect();
        on_disk.sort();
        let embedded: Vec<String> = DEFAULT_THEME.iter().map(|(p, _)| p.to_string()).collect();
        assert_eq!(embedded, on_disk);
        ThemeFiles::builtin();
    }
}
