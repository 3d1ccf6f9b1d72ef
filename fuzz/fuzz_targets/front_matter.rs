//! `cairn::load::front_matter::split` on arbitrary text: must never panic, whatever the
//! fences, TOML or YAML inside them.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Valid UTF-8 as it is; anything else through a lossy conversion, so byte-level
    // mutations still reach the parser.
    match std::str::from_utf8(data) {
        Ok(text) => check(text),
        Err(_) => check(&String::from_utf8_lossy(data)),
    }
});

fn check(text: &str) {
    // As the loader hands it over (BOM dropped, `\n` line endings) ...
    let normalized = text.strip_prefix('\u{feff}').unwrap_or(text).replace("\r\n", "\n").replace('\r', "\n");
    if let Ok(split) = cairn::load::front_matter::split(&normalized) {
        // The body is a suffix of the file.
        assert!(normalized.ends_with(&split.body), "body is not the end of the file");
        let _ = split.front.kind_fields();
        for date in [&split.front.date, &split.front.updated].into_iter().flatten() {
            let _ = date.normalized();
        }
    }
    // ... and raw, as other callers (tests, tools) may pass it.
    let _ = cairn::load::front_matter::split(text);
}
