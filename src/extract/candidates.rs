//! A candidate is an element that may hold the article. Each run of prose scores its ancestors, as in
//! Readability; the best-scored element, with the siblings that look like more of it, is the article.

use super::tree::Tree;
use crate::text::SENTENCE_ENDS;
use std::collections::HashMap;

/// Runs of text shorter than this (characters) say nothing about their container.
const MIN_PARAGRAPH_CHARS: u32 = 25;
/// Characters of text worth one point, up to [`MAX_LENGTH_POINTS`].
const CHARS_PER_POINT: u32 = 100;
const MAX_LENGTH_POINTS: u32 = 3;
/// How many ancestors a paragraph scores: parent, grandparent and a few more, ever less.
const SCORED_ANCESTORS: usize = 5;
/// How many of the best candidates may vote for a shared ancestor, and how close they must score.
const ALTERNATIVES: usize = 5;
const ALTERNATIVE_SHARE: f32 = 0.75;
/// How far up a shared ancestor is looked for: an article's parts are never this far apart, and the
/// bound keeps a page nested 100,000 deep linear.
const MAX_SHARED_ANCESTOR_DEPTH: usize = 32;
/// How many close candidates must share an ancestor for it to be the article instead.
const MIN_ALTERNATIVE_VOTES: usize = 3;
/// A sibling joins the article when it scores this share of the top candidate (at least
/// [`MIN_SIBLING_SCORE`]).
const SIBLING_SHARE: f32 = 0.2;
const MIN_SIBLING_SCORE: f32 = 10.0;
/// An element elsewhere with the best candidate's tag and class joins the article when it scores this
/// share of the best candidate.
const TWIN_SHARE: f32 = 0.3;
/// A sibling paragraph joins the article when it is at least this long and has few links …
const SIBLING_PARAGRAPH_CHARS: u32 = 80;
const SIBLING_MAX_LINK_DENSITY: f32 = 0.25;
/// How many levels above the article's first element its opening paragraphs are looked for: sites
/// often set them apart from the body's container, one level up, just before it.
const LEAD_LEVELS: usize = 1;
/// How many prose paragraphs in a row make the article's opening: a single one there is as often a
/// standfirst or a disclosure notice, which human annotators leave out.
const MIN_LEAD_PARAGRAPHS: usize = 2;

/// The elements that make up the article, in document order, with the score of each scored element.
pub struct Selection {
    pub roots: Vec<usize>,
    pub scores: HashMap<usize, f32>,
}

/// Readability's starting score for a candidate by its tag.
fn tag_score(tag: &str) -> f32 {
    match tag {
        "div" | "article" | "main" | "section" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}

/// A run of text nodes that renders as one paragraph, owned by one block element.
struct Run {
    owner: usize,
    chars: u32,
    commas: u32,
}

/// Splits the kept text into paragraph runs.
fn runs(tree: &Tree) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    let mut last_owner: Option<usize> = None;
    for (index, node) in tree.nodes().iter().enumerate() {
        if !tree.is_kept(index) {
            continue;
        }
        if !node.is_text() {
            if tree.is_block(index) {
                last_owner = None;
            }
            continue;
        }
        let Some(owner) = tree.at(index).owner.map(|o| o as usize) else { continue };
        let chars = tree.at(index).stats.chars;
        if chars == 0 {
            continue;
        }
        let stats = tree.at(index).stats;
        match runs.last_mut() {
            Some(run) if last_owner == Some(owner) => {
                run.chars += chars + 1;
                run.commas += stats.commas;
            }
            _ => runs.push(Run { owner, chars, commas: stats.commas }),
        }
        last_owner = Some(owner);
    }
    runs
}

