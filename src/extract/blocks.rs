//! Drafts are the article's blocks as first read from the chosen elements, before the line filters:
//! each a [`Block`] plus how much of its text sits in links.

use super::furniture;
use super::tree::Tree;
use crate::article::{Block, BlockBuilder, BlockKind};
use std::collections::HashMap;

/// How far above a row its table is looked for: `<table><tbody><tr>` puts it two levels up.
const TABLE_LEVELS: usize = 2;

/// A block with what the line filters need to know about it.
#[derive(Default)]
pub struct Draft {
    pub block: Block,
    /// Characters of text, and of them inside links and inside `<time>`.
    pub chars: u32,
    pub link_chars: u32,
    pub time_chars: u32,
    /// True for the text of a quote: a `<blockquote>`'s own, or one of its paragraphs'.
    pub quoted: bool,
    /// True for a data table's row (see [`line_owner`]).
    pub row: bool,
    /// How many thematic breaks (`<hr>`) of the article come before the block.
    pub breaks: u32,
    /// True for a paragraph read as a subheading ([`is_subheading`]).
    pub subheading: bool,
    /// True inside an element that names itself the article's back matter (`hints::Hints::back_matter`).
    pub back_matter: bool,
    /// The text of the link that ends the block, if one does: a toggle's "… more" or "less".
    pub closing_link: String,
}

/// A block being read: its builder, its owner, and its draft's counts so far.
struct Open {
    builder: BlockBuilder,
    /// The block element that owns the text, if inside the article's elements.
    owner: Option<usize>,
    counts: Draft,
}

impl Draft {
    /// The finished block: a note when it belongs to the back matter. Kinds change only now, so that
    /// the line filters read references as the lists and paragraphs they are.
    pub fn into_block(self) -> Block {
        let mut block = self.block;
        if self.back_matter && block.kind != BlockKind::Heading {
            block.kind = BlockKind::Note;
        }
        block
    }

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
    let mut breaks = 0;
    for &root in roots {
        let end = tree.end(root);
        let mut current: Option<Open> = None;
        // Whether a line break came after the last words: a second one leaves a blank line, which
        // parts paragraphs on pages that write them as `text<br><br>text`.
        let mut line_broken = false;
        let mut index = root;
        while index < end {
            let node = &tree.node(index);
            if !tree.is_kept(index)
                || (index != root && !node.is_text() && furniture::is_furniture(tree, root, index, scores))
            {
                index = tree.end(index);
                continue;
            }
            // Text inside the root belongs to its nearest block element; above the root, to the root.
            let owner = tree.at(index).owner.map(|o| line_owner(tree, o as usize)).filter(|&o| o >= root);
            if node.is_text() {
                if current.as_ref().is_none_or(|open| open.owner != owner) {
                    finish(&mut drafts, current.take());
                    let kind = owner.map_or(BlockKind::Paragraph, |o| kind_of(tree.tag(o)));
                    let quoted = owner
                        .is_some_and(|o| std::iter::once(o).chain(tree.parent(o)).any(|q| tree.tag(q) == "blockquote"));
                    let row = owner.is_some_and(|o| tree.tag(o) == "tr");
                    let back_matter = owner.is_some_and(|o| {
                        std::iter::once(o)
                            .chain(tree.ancestors(o))
                            .take_while(|&a| a >= root)
                            .any(|a| tree.at(a).hints.back_matter)
                    });
                    let counts = Draft { quoted, row, breaks, back_matter, ..Draft::default() };
                    current = Some(Open { builder: BlockBuilder::new(kind), owner, counts });
                }
                line_broken &= node.text.trim().is_empty();
                if let Some(open) = current.as_mut() {
                    let (chars, in_link) = (tree.at(index).stats.chars, tree.at(index).in_link);
                    open.builder.push(index as u32, &node.text);
                    open.counts.chars += chars;
                    open.counts.link_chars += if in_link { chars } else { 0 };
                    open.counts.time_chars += if tree.at(index).in_time { chars } else { 0 };
                    if in_link {
                        open.counts.closing_link.push_str(&node.text);
                    } else if chars > 0 {
                        open.counts.closing_link.clear();
                    }
                }
            } else if tree.is_block(index) && line_owner(tree, index) == index {
                finish(&mut drafts, current.take());
                breaks += u32::from(node.tag == "hr");
            } else if node.tag == "br" && line_broken {
                finish(&mut drafts, current.take());
            } else if node.tag == "br" || tree.is_block(index) {
                // A line break, or a cell within its row's line: white space between words.
                if let Some(open) = current.as_mut() {
                    open.builder.push_break();
                }
                line_broken = node.tag == "br";
            }
            index += 1;
        }
        finish(&mut drafts, current);
    }
    drafts
}

/// The element whose line holds the text that `owner` owns: the row, for a cell of a data table (one
/// with headings), so that a row reads as one line ("Groundhog Day 1993 A weatherman relives …") and
/// its short cells, a year or a linked name, are not judged alone as date lines or link lists; `owner`
/// itself for every other block. Layout tables (no headings) keep one block per cell, as their cells
/// are the page's columns.
fn line_owner(tree: &Tree, owner: usize) -> usize {
    if !matches!(tree.tag(owner), "td" | "th") {
        return owner;
    }
    let Some(row) = tree.parent(owner).filter(|&r| tree.tag(r) == "tr") else { return owner };
    let in_data_table =
        tree.ancestors(row).take(TABLE_LEVELS).any(|a| tree.tag(a) == "table" && tree.at(a).stats.table_headings > 0);
    if in_data_table {
        row
    } else {
        owner
    }
}

fn finish(drafts: &mut Vec<Draft>, current: Option<Open>) {
    if let Some(open) = current.filter(|open| !open.builder.is_empty()) {
        let mut block = open.builder.finish();
        let subheading = is_subheading(&block);
        if subheading {
            block.kind = BlockKind::Heading;
        }
        drafts.push(Draft { block, subheading, ..open.counts });
    }
}

/// A page's paragraph that does not end as a sentence is a heading up to this many words, as long
/// as a page's headline runs (the corpus pages' titles: 9 words at the median, 15 at the 90th
/// percentile). Longer than plain text's [`crate::article::HEADING_WORDS`]: there a longer line is
/// a caption that says what the story is about, where a page's captions went with their figures,
/// and its longer unpunctuated lines are the titles of related stories and galleries.
const SUBHEADING_WORDS: usize = 16;

/// Gives the paragraphs read as subheadings back to an article that has no other text: one written
/// without full stops (a poem, a page of short notes), whose lines are then all it has to summarize.
pub fn restore_unpunctuated(drafts: &mut [Draft]) {
    if drafts.iter().all(|draft| draft.block.kind == BlockKind::Heading) {
        drafts.iter_mut().filter(|draft| draft.subheading).for_each(|draft| draft.block.kind = BlockKind::Paragraph);
    }
}

/// True for a paragraph as short as a headline that does not end as a sentence does: a subheading
/// set as a paragraph ("<p><strong>Thief arrested in Bafq</strong></p>"), a label, a row of an
/// infobox ("Largest city Auckland"), a related story's title ("'Meth. We're On It.': South Dakota
/// spends $449K on new anti-meth ad campaign"), which no summary should take. Not in the scripts
/// whose paragraphs may end without a mark and whose spaces part clauses (Thai, Lao, Burmese, Khmer).
fn is_subheading(block: &Block) -> bool {
    block.kind == BlockKind::Paragraph
        && crate::score::signals::is_unpunctuated_line(&block.text, SUBHEADING_WORDS)
        && !block.text.chars().any(crate::text::is_unspaced_southeast_asian)
}
