//! The tree is the snapshot's flat node list seen as a tree: each node's subtree is the contiguous
//! run of nodes that follows it, and what the scorer needs about a subtree (how much text, how much
//! of it in links, …) is summed once, bottom up. Nothing here recurses.

use super::hints;
use crate::snapshot::SnapNode;

/// Tags that start a new block of text when rendered (CSS `display: block` and kin by default).
const BLOCK_TAGS: &[&str] = &[
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary",
    "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "frameset", "frame", "noframes",
];

/// Characters that separate clauses, counted as a sign of running prose (Latin, Arabic, CJK commas).
const COMMAS: &[char] = &[',', '،', '、', '，', '﹐', '︐', '﹑', '٫'];

/// What is summed over a node's visible subtree.
#[derive(Debug, Clone, Copy, Default)]
pub struct Stats {
    /// Characters of text, white space collapsed.
    pub chars: u32,
    /// Of those, characters inside links.
    pub link_chars: u32,
    /// Commas, a sign of prose.
    pub commas: u32,
    /// Paragraphs: `<p>` elements, and other blocks that hold text but no block (Readability turns
    /// those into `<p>` before counting).
    pub paragraphs: u32,
    /// `<li>` elements.
    pub list_items: u32,
    /// `<img>` and `<picture>` elements.
    pub images: u32,
    /// Table headings (`<th>`, `<thead>`, `<caption>`): the mark of a data table, not a layout one.
    pub table_headings: u32,
}

impl Stats {
    fn add(&mut self, other: &Stats) {
        self.chars += other.chars;
        self.link_chars += other.link_chars;
        self.commas += other.commas;
        self.paragraphs += other.paragraphs;
        self.list_items += other.list_items;
        self.images += other.images;
        self.table_headings += other.table_headings;
    }

    /// Share of the text that sits inside links.
    pub fn link_density(&self) -> f32 {
        if self.chars == 0 {
            0.0
        } else {
            self.link_chars as f32 / self.chars as f32
        }
    }
}

/// Why a node's subtree is left out of the article before any scoring.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exclusion {
    /// Shown: it may be the article.
    None,
    /// The reader cannot see it (`hidden`, `aria-hidden`, `display: none`).
    Hidden,
    /// Its tag, role, class or id says it is furniture.
    Furniture,
}

/// The snapshot's nodes with their subtree ranges and sums.
pub struct Tree<'a> {
    pub nodes: &'a [SnapNode],
    /// One past the last node of each node's subtree.
    pub end: Vec<u32>,
    /// The nearest block-level ancestor-or-self of each node (the node that owns its text).
    pub owner: Vec<Option<u32>>,
    /// Why each node is left out, inherited from its ancestors.
    pub exclusion: Vec<Exclusion>,
    /// True for nodes inside an `<a>`.
    pub in_link: Vec<bool>,
    /// True for nodes inside a `<time>`.
    pub in_time: Vec<bool>,
    /// Sums over each node's subtree, counting only nodes that are not excluded.
    pub stats: Vec<Stats>,
    /// Lower-cased class and id of each element.
    pub names: Vec<String>,
    /// The nearest `<article>` ancestor of each node, if any.
    pub article: Vec<Option<u32>>,
}

/// True for tags that start a block of their own.
pub fn is_block(tag: &str) -> bool {
    BLOCK_TAGS.contains(&tag)
}

/// The length of `text` once white space is collapsed, leading and trailing white space dropped;
/// a Han, kana or Hangul character counts as [`WIDE_CHAR_WEIGHT`], as it carries about a word.
pub fn collapsed_chars(text: &str) -> u32 {
    let mut count = 0u32;
    let mut gap = false;
    for c in text.chars() {
        if c.is_whitespace() {
            gap = count > 0;
        } else {
            count += u32::from(gap) + if is_wide(c) { WIDE_CHAR_WEIGHT } else { 1 };
            gap = false;
        }
    }
    count
}

/// What one East Asian character counts for in lengths: a Latin word is some five letters and a
/// space, a Chinese word one or two characters.
const WIDE_CHAR_WEIGHT: u32 = 3;

fn is_wide(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF)
}

