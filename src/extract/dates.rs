//! The date an article was published, in ISO 8601: the one its markup gives (a meta tag, JSON-LD,
//! `<time datetime>`) in whatever form the page wrote it ([`in_iso`]), or, for pages whose markup
//! names none, as many news sites in Chinese, Korean and Arabic are, the one it writes in its text,
//! on the line between the headline and the story ("2023-11-17 20:52:15", "기사입력 : 2018-09-28
//! 17:32", "November 18, 2019, 4:05 pm", "17 مارس 2020").

use super::lines::{MAX_DATE_LINE_CHARS, MAX_DATE_LINE_WORDS};
use super::tree::Tree;
use crate::snapshot::SnapNode;
use crate::text::decimal_value;

/// How many lines of text are looked at, after the headline or before the article: those between
/// the two, not the page's header, whose "today" is no article's date.
const LINES_LOOKED_AT: usize = 12;
/// The longest value of the markup taken for a date ("Wednesday, 16 September 2020, 10:41:00 PM
/// GMT+03:00" in Arabic letters is about 90 bytes): what a page put in a longer one is no date.
const MAX_DATE_BYTES: usize = 160;
/// Years a news article is dated in.
const YEARS: std::ops::RangeInclusive<u32> = 1990..=2100;

/// Each month's names, lower case and apart by spaces, in the languages of the corpus and the
/// interface: English (and its abbreviations), French, Spanish, German, Italian, Portuguese,
/// Russian (in the genitive a date takes), Turkish, then Arabic as Egypt and the Gulf write them, as
/// the Levant and Iraq do, as Tunisia and Algeria do (from French: "فيفري") and as Morocco does (from
/// Spanish: "شتنبر"). A name several languages share stands once.
const MONTHS: [&str; 12] = [
    "january jan janvier enero januar gennaio janeiro января ocak يناير جانفي",
    "february feb février febrero februar febbraio fevereiro февраля şubat فبراير شباط فيفري",
    "march mar mars marzo märz março марта mart مارس آذار",
    "april apr avril abril aprile апреля nisan أبريل ابريل إبريل نيسان أفريل افريل",
    "may mai mayo maggio maio мая mayıs مايو أيار ماي",
    "june jun juin junio juni giugno junho июня haziran يونيو يونيه حزيران جوان",
    "july jul juillet julio juli luglio julho июля temmuz يوليو يوليه تموز جويلية يوليوز",
    "august aug août agosto августа ağustos أغسطس اغسطس آب أوت اوت غشت",
    "september sep sept septembre septiembre setiembre settembre setembro сентября eylül سبتمبر أيلول شتنبر",
    "october oct octobre octubre oktober ottobre outubro октября ekim أكتوبر اكتوبر",
    "november nov novembre noviembre novembro ноября kasım نوفمبر نونبر",
    "december dec décembre diciembre dezember dicembre dezembro декабря aralık ديسمبر دجنبر",
];

/// The date written on a short line near the article's start, as ISO 8601 ("2023-11-17",
/// "2023-11-17T20:52:15"): the first after the headline (`headline`, the `<h1>`), when it stands
/// before the article's first node (`first`), else the last before that node. A sidebar of other
/// stories, each with its date, often stands between the headline's date and the article.
pub fn written_near(tree: &Tree, headline: Option<usize>, first: usize) -> Option<String> {
    let shown_lines = |range: std::ops::Range<usize>| {
        let nodes = tree.nodes().get(range.clone()).unwrap_or_default();
        nodes
            .iter()
            .zip(range)
            .filter(|&(node, index)| node.is_text() && !node.text.trim().is_empty() && tree.is_shown(index))
    };
    let dated = |(node, _): (&SnapNode, usize)| {
        let short = node.text.chars().count() <= MAX_DATE_LINE_CHARS
            && node.text.split_whitespace().count() <= MAX_DATE_LINE_WORDS;
        short.then(|| date_in(&node.text)).flatten()
    };
    let after_headline = headline
        .filter(|&headline| headline < first)
        .and_then(|headline| shown_lines(tree.end(headline)..first).take(LINES_LOOKED_AT).find_map(dated));
    after_headline.or_else(|| shown_lines(0..first).rev().take(LINES_LOOKED_AT).find_map(dated))
}

