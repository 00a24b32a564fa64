//! Native only: parses an HTML document (any encoding) into a [`PageSnapshot`], as the content
//! script does from the live DOM, so both doors lead to the same extraction.
//!
//! Its modules: `decode` picks the encoding, `nesting` keeps the parse linear on pathological nesting,
//! `shadow` puts declarative shadow roots in place; this one walks the parsed document into the
//! snapshot.

mod decode;
mod nesting;
mod shadow;

pub use decode::decode;

use crate::snapshot::{PageSnapshot, PageStr, SnapNode, KEPT_ATTRIBUTES, SKIPPED_ELEMENTS};
use ego_tree::iter::Edge;
use scraper::{Html, Node};

/// Decodes `bytes` (see [`decode()`]) and parses them.
pub fn snapshot_from_bytes(bytes: &[u8], url: &str) -> PageSnapshot {
    snapshot_from_html(&decode(bytes), url)
}

/// Tags parsed at most, counted as `<` characters: well over twice the nodes the extractor reads
/// (200,000; an element takes a tag to open and one to close), so that only a page the extractor
/// would cut anyway is cut, and before the parser builds a tree for all of it (a 20 MB page of bare
/// `<p>x` is four million elements: 2 GB of tree).
const MAX_TAGS: usize = 500_000;

