//! Words: the runs of letters and digits a text is made of (with the marks written on them; a web
//! address is none), and how many a reader would count.
//!
//! Han, kana and Hangul are written without spaces, so each of their runs is a token of its own,
//! which [`crate::text::Analyzer`] cuts into character bigrams (no 2 MB dictionary in the wasm).
//! [`Phrases`] finds any of a fixed list of words or phrases inside a text.

use super::chars::{is_alphanumeric, is_cjk, is_hangul, is_mark};
use std::sync::OnceLock;

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
        loop {
            let token = self.next_run()?;
            // "http", "amzn", "to" of "http://amzn.to/2iJFhRj" are no words of the text.
            match web_address_len(self.text, &token) {
                Some(len) => self.at = token.start + len,
                None => return Some(token),
            }
        }
    }
}

impl<'a> Tokens<'a> {
    /// The next run of word characters, a web address's pieces included.
    fn next_run(&mut self) -> Option<Token<'a>> {
        let rest = self.text.get(self.at..)?;
        // ASCII spaces and punctuation, most of what lies between words, are skipped a byte at a time.
        let skipped = rest.bytes().position(|b| !b.is_ascii() || b.is_ascii_alphanumeric())?;
        let from = rest.get(skipped..)?;
        // An ASCII byte there is a letter or digit: the word's first character, with nothing to decode.
        // Otherwise a word starts with a letter or digit; a mark only continues one (the U+FE0F after
        // an emoji starts nothing).
        let (offset, first) = match from.bytes().next() {
            Some(byte) if byte.is_ascii() => (0, char::from(byte)),
            _ => from.char_indices().find(|&(_, c)| is_word_char(c) && !is_mark(c))?,
        };
        let start = self.at + skipped + offset;
        let body = self.text.get(start..)?;
        let cjk = !first.is_ascii() && is_cjk(first);
        let end = if first.is_ascii() {
            // The run of ASCII letters and digits a word starts with (most words are nothing else) is
            // stepped over a byte at a time. An ASCII byte after it other than an apostrophe (a space,
            // a comma) ends the word; anything else is read character by character.
            let run = ascii_word_end(body);
            match body.as_bytes().get(run) {
                Some(&byte) if !byte.is_ascii() || byte == b'\'' => word_end(body, run, cjk)?,
                _ => run,
            }
        } else {
            word_end(body, first.len_utf8(), cjk)?
        };
        self.at = start + end;
        Some(Token { text: body.get(..end)?, start, cjk })
    }
}

/// Where the word that starts `body` ends, reading on from byte `resume` (its characters before
/// that are the word's); `cjk` for a run of Han, kana or Hangul.
fn word_end(body: &str, resume: usize, cjk: bool) -> Option<usize> {
    let mut previous = body.get(..resume)?.chars().next_back()?;
    let mut chars = body.get(resume..)?.char_indices().map(|(i, c)| (resume + i, c)).peekable();
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
            return Some(i);
        }
        previous = c;
    }
    Some(body.len())
}

/// The words that open a web address, with what follows them there.
const ADDRESS_OPENINGS: [(&str, &str); 3] = [("http", "://"), ("https", "://"), ("www", ".")];

/// The length of the web address that `token` of `text` opens ("http" of "http://…", "www" of
/// "www.…", up to the next space), if it opens one.
fn web_address_len(text: &str, token: &Token) -> Option<usize> {
    // Only a token opening with h or w is looked at further.
    if !matches!(token.text.as_bytes().first(), Some(b'h' | b'H' | b'w' | b'W')) {
        return None;
    }
    let (_, then) = ADDRESS_OPENINGS.iter().find(|(word, _)| token.text.eq_ignore_ascii_case(word))?;
    let address = text.get(token.start..)?;
    let opens = address.get(token.text.len()..).is_some_and(|rest| rest.starts_with(then));
    opens.then(|| address.find(char::is_whitespace).unwrap_or(address.len()))
}

