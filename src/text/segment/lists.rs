//! List items run together on one line (`1. The first item 2. The second item`, `a) foo b) bar`,
//! `• apples • pears`): each item is a sentence of its own, whatever punctuation it ends with.
//!
//! A number or letter before `.`, `)` or `.)` counts as an item marker only when the next marker of the
//! same style follows it in sequence (1 then 2, a then b), so "for 1. above" or "vitamin a." stay
//! inside their sentence.

use super::super::chars::{is_bullet, is_space};
use std::ops::Range;

/// The highest item number that counts as a marker (years and prices are not list items).
const MAX_ITEM_NUMBER: u32 = 99;
/// The longest marker, in bytes: two digits in brackets or before `.)` ("(12)", "12.)"). Most tokens
/// are longer words, or short ones not ending as a marker does, told apart without parsing.
const MAX_MARKER_BYTES: usize = 4;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    Dot,
    Paren,
    DotParen,
    Enclosed,
}

struct Marker {
    token: Range<usize>,
    letter: bool,
    style: Style,
    value: u32,
    qualified: bool,
    /// Right after a bullet token ("• 9. …"): the sentence already ends before the bullet.
    after_bullet: bool,
}

/// The list items in `text[line]`: each range is an item's marker (its bullet, number or letter with
/// its punctuation); a sentence ends before it, and its full stop ends nothing.
pub fn item_markers(text: &str, line: Range<usize>) -> Vec<Range<usize>> {
    if !may_hold_items(text.get(line.clone()).unwrap_or("")) {
        return Vec::new();
    }
    let mut markers: Vec<Marker> = Vec::new();
    let mut bullets: Vec<Range<usize>> = Vec::new();
    let mut tokens = tokens(text, line).peekable();
    let mut after_bullet = false;
    while let Some(token) = tokens.next() {
        let word = text.get(token.clone()).unwrap_or("");
        let bare = word.trim_start_matches(is_bullet);
        let follows_bullet = std::mem::replace(&mut after_bullet, bare.is_empty());
        if bare.len() < word.len() {
            bullets.push(token.clone());
        }
        let Some((letter, value, style)) = parse_marker(bare) else { continue };
        let next_is_capital = tokens
            .peek()
            .and_then(|next| text.get(next.clone()))
            .and_then(|next| next.chars().find(|c| c.is_alphanumeric()))
            .is_some_and(char::is_uppercase);
        // A number and a dot mark an item only before a capital: "for 1. above" is a reference.
        if style == Style::Dot && !letter && !next_is_capital {
            continue;
        }
        markers.push(Marker { token, letter, style, value, qualified: false, after_bullet: follows_bullet });
    }
    for i in 1..markers.len() {
        let (before, after) = markers.split_at_mut(i);
        let (Some(previous), Some(current)) = (before.last_mut(), after.first_mut()) else { continue };
        if previous.letter == current.letter && previous.style == current.style && previous.value + 1 == current.value {
            previous.qualified = true;
            current.qualified = true;
        }
    }
    let mut found: Vec<Range<usize>> =
        markers.into_iter().filter(|m| m.qualified && !m.after_bullet).map(|m| m.token).collect();
    found.extend(bullets);
    found.sort_by_key(|r| r.start);
    found.dedup_by_key(|r| r.start);
    found
}

/// Whether `line` may hold an item: a bullet, or a `.` or `)` that may end a marker, as it does
/// unless the [`MAX_MARKER_BYTES`] before it are ASCII letters or digits (the end of a longer word).
/// Most lines do not, and are not cut into tokens at all. Every bullet opens with the byte 0xE2,
/// after which the character is decoded (curly quotes open with it too).
fn may_hold_items(line: &str) -> bool {
    let bytes = line.as_bytes();
    let ends_word = |at: usize| {
        at.checked_sub(MAX_MARKER_BYTES)
            .and_then(|start| bytes.get(start..at))
            .is_some_and(|before| before.iter().all(u8::is_ascii_alphanumeric))
    };
    bytes.iter().enumerate().any(|(at, &byte)| match byte {
        b'.' | b')' => !ends_word(at),
        0xE2 => line.get(at..).and_then(|rest| rest.chars().next()).is_some_and(is_bullet),
        _ => false,
    })
}

