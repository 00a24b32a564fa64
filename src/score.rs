//! Scoring: how much each sentence deserves a place in the summary, signal by signal.

use crate::text::Analyzer;
use serde::Serialize;

/// A sentence of the article, as scoring sees it.
#[derive(Debug, Clone)]
pub struct Candidate<'a> {
    pub text: &'a str,
    /// Index of the sentence's block in the article.
    pub block: usize,
    /// Position of the sentence in the article, from 0.
    pub position: usize,
}

/// One signal's contribution to a sentence's score.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Contribution {
    pub signal: &'static str,
    pub value: f32,
}

/// A sentence's score and what it is made of (the contributions add up to `score`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scored {
    pub score: f32,
    pub contributions: Vec<Contribution>,
}

/// Scores every candidate; `title` helps find what the article is about.
pub fn score(candidates: &[Candidate], _title: &str, analyzer: &Analyzer) -> Vec<Scored> {
    let total = candidates.len().max(1) as f32;
    candidates
        .iter()
        .map(|c| {
            let position = 1.0 - c.position as f32 / total;
            let length = (analyzer.terms(c.text).len() as f32 / 20.0).min(1.0);
            let contributions = vec![
                Contribution { signal: "position", value: position },
                Contribution { signal: "length", value: length * 0.2 },
            ];
            Scored { score: contributions.iter().map(|c| c.value).sum(), contributions }
        })
        .collect()
}

/// The article's most telling words, best first.
pub fn keywords(candidates: &[Candidate], analyzer: &Analyzer, count: usize) -> Vec<String> {
    let mut counts: std::collections::BTreeMap<String, usize> = Default::default();
    for c in candidates {
        for term in analyzer.terms(c.text) {
            *counts.entry(term).or_default() += 1;
        }
    }
    let mut ranked: Vec<(String, usize)> = counts.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    ranked.into_iter().take(count).map(|(t, _)| t).collect()
}
