//! The tree is the snapshot's flat node list seen as a tree: each node's subtree is the contiguous
//! run of nodes that follows it, and what the scorer needs about a subtree (how much text, how much
//! of it in links, …) is summed once, bottom up. Nothing here recurses.

use super::hints;
use crate::snapshot::{PageStr, SnapNode};

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
    /// Images: `<img>` elements, a `<picture>` counting as one whatever it holds.
    pub images: u32,
    /// Table headings (`<th>`, `<thead>`, `<caption>`): the mark of a data table, not a layout one.
    pub table_headings: u32,
    /// `<form>` elements: a sign-up, poll, search or comment box.
    pub forms: u32,
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
        self.forms += other.forms;
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

/// What the extractor knows about one node, beyond the snapshot's own fields.
#[derive(Debug, Clone)]
pub struct Facts {
    /// One past the last node of the node's subtree.
    pub end: u32,
    /// The nearest block-level ancestor-or-self (the element that owns the node's text).
    pub owner: Option<u32>,
    /// Why the node is left out, inherited from its ancestors.
    pub exclusion: Exclusion,
    /// True inside an `<a>`.
    pub in_link: bool,
    /// True inside a `<time>`.
    pub in_time: bool,
    /// The nearest `<article>` ancestor, if any.
    pub article: Option<u32>,
    /// True for an element with a kept block-level element among its descendants.
    pub holds_block: bool,
    /// Sums over the node's subtree, counting only nodes that are not excluded.
    pub stats: Stats,
    /// What the class and id of a shown element say about it.
    pub hints: hints::Hints,
}

/// The facts of a node that is not there: out of every subtree, never kept.
static NO_FACTS: Facts = Facts {
    end: 0,
    owner: None,
    exclusion: Exclusion::Hidden,
    in_link: false,
    in_time: false,
    article: None,
    holds_block: false,
    stats: Stats {
        chars: 0,
        link_chars: 0,
        commas: 0,
        paragraphs: 0,
        list_items: 0,
        images: 0,
        table_headings: 0,
        forms: 0,
    },
    hints: hints::Hints { weight: 0.0, furniture: false, back_matter: false },
};

/// A node that is not there.
static NO_NODE: SnapNode =
    SnapNode { parent: None, tag: PageStr::EMPTY, text: PageStr::EMPTY, attrs: Vec::new(), hidden: true };

/// The snapshot's nodes with their subtree ranges and sums.
pub struct Tree<'a> {
    nodes: &'a [SnapNode],
    facts: Vec<Facts>,
}

/// True for tags that start a new block of text when rendered (CSS `display: block` and kin by
/// default). A `match`, not a list: it is asked for every node of the page.
#[rustfmt::skip] // one tag a line would make this a page long
pub fn is_block(tag: &str) -> bool {
    matches!(
        tag,
        "address" | "article" | "aside" | "blockquote" | "body" | "caption" | "center" | "dd" | "details" | "dialog"
            | "div" | "dl" | "dt" | "fieldset" | "figcaption" | "figure" | "footer" | "form" | "h1" | "h2" | "h3"
            | "h4" | "h5" | "h6" | "header" | "hgroup" | "hr" | "html" | "li" | "main" | "menu" | "nav" | "ol"
            | "p" | "pre" | "section" | "summary" | "table" | "tbody" | "td" | "tfoot" | "th" | "thead" | "tr"
            | "ul" | "frameset" | "frame" | "noframes"
    )
}

/// The length of `text` once white space is collapsed, leading and trailing white space dropped
/// (a Han, kana or Hangul character counts as [`WIDE_CHAR_WEIGHT`], as it carries about a word), and
/// how many [`COMMAS`] it holds: both in one pass, as every text node of the page is read.
fn chars_and_commas(text: &str) -> (u32, u32) {
    if text.is_ascii() {
        ascii_chars_and_commas(text.as_bytes())
    } else {
        any_chars_and_commas(text)
    }
}

/// The length of `text` as the extractor counts characters ([`chars_and_commas`]).
pub fn text_chars(text: &str) -> u32 {
    chars_and_commas(text).0
}

/// [`chars_and_commas`] of any text, a character at a time.
fn any_chars_and_commas(text: &str) -> (u32, u32) {
    let (mut count, mut commas) = (0u32, 0u32);
    let mut gap = false;
    for c in text.chars() {
        if c.is_whitespace() {
            gap = count > 0;
            continue;
        }
        count += u32::from(gap) + if is_wide(c) { WIDE_CHAR_WEIGHT } else { 1 };
        gap = false;
        // Of ASCII, only ',' is a comma, so only the rest is looked up.
        commas += u32::from(if c.is_ascii() { c == ',' } else { COMMAS.contains(&c) });
    }
    (count, commas)
}

