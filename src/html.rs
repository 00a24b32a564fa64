//! Native only: parses an HTML document (any encoding) into a [`PageSnapshot`], as the content
//! script does from the live DOM, so both doors lead to the same extraction.

use crate::snapshot::{PageSnapshot, SnapNode, KEPT_ATTRIBUTES, SKIPPED_ELEMENTS, TEXT_TAG};
use ego_tree::iter::Edge;
use scraper::{Html, Node};

/// Decodes `bytes` (see [`decode`]) and parses them.
pub fn snapshot_from_bytes(bytes: &[u8], url: &str) -> PageSnapshot {
    snapshot_from_html(&decode(bytes), url)
}

/// Parses `html` as a browser would and takes its snapshot.
pub fn snapshot_from_html(html: &str, url: &str) -> PageSnapshot {
    let document = Html::parse_document(html);
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
                        page.nodes.push(SnapNode { parent, tag: TEXT_TAG.to_string(), text: text.to_string(), ..SnapNode::default() });
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
fn read_head_element(tag: &str, element: &scraper::node::Element, node: &ego_tree::NodeRef<Node>, page: &mut PageSnapshot) {
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
    let encoding = declared_encoding(bytes.get(..CHARSET_PRESCAN_BYTES).unwrap_or(bytes)).unwrap_or(encoding_rs::WINDOWS_1252);
    // A page cannot declare itself UTF-16 in its own (ASCII-compatible) markup.
    let encoding = if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE { encoding_rs::UTF_8 } else { encoding };
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
