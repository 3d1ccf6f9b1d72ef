//! Dates as readers of each language write them ("14 mars 2025", "2025年3月14日",
//! "۲۴ اسفند ۱۴۰۳"), from CLDR data compiled in with ICU4X, for pages and handouts alike.
//! Front matter keeps ISO dates; they stay machine-readable in `<time datetime>`.

use icu_datetime::DateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use icu_datetime::input::Date;
use icu_locale::Locale;
use std::cell::RefCell;
use std::collections::HashMap;

/// The ISO date `iso` (`2025-03-14`, or the date part of a date-time) in the long form CLDR
/// gives `lang`, with that language's default calendar and numerals (Persian: Solar Hijri
/// with Persian digits; Thai: Buddhist era). `None` when `iso` is not a date or `lang` not a
/// language tag.
pub(crate) fn format_date(iso: &str, lang: &str) -> Option<String> {
    let (year, month, day) = parse_iso_date(iso)?;
    // Making a formatter costs more than formatting with it, and a build dates thousands
    // of pages in a handful of languages, mostly with the same few dates: each thread keeps
    // one formatter per language, and the dates it formatted.
    thread_local! {
        static FORMATTED: RefCell<HashMap<String, Formatted>> = RefCell::default();
    }
    FORMATTED.with_borrow_mut(|by_lang| {
        if !by_lang.contains_key(lang) {
            let locale: Option<Locale> = lang.parse().ok();
            let formatter = locale.and_then(|locale| DateTimeFormatter::try_new(locale.into(), YMD::long()).ok());
            by_lang.insert(lang.to_string(), Formatted { formatter, dates: HashMap::new() });
        }
        let Formatted { formatter, dates } = by_lang.get_mut(lang)?;
        if let Some(text) = dates.get(&(year, month, day)) {
            return text.clone();
        }
        let date = Date::try_new_iso(year, month, day).ok();
        let text = formatter.as_ref().zip(date).map(|(formatter, date)| formatter.format(&date).to_string());
        dates.insert((year, month, day), text.clone());
        text
    })
}

/// A language's date formatter (`None` for a tag ICU4X cannot read) and what it formatted.
struct Formatted {
    formatter: Option<DateTimeFormatter<YMD>>,
    dates: HashMap<(i32, u8, u8), Option<String>>,
}

/// `YYYY-MM-DD`, alone or followed by a time (`T…` or ` …`).
fn parse_iso_date(iso: &str) -> Option<(i32, u8, u8)> {
    let date = iso.get(..10)?;
    if !matches!(iso.as_bytes().get(10), None | Some(b'T' | b't' | b' ')) {
        return None;
    }
    let mut parts = date.split('-');
    let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
    if year.len() != 4 || month.len() != 2 || day.len() != 2 {
        return None;
    }
    Some((year.parse().ok()?, month.parse().ok()?, day.parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_follow_cldr_per_language() {
        let date = |lang| format_date("2025-03-14", lang).unwrap();
        assert_eq!(date("en"), "March 14, 2025");
        assert_eq!(date("fr"), "14 mars 2025");
        assert_eq!(date("zh"), "2025年3月14日");
        assert_eq!(date("ru"), "14 марта 2025\u{202f}г.");
        assert_eq!(date("fa"), "۲۴ اسفند ۱۴۰۳");
        assert_eq!(format_date("2025-03-14T10:00:00Z", "fr").unwrap(), "14 mars 2025");
    }

    #[test]
    fn what_is_not_a_date_is_left_alone() {
        assert_eq!(format_date("2025-3-14", "fr"), None);
        assert_eq!(format_date("2025-02-30", "fr"), None);
        assert_eq!(format_date("yesterday", "fr"), None);
        assert_eq!(format_date("2025-03-14", "not a tag"), None);
        assert_eq!(format_date("2025-03-1é", "fr"), None);
    }
}
