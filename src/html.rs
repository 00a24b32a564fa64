//! Native only: parses an HTML document (any encoding) into a [`PageSnapshot`], as the content
//! script does from the live DOM, so both doors lead to the same extraction.

use crate::snapshot::{PageSnapshot, SnapNode, KEPT_ATTRIBUTES, SKIPPED_ELEMENTS, TEXT_TAG};
use ego_tree::iter::Edge;
use scraper::{Html, Node};
use std::borrow::Cow;

/// Decodes `bytes` (see [`decode`]) and parses them.
pub fn snapshot_from_bytes(bytes: &[u8], url: &str) -> PageSnapshot {
    snapshot_from_html(&decode(bytes), url)
}

/// Parses `html` as a browser would and takes its snapshot.
pub fn snapshot_from_html(html: &str, url: &str) -> PageSnapshot {
    let document = Html::parse_document(&flatten_deep_nesting(html));
    let mut page = PageSnapshot { url: url.to_string(), ..PageSnapshot::default() };
    // Snapshot index of each open element, or None for one skipped with its subtree.
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
                        let attrs: Vec<(String, String)> = element
                            .attrs()
                            .filter(|(name, _)| KEPT_ATTRIBUTES.contains(name))
                            .map(|(name, value)| (name.to_string(), value.to_string()))
                            .collect();
                        let hidden = is_hidden(&tag, element);
                        open.push(Some(page.nodes.len() as u32));
                        page.nodes.push(SnapNode { parent, tag, text: String::new(), attrs, hidden });
                    }
                    Node::Text(text) if !skipping && !open.is_empty() => {
                        page.nodes.push(SnapNode {
                            parent,
                            tag: TEXT_TAG.to_string(),
                            text: text.to_string(),
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

/// Elements nested deeper than this are opened no further, their content kept: what Chromium's
/// parser does (it stops nesting at 512), and what keeps html5ever linear, as its scope checks walk
/// the whole stack of open elements (a page 50,000 `<div>`s deep otherwise takes seconds).
const MAX_NESTING: usize = 512;

/// Elements whose start tag never deepens the tree: void elements, and those whose start tag closes
/// an open one of their kind (a page of unclosed `<p>`s is flat, not deep).
const NEVER_NESTED: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "p", "li",
    "dt", "dd", "tr", "td", "th", "option", "optgroup", "param", "keygen", "frame",
];

/// Elements whose content is raw text, where a `<` starts no tag.
const RAW_TEXT: &[&str] =
    &["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"];

/// `html` with the start tags that would nest deeper than [`MAX_NESTING`] left out, with as many of
/// the end tags that follow (the parser would ignore them anyway). Borrowed when nothing is that deep.
fn flatten_deep_nesting(html: &str) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    // Past the last `>` no tag can end, so nothing there needs looking at (and no tag read rescans).
    let last_gt = html.rfind('>').unwrap_or(0);
    let (mut depth, mut dropped, mut at) = (0usize, 0usize, 0usize);
    let mut kept = String::new();
    let mut copied = 0usize; // bytes of `html` already in `kept`
    while let Some(offset) = memchr_lt(bytes.get(at..).unwrap_or_default()) {
        let start = at + offset;
        if start > last_gt {
            break;
        }
        let rest = html.get(start..).unwrap_or_default();
        let Some(tag) = Tag::read(rest) else {
            at = start + 1;
            continue;
        };
        at = start + tag.len;
        if tag.closing {
            if NEVER_NESTED.contains(&tag.name.as_str()) {
                continue;
            }
            if dropped > 0 {
                dropped -= 1;
                kept.push_str(html.get(copied..start).unwrap_or_default());
                copied = at;
            } else {
                depth = depth.saturating_sub(1);
            }
            continue;
        }
        if RAW_TEXT.contains(&tag.name.as_str()) {
            // Skip to the matching end tag: nothing in between is markup.
            at = find_end_tag(bytes, at, &tag.name).unwrap_or(bytes.len());
            continue;
        }
        if tag.self_closing || NEVER_NESTED.contains(&tag.name.as_str()) {
            continue;
        }
        if depth >= MAX_NESTING {
            dropped += 1;
            kept.push_str(html.get(copied..start).unwrap_or_default());
            copied = at;
        } else {
            depth += 1;
        }
    }
    if copied == 0 {
        return Cow::Borrowed(html);
    }
    kept.push_str(html.get(copied..).unwrap_or_default());
    Cow::Owned(kept)
}

fn memchr_lt(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == b'<')
}

