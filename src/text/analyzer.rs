//! The analyzer: turns text into the terms scoring compares — words normalized, stripped of Arabic
//! articles and French elisions, without stop words, and stemmed (Snowball) in the text's language;
//! Han, kana and Hangul as character bigrams.

use super::lang::primary_subtag;
use super::normalize::fold_into;
use super::stopwords::{stop_words, FxHasher, StopWords};
use super::words::{tokens, Token};
use rust_stemmers::{Algorithm, Stemmer};
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::ops::Range;
use std::sync::{Mutex, PoisonError};

/// What an analyzer remembers of the words it has read.
#[derive(Debug, Default)]
struct Memory<'a> {
    /// Each word as the text writes it → where its term stands in `terms`, or `None` for a word that
    /// is none (a stop word, a single letter). FxHash, as for the stop words: the keys are short words,
    /// borrowed from the texts read, where a copy of each cost an allocation and a free.
    words: HashMap<&'a str, Option<Range<usize>>, BuildHasherDefault<FxHasher>>,
    /// The terms of `words`, end to end: a string of its own per term cost an allocation and a free.
    terms: String,
    /// Reused for every token: the CJK run, or the word, folded.
    folded: String,
}

/// The term a remembered word's `range` marks in `terms` (see [`Memory`]); `None` for a word of none.
fn term_at<'t>(terms: &'t str, range: &Option<Range<usize>>) -> Option<&'t str> {
    range.clone().and_then(|range| terms.get(range))
}

/// Shorter words say nothing on their own (single letters, lone digits).
const MIN_TERM_CHARS: usize = 2;
/// Arabic articles and the prepositions and conjunctions fused to them, longest first; taken off a
/// word only when this much of it remains.
const ARABIC_ARTICLES: &[&str] = &["وال", "فال", "بال", "كال", "لل", "ال"];
/// The letters of the Arabic alphabet, with which each of [`ARABIC_ARTICLES`] opens.
const ARABIC_LETTERS: std::ops::RangeInclusive<char> = '\u{0621}'..='\u{064A}';
const MIN_ARABIC_STEM_CHARS: usize = 2;
/// Words remembered per analyzer (an article has a few thousand distinct words, and repeats them:
/// Snowball's Arabic stemmer costs about a microsecond a word, folding and the stop-word lookups
/// about as much again); past this, start afresh.
const MAX_REMEMBERED_WORDS: usize = 50_000;
/// Room made at once for the words of an article (most have a few hundred distinct words), where a
/// table grown from nothing is copied at every doubling on the way.
const EXPECTED_WORDS: usize = 512;
/// Languages that elide articles and pronouns with an apostrophe ("l'homme", "dell'anno").
const ELIDING_LANGUAGES: &[&str] = &["fr", "it", "ca"];
/// The longest elided word before an apostrophe ("qu'", "dell'").
const MAX_ELIDED_CHARS: usize = 4;

/// Turns text into the terms that scoring compares: normalized, stemmed, without stop words. It
/// remembers the words of the texts it reads, which must live as long (`'a`): an article's.
#[derive(Debug)]
pub struct Analyzer<'a> {
    lang: String,
    algorithm: Option<Algorithm>,
    stop_words: Option<StopWords>,
    elides: bool,
    /// The terms of the words seen so far.
    memory: Mutex<Memory<'a>>,
}

impl Clone for Analyzer<'_> {
    fn clone(&self) -> Self {
        Analyzer { lang: self.lang.clone(), memory: Mutex::default(), ..*self }
    }
}

impl<'a> Analyzer<'a> {
    /// An analyzer for language `lang` (a BCP 47 tag; unknown languages are normalized only).
    pub fn new(lang: &str) -> Self {
        let code = primary_subtag(lang);
        Analyzer {
            algorithm: algorithm(&code),
            stop_words: stop_words(&code),
            elides: ELIDING_LANGUAGES.contains(&code.as_str()),
            lang: code,
            memory: Mutex::new(Memory {
                words: HashMap::with_capacity_and_hasher(EXPECTED_WORDS, Default::default()),
                ..Memory::default()
            }),
        }
    }

    /// The language this analyzer was made for.
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// The content terms of `text`, in order.
    pub fn terms(&self, text: &'a str) -> Vec<String> {
        let mut found = Vec::new();
        self.for_each_term(text, |term| found.push(term.to_string()));
        found
    }

