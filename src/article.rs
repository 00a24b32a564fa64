//! An article is the reader's text of a page: its title, its facts, and its blocks in order.
//!
//! Blocks keep a map back to the snapshot's text nodes, so that a sentence found in a block can be
//! highlighted where it stands in the live page ([`Block::locate`]).

use serde::Serialize;
use std::ops::Range;

/// The article found in a page (or given as plain text).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Article {
    /// The headline, not the site's name.
    pub title: String,
    pub byline: Option<String>,
    /// Publication date in ISO 8601 where Sift reads the form the page writes it in
    /// (`extract::dates`), else as the page writes it.
    pub published: Option<String>,
    pub site_name: Option<String>,
    /// BCP 47 code of the article's language, e.g. `ar`, `en`, `zh`.
    pub lang: String,
    /// True when the article reads right to left.
    pub rtl: bool,
    pub blocks: Vec<Block>,
    /// Things the reader should know about how the article was read (e.g. "page truncated").
    pub notes: Vec<String>,
    /// The link to the article's next page, by snapshot index, when the page is one of several and
    /// says which page comes next; the content script reads its address from the live page.
    pub next_page: Option<u32>,
}

/// A line standing apart without closing punctuation is a heading when at most this many words long,
/// as headlines are (those of the bbc and tes sets run 5 or 6 words, none over 10): a plain text's
/// paragraph ([`crate::summary::article_from_text`]), and a page's list item is a label
/// (`summary::is_no_prose`). A page's paragraphs have a bound of their own (`extract::blocks`).
pub const HEADING_WORDS: usize = 10;

/// What a block is, so that headings are not summarized as sentences and lists keep their shape.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    #[default]
    Paragraph,
    Heading,
    ListItem,
    Quote,
    Preformatted,
    /// A reference, footnote or bibliography entry of the article's back matter: read with the
    /// article, never summarized.
    Note,
}

/// One block of article text: whitespace collapsed, with its way back to the page.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Block {
    pub kind: BlockKind,
    pub text: String,
    /// Where runs of `text` come from in the snapshot, in order of `at`. Empty for plain text input.
    #[serde(skip)]
    pub pieces: Vec<Piece>,
}

/// A run of block text copied unchanged from one text node.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece {
    /// Byte offset of the run in [`Block::text`].
    pub at: u32,
    /// Length of the run in bytes.
    pub len: u32,
    /// Index of the text node in the snapshot.
    pub node: u32,
    /// UTF-16 offset of the run's start in that node's text (JavaScript's unit).
    pub node_at: u32,
}

/// A range of one text node of the page, in UTF-16 code units: what a DOM `Range` takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DomRange {
    pub node: u32,
    pub start: u32,
    pub end: u32,
}

impl Article {
    /// The article's text, blocks separated by a blank line (what `sift extract` prints).
    pub fn text(&self) -> String {
        let blocks: Vec<&str> = self.blocks.iter().map(|b| b.text.as_str()).collect();
        blocks.join("\n\n")
    }

    /// "rtl" or "ltr".
    pub fn dir(&self) -> &'static str {
        if self.rtl {
            "rtl"
        } else {
            "ltr"
        }
    }
}

impl Block {
    /// The page ranges that hold `range` (byte offsets into [`Block::text`]).
    pub fn locate(&self, range: Range<usize>) -> Vec<DomRange> {
        self.locator().locate(range)
    }

    /// A [`Locator`], for the ranges of many sentences of the block taken in order.
    pub fn locator(&self) -> Locator<'_> {
        Locator { block: self, cursor: None }
    }
}

/// Finds the page ranges of a block's text, remembering where it last measured, so that the
/// sentences of a paragraph taken in order cost one pass over its text: a page's single text node of
/// megabytes measured from its start for each of its sentences took seconds.
pub struct Locator<'a> {
    block: &'a Block,
    /// The end of the last range found: the piece's index, the byte in the block's text, and the
    /// UTF-16 offset in the piece's node that the byte stands at.
    cursor: Option<(usize, usize, u32)>,
}

