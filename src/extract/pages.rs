//! Pages: whether the article goes on past the page in view, as a bar of page links after its last
//! paragraph says ("1 | 2 | 3 | Next ›", "Page 1 of 3 · Next ›"). The core makes no request, so the
//! other pages are not read: the reader is told that the summary covers this page only, and is shown
//! the way on when the bar says which page is next.
//!
//! A bar of page numbers also pages comment threads, listings and slideshows; only one that follows
//! the article's end closely, with nothing of substance between, pages the article.

use super::hints;
use super::tree::{text_chars, Exclusion, Tree};
use crate::text::words::Phrases;
use crate::text::{decimal_value, numbers};

/// Words in class/id that name a bar of page links.
static PAGER_WORDS: Phrases = Phrases::new(&[
    "pagination", "pager", "paging", "page-links", "pagelinks", "page-numbers", "pagenav", "page-nav", "pagenum",
]);
/// A bar's own text is this short at most (characters, as [`text_chars`] counts them): numbers and
/// "next", no headlines.
const MAX_PAGER_CHARS: u32 = 120;
/// The most text between the article's last node and the bar (characters): room for a share bar or
/// a tag line, not for comments or a list of other stories, which a bar after them pages.
const MAX_GAP_CHARS: u32 = 200;
/// Page numbers have at most this many digits.
const MAX_PAGE_DIGITS: usize = 3;
/// A bar's count of pages ("Page 1 of 3", "Seite 2 von 3") is this short at most (characters).
const MAX_COUNT_CHARS: usize = 24;

/// A bar of page links that follows the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageBar {
    /// The link to the next page (its `<a>`, by snapshot index): the one the bar marks `rel="next"`, else
    /// the one numbered after the page the bar shows as current, the one number that is no link. None
    /// when the bar does not say.
    pub next: Option<u32>,
}

/// The bar of page links that follows the article, whose last text node is `last`, if there is one.
pub fn bar_after(tree: &Tree, last: usize) -> Option<PageBar> {
    let nodes = tree.nodes();
    let mut gap = 0;
    let mut at = last + 1;
    while at < nodes.len() && gap <= MAX_GAP_CHARS {
        let node = tree.node(at);
        if tree.at(at).exclusion == Exclusion::Hidden {
            at = tree.end(at);
        } else if node.is_text() {
            gap += text_chars(&node.text);
            at += 1;
        } else if PAGER_WORDS.found_in(&hints::class_and_id(nodes, at)) {
            if let Some(bar) = page_bar(tree, at) {
                return Some(bar);
            }
            gap += tree.subtree(at).iter().filter(|n| n.is_text()).map(|n| text_chars(&n.text)).sum::<u32>();
            at = tree.end(at);
        } else {
            at += 1;
        }
    }
    None
}

/// The element at `index` as a bar of page numbers, if it reads as one: short, with a link and
/// either two page numbers or more standing alone (the current page's often plain text) or a count of
/// pages ("Page 1 of 3 · Next ›").
fn page_bar(tree: &Tree, index: usize) -> Option<PageBar> {
    let mut chars = 0;
    // Each page number standing alone, with the text node that writes it and whether that is a link.
    let mut numbers: Vec<(u32, usize, bool)> = Vec::new();
    // The first count of pages: the page in view, how many there are, and the text node that says so.
    let mut count: Option<(u32, u32, usize)> = None;
    // The link the bar marks as the next page's (`rel="next"`), if any.
    let mut marked_next = None;
    let mut links = Vec::new();
    for (at, node) in tree.subtree(index).iter().enumerate().map(|(offset, node)| (index + offset, node)) {
        if node.is_text() {
            chars += text_chars(&node.text);
            let text = node.text.trim();
            if let Some(number) = page_number(text) {
                numbers.push((number, at, tree.at(at).in_link));
            } else if let Some((current, total)) = page_count(text) {
                count.get_or_insert((current, total, at));
            }
        } else if node.tag == "a" {
            links.push(at);
            if node.attr("rel").is_some_and(|rel| rel.split_whitespace().any(|r| r.eq_ignore_ascii_case("next"))) {
                marked_next.get_or_insert(at);
            }
        }
    }
    let first = numbers.first().map(|&(number, _, _)| number);
    let several = numbers.iter().any(|&(number, _, _)| Some(number) != first) || count.is_some();
    let linked = numbers.iter().any(|&(_, _, link)| link) || (count.is_some() && !links.is_empty());
    if chars > MAX_PAGER_CHARS || !several || !linked {
        return None;
    }
    // Else the current page is the one number that is no link, and the next page's link is numbered after it.
    let mut current = numbers.iter().filter(|&&(_, _, link)| !link).map(|&(number, _, _)| number);
    let numbered_next = match (current.next(), current.next()) {
        (Some(current), None) => numbers
            .iter()
            .find(|&&(number, _, link)| link && number == current + 1)
            .and_then(|&(_, text, _)| tree.ancestors(text).find(|&a| tree.tag(a) == "a")),
        _ => None,
    };
    // Or, with a count of pages and one to come, the first link after the count ("Next ›").
    let counted_next = count
        .filter(|&(current, total, _)| current < total)
        .and_then(|(_, _, text)| links.iter().copied().find(|&link| link > text));
    Some(PageBar { next: marked_next.or(numbered_next).or(counted_next).map(|link| link as u32) })
}

/// The page in view and how many there are, from a short text with two page numbers in it, the first
/// not above the second ("Page 1 of 3", "Seite 2 von 3", "1 / 3", "صفحة ١ من ٣").
fn page_count(text: &str) -> Option<(u32, u32)> {
    if text.chars().count() > MAX_COUNT_CHARS {
        return None;
    }
    // Each number is a page number, or None when it is too long for one.
    let mut pages = numbers(text).map(|(value, digits)| (digits <= MAX_PAGE_DIGITS).then_some(value));
    let (current, total) = (pages.next()??, pages.next()??);
    (pages.next().is_none() && (1..=total).contains(&current) && total >= 2).then_some((current, total))
}

/// The page number `text` writes, in any script's decimal digits.
fn page_number(text: &str) -> Option<u32> {
    if text.is_empty() || text.chars().count() > MAX_PAGE_DIGITS {
        return None;
    }
    text.chars().try_fold(0, |value, c| Some(value * 10 + decimal_value(c)?))
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

    #[test]
    fn a_count_of_pages_is_two_page_numbers_the_first_not_above_the_second() {
        let counts = [("Page 1 of 3", (1, 3)), ("Seite 3 von 3", (3, 3)), ("2 / 12", (2, 12)), ("صفحة ١ من ٣", (1, 3))];
        for (text, count) in counts {
            assert_eq!(page_count(text), Some(count), "{text}");
        }
        for text in ["Page 4 of 3", "Page 0 of 3", "1 of 1", "Results 1-20 of 300", "Updated 12 May 2020", "Page 1"] {
            assert_eq!(page_count(text), None, "{text}");
        }
    }
}
