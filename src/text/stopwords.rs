//! Stop words: the function words of a language ("the", "في", "und"), which say nothing about what
//! a sentence is about. Lists are data files in `src/text/data/stopwords/`, embedded only for the
//! languages Sift stems, and read once per language on first use.

use super::normalize::fold;
use std::collections::HashSet;
use std::sync::OnceLock;

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
pub fn stop_words(lang: &str) -> Option<&'static HashSet<String>> {
    static SETS: [OnceLock<HashSet<String>>; LISTS.len()] = [const { OnceLock::new() }; LISTS.len()];
    let lang = if matches!(lang, "nb" | "nn") { "no" } else { lang };
    let index = LISTS.iter().position(|(code, _)| *code == lang)?;
    let (_, data) = LISTS.get(index)?;
    let cell = SETS.get(index)?;
    Some(cell.get_or_init(|| data.lines().map(str::trim).filter(|w| !w.is_empty()).map(fold).collect()))
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
