//! A term vector is a sentence seen as a bag of its weighted terms, so sentences can be compared.

use crate::text::stopwords::FxHasher;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

/// A sentence's terms as (term id, weight) pairs sorted by id, scaled to unit length (or empty).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TermVector(Vec<(u32, f32)>);

impl TermVector {
    /// Cosine similarity with `other` (both are unit length): 0 for nothing shared, 1 for the same terms.
    pub fn cosine(&self, other: &TermVector) -> f32 {
        self.shared(other).map(|(wa, wb)| wa * wb).sum()
    }

    /// The weights of each term both vectors hold, as (this one's, the other's).
    fn shared<'a>(&'a self, other: &'a TermVector) -> impl Iterator<Item = (f32, f32)> + 'a {
        // A merge over the two sorted lists, on slices: peekable iterators cost several times more in
        // a size-optimized build.
        let (mut a, mut b) = (self.0.as_slice(), other.0.as_slice());
        std::iter::from_fn(move || {
            while let ([(ta, wa), rest_a @ ..], [(tb, wb), rest_b @ ..]) = (a, b) {
                match ta.cmp(tb) {
                    std::cmp::Ordering::Less => a = rest_a,
                    std::cmp::Ordering::Greater => b = rest_b,
                    std::cmp::Ordering::Equal => {
                        (a, b) = (rest_a, rest_b);
                        return Some((*wa, *wb));
                    }
                }
            }
            None
        })
    }

    /// How many distinct terms the sentence has.
    pub fn terms(&self) -> usize {
        self.0.len()
    }

    /// Dot product with a dense vector indexed by term id.
    pub fn dot_dense(&self, dense: &[f32]) -> f32 {
        self.0.iter().map(|&(t, w)| dense.get(t as usize).copied().unwrap_or(0.0) * w).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn entries(&self) -> &[(u32, f32)] {
        &self.0
    }
}

/// One vector spread over a list indexed by term id, to compare it with many others in turn: a
/// lookup per term of the other, where [`TermVector::cosine`] merges two lists with a branch per step.
/// Each answer is the merge's to the bit (the same products, added in the same order of term ids),
/// but for the sign of a zero when nothing is shared.
#[derive(Debug, Default)]
pub struct Spread {
    weights: Vec<f32>,
    /// Whether the spread vector has each term (a weight alone could, in principle, round to zero).
    held: Vec<bool>,
    /// The spread vector's term ids, to take back when another is spread.
    ids: Vec<u32>,
}

impl Spread {
    /// Spreads `vector`, taking back the one spread before.
    pub fn set(&mut self, vector: &TermVector) {
        for &t in &self.ids {
            if let (Some(w), Some(h)) = (self.weights.get_mut(t as usize), self.held.get_mut(t as usize)) {
                (*w, *h) = (0.0, false);
            }
        }
        self.ids.clear();
        for &(t, weight) in vector.entries() {
            let at = t as usize;
            if at >= self.weights.len() {
                self.weights.resize(at + 1, 0.0);
                self.held.resize(at + 1, false);
            }
            if let (Some(w), Some(h)) = (self.weights.get_mut(at), self.held.get_mut(at)) {
                (*w, *h) = (weight, true);
            }
            self.ids.push(t);
        }
    }

    /// How many terms the spread vector has ([`TermVector::terms`]).
    pub fn terms(&self) -> usize {
        self.ids.len()
    }

    /// [`TermVector::cosine`] of the spread vector and `other`.
    pub fn cosine(&self, other: &TermVector) -> f32 {
        other.dot_dense(&self.weights)
    }