/// The length of the run of ASCII letters and digits `text` starts with.
fn ascii_word_end(text: &str) -> usize {
    text.bytes().take_while(u8::is_ascii_alphanumeric).count()
}

/// The number of words a reader would count in `text`: whitespace-separated words holding a letter
/// or digit (as the summary budgets and ROUGE count them), and each Han or kana character, since
/// Chinese and Japanese set no spaces between words. Korean does, so its words are counted so.
pub fn word_count(text: &str) -> usize {
    let mut count = 0;
    // Whether the word read so far holds a letter or digit outside CJK.
    let mut lettered = false;
    for c in text.chars() {
        if c.is_whitespace() {
            count += usize::from(lettered);
            lettered = false;
        } else if c.is_ascii() {
            lettered |= c.is_ascii_alphanumeric();
        } else if is_cjk(c) && !is_hangul(c) {
            count += 1;
        } else if !lettered && is_alphanumeric(c) {
            lettered = true;
        }
    }
    count + usize::from(lettered)
}

/// Letters, digits, the marks written on them (accents, Arabic diacritics, Indic vowel signs, Thai
/// tone marks, …) and the joiners Persian writes inside words.
fn is_word_char(c: char) -> bool {
    is_alphanumeric(c) || is_mark(c) || matches!(c, '\u{200C}' | '\u{200D}')
}

/// An apostrophe kept inside a word ("don't", "l'homme"): ASCII, typographic, or the letter U+02BC.
pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// A fixed list of words or phrases looked for inside texts: `str::contains` for each, in one pass
/// over the text. At each byte, a bit per pair of bytes says whether any phrase starts with that byte
/// and the next, and only then are the phrases starting with that byte tried. It is asked for every
/// element's class and every sentence, against lists of dozens of phrases, where building a
/// substring searcher per phrase and text cost more than the search.
pub struct Phrases {
    list: &'static [&'static str],
    /// Made on first use.
    table: OnceLock<Table>,
}

struct Table {
    /// The list's phrases by their first byte.
    by_first_byte: Vec<Vec<&'static str>>,
    /// Bit `first << 8 | second` is set when some phrase starts with bytes `first, second` (a phrase of
    /// one byte sets every `second`; the text's last byte is looked up with `second` 0). Of a fixed
    /// size, so that looking a pair up needs no bounds check.
    pairs: Box<[u64; 256 * 256 / 64]>,
}

impl Table {
    fn new(list: &[&'static str]) -> Table {
        let mut by_first_byte = vec![Vec::new(); 256];
        let mut pairs = Box::new([0u64; 256 * 256 / 64]);
        let mut set = |pair: usize| {
            if let Some(word) = pairs.get_mut(pair / 64) {
                *word |= 1 << (pair % 64);
            }
        };
        for phrase in list {
            let bytes = phrase.as_bytes();
            let Some(&first) = bytes.first() else { continue };
            if let Some(bucket) = by_first_byte.get_mut(usize::from(first)) {
                bucket.push(*phrase);
            }
            match bytes.get(1) {
                Some(&second) => set(pair(first, second)),
                None => (0..=u8::MAX).for_each(|second| set(pair(first, second))),
            }
        }
        Table { by_first_byte, pairs }
    }

    fn may_start(&self, first: u8, second: u8) -> bool {
        let pair = pair(first, second);
        self.pairs.get(pair / 64).is_some_and(|word| word >> (pair % 64) & 1 != 0)
    }
}

fn pair(first: u8, second: u8) -> usize {
    usize::from(first) << 8 | usize::from(second)
}

impl Phrases {
    pub const fn new(list: &'static [&'static str]) -> Phrases {
        Phrases { list, table: OnceLock::new() }
    }

