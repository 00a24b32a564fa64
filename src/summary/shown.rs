//! A sentence as a summary shows it: as the article writes it, less what means something only where
//! the article stands on its page. The dateline a paragraph opens with ([`text::dateline`]), the marks
//! that point to a footnote, and the asides that point to a photo ("(pictured)") lead nowhere from a
//! summary; the dash that opens an interview's answer reads there as a stray bullet. The page's own
//! text is never changed: the sentence is found there by its place.

use crate::text;

/// The most digits between the brackets of a footnote mark: `[12]`.
const FOOTNOTE_MARK_DIGITS: usize = 3;
/// The most characters inside the brackets of an aside that points to a photo ("(pictured with his
/// wife in 2013)").
const PHOTO_ASIDE_CHARS: usize = 40;
/// How such an aside opens, lower case: the words of British papers' captions and asides, and the
/// credits of a photo. Each is a whole word, or the aside's first: "(right-wing)" is no direction.
const PHOTO_ASIDE_OPENERS: &[&str] = &[
    "pictured", "left", "right", "centre", "center", "inset", "file photo", "file picture", "seen here", "l-r",
    "from left", "photo", "foto", "bild",
];
/// Asides that point to a photo when they say nothing more: "(above 30C)" is a temperature.
const PHOTO_ASIDES: &[&str] = &["above", "below", "shown above", "shown below"];

/// `sentence` as a summary shows it; `opens_block` when it opens its paragraph, where a dateline (or
/// the stamp of `site`, the name of the site that publishes it) stands.
pub fn shown(sentence: &str, opens_block: bool, site: Option<&str>) -> String {
    let sentence = match (opens_block, site) {
        (false, _) => sentence,
        (true, None) => text::dateline::after_dateline(sentence),
        (true, Some(site)) => text::dateline::after_dateline(text::dateline::after_site_name(sentence, site)),
    };
    without_photo_asides(&without_footnote_marks(without_dialogue_dash(sentence)))
}

/// `sentence` without the dash that opens an interview's answer or a line of dialogue ("-منذ بدء الحراك
/// …", "— Да, конечно."): in a summary's list it reads as a stray bullet. A dash before a number
/// ("-5 degrees") is its sign, and stays.
fn without_dialogue_dash(sentence: &str) -> &str {
    let Some(rest) = sentence.strip_prefix(text::is_dash).map(str::trim_start) else { return sentence };
    if rest.chars().next().is_some_and(|c| c.is_alphabetic() || text::dateline::OPENING_QUOTES.contains(&c)) {
        rest
    } else {
        sentence
    }
}

/// `sentence` without the marks that point to a footnote or a reference, a number in brackets written
/// onto a word or a stop ("as of 2013.\[1\]", "shortly\[2\]\[12\]"), as Wikipedia and other encyclopedias
/// write them: they lead nowhere from a summary. A bracket after a space ("see \[1\]") is part of what
/// the sentence says and stays, and so does one that holds anything else (`x[i]`).
fn without_footnote_marks(sentence: &str) -> String {
    without_asides(sentence, ('[', ']'), FOOTNOTE_MARK_DIGITS, |inside, written_after| {
        written_after.is_some_and(|c| !c.is_whitespace()) && is_footnote_number(inside)
    })
}

/// True for what a footnote mark holds between its brackets: a few digits.
fn is_footnote_number(inside: &str) -> bool {
    (1..=FOOTNOTE_MARK_DIGITS).contains(&inside.len()) && inside.bytes().all(|b| b.is_ascii_digit())
}

/// `sentence` without its asides that point to a photo, with the space before each: "Mr Smith
/// (pictured) said" reads "Mr Smith said".
fn without_photo_asides(sentence: &str) -> String {
    without_asides(sentence, ('(', ')'), PHOTO_ASIDE_CHARS, |inside, _| points_to_a_photo(inside))
}

