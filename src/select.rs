//! Selection: orders sentences by how much each adds, so that any summary length is a prefix.

use crate::score::Scored;

/// Sentence indices in rank order: the summary of length k is the first k, shown in document order.
pub fn rank(scored: &[Scored]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..scored.len()).collect();
    order.sort_by(|&a, &b| scored[b].score.total_cmp(&scored[a].score).then(a.cmp(&b)));
    order
}