/// A piece of a line: a number (its value and how many digits write it), a word, or a mark.
#[derive(Debug, Clone, PartialEq)]
enum Token {
    Number(u32, usize),
    Word(String),
    Mark(char),
}

/// The date the page's markup gives, in ISO 8601 where its form is read, else as written: ISO 8601
/// already ("2021-01-03T17:40:00+02:00", kept whole), its basic form ("20180619T055000+0900"), or
/// a date as a line writes one, read as [`date_in`] reads it but with a year of two digits after a
/// day and a month between dots ("22.05.20": this century) and a time of day before the date too
/// ("18:27 , 22.05.20", "10:41:00 PM IST Nov 19, 2019"). A date of another calendar ("۱۳۹۹/۰۲/۲۱")
/// stays as written; a value longer than any way of writing a date is none (None).
pub fn in_iso(published: &str) -> Option<String> {
    if published.len() > MAX_DATE_BYTES {
        return None;
    }
    if is_extended_iso(published) {
        return Some(published.to_string());
    }
    let tokens = tokens(published);
    basic_iso(&tokens).or_else(|| first_date(&tokens, Source::Markup)).or_else(|| Some(published.to_string()))
}

/// Where a date is read: the page's markup says it is one, a line of text may hold any numbers.
#[derive(Clone, Copy, PartialEq)]
enum Source {
    Markup,
    Line,
}

/// The first date `line` writes, with its time of day when one follows, as ISO 8601.
pub fn date_in(line: &str) -> Option<String> {
    first_date(&tokens(line), Source::Line)
}

/// The first date the `tokens` of a text write, as `source` allows, with the time of day after it (in
/// markup, the one before it when none follows), as ISO 8601.
fn first_date(tokens: &[Token], source: Source) -> Option<String> {
    (0..tokens.len()).find_map(|at| {
        let (year, month, day, end) = day_at(&tokens[at..], source)?;
        let date = format!("{year:04}-{month:02}-{day:02}");
        let before = || (source == Source::Markup).then(|| time_at(&tokens[..at])).flatten();
        Some(match time_at(&tokens[at + end..]).or_else(before) {
            Some(time) => format!("{date}T{time}"),
            None => date,
        })
    })
}

/// True for ISO 8601's extended form, the one JavaScript's dates read: a day ("2019-11-19"), perhaps
/// a time after a "T" or a space ("T10:00", "T10:00:00.123"), perhaps a zone ("Z", "+02:00", "-0500").
fn is_extended_iso(value: &str) -> bool {
    let mut rest = value.as_bytes();
    let mut take = |shapes: &[&str]| match shapes.iter().find_map(|shape| shaped(rest, shape)) {
        Some(taken) => {
            rest = &rest[taken..];
            true
        }
        None => false,
    };
    if !take(&["9999-99-99"]) {
        return false;
    }
    if take(&["T99:99", " 99:99"]) {
        if take(&[":99"]) && take(&["."]) {
            while take(&["9"]) {}
        }
        take(&["Z", "+99:99", "-99:99", "+9999", "-9999"]);
    }
    rest.is_empty()
}

/// How many bytes of `text` `shape` matches at its start, '9' standing for any ASCII digit.
fn shaped(text: &[u8], shape: &str) -> Option<usize> {
    let head = text.get(..shape.len())?;
    let fits = head.iter().zip(shape.bytes()).all(|(&b, s)| if s == b'9' { b.is_ascii_digit() } else { b == s });
    fits.then_some(shape.len())
}

