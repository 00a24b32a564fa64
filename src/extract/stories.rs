//! A page may hold several whole stories, one after another: news sites load the next story under
//! the one being read as the reader scrolls on, and a blog's front page shows whole posts. The rules
//! of [`super::candidates`] then take them all for one article, and its summary would mix them. Each
//! such story stands under an `<h1>` of its own, in a container that holds no other `<h1>` and that is
//! an `<article>` or dates the story with a `<time>` (what sets a story apart from a section of one
//! article under its own heading). When two or more of them hold a story's worth of the article's
//! text, the article is one of them: the story the reader is looking at (the snapshot's `focus`), else
//! the one the page's metadata describes (its headline `<h1>`), else the first.

use super::blocks::Draft;
use super::tree::Tree;

/// How many `<h1>` elements are looked at: a page that holds more is a list of stories, not stories
/// in full, and the bound keeps a page of thousands of them linear.
const MAX_HEADINGS: usize = 64;
/// A story holds at least this many characters of the article's text outside links (a teaser's
/// headline and snippet hold fewer).
const MIN_STORY_CHARS: u32 = 500;
/// A block with this share of its text in links is a link, not the story's text.
const MAX_LINK_DENSITY: f32 = 0.5;

/// One story of a page: its `<h1>`, and the element that holds it and no other `<h1>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Story {
    pub heading: usize,
    pub container: usize,
}

/// The stories a page may hold, by its markup alone, in document order; none when fewer than two.
pub fn find(tree: &Tree) -> Vec<Story> {
    let mut headings = Vec::new();
    for (index, node) in tree.nodes().iter().enumerate() {
        if node.tag == "h1" && tree.is_shown(index) {
            if headings.len() == MAX_HEADINGS {
                return Vec::new();
            }
            headings.push(index);
        }
    }
    let mut stories = Vec::new();
    for (k, &heading) in headings.iter().enumerate() {
        // Climb while the next element up holds neither the heading before nor the one after.
        let previous = if k == 0 { None } else { headings.get(k - 1) };
        let next = headings.get(k + 1);
        let mut container = heading;
        for element in tree.ancestors(heading) {
            if previous.is_some_and(|&p| element <= p) || next.is_some_and(|&n| tree.end(element) > n) {
                break;
            }
            container = element;
        }
        let in_article = tree.at(heading).article.is_some_and(|article| article as usize >= container);
        if container != heading && (in_article || tree.subtree(container).iter().any(|node| node.tag == "time")) {
            stories.push(Story { heading, container });
        }
    }
    if stories.len() < 2 {
        stories.clear();
    }
    stories
}

/// Leaves in `drafts` (the article's) those of one story when they make up several (see the module's
/// comment), and gives that story; else leaves them all, and gives None.
pub fn pick(
    tree: &Tree,
    stories: &[Story],
    drafts: &mut Vec<Draft>,
    focus: Option<usize>,
    headline: Option<usize>,
) -> Option<Story> {
    let holds = |k: usize, node: usize| (stories[k].container..tree.end(stories[k].container)).contains(&node);
    // The story each draft belongs to, by its first text node.
    let story_of = |draft: &Draft| {
        let node = draft.block.pieces.first()?.node as usize;
        (0..stories.len()).find(|&k| holds(k, node))
    };
    let mut chars = vec![0u32; stories.len()];
    for draft in drafts.iter().filter(|draft| draft.link_density() < MAX_LINK_DENSITY) {
        if let Some(k) = story_of(draft) {
            chars[k] += draft.chars;
        }
    }
    let whole = || (0..stories.len()).filter(|&k| chars[k] >= MIN_STORY_CHARS);
    if whole().count() < 2 {
        return None;
    }
    let chosen = whole()
        .find(|&k| focus.is_some_and(|focus| holds(k, focus)))
        .or_else(|| whole().find(|&k| Some(stories[k].heading) == headline))
        .or_else(|| whole().next())?;
    drafts.retain(|draft| story_of(draft) == Some(chosen));
    Some(stories[chosen])
}
