//! Selection: orders sentences by how much each adds, so that any summary length is a prefix.
//!
//! The order is Maximal Marginal Relevance (Carbonell & Goldstein 1998): each next sentence is the one
//! whose score, less a price for resembling the sentences already ranked, is highest. Ranking every
//! sentence once gives nested summaries: the 3-sentence summary is the start of the 5-sentence one.
//!
//! A near-repeat is ranked last: news pages often give the lead (standfirst) again, lightly reworded,
//! as the body's first sentence, and MMR's price only lowers such a sentence, which a high score can
//! outweigh. So a sentence whose terms are mostly in one already ranked ([`NEAR_REPEAT`]) leaves the
//! pool and follows every other sentence: a summary never says the same thing twice, yet a long one
//! can still reach it. Of the pair, the one ranked first stays: it is the better by the same marginal
//! value that orders everything else.
//!
//! Under a word budget the summary is whole sentences until the budget is met, so a last sentence
//! far longer than the words still wanted spends the reader's budget on its tail. While the budget
//! is not yet met, a sentence pays for the words by which it would overshoot it; once it is met the
//! order goes on by marginal value alone. The order stays one list, so summaries stay nested.

use crate::score::vectors::Spread;
use crate::score::TermVector;

/// Only this many best-scored sentences go through MMR (which compares each with those ranked before,
/// a cost growing with the square of the pool); the rest follow in score order. No summary a reader
/// asks for is this long.
pub const MMR_POOL: usize = 60;

/// The share of the shorter sentence's terms found in the other from which one sentence is a
/// near-repeat of another. Two thirds: most of what it names is said already, while two sentences
/// about the same people and place that add a new fact each (about half their terms shared) both
/// stay. On the fitter's held-out folds (tests/fit/README.md) it moves no table by more than 0.05
/// down and cnndm 0.13 up; a half cost easc 0.24, four fifths tes 0.11.
pub const NEAR_REPEAT: f32 = 0.67;

/// The fewest distinct terms the shorter sentence must have for the near-repeat rule: over fewer, a
/// share moves in big steps (two of three) and a short sentence shares the story's names by chance.
pub const NEAR_REPEAT_MIN_TERMS: usize = 5;

/// A word budget to rank for: each sentence's words, the budget, and the price of overshooting it
/// (per budget's worth of words beyond it).
#[derive(Debug, Clone, Copy)]
pub struct WordBudget<'a> {
    pub words: &'a [usize],
    pub budget: usize,
    pub overshoot: f32,
}

impl WordBudget<'_> {
    /// What sentence `i` pays for overshooting the budget when `taken` words are ranked already.
    fn price(&self, i: usize, taken: usize) -> f32 {
        if taken >= self.budget || self.budget == 0 {
            return 0.0;
        }
        let words = self.words.get(i).copied().unwrap_or(0);
        let beyond = (taken + words).saturating_sub(self.budget);
        self.overshoot * beyond as f32 / self.budget as f32
    }
}

/// Sentence indices in rank order: the summary of length k is the first k, shown in document order.
/// Equal values go to the earlier sentence, so the same article always gives the same order.
pub fn rank(scores: &[f32], vectors: &[TermVector], redundancy: f32, budget: Option<WordBudget>) -> Vec<usize> {
    let score = |i: usize| scores.get(i).copied().unwrap_or(f32::NEG_INFINITY);
    let mut by_score: Vec<usize> = (0..scores.len()).collect();
    by_score.sort_by(|&a, &b| score(b).total_cmp(&score(a)).then(a.cmp(&b)));
    let rest = by_score.split_off(MMR_POOL.min(by_score.len()));
    // Each pooled sentence with its greatest similarity to the sentences already ranked.
    let mut pool: Vec<(usize, f32)> = by_score.into_iter().map(|i| (i, 0.0)).collect();
    let mut repeats = Vec::new();
    let mut order = Vec::with_capacity(scores.len());
    let mut taken = 0;
    let price = |i: usize, taken: usize| budget.map_or(0.0, |b| b.price(i, taken));
    // The chosen sentence, spread once to be compared with every sentence left in the pool.
    let mut chosen_spread = Spread::default();
    while let Some(best) = best_in_pool(&pool, |i| score(i) - price(i, taken), redundancy) {
        let (chosen, _) = pool.swap_remove(best);
        taken += budget.and_then(|b| b.words.get(chosen).copied()).unwrap_or(0);
        if let Some(chosen_vector) = vectors.get(chosen) {
            chosen_spread.set(chosen_vector);
            pool.retain_mut(|(other, resemblance)| {
                let Some(vector) = vectors.get(*other) else { return true };
                if is_near_repeat(vector, &chosen_spread) {
                    repeats.push(*other);
                    return false;
                }
                *resemblance = resemblance.max(chosen_spread.cosine(vector));
                true
            });
        }
        order.push(chosen);
    }
    order.extend(rest);
    // The near-repeats last, best scored first, as the pool held them.
    repeats.sort_by(|&a, &b| score(b).total_cmp(&score(a)).then(a.cmp(&b)));
    order.extend(repeats);
    order
}