/// Parses `html` as a browser would and takes its snapshot; a page past [`MAX_TAGS`] is read up to
/// that tag, and its snapshot says so.
pub fn snapshot_from_html(html: &str, url: &str) -> PageSnapshot {
    let (html, truncated) = match html.match_indices('<').nth(MAX_TAGS) {
        Some((cut, _)) => (&html[..cut], true),
        None => (html, false),
    };
    let mut document = Html::parse_document(&nesting::flatten(html));
    shadow::compose(&mut document);
    let mut page = PageSnapshot { url: url.to_string(), truncated, ..PageSnapshot::default() };
    // Snapshot index of each open element, or None for one whose subtree is left out (skipped or hidden).
    let mut open: Vec<Option<u32>> = Vec::new();
    for edge in document.tree.root().traverse() {
        match edge {
            Edge::Open(node) => {
                let parent = open.last().copied().flatten();
                let skipping = open.last().is_some_and(Option::is_none);
                match node.value() {
                    Node::Element(element) => {
                        let tag = element.name().to_ascii_lowercase();
                        read_head_element(&tag, element, &node, &mut page);
                        if skipping || SKIPPED_ELEMENTS.contains(&tag.as_str()) {
                            open.push(None);
                            continue;
                        }
                        let attrs: Vec<(PageStr, PageStr)> = element
                            .attrs()
                            .filter(|(name, _)| KEPT_ATTRIBUTES.contains(name))
                            .map(|(name, value)| (name.into(), value.into()))
                            .collect();
                        // A hidden element goes in without its subtree (`SnapNode::hidden`).
                        let hidden = is_hidden(&tag, element);
                        open.push(if hidden { None } else { Some(page.nodes.len() as u32) });
                        page.nodes.push(SnapNode { parent, tag: tag.into(), text: PageStr::EMPTY, attrs, hidden });
                    }
                    Node::Text(text) if !skipping && !open.is_empty() => {
                        page.nodes.push(SnapNode {
                            parent,
                            tag: PageStr::TEXT_TAG,
                            text: PageStr::from(&**text),
                            ..SnapNode::default()
                        });
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if node.value().is_element() {
                    open.pop();
                }
            }
        }
    }
    page
}

/// Collects what the page says about itself: title, language, direction, meta tags and JSON-LD.
fn read_head_element(
    tag: &str,
    element: &scraper::node::Element,
    node: &ego_tree::NodeRef<Node>,
    page: &mut PageSnapshot,
) {
    let text = || node.children().filter_map(|c| c.value().as_text().map(|t| t.to_string())).collect::<String>();
    match tag {
        "html" => {
            page.lang = element.attr("lang").map(str::to_string);
            page.dir = element.attr("dir").map(str::to_string);
        }
        "title" if page.title.is_empty() => page.title = text().trim().to_string(),
        "meta" => {
            let key = element.attr("name").or_else(|| element.attr("property")).or_else(|| element.attr("itemprop"));
            if let (Some(key), Some(content)) = (key, element.attr("content")) {
                page.meta.push((key.to_ascii_lowercase(), content.to_string()));
            }
        }
        "script" if element.attr("type").is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json")) => {
            page.json_ld.push(text());
        }
        _ => {}
    }
}

/// What a browser would not render, as far as the markup alone tells: the `hidden` attribute,
/// `aria-hidden="true"`, an inline `display: none` or `visibility: hidden`, a closed `<dialog>`. (The
/// live page also knows the stylesheets' verdict; see [`SnapNode::hidden`].)
fn is_hidden(tag: &str, element: &scraper::node::Element) -> bool {
    element.attr("hidden").is_some()
        || element.attr("aria-hidden").is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
        || element.attr("style").is_some_and(style_hides)
        || (tag == "dialog" && element.attr("open").is_none())
}

fn style_hides(style: &str) -> bool {
    let style: String = style.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
    style.contains("display:none") || style.contains("visibility:hidden")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each node after `<body>`: its tag (a text node's text), its parent's tag and whether it is hidden.
    fn body_nodes(html: &str) -> Vec<(String, String, bool)> {
        let page = snapshot_from_html(html, "");
        let tag = |index: Option<u32>| index.and_then(|i| page.nodes.get(i as usize)).map_or("", |n| n.tag.as_str());
        let body = page.nodes.iter().position(|n| n.tag == "body").expect("a body");
        page.nodes[body + 1..]
            .iter()
            .map(|n| {
                (if n.is_text() { n.text.to_string() } else { n.tag.to_string() }, tag(n.parent).to_string(), n.hidden)
            })
            .collect()
    }

    #[test]
    fn a_hidden_element_comes_without_its_subtree() {
        let html = "<body><p>shown</p><div hidden id=a><p>unseen</p></div><section aria-hidden=' True '><b>x</b></section>\
                    <span style='DISPLAY : none'>y</span><dialog><p>closed</p></dialog><dialog open>open</dialog><p>after</p>";
        let owned =
            |v: &[(&str, &str, bool)]| v.iter().map(|(a, b, h)| (a.to_string(), b.to_string(), *h)).collect::<Vec<_>>();
        assert_eq!(
            body_nodes(html),
            owned(&[
                ("p", "body", false),
                ("shown", "p", false),
                ("div", "body", true),
                ("section", "body", true),
                ("span", "body", true),
                ("dialog", "body", true),
                ("dialog", "body", false),
                ("open", "dialog", false),
                ("p", "body", false),
                ("after", "p", false),
            ])
        );
    }

    #[test]
    fn a_custom_elements_declarative_shadow_root_is_read_as_the_page_shows_it() {
        // As the live walk reads it (tests/snapshot.test.mjs): slotted children where their slots are, a
        // slot's own children when nothing is assigned to it, a child no slot takes left out.
        let html = "<body><news-story><template shadowrootmode=open><h1><slot name=headline>No headline</slot></h1>\
                    <p>Shadow text.</p><slot></slot><slot name=none>Fallback</slot></template>\
                    <span slot=headline>Storm</span><p>Light text.</p><i slot=missing>Gone</i></news-story>\
                    <slot><b>own</b></slot><div><template shadowrootmode=open><p>Unread</p></template></div>\
                    <outer-box><template shadowrootmode=open><inner-box><template shadowrootmode=open>\
                    <em><slot></slot></em></template><b>Inner</b></inner-box><slot></slot></template><p>Outer</p></outer-box>";
        let tags: Vec<(String, String)> = body_nodes(html).into_iter().map(|(tag, parent, _)| (tag, parent)).collect();
        let expected = [
            ("news-story", "body"),
            ("h1", "news-story"),
            ("slot", "h1"),
            ("span", "slot"),
            ("Storm", "span"),
            ("p", "news-story"),
            ("Shadow text.", "p"),
            ("slot", "news-story"),
            ("p", "slot"),
            ("Light text.", "p"),
            ("slot", "news-story"),
            ("Fallback", "slot"),
            ("slot", "body"),
            ("b", "slot"),
            ("own", "b"),
            ("div", "body"),
            // A shadow root inside a shadow root keeps its own slots.
            ("outer-box", "body"),
            ("inner-box", "outer-box"),
            ("em", "inner-box"),
            ("slot", "em"),
            ("b", "slot"),
            ("Inner", "b"),
            ("slot", "outer-box"),
            ("p", "slot"),
            ("Outer", "p"),
        ];
        assert_eq!(tags, expected.map(|(a, b)| (a.to_string(), b.to_string())));
    }

    #[test]
    fn metadata_inside_a_hidden_element_is_still_read() {
        let page = snapshot_from_html(
            "<body><div hidden><meta name=Author content=Someone><script type=application/ld+json>{}</script></div></body>",
            "",
        );
        assert_eq!(page.meta, [("author".to_string(), "Someone".to_string())]);
        assert_eq!(page.json_ld, ["{}"]);
        let hidden = page.nodes.iter().find(|n| n.tag == "div").expect("the div");
        assert!(hidden.hidden && hidden.attrs.is_empty());
        assert_eq!(page.nodes.last().map(|n| n.tag.as_str()), Some("div"));
    }
}
