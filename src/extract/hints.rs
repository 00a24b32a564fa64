//! Hints are what an element's `class`, `id`, `role` and microdata `itemprop` say about it: article
//! text, furniture, or neither. Every word list here is a named constant; none names one site's classes.

use super::{lines, tree};
use crate::snapshot::SnapNode;
use crate::text::normalize::push_lowercase;
use crate::text::words::Phrases;

/// Words in class/id that mark a likely article container (Readability's positive list, widened).
const POSITIVE: &[&str] = &[
    "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post", "text", "blog",
    "story", "prose", "paragraph",
];

/// Words in class/id that mark page furniture (Readability's negative list, widened).
const NEGATIVE: &[&str] = &[
    "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead", "media", "meta",
    "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping",
    "tags", "widget", "taboola", "newsletter", "subscribe", "social", "recommend", "popular", "trending", "byline",
    "author", "caption", "credit", "breadcrumb", "toolbar", "signup",
];

/// Whole class/id tokens that are negative only on their own ("ad" would otherwise match "header").
const NEGATIVE_TOKENS: &[&str] =
    &["ad", "ads", "advert", "advertisement", "nav", "tag", "more", "aside", "rail", "teaser"];

/// Words in class/id that mark an element too unlikely to hold the article to be scored at all.
const UNLIKELY: &[&str] = &[
    "-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap", "disqus", "extra",
    "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar",
    "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager", "popup",
    "yom-remote", "newsletter", "cookie", "consent", "share", "sharing", "outbrain", "taboola", "recommend",
    "most-read", "mostread", "most-popular", "trending", "subscribe", "signup", "paywall", "breaking-news",
];

/// Words in class/id that mark furniture even when the article is looked for again with fewer rules:
/// comment threads and link widgets are never the article, however long.
const NEVER_ARTICLE: &[&str] =
    &["comment", "disqus", "replies", "respond", "cookie", "consent", "newsletter", "outbrain", "taboola", "related"];

/// Class/id tokens by which a page says outright that an element is not its content: Yahoo's and
/// WordPress's `robots-nocontent` convention, and fallbacks shown only when scripts do not run (the
/// reader's browser runs them). No other word rescues these.
const NOT_CONTENT_TOKENS: &[&str] = &["nocontent", "noscript"];

/// Whole class/id tokens of an article's back matter: its references, footnotes and bibliography
/// (MediaWiki's `references` and `reflist`, Markdown tools' `footnotes`). Read as part of the
/// article, but never summary material. Whole tokens only: a citation mark within a sentence is
/// `reference`, and "preferences" holds the word too.
const BACK_MATTER_TOKENS: &[&str] = &["references", "reflist", "footnotes", "endnotes", "bibliography"];

/// Words that rescue an unlikely-looking element: it may well wrap the article.
const MAYBE_CANDIDATE: &[&str] = &["and", "article", "body", "column", "content", "main", "shadow", "story", "entry"];

/// ARIA roles of elements that are never the article.
const FURNITURE_ROLES: &[&str] = &[
    "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog", "banner", "contentinfo",
    "search", "toolbar", "tablist", "form",
];

/// Microdata properties (`itemprop`) of blocks that are never the article: the publisher, an
/// organization described for search engines, its name and logo (shown as a block of its own, it is
/// the site's footer; a name within a line, "Le Monde | 04.05.2015", stays with its line).
const FURNITURE_PROPERTIES: &[&str] = &["publisher"];

/// Class tokens that by near-universal convention (Bootstrap, WordPress, HTML5 Boilerplate) hide an
/// element from sight: the live page knows it from the stylesheet, the native door only from the name,
/// so both doors read them as hidden.
const HIDING_CLASSES: &[&str] = &[
    "hidden", "hide", "d-none", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "is-hidden",
    "u-hidden", "hidden-xs-up", "offscreen",
];

