//! Fits the scoring weights (`src/score/weights.rs`) on the shared summary sets, with cross-validation.
//!
//! Run: `SIFT_FIT=1 SIFT_CORPUS=/path/to/corpus cargo test --release --test fit -- --nocapture`.
//! Without `SIFT_FIT` it only says so: fitting takes minutes and is not a test. See `README.md` here.

mod rouge;

use rouge::{Reference, Tokens};
use sift::score::{self, Signal, Weights, SIGNALS, SIGNAL_COUNT};
use sift::summary::{article_from_text, budget_count, candidates};
use sift::text::Analyzer;
use sift::{select, Budget};
use std::path::PathBuf;

/// Folds of the cross-validation: each document's fold comes from a hash of its set and id.
const FOLDS: u64 = 4;
/// Coordinate ascent tries each weight moved by these steps, and zero.
const STEPS: [f32; 10] = [-0.8, -0.4, -0.2, -0.1, -0.05, 0.05, 0.1, 0.2, 0.4, 0.8];
/// Rounds of coordinate ascent at most (it stops earlier when no step helps).
const ROUNDS: usize = 6;
/// A step must raise the objective (in ROUGE points) by this much to be taken: smaller gains are
/// noise that does not survive to the held-out fold.
const MIN_GAIN: f64 = 0.02;

/// One article with what fitting needs, measured once: its signals, term vectors and ROUGE tokens.
struct Document {
    id: String,
    signals: Vec<score::Signals>,
    vectors: Vec<score::TermVector>,
    words: Vec<usize>,
    budget: Budget,
    sentences: Vec<Tokens>,
    references: Vec<Reference>,
}

/// A shared set and the language whose weights it fits.
struct Set {
    name: &'static str,
    documents: Vec<Document>,
}

