//! Limits bound the work on a huge page: the extractor reads at most a prefix of the snapshot (a
//! prefix of a pre-order list is itself a valid snapshot), its last text node perhaps cut, and says
//! so in the article's notes.

use crate::snapshot::SnapNode;
use std::borrow::Cow;

/// Nodes read at most: far above any real article page (the corpus's largest has about 40,000),
/// low enough that a 20 MB page stays well under a second in the browser.
pub const MAX_NODES: usize = 200_000;
/// Bytes of text read at most: some thirty books' worth of text, more than any article.
pub const MAX_TEXT_BYTES: usize = 8 << 20;

/// The nodes the extractor reads, and a note when some were left out or cut, here or already by the
/// snapshot's taker (`taken_in_part`). The text node that passes [`MAX_TEXT_BYTES`] is kept, cut to the
/// bytes left under the cap: an article that is one huge text node (a book in a `<pre>`) is read in
/// part rather than not at all.
pub fn bounded(nodes: &[SnapNode], taken_in_part: bool) -> (Cow<'_, [SnapNode]>, Option<String>) {
    let mut text_bytes = 0usize;
    let within = nodes.len().min(MAX_NODES);
    let crossing = nodes.iter().take(within).position(|n| {
        text_bytes += n.text.len();
        text_bytes > MAX_TEXT_BYTES
    });
    let read: Cow<[SnapNode]> = match crossing {
        None => Cow::Borrowed(nodes.get(..within).unwrap_or(nodes)),
        Some(at) => {
            let mut read = nodes.get(..=at).unwrap_or(nodes).to_vec();
            if let Some(last) = read.last_mut() {
                let left = MAX_TEXT_BYTES - (text_bytes - last.text.len());
                last.text = last.text.prefix(left);
            }
            Cow::Owned(read)
        }
    };
    let note = if read.len() < nodes.len() || crossing.is_some() {
        Some(format!(
            "page truncated: read the first {} of {} nodes (limits: {MAX_NODES} nodes, {MAX_TEXT_BYTES} bytes of text)",
            read.len(),
            nodes.len()
        ))
    } else {
        taken_in_part.then(|| format!("page truncated: the snapshot holds the page's first {} nodes only", nodes.len()))
    };
    (read, note)
}
