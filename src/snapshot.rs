//! A page snapshot is the small, serializable picture of a web page that the core reads.
//!
//! The content script walks the live DOM and the native tool walks its parsed HTML; both emit the
//! same flat list of nodes in document (pre-)order. A flat list, not a tree, so that neither serde
//! nor the extractor ever recurses: a page nested 10,000 levels deep is just a long list.

use crate::article::utf16_len;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::ops::{Deref, Range};
use std::sync::Arc;

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
    /// True when the snapshot's taker left the rest of a huge page out, at a cap of its own.
    pub truncated: bool,
    /// Where the reader is reading, where the taker knows it: the index in `nodes` of an element in
    /// view (the content script gives the `<h1>` last scrolled past the middle of the view). Of a
    /// page that holds several stories, the one that holds it is the article.
    pub focus: Option<u32>,
}

/// One element or text node of a [`PageSnapshot`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SnapNode {
    /// Index of the parent in [`PageSnapshot::nodes`]; `None` for a child of the document itself.
    pub parent: Option<u32>,
    /// Lower-case tag name of an element, or [`TEXT_TAG`] for a text node.
    pub tag: PageStr,
    /// The text of a text node, exactly as in the page (offsets into it locate sentences).
    pub text: PageStr,
    /// The attributes the extractor reads (id, class, role, itemprop, datetime, rel), names
    /// lower-cased. Snapshot takers keep only those listed in [`KEPT_ATTRIBUTES`].
    pub attrs: Vec<(PageStr, PageStr)>,
    /// True when the reader cannot see the element: `hidden`, `aria-hidden="true"`, a closed
    /// `<dialog>`, an inline style that hides, or not rendered (`display: none`, `visibility:
    /// hidden`) where the live page knows it. Snapshot takers write a hidden element without its
    /// subtree (see [`SKIPPED_ELEMENTS`]).
    pub hidden: bool,
}

/// Attributes worth carrying in a snapshot: exactly those the core reads ([`SnapNode::attr`]);
/// anything else is dropped by the snapshot takers. Every attribute carried costs the content
/// script a call per element and travels to the core (a link's `href` alone was a seventh of a
/// snapshot), so a reader of a new attribute adds it here, and a test holds the two in step.
pub const KEPT_ATTRIBUTES: &[&str] = &["id", "class", "role", "itemprop", "datetime", "rel"];

/// Elements whose content is never page text; snapshot takers skip them entirely.
///
/// One more rule for both takers (the content script and [`crate::html`]): a hidden element
/// ([`SnapNode::hidden`]) is written with its kept attributes but without its subtree. The core
/// leaves everything under a hidden element out (a hidden node excludes its descendants, and
/// metadata skips hidden elements), so its content would only cost walking, transfer and
/// unpacking; on a live page, where menus and modals hidden by style sheets are common, that is a
/// tenth of the nodes. The element itself stays: some attributes count whatever the element's
/// visibility (the first `<time>`'s `datetime` dates the article).
pub const SKIPPED_ELEMENTS: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed", "head", "link",
    "meta", "base", "select", "option", "textarea", "input", "button",
];

impl SnapNode {
    /// True for a text node.
    pub fn is_text(&self) -> bool {
        self.tag == TEXT_TAG
    }

    /// The value of attribute `name`, if present.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(k, _)| k.as_str() == name).map(|(_, v)| v.as_str())
    }
}

/// A string of a snapshot node (a tag, an attribute name or value, a text), read as a `&str`. Unpacked
/// nodes share the buffers they crossed in, each string a slice of one of them: a page's thousands of
/// strings then cost no allocation each, to make or to drop (they were a seventh of a click's core work).
#[derive(Clone)]
pub struct PageStr(Repr);

