//! Keywords are the article's most telling terms, shown as the article writes them: a name or term
//! written as several words (see `phrases`) is one keyword.

use super::keyword_stops::keyword_stop_words;
use super::vectors::{TermVector, Vocabulary};
use super::Candidate;
use crate::text::Analyzer;
use std::sync::{Mutex, PoisonError};

mod arabic;
mod fit;
mod phrases;

/// How densely a sentence of term vector `vector` holds the article's telling terms: the sum of their
/// weights over the square root of their number, so that length alone does not win. Its distinct
/// terms are the vector's, sorted by id already.
pub fn density(vocabulary: &Vocabulary, vector: &TermVector) -> f32 {
    if vector.is_empty() {
        return 0.0;
    }
    vector.entries().iter().map(|&(id, _)| vocabulary.weight(id)).sum::<f32>() / (vector.terms() as f32).sqrt()
}

/// A keyword must occur this often, unless the article is too short to have any such term.
const MIN_OCCURRENCES: u32 = 2;

/// A set of the article's term ids, a flag per id: asked for every term of the vocabulary, where
/// hashing each id cost more than the rest of picking keywords.
#[derive(Debug, Clone)]
struct TermSet(Vec<bool>);

impl TermSet {
    /// An empty set for a vocabulary of `len` terms.
    fn new(len: usize) -> TermSet {
        TermSet(vec![false; len])
    }

    fn insert(&mut self, id: u32) {
        if let Some(flag) = self.0.get_mut(id as usize) {
            *flag = true;
        }
    }

    fn contains(&self, id: &u32) -> bool {
        self.0.get(*id as usize).copied().unwrap_or(false)
    }
}

/// How the article writes one term or phrase: its forms with their counts, in order of first
/// appearance. Most are written one way only, which needs no allocation.
#[derive(Debug, Clone, Default)]
struct Written<'a> {
    first: Option<(&'a str, u32)>,
    others: Vec<(&'a str, u32)>,
    /// The first form met with the capital that opens a sentence ("Following the …"), which says
    /// nothing of how the word is written: its form only when the article writes it no other way.
    opening: Option<&'a str>,
}

impl<'a> Written<'a> {
    fn add(&mut self, form: &'a str) {
        match &mut self.first {
            None => self.first = Some((form, 1)),
            Some((first, n)) if *first == form => *n += 1,
            Some(_) => match self.others.iter_mut().find(|(other, _)| *other == form) {
                Some((_, n)) => *n += 1,
                None => self.others.push((form, 1)),
            },
        }
    }

    /// Keeps `form`, met as the word opening a sentence with a capital, if none such was met before.
    fn add_opening(&mut self, form: &'a str) {
        self.opening.get_or_insert(form);
    }

    /// Whether any form passes `test`.
    fn any(&self, test: &dyn Fn(&str) -> bool) -> bool {
        self.first.is_some_and(|(form, _)| test(form))
            || self.others.iter().any(|&(form, _)| test(form))
            || self.opening.is_some_and(test)
    }

    /// The most used form; the first seen among equals; the opening form when there is no other.
    fn most_used(&self) -> Option<&'a str> {
        let Some(mut best) = self.first else { return self.opening };
        for &(form, n) in &self.others {
            if n > best.1 {
                best = (form, n);
            }
        }
        Some(best.0)
    }

    /// The form a keyword shows: the most used, but in Arabic without clitics (see
    /// [`arabic::shown`]).
    fn shown(&self, arabic: bool) -> Option<&'a str> {
        if !arabic {
            return self.most_used();
        }
        let forms: Vec<(&str, u32)> = self.first.into_iter().chain(self.others.iter().copied()).collect();
        arabic::shown(&forms)
    }
}

