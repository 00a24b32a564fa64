//! Nesting is how deep elements sit in a document. A browser's parser stops nesting at some depth;
//! html5ever does not, and its scope checks walk the whole stack of open elements, so a page 50,000
//! `<div>`s deep would take seconds. This module flattens such pages before parsing, as Chromium does.
//! It also leaves out formatting elements past a few left open, which the parser would re-open in
//! every paragraph that follows, and attributes past a few dozen on one tag, which the parser
//! compares with one another.
//!
//! How deep the parser would nest is estimated from the tags alone ([`OpenElements`]), following
//! the parser's rules as far as they decide depth: an end tag closes only an element that is open,
//! and `/>` closes only an element of SVG or MathML; so that stray end tags or `<div/>`s, which the
//! parser ignores, cannot hide a deep page.

use std::borrow::Cow;
use std::ops::Range;

/// Elements nested deeper than this are opened no further, their content kept: Chromium's limit.
const MAX_NESTING: usize = 512;

/// Elements whose start tag never deepens the tree: void elements, and those whose start tag closes
/// an open one of their kind (a page of unclosed `<p>`s is flat, not deep).
const NEVER_NESTED: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "p", "li",
    "dt", "dd", "tr", "td", "th", "option", "optgroup", "param", "keygen", "frame",
];

/// Formatting elements, which the parser re-opens in every paragraph that follows one left open (its
/// "active formatting elements"): a page that leaves thousands open, each with attributes of its own
/// (which keeps the parser from merging them), would cost thousands of elements a paragraph. Not `a`
/// and `nobr`: a new one closes the one left open.
const FORMATTING: &[&str] = &["b", "big", "code", "em", "font", "i", "s", "small", "strike", "strong", "tt", "u"];
/// Formatting elements open at once at most; start tags past it are left out, their text kept. Real
/// pages leave a few open (the corpus at most 4).
const MAX_OPEN_FORMATTING: usize = 8;

/// The HTML standard's "special" elements (those not void or never nested here): an end tag of another
/// kind that meets one of them open above its own element is ignored.
const SPECIAL: &[&str] = &[
    "address", "applet", "article", "aside", "blockquote", "body", "button", "caption", "center", "colgroup",
    "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure", "footer", "form", "frameset", "h1",
    "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "html", "iframe", "listing", "main", "marquee", "menu",
    "nav", "noembed", "noframes", "noscript", "object", "ol", "plaintext", "pre", "script", "search", "section",
    "select", "style", "summary", "table", "tbody", "template", "textarea", "tfoot", "thead", "title", "ul", "xmp",
];
/// The elements that bound an end tag's scope: a special element's end tag that meets one of them open
/// above its own element is ignored.
const SCOPE_BOUNDARIES: &[&str] = &["applet", "caption", "html", "marquee", "object", "table", "template"];
/// The roots of foreign content, inside which `/>` closes the element it ends.
const FOREIGN_ROOTS: &[&str] = &["svg", "math"];
/// Attributes kept on one tag at most: the parser compares each with every other (for duplicates), so
/// that a tag with 100,000 of them would take seconds. Real tags hold a few dozen at most.
const MAX_ATTRIBUTES: usize = 64;

/// Elements whose content is raw text, where a `<` starts no tag.
const RAW_TEXT: &[&str] =
    &["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"];

