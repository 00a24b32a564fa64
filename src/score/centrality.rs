//! Centrality is how much a sentence resembles the rest of its article (LexRank over term vectors).

use super::vectors::{Spread, TermVector};

/// Past this many sentences the similarity graph is not built (its cost grows with the square of the
/// size); the centroid shortcut below takes over, whose cost grows linearly. 300 covers nearly every
/// news article (a 3,000-word article has about 150 sentences) and costs about 45,000 comparisons.
pub const GRAPH_CAP: usize = 300;

/// LexRank's damping: the chance of following an edge rather than jumping to any sentence.
const DAMPING: f32 = 0.85;
/// Power iterations: LexRank converges in a few dozen on graphs of this size.
const MAX_ITERATIONS: usize = 50;
/// Stop iterating once no sentence's rank moves by more than this.
const TOLERANCE: f32 = 1e-5;

/// Each sentence's centrality, scaled so that the most central sentence has 1 (all 0 if none shares a term).
pub fn centrality(vectors: &[TermVector]) -> Vec<f32> {
    scaled_to_top(if vectors.len() <= GRAPH_CAP { lexrank(vectors) } else { degree(vectors) })
}

/// Continuous LexRank (Erkan & Radev 2004): PageRank over the graph of cosine similarities.
fn lexrank(vectors: &[TermVector]) -> Vec<f32> {
    let n = vectors.len();
    let similarity = similarities(vectors);
    // Each sentence hands its rank out in proportion to its similarities; a sentence with no
    // neighbour hands it to nobody, and then only the random jump reaches it.
    let out: Vec<f32> = similarity.chunks(n.max(1)).map(|row| row.iter().sum()).collect();
    if out.iter().all(|&o| o == 0.0) {
        return vec![0.0; n];
    }
    let jump = (1.0 - DAMPING) / n as f32;
    let mut rank = vec![1.0 / n as f32; n];
    for _ in 0..MAX_ITERATIONS {
        let share: Vec<f32> = rank.iter().zip(&out).map(|(r, o)| if *o > 0.0 { r / o } else { 0.0 }).collect();
        let next: Vec<f32> = row_sums(&similarity, &share).into_iter().map(|sum| jump + DAMPING * sum).collect();
        let moved = next.iter().zip(&rank).map(|(a, b)| (a - b).abs()).fold(0.0, f32::max);
        rank = next;
        if moved < TOLERANCE {
            break;
        }
    }
    rank
}

/// The cosine similarity of every pair of sentences, row by row (0 on the diagonal). Each row's
/// sentence is spread once and compared with those after it ([`Spread`]); the sign a zero may take
/// there changes no rank, since every similarity is only added to others or multiplied.
fn similarities(vectors: &[TermVector]) -> Vec<f32> {
    let n = vectors.len();
    let mut similarity = vec![0.0f32; n * n];
    let mut spread = Spread::default();
    for (i, a) in vectors.iter().enumerate() {
        spread.set(a);
        for (j, b) in vectors.iter().enumerate().skip(i + 1) {
            let s = spread.cosine(b);
            for cell in [i * n + j, j * n + i] {
                if let Some(slot) = similarity.get_mut(cell) {
                    *slot = s;
                }
            }
        }
    }
    similarity
}

/// The sum of each row of the square `matrix` weighted by `weights`, added in column order from -0.0,
/// exactly as `Iterator::sum` adds, so the result is the same to the bit. A row's sum is a chain of
/// additions, each waiting for the one before: four rows' chains run side by side.
fn row_sums(matrix: &[f32], weights: &[f32]) -> Vec<f32> {
    let n = weights.len().max(1);
    let mut sums = Vec::with_capacity(n);
    let mut blocks = matrix.chunks_exact(4 * n);
    for block in &mut blocks {
        let Some((first, rest)) = block.split_at_checked(n) else { continue };
        let Some((second, rest)) = rest.split_at_checked(n) else { continue };
        let Some((third, fourth)) = rest.split_at_checked(n) else { continue };
        let mut totals = [-0.0f32; 4];
        for ((((a, b), c), d), w) in first.iter().zip(second).zip(third).zip(fourth).zip(weights) {
            totals[0] += a * w;
            totals[1] += b * w;
            totals[2] += c * w;
            totals[3] += d * w;
        }
        sums.extend(totals);
    }
    for row in blocks.remainder().chunks(n) {
        sums.push(row.iter().zip(weights).map(|(s, w)| s * w).sum());
    }
    sums
}

