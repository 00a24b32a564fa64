//! Hints are what an element's `class`, `id` and `role` say about it: article text, furniture, or
//! neither. Every word list here is a named constant; none names one site's classes.

use crate::snapshot::SnapNode;

/// Words in class/id that mark a likely article container (Readability's positive list, widened).
const POSITIVE: &[&str] = &[
    "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post", "text",
    "blog", "story", "prose", "paragraph",
];

/// Words in class/id that mark page furniture (Readability's negative list, widened).
const NEGATIVE: &[&str] = &[
    "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead", "media",
    "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor",
    "shopping", "tags", "widget", "taboola", "newsletter", "subscribe", "social", "recommend", "popular",
    "trending", "byline", "author", "caption", "credit", "breadcrumb", "toolbar", "signup",
];

/// Whole class/id tokens that are negative only on their own ("ad" would otherwise match "header").
const NEGATIVE_TOKENS: &[&str] = &["ad", "ads", "advert", "advertisement", "nav", "tag", "more", "aside", "rail", "teaser"];

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
const NEVER_ARTICLE: &[&str] = &[
    "comment", "disqus", "replies", "respond", "cookie", "consent", "newsletter", "outbrain", "taboola", "related",
];

/// Words that rescue an unlikely-looking element: it may well wrap the article.
const MAYBE_CANDIDATE: &[&str] = &["and", "article", "body", "column", "content", "main", "shadow", "story", "entry"];

/// ARIA roles of elements that are never the article.
const FURNITURE_ROLES: &[&str] = &[
    "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog", "banner", "contentinfo",
    "search", "toolbar", "tablist", "form",
];

/// Class tokens that by near-universal convention (Bootstrap, WordPress, HTML5 Boilerplate) hide an
/// element from sight: the live page knows it from the stylesheet, the native door only from the name,
/// so both doors read them as hidden.
const HIDING_CLASSES: &[&str] = &[
    "hidden", "hide", "d-none", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "is-hidden",
    "u-hidden", "hidden-xs-up", "offscreen",
];

/// True when the element's class says the reader cannot see it.
pub fn hides(node: &SnapNode) -> bool {
    node.attr("class").is_some_and(|class| class.split_whitespace().any(|token| HIDING_CLASSES.iter().any(|h| token.eq_ignore_ascii_case(h))))
}

/// Elements that are furniture by their tag alone.
/// (Not `form`: ASP.NET pages wrap the whole page in one.)
pub const FURNITURE_TAGS: &[&str] = &["nav", "aside", "footer", "figcaption", "dialog", "menu", "header"];

/// Weight a class/id word gives a candidate, as in Readability.
pub const CLASS_WEIGHT: f32 = 25.0;

/// The lower-cased `class` and `id` of `node`, joined by a space.
pub fn class_and_id(node: &SnapNode) -> String {
    let mut both = String::new();
    for name in ["class", "id"] {
        if let Some(value) = node.attr(name) {
            both.push_str(&value.to_lowercase());
            both.push(' ');
        }
    }
    both
}

fn has_token(names: &str, tokens: &[&str]) -> bool {
    names.split(|c: char| !c.is_alphanumeric()).any(|token| tokens.contains(&token))
}

fn has_word(names: &str, words: &[&str]) -> bool {
    words.iter().any(|word| names.contains(word))
}

/// Readability's class weight: +25 for an article-like class or id, -25 for a furniture-like one.
pub fn class_weight(names: &str) -> f32 {
    if names.is_empty() {
        return 0.0;
    }
    let mut weight = 0.0;
    if has_word(names, NEGATIVE) || has_token(names, NEGATIVE_TOKENS) {
        weight -= CLASS_WEIGHT;
    }
    if has_word(names, POSITIVE) {
        weight += CLASS_WEIGHT;
    }
    weight
}

/// True when class or id holds any furniture word, whatever else they hold ("footer-content").
pub fn names_furniture(names: &str) -> bool {
    has_word(names, NEGATIVE) || has_token(names, NEGATIVE_TOKENS)
}

/// True for an element that names itself furniture (class, id or role), unless it may wrap the article;
/// when not `strict`, only for what is never the article.
pub fn is_unlikely(node: &SnapNode, names: &str, strict: bool) -> bool {
    if node.attr("role").is_some_and(|role| FURNITURE_ROLES.contains(&role.trim().to_ascii_lowercase().as_str())) {
        return true;
    }
    if names.is_empty() || matches!(node.tag.as_str(), "body" | "a" | "article" | "main" | "html") {
        return false;
    }
    if !strict {
        return has_word(names, NEVER_ARTICLE) && !has_word(names, MAYBE_CANDIDATE);
    }
    (has_word(names, UNLIKELY) || has_token(names, &["ad", "ads", "nav"])) && !has_word(names, MAYBE_CANDIDATE)
}