/// The `count` most telling terms of the article, best first, each in the form the article uses most
/// (a stem like "elect" shows as "election"); a name or term written as several words shows as one
/// keyword ("Home Depot", "الأمم المتحدة") in place of its words, as telling as the best of them.
pub fn keywords<'a>(
    candidates: &[Candidate<'a>],
    vocabulary: &Vocabulary,
    analyzer: &Analyzer<'a>,
    count: usize,
) -> Vec<String> {
    // Each term's weight once, not at every comparison of the sort.
    let weights: Vec<f32> =
        (0..vocabulary.len() as u32).map(|id| vocabulary.occurrences(id) as f32 * vocabulary.idf(id)).collect();
    let telling = |id: u32| weights.get(id as usize).copied().unwrap_or(0.0);
    let dull = dull_ids(analyzer, vocabulary);
    let reading = phrases::read(candidates, vocabulary, analyzer, &dull);
    let mut in_phrases = TermSet::new(vocabulary.len());
    reading.phrases.iter().flat_map(|p| &p.terms).for_each(|&id| in_phrases.insert(id));
    let stands_alone = |id: u32| !dull.contains(&id) && !in_phrases.contains(&id) && !reading.shadowed.contains(&id);
    let mut ids: Vec<u32> = (0..vocabulary.len() as u32).filter(|&id| stands_alone(id)).collect();
    let frequent = |occurrences: u32| occurrences >= MIN_OCCURRENCES;
    let has_frequent =
        ids.iter().any(|&id| frequent(vocabulary.occurrences(id))) || reading.phrases.iter().any(|p| frequent(p.count));
    if has_frequent {
        ids.retain(|&id| frequent(vocabulary.occurrences(id)));
    }
    // (weight, term id for ties, phrase): a phrase is ranked by its most telling word; a word's form
    // is found only for the few keywords shown.
    let mut ranked: Vec<(f32, u32, Option<&str>)> = ids.iter().map(|&id| (telling(id), id, None)).collect();
    for phrase in &reading.phrases {
        let best = phrase.terms.iter().copied().max_by(|&a, &b| telling(a).total_cmp(&telling(b)).then(b.cmp(&a)));
        ranked.extend(best.map(|id| (telling(id), id, Some(phrase.surface))));
    }
    let by_weight = |a: &(f32, u32, Option<&str>), b: &(f32, u32, Option<&str>)| {
        b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2))
    };
    ranked.sort_by(by_weight);
    let mut choice = Choice { reading: &reading, lang: analyzer.lang(), chosen: Vec::with_capacity(count) };
    let turned_down = choice.take(ranked, count);
    // Should the others run out, terms written once take the places of those turned down.
    let room = count.min(choice.chosen.len() + turned_down);
    if has_frequent && choice.chosen.len() < room {
        let rare = (0..vocabulary.len() as u32).filter(|&id| !frequent(vocabulary.occurrences(id)) && stands_alone(id));
        let mut rare: Vec<_> = rare.map(|id| (telling(id), id, None)).collect();
        rare.sort_by(by_weight);
        choice.take(rare, room);
    }
    choice.chosen.into_iter().map(|(keyword, _)| keyword).collect()
}

/// The keywords chosen so far, and what tells whether another may join them.
struct Choice<'r, 'a> {
    reading: &'r phrases::Reading<'a>,
    lang: &'r str,
    /// Each keyword chosen, with its key (see [`fit::key`]).
    chosen: Vec<(String, String)>,
}