#[derive(Clone)]
enum Repr {
    Static(&'static str),
    /// Bytes `start..end` of a shared buffer.
    Slice(Arc<str>, u32, u32),
}

impl PageStr {
    /// The empty string.
    pub const EMPTY: PageStr = PageStr(Repr::Static(""));
    /// [`TEXT_TAG`], the tag of every text node.
    pub const TEXT_TAG: PageStr = PageStr(Repr::Static(TEXT_TAG));

    /// Bytes `range` of `whole` (which must fall on character boundaries; an empty string otherwise).
    fn slice(whole: &Arc<str>, range: Range<usize>) -> PageStr {
        PageStr(Repr::Slice(Arc::clone(whole), range.start as u32, range.end as u32))
    }

    /// The first `bytes` bytes at most, cut back to a character boundary.
    pub fn prefix(&self, bytes: usize) -> PageStr {
        let text = self.as_str();
        let mut end = bytes.min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        match &self.0 {
            Repr::Static(text) => PageStr(Repr::Static(text.get(..end).unwrap_or_default())),
            Repr::Slice(whole, start, _) => PageStr(Repr::Slice(Arc::clone(whole), *start, start + end as u32)),
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Static(text) => text,
            Repr::Slice(whole, start, end) => whole.get(*start as usize..*end as usize).unwrap_or_default(),
        }
    }
}

impl Default for PageStr {
    fn default() -> Self {
        PageStr::EMPTY
    }
}

impl Deref for PageStr {
    type Target = str;

    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for PageStr {
    /// A string of its own (an element's empty text and a text node's tag need none).
    fn from(text: &str) -> Self {
        match text {
            "" => PageStr::EMPTY,
            TEXT_TAG => PageStr::TEXT_TAG,
            _ => PageStr::slice(&Arc::from(text), 0..text.len()),
        }
    }
}

impl From<String> for PageStr {
    fn from(text: String) -> Self {
        PageStr::from(text.as_str())
    }
}

impl PartialEq for PageStr {
    #[inline]
    fn eq(&self, other: &PageStr) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for PageStr {}

impl PartialEq<str> for PageStr {
    #[inline]
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for PageStr {
    #[inline]
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl fmt::Debug for PageStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for PageStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for PageStr {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for PageStr {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(PageStrVisitor)
    }
}

/// Reads a string straight into a [`PageStr`], without a `String` on the way when the reader lends it.
struct PageStrVisitor;

impl serde::de::Visitor<'_> for PageStrVisitor {
    type Value = PageStr;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<PageStr, E> {
        Ok(PageStr::from(text))
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

/// The nodes of a [`PageSnapshot`] packed for the trip from the page to the core, as the content
/// script writes them (extension/content/snapshot.js; the contract is in extension/README.md).
///
/// `tree` holds, for each node in document order, `parent + 1` (0: a child of the document) and
/// the index of its tag in `names`, then for a text node (tag [`TEXT_TAG`]) the length of its
/// text, and for an element `hidden` (0 or 1), its number of kept attributes and, for each, the
/// index of its name in `names` and the length of its value. `text` is every text node's text and
/// every kept attribute's value, in that order, end to end. Lengths count UTF-16 code units, as
/// JavaScript measures strings.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PackedNodes {
    /// Every tag and attribute name the nodes use, each once.
    pub names: Vec<String>,
    /// The node records, described above.
    pub tree: Vec<u32>,
    /// The texts and attribute values, end to end.
    pub text: String,
}

impl PackedNodes {
    /// Packs `nodes` as the content script would (a text node's own `hidden` is not carried: the
    /// takers mark hidden elements only).
    pub fn pack(nodes: &[SnapNode]) -> PackedNodes {
        let mut packed = PackedNodes::default();
        let mut name_index = std::collections::HashMap::new();
        let mut index_of = |name: &str, names: &mut Vec<String>| -> u32 {
            *name_index.entry(name.to_string()).or_insert_with(|| {
                names.push(name.to_string());
                (names.len() - 1) as u32
            })
        };
        for node in nodes {
            let tag = index_of(&node.tag, &mut packed.names);
            packed.tree.extend([node.parent.map_or(0, |parent| parent + 1), tag]);
            if node.is_text() {
                packed.tree.push(utf16_len(&node.text));
                packed.text.push_str(&node.text);
                continue;
            }
            packed.tree.extend([u32::from(node.hidden), node.attrs.len() as u32]);
            for (name, value) in &node.attrs {
                let name = index_of(name, &mut packed.names);
                packed.tree.extend([name, utf16_len(value)]);
                packed.text.push_str(value);
            }
        }
        packed
    }

    /// The nodes again; an error names what does not add up (a record cut short, a name or a length
    /// past the end). The nodes' strings are slices of one copy of `names` and one of `text`.
    pub fn unpack(&self) -> Result<Vec<SnapNode>, String> {
        let mut records = self.tree.iter().copied();
        let all_names: Arc<str> = Arc::from(self.names.concat());
        let mut names = Vec::with_capacity(self.names.len());
        for name in &self.names {
            let start = names.last().map_or(0, |previous: &Range<usize>| previous.end);
            names.push(start..start + name.len());
        }
        let name = |index: u32| {
            let range = names.get(index as usize).cloned();
            range
                .map(|range| PageStr::slice(&all_names, range))
                .ok_or_else(|| format!("name {index} is past the {} names", names.len()))
        };
        let whole: Arc<str> = Arc::from(self.text.as_str());
        let mut text = Utf16Cursor::new(&whole);
        // A node takes at least 3 numbers (a text node's record).
        let mut nodes = Vec::with_capacity(self.tree.len() / 3);
        while let Some(parent) = records.next() {
            let parent = parent.checked_sub(1);
            let tag = name(field(&mut records, "tag")?)?;
            if tag == TEXT_TAG {
                let text = text.take(field(&mut records, "text length")?)?;
                nodes.push(SnapNode { parent, tag, text, attrs: Vec::new(), hidden: false });
                continue;
            }
            let hidden = field(&mut records, "hidden")? != 0;
            let count = field(&mut records, "attribute count")?;
            let mut attrs = Vec::new();
            for _ in 0..count {
                let key = name(field(&mut records, "attribute name")?)?;
                attrs.push((key, text.take(field(&mut records, "attribute length")?)?));
            }
            nodes.push(SnapNode { parent, tag, text: PageStr::EMPTY, attrs, hidden });
        }
        let left = whole.len() - text.at.min(whole.len());
        if left > 0 {
            return Err(format!("{left} bytes of text are left after the last node"));
        }
        Ok(nodes)
    }
}

/// The next number of a node record, or an error naming the `what` that is missing.
fn field(records: &mut impl Iterator<Item = u32>, what: &str) -> Result<u32, String> {
    records.next().ok_or_else(|| format!("the tree ends inside a record, before its {what}"))
}

/// Cuts a string into consecutive pieces measured in UTF-16 code units, as JavaScript measured
/// them. A surrogate pair that JavaScript split between two pieces (each then held a lone
/// surrogate) becomes U+FFFD on both sides, as each lone surrogate would on its own.
struct Utf16Cursor<'a> {
    whole: &'a Arc<str>,
    /// Where the next piece starts (bytes).
    at: usize,
    /// The character at `at` is a pair whose first half went to the previous piece.
    split_pair: bool,
}

impl<'a> Utf16Cursor<'a> {
    fn new(whole: &'a Arc<str>) -> Self {
        Utf16Cursor { whole, at: 0, split_pair: false }
    }

