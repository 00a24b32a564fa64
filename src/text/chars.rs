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