/// [`chars_and_commas`] of ASCII text (most text nodes of most pages), a byte at a time: no character
/// to decode, none wide, and only ',' a comma.
fn ascii_chars_and_commas(text: &[u8]) -> (u32, u32) {
    let (mut count, mut commas) = (0u32, 0u32);
    let mut gap = false;
    for &byte in text {
        // `char::is_whitespace` of ASCII: the vertical tab too, which `u8::is_ascii_whitespace` leaves out.
        if matches!(byte, b'\t'..=b'\r' | b' ') {
            gap = count > 0;
            continue;
        }
        count += u32::from(gap) + 1;
        gap = false;
        commas += u32::from(byte == b',');
    }
    (count, commas)
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
        check_order(nodes)?;
        let mut tree = Tree { nodes, facts: Vec::with_capacity(nodes.len()) };
        tree.walk_down(strict);
        tree.sum_up();
        Ok(tree)
    }

    /// Top-down: inherited flags and each node's block owner.
    fn walk_down(&mut self, strict: bool) {
        for (index, node) in self.nodes.iter().enumerate() {
            let parent = node.parent.map(|p| p as usize).and_then(|p| self.facts.get(p).map(|f| (p, f)));
            let inherited = parent.map_or(Exclusion::None, |(_, f)| f.exclusion);
            // Class and id are read only where they can matter: on shown elements (every reader of
            // `hints` asks about kept nodes only).
            let mut names_hints = hints::Hints::default();
            let exclusion = if inherited != Exclusion::None {
                inherited
            } else if node.hidden
                || hints::hides(node)
                || (node.is_text() && parent.is_some_and(|(p, _)| hints::is_machine_value(self.node(p), &node.text)))
            {
                Exclusion::Hidden
            } else if node.is_text() {
                Exclusion::None
            } else {
                let names = hints::class_and_id(self.nodes, index);
                let (mut unlikely, mut of_names) = (hints::is_unlikely(node, &names, strict), hints::Hints::of(&names));
                // An embedded post is judged as the quotation it is, not by its wrapper's names.
                if (unlikely || of_names.furniture) && hints::wraps_quotation(self.nodes, index) {
                    (unlikely, of_names) = (hints::is_unlikely(node, "", strict), hints::Hints::default());
                }
                // A thread of comments under a heading that says so goes as one named "comments" would
                // (asked only of the containers sites set threads in: it reads ahead of every one).
                let comments =
                    || matches!(node.tag.as_str(), "div" | "section") && hints::opens_comment_thread(self.nodes, index);
                if hints::FURNITURE_TAGS.contains(&node.tag.as_str()) || unlikely || comments() {
                    Exclusion::Furniture
                } else {
                    names_hints = of_names;
                    Exclusion::None
                }
            };
            let owner = if !node.is_text() && is_block(&node.tag) {
                Some(index as u32)
            } else {
                parent.and_then(|(_, f)| f.owner)
            };
            let parent_is_article = parent.is_some_and(|(p, _)| self.node(p).tag == "article");
            self.facts.push(Facts {
                end: index as u32 + 1,
                owner,
                exclusion,
                in_link: node.tag == "a" || parent.is_some_and(|(_, f)| f.in_link),
                in_time: node.tag == "time" || parent.is_some_and(|(_, f)| f.in_time),
                article: if parent_is_article {
                    parent.map(|(p, _)| p as u32)
                } else {
                    parent.and_then(|(_, f)| f.article)
                },
                holds_block: false,
                stats: Stats::default(),
                hints: names_hints,
            });
        }
    }

    /// Bottom-up: subtree ends and sums (children come after parents, so walk backwards).
    fn sum_up(&mut self) {
        for index in (0..self.nodes.len()).rev() {
            let node = self.node(index);
            let block = self.is_block(index);
            let Some(facts) = self.facts.get_mut(index) else { continue };
            let kept = facts.exclusion == Exclusion::None;
            if kept {
                let own = &mut facts.stats;
                if node.is_text() {
                    (own.chars, own.commas) = chars_and_commas(&node.text);
                    if facts.in_link {
                        own.link_chars = own.chars;
                    }
                } else {
                    match node.tag.as_str() {
                        "p" => own.paragraphs += 1,
                        "div" | "section" | "td" if own.chars > 0 && !facts.holds_block => own.paragraphs += 1,
                        "li" => own.list_items += 1,
                        // A `<picture>` is one image, however many sources and `<img>` it holds.
                        "picture" => own.images = 1,
                        "img" => own.images += 1,
                        "th" | "thead" | "caption" => own.table_headings += 1,
                        "form" => own.forms += 1,
                        _ => {}
                    }
                }
            }
            let (stats, end, holds_block) = (facts.stats, facts.end, facts.holds_block);
            if let Some(parent) = node.parent.and_then(|p| self.facts.get_mut(p as usize)) {
                if kept {
                    parent.stats.add(&stats);
                    parent.holds_block |= holds_block || block;
                }
                parent.end = parent.end.max(end);
            }
        }
    }

    /// The node at `index` (an empty, hidden one when out of range).
    pub fn node(&self, index: usize) -> &'a SnapNode {
        self.nodes.get(index).unwrap_or(&NO_NODE)
    }

    /// What is known about the node at `index`.
    pub fn at(&self, index: usize) -> &Facts {
        self.facts.get(index).unwrap_or(&NO_FACTS)
    }

    /// All the nodes, in document order.
    pub fn nodes(&self) -> &'a [SnapNode] {
        self.nodes
    }

    /// One past the last node of the subtree of `index`.
    pub fn end(&self, index: usize) -> usize {
        (self.at(index).end as usize).max(index + 1)
    }

    /// The nodes of the subtree of `index`, itself first.
    pub fn subtree(&self, index: usize) -> &'a [SnapNode] {
        self.nodes.get(index..self.end(index)).unwrap_or_default()
    }

    pub fn parent(&self, index: usize) -> Option<usize> {
        self.node(index).parent.map(|p| p as usize)
    }

    /// The element children of `index`, in order.
    pub fn children(&self, index: usize) -> impl Iterator<Item = usize> + '_ {
        let end = self.end(index);
        let mut next = index + 1;
        std::iter::from_fn(move || {
            while next < end {
                let child = next;
                next = self.end(child);
                if !self.node(child).is_text() {
                    return Some(child);
                }
            }
            None
        })
    }

    /// The ancestors of `index`, nearest first.
    pub fn ancestors(&self, index: usize) -> impl Iterator<Item = usize> + '_ {
        let mut at = self.parent(index);
        std::iter::from_fn(move || {
            let current = at?;
            at = self.parent(current);
            Some(current)
        })
    }

    pub fn tag(&self, index: usize) -> &str {
        &self.node(index).tag
    }

    /// True for an element that starts a block of its own.
    pub fn is_block(&self, index: usize) -> bool {
        self.facts.get(index).and_then(|f| f.owner) == Some(index as u32)
    }

    /// True when the reader can see the node, furniture or not: neither it nor an ancestor is hidden
    /// (under furniture, its exclusion says furniture whatever its own `hidden`).
    pub fn is_shown(&self, index: usize) -> bool {
        !self.node(index).hidden && self.at(index).exclusion != Exclusion::Hidden
    }

    /// True when the node is shown and not furniture.
    pub fn is_kept(&self, index: usize) -> bool {
        self.at(index).exclusion == Exclusion::None
    }

    /// True when the first thing kept inside `index`, before any of its text, is an element with one of
    /// `tags` (a thematic break that sets it apart, the image of a caption's box).
    pub fn opens_with(&self, index: usize, tags: &[&str]) -> bool {
        self.opening(index, tags).is_some()
    }

    /// The element of [`Tree::opens_with`]: the first kept inside `index` with one of `tags`, when
    /// none of its text comes before it.
    pub fn opening(&self, index: usize, tags: &[&str]) -> Option<usize> {
        (index + 1..self.end(index))
            .filter(|&at| self.is_kept(at))
            .find(|&at| tags.contains(&self.tag(at)) || (self.node(at).is_text() && self.at(at).stats.chars > 0))
            .filter(|&at| !self.node(at).is_text())
    }
}

/// Pre-order check: each node's parent must be the previous node or one of its open ancestors.
fn check_order(nodes: &[SnapNode]) -> Result<(), String> {
    let mut open: Vec<u32> = Vec::new();
    for (index, node) in nodes.iter().enumerate() {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_text_counts_as_any_text_does() {
        for text in ["", "  a,b  c ", "\u{b}x\u{b} y,,", "one, two\n\tthree", "   ", "\u{1c}x\u{1f}"] {
            assert_eq!(ascii_chars_and_commas(text.as_bytes()), any_chars_and_commas(text), "{text:?}");
        }
    }
}
