//! Drafts are the article's blocks as first read from the chosen elements, before the line filters:
//! each a [`Block`] plus how much of its text sits in links.

use super::furniture;
use super::tree::{collapsed_chars, is_block, Tree};
use crate::article::{Block, BlockBuilder, BlockKind};
use std::collections::HashMap;

/// A block with what the line filters need to know about it.
pub struct Draft {
    pub block: Block,
    /// Characters of text, and of them inside links.
    pub chars: u32,
    pub link_chars: u32,
    /// The block element that owns the text, if inside the article's elements.
    pub owner: Option<usize>,
}

impl Draft {
    pub fn link_density(&self) -> f32 {
        if self.chars == 0 {
            0.0
        } else {
            self.link_chars as f32 / self.chars as f32
        }
    }
}

/// What a block is, from the tag of the element that owns it.
pub fn kind_of(tag: &str) -> BlockKind {
    match tag {
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => BlockKind::Heading,
        "li" | "dt" | "dd" => BlockKind::ListItem,
        "blockquote" => BlockKind::Quote,
        "pre" => BlockKind::Preformatted,
        _ => BlockKind::Paragraph,
    }
}

/// Reads the blocks of `roots` (document order), leaving out hidden nodes and furniture.
pub fn read(tree: &Tree, roots: &[usize], scores: &HashMap<usize, f32>) -> Vec<Draft> {
    let mut drafts: Vec<Draft> = Vec::new();
    for &root in roots {
        let end = tree.end.get(root).copied().unwrap_or(0) as usize;
        let mut current: Option<(Option<usize>, BlockBuilder, u32, u32)> = None;
        let mut index = root;
        while index < end {
            let node = &tree.nodes[index];
            if !tree.is_kept(index) || (index != root && !node.is_text() && furniture::is_furniture(tree, root, index, scores)) {
                index = tree.end[index] as usize;
                continue;
            }
            // Text inside the root belongs to its nearest block element; above the root, to the root.
            let owner = tree.owner[index].map(|o| o as usize).filter(|&o| o >= root);
            if node.is_text() {
                let chars = collapsed_chars(&node.text);
                let links = if tree.in_link[index] { chars } else { 0 };
                match current.as_mut() {
                    Some((at, builder, total, linked)) if *at == owner => {
                        builder.push(index as u32, &node.text);
                        *total += chars;
                        *linked += links;
                    }
                    _ => {
                        finish(&mut drafts, current.take());
                        let kind = owner.map_or(BlockKind::Paragraph, |o| kind_of(tree.tag(o)));
                        let mut builder = BlockBuilder::new(kind);
                        builder.push(index as u32, &node.text);
                        current = Some((owner, builder, chars, links));
                    }
                }
            } else if node.tag == "br" {
                if let Some((_, builder, _, _)) = current.as_mut() {
                    builder.push_break();
                }
            } else if is_block(&node.tag) {
                finish(&mut drafts, current.take());
            }
            index += 1;
        }
        finish(&mut drafts, current);
    }
    drafts
}

fn finish(drafts: &mut Vec<Draft>, current: Option<(Option<usize>, BlockBuilder, u32, u32)>) {
    if let Some((owner, builder, chars, link_chars)) = current {
        if !builder.is_empty() {
            drafts.push(Draft { block: builder.finish(), chars, link_chars, owner });
        }
    }
}