impl<'a> Choice<'_, 'a> {
    /// Offers `ranked` keywords ((weight, term id, phrase), best first) until `limit` are chosen;
    /// how many were turned down.
    fn take(&mut self, ranked: Vec<(f32, u32, Option<&'a str>)>, limit: usize) -> usize {
        let mut turned_down = 0;
        for (_, id, phrase) in ranked {
            if self.chosen.len() >= limit {
                break;
            }
            turned_down += usize::from(self.offer(id, phrase));
        }
        turned_down
    }

    /// Offers term `id`, or `phrase`, as a keyword; true when it is turned down, unfit or one
    /// already chosen.
    fn offer(&mut self, id: u32, phrase: Option<&str>) -> bool {
        let (reading, lang, arabic) = (self.reading, self.lang, self.lang == "ar");
        let forms = reading.forms.get(id as usize);
        let Some(mut keyword) = phrase.or_else(|| forms.and_then(|forms| forms.shown(arabic))) else {
            return false;
        };
        let english_verb = phrase.is_none()
            && lang == "en"
            && forms.is_some_and(|forms| fit::is_english_verb(keyword, |test| forms.any(test)));
        // English words turn up in every language's news ("The Death and Life of Marsha P. Johnson" in
        // a French review): its function words are no keyword there either.
        let english_function_word = phrase.is_none()
            && lang != "en"
            && crate::text::stopwords::is_stop_word("en", &crate::text::normalize::fold(keyword));
        if english_verb || english_function_word {
            return true;
        }
        if arabic && self.is_arabic_verb(keyword) {
            // A phrase opening with a verb ("ضربت الزلازل", it struck the earthquakes) stands for
            // what follows the verb, whose words are in no keyword of their own.
            match keyword.split_once(' ') {
                Some((_, rest)) => keyword = rest,
                None => return true,
            }
        }
        // Shown without clitics, a keyword may be one already chosen ("لكوكب" after "كوكب").
        let keyword = if arabic { arabic_form(keyword, reading) } else { keyword.into() };
        let key = fit::key(&keyword, lang);
        let turned_down = !fit::is_fit(&keyword, &key, lang)
            || self.chosen.iter().any(|(_, known)| fit::same_word(known, &key, lang));
        if !turned_down {
            self.chosen.push((keyword.into_owned(), key));
        }
        turned_down
    }

    /// Whether Arabic `keyword` opens with a verb the reading could not tell alone ("ويدخل", "تحدث"
    /// beside "يحدث", "ضربت"): told only now, knowing the article's verbs, and only for the few
    /// keywords looked at.
    fn is_arabic_verb(&self, keyword: &str) -> bool {
        let reading = self.reading;
        keyword.split(' ').next().is_some_and(|first| {
            arabic::is_perfect_verb(first, |word| reading.writes(word)) || arabic::is_known_verb(first, &reading.verbs)
        })
    }
}

/// How Arabic `keyword` shows: without the clitics before it ("لكوكب" as "كوكب") or a possessive
/// pronoun after a single word ("أعماله" as "أعمال") where the article writes the word so, and
/// with "ال" for "لل" ("للأطفال" as "الأطفال").
fn arabic_form<'k>(keyword: &'k str, reading: &phrases::Reading) -> std::borrow::Cow<'k, str> {
    let written = |word: &str| reading.writes(word);
    let bare = arabic::without_clitics(keyword, written);
    if bare.contains(' ') {
        return arabic::with_article(bare);
    }
    match arabic::without_pronoun(bare, written) {
        std::borrow::Cow::Borrowed(word) => arabic::with_article(word),
        std::borrow::Cow::Owned(word) => word.into(),
    }
}

/// The ids of the keyword stop words of `analyzer`'s language in `vocabulary`. Their terms are the
/// same for every article, so each language's are analyzed once: English's 170 words took 8% of a
/// summary's time in wasm.
fn dull_ids(analyzer: &Analyzer, vocabulary: &Vocabulary) -> TermSet {
    static ANALYZED: Mutex<Vec<(String, Vec<String>)>> = Mutex::new(Vec::new());
    let mut analyzed = ANALYZED.lock().unwrap_or_else(PoisonError::into_inner);
    let lang = analyzer.lang();
    let index = analyzed.iter().position(|(known, _)| known == lang).unwrap_or_else(|| {
        let terms = keyword_stop_words(lang).iter().flat_map(|word| analyzer.terms(word)).collect();
        analyzed.push((lang.to_string(), terms));
        analyzed.len() - 1
    });
    let terms = analyzed.get(index).map(|(_, terms)| terms.as_slice()).unwrap_or_default();
    let mut dull = TermSet::new(vocabulary.len());
    terms.iter().filter_map(|term| vocabulary.get(term)).for_each(|id| dull.insert(id));
    dull
}
