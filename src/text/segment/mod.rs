//! Sentence segmentation: the sentences of a text as byte ranges into it (trimmed, never empty, in
//! order), so that the page can highlight exactly the sentence a summary picked.
//!
//! A line break always ends a sentence (headings, list items, captions). Inside a line, a cluster of
//! final marks (`.`, `?!`, `. . .`, `。`, `؟`) with the quotation marks and brackets that close after it
//! ends a sentence unless what follows says otherwise: a lowercase word or a comma, a full stop inside
//! a quotation or brackets still open, or an abbreviation, an initial or an ordinal number before a
//! full stop ([`rules`] holds each language's lists). List items run together on one line are split
//! apart ([`lists`]). An opening quotation mark stranded at the end of a line stands apart.

mod lists;
mod pairs;
mod rules;

use super::chars::{is_blank, is_bullet, is_cjk, is_dash, is_glued_terminator, is_indic_sign, is_line_break, is_space};
use super::dateline::is_abbreviated_place;
use super::lang::primary_subtag;
use super::stopwords::{is_stop_word, opens_sentence};
use pairs::Nesting;
use rules::{rules_for, Abbreviation, Rules};
use std::ops::Range;

/// How far back the word before a full stop is looked for; a longer token is no abbreviation.
const MAX_WORD_BYTES: usize = 64;
/// A clause with more words than this before "a.m." did not open with a time phrase.
const MAX_FRONTED_WORDS: usize = 8;
/// How far back a clause is searched for its first word, in bytes.
const MAX_CLAUSE_BYTES: usize = 200;
/// Initials looked at in a row ("J. R. R. Tolkien", "z. B.").
const MAX_INITIALS: usize = 4;
/// A shorter word before a full stop and a number is taken for an abbreviation ("Jan. 5", "Kv. 234").
const MIN_LETTERS_BEFORE_NUMBER: usize = 4;
/// A shorter word before a full stop glued to a one-letter word is no sentence's end ("Ph.D").
const MIN_LETTERS_BEFORE_GLUED_LETTER: usize = 3;
/// The endings of web addresses that sites write capitalized in their names ("PanARMENIAN.Net",
/// "Salon.Com"): after a glued full stop, part of a name, no sentence's first word.
const DOMAIN_ENDINGS: [&str; 6] = ["com", "net", "org", "gov", "edu", "info"];
/// Footnote numbers glued after a full stop ("(1987).1 According").
const MAX_FOOTNOTE_DIGITS: usize = 3;
/// Citation marks after a sentence ("a gas. \[1\]\[2\] It"): at most this many characters in the brackets.
const MAX_CITATION_CHARS: usize = 4;
/// Opening marks and dashes skipped to find the first letter of what follows.
const MAX_LOOK_THROUGH: usize = 8;

/// Byte ranges of the sentences of `text` (trimmed, never empty, in order), for a text in language
/// `lang` (a BCP 47 tag such as `ar`, `en-GB`; unknown languages get general rules).
pub fn sentences(text: &str, lang: &str) -> Vec<Range<usize>> {
    let rules = rules_for(&primary_subtag(lang));
    let mut found = Vec::new();
    let mut start = 0;
    for (at, c) in line_breaks(text) {
        Line::new(text, start..at, rules).segment(&mut found);
        start = at + c.len_utf8();
    }
    Line::new(text, start..text.len(), rules).segment(&mut found);
    found
}

/// True when language `lang` (a BCP 47 tag) asks with `;`, as Greek does: there a sentence ending on
/// one is a question.
pub fn semicolon_asks(lang: &str) -> bool {
    rules_for(&primary_subtag(lang)).semicolon_asks
}

/// The line breaks of `text` with their byte offsets. Each is a control byte of ASCII or starts with
/// 0xC2 (U+0085) or 0xE2 (U+2028, U+2029), so only at those bytes is a character decoded.
fn line_breaks(text: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    text.bytes()
        .enumerate()
        .filter(|&(_, byte)| matches!(byte, b'\n' | b'\r' | 0x0B | 0x0C | 0xC2 | 0xE2))
        .filter_map(|(at, _)| text.get(at..)?.chars().next().filter(|&c| is_line_break(c)).map(|c| (at, c)))
}

/// The kind of a cluster of final marks.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Mark {
    /// `.`: a sentence's end, an abbreviation's or an ordinal's.
    Period,
    /// `!`, `?`, Armenian `:`, Greek `;`.
    Strong,
    /// `…`, `...`, `. . .`: a pause or an end.
    Ellipsis,
    /// `。`, `؟`, `।`: ends a sentence even with no space after it.
    Glued,
}

/// What the text after a cluster starts with.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Next {
    End,
    Comma,
    Lower,
    Upper,
    Caseless,
    Digit,
    Symbol,
}

/// A cluster of final marks and what surrounds it.
struct Cluster<'a> {
    mark: Mark,
    /// The marks themselves.
    marks: Range<usize>,
    /// Where the sentence would end: after the marks and what closed after them.
    end: usize,
    /// A quotation mark or bracket closed right after the marks.
    closed: bool,
    /// Space follows `end`.
    spaced: bool,
    next: Next,
    /// The word that follows, from its first letter or digit.
    next_word: &'a str,
    /// What follows opens with a bracket.
    next_opens_bracket: bool,
}