/// ISO 8601's basic form, given as its `tokens`, in the extended one: "20180619" as "2018-06-19",
/// "20180619T055000+0900" as "2018-06-19T05:50:00+09:00".
fn basic_iso(tokens: &[Token]) -> Option<String> {
    use Token::{Mark, Number, Word};
    let (date, time) = match tokens {
        [Number(date, 8)] => (*date, None),
        [Number(date, 8), Word(t), Number(clock, digits @ (4 | 6)), zone @ ..] if t == "t" => {
            (*date, Some((*clock, *digits == 6, zone)))
        }
        _ => return None,
    };
    let (year, month, day) = (date / 10_000, date / 100 % 100, date % 100);
    if !is_day(year, month, day) {
        return None;
    }
    let mut iso = format!("{year:04}-{month:02}-{day:02}");
    if let Some((clock, seconds, zone)) = time {
        let clock = if seconds { clock } else { clock * 100 };
        iso += &format!("T{:02}:{:02}", clock / 10_000, clock / 100 % 100);
        if seconds {
            iso += &format!(":{:02}", clock % 100);
        }
        match zone {
            [] => {}
            [Word(z)] if z == "z" => iso.push('Z'),
            [Mark(sign @ ('+' | '-')), Number(offset, 4)] => {
                iso += &format!("{sign}{:02}:{:02}", offset / 100, offset % 100)
            }
            [Mark(sign @ ('+' | '-')), Number(hours, 2), Mark(':'), Number(minutes, 2)] => {
                iso += &format!("{sign}{hours:02}:{minutes:02}")
            }
            _ => return None,
        }
    }
    Some(iso)
}

/// True for a day of the calendar news is dated in.
fn is_day(year: u32, month: u32, day: u32) -> bool {
    YEARS.contains(&year) && (1..=12).contains(&month) && (1..=31).contains(&day)
}

fn tokens(line: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if let Some(digit) = decimal_value(c) {
            let (mut value, mut digits) = (digit, 1);
            while let Some(next) = chars.peek().copied().and_then(decimal_value) {
                chars.next();
                value = value.saturating_mul(10).saturating_add(next);
                digits += 1;
            }
            tokens.push(Token::Number(value, digits));
        } else if c.is_alphabetic() && !is_date_mark(c) {
            let mut word: String = c.to_lowercase().collect();
            while let Some(next) = chars.peek().copied().filter(|&n| n.is_alphabetic() && !is_date_mark(n)) {
                chars.next();
                word.extend(next.to_lowercase());
            }
            tokens.push(Token::Word(word));
        } else if !c.is_whitespace() {
            tokens.push(Token::Mark(c));
        }
    }
    tokens
}

/// The characters that write "year", "month" and "day" after their numbers in Chinese, Japanese and
/// Korean ("2023年11月17日", "2018년 9월 28일"): marks between numbers here, not words.
fn is_date_mark(c: char) -> bool {
    matches!(c, '年' | '月' | '日' | '년' | '월' | '일')
}

fn month_named(word: &str) -> Option<u32> {
    let month = MONTHS.iter().position(|names| names.split(' ').any(|name| name == word))?;
    u32::try_from(month + 1).ok()
}

