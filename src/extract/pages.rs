//! Pages: whether the article goes on past the page in view, as a page-number bar after its last
//! paragraph says ("1 | 2 | 3 | Next ›"). The core makes no request, so the other pages are not
//! read: the reader is told that the summary covers this page only.
//!
//! A bar of page numbers also pages comment threads, listings and slideshows; only one that follows
//! the article's end closely, with nothing of substance between, pages the article.

use super::tree::{Exclusion, Tree};
use crate::snapshot::SnapNode;

/// Words in class/id that name a bar of page links.
const PAGER_WORDS: &[&str] =
    &["pagination", "pager", "paging", "page-links", "pagelinks", "page-numbers", "pagenav", "page-nav", "pagenum"];
/// A bar's own text is this short at most (characters): numbers and "next", no headlines.
const MAX_PAGER_CHARS: usize = 120;
/// The most text between the article's last node and the bar (characters): room for a share bar or
/// a tag line, not for comments or a list of other stories, which a bar after them pages.
const MAX_GAP_CHARS: usize = 200;
/// Page numbers have at most this many digits.
const MAX_PAGE_DIGITS: usize = 3;

/// True when a bar of page links follows the article, whose last text node is `last`.
pub fn continues(tree: &Tree, last: usize) -> bool {
    let nodes = tree.nodes();
    let mut gap = 0;
    let mut at = last + 1;
    while at < nodes.len() && gap <= MAX_GAP_CHARS {
        let node = tree.node(at);
        if tree.at(at).exclusion == Exclusion::Hidden {
            at = tree.end(at);
        } else if node.is_text() {
            gap += visible_chars(&node.text);
            at += 1;
        } else if names_a_pager(node) {
            if is_page_bar(tree, at) {
                return true;
            }
            gap += tree.subtree(at).iter().filter(|n| n.is_text()).map(|n| visible_chars(&n.text)).sum::<usize>();
            at = tree.end(at);
        } else {
            at += 1;
        }
    }
    false
}

/// True when the element's class or id names a bar of page links.
fn names_a_pager(node: &SnapNode) -> bool {
    [node.attr("class"), node.attr("id")]
        .into_iter()
        .flatten()
        .any(|name| PAGER_WORDS.iter().any(|word| contains_ignoring_case(name, word)))
}

/// True when the element at `index` reads as a bar of page numbers: short, with two page numbers or
/// more standing alone (the current page's often plain text), one of them a link.
fn is_page_bar(tree: &Tree, index: usize) -> bool {
    let mut chars = 0;
    let (mut numbers, mut linked) = (Vec::new(), false);
    for (offset, node) in tree.subtree(index).iter().enumerate() {
        if !node.is_text() {
            continue;
        }
        chars += visible_chars(&node.text);
        if let Some(number) = page_number(node.text.trim()) {
            linked |= tree.at(index + offset).in_link;
            if !numbers.contains(&number) {
                numbers.push(number);
            }
        }
    }
    chars <= MAX_PAGER_CHARS && numbers.len() >= 2 && linked
}

/// The page number `text` writes, in any script's decimal digits.
fn page_number(text: &str) -> Option<u32> {
    if text.is_empty() || text.chars().count() > MAX_PAGE_DIGITS {
        return None;
    }
    text.chars().try_fold(0, |value, c| Some(value * 10 + decimal_value(c)?))
}

/// The value of a decimal digit of the scripts news is written in: ASCII, Arabic-Indic, Persian,
/// Devanagari, Bengali and full-width.
fn decimal_value(c: char) -> Option<u32> {
    const ZEROS: &[char] = &['0', '\u{660}', '\u{6F0}', '\u{966}', '\u{9E6}', '\u{FF10}'];
    ZEROS.iter().find_map(|&zero| (c as u32).checked_sub(zero as u32).filter(|&value| value < 10))
}

fn visible_chars(text: &str) -> usize {
    text.split_whitespace().map(|word| word.chars().count()).sum()
}

fn contains_ignoring_case(name: &str, word: &str) -> bool {
    name.as_bytes().windows(word.len()).any(|window| window.eq_ignore_ascii_case(word.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_numbers_are_short_runs_of_decimal_digits_in_any_script() {
        let numbers = [("2", 2), ("١٢", 12), ("۳", 3), ("２", 2), ("१०", 10)];
        for (text, number) in numbers {
            assert_eq!(page_number(text), Some(number), "{text}");
        }
        for text in ["", "2a", "Next", "2020", "½", "Ⅱ"] {
            assert_eq!(page_number(text), None, "{text}");
        }
    }
}