    fn take(&mut self, units: u32) -> Result<PageStr, String> {
        let mut wanted = units as usize;
        // The second half of a split pair opens the piece.
        let mut opens_split = false;
        if self.split_pair && wanted > 0 {
            opens_split = true;
            wanted -= 1;
            self.at = (self.at + 4).min(self.whole.len());
            self.split_pair = false;
        }
        let rest = self.whole.get(self.at..).unwrap_or_default();
        // ASCII (most of a page's text) is one unit a byte: its pieces are cut without counting.
        if rest.as_bytes().get(..wanted).is_some_and(<[u8]>::is_ascii) {
            return Ok(self.cut(opens_split, wanted, false));
        }
        let mut counted = 0;
        for (at, byte) in rest.bytes().enumerate() {
            // A UTF-8 lead byte starts a character: one UTF-16 unit, or two for a 4-byte one.
            let width = match byte {
                0x80..=0xBF => continue,
                0xF0..=0xFF => 2,
                _ => 1,
            };
            if counted == wanted {
                return Ok(self.cut(opens_split, at, false));
            }
            if counted + width > wanted {
                self.split_pair = true;
                return Ok(self.cut(opens_split, at, true));
            }
            counted += width;
        }
        if counted < wanted {
            return Err(format!("the text ends {} UTF-16 units short of its nodes", wanted - counted));
        }
        Ok(self.cut(opens_split, rest.len(), false))
    }

