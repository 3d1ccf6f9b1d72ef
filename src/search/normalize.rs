//! Text normalization for search, identical at index and query time, with a line-for-line
//! JavaScript twin in `themes/default/static/js/search.js` (a test runs both on the same
//! strings). Rules, in order:
//!
//! 1. lower-case;
//! 2. Unicode NFKD, then drop the combining diacritics that Latin, Greek and Cyrillic use
//!    (é → e, ñ → n), then NFC again so Hangul syllables stay whole;
//! 3. Arabic: drop tashkeel and tatweel, unify alef forms (أ إ آ ٱ → ا), alef maqsura and
//!    Persian yeh (ى ی → ي), Persian kaf (ک → ك), ta marbuta (ة → ه); Hebrew: drop the
//!    vowel points (niqqud) and cantillation marks, which most text leaves out;
//! 4. drop zero-width (non-)joiners and soft hyphens, which sit inside words;
//! 5. split on every character that is not a letter, combining mark or digit (Unicode
//!    Alphabetic, Mark, Numeric: the vowel signs, viramas and tone marks of Indic, Myanmar
//!    and Thai scripts sit inside words);
//! 6. split runs of Han, Kana and Hangul into overlapping bigrams (a lone one stays);
//! 7. drop one-character tokens except digits and CJK.

