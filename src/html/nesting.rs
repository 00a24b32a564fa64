//! Nesting is how deep elements sit in a document. A browser's parser stops nesting at some depth;
//! html5ever does not, and its scope checks walk the whole stack of open elements, so a page 50,000
//! `<div>`s deep would take seconds. This module flattens such pages before parsing, as Chromium does.

use std::borrow::Cow;

/// Elements nested deeper than this are opened no further, their content kept: Chromium's limit.
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
pub fn flatten(html: &str) -> Cow<'_, str> {
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
    fn deep_pages_keep_their_text_under_the_limit() {
        let depth = 3 * MAX_NESTING;
        let html = format!("{}<p>deep text</p>{}", "<div class=a>".repeat(depth), "</div>".repeat(depth));
        let flat = flatten(&html);
        assert_eq!(flat.matches("<div").count(), MAX_NESTING);
        assert_eq!(flat.matches("</div>").count(), MAX_NESTING);
        assert!(flat.contains("<p>deep text</p>"));
    }
}
