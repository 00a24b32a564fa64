//! ROUGE-1 and ROUGE-2 F1, close to `score.py`'s (same tokenizer rules; English stemmed by Snowball
//! where rouge-score uses Porter), fast enough to call thousands of times while fitting. The reported
//! figures come from `score.py` itself.

use std::collections::hash_map::DefaultHasher;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};

/// A text's tokens, grouped by whitespace-separated word (the unit of the word budget's cut).
pub type Tokens = Vec<Vec<u64>>;

/// A reference summary's n-gram counts.
pub struct Reference {
    unigrams: HashMap<u64, u32>,
    bigrams: HashMap<(u64, u64), u32>,
    length: usize,
}

impl Reference {
    pub fn new(tokens: &Tokens) -> Reference {
        let flat: Vec<u64> = tokens.iter().flatten().copied().collect();
        let (unigrams, bigrams) = counts(&flat);
        Reference { unigrams, bigrams, length: flat.len() }
    }
}

fn counts(flat: &[u64]) -> (HashMap<u64, u32>, HashMap<(u64, u64), u32>) {
    let mut unigrams = HashMap::new();
    let mut bigrams = HashMap::new();
    for &t in flat {
        *unigrams.entry(t).or_insert(0) += 1;
    }
    for pair in flat.windows(2) {
        *bigrams.entry((pair[0], pair[1])).or_insert(0) += 1;
    }
    (unigrams, bigrams)
}

/// The tokens of `text` in language `lang`, as `score.py` cuts them.
pub fn tokens(text: &str, lang: &str) -> Tokens {
    let stemmer = (lang == "en").then(|| rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English));
    text.split_whitespace()
        .map(|word| {
            let normalized: String =
                word.chars().flat_map(char::to_lowercase).filter_map(|c| normalize(c, lang)).collect();
            normalized
                .split(|c: char| !c.is_alphanumeric())
                .filter(|t| !t.is_empty())
                .map(|t| match &stemmer {
                    // rouge-score stems only tokens longer than 3 characters.
                    Some(stemmer) if t.len() > 3 => hash(&stemmer.stem(t)),
                    _ => hash(t),
                })
                .collect()
        })
        .collect()
}

/// English keeps ASCII letters and digits only (rouge-score's default); other languages get the Arabic
/// foldings of `score.py`.
fn normalize(c: char, lang: &str) -> Option<char> {
    if lang == "en" {
        return Some(if c.is_ascii_alphanumeric() { c } else { ' ' });
    }
    match c {
        '\u{064B}'..='\u{0652}' | '\u{0670}' | '\u{0640}' => None,
        'أ' | 'إ' | 'آ' | 'ٱ' => Some('ا'),
        'ى' => Some('ي'),
        'ة' => Some('ه'),
        '\u{0660}'..='\u{0669}' => char::from_digit(c as u32 - 0x0660, 10),
        _ => Some(c),
    }
}

fn hash(token: &str) -> u64 {
    let mut hasher = DefaultHasher::new();
    token.hash(&mut hasher);
    hasher.finish()
}

/// The summary made of `sentences` in order, cut after `limit` words when there is one.
pub fn join<'a>(sentences: impl Iterator<Item = &'a Tokens>, limit: Option<usize>) -> Vec<u64> {
    let words = sentences.flatten().take(limit.unwrap_or(usize::MAX));
    words.flatten().copied().collect()
}

/// Mean over the references of (2 ROUGE-1 F1 + ROUGE-2 F1) / 3, in percent: ROUGE-1 counts twice,
/// because it is the figure lead is hardest to beat on (with equal shares the fit traded R1 for R2).
pub fn score(summary: &[u64], references: &[Reference]) -> f64 {
    if references.is_empty() {
        return 0.0;
    }
    let (unigrams, bigrams) = counts(summary);
    let total: f64 = references
        .iter()
        .map(|r| {
            let one = overlap(&unigrams, &r.unigrams);
            let two = overlap(&bigrams, &r.bigrams);
            let f1 = f_measure(one, summary.len(), r.length);
            let f2 = f_measure(two, summary.len().saturating_sub(1), r.length.saturating_sub(1));
            (2.0 * f1 + f2) / 3.0
        })
        .sum();
    100.0 * total / references.len() as f64
}

/// Mean over the references of the share of `text`'s unigrams and bigrams found in them, in percent:
/// how much of a sentence is summary material, whatever its length.
pub fn precision(text: &[u64], references: &[Reference]) -> f64 {
    if references.is_empty() || text.len() < 2 {
        return 0.0;
    }
    let (unigrams, bigrams) = counts(text);
    let total: f64 = references
        .iter()
        .map(|r| {
            let one = overlap(&unigrams, &r.unigrams) as f64 / text.len() as f64;
            let two = overlap(&bigrams, &r.bigrams) as f64 / (text.len() - 1) as f64;
            (one + two) / 2.0
        })
        .sum();
    100.0 * total / references.len() as f64
}

fn overlap<K: Eq + Hash>(ours: &HashMap<K, u32>, theirs: &HashMap<K, u32>) -> usize {
    ours.iter().map(|(k, n)| (*n).min(theirs.get(k).copied().unwrap_or(0)) as usize).sum()
}

fn f_measure(hits: usize, ours: usize, theirs: usize) -> f64 {
    if hits == 0 || ours == 0 || theirs == 0 {
        return 0.0;
    }
    let (p, r) = (hits as f64 / ours as f64, hits as f64 / theirs as f64);
    2.0 * p * r / (p + r)
}