/// The offset of the next `</name` (any case) in `bytes` from `from`.
fn find_end_tag(bytes: &[u8], from: usize, name: &str) -> Option<usize> {
    let name = name.as_bytes();
    let mut at = from;
    while let Some(offset) = memchr_lt(bytes.get(at..)?) {
        let start = at + offset;
        let candidate = bytes.get(start + 2..start + 2 + name.len());
        if bytes.get(start + 1) == Some(&b'/') && candidate.is_some_and(|c| c.eq_ignore_ascii_case(name)) {
            return Some(start);
        }
        at = start + 1;
    }
    None
}

/// A start or end tag as the nesting scan sees it.
struct Tag {
    name: String,
    closing: bool,
    self_closing: bool,
    /// Bytes from `<` to `>` inclusive.
    len: usize,
}

impl Tag {
    /// Reads the tag at the start of `text` (which starts with `<`); `None` for a comment, a doctype
    /// or a `<` that starts no tag. (Tags inside comments are counted too: the depth is an estimate,
    /// good enough to bound the parser's work.)
    fn read(text: &str) -> Option<Tag> {
        let after = text.get(1..)?;
        let (closing, after) = match after.strip_prefix('/') {
            Some(rest) => (true, rest),
            None => (false, after),
        };
        let name: String = after
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect::<String>()
            .to_ascii_lowercase();
        if name.is_empty() || !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
            return None;
        }
        let end = text.find('>')?;
        let inside = text.get(..end)?;
        Some(Tag { name, closing, self_closing: inside.ends_with('/'), len: end + 1 })
    }
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

/// How far into a document a `<meta charset>` or XML declaration is looked for (as browsers do: 1024
/// bytes is the standard's prescan; pages with long heads put it later, so look a little further).
const CHARSET_PRESCAN_BYTES: usize = 4096;

/// Decodes a document's bytes: a byte-order mark wins; then bytes that are valid UTF-8 are UTF-8
/// (saved pages are often re-encoded without fixing their `<meta charset>`, and text in a legacy
/// encoding is almost never valid UTF-8); then the declared charset; then windows-1252, the web's
/// default for undeclared pages.
pub fn decode(bytes: &[u8]) -> String {
    if let Some((encoding, bom_length)) = encoding_rs::Encoding::for_bom(bytes) {
        let body = bytes.get(bom_length..).unwrap_or_default();
        return encoding.decode_without_bom_handling(body).0.into_owned();
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return text.to_string();
    }
    let encoding =
        declared_encoding(bytes.get(..CHARSET_PRESCAN_BYTES).unwrap_or(bytes)).unwrap_or(encoding_rs::WINDOWS_1252);
    // A page cannot declare itself UTF-16 in its own (ASCII-compatible) markup.
    let encoding = if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE {
        encoding_rs::UTF_8
    } else {
        encoding
    };
    encoding.decode_without_bom_handling(bytes).0.into_owned()
}

/// The encoding named by `charset=` (meta tag or http-equiv) or `encoding=` (XML declaration).
fn declared_encoding(head: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    ["charset=", "encoding="].iter().find_map(|key| {
        head.match_indices(key).find_map(|(at, _)| {
            let label: String = head
                .get(at + key.len()..)?
                .trim_start_matches(['"', '\'', ' '])
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
                .collect();
            encoding_rs::Encoding::for_label(label.as_bytes())
        })
    })
}