    /// Calls `found` with each content term of `text`, in order, without allocating a `String` per term.
    pub fn for_each_term(&self, text: &'a str, found: impl FnMut(&str)) {
        self.for_each_term_of(tokens(text), found);
    }

    /// [`Analyzer::for_each_term`] of a text already cut into `tokens` (see [`tokens`]).
    pub fn for_each_term_of(&self, tokens: impl IntoIterator<Item = Token<'a>>, mut found: impl FnMut(&str)) {
        let stemmer = self.algorithm.map(Stemmer::create);
        let mut memory = self.memory.lock().unwrap_or_else(PoisonError::into_inner);
        let Memory { words, terms, folded } = &mut *memory;
        for token in tokens {
            if token.cjk {
                folded.clear();
                fold_into(token.text, folded);
                each_bigram(folded, &mut found);
                continue;
            }
            if let Some(term) = words.get(token.text) {
                if let Some(term) = term_at(terms, term) {
                    found(term);
                }
                continue;
            }
            if words.len() >= MAX_REMEMBERED_WORDS {
                words.clear();
                terms.clear();
            }
            let term = self.term(token.text, stemmer.as_ref(), folded, terms);
            if let Some(term) = term_at(terms, &term) {
                found(term);
            }
            words.insert(token.text, term);
        }
    }

    /// What `id_of` makes of the one term of `word`; `None` for a word of no term or of several.
    pub fn only_term<T>(&self, word: &'a str, id_of: impl Fn(&str) -> Option<T>) -> Option<T> {
        // A word met before as a token of its own is that one token again (a token's end depends on
        // its own characters only), so its remembered term is the answer, without reading it again.
        let memory = self.memory.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(term) = memory.words.get(word) {
            return term_at(&memory.terms, term).and_then(&id_of);
        }
        drop(memory);
        let (mut terms, mut id) = (0, None);
        self.for_each_term(word, |term| {
            terms += 1;
            id = id_of(term);
        });
        if terms == 1 {
            id
        } else {
            None
        }
    }

    /// The term of `word` (a token, not CJK): normalized (into `folded`), without elision or article,
    /// stemmed, appended to `terms`, and where it stands there; `None` for a stop word or a word too
    /// short to say anything.
    fn term(
        &self,
        word: &str,
        stemmer: Option<&Stemmer>,
        folded: &mut String,
        terms: &mut String,
    ) -> Option<Range<usize>> {
        let is_stop = |term: &str| self.stop_words.is_some_and(|s| s.contains(term));
        folded.clear();
        fold_into(word, folded);
        let mut term = folded.as_str();
        if self.elides {
            term = without_elision(term);
        }
        // A stop word is looked for with and without the article: the lists hold "الذي" and
        // "التي" whole, which without it ("ذي", "تي") would pass for content words.
        let bare = without_arabic_article(term);
        if bare.chars().count() < MIN_TERM_CHARS || is_stop(term) || (bare.len() < term.len() && is_stop(bare)) {
            return None;
        }
        let start = terms.len();
        match stemmer {
            Some(stemmer) => terms.push_str(&stemmer.stem(bare)),
            None => terms.push_str(bare),
        }
        Some(start..terms.len())
    }
}

/// The Snowball stemmer for language `code`, if there is one.
fn algorithm(code: &str) -> Option<Algorithm> {
    Some(match code {
        "ar" => Algorithm::Arabic,
        "da" => Algorithm::Danish,
        "nl" => Algorithm::Dutch,
        "en" => Algorithm::English,
        "fi" => Algorithm::Finnish,
        "fr" => Algorithm::French,
        "de" => Algorithm::German,
        "el" => Algorithm::Greek,
        "hu" => Algorithm::Hungarian,
        "it" => Algorithm::Italian,
        "no" | "nb" | "nn" => Algorithm::Norwegian,
        "pt" => Algorithm::Portuguese,
        "ro" => Algorithm::Romanian,
        "ru" => Algorithm::Russian,
        "es" => Algorithm::Spanish,
        "sv" => Algorithm::Swedish,
        "ta" => Algorithm::Tamil,
        "tr" => Algorithm::Turkish,
        _ => return None,
    })
}

/// Character bigrams of a CJK run ("経済成長" → 経済, 済成, 成長); a single character stands alone.
fn each_bigram(run: &str, found: &mut impl FnMut(&str)) {
    for bigram in bigrams(run).filter_map(|range| run.get(range)) {
        found(bigram);
    }
}