/// The date `tokens` open with, as year, month and day, and how many tokens write it: year first
/// in digits ("2023-11-17", "2023/11/17", "2023年11月17日"), day first with dots ("17.11.2023"; in
/// markup "17.11.23" too, where a line's "1.2.20" may be a version), or a month's name with its day
/// either side and the year after ("November 18, 2019", "18 mars 2020").
fn day_at(tokens: &[Token], source: Source) -> Option<(u32, u32, u32, usize)> {
    use Token::{Mark, Number, Word};
    let (year, month, day, end) = match tokens {
        [Number(year, 4), Mark(a), Number(month, 1..=2), Mark(b), Number(day, 1..=2), rest @ ..]
            if (a == b && matches!(*a, '-' | '/' | '.')) || (*a, *b) == ('年', '月') || (*a, *b) == ('년', '월') =>
        {
            let closed = matches!(rest.first(), Some(Mark('日' | '일')));
            (*year, *month, *day, 5 + usize::from(closed))
        }
        [Number(day, 1..=2), Mark('.'), Number(month, 1..=2), Mark('.'), Number(year, 4), ..] => {
            (*year, *month, *day, 5)
        }
        [Number(day, 1..=2), Mark('.'), Number(month, 1..=2), Mark('.'), Number(year, 2), ..]
            if source == Source::Markup =>
        {
            (2000 + *year, *month, *day, 5)
        }
        // Slashes put the month first on American pages and the day first on most others: read only
        // when one of the two cannot be a month ("05/29/2007", "29/05/2007"; "05/06/2007" stays).
        [Number(first, 1..=2), Mark('/'), Number(second, 1..=2), Mark('/'), Number(year, 4), ..]
            if source == Source::Markup && (*first > 12) != (*second > 12) =>
        {
            let (month, day) = if *first > 12 { (*second, *first) } else { (*first, *second) };
            (*year, month, day, 5)
        }
        [Word(name), rest @ ..] => {
            let month = month_named(name)?;
            let rest = rest.strip_prefix(&[Mark('.')]).unwrap_or(rest);
            let [Number(day, 1..=2), rest @ ..] = rest else { return None };
            let rest = match rest {
                [Word(ordinal), rest @ ..] if matches!(ordinal.as_str(), "st" | "nd" | "rd" | "th") => rest,
                _ => rest,
            };
            let (year, taken) = year_after(rest)?;
            (year, month, *day, tokens.len() - rest.len() + taken)
        }
        [Number(day, 1..=2), rest @ ..] => {
            let rest = rest.strip_prefix(&[Mark('.')]).unwrap_or(rest);
            let [Word(name), rest @ ..] = rest else { return None };
            let month = month_named(name)?;
            let (year, taken) = year_after(rest)?;
            (year, month, *day, tokens.len() - rest.len() + taken)
        }
        _ => return None,
    };
    is_day(year, month, day).then_some((year, month, day, end))
}

/// The year that follows a month and its day, perhaps after a comma: its value and tokens taken.
fn year_after(tokens: &[Token]) -> Option<(u32, usize)> {
    match tokens {
        [Token::Number(year, 4), ..] => Some((*year, 1)),
        [Token::Mark(','), Token::Number(year, 4), ..] => Some((*year, 2)),
        _ => None,
    }
}

/// How many tokens may stand between a date and its time ("November 18, 2019, at 4:05 pm", "17 مارس
/// 2020 في 5:27 م", "2023-11-17 | 20:52").
const TIME_REACH: usize = 3;