/// Scores the candidates and picks the article's elements; `None` when no prose was found.
pub fn select(tree: &Tree, weigh_classes: bool) -> Option<Selection> {
    let mut scores: HashMap<usize, f32> = HashMap::new();
    let initial = |index: usize| {
        let weight = if weigh_classes { tree.at(index).hints.weight } else { 0.0 };
        tag_score(tree.tag(index)) + weight
    };
    for run in runs(tree) {
        if run.chars < MIN_PARAGRAPH_CHARS {
            continue;
        }
        let points = 1.0 + run.commas as f32 + (run.chars / CHARS_PER_POINT).min(MAX_LENGTH_POINTS) as f32;
        // A run directly inside a container is a paragraph of its own: the container is its parent.
        let owner_is_paragraph = !tree.at(run.owner).holds_block;
        let first = if owner_is_paragraph { tree.node(run.owner).parent.map(|p| p as usize) } else { Some(run.owner) };
        let Some(first) = first else { continue };
        let ancestors = std::iter::once(first).chain(tree.ancestors(first)).take(SCORED_ANCESTORS);
        for (level, ancestor) in ancestors.enumerate() {
            if tree.tag(ancestor) == "html" {
                break;
            }
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                _ => level as f32 * 3.0,
            };
            *scores.entry(ancestor).or_insert_with(|| initial(ancestor)) += points / divider;
        }
    }
    // Links dilute a candidate: a list of headlines is not an article.
    for (index, score) in scores.iter_mut() {
        *score *= 1.0 - tree.at(*index).stats.link_density();
    }
    let mut ranked: Vec<(usize, f32)> = scores.iter().map(|(&i, &s)| (i, s)).collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let &(mut top, top_score) = ranked.first()?;
    let best = top;
    top = shared_ancestor(tree, top, top_score, &ranked).unwrap_or(top);
    top = climb(tree, top, &scores);
    let mut roots = with_siblings(tree, top, &scores);
    add_lead(tree, &mut roots);
    add_twins(tree, best, top_score, &ranked, &mut roots);
    Some(Selection { roots, scores })
}

/// When several close runners-up share an ancestor with the top candidate, the article is that ancestor
/// (an article split into several containers).
fn shared_ancestor(tree: &Tree, top: usize, top_score: f32, ranked: &[(usize, f32)]) -> Option<usize> {
    let close: Vec<Vec<usize>> = ranked
        .iter()
        .skip(1)
        .take(ALTERNATIVES)
        .filter(|(_, score)| *score >= top_score * ALTERNATIVE_SHARE)
        .map(|(index, _)| tree.ancestors(*index).take(MAX_SHARED_ANCESTOR_DEPTH).collect())
        .collect();
    if close.len() < MIN_ALTERNATIVE_VOTES {
        return None;
    }
    tree.ancestors(top)
        .take(MAX_SHARED_ANCESTOR_DEPTH)
        .take_while(|&a| !matches!(tree.tag(a), "body" | "html"))
        .find(|ancestor| close.iter().filter(|list| list.contains(ancestor)).count() >= MIN_ALTERNATIVE_VOTES)
}

/// Moves up from `top` while its parent scores better, or while it is its parent's only child.
fn climb(tree: &Tree, mut top: usize, scores: &HashMap<usize, f32>) -> usize {
    let mut last = scores.get(&top).copied().unwrap_or(0.0);
    let threshold = last / 3.0;
    let mut parent = tree.node(top).parent.map(|p| p as usize);
    while let Some(at) = parent.filter(|&p| !matches!(tree.tag(p), "body" | "html")) {
        if let Some(&score) = scores.get(&at) {
            if score < threshold {
                break;
            }
            if score > last {
                top = at;
                break;
            }
            last = score;
        }
        parent = tree.node(at).parent.map(|p| p as usize);
    }
    while let Some(parent) = tree.node(top).parent.map(|p| p as usize) {
        if matches!(tree.tag(parent), "body" | "html")
            || tree.children(parent).filter(|&c| tree.is_kept(c)).count() != 1
        {
            break;
        }
        top = parent;
    }
    top
}

/// The top candidate and those of its siblings that look like more of the article.
fn with_siblings(tree: &Tree, top: usize, scores: &HashMap<usize, f32>) -> Vec<usize> {
    let Some(parent) = tree.node(top).parent.map(|p| p as usize) else { return vec![top] };
    if matches!(tree.tag(top), "body" | "html") {
        return vec![top];
    }
    let top_score = scores.get(&top).copied().unwrap_or(0.0);
    let threshold = MIN_SIBLING_SCORE.max(top_score * SIBLING_SHARE);
    let top_class = tree.node(top).attr("class").unwrap_or("");
    tree.children(parent)
        .filter(|&sibling| {
            if sibling == top {
                return true;
            }
            // A sibling that names itself furniture is not more of the article, however it scores; nor
            // one that opens with a thematic break, set apart from it by its author.
            if !tree.is_kept(sibling) || tree.at(sibling).hints.furniture || opens_with_break(tree, sibling) {
                return false;
            }
            let same_class = !top_class.is_empty() && tree.node(sibling).attr("class") == Some(top_class);
            let bonus = if same_class { top_score * SIBLING_SHARE } else { 0.0 };
            // Its text must earn the score: a name such as "article-status" alone does not make a
            // line of metadata more of the article.
            let names = tree.at(sibling).hints.weight.max(0.0) * (1.0 - tree.at(sibling).stats.link_density());
            if scores.get(&sibling).copied().unwrap_or(0.0) - names + bonus >= threshold {
                return true;
            }
            // A text-only `<div>` is a paragraph too, but only prose joins: short lines beside the
            // article are as often a teaser's. Before the article, a wrapper of prose paragraphs is its
            // lead; after it, more often an author's box.
            if tree.tag(sibling) != "p" {
                return if sibling < top {
                    is_lead_paragraph(tree, sibling)
                } else {
                    is_prose_paragraph(tree, sibling)
                };
            }
            let stats = tree.at(sibling).stats;
            let density = stats.link_density();
            (stats.chars > SIBLING_PARAGRAPH_CHARS && density < SIBLING_MAX_LINK_DENSITY)
                || (stats.chars > 0
                    && stats.chars <= SIBLING_PARAGRAPH_CHARS
                    && density == 0.0
                    && ends_sentence(tree, sibling))
        })
        .collect()
}

