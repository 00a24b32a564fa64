//! Benchmark: time to score and select the sentences of an article, natively, per shared set.
//!
//! `cargo bench --bench summarize` prints, for cnndm and easc, the median over articles of each
//! article's median time (sentences already split, as the peers in `summarize_peers.py` get them),
//! and one JSON line per set for that script to read. Reads the sets from `SIFT_CORPUS`.

use sift::score;
use sift::select;
use sift::summary::{article_from_text, candidates, word_budget};
use sift::Budget;
use sift::text::Analyzer;
use std::hint::black_box;
use std::path::PathBuf;
use std::time::Instant;

/// Runs per article; the median of these is the article's time (the first run warms the caches).
const RUNS: usize = 9;
/// Articles measured per set at most, in file order, so that every engine sees the same ones.
const ARTICLES: usize = 100;

fn main() {
    let dir = std::env::var_os("SIFT_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"))
        .join("summaries");
    for set in ["cnndm", "easc"] {
        let path = dir.join(format!("{set}.jsonl"));
        let Ok(text) = std::fs::read_to_string(&path) else {
            println!("summarize bench: skipped, no {} (set SIFT_CORPUS)", path.display());
            return;
        };
        let mut times: Vec<f64> = text.lines().filter(|l| !l.trim().is_empty()).take(ARTICLES).map(time_article).collect();
        times.sort_by(f64::total_cmp);
        let median = times.get(times.len() / 2).copied().unwrap_or(0.0);
        let p90 = times.get(times.len() * 9 / 10).copied().unwrap_or(0.0);
        println!("{set}: score+select median {:.3} ms per article, p90 {:.3} ms ({} articles)", median * 1e3, p90 * 1e3, times.len());
        println!("{}", serde_json::json!({ "engine": "sift", "set": set, "median_ms": median * 1e3, "p90_ms": p90 * 1e3, "articles": times.len() }));
    }
}

/// The median time, in seconds, to score and rank the sentences of one article.
fn time_article(line: &str) -> f64 {
    let record: serde_json::Value = serde_json::from_str(line).unwrap_or_default();
    let field = |name: &str| record.get(name).and_then(|v| v.as_str());
    let article = article_from_text(field("text").unwrap_or(""), field("lang"), field("title"));
    let candidates = candidates(&article);
    let analyzer = Analyzer::new(&article.lang);
    let weights = score::weights::for_language(analyzer.lang());
    let budget: Budget = serde_json::from_value(record["budget"].clone()).unwrap_or(Budget::Sentences(3));
    let words: Vec<usize> = candidates.iter().map(|c| c.words).collect();
    let mut runs: Vec<f64> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            let analysis = score::analyze(black_box(&candidates), &article.title, &analyzer);
            let scored = score::combine(&analysis.signals, weights);
            let scores: Vec<f32> = scored.iter().map(|s| s.score).collect();
            black_box(select::rank(&scores, &analysis.vectors, weights.redundancy, word_budget(budget, &words, weights)));
            start.elapsed().as_secs_f64()
        })
        .collect();
    runs.sort_by(f64::total_cmp);
    runs.get(RUNS / 2).copied().unwrap_or(0.0)
}
