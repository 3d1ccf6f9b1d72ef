//! A Markdown page (front matter optional) → typst markup for handouts, via
//! `model::resolve` and `render::print::convert` with the contexts `pdf` builds. Must never
//! panic, and every piece of the page's text must stay inside a typst string literal: outside
//! literals the output may only hold the markup `convert` itself writes (known function
//! names, numbers, brackets, punctuation), with balanced brackets.
#![no_main]

mod common;

use cairn::model::links::LinkTarget;
use cairn::render::credits::CreditWriter;
use cairn::render::print::{self, Context};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let fx = common::fixture();
    let input = common::text(data);

    // `literal` round-trips: it prints the text exactly (line breaks become spaces; the
    // loader has already turned `\r` into `\n`, and `literal` would drop one).
    let lit = print::literal(&input);
    let mut parsed = Vec::new();
    let rest = lit.strip_prefix('#').expect("literal starts with #");
    let after = read_string(rest, &mut parsed).expect("literal is one well-formed string");
    assert_eq!(after, ";", "literal ends with `\";`");
    assert_eq!(parsed.concat(), input.replace('\n', " ").replace('\r', ""), "literal changes the text");

    let (site, id) = common::site_with(&input);
    let Some(id) = id else { return };
    let doc = &site.docs[id];
    let assets: std::collections::BTreeSet<&str> =
        site.content_assets.iter().chain(&site.static_files).map(|a| a.path.as_str()).collect();
    for (lang, many) in [("en", false), ("ar", true)] {
        // As pdf::Typesetter::typeset builds it.
        let writer = CreditWriter::new(&site, &fx.ui_strings, lang);
        let link = |target: Option<&LinkTarget>, written: &str| print::link_dest(&site, doc, lang, target, written);
        let image = |target: Option<&LinkTarget>| match target {
            Some(LinkTarget::File { path, .. }) if assets.contains(path.as_str()) => Some(format!("/assets/{path}")),
            _ => None,
        };
        let credits = |index: usize| doc.outline.headings.get(index).and_then(|h| writer.section_text(h));
        let context = Context {
            link: &link,
            image: &image,
            section_credits: &credits,
            heading_base: if many { 3 } else { 2 },
            label_prefix: doc.entry,
            decorative: &doc.decorative,
        };
        let converted = print::convert(doc, &context);
        if common::show() {
            eprintln!("--- {lang} ---\n{converted:?}");
        }
        let markup = converted.markup;
        if let Err(problem) = check_markup(&markup) {
            panic!("typst markup escapes its string literals: {problem}\n--- markup ---\n{markup}\n--- end ---");
        }
    }
});

/// Reads a typst string literal as `print` writes it (`"` already next), pushing its
/// pieces; returns what follows, or why it is not one. Escapes: `\"`, `\\` and `\n` (code
/// blocks keep their lines); no raw line break.
fn read_string<'a>(s: &'a str, pieces: &mut Vec<String>) -> Result<&'a str, String> {
    let mut chars = s.char_indices();
    if chars.next().map(|(_, c)| c) != Some('"') {
        return Err("a string literal must start with `\"`".into());
    }
    let mut text = String::new();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => {
                pieces.push(text);
                return Ok(&s[i + 1..]);
            }
            '\\' => match chars.next() {
                Some((_, e @ ('"' | '\\'))) => text.push(e),
                Some((_, 'n')) => text.push('\n'),
                other => return Err(format!("unexpected escape `\\{:?}` in a string literal", other.map(|o| o.1))),
            },
            '\n' | '\r' => return Err("line break inside a string literal".into()),
            c => text.push(c),
        }
    }
    Err("unterminated string literal".into())
}

/// Words `convert` writes outside string literals.
const KNOWN_WORDS: &[&str] = &[
    "heading", "level", "quote", "block", "true", "raw", "lang", "enum", "start", "list", "table", "columns",
    "header", "emph", "strong", "strike", "link", "box", "image", "alt", "width", "text", "size", "em", "fill",
    "luma", "linebreak", "line", "length", "footnote", "pdf", "artifact", "cairn",
];

/// Checks that outside string literals, `markup` holds only cairn's own markup.
fn check_markup(markup: &str) -> Result<(), String> {
    let mut rest = markup;
    let mut stack: Vec<char> = Vec::new();
    let mut word = String::new();
    let mut pieces = Vec::new();
    loop {
        let Some(c) = rest.chars().next() else { break };
        if c.is_ascii_alphanumeric() || c == '.' && !word.is_empty() {
            word.push(c);
            rest = &rest[c.len_utf8()..];
            continue;
        }
        flush(&mut word)?;
        match c {
            '"' => {
                rest = read_string(rest, &mut pieces)?;
                continue;
            }
            '(' | '[' => stack.push(c),
            ')' | ']' => {
                let open = if c == ')' { '(' } else { '[' };
                if stack.pop() != Some(open) {
                    return Err(format!("unbalanced `{c}` at byte {}", markup.len() - rest.len()));
                }
            }
            // `<` and `>` delimit heading labels (`<cairn-3-0>`).
            '#' | ':' | ',' | ';' | '%' | '.' | '-' | ' ' | '\n' | '<' | '>' => {}
            other => {
                return Err(format!("{other:?} outside a string literal at byte {}", markup.len() - rest.len()));
            }
        }
        rest = &rest[c.len_utf8()..];
    }
    flush(&mut word)?;
    if !stack.is_empty() {
        return Err(format!("unclosed {stack:?}"));
    }
    Ok(())
}

/// A word outside literals must be a number, a length (`0.85em`, `100`) or a known name.
fn flush(word: &mut String) -> Result<(), String> {
    let w = std::mem::take(word);
    if w.is_empty() {
        return Ok(());
    }
    let known = |part: &str| {
        KNOWN_WORDS.contains(&part)
            || part.chars().all(|c| c.is_ascii_digit())
            || part.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.') == "em"
    };
    if w.split('.').all(|part| part.is_empty() || known(part)) {
        Ok(())
    } else {
        Err(format!("unknown word `{w}` outside a string literal"))
    }
}