/// `html` with the start tags that would nest deeper than [`MAX_NESTING`] left out, with as many of
/// the end tags that follow (the parser would ignore them anyway), the formatting start tags past
/// [`MAX_OPEN_FORMATTING`] and the attributes past [`MAX_ATTRIBUTES`] on one tag. Borrowed when
/// nothing is that deep or many.
pub fn flatten(html: &str) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    // Past the last `>` no tag can end, so nothing there needs looking at (and no tag read rescans).
    let last_gt = html.rfind('>').unwrap_or(0);
    let (mut dropped, mut at) = (0usize, 0usize);
    let mut open = OpenElements::default();
    // How many of each kind of formatting element are open.
    let mut formatting = [0usize; FORMATTING.len()];
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
        let kind = FORMATTING.iter().position(|name| *name == tag.name);
        if tag.closing {
            if let Some(open) = kind.and_then(|kind| formatting.get_mut(kind)) {
                *open = open.saturating_sub(1);
            }
            if NEVER_NESTED.contains(&tag.name.as_str()) {
                continue;
            }
            if dropped > 0 {
                dropped -= 1;
                leave_out(html, start..at, &mut kept, &mut copied);
            } else {
                open.close(&tag.name);
            }
            continue;
        }
        if RAW_TEXT.contains(&tag.name.as_str()) {
            // Skip to the matching end tag: nothing in between is markup.
            at = find_end_tag(bytes, at, &tag.name).unwrap_or(bytes.len());
            continue;
        }
        if let Some(kind) = kind {
            if formatting.iter().sum::<usize>() >= MAX_OPEN_FORMATTING {
                leave_out(html, start..at, &mut kept, &mut copied);
                continue;
            }
            if let Some(open) = formatting.get_mut(kind) {
                *open += 1;
            }
        }
        let closes_itself = tag.self_closing && (open.in_foreign() || FOREIGN_ROOTS.contains(&tag.name.as_str()));
        let nests = !closes_itself && !NEVER_NESTED.contains(&tag.name.as_str());
        if nests && open.depth() >= MAX_NESTING {
            dropped += 1;
            leave_out(html, start..at, &mut kept, &mut copied);
            continue;
        }
        if let Some(cut) = tag.attributes_past_max {
            // The tag up to its first attribute past the most, closed as it was.
            leave_out(html, start + cut..at, &mut kept, &mut copied);
            kept.truncate(kept.trim_end().len());
            kept.push_str(if tag.self_closing { "/>" } else { ">" });
        }
        if nests {
            open.open(tag.name);
        }
    }
    if copied == 0 {
        return Cow::Borrowed(html);
    }
    kept.push_str(html.get(copied..).unwrap_or_default());
    Cow::Owned(kept)
}

/// The elements the parser would hold open, as far as the tags tell: their names, innermost last.
#[derive(Default)]
struct OpenElements {
    names: Vec<String>,
    /// How many of them are roots of foreign content ([`FOREIGN_ROOTS`]).
    foreign: usize,
}

impl OpenElements {
    fn depth(&self) -> usize {
        self.names.len()
    }

    fn in_foreign(&self) -> bool {
        self.foreign > 0
    }

    fn open(&mut self, name: String) {
        self.foreign += usize::from(FOREIGN_ROOTS.contains(&name.as_str()));
        self.names.push(name);
    }

    /// Closes what the end tag of `name` closes, as the parser does: the innermost such element with
    /// all that was opened inside it, but nothing when none is open (a stray end tag), and nothing
    /// when a special element opened inside it stands in the way (`<span><div></span>`), unless the
    /// parser adopts the tag (a formatting element's), which closes that element alone.
    fn close(&mut self, name: &str) {
        let Some(at) = self.names.iter().rposition(|open| open == name) else { return };
        let inside = self.names.get(at + 1..).unwrap_or_default();
        let special_inside = inside.iter().any(|open| SPECIAL.contains(&open.as_str()));
        let closed: Vec<String> = if is_adopted(name) && special_inside {
            vec![self.names.remove(at)]
        } else if SPECIAL.contains(&name) {
            if inside.iter().any(|open| SCOPE_BOUNDARIES.contains(&open.as_str())) {
                return;
            }
            self.names.split_off(at)
        } else if special_inside {
            return;
        } else {
            self.names.split_off(at)
        };
        self.foreign -= closed.iter().filter(|name| FOREIGN_ROOTS.contains(&name.as_str())).count();
    }
}

/// True for the end tags the parser settles by its "adoption agency" (the formatting elements'): the
/// element is closed, and what was opened inside it stays open.
fn is_adopted(name: &str) -> bool {
    FORMATTING.contains(&name) || matches!(name, "a" | "nobr")
}

/// Leaves `html[range]` out of `kept`, which holds `html` up to byte `copied`: copies what comes
/// before the range and passes over it.
fn leave_out(html: &str, range: Range<usize>, kept: &mut String, copied: &mut usize) {
    kept.push_str(html.get(*copied..range.start).unwrap_or_default());
    *copied = range.end;
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
    /// Where the first attribute past [`MAX_ATTRIBUTES`] starts (bytes from `<`), if the tag has more.
    attributes_past_max: Option<usize>,
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
        let name_end = text.len() - after.len() + name.len();
        let attributes_past_max = if closing { None } else { nth_attribute(inside, name_end, MAX_ATTRIBUTES) };
        Some(Tag { name, closing, self_closing: inside.ends_with('/'), len: end + 1, attributes_past_max })
    }
}

