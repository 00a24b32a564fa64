//! Keywords are the article's most telling terms, shown as the article writes them.

use super::keyword_stops::keyword_stop_words;
use super::vectors::Vocabulary;
use super::Candidate;
use crate::text::stopwords::FxHasher;
use crate::text::Analyzer;
use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;
use std::sync::{Mutex, PoisonError};

/// How densely a sentence made of term ids `ids` holds the article's telling terms: the sum of their
/// weights over the square root of their number, so that length alone does not win.
pub fn density(vocabulary: &Vocabulary, ids: &[u32]) -> f32 {
    let mut unique = ids.to_vec();
    unique.sort_unstable();
    unique.dedup();
    if unique.is_empty() {
        return 0.0;
    }
    unique.iter().map(|&id| vocabulary.weight(id)).sum::<f32>() / (unique.len() as f32).sqrt()
}

/// A keyword must occur this often, unless the article is too short to have any such term.
const MIN_OCCURRENCES: u32 = 2;

/// The `count` most telling terms of the article, best first, each in the form the article uses most
/// (a stem like "elect" shows as "election").
pub fn keywords(candidates: &[Candidate], vocabulary: &Vocabulary, analyzer: &Analyzer, count: usize) -> Vec<String> {
    // Each term's weight once, not at every comparison of the sort.
    let weights: Vec<f32> = (0..vocabulary.len() as u32).map(|id| vocabulary.occurrences(id) as f32 * vocabulary.idf(id)).collect();
    let telling = |id: u32| weights.get(id as usize).copied().unwrap_or(0.0);
    let dull = dull_ids(analyzer, vocabulary);
    let mut ids: Vec<u32> = (0..vocabulary.len() as u32).filter(|id| !dull.contains(id)).collect();
    if ids.iter().any(|&id| vocabulary.occurrences(id) >= MIN_OCCURRENCES) {
        ids.retain(|&id| vocabulary.occurrences(id) >= MIN_OCCURRENCES);
    }
    ids.sort_by(|&a, &b| telling(b).total_cmp(&telling(a)).then(a.cmp(&b)));
    ids.truncate(count);
    let surfaces = surface_forms(candidates, vocabulary, analyzer);
    let forms_of = |id: u32| surfaces.get(id as usize).filter(|forms| !forms.is_empty());
    ids.iter().filter_map(|&id| forms_of(id).map(|forms| most_used(forms).to_string())).collect()
}

/// The ids of the keyword stop words of `analyzer`'s language in `vocabulary`. Their terms are the
/// same for every article, so each language's are analyzed once: English's 170 words took 8% of a
/// summary's time in wasm.
fn dull_ids(analyzer: &Analyzer, vocabulary: &Vocabulary) -> HashSet<u32> {
    static ANALYZED: Mutex<Vec<(String, Vec<String>)>> = Mutex::new(Vec::new());
    let mut analyzed = ANALYZED.lock().unwrap_or_else(PoisonError::into_inner);
    let lang = analyzer.lang();
    let index = analyzed.iter().position(|(known, _)| known == lang).unwrap_or_else(|| {
        let terms = keyword_stop_words(lang).iter().flat_map(|word| analyzer.terms(word)).collect();
        analyzed.push((lang.to_string(), terms));
        analyzed.len() - 1
    });
    let terms = analyzed.get(index).map(|(_, terms)| terms.as_slice()).unwrap_or_default();
    terms.iter().filter_map(|term| vocabulary.get(term)).collect()
}

/// For each term id (the index), the words of the article that analyze to it alone, with their
/// counts in order of first appearance.
fn surface_forms<'a>(candidates: &[Candidate<'a>], vocabulary: &Vocabulary, analyzer: &Analyzer) -> Vec<Vec<(&'a str, usize)>> {
    let mut analyzed: HashMap<&str, Option<u32>, BuildHasherDefault<FxHasher>> = HashMap::default();
    let mut forms: Vec<Vec<(&'a str, usize)>> = vec![Vec::new(); vocabulary.len()];
    for candidate in candidates {
        for word in candidate.text.split_whitespace() {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric());
            if word.is_empty() || word.chars().all(|c| c.is_numeric()) {
                continue;
            }
            let id = *analyzed.entry(word).or_insert_with(|| analyzer.only_term(word, |term| vocabulary.get(term)));
            let Some(id) = id else { continue };
            let word = without_suffix(word, id, vocabulary, analyzer);
            let Some(list) = forms.get_mut(id as usize) else { continue };
            match list.iter_mut().find(|(form, _)| *form == word) {
                Some((_, n)) => *n += 1,
                None => list.push((word, 1)),
            }
        }
    }
    forms
}

/// `word` without what follows an apostrophe ("Indonesia's", "Türkiye'nin") when that part alone
/// is the same term, so the keyword reads as the name itself.
fn without_suffix<'a>(word: &'a str, id: u32, vocabulary: &Vocabulary, analyzer: &Analyzer) -> &'a str {
    match word.split_once(['\'', '’']) {
        Some((stem, _)) if !stem.is_empty() && analyzer.terms(stem).first().and_then(|t| vocabulary.get(t)) == Some(id) => stem,
        _ => word,
    }
}

/// The most used form; the first seen among equals.
fn most_used<'a>(forms: &[(&'a str, usize)]) -> &'a str {
    let mut best: Option<(&str, usize)> = None;
    for &(form, n) in forms {
        if best.is_none_or(|(_, top)| n > top) {
            best = Some((form, n));
        }
    }
    best.map(|(form, _)| form).unwrap_or_default()
}
