//! Furniture is what sits inside the article's container without being the article: share bars,
//! related-link lists, captions, bylines, ad slots, inline cards of links. Decided per element, from the
//! element's class weight, score and sums, as Readability's conditional cleaning does, plus caption and
//! widget rules; an embedded post is judged as the quotation it is.

use super::candidates;
use super::hints;
use super::lines;
use super::tree::{self, Exclusion, Tree};
use std::collections::HashMap;

/// Containers judged as a whole: kept or dropped with everything inside.
const CLEANED_TAGS: &[&str] =
    &["div", "section", "ul", "ol", "table", "dl", "figure", "fieldset", "span", "p", "article", "form"];
/// A container with this many commas is prose, whatever else it holds.
const PROSE_COMMAS: u32 = 10;
/// Less text than this (characters) with no or many images is a widget, not prose.
const MIN_CONTAINER_CHARS: u32 = 25;
/// Link densities above which a container is a link list: for ordinary and for article-like classes.
const MAX_LINK_DENSITY: f32 = 0.2;
const MAX_LINK_DENSITY_POSITIVE: f32 = 0.5;
/// A list whose text is mostly links is a list of headlines, unless an item of its own is prose (a
/// list of notes, some of them links, as a blog's weekly round-up writes them).
const MAX_LIST_LINK_DENSITY: f32 = 0.5;
/// Elements with a furniture-like class this short are labels, bylines or credits.
const SHORT_FURNITURE_CHARS: u32 = 200;
/// A link named like furniture that holds at most this share of its line's text is a few words of a
/// sentence; more, and the line is the link's label.
const MAX_LINK_IN_PROSE_SHARE: f32 = 0.5;
/// An inline card of links holds at least this many (a name and a headline about it), and at most this
/// much text (characters): a name and a few headlines.
const MIN_CARD_LINKS: usize = 2;
const MAX_CARD_CHARS: u32 = 600;
/// … in at most this many nodes, which bounds the look for a card inside a card on any page.
const MAX_CARD_NODES: usize = 100;
/// How many nodes of a link-dense element are looked through for a line that heads a box of other
/// stories: a few paragraphs and the box are a few hundred; the bound keeps nested wrappers, each
/// looking through its own subtree, linear on any page.
const MAX_RELATED_LOOKAHEAD: usize = 2000;
/// The heading elements.
const HEADINGS: &[&str] = &["h1", "h2", "h3", "h4", "h5", "h6"];
/// A box holding a form and less text than this (characters) is the form's widget: a newsletter's
/// sign-up, a poll, a search or comment box, with its few words of invitation.
const MAX_FORM_BOX_CHARS: u32 = 400;
/// A figure holding less text than this is an image with its caption.
const MAX_CAPTION_CHARS: u32 = 600;
/// A box of one image and less text than this under it (characters) is an image with its caption.
const MAX_CAPTION_LINE_CHARS: u32 = 300;

/// True when the element `index`, inside the article's element `root`, is furniture, to be left out
/// with its subtree.
pub fn is_furniture(tree: &Tree, root: usize, index: usize, scores: &HashMap<usize, f32>) -> bool {
    let tag = tree.tag(index);
    let stats = tree.at(index).stats;
    let weight = tree.at(index).hints.weight;
    if tag == "figure" && stats.chars < MAX_CAPTION_CHARS {
        return true;
    }
    if tag == "div" && is_captioned_image(tree, index) {
        return true;
    }
    // An article inside an article is a teaser card, an embed or (in HTML5's own example) a comment.
    if tag == "article" && tree.at(index).article.is_some_and(|a| a as usize >= root) {
        return true;
    }
    if tag == "span" && is_link_card(tree, index) {
        return true;
    }
    let short_label = weight < 0.0 && stats.chars < SHORT_FURNITURE_CHARS && stats.paragraphs == 0;
    if short_label && !is_link_in_prose(tree, index) {
        return true;
    }
    // The wrapper of an embedded post is judged as its quotation, which is never cleaned.
    if !CLEANED_TAGS.contains(&tag) || tag == "p" || tag == "span" || hints::wraps_quotation(tree.nodes(), index) {
        return false;
    }
    // A data table is content, links or not (Readability keeps them too).
    if tag == "table" && stats.table_headings > 0 {
        return false;
    }
    // The element holding most of the chosen text is the story's own container, whatever else it holds.
    let holds_most_text = stats.chars * 2 > tree.at(root).stats.chars;
    if !holds_most_text && is_box_of_other_stories(tree, index) {
        return true;
    }
    let is_list = matches!(tag, "ul" | "ol" | "dl");
    // A list's score starts below zero for its tag alone, and a short list's own items cannot pay that
    // back: for a list only its names count against it (Readability never scores list items, so its
    // lists start at zero).
    let score = if is_list { 0.0 } else { scores.get(&index).copied().unwrap_or(0.0) };
    if weight + score < 0.0 {
        return true;
    }
    if stats.commas >= PROSE_COMMAS {
        return false;
    }
    let density = stats.link_density();
    // Holding most of the chosen text, and that text mostly not links, it is the article itself: a
    // story whose related links end it inside its own `<article>` stays, links and all (they go line by
    // line later), where judged as a container it went as one link list.
    if holds_most_text && density <= MAX_LINK_DENSITY_POSITIVE {
        return false;
    }
    let (paragraphs, images) = (stats.paragraphs as f32, stats.images as f32);
    (stats.forms > 0 && stats.chars < MAX_FORM_BOX_CHARS)
        || (images > 1.0 && paragraphs / images < 0.5)
        || (!is_list && stats.chars < MIN_CONTAINER_CHARS && (stats.images == 0 || stats.images > 2))
        || (!is_list && weight < hints::CLASS_WEIGHT && is_link_list(tree, index, MAX_LINK_DENSITY))
        || (weight >= hints::CLASS_WEIGHT && is_link_list(tree, index, MAX_LINK_DENSITY_POSITIVE))
        || (is_list
            && density > MAX_LIST_LINK_DENSITY
            && !tree.children(index).any(|item| candidates::is_prose(tree, item)))
}