/// Where attribute number `n` (from 0) of a start tag's text `inside` (from `<` up to its `>`)
/// starts, its attributes starting at byte `from`; `None` when it has no more than `n`. Values in
/// quotes may hold spaces.
fn nth_attribute(inside: &str, from: usize, n: usize) -> Option<usize> {
    let bytes = inside.as_bytes();
    let mut at = from;
    let mut count = 0;
    loop {
        while bytes.get(at).is_some_and(|b| b.is_ascii_whitespace() || *b == b'/') {
            at += 1;
        }
        if at >= bytes.len() {
            return None;
        }
        if count == n {
            return Some(at);
        }
        count += 1;
        // The name, then perhaps `=` and a value, quoted or not.
        while bytes.get(at).is_some_and(|b| !b.is_ascii_whitespace() && *b != b'=' && *b != b'/') {
            at += 1;
        }
        while bytes.get(at).is_some_and(u8::is_ascii_whitespace) {
            at += 1;
        }
        if bytes.get(at) != Some(&b'=') {
            continue;
        }
        at += 1;
        while bytes.get(at).is_some_and(u8::is_ascii_whitespace) {
            at += 1;
        }
        match bytes.get(at) {
            Some(&quote @ (b'"' | b'\'')) => {
                at += 1 + bytes
                    .get(at + 1..)
                    .and_then(|rest| rest.iter().position(|&b| b == quote))
                    .map_or(bytes.len(), |p| p + 1);
            }
            _ => {
                while bytes.get(at).is_some_and(|b| !b.is_ascii_whitespace()) {
                    at += 1;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shallow_pages_pass_unchanged() {
        let html = "<html><body><div><p>One<p>Two<br><img src=x></div><script>'<div><div>'</script></body></html>";
        assert!(matches!(flatten(html), Cow::Borrowed(_)));
        let flat_paragraphs = "<p>x".repeat(5 * MAX_NESTING);
        assert!(matches!(flatten(&flat_paragraphs), Cow::Borrowed(_)));
    }

    #[test]
    fn formatting_elements_left_open_are_capped_their_text_kept() {
        // Each `<p>` re-opened every `<b>` before it (up to the nesting limit): a million elements.
        let html: String = (0..2_000).map(|i| format!("<b id=b{i}><p>text {i}")).collect();
        let flat = flatten(&html);
        assert_eq!(flat.matches("<b").count(), MAX_OPEN_FORMATTING);
        assert_eq!(flat.matches("<p>text").count(), 2_000);
        // Closed ones do not count.
        let closed = "<b>bold</b> <i>italic</i> <font size=2>small</font>".repeat(2 * MAX_OPEN_FORMATTING);
        assert!(matches!(flatten(&closed), Cow::Borrowed(_)));
    }

    #[test]
    fn end_tags_that_close_nothing_and_slashes_on_html_elements_do_not_hide_depth() {
        // The parser ignores each of these end tags and slashes, so every `<div>` nests.
        for unit in ["<div></x>", "<div/>", "<span><div></span></div>"] {
            let html = format!("{}<p>deep text</p>", unit.repeat(3 * MAX_NESTING));
            let flat = flatten(&html);
            assert!(flat.matches("<div").count() <= MAX_NESTING, "{unit}");
            assert!(flat.contains("<p>deep text</p>"), "{unit}");
        }
        // In SVG a slash does close the element: a long drawing is flat.
        let drawing = format!("<svg>{}</svg><div>after</div>", "<path d=\"M0 0\"/>".repeat(3 * MAX_NESTING));
        assert!(matches!(flatten(&drawing), Cow::Borrowed(_)));
    }

    #[test]
    fn a_tag_keeps_its_first_attributes_only() {
        let attributes: String = (0..3 * MAX_ATTRIBUTES).map(|i| format!(" a{i}=\"x {i}\"")).collect();
        let html = format!("<div{attributes}>text</div>");
        let flat = flatten(&html);
        let first = attributes.find(&format!(" a{MAX_ATTRIBUTES}=")).unwrap_or(0);
        assert!(flat.starts_with(&format!("<div{}>", &attributes[..first])));
        assert_eq!(flat.matches('=').count(), MAX_ATTRIBUTES);
        assert!(flat.ends_with(">text</div>"));
        let few = format!("<img{}/>", &attributes[..attributes.find(" a10=").unwrap_or(0)]);
        assert!(matches!(flatten(&few), Cow::Borrowed(_)));
    }

    #[test]
    fn deep_pages_keep_their_text_under_the_limit() {
        let depth = 3 * MAX_NESTING;
        let html = format!("{}<p>deep text</p>{}", "<div class=a>".repeat(depth), "</div>".repeat(depth));
        let flat = flatten(&html);
        assert_eq!(flat.matches("<div").count(), MAX_NESTING);
        assert_eq!(flat.matches("</div>").count(), MAX_NESTING);
        assert!(flat.contains("<p>deep text</p>"));
    }
}