/// One line of the text, cut into sentences.
struct Line<'a> {
    text: &'a str,
    /// The line without the quotation mark stranded at its end, if any.
    range: Range<usize>,
    /// Where the line ends, after that quotation mark.
    line_end: usize,
    rules: &'static Rules,
    nesting: Nesting,
    items: Vec<Range<usize>>,
    sentence_start: usize,
}

impl<'a> Line<'a> {
    fn new(text: &'a str, line: Range<usize>, rules: &'static Rules) -> Line<'a> {
        let nesting = Nesting::of(text, line.clone());
        let range = line.start..stranded_quote_start(text, line.clone(), &nesting);
        Line {
            text,
            line_end: line.end,
            nesting,
            items: lists::item_markers(text, range.clone()),
            sentence_start: range.start,
            range,
            rules,
        }
    }

    fn segment(mut self, found: &mut Vec<Range<usize>>) {
        let mut items = std::mem::take(&mut self.items).into_iter().peekable();
        let mut at = self.range.start;
        while at < self.range.end {
            while items.next_if(|item| item.start < at).is_some() {}
            if let Some(item) = items.next_if(|item| item.start == at) {
                if has_words(self.slice(self.sentence_start..at)) {
                    push_trimmed(self.text, self.sentence_start..at, found);
                    self.sentence_start = at;
                }
                at = item.end.max(at + 1);
                continue;
            }
            let next_item = items.peek().map_or(self.range.end, |item| item.start);
            let plain_end = self.plain_end(at, next_item);
            if plain_end > at {
                at = plain_end;
                continue;
            }
            let Some(c) = self.char_at(at) else { break };
            if self.mark_of(c, at).is_none() {
                at += c.len_utf8();
                continue;
            }
            let cluster = self.cluster(at);
            let resume = cluster.end.max(cluster.marks.end);
            if let Some(boundary) = self.boundary(&cluster) {
                push_trimmed(self.text, self.sentence_start..boundary, found);
                self.sentence_start = boundary;
            }
            at = resume;
        }
        push_trimmed(self.text, self.sentence_start..self.range.end, found);
        push_trimmed(self.text, self.range.end..self.line_end, found);
    }

    /// The end of the run of ASCII letters, digits and spaces from `from`, before `to`: most of a
    /// text, never a final mark, so stepped over in one go.
    fn plain_end(&self, from: usize, to: usize) -> usize {
        from + self.slice(from..to).bytes().take_while(|b| b.is_ascii_alphanumeric() || *b == b' ').count()
    }

    /// The kind of final mark `c` at byte `at` is, if any.
    fn mark_of(&self, c: char, at: usize) -> Option<Mark> {
        match c {
            '.' if self.rules.period_ends => {
                let decimal = self.char_before(at).is_some_and(char::is_numeric)
                    && self.char_at(at + 1).is_some_and(char::is_numeric);
                (!decimal).then_some(Mark::Period)
            }
            '!' | '?' | '‼' | '⁇' | '⁈' | '⁉' | '‽' | '\u{037E}' => Some(Mark::Strong),
            ':' if self.rules.colon_ends => Some(Mark::Strong),
            ';' if self.rules.semicolon_asks => Some(Mark::Strong),
            '…' => Some(Mark::Ellipsis),
            c if is_glued_terminator(c) => Some(Mark::Glued),
            // Interrupted speech ends with a dash inside the quotation: "If you please, sir--" The …
            c if is_dash(c) => {
                let next = at + c.len_utf8();
                let closes_quote = self.char_at(next).is_some_and(is_closing_mark) && self.nesting.closes_at(next);
                closes_quote.then_some(Mark::Strong)
            }
            _ => None,
        }
    }

    /// The cluster of final marks starting at `start`, with what closes after it and what follows.
    fn cluster(&mut self, start: usize) -> Cluster<'a> {
        let (mut periods, mut ellipsis, mut strong, mut glued) = (0, false, false, false);
        let mut end = start;
        loop {
            while let Some(c) = self.char_at(end) {
                match self.mark_of(c, end) {
                    Some(Mark::Period) => periods += 1,
                    Some(Mark::Ellipsis) => ellipsis = true,
                    Some(Mark::Strong) => strong = true,
                    Some(Mark::Glued) => glued = true,
                    None => break,
                }
                end += c.len_utf8();
            }
            // ". . ." and "! ?": spaced marks standing alone continue the cluster.
            let after_spaces = self.skip_spaces(end);
            let run_end = self.marks_end(after_spaces);
            let continues = after_spaces > end
                && run_end > after_spaces
                && !self.char_at(run_end).is_some_and(char::is_alphanumeric);
            if !continues {
                break;
            }
            end = after_spaces;
        }
        let mark = if glued {
            Mark::Glued
        } else if ellipsis || periods > 1 {
            Mark::Ellipsis
        } else if strong {
            Mark::Strong
        } else {
            Mark::Period
        };
        let marks = start..end;
        let (end, closed) = self.absorb_closers(start..end, mark);
        let spaced = self.char_at(end).is_some_and(is_space);
        let first = self.skip_spaces(end);
        let (next, next_word, next_opens_bracket) = self.what_follows(first);
        Cluster { mark, marks, end, closed, spaced, next, next_word, next_opens_bracket }
    }

    /// Moves past the quotation marks and brackets that close after a sentence's final marks, and
    /// past footnote numbers and citation marks that belong to it.
    fn absorb_closers(&self, marks: Range<usize>, mark: Mark) -> (usize, bool) {
        let mut end = marks.end;
        let mut closed = false;
        // Tokenized text sets final marks apart from their word (`what to do ? ''`).
        let tokenized = self.char_before(marks.start).is_some_and(is_space);
        while let Some(c) = self.char_at(end) {
            let matched = self.nesting.closes_at(end);
            if matched || (is_closing_mark(c) && !self.char_after(end).is_some_and(char::is_alphanumeric)) {
                end += c.len_utf8();
                closed = true;
            } else if closed && self.mark_of(c, end).is_some() {
                end += c.len_utf8(); // `required.".`
            } else if is_space(c) && self.nesting.closes_at(self.skip_spaces(end)) {
                end = self.skip_spaces(end); // French spaces inside guillemets: « texte. »
            } else {
                break;
            }
        }
        if mark == Mark::Period && !closed {
            end = self.footnote_end(end);
        }
        loop {
            if let Some(after) = self.citation_end(end).or_else(|| self.spaced_marks_end(end)) {
                end = after;
            } else if let Some(after) = self.lone_quote_end(end, tokenized) {
                end = after;
                closed = true;
            } else {
                break;
            }
        }
        (end, closed)
    }

    /// After `.`: the end of a footnote number glued to it ("(1987).1 According").
    fn footnote_end(&self, end: usize) -> usize {
        let before_mark = end.checked_sub(1).and_then(|at| self.char_before(at));
        if before_mark.is_some_and(char::is_numeric) {
            return end;
        }
        let digits = self.slice(end..self.range.end).bytes().take_while(u8::is_ascii_digit).count();
        let after = end + digits;
        let then_capital = self.char_at(after).is_some_and(is_space)
            && self.char_at(self.skip_spaces(after)).is_some_and(char::is_uppercase);
        if (1..=MAX_FOOTNOTE_DIGITS).contains(&digits) && then_capital {
            after
        } else {
            end
        }
    }

    /// The end of a citation mark after `end` (" \[12\]"), if one follows.
    fn citation_end(&self, end: usize) -> Option<usize> {
        let open = self.skip_spaces(end);
        let rest = self.slice(open..self.range.end).strip_prefix('[')?;
        let close = rest.find(']')?;
        let inside = rest.get(..close)?;
        let is_citation = !inside.is_empty()
            && inside.chars().count() <= MAX_CITATION_CHARS
            && inside.chars().all(char::is_alphanumeric);
        is_citation.then_some(open + 1 + close + 1)
    }

    /// The end of final marks standing alone after a closing quotation mark (`Dad ! '' .`).
    fn spaced_marks_end(&self, end: usize) -> Option<usize> {
        let start = self.skip_spaces(end);
        let run_end = self.marks_end(start);
        let alone = start > end && run_end > start && self.char_at(run_end).is_none_or(is_space);
        alone.then_some(run_end)
    }

    /// The end of a quotation mark standing alone between spaces after a sentence (`know . '' Then`),
    /// unless it opens the next quotation: surely, or may and the text is not `tokenized`, where
    /// an excerpt often starts inside a quotation.
    fn lone_quote_end(&self, end: usize, tokenized: bool) -> Option<usize> {
        let start = self.skip_spaces(end);
        let opens = self.nesting.lone_opens_at(start) && (!tokenized || self.nesting.surely_opens_at(start));
        if start == end || opens {
            return None;
        }
        let quotes =
            self.slice(start..self.range.end).chars().take_while(|c| matches!(c, '\'' | '"' | '’' | '”')).count();
        let after = start + self.slice(start..self.range.end).chars().take(quotes).map(char::len_utf8).sum::<usize>();
        let alone = (1..=2).contains(&quotes) && self.char_at(after).is_none_or(is_space);
        alone.then_some(after)
    }

    /// What the text at `first` starts with, looking through opening marks and dashes.
    fn what_follows(&self, first: usize) -> (Next, &'a str, bool) {
        let Some(c) = self.char_at(first) else { return (Next::End, "", false) };
        if matches!(c, ',' | ';' | ':' | '，' | '、' | '；') {
            return (Next::Comma, "", false);
        }
        let mut at = first;
        for _ in 0..MAX_LOOK_THROUGH {
            match self.char_at(at) {
                Some(c) if is_opening_mark(c) || is_dash(c) || is_space(c) || matches!(c, '¿' | '¡') => {
                    at += c.len_utf8()
                }
                _ => break,
            }
        }
        let rest = self.slice(at..self.range.end);
        let word_len = rest
            .char_indices()
            .find(|&(_, c)| !(c.is_alphanumeric() || matches!(c, '\'' | '’') || is_indic_sign(c)))
            .map_or(rest.len(), |(i, _)| i);
        let word = rest.get(..word_len).unwrap_or("");
        let next = match rest.chars().next() {
            None => Next::Symbol,
            Some(c) if c.is_lowercase() => Next::Lower,
            Some(c) if c.is_uppercase() => Next::Upper,
            Some(c) if c.is_alphabetic() => Next::Caseless,
            Some(c) if c.is_numeric() => Next::Digit,
            Some(_) => Next::Symbol,
        };
        (next, word, matches!(c, '(' | '[' | '（'))
    }

    /// Where the sentence ends at `cluster`, if it ends there.
    fn boundary(&mut self, cluster: &Cluster) -> Option<usize> {
        if cluster.next == Next::End {
            return Some(cluster.end);
        }
        if self.nesting.depth_at(cluster.end) > 0 {
            return None; // inside a quotation or brackets that close later
        }
        if matches!(cluster.next, Next::Lower | Next::Comma) || (cluster.closed && cluster.next_opens_bracket) {
            return None;
        }
        match cluster.mark {
            Mark::Period if !cluster.closed && !cluster.spaced => self.glued_period(cluster).then_some(cluster.end),
            Mark::Period if !cluster.closed => self.period_ends(cluster).then_some(cluster.end),
            Mark::Ellipsis => self.ellipsis_boundary(cluster),
            _ => {
                // A quotation closing with no space after is part of a longer sentence ("said "Go!" twice"),
                // except in CJK, where `。”` ends one unless a Japanese particle follows (`。」と言った`).
                // A quotation run into its clause keeps only `？` and `！` (GB/T 15834 drops its `。`):
                // one opened right after a word, not after a colon or a comma, is part of the sentence
                // when it closes on them (`回答“哪个站？”这样的问题`).
                let particle = cluster.next_word.chars().next().is_some_and(|c| ('\u{3041}'..='\u{309F}').contains(&c));
                let run_in = self.slice(cluster.marks.clone()).chars().all(|c| matches!(c, '？' | '！'))
                    && self.runs_in(cluster.end);
                let embedded = cluster.closed && !cluster.spaced && (cluster.mark != Mark::Glued || particle || run_in);
                let ends = !embedded && (cluster.spaced || cluster.mark == Mark::Glued);
                ends.then_some(cluster.end)
            }
        }
    }

    /// True when the quotation mark that closes before `end` was opened right after a letter or digit.
    fn runs_in(&self, end: usize) -> bool {
        let close = self.char_before(end).map(|c| end - c.len_utf8());
        let open = close.and_then(|close| self.nesting.opener_of(close));
        open.and_then(|open| self.char_before(open)).is_some_and(char::is_alphanumeric)
    }

    /// `…` and `. . .`: a pause before a lowercase word or "I", an end before anything else.
    fn ellipsis_boundary(&self, cluster: &Cluster) -> Option<usize> {
        let elision = self.char_before(cluster.marks.start).is_some_and(|c| matches!(c, '[' | '('));
        // "I" is capitalized anywhere in English, so it says nothing about a new sentence.
        let pronoun = cluster.next_word == "I" && (self.rules.code == "en" || !is_stop_word(self.rules.code, "i"));
        if !cluster.spaced || elision || pronoun {
            return None;
        }
        // "compounds. . . . The": the first full stop ends the sentence, the ellipsis opens the next.
        let first_glued = self.char_before(cluster.marks.start).is_some_and(char::is_alphabetic)
            && self.char_at(cluster.marks.start) == Some('.')
            && self.char_at(cluster.marks.start + 1).is_some_and(is_space);
        Some(if first_glued { cluster.marks.start + 1 } else { cluster.end })
    }

    /// A full stop with no space after it ends a sentence only between two words, the second
    /// capitalized or in a script without case: "world.Today", "1,000.That", "نوح.وتعني", but not
    /// "U.S.A", "Ph.D.", "example.com", "Example.Net", "J1.txt".
    fn glued_period(&self, cluster: &Cluster) -> bool {
        let min_next_chars = match cluster.next {
            Next::Upper => 2,
            Next::Caseless => 1, // Arabic "و" (and) is a word of one letter
            _ => return false,
        };
        let Some(word) = self.word_before(cluster.marks.start) else { return false };
        let after_word = cluster.end + cluster.next_word.len();
        let domain_like = (self.char_at(after_word) == Some('.')
            && self.char_after(after_word).is_some_and(char::is_alphanumeric))
            || DOMAIN_ENDINGS.iter().any(|ending| cluster.next_word.eq_ignore_ascii_case(ending));
        let token_end = self
            .slice(cluster.end..self.range.end)
            .find(char::is_whitespace)
            .map_or(self.range.end, |i| cluster.end + i);
        let address = self.slice(word.start..token_end).contains(['@', '/']);
        let letters = self.slice(word.clone()).chars().filter(|c| c.is_alphanumeric()).count();
        let word = self.slice(word);
        // "world.I dag": a word of one capital that opens sentences ("I", "A") may start one too.
        let one_letter_opener = cluster.next == Next::Upper
            && letters >= MIN_LETTERS_BEFORE_GLUED_LETTER
            && self.char_at(after_word).is_some_and(is_space)
            && opens_sentence(self.rules.code, cluster.next_word);
        let next_long_enough = cluster.next_word.chars().count() >= min_next_chars || one_letter_opener;
        // "Apple Inc.の商標": a Latin word glued to Chinese, Japanese or Korean is a name or an
        // abbreviation inside their sentence.
        let into_cjk = word.ends_with(|c: char| c.is_ascii_alphabetic()) && cluster.next_word.starts_with(is_cjk);
        !word.contains('.')
            && !ends_with_initial(word)
            && letters >= 2
            && next_long_enough
            && !domain_like
            && !address
            && !into_cjk
    }

    /// A full stop followed by a space and a word that is not lowercase.
    fn period_ends(&self, cluster: &Cluster) -> bool {
        let Some(range) = self.word_before(cluster.marks.start) else { return true };
        let word = self.slice(range.clone());
        if word.ends_with(is_closing_mark) {
            return true; // `nicht!).`, `"Войну и мир".`
        }
        if self.spaced_dash_follows(cluster) && is_abbreviated_place(self.slice(self.sentence_start..cluster.marks.end))
        {
            return false; // a dateline's place: "DEKALB, Ill. — Mike Glass threw"
        }
        let first_token = !has_words(self.slice(self.sentence_start..range.start));
        let next_opens =
            matches!(cluster.next, Next::Upper | Next::Caseless) && opens_sentence(self.rules.code, cluster.next_word);
        if word.ends_with(|c: char| c.is_numeric()) {
            let digits = word.chars().all(char::is_numeric);
            let marker = digits && first_token && word.len() <= 2;
            let ordinal = digits && self.rules.ordinal_dots && word.chars().count() <= 3 && !next_opens;
            return !(marker || ordinal);
        }
        if self.rules.ordinal_dots && is_roman_numeral(word) {
            return false; // "XII. Pluku"
        }
        let initial = ends_with_initial(word);
        let (key, initials_open_sentence) =
            if initial { self.initials(range.clone()) } else { (word.to_lowercase(), false) };
        // "EE. UU.": the next word may finish a dotted abbreviation.
        let pair = !cluster.next_word.is_empty()
            && self.char_at(self.skip_spaces(cluster.end) + cluster.next_word.len()) == Some('.')
            && self.rules.abbreviation(&format!("{key}.{}", cluster.next_word.to_lowercase())).is_some();
        let abbreviation = match self.rules.abbreviation(&key) {
            _ if pair => Some(Abbreviation::Never),
            Some(Abbreviation::Name) if !word.starts_with(char::is_uppercase) => None,
            Some(Abbreviation::Name) => Some(Abbreviation::May),
            other => other,
        };
        let roman = word.len() <= 4 && word.chars().all(|c| "ivxlcdm".contains(c));
        if abbreviation == Some(Abbreviation::Never) || (first_token && (initial || roman)) || initials_open_sentence {
            return false;
        }
        if abbreviation == Some(Abbreviation::Numbering) {
            // "I" after "no." is the pronoun ("But no. I think"), no numeral.
            return !(matches!(cluster.next, Next::Digit | Next::Symbol) || is_roman_numeral(cluster.next_word));
        }
        if abbreviation == Some(Abbreviation::Time) {
            return !is_time_zone(cluster.next_word) && (next_opens || !self.fronted(range.start));
        }
        let dotted = is_dotted(word);
        // A unit ends what it measures ("5 ft. Then"); with no number before, it shortens a name
        // ("Ft. Lauderdale") and ends no more than other abbreviations. Degrees are dotted ("Ph.D.").
        let measures =
            || self.word_before(range.start).is_some_and(|before| self.slice(before).ends_with(char::is_numeric));
        if abbreviation == Some(Abbreviation::Ends) && (dotted || measures()) {
            return matches!(cluster.next, Next::Upper | Next::Caseless);
        }
        if matches!(cluster.next, Next::Digit | Next::Symbol) {
            let short = word.chars().filter(|c| c.is_alphabetic()).count() < MIN_LETTERS_BEFORE_NUMBER;
            return !(abbreviation.is_some() || dotted || initial || short);
        }
        if initial {
            // Initials stand before names; only the pronoun "I" ends a sentence ("you and I. Did …").
            return word == "I" && next_opens;
        }
        if dotted || abbreviation.is_some() {
            return next_opens;
        }
        true
    }

    /// A dash with spaces around it follows the cluster ("Ill. — Mike", "N.Y. -- The").
    fn spaced_dash_follows(&self, cluster: &Cluster) -> bool {
        let dash = self.skip_spaces(cluster.end);
        let after = self.slice(dash..self.range.end).trim_start_matches(is_dash);
        cluster.spaced && after.len() < self.range.end - dash && after.starts_with(is_space)
    }

    /// The initials ending with `last` joined as one abbreviation ("z. B." → "z.b"), and whether they
    /// open the sentence ("J. R. R. Tolkien").
    fn initials(&self, last: Range<usize>) -> (String, bool) {
        let mut letters = vec![self.slice(last.clone())];
        let mut start = last.start;
        while letters.len() < MAX_INITIALS {
            let before = self.slice(self.sentence_start..start).trim_end_matches(is_space);
            let Some(before) = before.strip_suffix('.') else { break };
            let word_start =
                before.char_indices().rev().find(|&(_, c)| is_blank(c)).map_or(0, |(i, c)| i + c.len_utf8());
            let candidate = before.get(word_start..).unwrap_or("");
            if !is_initial(candidate) {
                break;
            }
            letters.push(candidate);
            start = self.sentence_start + word_start;
        }
        letters.reverse();
        let key = letters.join(".").to_lowercase();
        (key, !has_words(self.slice(self.sentence_start..start)))
    }

    /// True when the clause holding the word at `word_start` opened with a fronted time phrase.
    fn fronted(&self, word_start: usize) -> bool {
        let from = floor_char_boundary(self.text, word_start.saturating_sub(MAX_CLAUSE_BYTES).max(self.sentence_start));
        let before = self.slice(from..word_start);
        // A colon before a space opens a clause ("He noted: In 44 B.C. …"); one in "9:00" does not.
        let clause = match before.rfind(": ") {
            Some(colon) => before.get(colon + 1..).unwrap_or(""),
            None if from == self.sentence_start => before,
            None => return false,
        };
        let words: Vec<&str> = clause.split_whitespace().collect();
        let first = words.first().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase());
        words.len() <= MAX_FRONTED_WORDS && first.is_some_and(|w| self.rules.is_fronting(&w))
    }

    /// The word before byte `end` (spaces between are skipped), without opening marks, as a range.
    fn word_before(&self, end: usize) -> Option<Range<usize>> {
        let before = self.slice(self.range.start..end).trim_end_matches(is_space);
        let word_end = self.range.start + before.len();
        let limit = floor_char_boundary(self.text, word_end.saturating_sub(MAX_WORD_BYTES).max(self.range.start));
        let window = self.slice(limit..word_end);
        let start = match window.rfind(char::is_whitespace) {
            Some(i) => limit + i + window.get(i..).and_then(|s| s.chars().next()).map_or(1, char::len_utf8),
            None if limit == self.range.start => self.range.start,
            None => return None,
        };
        let word = self.slice(start.max(self.sentence_start)..word_end);
        let trimmed = word.trim_start_matches(|c: char| is_opening_mark(c) || is_dash(c) || is_bullet(c));
        let mut word_start = word_end - trimmed.len();
        // "171/U.S", "l'Ing", "dell'Avv": the abbreviation is the last part ("km/h" stays whole).
        if let Some(i) = trimmed.rfind(['/', '\'', '’']) {
            let part_start = word_start + i + trimmed.get(i..).and_then(|s| s.chars().next()).map_or(1, char::len_utf8);
            if self.slice(part_start..word_end).chars().count() >= 2 {
                word_start = part_start;
            }
        }
        (word_start < word_end).then_some(word_start..word_end)
    }

    /// The end of the run of final marks starting at `start`.
    fn marks_end(&self, start: usize) -> usize {
        self.slice(start..self.range.end)
            .char_indices()
            .find(|&(i, c)| self.mark_of(c, start + i).is_none())
            .map_or(self.range.end, |(i, _)| start + i)
    }

    fn slice(&self, range: Range<usize>) -> &'a str {
        self.text.get(range).unwrap_or("")
    }

    fn char_at(&self, at: usize) -> Option<char> {
        if at >= self.range.end {
            return None;
        }
        self.text.get(at..).and_then(|s| s.chars().next())
    }

    fn char_before(&self, at: usize) -> Option<char> {
        if at <= self.range.start {
            return None;
        }
        self.text.get(..at).and_then(|s| s.chars().next_back())
    }

    fn char_after(&self, at: usize) -> Option<char> {
        let c = self.char_at(at)?;
        self.char_at(at + c.len_utf8())
    }

    fn skip_spaces(&self, mut at: usize) -> usize {
        while let Some(c) = self.char_at(at).filter(|&c| is_space(c)) {
            at += c.len_utf8();
        }
        at
    }
}

