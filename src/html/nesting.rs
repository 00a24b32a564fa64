//! Nesting is how deep elements sit in a document. A browser's parser stops nesting at some depth;
//! html5ever does not, and its scope checks walk the whole stack of open elements, so a page 50,000
//! `<div>`s deep would take seconds. This module flattens such pages before parsing, as Chromium does.
//! It also leaves out formatting elements past a few left open, which the parser would re-open in
//! every paragraph that follows.

use std::borrow::Cow;

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

/// Elements whose content is raw text, where a `<` starts no tag.
const RAW_TEXT: &[&str] =
    &["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"];

/// `html` with the start tags that would nest deeper than [`MAX_NESTING`] left out, with as many of
/// the end tags that follow (the parser would ignore them anyway), and the formatting start tags past
/// [`MAX_OPEN_FORMATTING`]. Borrowed when nothing is that deep.
pub fn flatten(html: &str) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    // Past the last `>` no tag can end, so nothing there needs looking at (and no tag read rescans).
    let last_gt = html.rfind('>').unwrap_or(0);
    let (mut depth, mut dropped, mut at) = (0usize, 0usize, 0usize);
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
        // (`<b/>` opens a `<b>`: a slash closes no HTML element.)
        if let Some(kind) = kind {
            if formatting.iter().sum::<usize>() >= MAX_OPEN_FORMATTING {
                kept.push_str(html.get(copied..start).unwrap_or_default());
                copied = at;
                continue;
            }
            if let Some(open) = formatting.get_mut(kind) {
                *open += 1;
            }
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
    fn deep_pages_keep_their_text_under_the_limit() {
        let depth = 3 * MAX_NESTING;
        let html = format!("{}<p>deep text</p>{}", "<div class=a>".repeat(depth), "</div>".repeat(depth));
        let flat = flatten(&html);
        assert_eq!(flat.matches("<div").count(), MAX_NESTING);
        assert_eq!(flat.matches("</div>").count(), MAX_NESTING);
        assert!(flat.contains("<p>deep text</p>"));
    }
}
