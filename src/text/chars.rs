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

/// Combining marks outside the Indic scripts ([`is_indic_sign`]), by script, in code point order:
/// the ones `char::is_alphanumeric` leaves out are what matter (it takes only the marks Unicode calls
/// alphabetic, not Thai and Lao tone marks, Myanmar's asat, Khmer's coeng or Hebrew's points).
const MARKS: &[(char, char)] = &[
    ('\u{0300}', '\u{036F}'), // combining diacritics: Latin, Greek, Cyrillic
    ('\u{0483}', '\u{0489}'), // Cyrillic
    ('\u{0591}', '\u{05BD}'), // Hebrew cantillation and points (not the maqaf, a hyphen)
    ('\u{05BF}', '\u{05BF}'),
    ('\u{05C1}', '\u{05C2}'),
    ('\u{05C4}', '\u{05C5}'),
    ('\u{05C7}', '\u{05C7}'),
    ('\u{0610}', '\u{061A}'), // Arabic
    ('\u{064B}', '\u{065F}'),
    ('\u{0670}', '\u{0670}'),
    ('\u{06D6}', '\u{06ED}'),
    ('\u{0711}', '\u{0711}'), // Syriac
    ('\u{0730}', '\u{074A}'),
    ('\u{07A6}', '\u{07B0}'), // Thaana
    ('\u{0E31}', '\u{0E31}'), // Thai vowel signs and tone marks
    ('\u{0E34}', '\u{0E3A}'),
    ('\u{0E47}', '\u{0E4E}'),
    ('\u{0EB1}', '\u{0EB1}'), // Lao
    ('\u{0EB4}', '\u{0EBC}'),
    ('\u{0EC8}', '\u{0ECE}'),
    ('\u{0F18}', '\u{0F19}'), // Tibetan
    ('\u{0F35}', '\u{0F35}'),
    ('\u{0F37}', '\u{0F37}'),
    ('\u{0F39}', '\u{0F39}'),
    ('\u{0F3E}', '\u{0F3F}'),
    ('\u{0F71}', '\u{0F84}'),
    ('\u{0F86}', '\u{0F87}'),
    ('\u{0F8D}', '\u{0FBC}'),
    ('\u{0FC6}', '\u{0FC6}'),
    ('\u{102B}', '\u{103E}'), // Myanmar (not its punctuation, from U+104A)
    ('\u{1056}', '\u{1059}'),
    ('\u{105E}', '\u{1060}'),
    ('\u{1062}', '\u{1064}'),
    ('\u{1067}', '\u{106D}'),
    ('\u{1071}', '\u{1074}'),
    ('\u{1082}', '\u{108D}'),
    ('\u{108F}', '\u{108F}'),
    ('\u{109A}', '\u{109D}'),
    ('\u{135D}', '\u{135F}'), // Ethiopic
    ('\u{17B4}', '\u{17D3}'), // Khmer (not its punctuation, from U+17D4)
    ('\u{17DD}', '\u{17DD}'),
    ('\u{180B}', '\u{180D}'), // Mongolian
    ('\u{18A9}', '\u{18A9}'),
    ('\u{1AB0}', '\u{1AFF}'), // combining marks of every script
    ('\u{1DC0}', '\u{1DFF}'),
    ('\u{20D0}', '\u{20FF}'),
    ('\u{FE00}', '\u{FE0F}'), // variation selectors
    ('\u{FE20}', '\u{FE2F}'),
];

/// A combining mark: a vowel sign, tone mark, virama or diacritic written on the letter before it,
/// and so part of that letter's word ("ได้", "သတင်း", "नमस्ते" are one word each, not three).
pub fn is_mark(c: char) -> bool {
    // The first range not wholly before `c` holds it, or none does.
    let at = MARKS.partition_point(|&(_, last)| last < c);
    is_indic_sign(c) || MARKS.get(at).is_some_and(|&(first, _)| first <= c)
}

/// Han ideographs, kana and Hangul syllables: the scripts written without spaces between words
/// (Hangul does use spaces, but its syllables read well as bigrams too).
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x31F0..=0x31FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF
        | 0x20000..=0x2FA1F | 0xAC00..=0xD7AF | 0xFF66..=0xFF9F)
}

/// Hangul syllables: Korean sets spaces between its words, unlike Chinese and Japanese.
pub fn is_hangul(c: char) -> bool {
    matches!(c as u32, 0xAC00..=0xD7AF)
}

/// Thai, Lao, Burmese and Khmer letters: scripts written without spaces between words, in which a
/// "word" counted between spaces is a clause, and a paragraph may end without any mark.
pub fn is_unspaced_southeast_asian(c: char) -> bool {
    matches!(c as u32, 0x0E00..=0x0EFF | 0x1000..=0x109F | 0x1780..=0x17FF)
}

/// The value of a decimal digit of the scripts news is written in: ASCII, Arabic-Indic, Persian,
/// Devanagari, Bengali and full-width.
pub fn decimal_value(c: char) -> Option<u32> {
    const ZEROS: &[char] = &['0', '\u{660}', '\u{6F0}', '\u{966}', '\u{9E6}', '\u{FF10}'];
    ZEROS.iter().find_map(|&zero| (c as u32).checked_sub(zero as u32).filter(|&value| value < 10))
}

/// The numbers `text` writes, in the decimal digits of any script news is written in ([`decimal_value`]),
/// each with how many digits write it.
pub fn numbers(text: &str) -> impl Iterator<Item = (u32, usize)> + '_ {
    text.split(|c| decimal_value(c).is_none()).filter(|run| !run.is_empty()).map(|run| {
        run.chars()
            .filter_map(decimal_value)
            .fold((0u32, 0), |(value, digits), digit| (value.saturating_mul(10).saturating_add(digit), digits + 1))
    })
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
    fn mark_ranges_are_in_order_and_apart() {
        assert!(MARKS.iter().all(|(first, last)| first <= last));
        assert!(MARKS.windows(2).all(|pair| matches!(pair, [(_, last), (next, _)] if last < next)));
    }

    #[test]
    fn marks_are_told_from_letters_and_punctuation() {
        for mark in ['\u{0301}', '\u{05B8}', '\u{0E48}', '\u{103A}', '\u{17D2}', '\u{094D}', '\u{FE0F}'] {
            assert!(is_mark(mark), "{mark:?}");
        }
        // Letters, Myanmar's and Khmer's full stops, Hebrew's maqaf (a hyphen), Thai's paiyannoi.
        for other in ['a', 'ก', '\u{104B}', '\u{17D4}', '\u{05BE}', '\u{0E2F}', ' '] {
            assert!(!is_mark(other), "{other:?}");
        }
    }

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
