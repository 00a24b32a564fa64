//! Character classes: the few Unicode facts the text layer needs, as small match tables
//! (a general-category table would cost the wasm more than everything here).

/// Ends a line: a block boundary always ends a sentence.
pub fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// Space inside a line (including no-break and ideographic spaces).
pub fn is_space(c: char) -> bool {
    c.is_whitespace() && !is_line_break(c)
}

/// Invisible format characters that carry no text (zero-width, bidi marks, BOM, soft hyphen).
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}')
}

/// Nothing a reader would see: whitespace or an invisible format character.
pub fn is_blank(c: char) -> bool {
    c.is_whitespace() || is_invisible(c)
}

/// The marks that end a sentence at the end of a line or block: Latin, Arabic, and the full-width ones
/// of Chinese and Japanese. (Inside a line, [`crate::text::sentences`] decides with more care.)
pub const SENTENCE_ENDS: &[char] = &['.', '!', '?', '؟', '。', '！', '？'];

/// Full stops, question and exclamation marks of scripts that write them without a following space
/// (CJK, Ethiopic, Devanagari, Arabic, Armenian, Myanmar, Khmer): they end a sentence even when
/// the next sentence starts right after them.
pub fn is_glued_terminator(c: char) -> bool {
    matches!(
        c,
        '。' | '！'
            | '？'
            | '．'
            | '｡'
            | '؟'
            | '۔'
            | '।'
            | '॥'
            | '።'
            | '፧'
            | '፨'
            | '։'
            | '܂'
            | '။'
            | '។'
            | '៕'
            | '᠃'
            | '᠉'
    )
}

/// A bullet that starts a list item, even in the middle of a line.
pub fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '‣' | '⁃' | '◦' | '▪' | '●' | '■' | '►' | '▸' | '◆' | '❖')
}

/// A dash that may stand between a sentence's end and what follows (`voila! -- you`).
pub fn is_dash(c: char) -> bool {
    matches!(c, '-' | '‐' | '‒' | '–' | '—' | '―')
}

/// A vowel sign or virama of an Indic script: with its consonant it is one written letter.
pub fn is_indic_sign(c: char) -> bool {
    let code = c as u32;
    if !(0x0900..=0x0DFF).contains(&code) {
        return false;
    }
    let offset = (code - 0x0900) % 0x80;
    offset <= 0x03
        || (0x3A..=0x4F).contains(&offset)
        || (0x55..=0x57).contains(&offset)
        || (0x62..=0x63).contains(&offset)
}

/// Han ideographs, kana and Hangul syllables: the scripts written without spaces between words
/// (Hangul does use spaces, but its syllables read well as bigrams too).
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x31F0..=0x31FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF
        | 0x20000..=0x2FA1F | 0xAC00..=0xD7AF | 0xFF66..=0xFF9F)
}

/// `char::is_alphanumeric`, with the letters of the Greek, Cyrillic, Hebrew and Arabic alphabets, the
/// Arabic-Indic digits and the General Punctuation block (curly quotes, dashes, odd spaces) answered
/// without a search of the Unicode tables, which costs a non-Latin letter one search and a mark two.
#[inline] // only the ASCII test, asked of every character of most texts
pub fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        is_other_alphanumeric(c)
    }
}

/// [`is_alphanumeric`] of a character outside ASCII.
fn is_other_alphanumeric(c: char) -> bool {
    if ALPHANUMERIC_RANGES.iter().any(|&(first, last)| (first..=last).contains(&c)) {
        true
    } else if (GENERAL_PUNCTUATION.0..=GENERAL_PUNCTUATION.1).contains(&c) {
        false
    } else {
        c.is_alphanumeric()
    }
}

/// Ranges of letters and digits only: Greek capitals and small letters, Cyrillic, the Hebrew and
/// Arabic letters, the Arabic-Indic digits (a test checks each against the Unicode tables).
const ALPHANUMERIC_RANGES: &[(char, char)] = &[
    ('\u{0391}', '\u{03A1}'),
    ('\u{03A3}', '\u{03C9}'),
    ('\u{0400}', '\u{0481}'),
    ('\u{05D0}', '\u{05EA}'),
    ('\u{0620}', '\u{064A}'),
    ('\u{0660}', '\u{0669}'),
];
/// The General Punctuation block: no letter or digit.
const GENERAL_PUNCTUATION: (char, char) = ('\u{2000}', '\u{206F}');

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ranges_answered_alone_agree_with_the_unicode_tables() {
        for &(first, last) in ALPHANUMERIC_RANGES {
            assert!((first..=last).all(char::is_alphanumeric), "{first:?}..={last:?}");
        }
        assert!((GENERAL_PUNCTUATION.0..=GENERAL_PUNCTUATION.1).all(|c| !c.is_alphanumeric()));
        for c in ['a', 'Z', '7', ' ', '-', 'é', 'ß', '中', '’', 'ـ', '٣', 'ς', '\u{0300}', '\u{064B}'] {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }
}
