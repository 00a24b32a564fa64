//! Scoring: how much each sentence deserves a place in the summary, signal by signal.
//!
//! A sentence's score is the weighted sum of its [`signals`]; the weights are per-language data
//! ([`weights`]), and each sentence keeps every signal's share so the reader can see why it was chosen.

pub mod centrality;
mod keyword_stops;
pub mod keywords;
pub mod signals;
pub mod vectors;
pub mod weights;

use crate::text::words::Token;
use crate::text::Analyzer;
use serde::Serialize;
pub use signals::{Signal, Signals, SIGNALS, SIGNAL_COUNT};
pub use vectors::TermVector;
pub use weights::Weights;

/// A sentence of the article, as scoring sees it.
#[derive(Debug, Clone)]
pub struct Candidate<'a> {
    pub text: &'a str,
    /// Index of the sentence's block in the article.
    pub block: usize,
    /// Where the sentence stands in its block's text (bytes).
    pub range: std::ops::Range<usize>,
    /// Position of the sentence in the article, from 0.
    pub position: usize,
    /// True for the first sentence of its block.
    pub opens_block: bool,
    /// True for a sentence that announces, on a colon, the list, code or quotation under it, or what
    /// the article did not keep (before a heading or at its end: a table, a picture, an embedded post):
    /// the page's furniture to a summary, which shows sentences without what they announce.
    pub announces: bool,
    /// Words a reader would count.
    pub words: usize,
    /// Its tokens (see [`crate::text::words::tokens`]): cut once, read for its terms and again for
    /// keyword phrases.
    pub tokens: Vec<Token<'a>>,
}

/// One signal's contribution to a sentence's score.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Contribution {
    #[serde(serialize_with = "name_once")]
    pub signal: &'static str,
    pub value: f32,
}

/// Writes a signal's name as the name of a unit variant: the same string in JSON, but serde-wasm-bindgen
/// makes the JavaScript string of each such name once and reuses it, where a plain string would be
/// copied and decoded again for each of the sixteen contributions of every sentence.
fn name_once<S: serde::Serializer>(name: &&'static str, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_unit_variant("Signal", 0, name)
}

/// A sentence's score and what it is made of (the contributions add up to `score`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scored {
    pub score: f32,
    pub contributions: Vec<Contribution>,
}

/// What scoring learns about an article: every sentence's signals and term vector, and its vocabulary.
#[derive(Debug)]
pub struct Analysis {
    pub signals: Vec<Signals>,
    /// Each sentence's tf-idf vector, which selection uses to spot repetition.
    pub vectors: Vec<TermVector>,
    pub vocabulary: vectors::Vocabulary,
}

/// Measures every signal of every candidate; `title` (may be empty) helps find what the article is about.
pub fn analyze<'a>(candidates: &[Candidate<'a>], title: &'a str, analyzer: &Analyzer<'a>) -> Analysis {
    let mut vocabulary = vectors::Vocabulary::new(candidates.len());
    let ids: Vec<Vec<u32>> = candidates
        .iter()
        .map(|c| vocabulary.add(|found| analyzer.for_each_term_of(c.tokens.iter().copied(), found)))
        .collect();
    let vectors: Vec<TermVector> = ids.into_iter().map(|ids| vocabulary.vector(ids)).collect();
    let mut title_ids = Vec::new();
    analyzer.for_each_term(title, |term| title_ids.extend(vocabulary.get(term)));
    let title = vocabulary.vector(title_ids);
    let key_terms: Vec<f32> = vectors.iter().map(|vector| keywords::density(&vocabulary, vector)).collect();
    let centrality = centrality::centrality(&vectors);
    let forward = centrality::forward(&vectors);
    let context = signals::Context {
        candidates,
        vectors: &vectors,
        centrality: &centrality,
        forward: &forward,
        key_terms: &key_terms,
        title: &title,
        semicolon_asks: crate::text::segment::semicolon_asks(analyzer.lang()),
    };
    Analysis { signals: signals::measure(&context), vectors, vocabulary }
}

/// Weighs each sentence's signals into its score, keeping each signal's share (zero shares left out).
pub fn combine(signals: &[Signals], weights: &Weights) -> Vec<Scored> {
    signals
        .iter()
        .map(|values| {
            let contributions: Vec<Contribution> = SIGNALS
                .iter()
                .zip(values.iter().zip(&weights.signals))
                .map(|(signal, (value, weight))| Contribution { signal: signal.name(), value: value * weight })
                .filter(|c| c.value != 0.0)
                .collect();
            Scored { score: contributions.iter().map(|c| c.value).sum(), contributions }
        })
        .collect()
}