/// Where a line ends without the opening quotation mark left stranded at its end, apart from the
/// words before it (`NASA said. "` + line break + `We know …`): it opens the next paragraph's
/// quotation, so it is no part of this line's last sentence. Only marks shaped to open count, and the
/// straight ones; a straight `'` closes instead when one standing alone opened a quotation before
/// it, as in tokenized text (`saying ' … wrong . '`).
fn stranded_quote_start(text: &str, line: Range<usize>, nesting: &Nesting) -> usize {
    let content = text.get(line.clone()).unwrap_or("").trim_end_matches(is_blank);
    let apostrophe_opens = !nesting.has_lone_opens();
    let token = content.trim_end_matches(|c| matches!(c, '"' | '“' | '‘' | '„') || (c == '\'' && apostrophe_opens));
    let apart = token.is_empty() || token.ends_with(is_blank);
    if token.len() < content.len() && apart {
        line.start + token.len()
    } else {
        line.end
    }
}

/// A Roman numeral in capitals of two letters or more ("XII", "II"); one letter is more often a word
/// or an initial ("I", "C").
fn is_roman_numeral(word: &str) -> bool {
    word.len() >= 2 && word.chars().all(|c| "IVXLCDM".contains(c))
}

/// True for an initial, also after a hyphen: "R-W. Va." and "R-W.Va." name West Virginia.
fn ends_with_initial(word: &str) -> bool {
    word.rsplit('-').next().is_some_and(is_initial)
}