    /// The next `len` bytes, which it then leaves, with U+FFFD before them when the piece `opens_split`
    /// and after them when it `closes_split`.
    fn cut(&mut self, opens_split: bool, len: usize, closes_split: bool) -> PageStr {
        let range = self.at..(self.at + len).min(self.whole.len());
        self.at = range.end;
        if !opens_split && !closes_split {
            return PageStr::slice(self.whole, range);
        }
        let mut piece = String::new();
        if opens_split {
            piece.push(char::REPLACEMENT_CHARACTER);
        }
        piece.push_str(self.whole.get(range).unwrap_or_default());
        if closes_split {
            piece.push(char::REPLACEMENT_CHARACTER);
        }
        PageStr::from(piece)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn element(parent: Option<u32>, tag: &str, attrs: &[(&str, &str)], hidden: bool) -> SnapNode {
        let attrs = attrs.iter().map(|&(k, v)| (k.into(), v.into())).collect();
        SnapNode { parent, tag: tag.into(), text: PageStr::EMPTY, attrs, hidden }
    }

    fn text(parent: u32, text: &str) -> SnapNode {
        SnapNode { parent: Some(parent), tag: TEXT_TAG.into(), text: text.into(), ..SnapNode::default() }
    }

    #[test]
    fn nodes_survive_packing() {
        let nodes = vec![
            element(None, "html", &[("lang", "ar"), ("dir", "rtl")], false),
            element(Some(0), "p", &[("class", "lead")], false),
            text(1, "مرحبا، 😀 world"),
            element(Some(0), "div", &[("role", ""), ("id", "x")], true),
            text(3, ""),
            element(Some(3), "p", &[], true),
            text(5, "e\u{301}𝒳"),
        ];
        let packed = PackedNodes::pack(&nodes);
        assert_eq!(packed.names, ["html", "lang", "dir", "p", "class", "#text", "div", "role", "id"]);
        assert_eq!(packed.text, "arrtlleadمرحبا، 😀 worldxe\u{301}𝒳");
        assert_eq!(packed.unpack(), Ok(nodes));
    }

    /// The quoted names between `start` and the next `end` in `source`.
    fn quoted_names(source: &str, start: &str, end: &str) -> Vec<String> {
        let from = source.find(start).map_or(source.len(), |at| at + start.len());
        let list = source.get(from..).unwrap_or_default();
        let list = list.get(..list.find(end).unwrap_or(list.len())).unwrap_or_default();
        list.split('"').skip(1).step_by(2).map(str::to_string).collect()
    }

    fn sorted(names: &[&str]) -> Vec<String> {
        let mut names: Vec<String> = names.iter().map(|n| n.to_string()).collect();
        names.sort();
        names
    }

    #[test]
    fn the_content_scripts_keep_and_skip_what_the_core_expects() {
        let lists = [
            ("snapshot.js", "KEPT_ATTRIBUTES", KEPT_ATTRIBUTES),
            ("snapshot.js", "SKIPPED_ELEMENTS", SKIPPED_ELEMENTS),
            // A selection's text leaves out the lines of the elements the extractor leaves out by their tag.
            ("selection.js", "FURNITURE_TAGS", crate::extract::hints::FURNITURE_TAGS),
        ];
        for (file, list, expected) in lists {
            let path = format!("{}/extension/content/{file}", env!("CARGO_MANIFEST_DIR"));
            let script = std::fs::read_to_string(&path).expect("the content script");
            let mut found = quoted_names(&script, &format!("const {list} = new Set(["), "]");
            found.sort();
            assert_eq!(found, sorted(expected), "{list} in {path}");
        }
    }

    #[test]
    fn every_attribute_the_core_reads_is_kept() {
        // The core's readers call `SnapNode::attr("name")`; src/html reads the parsed page's own
        // elements, before any snapshot.
        let mut read = Vec::new();
        let mut folders = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))];
        while let Some(folder) = folders.pop() {
            for entry in std::fs::read_dir(&folder).expect("a source folder").flatten() {
                let path = entry.path();
                if path.is_dir() && !path.ends_with("html") {
                    folders.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let source = std::fs::read_to_string(&path).expect("a source file");
                    read.extend(
                        source
                            .split(".attr(\"")
                            .skip(1)
                            .filter_map(|rest| rest.split_once('"'))
                            .map(|(name, _)| name.to_string()),
                    );
                }
            }
        }
        assert!(read.iter().any(|name| name == "class"), "no reader found: {read:?}");
        let unkept: Vec<&String> = read.iter().filter(|name| !KEPT_ATTRIBUTES.contains(&name.as_str())).collect();
        assert!(unkept.is_empty(), "read by the core but not kept in snapshots: {unkept:?}");
    }