use crate::lang::is_cjk;
use std::sync::Arc;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Combining diacritics of Latin, Greek and Cyrillic (blocks, so JavaScript can match them
/// with the same ranges).
fn is_latin_diacritic(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

fn is_arabic_mark(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0640}')
}

/// Hebrew niqqud, dagesh, shin and sin dots, rafe and cantillation: marks most Hebrew text
/// is written without (the maqaf, paseq and sof pasuq between them are punctuation, kept).
fn is_hebrew_point(c: char) -> bool {
    matches!(c, '\u{0591}'..='\u{05BD}' | '\u{05BF}' | '\u{05C1}'..='\u{05C2}' | '\u{05C4}'..='\u{05C5}' | '\u{05C7}')
}

fn is_invisible_joiner(c: char) -> bool {
    matches!(c, '\u{200C}' | '\u{200D}' | '\u{00AD}')
}

fn unify_arabic(c: char) -> char {
    match c {
        '\u{0622}' | '\u{0623}' | '\u{0625}' | '\u{0671}' => '\u{0627}',
        '\u{0649}' | '\u{06CC}' => '\u{064A}',
        '\u{06A9}' => '\u{0643}',
        '\u{0629}' => '\u{0647}',
        c => c,
    }
}

/// Rules 1–4: the text, normalized, before splitting.
pub fn normalize(text: &str) -> String {
    let lower = text.to_lowercase();
    let stripped: String = lower.nfkd().filter(|&c| !is_latin_diacritic(c)).collect();
    stripped
        .nfc()
        .filter(|&c| !is_arabic_mark(c) && !is_hebrew_point(c) && !is_invisible_joiner(c))
        .map(unify_arabic)
        .collect()
}

/// The search terms of a text (rules 1–7), in order of appearance, repeats kept.
pub fn tokenize(text: &str) -> Vec<String> {
    let mut terms = Vec::new();
    for piece in text.split_ascii_whitespace() {
        terms.extend(tokenize_piece(piece));
    }
    terms
}

/// Maps looked up once per word of a handbook (SipHash, the default, was two fifths of the
/// tokenizer's time): foldhash, and a fixed seed, since the keys are the handbook's own words
/// and nothing iterates these maps.
type FastMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::FixedState>;

/// Tokenizes many texts into interned terms, remembering each whitespace-separated piece's
/// terms: handbook text repeats its words, and normalization is the costly part. ASCII
/// whitespace always separates words and no rule reaches across it, so a piece's terms do
/// not depend on its neighbours. Each distinct term is stored once and shared
/// ([`Arc`]), so indexing a handbook allocates per word, not per occurrence.
#[derive(Debug, Default)]
pub struct CachedTokenizer {
    /// Each piece met so far, with where its terms' ids sit in `piece_terms`.
    pieces: FastMap<Box<str>, (u32, u32)>,
    piece_terms: Vec<u32>,
    ids: FastMap<Arc<str>, u32>,
    terms: Vec<Arc<str>>,
}

impl CachedTokenizer {
    /// Adds the ids of the terms of `text` to `out`; [`CachedTokenizer::term`] gives each
    /// id's term.
    pub fn tokenize_into(&mut self, text: &str, out: &mut Vec<u32>) {
        for piece in text.split_ascii_whitespace() {
            let (start, end) = match self.pieces.get(piece) {
                Some(&range) => range,
                None => {
                    let start = self.piece_terms.len() as u32;
                    for term in tokenize_piece(piece) {
                        let id = match self.ids.get(term.as_str()) {
                            Some(&id) => id,
                            None => {
                                let term: Arc<str> = term.into();
                                let id = self.terms.len() as u32;
                                self.terms.push(term.clone());
                                self.ids.insert(term, id);
                                id
                            }
                        };
                        self.piece_terms.push(id);
                    }
                    let range = (start, self.piece_terms.len() as u32);
                    self.pieces.insert(piece.into(), range);
                    range
                }
            };
            out.extend_from_slice(&self.piece_terms[start as usize..end as usize]);
        }
    }

    /// The term of an id [`CachedTokenizer::tokenize_into`] gave.
    pub fn term(&self, id: u32) -> &Arc<str> {
        &self.terms[id as usize]
    }

    /// How many distinct terms the tokenizer has met: ids are below it.
    pub fn term_count(&self) -> usize {
        self.terms.len()
    }
}

fn tokenize_piece(piece: &str) -> Vec<String> {
    let normalized = if piece.is_ascii() { piece.to_ascii_lowercase() } else { normalize(piece) };
    let mut terms = Vec::new();
    for word in normalized.split(|c: char| !(c.is_alphanumeric() || is_combining_mark(c))).filter(|w| !w.is_empty()) {
        let chars: Vec<char> = word.chars().collect();
        let mut start = 0;
        while start < chars.len() {
            let cjk = is_cjk(chars[start]);
            let end = chars[start..].iter().position(|&c| is_cjk(c) != cjk).map_or(chars.len(), |n| start + n);
            let run = &chars[start..end];
            if cjk && run.len() > 1 {
                terms.extend(run.windows(2).map(|pair| pair.iter().collect::<String>()));
            } else if cjk || run.len() > 1 || run[0].is_numeric() {
                terms.push(run.iter().collect());
            }
            start = end;
        }
    }
    terms
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_accents_and_elisions() {
        assert_eq!(tokenize("L'élève Señor CAFÉ"), ["eleve", "senor", "cafe"]);
        assert_eq!(tokenize("Mise à jour 2019!"), ["mise", "jour", "2019"]);
        assert_eq!(tokenize("Ελληνικά κείμενα"), ["ελληνικα", "κειμενα"]);
    }

    #[test]
    fn arabic_forms_are_unified() {
        assert_eq!(tokenize("الْمُنَظَّمَة"), tokenize("المنظمه"));
        assert_eq!(tokenize("أمان إدارة آمن"), ["امان", "اداره", "امن"]);
        assert_eq!(tokenize("مستشفى"), ["مستشفي"]);
        assert_eq!(tokenize("می\u{200C}خواهم"), ["ميخواهم"]);
    }

    #[test]
    fn hebrew_points_are_dropped() {
        // With niqqud and a dagesh, and the same words as most text writes them; a
        // presentation form (U+FB2A, shin with its dot) too.
        assert_eq!(tokenize("בְּדִיקַת הוֹרָדוֹת"), tokenize("בדיקת הורדות"));
        assert_eq!(tokenize("בדיקת הורדות"), ["בדיקת", "הורדות"]);
        assert_eq!(tokenize("\u{FB2A}לום"), ["שלום"]);
        // The maqaf joins words as punctuation: it splits them.
        assert_eq!(tokenize("בית־ספר"), ["בית", "ספר"]);
    }

    #[test]
    fn cached_pieces_give_the_same_terms() {
        let text = "L'élève  Señor\tCAFÉ 欢迎使用 الْمُنَظَّمَة ΟΔΟΣ ΟΔΟΣ\u{a0}ab";
        let mut cached = CachedTokenizer::default();
        let mut ids = Vec::new();
        cached.tokenize_into(text, &mut ids);
        cached.tokenize_into(text, &mut ids);
        let terms: Vec<String> = ids.iter().map(|&id| cached.term(id).to_string()).collect();
        let once = tokenize(text);
        assert_eq!(terms, [once.clone(), once].concat());
        assert_eq!(cached.term_count(), 9, "ΟΔΟΣ twice is one term");
    }

    #[test]
    fn viramas_and_vowel_signs_stay_inside_words() {
        // Myanmar asat (U+103A) and dot below (U+1037), Devanagari virama (U+094D), Tamil
        // pulli (U+0BCD): marks that are not Alphabetic, which used to cut words in two.
        assert_eq!(tokenize("ကွန်ရက် မြန်မာ"), ["ကွန်ရက်", "မြန်မာ"]);
        assert_eq!(tokenize("डिजिटल सुरक्षा"), ["डिजिटल", "सुरक्षा"]);
        assert_eq!(tokenize("பாதுகாப்பு"), ["பாதுகாப்பு"]);
    }

    #[test]
    fn cjk_runs_become_bigrams() {
        assert_eq!(tokenize("欢迎使用本手册"), ["欢迎", "迎使", "使用", "用本", "本手", "手册"]);
        assert_eq!(tokenize("中"), ["中"]);
        assert_eq!(tokenize("한국어 Signal群组"), ["한국", "국어", "signal", "群组"]);
        assert_eq!(tokenize("ｶﾀｶﾅ"), ["カタ", "タカ", "カナ"]);
    }
}