/// Where the character bigrams of a CJK run stand in it (bytes), in order: each character with the
/// next, or a run of one character alone.
pub fn bigrams(run: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let starts = run.char_indices().map(|(i, _)| i);
    // A bigram ends where the character after its second starts, the last at the run's end; a run
    // of one character has no second, and its one "bigram" ends at the run's end too.
    let ends = run.char_indices().map(|(i, _)| i).skip(2).chain(std::iter::once(run.len()));
    starts.zip(ends).map(|(start, end)| start..end)
}

/// "l'homme" → "homme", "dell'anno" → "anno".
fn without_elision(word: &str) -> &str {
    match word.split_once('\'') {
        Some((elided, rest)) if elided.chars().count() <= MAX_ELIDED_CHARS && !rest.is_empty() => rest,
        _ => word,
    }
}

/// "والحكومة" → "حكومه" (after folding): the article and what is fused to it, which would otherwise
/// keep the stemmer from seeing one word in its many spellings.
fn without_arabic_article(word: &str) -> &str {
    // Each article opens with an Arabic letter: a word of another script has none to lose, and most
    // words asked are of another script.
    if !word.starts_with(|c: char| ARABIC_LETTERS.contains(&c)) {
        return word;
    }
    for article in ARABIC_ARTICLES {
        if let Some(rest) = word.strip_prefix(article) {
            if rest.chars().count() >= MIN_ARABIC_STEM_CHARS {
                return rest;
            }
        }
    }
    word
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_terms_are_stemmed_without_stop_words() {
        let terms = Analyzer::new("en").terms("The officials were running the elections in the U.S.");
        assert_eq!(terms, ["offici", "run", "elect"]);
    }

    #[test]
    fn arabic_terms_lose_diacritics_articles_and_letter_variants() {
        let analyzer = Analyzer::new("ar");
        assert_eq!(analyzer.terms("الحكومة"), analyzer.terms("حُكومة"));
        assert_eq!(analyzer.terms("والحكومة"), analyzer.terms("الحكومه"));
        assert_eq!(analyzer.terms("أحمد"), analyzer.terms("احمد"));
        assert!(analyzer.terms("في من على").is_empty());
    }

    #[test]
    fn every_arabic_article_opens_with_an_arabic_letter() {
        // `without_arabic_article` looks no further into a word that does not.
        for article in ARABIC_ARTICLES {
            assert!(article.starts_with(|c: char| ARABIC_LETTERS.contains(&c)), "{article}");
        }
    }

    #[test]
    fn arabic_stop_words_written_with_the_article_are_left_out() {
        let analyzer = Analyzer::new("ar");
        assert!(analyzer.terms("الذي التي الذين").is_empty());
        assert_eq!(analyzer.terms("المدينة التي زرناها"), analyzer.terms("المدينة زرناها"));
    }

    #[test]
    fn remembered_words_give_the_terms_a_fresh_analyzer_gives() {
        let text = "The minister said the ministers met. والحكومة قالت إن الحكومة التي";
        let analyzer = Analyzer::new("ar");
        let first = analyzer.terms(text);
        assert_eq!(analyzer.terms(text), first);
        assert_eq!(Analyzer::new("ar").terms(text), first);
        assert_eq!(analyzer.clone().terms(text), first);
    }

    #[test]
    fn only_term_is_the_term_of_a_word_alone_met_or_not() {
        let analyzer = Analyzer::new("en");
        let read = analyzer.terms("Elections don't wait for the well-known");
        assert_eq!(read, ["elect", "wait", "well", "known"]);
        for word in ["Elections", "don't", "well-known", "the", "Running"] {
            let fresh = Analyzer::new("en").only_term(word, |t| Some(t.to_string()));
            assert_eq!(analyzer.only_term(word, |t| Some(t.to_string())), fresh, "{word}");
        }
        assert_eq!(analyzer.only_term("Elections", |t| Some(t.to_string())), Some("elect".to_string()));
        assert_eq!(analyzer.only_term("well-known", |t| Some(t.to_string())), None);
    }

    #[test]
    fn cjk_text_becomes_bigrams() {
        assert_eq!(Analyzer::new("zh").terms("经济增长"), ["经济", "济增", "增长"]);
        assert_eq!(Analyzer::new("ja").terms("雨"), ["雨"]);
    }

    #[test]
    fn french_elisions_are_dropped() {
        assert_eq!(Analyzer::new("fr").terms("l'économie"), Analyzer::new("fr").terms("économie"));
    }
}