/// The time of day `tokens` give near their start, as "HH:MM" or "HH:MM:SS" on a 24-hour clock, with
/// "Z" when it is said to be universal time.
fn time_at(tokens: &[Token]) -> Option<String> {
    use Token::{Mark, Number, Word};
    (0..=TIME_REACH.min(tokens.len())).find_map(|skip| {
        let (hour, minute, second, rest) = match &tokens[skip..] {
            [Number(h, 1..=2), Mark(':'), Number(m, 2), Mark(':'), Number(s, 2), rest @ ..] => (*h, *m, Some(*s), rest),
            [Number(h, 1..=2), Mark(':'), Number(m, 2), rest @ ..] => (*h, *m, None, rest),
            _ => return None,
        };
        let afternoon = match rest.first() {
            Some(Word(w)) if matches!(w.as_str(), "pm" | "p" | "م") => Some(true),
            Some(Word(w)) if matches!(w.as_str(), "am" | "a" | "ص") => Some(false),
            _ => None,
        };
        // Universal time, said after the clock ("17:55 UTC"; "4:05 pm GMT"): other zones' names are
        // ambiguous ("IST"), and a time without a zone is shown as the page writes it.
        let past_half = rest.get(usize::from(afternoon.is_some())..).unwrap_or_default();
        let universal = matches!(past_half.first(), Some(Word(w)) if matches!(w.as_str(), "utc" | "gmt"));
        let hour = match afternoon {
            Some(true) if hour < 12 => hour + 12,
            Some(false) if hour == 12 => 0,
            _ => hour,
        };
        if hour > 23 || minute > 59 || second.is_some_and(|s| s > 59) {
            return None;
        }
        let zone = if universal { "Z" } else { "" };
        Some(match second {
            Some(second) => format!("{hour:02}:{minute:02}:{second:02}{zone}"),
            None => format!("{hour:02}:{minute:02}{zone}"),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::{date_in, in_iso};

    #[test]
    fn the_markups_date_is_read_as_iso_in_the_forms_pages_write() {
        for (published, iso) in [
            ("2021-01-03T17:40:00+02:00", "2021-01-03T17:40:00+02:00"),
            ("2019-11-19 10:00:00.123-0500", "2019-11-19 10:00:00.123-0500"),
            ("2019-11-19", "2019-11-19"),
            ("20180619T055000+0900", "2018-06-19T05:50:00+09:00"),
            ("20180619T055000+09:00", "2018-06-19T05:50:00+09:00"),
            ("20180619T0550Z", "2018-06-19T05:50Z"),
            ("20180619", "2018-06-19"),
            ("2021-01-03T17:40:00EET", "2021-01-03T17:40:00"),
            ("2020-05-22 10:00 GMT", "2020-05-22T10:00Z"),
            ("18:27 , 22.05.20", "2020-05-22T18:27"),
            ("3.10.2019 | 9:05", "2019-10-03T09:05"),
            ("Mon, 18 Nov 2019 15:00:00 -0500", "2019-11-18T15:00:00"),
            ("10:41:00 PM IST Nov 19, 2019", "2019-11-19T22:41:00"),
            ("الأربعاء، 16 أكتوبر 2019 - 04:14 م", "2019-10-16T16:14"),
            ("05/29/2007 09:49:00", "2007-05-29T09:49:00"),
            ("29/05/2007", "2007-05-29"),
        ] {
            assert_eq!(in_iso(published).as_deref(), Some(iso), "{published}");
        }
        for published in
            ["۱۳۹۹/۰۲/۲۱ - ۱۸:۵۹", "32.13.20", "11/12/2019 12:00:00", "13/13/2019", "20181319", "yesterday"]
        {
            assert_eq!(in_iso(published).as_deref(), Some(published));
        }
        assert_eq!(in_iso(&format!("Written on 2020-05-22 {}", "and more ".repeat(20))), None);
        // Only the markup says a short dotted number is a date.
        assert_eq!(date_in("Version 1.2.20 is out"), None);
    }

    #[test]
    fn dates_written_in_a_line_are_read_as_iso() {
        for (line, iso) in [
            ("2023-11-17 20:52:15 来源： 新华网", "2023-11-17T20:52:15"),
            ("기사입력 :[ 2018-09-28 17:32 ]", "2018-09-28T17:32"),
            ("2023年11月17日 08:30", "2023-11-17T08:30"),
            ("2018년 9월 28일", "2018-09-28"),
            ("Published 2019/05/04", "2019-05-04"),
            ("17.11.2023, 14:05 Uhr", "2023-11-17T14:05"),
            ("Monday, November 18, 2019, 4:05 pm PT", "2019-11-18T16:05"),
            ("Thu, 14 May 2020 17:55 UTC", "2020-05-14T17:55Z"),
            ("Nov. 18, 2019 12:30 a.m.", "2019-11-18T00:30"),
            ("Posted on November 1st, 2019", "2019-11-01"),
            ("18 novembre 2019", "2019-11-18"),
            ("17 مارس 2020 في 5:27 م", "2020-03-17T17:27"),
            ("١٧ مارس ٢٠٢٠", "2020-03-17"),
            ("الجمعة 8 فيفري 2019", "2019-02-08"),
            ("14 جويلية 2021", "2021-07-14"),
            ("الأربعاء 12 شتنبر 2018 - 10:30", "2018-09-12T10:30"),
            ("29 ноября 2026, 10:00", "2026-11-29T10:00"),
        ] {
            assert_eq!(date_in(line).as_deref(), Some(iso), "{line}");
        }
    }

    #[test]
    fn numbers_that_are_no_date_are_not_read_as_one() {
        for line in [
            "Page 1 of 3", "11/17/2023", "2023-13-01", "1850-01-01", "May the best team win 3 to 1", "Score 12:30",
            "2,023 people", "Call 2023-111-1702",
        ] {
            assert_eq!(date_in(line), None, "{line}");
        }
    }
}
