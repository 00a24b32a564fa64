//! What a fresh process pays on its first call, natively: the core's lazily built tables and its
//! first summaries, each timed on its first call and again once warm, in one process started afresh.
//! This is the Rust share of a reader's cold click (the wasm core is instantiated anew whenever the
//! extension's service worker has stopped); `tests/e2e/bench-browser.mjs` times the click itself.
//!
//!   cargo bench --bench cold -- PAGE.html [PAGE.html ...]
//!
//! Each page is summarized cold (the first page pays for every table), then again warm.

use sift::summary::{summarize_page, Options};
use sift::text::{self, stopwords, Analyzer};
use std::hint::black_box;
use std::time::Instant;

/// Warm runs per step; their median is the warm figure.
const WARM_RUNS: usize = 9;

/// Microseconds `step` takes on its first call, and its median over [`WARM_RUNS`] calls after.
fn first_and_warm<T>(mut step: impl FnMut() -> T) -> (f64, f64) {
    let mut time = || {
        let start = Instant::now();
        black_box(step());
        start.elapsed().as_secs_f64() * 1e6
    };
    let first = time();
    let mut warm: Vec<f64> = (0..WARM_RUNS).map(|_| time()).collect();
    warm.sort_by(f64::total_cmp);
    (first, warm.get(WARM_RUNS / 2).copied().unwrap_or(f64::NAN))
}

fn report(label: &str, (first, warm): (f64, f64)) {
    println!("{label:<44} first {first:>9.1} µs   warm {warm:>9.1} µs   first - warm {:>9.1} µs", first - warm);
}

fn main() {
    let pages: Vec<String> = std::env::args().skip(1).filter(|arg| arg.ends_with(".html")).collect();
    // The text layer's tables, in the order a summary first reaches them.
    report("stop words of every language (detect)", first_and_warm(|| stopwords::languages_of("the")));
    report("stop words of en (analyzer, segmenter)", first_and_warm(|| stopwords::is_stop_word("en", "the")));
    report(
        "sentence rules of en",
        first_and_warm(|| text::sentences("Mr. Smith came at 5 p.m. to the U.S. It rained.", "en")),
    );
    report("analyzer of en (stemmer)", first_and_warm(|| Analyzer::new("en").terms("The runners were running home")));
    report("analyzer of ar (stemmer)", first_and_warm(|| Analyzer::new("ar").terms("وقال الرئيس إن الاقتصاد ينمو")));
    let options = Options::default();
    for path in &pages {
        let Ok(bytes) = std::fs::read(path) else {
            eprintln!("cold bench: cannot read {path}");
            continue;
        };
        let snapshot = sift::html::snapshot_from_bytes(&bytes, "");
        report(
            &format!("summarize_page {}", short(path)),
            first_and_warm(|| summarize_page(&snapshot, &options).is_ok()),
        );
    }
}

/// The page's set and id, from `…/extraction/SET/ID/page.html`.
fn short(path: &str) -> String {
    path.rsplit('/').skip(1).take(2).collect::<Vec<_>>().into_iter().rev().collect::<Vec<_>>().join("/")
}