    #[test]
    fn lengths_count_utf16_units() {
        // "😀" is two UTF-16 units (four UTF-8 bytes): the first node is "a😀", the second "b".
        let packed = PackedNodes {
            names: vec![TEXT_TAG.into(), "p".into()],
            tree: vec![0, 1, 0, 0, 1, 0, 3, 1, 0, 1],
            text: "a😀b".into(),
        };
        let nodes = packed.unpack().expect("valid");
        assert_eq!((nodes[1].text.as_str(), nodes[2].text.as_str()), ("a😀", "b"));
    }

    #[test]
    fn a_surrogate_pair_split_between_two_nodes_is_two_replacement_characters() {
        // JavaScript held a lone high surrogate at the end of one node and a lone low one at the start
        // of the next; end to end they made "😀".
        let packed = PackedNodes {
            names: vec![TEXT_TAG.into(), "p".into()],
            tree: vec![0, 1, 0, 0, 1, 0, 2, 1, 0, 2],
            text: "a😀b".into(),
        };
        let nodes = packed.unpack().expect("valid");
        assert_eq!((nodes[1].text.as_str(), nodes[2].text.as_str()), ("a\u{FFFD}", "\u{FFFD}b"));
    }

    #[test]
    fn packed_nodes_that_do_not_add_up_are_errors() {
        let names = || vec![TEXT_TAG.to_string(), "p".to_string()];
        let cases = [
            (vec![0, 1, 0], "a", "before its attribute count"),
            (vec![0, 7, 0, 0], "", "name 7 is past the 2 names"),
            (vec![0, 1, 0, 0, 1, 0, 5], "abc", "2 UTF-16 units short"),
            (vec![0, 1, 0, 0, 1, 0, 1], "abc", "bytes of text are left"),
            (vec![0, 1, 0, 1, 9, 1], "a", "name 9"),
        ];
        for (tree, text, expected) in cases {
            let error =
                PackedNodes { names: names(), tree: tree.clone(), text: text.into() }.unpack().expect_err("malformed");
            assert!(error.contains(expected), "{tree:?} {text:?}: {error}");
        }
    }
}
