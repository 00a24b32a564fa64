//! Limits bound the work on a huge page: the extractor reads at most a prefix of the snapshot (a
//! prefix of a pre-order list is itself a valid snapshot) and says so in the article's notes.

use crate::snapshot::SnapNode;

/// Nodes read at most: far above any real article page (the corpus's largest has about 40,000),
/// low enough that a 20 MB page stays well under a second in the browser.
pub const MAX_NODES: usize = 200_000;
/// Bytes of text read at most: some thirty books' worth of text, more than any article.
pub const MAX_TEXT_BYTES: usize = 8 << 20;

/// The nodes the extractor reads, and a note when some were left out.
pub fn bounded(nodes: &[SnapNode]) -> (&[SnapNode], Option<String>) {
    let mut text_bytes = 0usize;
    let mut cut = nodes.len().min(MAX_NODES);
    if let Some(at) = nodes.iter().take(cut).position(|n| {
        text_bytes += n.text.len();
        text_bytes > MAX_TEXT_BYTES
    }) {
        cut = at;
    }
    let note = (cut < nodes.len()).then(|| {
        format!("page truncated: read the first {cut} of {} nodes (limits: {MAX_NODES} nodes, {MAX_TEXT_BYTES} bytes of text)", nodes.len())
    });
    (nodes.get(..cut).unwrap_or(nodes), note)
}
