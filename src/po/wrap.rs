//! PO string fields wrapped exactly as GNU gettext (and so Weblate, Pontoon, msgmerge)
//! wraps them, applied to what `rspolib` writes. rspolib mixes byte offsets and columns
//! when it wraps, so a line with `—` or any non-ASCII text breaks elsewhere than gettext,
//! and a platform-written catalogue would change on every extract. Rewrapping its output
//! keeps a catalogue byte-stable through extract and merge.

use unicode_linebreak::{BreakOpportunity, linebreaks};
use unicode_width::UnicodeWidthStr;

/// gettext's page width: a line, quotes and prefix included, is at most this wide unless
/// a single word is longer.
const PAGE_WIDTH: usize = 79;

const PREFIXES: [&str; 4] = ["#~| ", "#~ ", "#| ", ""];

/// `text` (a whole PO file) with every string field rewrapped.
pub(super) fn rewrap(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut field: Option<(&str, &str, String)> = None;
    for line in text.lines() {
        let (prefix, rest) = PREFIXES.iter().find_map(|p| line.strip_prefix(p).map(|r| (*p, r))).unwrap_or(("", line));
        let continuation = rest.len() >= 2 && rest.starts_with('"') && rest.ends_with('"');
        if let Some((_, _, content)) = field.as_mut().filter(|(p, ..)| *p == prefix && continuation) {
            content.push_str(&rest[1..rest.len() - 1]);
            continue;
        }
        if let Some((p, keyword, content)) = field.take() {
            write_field(&mut out, p, keyword, &content);
        }
        if let Some(references) = line.strip_prefix("#: ") {
            write_references(&mut out, references);
        } else if let Some((keyword, value)) = rest.split_once(" \"").filter(|(k, v)| is_keyword(k) && v.ends_with('"'))
        {
            field = Some((prefix, keyword, value[..value.len() - 1].to_string()));
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    if let Some((p, keyword, content)) = field.take() {
        write_field(&mut out, p, keyword, &content);
    }
    out
}

/// `#:` references packed on lines of at most the page width, as gettext writes them.
fn write_references(out: &mut String, references: &str) {
    let mut line = String::from("#:");
    for reference in references.split_whitespace() {
        if line.len() > 2 && line.width() + 1 + reference.width() > PAGE_WIDTH {
            out.push_str(&line);
            out.push('\n');
            line = String::from("#:");
        }
        line.push(' ');
        line.push_str(reference);
    }
    out.push_str(&line);
    out.push('\n');
}

fn is_keyword(word: &str) -> bool {
    matches!(word, "msgctxt" | "msgid" | "msgid_plural" | "msgstr")
        || word
            .strip_prefix("msgstr[")
            .and_then(|r| r.strip_suffix(']'))
            .is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()))
}

/// One field: on its keyword's line when it fits and has no inner newline, else an empty
/// first line and then pieces that end after each `\n` and fit the page.
fn write_field(out: &mut String, prefix: &str, keyword: &str, content: &str) {
    let head = format!("{prefix}{keyword} \"");
    let segments = segments(content);
    if segments.len() <= 1 && head.width() + content.width() < PAGE_WIDTH {
        out.push_str(&format!("{head}{content}\"\n"));
        return;
    }
    out.push_str(&format!("{head}\"\n"));
    let room = PAGE_WIDTH.saturating_sub(prefix.width() + 2);
    for segment in segments {
        for piece in fit(segment, room) {
            out.push_str(&format!("{prefix}\"{piece}\"\n"));
        }
    }
}

/// `content` cut after each escaped newline.
fn segments(content: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let bytes = content.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\\' {
            if bytes.get(i + 1) == Some(&b'n') && i + 2 < bytes.len() {
                pieces.push(&content[start..i + 2]);
                start = i + 2;
            }
            i += 2;
        } else {
            i += 1;
        }
    }
    pieces.push(&content[start..]);
    pieces
}

/// `segment` cut at line-break opportunities into pieces at most `room` columns wide (a
/// longer word stays whole), never inside an escape sequence.
fn fit(segment: &str, room: usize) -> Vec<&str> {
    let escapes: Vec<usize> = segment.match_indices('\\').map(|(i, _)| i + 1).collect();
    let breaks: Vec<usize> = linebreaks(segment)
        .filter(|(i, kind)| {
            *kind == BreakOpportunity::Allowed && *i < segment.len() && !is_inside_escape(&escapes, segment, *i)
        })
        .map(|(i, _)| i)
        .collect();
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut last_fit: Option<usize> = None;
    for &b in &breaks {
        if segment[start..b].width() <= room {
            last_fit = Some(b);
            continue;
        }
        if let Some(cut) = last_fit.take() {
            pieces.push(&segment[start..cut]);
            start = cut;
        }
        if segment[start..b].width() <= room {
            last_fit = Some(b);
        } else {
            pieces.push(&segment[start..b]);
            start = b;
        }
    }
    if segment[start..].width() > room
        && let Some(cut) = last_fit
    {
        pieces.push(&segment[start..cut]);
        start = cut;
    }
    pieces.push(&segment[start..]);
    pieces.retain(|p| !p.is_empty());
    if pieces.is_empty() {
        pieces.push("");
    }
    pieces
}

/// Whether a break at `at` would split `\x` (the backslash being the byte before `at`,
/// not itself escaped).
fn is_inside_escape(escapes: &[usize], segment: &str, at: usize) -> bool {
    escapes.contains(&at) && !segment[..at - 1].ends_with('\\')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_like_gettext() {
        // What msgcat 0.21 writes for these strings.
        let gettext = "msgid \"\"\n\"several countries who have learned — sometimes the hard way — how to support \"\n\"each other across borders without taking over.\"\nmsgstr \"short\"\n";
        let one_line = "msgid \"several countries who have learned — sometimes the hard way — how to support each other across borders without taking over.\"\nmsgstr \"short\"\n";
        assert_eq!(rewrap(one_line), gettext);
        assert_eq!(rewrap(gettext), gettext);
        let header =
            "msgid \"\"\nmsgstr \"\"\n\"Language: es\\n\"\n\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n";
        assert_eq!(rewrap(header), header);
    }
}