/// How much each sentence resembles the sentences after it (the sum of its similarities to them),
/// scaled so that the highest is 1: a sentence that introduces what follows (PACSUM's insight, Zheng &
/// Lapata 2019). One pass from the end with a running sum of vectors, so the cost grows linearly.
pub fn forward(vectors: &[TermVector]) -> Vec<f32> {
    let size = vectors.iter().flat_map(|v| v.entries().iter().map(|&(t, _)| t as usize + 1)).max().unwrap_or(0);
    let mut after = vec![0.0f32; size];
    let mut raw = vec![0.0f32; vectors.len()];
    for (slot, vector) in raw.iter_mut().zip(vectors).rev() {
        *slot = vector.dot_dense(&after);
        for &(t, w) in vector.entries() {
            if let Some(s) = after.get_mut(t as usize) {
                *s += w;
            }
        }
    }
    scaled_to_top(raw)
}

fn scaled_to_top(raw: Vec<f32>) -> Vec<f32> {
    let top = raw.iter().copied().fold(0.0f32, f32::max);
    if top > 0.0 {
        raw.iter().map(|r| r / top).collect()
    } else {
        vec![0.0; raw.len()]
    }
}

/// Degree centrality without the graph: the sum of a sentence's similarities to all others equals
/// its dot product with the sum of all vectors, less its similarity to itself.
fn degree(vectors: &[TermVector]) -> Vec<f32> {
    let size = vectors.iter().flat_map(|v| v.entries().iter().map(|&(t, _)| t as usize + 1)).max().unwrap_or(0);
    let mut sum = vec![0.0f32; size];
    for vector in vectors {
        for &(t, w) in vector.entries() {
            if let Some(s) = sum.get_mut(t as usize) {
                *s += w;
            }
        }
    }
    vectors.iter().map(|v| if v.is_empty() { 0.0 } else { (v.dot_dense(&sum) - 1.0).max(0.0) }).collect()
}

#[cfg(test)]
mod tests {
    use super::super::vectors::test_vectors as vectors;
    use super::*;

    #[test]
    fn the_sentence_sharing_most_is_most_central() {
        let v = vectors(&["rain flood city", "rain city", "flood city", "cat"]);
        let c = centrality(&v);
        assert_eq!(c[0], 1.0);
        assert!(c[3] < c[1] && c[3] < c[2]);
    }

    #[test]
    fn degree_agrees_with_the_graph_on_the_order() {
        let v = vectors(&["rain flood city", "rain city", "flood city", "cat dog", "cat"]);
        let by_graph = lexrank(&v);
        let by_degree = degree(&v);
        assert!(by_graph[0] > by_graph[4] && by_degree[0] > by_degree[4]);
    }

    #[test]
    fn the_sentence_that_later_ones_repeat_leads_forward() {
        let f = forward(&vectors(&["rain flood city", "rain city", "flood city", "cat"]));
        assert_eq!(f[0], 1.0);
        assert_eq!(f[3], 0.0, "nothing follows the last sentence");
    }

    #[test]
    fn row_sums_add_as_iterator_sum_does() {
        let n = 7;
        let matrix: Vec<f32> = (0..n * n).map(|i| ((i * 37 % 11) as f32 * 0.173).sin().abs()).collect();
        let weights: Vec<f32> = (0..n).map(|i| 1.0 / (i as f32 + 3.0)).collect();
        let expected: Vec<f32> =
            matrix.chunks(n).map(|row| row.iter().zip(&weights).map(|(s, w)| s * w).sum()).collect();
        let bits = |sums: &[f32]| sums.iter().map(|s| s.to_bits()).collect::<Vec<_>>();
        assert_eq!(bits(&row_sums(&matrix, &weights)), bits(&expected));
    }

    #[test]
    fn no_shared_terms_means_no_centrality() {
        assert_eq!(centrality(&vectors(&["a", "b", ""])), vec![0.0; 3]);
    }
}