/// True when the element's class says the reader cannot see it.
pub fn hides(node: &SnapNode) -> bool {
    node.attr("class").is_some_and(|class| {
        class.split_whitespace().any(|token| HIDING_CLASSES.iter().any(|h| token.eq_ignore_ascii_case(h)))
    })
}

/// True for a text node that is a microdata value written for machines: an address alone (no white
/// space) as the whole text of an element that carries an `itemprop` (`<div
/// itemprop="image">https://…/photo.jpg</div>`). Pages state their image, logo and address so for
/// search engines and hide them with their stylesheet: the live page knows them hidden, the native
/// door (and a page whose class names say nothing) by this. An address the story writes is in its
/// prose or a link, not an element's whole text with a property.
pub fn is_machine_value(parent: &SnapNode, text: &str) -> bool {
    let text = text.trim();
    parent.attr("itemprop").is_some()
        && (text.starts_with("https://") || text.starts_with("http://"))
        && !text.contains(char::is_whitespace)
}

/// Elements that are furniture by their tag alone; a selection's text leaves out their lines too
/// (extension/content/selection.js). (Not `form`: ASP.NET pages wrap the whole page in one.)
pub const FURNITURE_TAGS: &[&str] = &["nav", "aside", "footer", "figcaption", "dialog", "menu", "header"];

/// Weight a class/id word gives a candidate, as in Readability.
pub const CLASS_WEIGHT: f32 = 25.0;

/// How many nodes after an element its own heading is looked for, and that heading's text read from.
const HEADING_LOOKAHEAD: usize = 12;
/// An anchor made from a heading has at least this many words ("sharing-with-a-single-developer"); a
/// shorter id such as "comments" over a "Comments" heading still names what the section is.
const MIN_ANCHOR_WORDS: usize = 3;

/// The lower-cased `class` and `id` of the element at `index`, joined by a space. An `id` made from the
/// element's own heading (`<div id="sharing-with-a-single-developer"><h2>Sharing with a single
/// developer</h2>`, as documentation and Markdown tools make them) is an anchor, not a hint, and is left out.
pub fn class_and_id(nodes: &[SnapNode], index: usize) -> String {
    let Some(node) = nodes.get(index) else { return String::new() };
    let class = node.attr("class");
    let id = node.attr("id").filter(|id| !anchors_own_heading(nodes, index, id));
    let mut both = String::with_capacity(class.map_or(0, |c| c.len() + 1) + id.map_or(0, |i| i.len() + 1));
    for name in [class, id].into_iter().flatten() {
        push_lowercase(name, &mut both);
        both.push(' ');
    }
    both
}

/// True when `id` has [`MIN_ANCHOR_WORDS`] and every one is a word of the element's own heading.
fn anchors_own_heading(nodes: &[SnapNode], index: usize, id: &str) -> bool {
    let id_words: Vec<String> =
        id.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    if id_words.len() < MIN_ANCHOR_WORDS {
        return false;
    }
    let Some(heading) = own_heading(nodes, index) else { return false };
    let heading_words: Vec<&str> =
        heading.text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    id_words.iter().all(|w| heading_words.contains(&w.as_str()))
}

/// What [`own_heading`] reads of an element's heading.
struct OwnHeading {
    /// Its text, lower-cased, a space after each text node.
    text: String,
    /// True when a link is part of it: a heading that links elsewhere names that place, not the section.
    linked: bool,
}