/// A single letter, or an Indic consonant with its vowel sign: an initial ("E.", "В.", "കെ.").
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    match (chars.next(), chars.next(), chars.next()) {
        (Some(c), None, _) => c.is_alphabetic(),
        (Some(c), Some(sign), None) => c.is_alphabetic() && is_indic_sign(sign),
        _ => false,
    }
}

/// "ET", "GMT", "PDT": what follows "5 p.m." without ending the sentence.
fn is_time_zone(word: &str) -> bool {
    (2..=4).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// Letters in short groups between full stops: "U.S", "Ph.D", "e.g", "т.е".
fn is_dotted(word: &str) -> bool {
    word.contains('.')
        && word.split('.').all(|part| (1..=3).contains(&part.chars().count()) && part.chars().all(char::is_alphabetic))
}

fn is_opening_mark(c: char) -> bool {
    matches!(
        c,
        '(' | '['
            | '{'
            | '"'
            | '\''
            | '“'
            | '‘'
            | '„'
            | '‚'
            | '«'
            | '»'
            | '‹'
            | '「'
            | '『'
            | '《'
            | '〈'
            | '（'
            | '［'
            | '【'
            | '`'
    )
}

fn is_closing_mark(c: char) -> bool {
    matches!(
        c,
        ')' | ']'
            | '}'
            | '"'
            | '\''
            | '”'
            | '’'
            | '»'
            | '«'
            | '›'
            | '“'
            | '」'
            | '』'
            | '》'
            | '〉'
            | '）'
            | '］'
            | '】'
            | '`'
    )
}

/// True when `text` holds more than blanks and bullets.
fn has_words(text: &str) -> bool {
    text.chars().any(|c| !is_blank(c) && !is_bullet(c))
}

fn floor_char_boundary(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Adds `range` to `found` without the blanks around it, unless nothing is left.
fn push_trimmed(text: &str, range: Range<usize>, found: &mut Vec<Range<usize>>) {
    let slice = text.get(range.clone()).unwrap_or("");
    let trimmed_start = slice.trim_start_matches(is_blank);
    let trimmed = trimmed_start.trim_end_matches(is_blank);
    if !trimmed.is_empty() {
        let start = range.start + (slice.len() - trimmed_start.len());
        found.push(start..start + trimmed.len());
    }
}

#[cfg(test)]
mod tests {
    use super::sentences;

    /// The cases issue 3 names, one language each: (language, text, expected sentences).
    const CASES: &[(&str, &str, &[&str])] = &[
        ("en", "Dr. Smith met U.S. officials. Mr. Li agreed.", &["Dr. Smith met U.S. officials.", "Mr. Li agreed."]),
        (
            "en",
            "He said \"We will win. We always do.\" Then he left.",
            &["He said \"We will win. We always do.\"", "Then he left."],
        ),
        (
            "en",
            "Wait... what? It was 2.5% of $3.4 billion… Really.",
            &["Wait... what?", "It was 2.5% of $3.4 billion…", "Really."],
        ),
        (
            "en",
            "See https://example.com/a.b?c=1. Write to a.b@example.org. Done.",
            &["See https://example.com/a.b?c=1.", "Write to a.b@example.org.", "Done."],
        ),
        (
            "de",
            "Wir brauchen z. B. Wasser. Das Treffen ist am 3. Oktober.",
            &["Wir brauchen z. B. Wasser.", "Das Treffen ist am 3. Oktober."],
        ),
        (
            "ru",
            "В. В. Путин прибыл в г. Москву. Встреча началась.",
            &["В. В. Путин прибыл в г. Москву.", "Встреча началась."],
        ),
        ("fr", "Il a dit : « C'est fini. » Puis il est parti.", &["Il a dit : « C'est fini. »", "Puis il est parti."]),
        (
            "ar",
            "قال د. أحمد، وهو طبيب؛ إن النسبة ٣٥٫٧ بالمئة. هل هذا صحيح؟ نعم!",
            &["قال د. أحمد، وهو طبيب؛ إن النسبة ٣٥٫٧ بالمئة.", "هل هذا صحيح؟", "نعم!"],
        ),
        ("ar", "قال: «انتهى الأمر.» ثم غادر", &["قال: «انتهى الأمر.»", "ثم غادر"]),
        ("zh", "我们明天一起去看《摔跤吧！爸爸》好吗？好！", &["我们明天一起去看《摔跤吧！爸爸》好吗？", "好！"]),
        ("ja", "「今日は晴れ。」と彼は言った。明日は雨だ。", &["「今日は晴れ。」と彼は言った。", "明日は雨だ。"]),
        ("en", "Breaking news\nThe vote is today", &["Breaking news", "The vote is today"]),
    ];

    #[test]
    fn every_line_break_starts_with_a_byte_line_breaks_looks_at() {
        for c in (0..=char::MAX as u32).filter_map(char::from_u32).filter(|&c| super::is_line_break(c)) {
            let text = format!("a{c}b");
            assert_eq!(super::line_breaks(&text).collect::<Vec<_>>(), [(1, c)], "U+{:04X}", c as u32);
        }
        assert_eq!(super::line_breaks("« a — b ©»").count(), 0);
    }

    fn split<'a>(text: &'a str, lang: &str) -> Vec<&'a str> {
        sentences(text, lang).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn the_cases_of_issue_3() {
        for (lang, text, expected) in CASES {
            assert_eq!(&split(text, lang), expected, "{lang}: {text}");
        }
    }

    #[test]
    fn a_quotation_mark_stranded_at_a_line_end_stands_apart() {
        let text = "NASA said. \"\nWe know.\n“\nIt was over,' he said. '\nAgain.";
        assert_eq!(split(text, "en"), ["NASA said.", "\"", "We know.", "“", "It was over,' he said.", "'", "Again."]);
        // Tokenized text: a lone mark opened the quotation, so the last one closes it.
        let text = "saying ' it was wrong . '";
        assert_eq!(split(text, "en"), [text]);
    }

    #[test]
    fn german_abbreviations_before_capitals_end_nothing() {
        let text = "Es kamen insb. Kinder, v. a. Mädchen, ehem. Schüler. Siehe Abb. 3 in Bd. II.";
        assert_eq!(
            split(text, "de"),
            ["Es kamen insb. Kinder, v. a. Mädchen, ehem. Schüler.", "Siehe Abb. 3 in Bd. II."]
        );
    }

    #[test]
    fn units_end_sentences_only_after_numbers_and_states_only_before_openers() {
        let text = "He flew to Ft. Lauderdale. The plane was 5 ft. Then it fell. She has a Ph.D. Her thesis won.";
        let expected = [
            "He flew to Ft. Lauderdale.", "The plane was 5 ft.", "Then it fell.", "She has a Ph.D.", "Her thesis won.",
        ];
        assert_eq!(split(text, "en"), expected);
        let text = "The Calif. Supreme Court ruled in Austin, Tex. The case ends.";
        assert_eq!(split(text, "en"), ["The Calif. Supreme Court ruled in Austin, Tex.", "The case ends."]);
    }

    #[test]
    fn a_datelines_abbreviated_region_before_its_dash_ends_no_sentence() {
        let text = "DEKALB, Ill. — Mike Glass threw. SIOUX FALLS, S.D. -- The game ended. He left. — Why?";
        let expected =
            ["DEKALB, Ill. — Mike Glass threw.", "SIOUX FALLS, S.D. -- The game ended.", "He left.", "— Why?"];
        assert_eq!(split(text, "en"), expected);
        assert_eq!(split("Он ушёл. — Куда? — спросила она.", "ru"), ["Он ушёл.", "— Куда? — спросила она."]);
    }

    #[test]
    fn a_numbering_abbreviation_ends_a_sentence_unless_a_number_follows() {
        let text = "Schumer said no. Sen. Paul agreed. See Fig. 3 and No. 5. It was Vol. II of the series. \
                    He loves art. Critics agree. But no. I think not.";
        let expected = [
            "Schumer said no.", "Sen. Paul agreed.", "See Fig. 3 and No. 5.", "It was Vol. II of the series.",
            "He loves art.", "Critics agree.", "But no.", "I think not.",
        ];
        assert_eq!(split(text, "en"), expected);
        assert_eq!(split("Dijo que no. Luego se fue. Es el art. 5 de la ley.", "es").len(), 3);
    }

    #[test]
    fn a_day_or_month_is_shortened_only_with_its_capital() {
        let text = "She sat. Tourists came. It opens Sat. Nov. 5 at noon. They will wed. Officials agreed.";
        let expected =
            ["She sat.", "Tourists came.", "It opens Sat. Nov. 5 at noon.", "They will wed.", "Officials agreed."];
        assert_eq!(split(text, "en"), expected);
    }

    #[test]
    fn an_initial_after_a_hyphen_ends_no_sentence() {
        let text = "In October, Rep. David McKinley, R-W.Va., visited the border. He spoke.";
        assert_eq!(split(text, "en"), ["In October, Rep. David McKinley, R-W.Va., visited the border.", "He spoke."]);
        let text = "Rep. David McKinley, R-W. Va., visited the border. He spoke.";
        assert_eq!(split(text, "en"), ["Rep. David McKinley, R-W. Va., visited the border.", "He spoke."]);
        assert_eq!(split("It rained all week.Then it stopped.", "en"), ["It rained all week.", "Then it stopped."]);
    }

    #[test]
    fn a_glued_full_stop_ends_a_sentence_before_a_one_letter_opener() {
        assert_eq!(split("Hello world.I dag is Tuesday.", "da"), ["Hello world.", "I dag is Tuesday."]);
        assert_eq!(split("He said.A new day.", "en"), ["He said.", "A new day."]);
        assert_eq!(split("Our Ph.D students. The Ph.D A grade.", "en"), ["Our Ph.D students.", "The Ph.D A grade."]);
    }

    #[test]
    fn a_chinese_quotation_run_into_its_clause_ends_no_sentence_on_its_question_mark() {
        let text = "它可以回答“你会到达哪个站？”这样的问题。这款产品很重要。";
        assert_eq!(split(text, "zh"), ["它可以回答“你会到达哪个站？”这样的问题。", "这款产品很重要。"]);
        // Introduced by a colon, or closing on `。`, the quotation ends its sentence.
        let text = "他问：“你去哪？”我说：“回家。”然后他走了。";
        assert_eq!(split(text, "zh"), ["他问：“你去哪？”", "我说：“回家。”", "然后他走了。"]);
        let text = "他提出“消费升级将成为动力。”对此，我们也关注。";
        assert_eq!(split(text, "zh"), ["他提出“消费升级将成为动力。”", "对此，我们也关注。"]);
    }

    #[test]
    fn a_latin_word_glued_to_chinese_or_japanese_text_ends_no_sentence() {
        let text = "※「iPhone」は、Apple Inc.の商標です。次の文です。";
        assert_eq!(split(text, "ja"), ["※「iPhone」は、Apple Inc.の商標です。", "次の文です。"]);
    }

    #[test]
    fn a_sites_name_ending_as_its_address_does_is_no_sentences_end() {
        let text = "Riverside.Net - The bridge reopened. Salon.Com reported it.";
        assert_eq!(split(text, "en"), ["Riverside.Net - The bridge reopened.", "Salon.Com reported it."]);
        assert_eq!(split("Profits fell.Network sales rose.", "en"), ["Profits fell.", "Network sales rose."]);
    }

    #[test]
    fn tokenized_text_may_start_inside_a_quotation() {
        let text = "what to do ? '' Graham was convicted . He left .";
        assert_eq!(split(text, "en"), ["what to do ? ''", "Graham was convicted .", "He left ."]);
        // Answered by a later mark, or after other lone marks, a lone mark opens.
        let text = "He said . ' Go home , ' she wrote . ' Why ?";
        assert_eq!(split(text, "en"), ["He said .", "' Go home , ' she wrote .", "' Why ?"]);
        // Outside tokenized text a quotation running over paragraphs joined into one line opens.
        let text = "Hazard said. ' Also, I was unhappy.";
        assert_eq!(split(text, "en"), ["Hazard said.", "' Also, I was unhappy."]);
    }
}
