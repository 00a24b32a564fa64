//! Stop words: the function words of a language ("the", "في", "und"), which say nothing about what
//! a sentence is about. Lists are data files in `src/text/data/stopwords/`, embedded only for the
//! languages Sift stems, and read once per language on first use.

use super::normalize::fold;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// A set of stop words. Its hasher is FxHash (as in rustc): several times faster than the default
/// SipHash on short words, and safe here because the lists are fixed, not chosen by a page.
pub type StopWords = HashSet<String, BuildHasherDefault<FxHasher>>;

/// Stop-word lists (from the BSD-licensed `stop-words` package; English is Snowball's list).
const LISTS: &[(&str, &str)] = &[
    ("ar", include_str!("data/stopwords/ar.txt")),
    ("da", include_str!("data/stopwords/da.txt")),
    ("de", include_str!("data/stopwords/de.txt")),
    ("el", include_str!("data/stopwords/el.txt")),
    ("en", include_str!("data/stopwords/en.txt")),
    ("es", include_str!("data/stopwords/es.txt")),
    ("fa", include_str!("data/stopwords/fa.txt")),
    ("fi", include_str!("data/stopwords/fi.txt")),
    ("fr", include_str!("data/stopwords/fr.txt")),
    ("hu", include_str!("data/stopwords/hu.txt")),
    ("it", include_str!("data/stopwords/it.txt")),
    ("nl", include_str!("data/stopwords/nl.txt")),
    ("no", include_str!("data/stopwords/no.txt")),
    ("pt", include_str!("data/stopwords/pt.txt")),
    ("ro", include_str!("data/stopwords/ro.txt")),
    ("ru", include_str!("data/stopwords/ru.txt")),
    ("sv", include_str!("data/stopwords/sv.txt")),
    ("tr", include_str!("data/stopwords/tr.txt")),
];

/// The stop words of `lang`, normalized (see [`fold`]); `None` for a language without a list.
pub fn stop_words(lang: &str) -> Option<&'static StopWords> {
    static SETS: [OnceLock<StopWords>; LISTS.len()] = [const { OnceLock::new() }; LISTS.len()];
    let lang = if matches!(lang, "nb" | "nn") { "no" } else { lang };
    let index = LISTS.iter().position(|(code, _)| *code == lang)?;
    let (_, data) = LISTS.get(index)?;
    let cell = SETS.get(index)?;
    Some(cell.get_or_init(|| data.lines().map(str::trim).filter(|w| !w.is_empty()).map(fold).collect()))
}

/// The languages whose stop words hold the normalized word `folded`, as a set of [`language_bit`]s:
/// one lookup where language detection would otherwise ask every list in turn.
pub fn languages_of(folded: &str) -> u32 {
    static WORDS: OnceLock<HashMap<String, u32, BuildHasherDefault<FxHasher>>> = OnceLock::new();
    let words = WORDS.get_or_init(|| {
        let mut words: HashMap<String, u32, BuildHasherDefault<FxHasher>> = HashMap::default();
        for (index, (_, data)) in LISTS.iter().enumerate() {
            for word in data.lines().map(str::trim).filter(|w| !w.is_empty()) {
                *words.entry(fold(word)).or_default() |= bit(index);
            }
        }
        words
    });
    words.get(folded).copied().unwrap_or(0)
}

/// The bit of `lang` in [`languages_of`]'s sets; 0 for a language without a list.
pub fn language_bit(lang: &str) -> u32 {
    let lang = if matches!(lang, "nb" | "nn") { "no" } else { lang };
    LISTS.iter().position(|(code, _)| *code == lang).map_or(0, bit)
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

/// FxHash: multiply-rotate over the bytes, eight at a time.
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
        for &byte in chunks.remainder() {
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
            let list = stop_words(code).map(|set| set.len()).unwrap_or(0);
            assert!(list > 0);
            for word in data.lines().map(str::trim).filter(|w| !w.is_empty()) {
                assert!(languages_of(&fold(word)) & language_bit(code) != 0, "{code}: {word}");
            }
        }
        assert_eq!(languages_of("zzzzqx"), 0);
        assert_eq!(language_bit("nb"), language_bit("no"));
        assert_eq!(language_bit("xx"), 0);
    }
}