    /// True when one of the phrases occurs in `text` (an empty phrase never does). A match of UTF-8
    /// bytes starts where a character does, since a phrase's first byte never continues a character.
    pub fn found_in(&self, text: &str) -> bool {
        let table = self.table.get_or_init(|| Table::new(self.list));
        let text = text.as_bytes();
        // Each byte with the next (0 after the last), as iterators: slicing the rest of the text at
        // every byte cost more than the lookup itself.
        let seconds = text.iter().skip(1).copied().chain(Some(0));
        text.iter().zip(seconds).enumerate().any(|(at, (&first, second))| {
            table.may_start(first, second)
                && table.by_first_byte.get(usize::from(first)).is_some_and(|bucket| {
                    let rest = text.get(at..).unwrap_or_default();
                    // Compared a byte at a time: phrases are short, and `starts_with` calls `memcmp`.
                    bucket.iter().any(|phrase| {
                        rest.get(..phrase.len()).is_some_and(|written| written.iter().eq(phrase.as_bytes()))
                    })
                })
        })
    }
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
    fn marks_that_are_not_letters_stay_in_their_word() {
        // Thai tone marks, Myanmar's asat and visarga, Khmer's coeng, Devanagari's virama, Hebrew points.
        assert_eq!(texts("ได้รับ สื่อข่าว"), ["ได้รับ", "สื่อข่าว"]);
        assert_eq!(texts("သတင်းစာ။ နိုင်ငံ"), ["သတင်းစာ", "နိုင်ငံ"]);
        assert_eq!(texts("ខ្មែរ។"), ["ខ្មែរ"]);
        assert_eq!(texts("प्रधानमंत्री"), ["प्रधानमंत्री"]);
        assert_eq!(texts("שָׁלוֹם־עולם"), ["שָׁלוֹם", "עולם"]);
        assert_eq!(texts("\u{2764}\u{FE0F}https ok"), ["https", "ok"]);
    }

    #[test]
    fn web_addresses_are_no_words() {
        assert_eq!(texts("See http://amzn.to/2iJFhRj, or WWW.example.org/a b."), ["See", "or", "b"]);
        assert_eq!(texts("https://t.co/x"), Vec::<&str>::new());
    }

    #[test]
    fn joiners_are_word_characters_and_punctuation_is_not() {
        assert!(is_word_char('\u{200C}') && is_word_char('\u{200D}') && !is_word_char('’') && !is_word_char('—'));
    }

    #[test]
    fn tokens_end_where_their_characters_say() {
        assert_eq!(texts("“Quoted”—words’ end… don’t rock’n’roll"), ["Quoted", "words", "end", "don’t", "rock’n’roll"]);
        assert_eq!(texts("abc'"), ["abc"]);
        assert_eq!(texts("naïve café x2é 'q"), ["naïve", "café", "x2é", "q"]);
    }

    #[test]
    fn cjk_runs_are_tokens_of_their_own() {
        let found: Vec<(&str, bool)> = tokens("PHP開発者の1人").map(|t| (t.text, t.cjk)).collect();
        assert_eq!(found, [("PHP", false), ("開発者の", true), ("1", false), ("人", true)]);
    }

    #[test]
    fn phrases_are_found_inside_texts() {
        let phrases = Phrases::new(&["b", "bc", "اقرأ أيضا", "©"]);
        assert!(phrases.found_in("ab"));
        assert!(phrases.found_in("Text © 2024"));
        assert!(phrases.found_in("إذن اقرأ أيضا هذا"));
        assert!(!phrases.found_in(""));
        assert!(!phrases.found_in("ا"));
        assert!(!Phrases::new(&[""]).found_in("anything"));
    }

    #[test]
    fn word_count_counts_words_and_cjk_characters() {
        assert_eq!(word_count("The cat — sat, 3 times."), 5);
        assert_eq!(word_count("我们明天一起去"), 7);
        assert_eq!(word_count("  "), 0);
        assert_eq!(word_count("日本語abc — x"), 5);
        assert_eq!(word_count("여주인공 이유리의 연기는 감정펀치다."), 4, "Korean sets spaces between its words");
    }
}
