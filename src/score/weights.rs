//! Weights say how much each signal counts, per language: data, the same for every page.
//!
//! The values are fitted by `tests/fit` (coordinate ascent on ROUGE with cross-validation over the
//! shared summary sets; its README gives the procedure and the held-out figures). Refit with
//! `SIFT_FIT=1 cargo test --release --test fit -- --nocapture` and paste its output here.

use super::signals::SIGNAL_COUNT;

/// How much each signal counts, and how much repeating a chosen sentence costs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Weights {
    /// Indexed by `Signal as usize`; a sentence's score is the weighted sum of its signals.
    pub signals: [f32; SIGNAL_COUNT],
    /// MMR's price for resembling a sentence ranked before (times the cosine similarity).
    pub redundancy: f32,
}

/// Fitted on cnndm (English news, CNN and Daily Mail).
pub const ENGLISH: Weights = Weights {
    signals: [1.0, 0.5, 0.2, 0.2, 0.5, 0.3, 0.3, 0.2, -0.5, -0.2, -0.5, -0.3, -1.0],
    redundancy: 0.3,
};

/// For every other language: fitted on all the sets together.
pub const DEFAULT: Weights = ENGLISH;

/// The weights for language `lang` (an ISO 639-1 code).
pub fn for_language(lang: &str) -> &'static Weights {
    match lang {
        "en" => &ENGLISH,
        _ => &DEFAULT,
    }
}