impl Locator<'_> {
    /// The page ranges that hold `range` (byte offsets into [`Block::text`]).
    pub fn locate(&mut self, range: Range<usize>) -> Vec<DomRange> {
        let (text, pieces) = (&self.block.text, &self.block.pieces);
        let mut found: Vec<DomRange> = Vec::new();
        // The pieces are in order and do not overlap: skip those that end before the range, and stop
        // at the first that starts after it (a long paragraph has a piece per link, and a range per sentence).
        let first = pieces.partition_point(|p| ((p.at + p.len) as usize) <= range.start);
        let overlapping = pieces.iter().enumerate().skip(first).take_while(|(_, p)| (p.at as usize) < range.end);
        for (index, piece) in overlapping {
            let (at, end) = (piece.at as usize, (piece.at + piece.len) as usize);
            let (start, stop) = (range.start.max(at), range.end.min(end));
            // Measured on from the cursor when it stands in this piece, before the range.
            let (from, offset) = match self.cursor {
                Some((cursor_piece, byte, offset)) if cursor_piece == index && byte <= start => (byte, offset),
                _ => (at, piece.node_at),
            };
            let (Some(before), Some(inside)) = (text.get(from..start), text.get(start..stop)) else {
                continue;
            };
            if inside.is_empty() {
                continue;
            }
            let node_start = offset + utf16_len(before);
            let node_end = node_start + utf16_len(inside);
            self.cursor = Some((index, stop, node_end));
            match found.last_mut() {
                Some(last) if last.node == piece.node && last.end == node_start => last.end = node_end,
                _ => found.push(DomRange { node: piece.node, start: node_start, end: node_end }),
            }
        }
        found
    }
}

/// The length of `text` in UTF-16 code units, as JavaScript measures strings.
pub(crate) fn utf16_len(text: &str) -> u32 {
    // Most runs are ASCII, one UTF-16 unit a byte, which `is_ascii` tells a word at a time.
    if text.is_ascii() {
        return text.len() as u32;
    }
    text.chars().map(|c| c.len_utf16() as u32).sum()
}

/// The run of white space (when `space`) or of other characters that `text` starts with: its length in
/// bytes, and in UTF-16 units. ASCII, most of a page, is told a byte at a time without decoding.
fn run(text: &str, space: bool) -> (usize, u32) {
    // `char::is_whitespace` of ASCII: the vertical tab too, which `u8::is_ascii_whitespace` leaves out.
    let ends_run = |byte: &u8| !byte.is_ascii() || matches!(byte, b'\t'..=b'\r' | b' ') != space;
    let (mut bytes, mut units) = (0, 0u32);
    loop {
        let ascii = text.as_bytes().get(bytes..).unwrap_or_default();
        let ascii = ascii.iter().position(ends_run).unwrap_or(ascii.len());
        bytes += ascii;
        units += ascii as u32;
        match text.get(bytes..).and_then(|rest| rest.chars().next()) {
            Some(c) if !c.is_ascii() && c.is_whitespace() == space => {
                bytes += c.len_utf8();
                units += c.len_utf16() as u32;
            }
            _ => return (bytes, units),
        }
    }
}

/// The words of `text` joined by single plain spaces that it starts with, which the block copies one to
/// one: their length in bytes, and in UTF-16 units.
fn words(text: &str) -> (usize, u32) {
    let (mut bytes, mut units) = (0, 0u32);
    loop {
        let rest = text.get(bytes..).unwrap_or_default();
        let (word, word_units) = run(rest, false);
        bytes += word;
        units += word_units;
        // On past a single plain space only: other white space is collapsed or ends the piece.
        let after_space = rest.get(word..).and_then(|after| after.strip_prefix(' '));
        match after_space.and_then(|after| after.chars().next()) {
            Some(next) if !next.is_whitespace() => {
                bytes += 1;
                units += 1;
            }
            _ => return (bytes, units),
        }
    }
}

/// Builds a [`Block`] from text nodes, collapsing white space as a browser renders it and recording
/// the [`Piece`]s that lead back to the page.
#[derive(Debug, Default)]
pub struct BlockBuilder {
    block: Block,
    pending_space: bool,
}

impl BlockBuilder {
    pub fn new(kind: BlockKind) -> Self {
        BlockBuilder { block: Block { kind, ..Block::default() }, pending_space: false }
    }