/// True when the first thing shown inside `index` is a thematic break (`<hr>`).
fn opens_with_break(tree: &Tree, index: usize) -> bool {
    tree.opens_with(index, &["hr"])
}

/// True for a `<p>`, or a `<div>` that holds text but no block (what Readability turns into a `<p>`).
fn is_paragraph(tree: &Tree, index: usize) -> bool {
    match tree.tag(index) {
        "p" => true,
        "div" => !tree.at(index).holds_block,
        _ => false,
    }
}

/// True for a paragraph that may open the article, alone or as the only kind of child of its wrapper
/// (`<div class="intro"><p>…</p></div>`), when it is prose.
fn is_lead_paragraph(tree: &Tree, index: usize) -> bool {
    let wrapper = tree.children(index).filter(|&c| tree.is_kept(c)).all(|c| is_paragraph(tree, c));
    (is_paragraph(tree, index) || wrapper) && is_prose(tree, index)
}

/// True for one paragraph of prose.
fn is_prose_paragraph(tree: &Tree, index: usize) -> bool {
    is_paragraph(tree, index) && is_prose(tree, index)
}

/// True for prose: long enough, few links, ending a sentence, and not named as furniture.
pub fn is_prose(tree: &Tree, index: usize) -> bool {
    let stats = tree.at(index).stats;
    !tree.at(index).hints.furniture
        && stats.chars > SIBLING_PARAGRAPH_CHARS
        && stats.link_density() < SIBLING_MAX_LINK_DENSITY
        && ends_sentence(tree, index)
}

/// Adds the article's opening paragraphs when they sit just before its container, up to [`LEAD_LEVELS`]
/// above its first element: the run of prose paragraphs right before it, up to the first thing that is
/// not one, when the run has [`MIN_LEAD_PARAGRAPHS`].
fn add_lead(tree: &Tree, roots: &mut Vec<usize>) {
    let Some(&first) = roots.first() else { return };
    let levels = tree.ancestors(first).take_while(|&a| !matches!(tree.tag(a), "body" | "html")).take(LEAD_LEVELS);
    let mut lead = Vec::new();
    for container in levels {
        let Some(parent) = tree.parent(container) else { break };
        let before: Vec<usize> = tree.children(parent).take_while(|&c| c != container).collect();
        for &sibling in before.iter().rev() {
            if !tree.is_kept(sibling) || tree.at(sibling).stats.chars == 0 {
                continue;
            }
            if !is_lead_paragraph(tree, sibling) {
                break;
            }
            lead.push(sibling);
        }
    }
    if lead.len() >= MIN_LEAD_PARAGRAPHS {
        roots.extend(lead);
    }
    roots.sort_unstable();
}

/// Adds the elements elsewhere in the page that share the best candidate's tag and class and score
/// close to it: the other parts of an article split into several containers.
fn add_twins(tree: &Tree, best: usize, best_score: f32, ranked: &[(usize, f32)], roots: &mut Vec<usize>) {
    let Some(class) = tree.node(best).attr("class").filter(|c| !c.trim().is_empty()) else { return };
    let inside = |index: usize, root: usize| index >= root && index < tree.end(root);
    for &(twin, score) in ranked {
        if score < best_score * TWIN_SHARE {
            break;
        }
        let covered = roots.iter().any(|&root| inside(twin, root) || inside(root, twin));
        if !covered
            && tree.tag(twin) == tree.tag(best)
            && tree.node(twin).attr("class") == Some(class)
            && !opens_with_break(tree, twin)
        {
            roots.push(twin);
        }
    }
    roots.sort_unstable();
}

/// True when the text of `index` ends like a sentence.
fn ends_sentence(tree: &Tree, index: usize) -> bool {
    tree.subtree(index)
        .iter()
        .rev()
        .filter(|n| n.is_text())
        .find_map(|n| n.text.trim_end().chars().last())
        .is_some_and(|c| SENTENCE_ENDS.contains(&c))
}