impl<'a> Tree<'a> {
    /// Builds the tree, leaving out elements whose class or id says furniture (when not `strict`, only
    /// those that are never the article).
    /// Fails when the nodes are not in document order (a child must follow its parent's earlier children).
    pub fn new(nodes: &'a [SnapNode], strict: bool) -> Result<Tree<'a>, String> {
        let count = nodes.len();
        let mut tree = Tree {
            nodes,
            end: (1..=count as u32).collect(),
            owner: vec![None; count],
            exclusion: vec![Exclusion::None; count],
            in_link: vec![false; count],
            in_time: vec![false; count],
            stats: vec![Stats::default(); count],
            names: Vec::with_capacity(count),
            article: vec![None; count],
        };
        tree.check_order()?;
        tree.walk_down(strict);
        tree.sum_up();
        Ok(tree)
    }

    /// Pre-order check: each node's parent must be the previous node or one of its open ancestors.
    fn check_order(&self) -> Result<(), String> {
        let mut open: Vec<u32> = Vec::new();
        for (index, node) in self.nodes.iter().enumerate() {
            match node.parent {
                None => open.clear(),
                Some(parent) => {
                    while open.last().is_some_and(|&top| top != parent) {
                        open.pop();
                    }
                    if open.is_empty() {
                        return Err(format!("node {index} names parent {parent}, whose children came earlier and closed"));
                    }
                }
            }
            open.push(index as u32);
        }
        Ok(())
    }

    /// Top-down: inherited flags and each node's block owner.
    fn walk_down(&mut self, strict: bool) {
        for (index, node) in self.nodes.iter().enumerate() {
            let parent = node.parent.map(|p| p as usize);
            let names = if node.is_text() { String::new() } else { hints::class_and_id(node) };
            let inherited = parent.and_then(|p| self.exclusion.get(p).copied()).unwrap_or(Exclusion::None);
            self.exclusion[index] = if inherited != Exclusion::None {
                inherited
            } else if node.hidden {
                Exclusion::Hidden
            } else if !node.is_text()
                && (hints::FURNITURE_TAGS.contains(&node.tag.as_str()) || hints::is_unlikely(node, &names, strict))
            {
                Exclusion::Furniture
            } else {
                Exclusion::None
            };
            let inherits = |flags: &[bool]| parent.is_some_and(|p| flags.get(p).copied().unwrap_or(false));
            self.in_link[index] = node.tag == "a" || inherits(&self.in_link);
            self.in_time[index] = node.tag == "time" || inherits(&self.in_time);
            self.owner[index] = if is_block(&node.tag) {
                Some(index as u32)
            } else {
                parent.and_then(|p| self.owner.get(p).copied().flatten())
            };
            self.article[index] = parent.and_then(|p| {
                let is_article = self.nodes.get(p).is_some_and(|n| n.tag == "article");
                if is_article { Some(p as u32) } else { self.article.get(p).copied().flatten() }
            });
            self.names.push(names);
        }
    }

    /// Bottom-up: subtree ends and sums (children come after parents, so walk backwards).
    fn sum_up(&mut self) {
        // Per element: whether a kept descendant is a block.
        let mut holds_block = vec![false; self.nodes.len()];
        for index in (0..self.nodes.len()).rev() {
            let node = &self.nodes[index];
            if let (Some(parent), true) = (node.parent.map(|p| p as usize), self.exclusion[index] == Exclusion::None) {
                holds_block[parent] |= holds_block[index] || is_block(&node.tag);
            }
            if self.exclusion[index] == Exclusion::None {
                let own = &mut self.stats[index];
                if node.is_text() {
                    own.chars = collapsed_chars(&node.text);
                    own.commas = node.text.chars().filter(|c| COMMAS.contains(c)).count() as u32;
                    if self.in_link[index] {
                        own.link_chars = own.chars;
                    }
                } else {
                    match node.tag.as_str() {
                        "p" => own.paragraphs += 1,
                        "div" | "section" | "td" if own.chars > 0 && !holds_block[index] => own.paragraphs += 1,
                        "li" => own.list_items += 1,
                        "img" | "picture" => own.images += 1,
                        "th" | "thead" | "caption" => own.table_headings += 1,
                        _ => {}
                    }
                }
            }
            if let Some(parent) = node.parent.map(|p| p as usize) {
                let (own, end) = (self.stats[index], self.end[index]);
                if self.exclusion[index] == Exclusion::None {
                    self.stats[parent].add(&own);
                }
                self.end[parent] = self.end[parent].max(end);
            }
        }
    }

    /// The element children of `index`, in order.
    pub fn children(&self, index: usize) -> impl Iterator<Item = usize> + '_ {
        let end = self.end.get(index).copied().unwrap_or(0) as usize;
        let mut next = index + 1;
        std::iter::from_fn(move || {
            while next < end {
                let child = next;
                next = self.end[child] as usize;
                if !self.nodes[child].is_text() {
                    return Some(child);
                }
            }
            None
        })
    }

    /// The ancestors of `index`, nearest first.
    pub fn ancestors(&self, index: usize) -> impl Iterator<Item = usize> + '_ {
        let mut at = self.nodes.get(index).and_then(|n| n.parent);
        std::iter::from_fn(move || {
            let current = at? as usize;
            at = self.nodes.get(current).and_then(|n| n.parent);
            Some(current)
        })
    }

    pub fn tag(&self, index: usize) -> &str {
        self.nodes.get(index).map_or("", |n| n.tag.as_str())
    }

    /// True when the node is shown and not furniture.
    pub fn is_kept(&self, index: usize) -> bool {
        self.exclusion.get(index) == Some(&Exclusion::None)
    }
}
