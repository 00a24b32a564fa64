//! Stop words: the function words of a language ("the", "في", "und"), which say nothing about what
//! a sentence is about. Lists are data files in `src/text/data/stopwords/`, written normalized, and
//! indexed together on first use: one table tells which lists hold a word. A language without a
//! stemmer gains from its list too: its function words stop linking unrelated sentences and posing
//! as keywords.

use super::normalize::fold;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// Stop-word lists (from the BSD-licensed `stop-words` package; English is Snowball's list).
const LISTS: &[(&str, &str)] = &[
    ("ar", include_str!("data/stopwords/ar.txt")),
    ("bg", include_str!("data/stopwords/bg.txt")),
    ("ca", include_str!("data/stopwords/ca.txt")),
    ("cs", include_str!("data/stopwords/cs.txt")),
    ("da", include_str!("data/stopwords/da.txt")),
    ("de", include_str!("data/stopwords/de.txt")),
    ("el", include_str!("data/stopwords/el.txt")),
    ("en", include_str!("data/stopwords/en.txt")),
    ("es", include_str!("data/stopwords/es.txt")),
    ("fa", include_str!("data/stopwords/fa.txt")),
    ("fi", include_str!("data/stopwords/fi.txt")),
    ("fr", include_str!("data/stopwords/fr.txt")),
    ("he", include_str!("data/stopwords/he.txt")),
    ("hu", include_str!("data/stopwords/hu.txt")),
    ("id", include_str!("data/stopwords/id.txt")),
    ("it", include_str!("data/stopwords/it.txt")),
    ("nl", include_str!("data/stopwords/nl.txt")),
    ("no", include_str!("data/stopwords/no.txt")),
    ("pl", include_str!("data/stopwords/pl.txt")),
    ("pt", include_str!("data/stopwords/pt.txt")),
    ("ro", include_str!("data/stopwords/ro.txt")),
    ("ru", include_str!("data/stopwords/ru.txt")),
    ("sk", include_str!("data/stopwords/sk.txt")),
    ("sv", include_str!("data/stopwords/sv.txt")),
    ("tr", include_str!("data/stopwords/tr.txt")),
    ("uk", include_str!("data/stopwords/uk.txt")),
];

/// Every listed word with the set of lists holding it as [`language_bit`]s. The lists are written in
/// normalized form (see [`super::normalize::fold`]; a test checks), so the index borrows their lines as
/// they are: building it on a reader's first click costs one insertion a word, no folding and no copy.
/// Its hasher is FxHash (as in rustc): several times faster than the default SipHash on short words,
/// and safe here because the lists are fixed, not chosen by a page.
type Index = HashMap<&'static str, u32, BuildHasherDefault<FxHasher>>;

/// The stop words of one language: its bit in the shared index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StopWords {
    bit: u32,
}

impl StopWords {
    /// True when the normalized word `folded` is one of these stop words.
    pub fn contains(&self, folded: &str) -> bool {
        languages_of(folded) & self.bit != 0
    }
}

/// The stop words of `lang`; `None` for a language without a list.
pub fn stop_words(lang: &str) -> Option<StopWords> {
    list_index(lang).map(|index| StopWords { bit: bit(index) })
}

/// The languages whose stop words hold the normalized word `folded`, as a set of [`language_bit`]s:
/// one lookup where language detection would otherwise ask every list in turn.
pub fn languages_of(folded: &str) -> u32 {
    index().get(folded).copied().unwrap_or(0)
}

/// The index of every list, built on first use.
fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = Index::with_capacity_and_hasher(LISTED_WORDS, BuildHasherDefault::default());
        for (list, words) in LISTS.iter().map(|(_, data)| listed(data)).enumerate() {
            for word in words {
                *index.entry(word).or_default() |= bit(list);
            }
        }
        index
    })
}

/// The words of a list: its non-empty lines.
fn listed(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines().filter(|line| !line.is_empty())
}

/// Lines in all the lists, counted at compile time: the index is sized once, never grown.
const LISTED_WORDS: usize = {
    let mut lines = 0;
    let mut list = 0;
    while list < LISTS.len() {
        let bytes = LISTS[list].1.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            lines += (bytes[at] == b'\n') as usize;
            at += 1;
        }
        list += 1;
    }
    lines
};

/// The position of `lang`'s list in [`LISTS`] (Norwegian Bokmål and Nynorsk share one).
fn list_index(lang: &str) -> Option<usize> {
    let lang = if matches!(lang, "nb" | "nn") { "no" } else { lang };
    LISTS.iter().position(|(code, _)| *code == lang)
}

/// The bit of `lang` in [`languages_of`]'s sets; 0 for a language without a list.
pub fn language_bit(lang: &str) -> u32 {
    list_index(lang).map_or(0, bit)
}

/// The bit of the list at `index` of [`LISTS`] (0 past the 32 a set holds).
fn bit(index: usize) -> u32 {
    u32::try_from(index).ok().and_then(|index| 1u32.checked_shl(index)).unwrap_or(0)
}

/// True when the normalized word `folded` is a stop word of `lang`.
pub fn is_stop_word(lang: &str, folded: &str) -> bool {
    stop_words(lang).is_some_and(|set| set.contains(folded))
}

/// True when `word` commonly opens a sentence in `lang` or in English (English words turn up in
/// every language's news): after "U.S." a stop word like "The" signals a new sentence, a name does not.
pub fn opens_sentence(lang: &str, word: &str) -> bool {
    let folded = fold(word);
    is_stop_word(lang, &folded) || is_stop_word("en", &folded)
}

/// FxHash: multiply-rotate over the bytes, eight at a time, then four, two and one (as rustc's):
/// the keys are words of a few bytes, which a step per byte left over cost nearly all of their hash.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

const FX_SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(FX_SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let mut rest = chunks.remainder();
        if let Some((four, after)) = rest.split_first_chunk::<4>() {
            self.add(u64::from(u32::from_le_bytes(*four)));
            rest = after;
        }
        if let Some((two, after)) = rest.split_first_chunk::<2>() {
            self.add(u64::from(u16::from_le_bytes(*two)));
            rest = after;
        }
        if let Some(&byte) = rest.first() {
            self.add(u64::from(byte));
        }
    }

    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_of_agrees_with_each_list() {
        assert!(LISTS.len() <= 32, "one bit per list");
        for (code, data) in LISTS {
            assert_eq!(stop_words(code), Some(StopWords { bit: language_bit(code) }));
            for word in listed(data) {
                assert!(languages_of(word) & language_bit(code) != 0, "{code}: {word}");
                assert!(is_stop_word(code, word), "{code}: {word}");
            }
        }
        assert!(is_stop_word("nn", "og") && !is_stop_word("en", "og") && !is_stop_word("xx", "the"));
        assert!(opens_sentence("de", "The") && opens_sentence("ar", "في") && !opens_sentence("en", "Smith"));
        assert_eq!(languages_of("zzzzqx"), 0);
        assert_eq!(language_bit("nb"), language_bit("no"));
        assert_eq!(language_bit("xx"), 0);
    }

    #[test]
    fn lists_are_written_normalized_once_a_word() {
        for (code, data) in LISTS {
            let mut seen = std::collections::HashSet::new();
            for word in listed(data) {
                assert!(!word.contains(char::is_whitespace), "{code}: {word:?} has spaces");
                assert_eq!(word, fold(word), "{code}: write the normalized form (lowercase, Arabic letters unified)");
                assert!(seen.insert(word), "{code}: {word} is listed twice");
            }
        }
    }
}
