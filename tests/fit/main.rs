//! Fits the scoring weights (`src/score/weights.rs`) on the shared summary sets, with cross-validation.
//!
//! Run: `SIFT_FIT=1 SIFT_CORPUS=/path/to/corpus cargo test --release --test fit -- --nocapture`.
//! Without `SIFT_FIT` it only says so: fitting takes minutes and is not a test. See `README.md` here.

mod rouge;

use rouge::{Reference, Tokens};
use sift::score::{self, Signal, Weights, SIGNALS, SIGNAL_COUNT};
use sift::summary::{article_from_text, budget_count, candidates, word_budget, Lines};
use sift::text::Analyzer;
use sift::{select, Budget};
use std::path::PathBuf;

/// Folds of the cross-validation: each document's fold comes from a hash of its set and id.
const FOLDS: u64 = 4;
/// MMR's prices for repetition that the fit tries (the largest signal weight is 1).
const REDUNDANCIES: [f32; 8] = [0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 1.0, 1.5];
/// A price must raise the objective (in ROUGE points) by this much to be taken: smaller gains are
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
    /// Each sentence's own worth as summary material: what the regression learns to predict.
    targets: Vec<f64>,
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
    println!("signals: {:?}", SIGNALS.map(|s| s.name()));
    // SIFT_FIT=en or =ar fits one language only (quicker while trying a new signal).
    let only = std::env::var("SIFT_FIT").unwrap_or_default();
    let wanted = |code: &str| !matches!(only.as_str(), "en" | "ar") || only == code;
    let none = score::weights::DEFAULT;
    let english = if wanted("en") { cross_validate("ENGLISH", &[&cnndm]) } else { none };
    let arabic = if wanted("ar") { cross_validate("ARABIC", &[&easc]) } else { none };
    let default = if only.len() == 2 { none } else { cross_validate("DEFAULT", &[&cnndm, &easc, &tes]) };
    println!(
        "\ncheck on bbc (weak signal, not fitted): lead {:.2}, english {:.2}",
        lead(&bbc),
        mean(&bbc, &english, None)
    );
    for (name, weights) in [("ENGLISH", &english), ("ARABIC", &arabic), ("DEFAULT", &default)] {
        println!(
            "pub const {name}: Weights = Weights {{\n    signals: {:?},\n    redundancy: {:.2},\n    overshoot: {:.2},\n}};",
            rounded(&weights.signals),
            weights.redundancy,
            weights.overshoot
        );
    }
}

/// Fits on all folds but one and measures on that one, for each fold; then fits on everything.
fn cross_validate(name: &str, sets: &[&Set]) -> Weights {
    println!("\n== {name}: fitted on {}", sets.iter().map(|s| s.name).collect::<Vec<_>>().join(" + "));
    let folds: Vec<Weights> = (0..FOLDS).map(|fold| fit(sets, Some(fold))).collect();
    for (fold, weights) in folds.iter().enumerate() {
        println!(
            "fold {fold} weights {:?} redundancy {:.2} overshoot {:.2}",
            rounded(&weights.signals),
            weights.redundancy,
            weights.overshoot
        );
    }
    for set in sets {
        let held_out: Vec<f64> = set
            .documents
            .iter()
            .filter_map(|d| folds.get(fold_of(set.name, &d.id) as usize).map(|weights| objective(d, weights)))
            .collect();
        let held = held_out.iter().sum::<f64>() / held_out.len().max(1) as f64;
        let gains: Vec<f64> = set.documents.iter().zip(&held_out).map(|(d, h)| h - lead_of(d)).collect();
        println!(
            "{:>6}: lead {:.2}  held-out {:.2}  (mean (2 R1 + R2) / 3, F1), gain over lead {:+.2} ± {:.2} (standard error)",
            set.name,
            lead(set),
            held,
            gains.iter().sum::<f64>() / gains.len().max(1) as f64,
            standard_error(&gains)
        );
    }
    let weights = fit(sets, None);
    for set in sets {
        println!("{:>6}: fitted on all, in-sample {:.2}", set.name, mean(set, &weights, None));
    }
    weights
}