/// True when more than `limit` of the element's text is links, and it is no prose with a box of other
/// stories set in it: prose ("… the chair said.") then a line that heads a list of other stories
/// ("Don't miss", "Read also") and their links, which go line by line (`lines`). Such an element is
/// judged by its text before that line.
fn is_link_list(tree: &Tree, index: usize, limit: f32) -> bool {
    let stats = tree.at(index).stats;
    if stats.link_density() <= limit {
        return false;
    }
    let Some((chars, link_chars)) = before_related_heading(tree, index) else { return true };
    chars < MIN_CONTAINER_CHARS || link_chars as f32 > chars as f32 * limit
}

/// The characters, and of them the characters in links, of the element's text before its first line
/// that heads a list of other stories; None when no line does within [`MAX_RELATED_LOOKAHEAD`] nodes.
fn before_related_heading(tree: &Tree, index: usize) -> Option<(u32, u32)> {
    let (mut chars, mut link_chars) = (0, 0);
    for at in index + 1..tree.end(index).min(index + 1 + MAX_RELATED_LOOKAHEAD) {
        let (node, facts) = (tree.node(at), tree.at(at));
        if facts.exclusion != Exclusion::None {
            continue;
        }
        if node.is_text() {
            chars += facts.stats.chars;
            link_chars += facts.stats.link_chars;
        } else if tree::is_block(&node.tag) && !facts.holds_block && heads_other_stories(tree, at) {
            return Some((chars, link_chars));
        }
    }
    None
}

/// True for a block whose first line, a few words, heads a list of other stories (`lines`'s related
/// headings): the whole block, or its text before the first line break, where the heading is set in
/// the paragraph of the links it heads ("<strong>DON'T MISS</strong><br><a>…</a><br><a>…</a>"). Only
/// the kept text counts: a label for screen readers is no line the reader sees.
fn heads_other_stories(tree: &Tree, index: usize) -> bool {
    if tree.at(index).stats.chars == 0 {
        return false;
    }
    let (mut line, mut chars) = (String::new(), 0);
    let kept = (index..tree.end(index)).filter(|&at| tree.is_kept(at)).map(|at| tree.node(at));
    for node in kept.take_while(|n| &*n.tag != "br") {
        if node.is_text() {
            line.push_str(&node.text);
            chars += node.text.chars().count();
            if chars > lines::MAX_LABEL_CHARS as usize {
                return false;
            }
        }
    }
    lines::is_related_heading(&lines::normalize(&line))
}

/// True for a box headed by a heading of other stories ("Related", "Read also", "في نفس السياق"), the
/// first thing in it: all it holds are those stories, their titles, snippets, dates and sections,
/// however much of it is prose (a snippet is a story's opening).
fn is_box_of_other_stories(tree: &Tree, index: usize) -> bool {
    tree.at(index).stats.link_chars > 0
        && tree.opening(index, HEADINGS).is_some_and(|heading| heads_other_stories(tree, heading))
}

/// True for a box set as a figure without `<figure>`: one image, then a line or two of text under it and
/// nothing else (WordPress's captions, galleries' slides), however its class is named.
fn is_captioned_image(tree: &Tree, index: usize) -> bool {
    let stats = tree.at(index).stats;
    if stats.images != 1 || stats.chars == 0 || stats.chars >= MAX_CAPTION_LINE_CHARS || stats.paragraphs > 1 {
        return false;
    }
    tree.opens_with(index, &["img", "picture"])
}

/// True for a link that is a few words of its line's sentence (`on <a class="meta-loc">Sudan</a> and
/// lift`): its class names what the link points to, and leaving it out would cut words out of the
/// sentence.
fn is_link_in_prose(tree: &Tree, index: usize) -> bool {
    if tree.tag(index) != "a" {
        return false;
    }
    let Some(owner) = tree.at(index).owner.map(|o| o as usize) else { return false };
    let (link, line) = (tree.at(index).stats.chars as f32, tree.at(owner).stats.chars as f32);
    link <= line * MAX_LINK_IN_PROSE_SHARE
}

/// True for a card of links set inline (a person's photo with headlines about them, that the page
/// shows on hover): the innermost inline element holding an image and at least [`MIN_CARD_LINKS`]
/// links, all of its text inside them (not the wrapper that also holds the name the card is about).
fn is_link_card(tree: &Tree, index: usize) -> bool {
    let holds_card = |at: usize| {
        let stats = tree.at(at).stats;
        stats.images > 0
            && tree.end(at) - at <= MAX_CARD_NODES
            && stats.chars > 0
            && stats.chars <= MAX_CARD_CHARS
            && stats.link_chars == stats.chars
            && tree.subtree(at).iter().filter(|n| n.tag == "a").nth(MIN_CARD_LINKS - 1).is_some()
    };
    holds_card(index) && !(index + 1..tree.end(index)).any(|inner| tree.tag(inner) == "span" && holds_card(inner))
}
