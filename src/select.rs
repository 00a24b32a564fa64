//! Selection: orders sentences by how much each adds, so that any summary length is a prefix.
//!
//! The order is Maximal Marginal Relevance (Carbonell & Goldstein 1998): each next sentence is the one
//! whose score, less a price for resembling the sentences already ranked, is highest. Ranking every
//! sentence once gives nested summaries: the 3-sentence summary is the start of the 5-sentence one.

use crate::score::TermVector;

/// Only this many best-scored sentences go through MMR (which compares each with those ranked before,
/// a cost growing with the square of the pool); the rest follow in score order. No summary a reader
/// asks for is this long.
pub const MMR_POOL: usize = 60;

/// Sentence indices in rank order: the summary of length k is the first k, shown in document order.
/// Equal values go to the earlier sentence, so the same article always gives the same order.
pub fn rank(scores: &[f32], vectors: &[TermVector], redundancy: f32) -> Vec<usize> {
    let score = |i: usize| scores.get(i).copied().unwrap_or(f32::NEG_INFINITY);
    let mut by_score: Vec<usize> = (0..scores.len()).collect();
    by_score.sort_by(|&a, &b| score(b).total_cmp(&score(a)).then(a.cmp(&b)));
    let rest = by_score.split_off(MMR_POOL.min(by_score.len()));
    // Each pooled sentence with its greatest similarity to the sentences already ranked.
    let mut pool: Vec<(usize, f32)> = by_score.into_iter().map(|i| (i, 0.0)).collect();
    let mut order = Vec::with_capacity(scores.len());
    while let Some(best) = best_in_pool(&pool, score, redundancy) {
        let (chosen, _) = pool.swap_remove(best);
        if let Some(chosen_vector) = vectors.get(chosen) {
            for (other, resemblance) in &mut pool {
                let similarity = vectors.get(*other).map_or(0.0, |v| v.cosine(chosen_vector));
                *resemblance = resemblance.max(similarity);
            }
        }
        order.push(chosen);
    }
    order.extend(rest);
    order
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
        assert_eq!(rank(&[1.0, 0.9, 0.8], &v, 0.5), vec![0, 2, 1]);
        assert_eq!(rank(&[1.0, 0.9, 0.8], &v, 0.0), vec![0, 1, 2]);
    }

    #[test]
    fn ties_go_to_the_earlier_sentence_and_every_sentence_is_ranked_once() {
        let scores = vec![0.5; MMR_POOL + 10];
        let v = vec![TermVector::default(); scores.len()];
        let order = rank(&scores, &v, 0.3);
        assert_eq!(order, (0..scores.len()).collect::<Vec<_>>());
    }
}