/// True when `a` or `b` (spread), the one with fewer terms, says little the other does not.
fn is_near_repeat(a: &TermVector, b: &Spread) -> bool {
    a.terms().min(b.terms()) >= NEAR_REPEAT_MIN_TERMS && b.containment(a) >= NEAR_REPEAT
}

/// Where in `pool` the sentence of best marginal value stands (score less the price of resembling
/// what is ranked already); the earlier sentence among equals.
fn best_in_pool(pool: &[(usize, f32)], score: impl Fn(usize) -> f32, redundancy: f32) -> Option<usize> {
    let mut best: Option<(usize, f32, usize)> = None;
    for (at, &(sentence, resemblance)) in pool.iter().enumerate() {
        let value = score(sentence) - redundancy * resemblance;
        if best.is_none_or(|(_, top, first)| value > top || (value == top && sentence < first)) {
            best = Some((at, value, sentence));
        }
    }
    best.map(|(at, _, _)| at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::vectors::test_vectors as vectors;

    #[test]
    fn a_repeated_sentence_gives_way_to_a_new_one() {
        let v = vectors(&["storm hits coast", "storm hits coast", "power cut for thousands"]);
        assert_eq!(rank(&[1.0, 0.9, 0.8], &v, 0.5, None), vec![0, 2, 1]);
        assert_eq!(rank(&[1.0, 0.9, 0.8], &v, 0.0, None), vec![0, 1, 2]);
    }

    #[test]
    fn a_near_repeat_of_a_ranked_sentence_goes_last() {
        let v = vectors(&[
            "board agrees new plant near harbour for three towns",
            "board confirms it agrees new plant near harbour for towns",
            "farmers ask for water",
            "cost published after tender",
        ]);
        assert_eq!(rank(&[1.0, 0.95, 0.5, 0.4], &v, 0.0, None), vec![0, 2, 3, 1]);
        // Whichever of the pair ranks first stays; the other follows everything else.
        assert_eq!(rank(&[0.9, 1.0, 0.5, 0.4], &v, 0.0, None), vec![1, 2, 3, 0]);
    }

    #[test]
    fn sentences_of_few_terms_are_not_held_to_the_near_repeat_rule() {
        let v = vectors(&["storm closes port", "port closes", "ferries wait"]);
        assert_eq!(rank(&[1.0, 0.9, 0.8], &v, 0.0, None), vec![0, 1, 2]);
    }

    #[test]
    fn ties_go_to_the_earlier_sentence_and_every_sentence_is_ranked_once() {
        let scores = vec![0.5; MMR_POOL + 10];
        let v = vec![TermVector::default(); scores.len()];
        let order = rank(&scores, &v, 0.3, None);
        assert_eq!(order, (0..scores.len()).collect::<Vec<_>>());
    }

    #[test]
    fn near_the_word_budget_a_sentence_that_fits_goes_before_one_that_overshoots() {
        let v = vectors(&["storm hits coast", "long report on the storm damage", "power cut"]);
        let words = [10, 40, 8];
        let budget = Some(WordBudget { words: &words, budget: 20, overshoot: 1.0 });
        assert_eq!(
            rank(&[1.0, 0.9, 0.8], &v, 0.0, budget),
            vec![0, 2, 1],
            "the 40-word sentence would overshoot by 30"
        );
        assert_eq!(rank(&[1.0, 0.9, 0.8], &v, 0.0, None), vec![0, 1, 2]);
    }
}