/// Coordinate ascent on the mean objective over `sets`, leaving out fold `held_out`.
/// The ridge regression of each sentence's share of summary material on its signals (it learns from
/// every sentence, so it over-fits far less than climbing ROUGE of whole summaries, which the
/// held-out folds showed), then MMR's redundancy price chosen on the same documents.
fn fit(sets: &[&Set], held_out: Option<u64>) -> Weights {
    let value =
        |w: &Weights| sets.iter().map(|s| mean(s, w, held_out.map(|f| (f, true)))).sum::<f64>() / sets.len() as f64;
    let regressed = regress(sets, held_out);
    let mut best = (regressed, value(&regressed));
    let base = best.0;
    keep_best(&mut best, REDUNDANCIES.iter().map(|&r| with_redundancy(base, r)).collect(), &value);
    // Bonuses on top of the regression, for what a sentence-level regression cannot see: that the
    // opening sentence carries the rest of a summary (it introduces who and what).
    for (signal, bonuses) in &BONUSES {
        let base = best.0;
        keep_best(&mut best, bonuses.iter().map(|&bonus| with_bonus(base, *signal, bonus)).collect(), &value);
    }
    // Last, the price of overshooting a word budget (sets with a sentence budget do not feel it).
    let base = best.0;
    keep_best(&mut best, OVERSHOOTS.iter().map(|&o| with_overshoot(base, o)).collect(), &value);
    best.0
}

/// Replaces `best` (weights and their value) by the best of `trials` that beats it by [`MIN_GAIN`].
fn keep_best(best: &mut (Weights, f64), trials: Vec<Weights>, value: &impl Fn(&Weights) -> f64) {
    for trial in trials {
        let v = value(&trial);
        if v > best.1 + MIN_GAIN {
            *best = (trial, v);
        }
    }
}

fn with_redundancy(weights: Weights, redundancy: f32) -> Weights {
    Weights { redundancy, ..weights }
}

fn with_overshoot(weights: Weights, overshoot: f32) -> Weights {
    Weights { overshoot, ..weights }
}

/// `weights` with `bonus` added to the weight of `signal`.
fn with_bonus(weights: Weights, signal: Signal, bonus: f32) -> Weights {
    let mut trial = weights;
    if let Some(w) = trial.signals.get_mut(signal as usize) {
        *w += bonus;
    }
    trial
}

/// Prices tried for overshooting a word budget, per budget's worth of words beyond it.
const OVERSHOOTS: [f32; 6] = [0.1, 0.25, 0.5, 1.0, 2.0, 4.0];

/// Bonuses tried after the regression, signal by signal.
const BONUSES: [(Signal, &[f32]); 1] = [(Signal::Opening, &[0.25, 0.5, 0.75, 1.0, 1.5, 2.0])];

/// Ridge strength, in sentences: enough to keep rare signals (questions, furniture) from wild weights.
const RIDGE: f64 = 10.0;

/// Least squares with a ridge of each sentence's target on its signals, scaled so the largest weight is 1.
fn regress(sets: &[&Set], held_out: Option<u64>) -> Weights {
    const D: usize = SIGNAL_COUNT + 1; // the signals and a constant
    let mut xtx = [[0.0f64; D]; D];
    let mut xty = [0.0f64; D];
    for set in sets {
        for document in set.documents.iter().filter(|d| held_out != Some(fold_of(set.name, &d.id))) {
            for (signals, &target) in document.signals.iter().zip(&document.targets) {
                let mut x = [1.0f64; D];
                for (slot, &v) in x.iter_mut().zip(signals.iter()) {
                    *slot = v as f64;
                }
                for i in 0..D {
                    xty[i] += x[i] * target;
                    for j in 0..D {
                        xtx[i][j] += x[i] * x[j];
                    }
                }
            }
        }
    }
    for (i, row) in xtx.iter_mut().enumerate().take(SIGNAL_COUNT) {
        row[i] += RIDGE;
    }
    let solution = solve(xtx, xty);
    // The largest fitted weight is 1 (page furniture's is set, not fitted: it stays out of the scale).
    let fitted = |i: usize| i != Signal::Boilerplate as usize;
    let top = solution
        .iter()
        .take(SIGNAL_COUNT)
        .enumerate()
        .filter(|&(i, _)| fitted(i))
        .map(|(_, v)| v)
        .fold(0.0f64, |m, v| m.max(v.abs()))
        .max(1e-9);
    let mut weights = Weights { signals: [0.0; SIGNAL_COUNT], redundancy: 0.0, overshoot: 0.0 };
    for (w, v) in weights.signals.iter_mut().zip(&solution) {
        *w = (v / top) as f32;
    }
    weights.signals[Signal::Boilerplate as usize] = score::weights::FURNITURE;
    let question = &mut weights.signals[Signal::Question as usize];
    *question = question.min(score::weights::QUESTION);
    weights
}

