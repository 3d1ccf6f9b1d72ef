//! Tera, built from template strings (the layered theme), with cairn's template functions
//! `t(key=…, count=…, name=value…)` for UI strings in the page's language and
//! `format_date(date=…)` for dates as that language writes them. Template syntax errors
//! become diagnostics naming the template and line.

use crate::diagnostics::Diagnostic;
use crate::i18n::UiStrings;
use foldhash::fast::FixedState;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use tera::{ErrorKind, Kwargs, State, Tera, TeraResult, Value};

/// Builds the template engine from templates by name.
pub(crate) fn engine(templates: &BTreeMap<String, String>, strings: Arc<UiStrings>) -> Result<Tera, Diagnostic> {
    let mut tera = Tera::new();
    // Most calls ask for a plain string by its key alone (dozens a page): those are template
    // values made once, shared by every page instead of copied for each call.
    let mut plain: HashMap<String, HashMap<String, Value, FixedState>> = HashMap::new();
    for (lang, key, text) in strings.plain_strings() {
        plain.entry(lang.to_string()).or_default().insert(key.to_string(), Value::from(text));
    }
    tera.register_function("t", move |kwargs: Kwargs, state: &State| -> TeraResult<Value> {
        let key: &str = kwargs.must_get("key")?;
        // Read as a template value, not copied into a `String`: `t()` runs dozens of times a page.
        let lang: Option<Value> = state.get("lang")?;
        let lang = lang.as_ref().and_then(Value::as_str).unwrap_or_default();
        let count: Option<i64> = kwargs.get("count")?;
        let args: Vec<(&str, String)> = kwargs
            .iter()
            .filter_map(|(name, value)| {
                let name = name.as_str().filter(|name| !matches!(*name, "key" | "count"))?;
                let value = value.as_str().map_or_else(|| value.to_string(), str::to_string);
                // A value (a language name, a title, a size) may run in the other direction
                // than the sentence it lands in; escaped text cannot carry `<bdi>`, so it is
                // wrapped in Unicode isolates.
                Some((name, crate::lang::isolate(&value)))
            })
            .collect();
        if count.is_none()
            && args.is_empty()
            && let Some(text) = plain.get(lang).and_then(|strings| strings.get(key))
        {
            return Ok(text.clone());
        }
        let text = strings.get(lang, key, count, &args).ok_or_else(|| {
            tera::Error::message(format!("no UI string `{key}` in i18n/{lang}.toml nor in the default language"))
        })?;
        Ok(Value::from(text))
    });
    tera.register_function("format_date", |kwargs: Kwargs, state: &State| -> TeraResult<String> {
        let date: &str = kwargs.must_get("date")?;
        let lang: Option<Value> = state.get("lang")?;
        let lang = lang.as_ref().and_then(Value::as_str).unwrap_or_default();
        Ok(crate::dates::format_date(date, lang).unwrap_or_else(|| date.to_string()))
    });
    tera.add_raw_templates(templates.iter().map(|(name, text)| (name.as_str(), text.as_str())))
        .map_err(|e| template_error(&e, None))?;
    Ok(tera)
}

/// A template error as a diagnostic pointing at the template (and line, when known), and
/// at the page being rendered.
pub(crate) fn template_error(error: &tera::Error, page: Option<&str>) -> Diagnostic {
    let (file, line) = match error.kind() {
        ErrorKind::SyntaxError(report) | ErrorKind::RenderingError(report) => {
            (Some(format!("templates/{}", report.filename())), Some(report.span().start_line))
        }
        _ => (None, None),
    };
    let message = match error.kind() {
        ErrorKind::SyntaxError(report) | ErrorKind::RenderingError(report) => report.message().to_string(),
        other => other.to_string(),
    };
    let mut diagnostic = Diagnostic::error(format!("template error: {message}"));
    if let Some(file) = file {
        diagnostic = diagnostic.in_file(file);
    }
    if let Some(line) = line {
        diagnostic = diagnostic.at_line(line);
    }
    let hint = match page {
        Some(page) => {
            format!("while rendering {page}; fix the template (a site's templates/ overrides the theme's by name)")
        }
        None => "fix the template (a site's templates/ overrides the theme's by name)".to_string(),
    };
    diagnostic.with_hint(hint)
}