fn main() {
    if std::env::var_os("SIFT_FIT").is_none() {
        println!("fit: skipped (set SIFT_FIT=1 to fit the scoring weights; it takes minutes)");
        return;
    }
    let corpus = corpus_dir();
    let load = |name: &'static str| -> Set {
        let path = corpus.join("summaries").join(format!("{name}.jsonl"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let documents = text.lines().filter(|l| !l.trim().is_empty()).map(|l| document(name, l)).collect();
        Set { name, documents }
    };
    let (cnndm, easc, tes, bbc) = (load("cnndm"), load("easc"), load("tes"), load("bbc"));
    // The ascent starts from lead (position alone), the baseline to beat, and moves only for real gains.
    let mut start = Weights { signals: [0.0; SIGNAL_COUNT], redundancy: 0.0 };
    start.signals[Signal::Early as usize] = 1.0;
    println!("signals: {:?}", SIGNALS.map(|s| s.name()));
    let english = cross_validate("ENGLISH", &[&cnndm], &start);
    let arabic = cross_validate("ARABIC", &[&easc], &start);
    let default = cross_validate("DEFAULT", &[&cnndm, &easc, &tes], &start);
    println!("\ncheck on bbc (weak signal, not fitted): lead {:.2}, english {:.2}", lead(&bbc, None), mean(&bbc, &english, None));
    for (name, weights) in [("ENGLISH", &english), ("ARABIC", &arabic), ("DEFAULT", &default)] {
        println!("pub const {name}: Weights = Weights {{\n    signals: {:?},\n    redundancy: {:.2},\n}};", rounded(&weights.signals), weights.redundancy);
    }
}

/// Fits on all folds but one and measures on that one, for each fold; then fits on everything.
fn cross_validate(name: &str, sets: &[&Set], start: &Weights) -> Weights {
    println!("\n== {name}: fitted on {}", sets.iter().map(|s| s.name).collect::<Vec<_>>().join(" + "));
    for set in sets {
        let mut held_out = Vec::new();
        for fold in 0..FOLDS {
            let weights = fit(sets, Some(fold), start);
            println!("{:>6}: fold {fold} weights {:?} redundancy {:.2}", set.name, rounded(&weights.signals), weights.redundancy);
            held_out.extend(set.documents.iter().filter(|d| fold_of(set.name, &d.id) == fold).map(|d| objective(d, &weights)));
        }
        let held = held_out.iter().sum::<f64>() / held_out.len().max(1) as f64;
        println!("{:>6}: lead {:.2}  held-out {:.2}  (mean (R1+R2)/2 F1, unstemmed)", set.name, lead(set, None), held);
    }
    let weights = fit(sets, None, start);
    for set in sets {
        println!("{:>6}: fitted on all, in-sample {:.2}", set.name, mean(set, &weights, None));
    }
    weights
}

/// Coordinate ascent on the mean objective over `sets`, leaving out fold `held_out`.
fn fit(sets: &[&Set], held_out: Option<u64>, start: &Weights) -> Weights {
    let value = |w: &Weights| sets.iter().map(|s| mean(s, w, held_out.map(|f| (f, true)))).sum::<f64>() / sets.len() as f64;
    let mut best = *start;
    let mut best_value = value(&best);
    for _ in 0..ROUNDS {
        let mut improved = false;
        for parameter in 0..=SIGNAL_COUNT {
            let current = get(&best, parameter);
            let tries = STEPS.iter().map(|s| current + s).chain(std::iter::once(0.0));
            for candidate in tries {
                let mut trial = best;
                set(&mut trial, parameter, candidate);
                let v = value(&trial);
                if v > best_value + MIN_GAIN {
                    (best, best_value, improved) = (trial, v, true);
                }
            }
        }
        if !improved {
            break;
        }
    }
    best
}

fn get(w: &Weights, parameter: usize) -> f32 {
    w.signals.get(parameter).copied().unwrap_or(w.redundancy)
}

fn set(w: &mut Weights, parameter: usize, value: f32) {
    match w.signals.get_mut(parameter) {
        Some(slot) => *slot = value,
        None => w.redundancy = value.max(0.0),
    }
}

/// Mean objective over the documents of `set`; `fold` = (f, true) leaves fold f out, (f, false) keeps only it.
fn mean(set: &Set, weights: &Weights, fold: Option<(u64, bool)>) -> f64 {
    let chosen: Vec<f64> = set
        .documents
        .iter()
        .filter(|d| fold.is_none_or(|(f, leave_out)| (fold_of(set.name, &d.id) == f) != leave_out))
        .map(|d| objective(d, weights))
        .collect();
    chosen.iter().sum::<f64>() / chosen.len().max(1) as f64
}

/// Lead's objective on `set`, for comparison.
fn lead(set: &Set, _fold: Option<u64>) -> f64 {
    let values: Vec<f64> = set.documents.iter().map(|d| evaluate(d, &(0..d.words.len()).collect::<Vec<_>>())).collect();
    values.iter().sum::<f64>() / values.len().max(1) as f64
}

fn objective(document: &Document, weights: &Weights) -> f64 {
    let scores: Vec<f32> = score::combine(&document.signals, weights).iter().map(|s| s.score).collect();
    evaluate(document, &select::rank(&scores, &document.vectors, weights.redundancy))
}

/// (R1 + R2) / 2, F1 in percent, of the summary `ranking` gives under the document's budget.
fn evaluate(document: &Document, ranking: &[usize]) -> f64 {
    let count = budget_count(&document.words, ranking, document.budget);
    let mut chosen: Vec<usize> = ranking.iter().take(count).copied().collect();
    chosen.sort_unstable();
    let limit = match document.budget {
        Budget::Words(w) => Some(w),
        _ => None,
    };
    let summary = rouge::join(chosen.iter().filter_map(|&i| document.sentences.get(i)), limit);
    rouge::score(&summary, &document.references)
}

fn document(set: &str, line: &str) -> Document {
    let record: serde_json::Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{set}: bad line: {e}"));
    let field = |name: &str| record.get(name).and_then(|v| v.as_str()).map(str::to_string);
    let id = field("id").unwrap_or_default();
    let lang = field("lang").unwrap_or_default();
    let budget: Budget = serde_json::from_value(record["budget"].clone()).unwrap_or(Budget::Sentences(3));
    let article = article_from_text(&field("text").unwrap_or_default(), Some(&lang), field("title").as_deref());
    let candidates = candidates(&article);
    let analyzer = Analyzer::new(&article.lang);
    let analysis = score::analyze(&candidates, &article.title, &analyzer);
    let references = record["references"]
        .as_array()
        .map(|refs| refs.iter().filter_map(|r| r.as_str()).map(|r| Reference::new(&rouge::tokens(r, &lang))).collect())
        .unwrap_or_default();
    Document {
        id,
        words: candidates.iter().map(|c| c.words).collect(),
        sentences: candidates.iter().map(|c| rouge::tokens(c.text, &lang)).collect(),
        signals: analysis.signals,
        vectors: analysis.vectors,
        budget,
        references,
    }
}

/// The fold of a document: FNV-1a of "set:id", so folds never change between runs.
fn fold_of(set: &str, id: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in format!("{set}:{id}").bytes() {
        hash = (hash ^ byte as u64).wrapping_mul(0x0100_0000_01b3);
    }
    hash % FOLDS
}

fn rounded(values: &[f32]) -> Vec<f32> {
    values.iter().map(|v| (v * 100.0).round() / 100.0).collect()
}

fn corpus_dir() -> PathBuf {
    std::env::var_os("SIFT_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"))
}