    /// How much of the vector with fewer terms, the spread one or `other`, the other holds: the share of
    /// its terms found in both (0 when either has none). 1 means the shorter sentence names nothing the
    /// other does not.
    pub fn containment(&self, other: &TermVector) -> f32 {
        let fewer = self.terms().min(other.terms());
        if fewer == 0 {
            return 0.0;
        }
        let shared = other.0.iter().filter(|&&(t, _)| self.held.get(t as usize).copied().unwrap_or(false)).count();
        shared as f32 / fewer as f32
    }
}

/// New terms a sentence brings to its article's vocabulary, about (5.4 over the extraction corpus's
/// articles): room for them is made at once, where a table grown from nothing is copied at every doubling.
const TERMS_PER_SENTENCE: usize = 6;

/// The article's vocabulary: every term's id, its count in the article, and how many sentences hold it.
#[derive(Debug, Default)]
pub struct Vocabulary {
    /// FxHash, as for stop words: terms are short, and hashing them is most of building the vocabulary.
    ids: HashMap<String, u32, BuildHasherDefault<FxHasher>>,
    /// Occurrences of each term in the whole article.
    pub count: Vec<u32>,
    /// Sentences holding each term.
    pub sentences: Vec<u32>,
    /// Sentences in the article.
    pub total: usize,
    /// The last sentence added, numbered from 1, that counted each term in `sentences`.
    counted_in: Vec<u32>,
    /// Sentences added so far.
    added: u32,
    /// The ids of the sentence being added, gathered here (its room kept from one sentence to the
    /// next) and copied out once whole: a list grown from nothing per sentence reallocated several times.
    gathered: Vec<u32>,
}

impl Vocabulary {
    /// A vocabulary for an article of `total` sentences, to be filled with [`Vocabulary::add`].
    pub fn new(total: usize) -> Vocabulary {
        let terms = total * TERMS_PER_SENTENCE;
        Vocabulary {
            total,
            ids: HashMap::with_capacity_and_hasher(terms, BuildHasherDefault::default()),
            count: Vec::with_capacity(terms),
            sentences: Vec::with_capacity(terms),
            counted_in: Vec::with_capacity(terms),
            ..Vocabulary::default()
        }
    }

    /// Counts the terms of the next sentence (each term's id is given in order of first appearance,
    /// so runs are repeatable), which `each_term` hands to the closure it is given, and returns their ids.
    pub fn add(&mut self, each_term: impl FnOnce(&mut dyn FnMut(&str))) -> Vec<u32> {
        self.added += 1;
        let mut ids = std::mem::take(&mut self.gathered);
        ids.clear();
        each_term(&mut |term| {
            let id = self.id(term);
            ids.push(id);
            let at = id as usize;
            if let (Some(counted_in), Some(n)) = (self.counted_in.get_mut(at), self.sentences.get_mut(at)) {
                if *counted_in != self.added {
                    *counted_in = self.added;
                    *n += 1;
                }
            }
        });
        let whole = ids.clone();
        self.gathered = ids;
        whole
    }

    fn id(&mut self, term: &str) -> u32 {
        // Most terms are seen before: look up first, copy the term only when it is new.
        let id = match self.ids.get(term) {
            Some(&id) => id,
            None => {
                let next = self.ids.len() as u32;
                self.ids.insert(term.to_string(), next);
                self.count.push(0);
                self.sentences.push(0);
                self.counted_in.push(0);
                next
            }
        };
        if let Some(n) = self.count.get_mut(id as usize) {
            *n += 1;
        }
        id
    }

    /// The id of `term`, if the article has it.
    pub fn get(&self, term: &str) -> Option<u32> {
        self.ids.get(term).copied()
    }

    pub fn len(&self) -> usize {
        self.count.len()
    }

    pub fn is_empty(&self) -> bool {
        self.count.is_empty()
    }

    /// How often term `id` occurs in the article (0 for an id it does not have).
    pub fn occurrences(&self, id: u32) -> u32 {
        self.count.get(id as usize).copied().unwrap_or(0)
    }

    /// Inverse sentence frequency: rare terms tell sentences apart, terms in every sentence do not.
    pub fn idf(&self, id: u32) -> f32 {
        let held = self.sentences.get(id as usize).copied().unwrap_or(0) as f32;
        ((1.0 + self.total as f32) / (1.0 + held)).ln() + 1.0
    }

