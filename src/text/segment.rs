//! Sentence segmentation with exact byte offsets into the source text.

use std::ops::Range;

/// Byte ranges of the sentences of `text` (trimmed, never empty), for a text in language `lang`.
pub fn sentences(text: &str, _lang: &str) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let ends = matches!(c, '.' | '!' | '?' | '؟' | '。' | '！' | '？');
        let next_is_space = chars.peek().is_none_or(|(_, n)| n.is_whitespace());
        if ends && (next_is_space || matches!(c, '。' | '！' | '？')) {
            push_trimmed(text, start..at + c.len_utf8(), &mut found);
            start = at + c.len_utf8();
        }
    }
    push_trimmed(text, start..text.len(), &mut found);
    found
}

fn push_trimmed(text: &str, range: Range<usize>, found: &mut Vec<Range<usize>>) {
    let slice = &text[range.clone()];
    let lead = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    if !trimmed.is_empty() {
        found.push(range.start + lead..range.start + lead + trimmed.len());
    }
}
