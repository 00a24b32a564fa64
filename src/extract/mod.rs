//! Extraction: finds the article in a [`PageSnapshot`], leaving the page's furniture behind.

use crate::article::{Article, Block, BlockBuilder, BlockKind};
use crate::snapshot::PageSnapshot;
use crate::text;

/// Why no article came out of a page.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ExtractError {
    /// The snapshot breaks its own invariants (see [`PageSnapshot::validate`]).
    InvalidSnapshot(String),
}

const BLOCK_TAGS: &[&str] = &[
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "div", "section", "article",
    "td", "dd", "figcaption",
];
const FURNITURE_TAGS: &[&str] = &["nav", "header", "footer", "aside", "form", "figcaption"];

/// The article of `page`; an article with no blocks when the page has none.
pub fn extract(page: &PageSnapshot) -> Result<Article, ExtractError> {
    page.validate().map_err(ExtractError::InvalidSnapshot)?;
    let nodes = &page.nodes;
    // Per node: the block it belongs to, and whether it is furniture or hidden.
    let mut block_of: Vec<Option<u32>> = vec![None; nodes.len()];
    let mut excluded: Vec<bool> = vec![false; nodes.len()];
    let mut blocks: Vec<(u32, BlockBuilder)> = Vec::new();
    for (index, node) in nodes.iter().enumerate() {
        let parent = node.parent.map(|p| p as usize);
        let parent_block = parent.and_then(|p| block_of[p]);
        excluded[index] = node.hidden
            || parent.is_some_and(|p| excluded[p])
            || FURNITURE_TAGS.contains(&node.tag.as_str());
        if node.is_text() {
            let (Some(owner), false) = (parent_block, excluded[index]) else { continue };
            match blocks.last_mut() {
                Some((last, builder)) if *last == owner => builder.push(index as u32, &node.text),
                _ => {
                    let mut builder = BlockBuilder::new(kind_of(&nodes[owner as usize].tag));
                    builder.push(index as u32, &node.text);
                    blocks.push((owner, builder));
                }
            }
        } else if BLOCK_TAGS.contains(&node.tag.as_str()) {
            block_of[index] = Some(index as u32);
        } else {
            block_of[index] = parent_block;
        }
    }
    let blocks: Vec<Block> = blocks
        .into_iter()
        .map(|(_, b)| b.finish())
        .filter(|b| text::word_count(&b.text) >= 8 || b.kind == BlockKind::Heading)
        .collect();
    let title = page
        .meta("og:title")
        .map(str::to_string)
        .unwrap_or_else(|| page.title.clone());
    let sample: String = blocks.iter().take(20).map(|b| b.text.as_str()).collect::<Vec<_>>().join(" ");
    let language = text::detect(&sample, page.lang.as_deref());
    Ok(Article {
        title: title.trim().to_string(),
        lang: language.code,
        rtl: language.rtl,
        blocks,
        ..Article::default()
    })
}

fn kind_of(tag: &str) -> BlockKind {
    match tag {
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => BlockKind::Heading,
        "li" => BlockKind::ListItem,
        "blockquote" => BlockKind::Quote,
        "pre" => BlockKind::Preformatted,
        _ => BlockKind::Paragraph,
    }
}