/// Whitespace-separated tokens of `text[line]`, as byte ranges of `text`.
fn tokens(text: &str, line: Range<usize>) -> impl Iterator<Item = Range<usize>> + '_ {
    let words = text.get(line.clone()).unwrap_or("");
    let mut at = 0;
    std::iter::from_fn(move || {
        let start = next_space(words, at, false)?;
        at = next_space(words, start, true).unwrap_or(words.len());
        Some(line.start + start..line.start + at)
    })
}

/// Where the first character of `text` from byte `from` on that is a space (or, if not `space`,
/// that is none) stands. Most of a line is ASCII, told a byte at a time ([`is_ascii_space`]): only
/// the other characters are decoded.
fn next_space(text: &str, from: usize, space: bool) -> Option<usize> {
    let mut at = from;
    loop {
        let (is, len) = match text.as_bytes().get(at) {
            Some(&byte) if byte.is_ascii() => (is_ascii_space(byte), 1),
            _ => text.get(at..)?.chars().next().map(|c| (is_space(c), c.len_utf8()))?,
        };
        if is == space {
            return Some(at);
        }
        at += len;
    }
}

/// [`is_space`] of an ASCII character: the others are line breaks or no spaces at all.
fn is_ascii_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t')
}

/// `12.`, `3)`, `4.)`, `(5)`, `b.`, `c)` → (is a letter, its value, its punctuation).
fn parse_marker(token: &str) -> Option<(bool, u32, Style)> {
    if token.len() > MAX_MARKER_BYTES || !token.ends_with(['.', ')']) {
        return None;
    }
    let (body, style) = if let Some(body) = token.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        (body, Style::Enclosed)
    } else if let Some(body) = token.strip_suffix(".)") {
        (body, Style::DotParen)
    } else if let Some(body) = token.strip_suffix(')') {
        (body, Style::Paren)
    } else {
        (token.strip_suffix('.')?, Style::Dot)
    };
    let mut chars = body.chars();
    match (chars.next(), chars.next(), chars.next()) {
        (Some(c), None, None) if c.is_ascii_lowercase() => Some((true, c as u32 - 'a' as u32, style)),
        (Some(_), _, None) if body.bytes().all(|b| b.is_ascii_digit()) => {
            let value: u32 = body.parse().ok()?;
            (value <= MAX_ITEM_NUMBER).then_some((false, value, style))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn markers(text: &str) -> Vec<&str> {
        item_markers(text, 0..text.len()).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn items_in_sequence_are_found() {
        assert_eq!(markers("1. The first item 2. The second item"), ["1.", "2."]);
        assert_eq!(markers("a) here it is b) another c) one more"), ["a)", "b)", "c)"]);
        assert_eq!(markers("• 9. The first item • 10. The second item"), ["•", "•"]);
    }

    #[test]
    fn only_lines_that_may_hold_items_are_cut_into_tokens() {
        // `may_hold_items` decodes a character only where it opens with the byte 0xE2.
        for c in ('\u{80}'..=char::MAX).filter(|&c| is_bullet(c)) {
            assert_eq!(c.to_string().as_bytes().first(), Some(&0xE2), "{c}");
        }
        assert!(!may_hold_items("Officials said on Tuesday that the “talks” failed again."));
        assert!(may_hold_items("It was so. Then it stopped."));
        assert!(may_hold_items("apples • pears"));
    }

    #[test]
    fn ascii_spaces_are_the_spaces_of_ascii() {
        for byte in 0..0x80u8 {
            assert_eq!(is_ascii_space(byte), is_space(char::from(byte)), "{byte:#x}");
        }
    }

    #[test]
    fn references_are_not_items() {
        assert!(markers("As payment for 1. above, pay us and for 2. above, nothing.").is_empty());
        assert!(markers("He took vitamin a. Then he left.").is_empty());
    }
}