/// Solves `a x = b` by Gaussian elimination with partial pivoting.
fn solve<const D: usize>(mut a: [[f64; D]; D], mut b: [f64; D]) -> [f64; D] {
    for column in 0..D {
        let pivot = (column..D).max_by(|&i, &j| a[i][column].abs().total_cmp(&a[j][column].abs())).unwrap_or(column);
        a.swap(column, pivot);
        b.swap(column, pivot);
        let p = a[column][column];
        if p.abs() < 1e-12 {
            continue;
        }
        let pivot_row = a[column];
        for row in column + 1..D {
            let factor = a[row][column] / p;
            for (value, above) in a[row].iter_mut().zip(pivot_row).skip(column) {
                *value -= factor * above;
            }
            b[row] -= factor * b[column];
        }
    }
    let mut x = [0.0; D];
    for row in (0..D).rev() {
        let rest: f64 = (row + 1..D).map(|k| a[row][k] * x[k]).sum();
        x[row] = if a[row][row].abs() < 1e-12 { 0.0 } else { (b[row] - rest) / a[row][row] };
    }
    x
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
fn lead(set: &Set) -> f64 {
    let values: Vec<f64> = set.documents.iter().map(lead_of).collect();
    values.iter().sum::<f64>() / values.len().max(1) as f64
}

/// Lead's objective on one document: its first sentences, under its budget.
fn lead_of(document: &Document) -> f64 {
    evaluate(document, &(0..document.words.len()).collect::<Vec<_>>())
}

/// The standard error of the mean of `values`: how far their mean may stray by the luck of which
/// articles a set holds. A change to the procedure that moves a held-out figure by less is not
/// shown to be better or worse.
fn standard_error(values: &[f64]) -> f64 {
    let n = values.len() as f64;
    if n < 2.0 {
        return 0.0;
    }
    let mean = values.iter().sum::<f64>() / n;
    let variance = values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / (n - 1.0);
    (variance / n).sqrt()
}

fn objective(document: &Document, weights: &Weights) -> f64 {
    let scores: Vec<f32> = score::combine(&document.signals, weights).iter().map(|s| s.score).collect();
    let budget = word_budget(document.budget, &document.words, weights);
    evaluate(document, &select::rank(&scores, &document.vectors, weights.redundancy, budget))
}

/// (2 R1 + R2) / 3, F1 in percent, of the summary `ranking` gives under the document's budget.
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
    let article =
        article_from_text(&field("text").unwrap_or_default(), Some(&lang), field("title").as_deref(), Lines::Wrapped);
    let candidates = candidates(&article);
    let analyzer = Analyzer::new(&article.lang);
    let analysis = score::analyze(&candidates, &article.title, &analyzer);
    let references: Vec<Reference> = record["references"]
        .as_array()
        .map(|refs| refs.iter().filter_map(|r| r.as_str()).map(|r| Reference::new(&rouge::tokens(r, &lang))).collect())
        .unwrap_or_default();
    let sentences: Vec<Tokens> = candidates.iter().map(|c| rouge::tokens(c.text, &lang)).collect();
    // How dense a sentence is in summary material (ROUGE precision). Tried and dropped on the held-out
    // folds: the sentence's own F1 (it rewards length alone) and membership of the greedy oracle summary.
    let targets =
        sentences.iter().map(|t| rouge::precision(&rouge::join(std::iter::once(t), None), &references)).collect();
    Document {
        id,
        targets,
        words: candidates.iter().map(|c| c.words).collect(),
        sentences,
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