/// An element's own heading: the first of its children, text aside, when it is an `<h1>`…`<h6>`
/// within [`HEADING_LOOKAHEAD`] nodes.
fn own_heading(nodes: &[SnapNode], index: usize) -> Option<OwnHeading> {
    let mut heading: Option<(u32, OwnHeading)> = None;
    for (at, node) in nodes.iter().enumerate().skip(index + 1).take(HEADING_LOOKAHEAD) {
        let child = node.parent == Some(index as u32);
        match heading.as_mut() {
            None if child && matches!(node.tag.as_str(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6") => {
                heading = Some((at as u32, OwnHeading { text: String::new(), linked: false }))
            }
            None if child && !node.is_text() => return None,
            Some((start, own)) if node.parent.is_some_and(|p| p >= *start) => {
                own.text.push_str(&node.text.to_lowercase());
                own.text.push(' ');
                own.linked |= node.tag == "a";
            }
            Some(_) => break,
            None => {}
        }
    }
    heading.map(|(_, own)| own)
}

/// Headings that open a thread of readers' comments, as [`lines::normalize`] leaves them once a count
/// before or after is taken off ("12 Comments", "Comments (12)"), in the languages of the corpus and
/// beyond. Never "Comment", "Response" or "Discussion" alone: articles have sections so named.
const COMMENT_HEADINGS: &[&str] = &[
    "comments", "top rated comments", "top comments", "reader comments", "readers comments", "user comments",
    "latest comments", "all comments", "show comments", "view comments", "comments are closed", "leave a reply",
    "leave a comment", "post a comment", "add a comment", "write a comment", "join the discussion",
    "join the conversation", "التعليقات", "تعليقات", "تعليقات القراء", "أضف تعليق", "اترك تعليقا", "نظرات", "תגובות",
    "commentaires", "laisser un commentaire", "kommentare", "comentarios", "deja un comentario", "comentários",
    "deixe um comentário", "commenti", "lascia un commento", "reacties", "yorumlar", "комментарии", "评论", "网友评论",
    "コメント", "댓글",
];
/// What follows a count in a comment thread's heading: "3 Responses to “…”", "2 thoughts on “…”".
const COUNTED_COMMENTS: &[&str] =
    &["comment", "comments", "response", "responses", "reply", "replies", "thought", "thoughts"];

/// True when the element opens on a heading of its own that names a thread of readers' comments: the
/// thread, however its class and id are named (hashed by a build tool, or not at all).
pub fn opens_comment_thread(nodes: &[SnapNode], index: usize) -> bool {
    own_heading(nodes, index).is_some_and(|heading| !heading.linked && names_comment_thread(&heading.text))
}

fn names_comment_thread(heading: &str) -> bool {
    let normal = lines::normalize(heading);
    let mut words: Vec<&str> = normal.split(' ').collect();
    let counted_before = words.first().is_some_and(|word| is_count(word));
    if counted_before {
        words.remove(0);
    }
    let counted_after = words.len() > 1 && words.last().is_some_and(|word| is_count(word));
    if counted_after {
        words.pop();
    }
    let counted = match words.as_slice() {
        [what] | [what, "to" | "on", ..] => COUNTED_COMMENTS.contains(what),
        _ => false,
    };
    (counted_before && counted) || COMMENT_HEADINGS.contains(&words.join(" ").as_str())
}

/// True for a line (and its [`lines::normalize`]d text) that opens a thread of comments even without
/// the page's markup (in text copied from it): the count of a post's comments with its title in quotes
/// ("34 responses to “…”", "One thought on “…”"), not a subheading ("3 replies to critics"). A heading
/// of a word or two ("Comments", "12 comments") is as often a link to the thread, on a teaser or a share
/// bar, which only its element tells from a heading.
pub(crate) fn counts_comments_on(line: &str, normal: &str) -> bool {
    let words: Vec<&str> = normal.split(' ').collect();
    matches!(words.as_slice(), [count, what, "to" | "on", _, ..] if is_count(count) && COUNTED_COMMENTS.contains(what))
        && line.contains(['“', '"', '«', '„', '「'])
}

/// True for a word that counts comments: digits, or "one" and "no".
fn is_count(word: &str) -> bool {
    word.chars().all(char::is_numeric) || matches!(word, "one" | "no")
}

/// How many nodes of an element's subtree are looked through to see whether it only wraps a quotation: an
/// embedded post is a few dozen, and the bound keeps the look-ahead cheap on any page.
const QUOTATION_LOOKAHEAD: usize = 200;

/// True when the element at `index` holds nothing but one `<blockquote>` (white space aside): an
/// embedded post (a tweet, an Instagram post) as its embedding code wraps it. Its wrapper's names
/// ("social-media-embed") say where the quotation comes from, not that it is a share bar, and the
/// article quotes it, as human readers keep it.
pub fn wraps_quotation(nodes: &[SnapNode], index: usize) -> bool {
    let after = nodes.get(index + 1..).unwrap_or_default();
    let mut quotation = false;
    for node in after.iter().take(QUOTATION_LOOKAHEAD) {
        // A pre-order subtree is the run of nodes that follows the element with their parents in it.
        let Some(parent) = node.parent.map(|p| p as usize).filter(|&p| p >= index) else { return quotation };
        if parent != index || (node.is_text() && node.text.trim().is_empty()) {
            continue;
        }
        if quotation || node.tag != "blockquote" {
            return false;
        }
        quotation = true;
    }
    // The page ended inside the element, or its subtree is longer than worth looking through.
    quotation && after.len() <= QUOTATION_LOOKAHEAD
}

/// True when one of `tokens` (ASCII) is a whole token of `names`, tokens being runs of letters and digits.
fn has_token(names: &str, tokens: &[&str]) -> bool {
    // Names are nearly always ASCII, whose tokens are split on bytes, without decoding characters or
    // asking Unicode's tables (this was a quarter of building the tree).
    if names.is_ascii() {
        return names
            .as_bytes()
            .split(|b| !b.is_ascii_alphanumeric())
            .any(|token| tokens.iter().any(|t| t.as_bytes() == token));
    }
    names.split(|c: char| !c.is_alphanumeric()).any(|token| tokens.contains(&token))
}

static POSITIVE_WORDS: Phrases = Phrases::new(POSITIVE);
static NEGATIVE_WORDS: Phrases = Phrases::new(NEGATIVE);
static UNLIKELY_WORDS: Phrases = Phrases::new(UNLIKELY);
static NEVER_ARTICLE_WORDS: Phrases = Phrases::new(NEVER_ARTICLE);
static MAYBE_CANDIDATE_WORDS: Phrases = Phrases::new(MAYBE_CANDIDATE);

/// What an element's class and id say about it, read once when the tree is built.
#[derive(Debug, Clone, Copy, Default)]
pub struct Hints {
    /// Readability's class weight: +25 for an article-like class or id, -25 for a furniture-like one.
    pub weight: f32,
    /// True when class or id holds any furniture word, whatever else they hold ("footer-content").
    pub furniture: bool,
    /// True when class or id names the article's back matter ([`BACK_MATTER_TOKENS`]).
    pub back_matter: bool,
}

impl Hints {
    /// The hints of `names` (as [`class_and_id`] gives them).
    pub fn of(names: &str) -> Hints {
        if names.is_empty() {
            return Hints::default();
        }
        let furniture = NEGATIVE_WORDS.found_in(names) || has_token(names, NEGATIVE_TOKENS);
        let mut weight = 0.0;
        if furniture {
            weight -= CLASS_WEIGHT;
        }
        if POSITIVE_WORDS.found_in(names) {
            weight += CLASS_WEIGHT;
        }
        Hints { weight, furniture, back_matter: has_token(names, BACK_MATTER_TOKENS) }
    }
}

/// True for an element that names itself furniture (class, id, role or microdata property), unless it
/// may wrap the article; when not `strict`, only for what is never the article.
pub fn is_unlikely(node: &SnapNode, names: &str, strict: bool) -> bool {
    let names_furniture = |attribute: &str, list: &[&str]| {
        node.attr(attribute).is_some_and(|value| list.contains(&value.trim().to_ascii_lowercase().as_str()))
    };
    if names_furniture("role", FURNITURE_ROLES)
        || (tree::is_block(&node.tag) && names_furniture("itemprop", FURNITURE_PROPERTIES))
    {
        return true;
    }
    if names.is_empty() || matches!(node.tag.as_str(), "body" | "a" | "article" | "main" | "html") {
        return false;
    }
    if has_token(names, NOT_CONTENT_TOKENS) {
        return true;
    }
    if !strict {
        return NEVER_ARTICLE_WORDS.found_in(names) && !MAYBE_CANDIDATE_WORDS.found_in(names);
    }
    (UNLIKELY_WORDS.found_in(names) || has_token(names, &["ad", "ads", "nav"]))
        && !MAYBE_CANDIDATE_WORDS.found_in(names)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_are_ascii_lowercase_and_not_empty() {
        // They are looked for in the lower-cased names.
        for list in [POSITIVE, NEGATIVE, UNLIKELY, NEVER_ARTICLE, MAYBE_CANDIDATE, BACK_MATTER_TOKENS] {
            assert!(list.iter().all(|w| !w.is_empty() && w.is_ascii() && w.to_ascii_lowercase() == *w));
        }
    }

    #[test]
    fn words_are_found_inside_names() {
        assert!(NEGATIVE_WORDS.found_in("footer-content "));
        assert!(NEGATIVE_WORDS.found_in("x-ad-slot "));
        assert!(!NEGATIVE_WORDS.found_in("header main "));
    }

    #[test]
    fn tokens_are_whole_runs_of_letters_and_digits() {
        assert!(has_token("top-ad banner", NEGATIVE_TOKENS));
        assert!(!has_token("header-main", NEGATIVE_TOKENS));
        assert!(has_token("ñandú ad", NEGATIVE_TOKENS), "beside a word that is not ASCII");
        assert!(has_token("bloc—ad", NEGATIVE_TOKENS), "after a mark that is not ASCII");
        assert!(!has_token("adé", NEGATIVE_TOKENS), "a letter that is not ASCII continues the token");
    }

    #[test]
    fn hints_weigh_article_and_furniture_names() {
        assert_eq!(Hints::of("article-body ").weight, CLASS_WEIGHT);
        assert_eq!(Hints::of("sidebar ").weight, -CLASS_WEIGHT);
        assert!(Hints::of("nav ").furniture);
        assert_eq!(Hints::of("").weight, 0.0);
    }

    #[test]
    fn comment_threads_are_named_by_their_headings_with_or_without_a_count() {
        for heading in [
            "Comments",
            "12 Comments",
            "Comments (12)",
            "Top Rated Comments",
            "3 Responses to \u{201c}A day at sea\u{201d}",
            "One thought on \u{201c}Tides\u{201d}",
            "Leave a Reply",
            "التعليقات",
            "Комментарии",
        ] {
            assert!(names_comment_thread(heading), "{heading}");
        }
        for heading in
            ["Comment", "Responses", "Discussion", "Comments on the new law", "Replies to critics", "12 Angry Men"]
        {
            assert!(!names_comment_thread(heading), "{heading}");
        }
    }

    #[test]
    fn a_thread_counted_with_its_title_is_known_by_its_text_alone() {
        for line in [
            "34 responses to \u{201c}Anthony Lynn: \u{201c}We needed to win\u{201d}",
            "One thought on \u{201c}Tides\u{201d}",
        ] {
            assert!(counts_comments_on(line, &lines::normalize(line)), "{line}");
        }
        for line in
            ["Comments", "12 comments", "3 responses", "Replies to critics", "3 replies to critics", "12 thoughts on"]
        {
            assert!(!counts_comments_on(line, &lines::normalize(line)), "{line}");
        }
    }

    #[test]
    fn comment_headings_are_written_normalized() {
        for heading in COMMENT_HEADINGS {
            assert_eq!(lines::normalize(heading), *heading);
        }
    }

    #[test]
    fn back_matter_is_named_by_whole_tokens() {
        assert!(Hints::of("reflist references-column-width ").back_matter);
        assert!(Hints::of("footnotes ").back_matter);
        assert!(!Hints::of("reference ").back_matter, "a citation's mark in a sentence");
        assert!(!Hints::of("user-preferences ").back_matter);
    }
}