    /// How much `id` says about the article: frequent in it, yet not in every sentence.
    pub fn weight(&self, id: u32) -> f32 {
        (self.occurrences(id) as f32).ln_1p() * self.idf(id)
    }

    /// The tf-idf vector of a sentence made of the term ids `ids` (sorted in place, not copied).
    pub fn vector(&self, mut sorted: Vec<u32>) -> TermVector {
        sorted.sort_unstable();
        let mut entries: Vec<(u32, f32)> = Vec::with_capacity(sorted.len());
        for id in sorted {
            match entries.last_mut() {
                Some((last, tf)) if *last == id => *tf += 1.0,
                _ => entries.push((id, 1.0)),
            }
        }
        for (id, weight) in &mut entries {
            *weight *= self.idf(*id);
        }
        let norm = entries.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        if norm > 0.0 {
            entries.iter_mut().for_each(|(_, w)| *w /= norm);
        }
        TermVector(entries)
    }
}

/// The vocabulary of sentences whose terms are their words, and each sentence's term ids: for tests.
#[cfg(test)]
pub fn test_vocabulary(sentences: &[&str]) -> (Vocabulary, Vec<Vec<u32>>) {
    let mut vocabulary = Vocabulary::new(sentences.len());
    let ids = sentences.iter().map(|s| vocabulary.add(|found| s.split_whitespace().for_each(found))).collect();
    (vocabulary, ids)
}

/// The vectors of sentences whose terms are their words: for tests that need a few sentences.
#[cfg(test)]
pub fn test_vectors(sentences: &[&str]) -> Vec<TermVector> {
    let (vocabulary, ids) = test_vocabulary(sentences);
    ids.into_iter().map(|i| vocabulary.vector(i)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_sentences_have_cosine_one_and_disjoint_zero() {
        let (vocabulary, ids) = test_vocabulary(&["a b c", "a b c", "d e"]);
        let v: Vec<TermVector> = ids.into_iter().map(|i| vocabulary.vector(i)).collect();
        assert!((v[0].cosine(&v[1]) - 1.0).abs() < 1e-5);
        assert_eq!(v[0].cosine(&v[2]), 0.0);
        assert_eq!(vocabulary.count[0], 2);
        assert_eq!(vocabulary.sentences[3], 1);
    }

    #[test]
    fn containment_is_the_share_of_the_shorter_sentences_terms_held_by_the_other() {
        let v = test_vectors(&["a b c d", "a b c d e f g h", "a x y"]);
        let containment = |a: &TermVector, b: &TermVector| {
            let mut spread = Spread::default();
            spread.set(a);
            spread.containment(b)
        };
        assert_eq!(containment(&v[0], &v[1]), 1.0);
        assert_eq!(containment(&v[1], &v[0]), 1.0);
        assert!((containment(&v[2], &v[0]) - 1.0 / 3.0).abs() < 1e-6);
        assert_eq!(v[0].terms(), 4);
    }

    #[test]
    fn a_spread_vector_compares_as_the_merge_does() {
        // Spread again and again, as centrality spreads one sentence after another.
        let v = test_vectors(&["a b c d", "b d e f g", "x y", "", "a b c d e f g h", "d c"]);
        let mut spread = Spread::default();
        for a in &v {
            spread.set(a);
            for b in &v {
                // The same bits, zeros of either sign aside: the same products added in the same order.
                assert_eq!((spread.cosine(b) + 0.0).to_bits(), (a.cosine(b) + 0.0).to_bits());
            }
        }
    }

    #[test]
    fn a_sentence_without_terms_has_an_empty_vector() {
        let v = test_vectors(&["", "a"]);
        assert!(v[0].is_empty());
        assert_eq!(v[0].cosine(&v[1]), 0.0);
    }
}
