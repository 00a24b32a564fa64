//! Extraction: finds the article in a [`PageSnapshot`], leaving the page's furniture behind.
//!
//! The stages, each in its own module: [`limits`] bounds the work, [`tree`] sums the snapshot bottom
//! up, [`candidates`] scores containers and picks the article's elements, [`blocks`] reads their
//! text leaving [`furniture`] out, [`stories`] keeps one story of a page that holds several whole
//! ones (the one in view), [`lines`] drops furniture that only its text betrays,
//! [`metadata`] reads headline, byline and date, and [`dates`] writes that date in ISO 8601, or reads
//! the one a page writes only in its text; [`pages`] tells whether the article goes on past the page
//! in view. A page with no article gives an article with no blocks, which callers report as "no
//! article found".

mod blocks;
mod candidates;
mod dates;
mod furniture;
pub(crate) mod hints;
mod limits;
pub(crate) mod lines;
mod metadata;
mod pages;
mod stories;
mod tree;

use crate::article::{Article, Block};
use crate::snapshot::PageSnapshot;
use crate::text;
use blocks::Draft;
use metadata::Metadata;
use tree::Tree;

/// Why no article came out of a page.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ExtractError {
    /// The snapshot breaks its own invariants (see [`PageSnapshot::validate`]).
    InvalidSnapshot(String),
}

/// An article shorter than this (characters) after the strict pass is looked for again with fewer
/// rules, as Readability does: the strict rules may have thrown the article out with the furniture.
const RETRY_BELOW_CHARS: u32 = 500;
/// An article needs one paragraph at least this long (characters), or several half as long …
const MIN_PARAGRAPH_CHARS: u32 = 80;
const MIN_SHORT_PARAGRAPHS: usize = 3;
/// … and this much text in all.
const MIN_ARTICLE_CHARS: u32 = 140;
/// A page whose chosen text has at least this many link lines, fewer than half as many prose
/// paragraphs, and at least [`LISTING_LINK_SHARE`] of its text in links, is a list of other pages
/// (a home page, a search page), not an article.
const LISTING_MIN_LINES: usize = 5;
const LISTING_LINK_SHARE: f32 = 0.25;
/// A line with at least this share of its text in links is a link line.
const LINK_LINE_DENSITY: f32 = 0.5;
/// A paragraph this long (characters) is prose, not a teaser's snippet.
const PROSE_CHARS: u32 = 200;
/// How many blocks the language is guessed from.
const LANGUAGE_SAMPLE_BLOCKS: usize = 20;
/// The note of an article whose page is one of several ([`pages`]); the panel words it for the reader.
pub const SEVERAL_PAGES_NOTE: &str = "several pages: the article continues on other pages, which are not read";

/// The article of `page`; an article with no blocks when the page has none.
pub fn extract(page: &PageSnapshot) -> Result<Article, ExtractError> {
    page.validate().map_err(ExtractError::InvalidSnapshot)?;
    let (nodes, truncated) = limits::bounded(&page.nodes, page.truncated);
    let strict = Tree::new(&nodes, true).map_err(ExtractError::InvalidSnapshot)?;
    let page_meta = metadata::read(page, &strict);
    let stories = stories::find(&strict);
    let focus = page.focus.map(|focus| focus as usize);
    let (mut drafts, mut story_meta) = find_article(&strict, true, &page_meta, &stories, focus);
    if total_chars(&drafts) < RETRY_BELOW_CHARS {
        let relaxed = Tree::new(&nodes, false).map_err(ExtractError::InvalidSnapshot)?;
        for weigh_classes in [true, false] {
            let again = find_article(&relaxed, weigh_classes, &page_meta, &stories, focus);
            if total_chars(&again.0) > total_chars(&drafts) {
                (drafts, story_meta) = again;
            }
        }
    }
    let one_of_several = story_meta.is_some();
    let meta = story_meta.unwrap_or(page_meta);
    blocks::restore_unpunctuated(&mut drafts);
    let blocks: Vec<Block> =
        if is_article(&drafts) { drafts.into_iter().map(Draft::into_block).collect() } else { Vec::new() };
    let sample: Vec<&str> = blocks.iter().take(LANGUAGE_SAMPLE_BLOCKS).map(|b| b.text.as_str()).collect();
    let language = text::detect(&sample.join(" "), page.lang.as_deref());
    let first_node = blocks.first().and_then(|block| block.pieces.first()).map(|piece| piece.node as usize);
    // A story of several is dated by the line under its headline first (`metadata::of_story`).
    let written = || dates::written_near(&strict, meta.headline, first_node?);
    let published = if one_of_several { written().or(meta.published) } else { meta.published.or_else(written) };
    let last_node = blocks.last().and_then(|block| block.pieces.last()).map(|piece| piece.node as usize);
    let page_bar = last_node.and_then(|last| pages::bar_after(&strict, last));
    Ok(Article {
        title: meta.title,
        byline: meta.byline,
        published,
        site_name: meta.site_name,
        lang: language.code,
        rtl: language.rtl,
        blocks,
        notes: truncated.into_iter().chain(page_bar.map(|_| SEVERAL_PAGES_NOTE.to_string())).collect(),
        next_page: page_bar.and_then(|bar| bar.next),
    })
}

/// The article's blocks as one pass of the rules finds them, empty for a list of other pages; and,
/// when they are one story of several ([`stories`]), that story's metadata.
fn find_article(
    tree: &Tree,
    weigh_classes: bool,
    meta: &Metadata,
    stories: &[stories::Story],
    focus: Option<usize>,
) -> (Vec<Draft>, Option<Metadata>) {
    let Some(selection) = candidates::select(tree, weigh_classes) else { return (Vec::new(), None) };
    let mut drafts = blocks::read(tree, &selection.roots, &selection.scores);
    if !meta.declares_article && is_listing(&drafts) {
        return (Vec::new(), None);
    }
    let story = stories::pick(tree, stories, &mut drafts, focus, meta.headline);
    let story_meta = story.map(|story| metadata::of_story(tree, story.heading, meta));
    let shown = story_meta.as_ref().unwrap_or(meta);
    (lines::filter(drafts, &shown.title, shown.byline.as_deref()), story_meta)
}

/// True for the text of a list of other pages: headline links with short snippets at most.
fn is_listing(drafts: &[Draft]) -> bool {
    let link_lines = drafts.iter().filter(|d| d.link_density() >= LINK_LINE_DENSITY).count();
    let prose = drafts.iter().filter(|d| d.link_density() < LINK_LINE_DENSITY && d.chars >= PROSE_CHARS).count();
    let link_chars: u32 = drafts.iter().map(|d| d.link_chars).sum();
    link_lines >= LISTING_MIN_LINES
        && prose * 2 < link_lines
        && link_chars as f32 >= total_chars(drafts) as f32 * LISTING_LINK_SHARE
}

fn total_chars(drafts: &[Draft]) -> u32 {
    drafts.iter().map(|d| d.chars).sum()
}

/// True when the blocks read as an article: some real paragraph and enough text.
fn is_article(drafts: &[Draft]) -> bool {
    let paragraph = drafts.iter().any(|d| d.chars >= MIN_PARAGRAPH_CHARS)
        || drafts.iter().filter(|d| d.chars >= MIN_PARAGRAPH_CHARS / 2).count() >= MIN_SHORT_PARAGRAPHS;
    paragraph && total_chars(drafts) >= MIN_ARTICLE_CHARS
}
