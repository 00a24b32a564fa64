//! Weights say how much each signal counts, per language: data, the same for every page.
//!
//! The values are fitted by `tests/fit` (ridge regression of each sentence's share of summary material
//! on its signals, with 4-fold cross-validation over the shared summary sets; its README gives the
//! procedure and the held-out figures). Refit with `SIFT_FIT=1 cargo test --release --test fit --
//! --nocapture` and paste its output here. The largest weight of each table is 1.

use super::signals::SIGNAL_COUNT;

/// The weight of [`crate::score::Signal::Boilerplate`], set rather than fitted: a byline or a "click
/// here" must never be chosen, and the sets hold too few of them for a fit to learn that. Every other
/// weight is at most 1 in size, so no sentence of page furniture outranks one of the story.
pub const FURNITURE: f32 = -20.0;

/// The least a question pays ([`crate::score::Signal::Question`]): as much as the strongest signal
/// gains, so a summary tells rather than asks. cnndm's fit, over 76 questions, learned −0.28; easc (16
/// in 119 articles) and tes (2) hold too few to learn anything, and at −0.28 an interview's questions
/// still came before its answers. Held out, −1 moves no set beyond the noise (tests/fit/README.md).
pub const QUESTION: f32 = -1.0;

/// How much each signal counts, and how much repeating a chosen sentence costs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Weights {
    /// Indexed by `Signal as usize`; a sentence's score is the weighted sum of its signals.
    pub signals: [f32; SIGNAL_COUNT],
    /// MMR's price for resembling a sentence ranked before (times the cosine similarity).
    pub redundancy: f32,
    /// Under a word budget, the price of a sentence's words beyond it, per budget's worth
    /// ([`crate::select::WordBudget`]).
    pub overshoot: f32,
}

/// Fitted on cnndm (English news, CNN and Daily Mail).
pub const ENGLISH: Weights = Weights {
    signals: [0.53, 0.51, -0.1, 0.38, 0.16, 0.76, 0.05, -0.03, 0.0, 1.0, -0.25, -0.29, -0.28, -1.0, -0.17, FURNITURE],
    redundancy: 1.50,
    overshoot: 0.00,
};

/// Fitted on easc (Arabic news and encyclopedia articles).
pub const ARABIC: Weights = Weights {
    signals: [0.93, 0.11, 0.83, 0.21, -0.07, 0.68, 0.31, 0.19, 0.0, 0.54, 0.04, 0.25, -1.0, -1.0, -0.08, FURNITURE],
    redundancy: 1.50,
    overshoot: 0.50,
};

/// For every other language: fitted on cnndm, easc and tes together.
pub const DEFAULT: Weights = Weights {
    signals: [0.66, 0.41, -0.12, 0.27, -0.31, 0.37, -0.02, 0.46, 1.0, 0.4, -0.28, -0.1, -0.28, -1.0, -0.08, FURNITURE],
    redundancy: 0.70,
    overshoot: 0.10,
};

/// The weights for language `lang` (an ISO 639-1 code).
pub fn for_language(lang: &str) -> &'static Weights {
    match lang {
        "en" => &ENGLISH,
        "ar" => &ARABIC,
        _ => &DEFAULT,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::Signal;

    #[test]
    fn every_table_holds_the_set_prices() {
        for (name, weights) in [("ENGLISH", &ENGLISH), ("ARABIC", &ARABIC), ("DEFAULT", &DEFAULT)] {
            assert_eq!(weights.signals[Signal::Boilerplate as usize], FURNITURE, "{name}");
            assert!(
                weights.signals[Signal::Question as usize] <= QUESTION,
                "{name}: a question pays at least {QUESTION}"
            );
            let furniture = Signal::Boilerplate as usize;
            let fitted_at_most_one = weights.signals.iter().enumerate().all(|(i, w)| i == furniture || w.abs() <= 1.0);
            assert!(fitted_at_most_one, "{name}: fitted weights are at most 1 in size");
        }
    }
}