/// `sentence` without the asides between the `brackets` (at most `max_inside` bytes inside) that
/// `drops` picks, by what they hold and the character written just before them; each goes with the
/// spaces before it, and one that opens the sentence with the spaces after it.
fn without_asides(
    sentence: &str,
    (open, close): (char, char),
    max_inside: usize,
    drops: impl Fn(&str, Option<char>) -> bool,
) -> String {
    let mut kept = String::with_capacity(sentence.len());
    let mut rest = sentence;
    while let Some((before, from_open)) = rest.find(open).map(|at| rest.split_at(at)) {
        let inside = &from_open[open.len_utf8()..];
        let written_after = before.chars().next_back().or_else(|| kept.chars().next_back());
        let aside_end = inside.find(close).filter(|&end| end <= max_inside && drops(&inside[..end], written_after));
        match aside_end {
            Some(end) => {
                kept.push_str(before.trim_end());
                rest = &inside[end + close.len_utf8()..];
                if kept.is_empty() {
                    rest = rest.trim_start();
                }
            }
            // Not an aside to drop: the bracket stays, and what follows it is read on.
            None => {
                kept.push_str(before);
                kept.push(open);
                rest = inside;
            }
        }
    }
    kept.push_str(rest);
    kept
}

fn points_to_a_photo(inside: &str) -> bool {
    let inside = inside.trim().to_lowercase();
    PHOTO_ASIDES.contains(&inside.as_str())
        || PHOTO_ASIDE_OPENERS.iter().any(|opener| {
            inside.strip_prefix(opener).is_some_and(|after| after.is_empty() || after.starts_with([' ', ':', ',']))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn footnote_marks_are_left_out_of_a_sentence_and_brackets_after_a_space_stay() {
        assert_eq!(without_footnote_marks("It opened in 1998.[1]"), "It opened in 1998.");
        assert_eq!(without_footnote_marks("Shortly[2][12] after, it grew.[3]"), "Shortly after, it grew.");
        assert_eq!(without_footnote_marks("See [1] and the array x[i]."), "See [1] and the array x[i].");
        assert_eq!(without_footnote_marks("Open [ and x[1234] or ["), "Open [ and x[1234] or [");
    }

    #[test]
    fn asides_that_point_to_a_photo_are_left_out_others_stay() {
        for (sentence, shown) in [
            ("Mr Smith (pictured) said the port would open.", "Mr Smith said the port would open."),
            ("His wife Jane (left, with their son) and the mayor (right).", "His wife Jane and the mayor."),
            ("The stadium (file photo) will close (Photo: AP) in May.", "The stadium will close in May."),
            ("(Pictured) The new stadium opens in May.", "The new stadium opens in May."),
            (
                "The party (right-wing) won (with 40%) the vote (pictured",
                "The party (right-wing) won (with 40%) the vote (pictured",
            ),
            ("Temperatures (above 30C) hit the volcano (above).", "Temperatures (above 30C) hit the volcano."),
        ] {
            assert_eq!(without_photo_asides(sentence), shown, "{sentence}");
        }
    }

    #[test]
    fn the_dash_that_opens_an_answer_goes_a_numbers_sign_stays() {
        assert_eq!(shown("-منذ بدء الحراك الشعبي في السودان.", true, None), "منذ بدء الحراك الشعبي في السودان.");
        assert_eq!(shown("— Да, конечно.", true, None), "Да, конечно.");
        assert_eq!(shown("– «Nous verrons», dit-il.", true, None), "«Nous verrons», dit-il.");
        assert_eq!(shown("-5 degrees were measured.", true, None), "-5 degrees were measured.");
        assert_eq!(shown("- - -", true, None), "- - -");
        // An interview may set the answer after its question in one paragraph.
        assert_eq!(
            shown("-Since the protests began, the calls grew.", false, None),
            "Since the protests began, the calls grew."
        );
    }

    #[test]
    fn a_paragraphs_opening_dateline_goes_only_where_the_paragraph_opens() {
        assert_eq!(shown("LONDON (AP) — The vote (pictured) passed.[2]", true, None), "The vote passed.");
        assert_eq!(shown("LONDON (AP) — The vote passed.", false, None), "LONDON (AP) — The vote passed.");
        assert_eq!(shown("Daily Star - The vote passed.", true, Some("Daily Star")), "The vote passed.");
        assert_eq!(shown("Daily Star - The vote passed.", false, Some("Daily Star")), "Daily Star - The vote passed.");
    }
}
