//! Speed of the text layer, natively: segmenting, tokenizing, normalizing and stemming a 5,000-word
//! English and a 2,000-word Arabic article, each put together from the summaries corpus
//! (`$SIFT_CORPUS/summaries/cnndm.jsonl`, `easc.jsonl`). Prints the median of [`RUNS`] runs after a
//! warm-up, per 1,000 words, and as a ratio to a naive baseline measured in the same run (split at
//! `.!?`, split at whitespace, lowercase), so the figures compare across machines.
//!
//! Run: `SIFT_CORPUS=../shared/corpus cargo bench --bench text` (a release build).

use sift::text::{sentences, Analyzer};
use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Timed runs per measure; the median is reported.
const RUNS: usize = 51;
/// Untimed runs first, so caches and lazily built tables are warm.
const WARM_UP: usize = 5;
/// The articles measured: (language, corpus file, words).
const ARTICLES: &[(&str, &str, usize)] = &[("en", "cnndm.jsonl", 5_000), ("ar", "easc.jsonl", 2_000)];

fn main() {
    let corpus = std::env::var_os("SIFT_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"));
    for &(lang, file, words) in ARTICLES {
        let path = corpus.join("summaries").join(file);
        let Ok(data) = std::fs::read_to_string(&path) else {
            println!("skipped: {} is absent (set SIFT_CORPUS to the shared corpus folder)", path.display());
            return;
        };
        let article = article_of(&data, words);
        report(lang, &article, words);
    }
}

/// Paragraphs of the corpus's articles, in order, until `words` whitespace-separated words.
fn article_of(data: &str, words: usize) -> String {
    let mut article = String::new();
    let mut count = 0;
    for line in data.lines() {
        let Ok(record) = serde_json::from_str::<serde_json::Value>(line) else { continue };
        for paragraph in record["text"].as_str().unwrap_or("").split("\n\n") {
            let take: Vec<&str> = paragraph.split_whitespace().take(words - count).collect();
            if take.is_empty() {
                continue;
            }
            count += take.len();
            article.push_str(&take.join(" "));
            article.push_str("\n\n");
            if count == words {
                return article;
            }
        }
    }
    article
}

fn report(lang: &str, article: &str, words: usize) {
    let cold = time_once(|| analyze(article, lang));
    // The three measures take turns in every run, so a busy machine slows them alike.
    let mut samples: [Vec<Duration>; 3] = Default::default();
    for run in 0..WARM_UP + RUNS {
        let times = [
            time_once(|| sentences(article, lang).len()),
            time_once(|| analyze(article, lang)),
            time_once(|| naive(article)),
        ];
        if run >= WARM_UP {
            samples.iter_mut().zip(times).for_each(|(sample, time)| sample.push(time));
        }
    }
    let [segment, terms, baseline] = samples.map(median);
    let per_thousand = |d: Duration| d.as_secs_f64() * 1e3 / (words as f64 / 1_000.0);
    println!("{lang}, {words} words, {} sentences:", sentences(article, lang).len());
    println!(
        "  segment only          median {:>8.3} ms  ({:.3} ms per 1,000 words)",
        ms(segment),
        per_thousand(segment)
    );
    println!("  segment + terms       median {:>8.3} ms  ({:.3} ms per 1,000 words)", ms(terms), per_thousand(terms));
    println!("  first call (cold)            {:>8.3} ms", ms(cold));
    println!(
        "  naive baseline        median {:>8.3} ms  -> text layer = {:.1} x baseline",
        ms(baseline),
        ms(terms) / ms(baseline)
    );
}

/// What the summarizer does with an article's text: sentences, then each sentence's terms (with a
/// new analyzer, as each summary gets, so stems remembered from earlier runs do not count).
fn analyze(article: &str, lang: &str) -> usize {
    let analyzer = Analyzer::new(lang);
    sentences(article, lang).into_iter().map(|r| analyzer.terms(&article[r]).len()).sum()
}

/// The baseline: split at `.!?`, then at whitespace, lowercased.
fn naive(article: &str) -> usize {
    article.split(['.', '!', '?']).map(|s| s.split_whitespace().map(str::to_lowercase).count()).sum()
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn time_once(mut work: impl FnMut() -> usize) -> Duration {
    let start = Instant::now();
    black_box(work());
    start.elapsed()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}
