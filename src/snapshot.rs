//! A page snapshot is the small, serializable picture of a web page that the core reads.
//!
//! The content script walks the live DOM and the native tool walks its parsed HTML; both emit the
//! same flat list of nodes in document (pre-)order. A flat list, not a tree, so that neither serde
//! nor the extractor ever recurses: a page nested 10,000 levels deep is just a long list.

use serde::{Deserialize, Serialize};

/// The tag given to text nodes in [`SnapNode::tag`].
pub const TEXT_TAG: &str = "#text";

/// A web page as the core sees it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PageSnapshot {
    /// The page's address (`location.href`), for the copy-as-Markdown link; may be empty.
    pub url: String,
    /// `document.title`.
    pub title: String,
    /// The `lang` attribute of `<html>`, if any.
    pub lang: Option<String>,
    /// The `dir` attribute of `<html>` (or `<body>`), if any.
    pub dir: Option<String>,
    /// `<meta>` tags: `name` or `property` (lower-cased) with their `content`.
    pub meta: Vec<(String, String)>,
    /// The text of every `<script type="application/ld+json">`.
    pub json_ld: Vec<String>,
    /// Elements and text nodes in document order; a node's parent always comes before it.
    pub nodes: Vec<SnapNode>,
}

/// One element or text node of a [`PageSnapshot`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SnapNode {
    /// Index of the parent in [`PageSnapshot::nodes`]; `None` for a child of the document itself.
    pub parent: Option<u32>,
    /// Lower-case tag name of an element, or [`TEXT_TAG`] for a text node.
    pub tag: String,
    /// The text of a text node, exactly as in the page (offsets into it locate sentences).
    pub text: String,
    /// The attributes the extractor reads (id, class, role, itemprop, href, lang, dir, datetime, …),
    /// names lower-cased. Snapshot takers keep only those listed in [`KEPT_ATTRIBUTES`].
    pub attrs: Vec<(String, String)>,
    /// True when the reader cannot see the node: `hidden`, `aria-hidden="true"`, or not rendered
    /// (`display: none`, `visibility: hidden`) where the live page knows it.
    pub hidden: bool,
}

/// Attributes worth carrying in a snapshot; anything else is dropped by the snapshot takers.
pub const KEPT_ATTRIBUTES: &[&str] = &[
    "id", "class", "role", "itemprop", "itemtype", "href", "lang", "dir", "datetime", "rel", "name",
    "property", "content", "aria-label", "data-testid",
];

/// Elements whose content is never page text; snapshot takers skip them entirely.
pub const SKIPPED_ELEMENTS: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed",
    "head", "link", "meta", "base", "select", "option", "textarea", "input", "button",
];

impl SnapNode {
    /// True for a text node.
    pub fn is_text(&self) -> bool {
        self.tag == TEXT_TAG
    }

    /// The value of attribute `name`, if present.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }
}

impl PageSnapshot {
    /// The value of the first `<meta>` whose name or property is `key`.
    pub fn meta(&self, key: &str) -> Option<&str> {
        self.meta.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    /// Checks the one invariant the extractor relies on: every parent comes before its child.
    pub fn validate(&self) -> Result<(), String> {
        for (index, node) in self.nodes.iter().enumerate() {
            if let Some(parent) = node.parent {
                if parent as usize >= index {
                    return Err(format!("node {index} names parent {parent}, which does not come before it"));
                }
            }
        }
        Ok(())
    }
}
