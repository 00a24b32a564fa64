//! Words: the runs of letters and digits a text is made of, and how many a reader would count.
//!
//! Han, kana and Hangul are written without spaces, so each of their runs is a token of its own,
//! which [`crate::text::Analyzer`] cuts into character bigrams (no 2 MB dictionary in the wasm).

use super::chars::{is_cjk, is_indic_sign};

/// A word of a text, or a run of CJK characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    pub text: &'a str,
    /// Byte offset of the token in the text.
    pub start: usize,
    /// A run of Han, kana or Hangul.
    pub cjk: bool,
}

/// The tokens of `text`, in order.
pub fn tokens(text: &str) -> Tokens<'_> {
    Tokens { text, at: 0 }
}

/// Iterator over the tokens of a text (see [`tokens`]).
#[derive(Debug, Clone)]
pub struct Tokens<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        let rest = self.text.get(self.at..)?;
        let (offset, first) = rest.char_indices().find(|&(_, c)| is_word_char(c))?;
        let start = self.at + offset;
        let cjk = is_cjk(first);
        let body = self.text.get(start..)?;
        let mut end = body.len();
        let mut previous = first;
        let mut chars = body.char_indices().skip(1).peekable();
        while let Some((i, c)) = chars.next() {
            let joins = if cjk {
                is_cjk(c)
            } else if c.is_ascii() && c != '\'' {
                // Most text is ASCII, where a word character is a letter or digit and never CJK.
                c.is_ascii_alphanumeric()
            } else if is_apostrophe(c) {
                // "don't", "l'homme": an apostrophe between letters stays inside the word.
                previous.is_alphabetic() && chars.peek().is_some_and(|&(_, n)| n.is_alphabetic() && !is_cjk(n))
            } else {
                is_word_char(c) && !is_cjk(c)
            };
            if !joins {
                end = i;
                break;
            }
            previous = c;
        }
        self.at = start + end;
        Some(Token { text: body.get(..end)?, start, cjk })
    }
}

/// The number of words a reader would count in `text`: whitespace-separated words holding a letter
/// or digit (as the summary budgets and ROUGE count them), and each Han, kana or Hangul character.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .map(|word| {
            let cjk = word.chars().filter(|&c| is_cjk(c)).count();
            let other = word.chars().any(|c| c.is_alphanumeric() && !is_cjk(c));
            cjk + usize::from(other)
        })
        .sum()
}

/// Letters, digits, and the marks written on them (Arabic diacritics, Indic vowel signs, combining
/// accents, the joiners Persian writes inside words).
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric()
        || is_indic_sign(c)
        || matches!(c, '\u{0300}'..='\u{036F}' | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{200C}' | '\u{200D}')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        tokens(text).map(|t| t.text).collect()
    }

    #[test]
    fn words_keep_apostrophes_and_marks() {
        assert_eq!(texts("Don't stop, l'homme—3.5%!"), ["Don't", "stop", "l'homme", "3", "5"]);
        assert_eq!(texts("وَقَالَ الرئيسُ"), ["وَقَالَ", "الرئيسُ"]);
        assert_eq!(texts("می‌خواهم"), ["می‌خواهم"]);
    }

    #[test]
    fn cjk_runs_are_tokens_of_their_own() {
        let found: Vec<(&str, bool)> = tokens("PHP開発者の1人").map(|t| (t.text, t.cjk)).collect();
        assert_eq!(found, [("PHP", false), ("開発者の", true), ("1", false), ("人", true)]);
    }

    #[test]
    fn word_count_counts_words_and_cjk_characters() {
        assert_eq!(word_count("The cat — sat, 3 times."), 5);
        assert_eq!(word_count("我们明天一起去"), 7);
        assert_eq!(word_count("  "), 0);
    }
}
