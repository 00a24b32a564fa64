//! Benchmark: where the time of a summary goes, natively, per shared set.
//!
//! `cargo bench --bench summarize` prints, for cnndm and easc, the median over articles of each
//! article's median time, per article and per 600 words: for the whole `summarize_text` (the call
//! `tests/bench/summarize_wasm.mjs` times in wasm), and for each of its stages. Score + select, on
//! sentences already split as the peers in `summarize_peers.py` get them, is the stage issue 5 names;
//! it goes out as one JSON line per set for that script to read. Reads the sets from `SIFT_CORPUS`.

use sift::score;
use sift::select;
use sift::summary::{article_from_text, candidates, summarize_text, word_budget, Options, KEYWORDS};
use sift::text::Analyzer;
use sift::Budget;
use std::hint::black_box;
use std::path::PathBuf;
use std::time::Instant;

/// Timed runs per article; the median of these is the article's time. One more run comes first,
/// untimed, so lazily built tables (stop words, weights) are not charged to the first article.
const RUNS: usize = 9;
/// Articles measured per set at most, in file order, so that every engine sees the same ones.
const ARTICLES: usize = 100;
/// The article length the aim is stated for ("under 2 ms for a 600-word article in wasm").
const PER_WORDS: f64 = 600.0;

/// What is timed, in the order of the pipeline; the stages add up to about the whole.
const MEASURES: [&str; 6] = ["summarize_text", "paragraphs + language", "sentences", "score", "select", "keywords"];
const WHOLE: usize = 0;
const PARAGRAPHS: usize = 1;
const SENTENCES: usize = 2;
const SCORE: usize = 3;
const SELECT: usize = 4;
const KEYWORD_PICKING: usize = 5;

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
        let articles: Vec<Article> =
            text.lines().filter(|l| !l.trim().is_empty()).take(ARTICLES).map(time_article).collect();
        println!("{set} ({} articles): median ms per article (per 600 words), p90 per article", articles.len());
        for (index, name) in MEASURES.iter().enumerate() {
            let (median, p90, per_600) = summary(&articles, |a| a.times[index]);
            println!("  {name:<22} {:>7.3} ({:>6.3})  p90 {:>7.3}", median * 1e3, per_600 * 1e3, p90 * 1e3);
        }
        let (median, p90, per_600) = summary(&articles, |a| a.times[SCORE] + a.times[SELECT]);
        println!("  {:<22} {:>7.3} ({:>6.3})  p90 {:>7.3}", "score + select", median * 1e3, per_600 * 1e3, p90 * 1e3);
        let json = serde_json::json!({ "engine": "sift", "set": set, "median_ms": median * 1e3, "p90_ms": p90 * 1e3,
            "per_600_words_ms": per_600 * 1e3, "articles": articles.len() });
        println!("{json}");
    }
}

/// One article's words and its median time, in seconds, for each of [`MEASURES`].
struct Article {
    words: usize,
    times: [f64; MEASURES.len()],
}

/// The median and 90th percentile over articles of `time`, and the median of `time` per 600 words.
fn summary(articles: &[Article], time: impl Fn(&Article) -> f64) -> (f64, f64, f64) {
    let mut times: Vec<f64> = articles.iter().map(&time).collect();
    let mut per_600: Vec<f64> = articles.iter().map(|a| time(a) / a.words.max(1) as f64 * PER_WORDS).collect();
    (percentile(&mut times, 0.5), percentile(&mut times, 0.9), percentile(&mut per_600, 0.5))
}

fn percentile(values: &mut [f64], share: f64) -> f64 {
    values.sort_by(f64::total_cmp);
    values.get((values.len() as f64 * share) as usize).copied().unwrap_or(0.0)
}

/// Times the whole summary of one article and, apart, each stage as `summarize_article` runs it
/// (a fresh analyzer every run, as every summary has: its memory of words is per article).
fn time_article(line: &str) -> Article {
    let record: serde_json::Value = serde_json::from_str(line).unwrap_or_default();
    let field = |name: &str| record.get(name).and_then(|v| v.as_str());
    let (text, lang, title) = (field("text").unwrap_or(""), field("lang"), field("title"));
    let budget: Budget = serde_json::from_value(record["budget"].clone()).unwrap_or(Budget::Sentences(3));
    let options = Options { budget, ..Options::default() };
    let mut runs: [Vec<f64>; MEASURES.len()] = Default::default();
    for run in 0..=RUNS {
        let mut clock = Instant::now();
        let mut lap = |measure: usize| {
            if run > 0 {
                runs[measure].push(clock.elapsed().as_secs_f64());
            }
            clock = Instant::now();
        };
        black_box(summarize_text(black_box(text), lang, title, &options).ok());
        lap(WHOLE);
        let article = article_from_text(black_box(text), lang, title, options.lines);
        lap(PARAGRAPHS);
        let candidates = candidates(&article);
        lap(SENTENCES);
        let analyzer = Analyzer::new(&article.lang);
        let analysis = score::analyze(&candidates, &article.title, &analyzer);
        let weights = score::weights::for_language(analyzer.lang());
        let scores: Vec<f32> = score::combine(&analysis.signals, weights).iter().map(|s| s.score).collect();
        lap(SCORE);
        let words: Vec<usize> = candidates.iter().map(|c| c.words).collect();
        black_box(select::rank(&scores, &analysis.vectors, weights.redundancy, word_budget(budget, &words, weights)));
        lap(SELECT);
        black_box(score::keywords::keywords(&candidates, &analysis.vocabulary, &analyzer, KEYWORDS));
        lap(KEYWORD_PICKING);
    }
    Article { words: text.split_whitespace().count(), times: runs.map(|mut times| percentile(&mut times, 0.5)) }
}