    /// Appends the text of snapshot node `node`: a run of white space, or of words joined by single
    /// plain spaces, at a time.
    pub fn push(&mut self, node: u32, raw: &str) {
        // The node adds at most its text and a space before it: room made once.
        self.block.text.reserve(raw.len() + 1);
        let mut node_at = 0u32;
        let mut open_piece = false;
        let mut rest = raw;
        while let Some(first) = rest.chars().next() {
            let space = first.is_whitespace();
            let (bytes, units) = if space { run(rest, true) } else { words(rest) };
            let (stretch, after) = rest.split_at_checked(bytes).unwrap_or((rest, ""));
            if space {
                // A single plain space maps one to one and keeps the piece going; anything else ends it.
                open_piece &= stretch == " ";
                self.pending_space = true;
            } else {
                if self.pending_space && !self.block.text.is_empty() {
                    self.block.text.push(' ');
                    if let Some(piece) = self.block.pieces.last_mut().filter(|_| open_piece) {
                        piece.len += 1;
                    }
                }
                self.pending_space = false;
                if !open_piece {
                    self.block.pieces.push(Piece { at: self.block.text.len() as u32, len: 0, node, node_at });
                    open_piece = true;
                }
                self.block.text.push_str(stretch);
                if let Some(piece) = self.block.pieces.last_mut() {
                    piece.len += stretch.len() as u32;
                }
            }
            node_at += units;
            rest = after;
        }
    }

    /// Marks a line break (`<br>`): rendered as white space between words.
    pub fn push_break(&mut self) {
        self.pending_space = true;
    }

    pub fn is_empty(&self) -> bool {
        self.block.text.is_empty()
    }

    pub fn finish(self) -> Block {
        self.block
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A paragraph built of the texts of `nodes`, each (node index, text).
    fn paragraph(nodes: &[(u32, &str)]) -> Block {
        let mut builder = BlockBuilder::new(BlockKind::Paragraph);
        for &(node, text) in nodes {
            builder.push(node, text);
        }
        builder.finish()
    }

    #[test]
    fn locate_maps_collapsed_text_back_to_nodes() {
        let block = paragraph(&[(3, "  Héllo \n  wörld. "), (5, "Next 😀 one.")]);
        assert_eq!(block.text, "Héllo wörld. Next 😀 one.");
        let start = block.text.find("wörld").unwrap();
        assert_eq!(block.locate(start..start + "wörld.".len()), vec![DomRange { node: 3, start: 11, end: 17 }]);
        let next = block.text.find("Next").unwrap();
        assert_eq!(block.locate(next..block.text.len()), vec![DomRange { node: 5, start: 0, end: 12 }]);
        assert_eq!(block.locate(0..block.text.len()).len(), 3);
        // Taken in order by one locator, and out of order, the ranges are the same.
        let sentences = [0..start, start..next, next..block.text.len(), start..next];
        let mut locator = block.locator();
        for range in sentences {
            assert_eq!(locator.locate(range.clone()), block.locate(range));
        }
        assert_eq!(block.pieces.len(), 3, "a single space keeps a piece going, other white space ends it");
    }

    #[test]
    fn words_run_on_over_single_plain_spaces_only() {
        assert_eq!(words("one two  three"), (7, 7));
        assert_eq!(words("one two "), (7, 7));
        assert_eq!(words("a \u{a0}b"), (1, 1));
        assert_eq!(words("é 😀 x\ty"), ("é 😀 x".len(), 6));
        assert_eq!(run(" \u{3000}\tx", true), (5, 3));
    }

    #[test]
    fn pieces_end_at_white_space_other_than_one_plain_space() {
        let block = paragraph(&[(1, "one two\u{a0}three  four\tfive é six "), (2, "seven\n eight 😀 nine")]);
        assert_eq!(block.text, "one two three four five é six seven eight 😀 nine");
        let pieces: Vec<(u32, u32, u32, u32)> = block.pieces.iter().map(|p| (p.at, p.len, p.node, p.node_at)).collect();
        assert_eq!(
            pieces,
            [(0, 7, 1, 0), (8, 5, 1, 8), (14, 4, 1, 15), (19, 11, 1, 20), (31, 5, 2, 0), (37, 15, 2, 7)]
        );
    }
}
