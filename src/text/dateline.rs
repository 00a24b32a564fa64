//! The dateline a wire story opens with: where it was filed and by whom ("WASHINGTON (AP) — ",
//! "(CNN)", "SEOUL, Aug. 20 (Yonhap) -- ", "新华社北京11月17日电 ", "[서울=뉴시스] "). It tells a
//! reader of the page where the story comes from; at the head of a summary's sentence it is noise,
//! and glued to the next word ("(CNN)They") it reads as a typo.

use super::chars::{decimal_value, is_dash, is_space};

/// The most words a dateline's place may take ("HANOI, Vietnam", "SEOUL, Aug. 20").
const PLACE_WORDS: usize = 5;
/// The most letters of a region's abbreviation without a dot inside ("Calif.", "Ill.", "Mo.").
const REGION_LETTERS: usize = 5;
/// The most characters between an agency's brackets ("The Hollywood Reporter", "CNN Business").
const AGENCY_CHARS: usize = 30;
/// The most words an agency's name may take.
const AGENCY_WORDS: usize = 4;
/// The most characters of a Chinese or Japanese dispatch line, or of a reporter's name in brackets
/// after it ("新华社北京11月17日电", "（记者 张三）").
const DISPATCH_CHARS: usize = 24;

/// `sentence` after its dateline, or all of it when it opens with none. Three forms are read: a
/// place then an agency in brackets (the place may be missing: "(Reuters) — The"), a place in
/// capitals then a dash ("VIENNA — The"), and the dispatch line or label of Chinese, Japanese and
/// Korean wires. Each must leave a sentence that starts as one does, so a name's aside ("Kristi Noem
/// (R) is defending") or an acronym spelt out ("Gross domestic product (GDP) rose") stays.
pub fn after_dateline(sentence: &str) -> &str {
    let rest =
        agency_dateline(sentence).or_else(|| capitals_dateline(sentence)).or_else(|| dispatch_dateline(sentence));
    rest.filter(|rest| opens_a_sentence(rest)).unwrap_or(sentence)
}

/// `sentence` after the name of the site that publishes it and a dash or colon, the stamp a site puts
/// on its own stories ("PanARMENIAN.Net - Verified video footage"), or all of it.
pub fn after_site_name<'a>(sentence: &'a str, site: &str) -> &'a str {
    let stamped = sentence.get(..site.len()).is_some_and(|name| !site.is_empty() && name.eq_ignore_ascii_case(site));
    let after = if stamped { &sentence[site.len()..] } else { return sentence };
    let rest = after.trim_start_matches(|c: char| is_space(c) || is_dash(c) || c == ':');
    let marked = after[..after.len() - rest.len()].contains(|c: char| is_dash(c) || c == ':');
    // "PanARMENIAN.Net-based": a dash glued to the name is a hyphen.
    if marked && after.starts_with(|c: char| is_space(c) || c == ':') && opens_a_sentence(rest) {
        rest
    } else {
        sentence
    }
}

/// After "PLACE (AGENCY) —": the dash may be missing where the place is too (it then begins the
/// sentence) or where the story's capital is glued to the bracket ("Washington (CNN)This"); a place
/// in title case, a bracket, a space and a capital is as often a name and its party ("Joe Biden (D)
/// Tuesday"), and in a script without spaces a name glued to its aside is not rare ("肉肉(Hero)天").
fn agency_dateline(sentence: &str) -> Option<&str> {
    let open = sentence.find('(')?;
    let (place, from_bracket) = sentence.split_at(open);
    let close = from_bracket.find(')')?;
    let agency = &from_bracket[1..close];
    if !is_place(place) || !is_agency(agency) {
        return None;
    }
    let after = &from_bracket[close + 1..];
    let (rest, dashed) = after_dash(after);
    let glued = after.chars().next().is_some_and(char::is_uppercase);
    (dashed || glued || place.trim().is_empty() || is_in_capitals(place)).then_some(rest)
}

/// After "PLACE —" with the place in capitals, a date perhaps after it ("BUFFALO, N.Y. — ",
/// "WASHINGTON, Nov. 29 — "), or a time the same way ("12:00 PM PT -- "); or with a place whose
/// region is abbreviated, in any case ("Dekalb, Ill. — ").
fn capitals_dateline(sentence: &str) -> Option<&str> {
    let dash = sentence.find(is_dash)?;
    let place = &sentence[..dash];
    let (rest, dashed) = after_dash(&sentence[dash..]);
    // "A-list", "COVID-19": a dash inside a word is a hyphen.
    let spaced = place.ends_with(is_space);
    let named = (is_in_capitals(place) && is_place(place)) || is_abbreviated_place(place.trim_end());
    (dashed && spaced && named).then_some(rest)
}

/// A dateline's place that ends with its region abbreviated after a comma, as American wires write
/// it before their dash: "Dekalb, Ill.", "SIOUX FALLS, S.D.", "ST. LOUIS, Mo.". The segmenter reads
/// the full stop there as no sentence's end.
pub fn is_abbreviated_place(place: &str) -> bool {
    let Some(named) = place.strip_suffix('.') else { return false };
    let Some((town, region)) = named.rsplit_once(',') else { return false };
    let region = region.trim_start_matches(is_space);
    let letters = region.chars().filter(|c| *c != '.');
    let abbreviated = region.contains('.') || letters.clone().count() <= REGION_LETTERS;
    region.starts_with(|c: char| c.is_uppercase())
        && letters.clone().all(char::is_alphabetic)
        && abbreviated
        && !town.trim().is_empty()
        && is_place(named)
}

/// After a Chinese dispatch line, agency, place and date ending in 电 ("wired") or 讯 ("reported"),
/// perhaps with its reporter in brackets ("新华社北京11月17日电 ", "本报北京11月17日讯（记者 张三）"),
/// or after a label in brackets, a Japanese or Korean wire's place and agency ("【ワシントン＝共同】",
/// "[서울=뉴시스]").
fn dispatch_dateline(sentence: &str) -> Option<&str> {
    if let Some(label) = sentence.strip_prefix(['【', '[']) {
        return after_bracket(label, &['】', ']']).map(str::trim_start);
    }
    let head_end = sentence.char_indices().nth(DISPATCH_CHARS).map_or(sentence.len(), |(at, _)| at);
    let head = &sentence[..head_end];
    let end = ["日电", "日讯"].iter().filter_map(|mark| head.find(mark).map(|at| at + mark.len())).min()?;
    let line = &sentence[..end];
    if !line.contains('月') || line.contains(['，', '。', ',']) {
        return None;
    }
    // "日电话" is "telephone": the line ends where a space or the reporter's bracket follows.
    let rest = &sentence[end..];
    match rest.strip_prefix(['（', '(']) {
        Some(reporter) => after_bracket(reporter, &['）', ')']).map(str::trim_start),
        None => rest.starts_with(char::is_whitespace).then(|| rest.trim_start()),
    }
}

/// What follows the bracket that closes `inside`, when it closes within [`DISPATCH_CHARS`].
fn after_bracket<'a>(inside: &'a str, closers: &[char]) -> Option<&'a str> {
    let (close, closer) = inside.char_indices().take(DISPATCH_CHARS + 1).find(|(_, c)| closers.contains(c))?;
    Some(&inside[close + closer.len_utf8()..])
}

/// `text` past the spaces and dashes it opens with, and whether there was a dash among them.
fn after_dash(text: &str) -> (&str, bool) {
    let rest = text.trim_start_matches(|c: char| is_space(c) || is_dash(c));
    let skipped = &text[..text.len() - rest.len()];
    (rest, skipped.contains(is_dash))
}

/// A few words, each starting with a capital (or a letter of a script without case) or a digit of any
/// script (a day: "Aug. 20", "٥ مارس"), commas between them.
fn is_place(place: &str) -> bool {
    let mut words = place.split(|c: char| is_space(c) || c == ',').filter(|word| !word.is_empty());
    words.clone().count() <= PLACE_WORDS
        && words.all(|word| word.chars().next().is_some_and(|c| opens_a_name(c) || decimal_value(c).is_some()))
}

/// A name ("(رويترز)" too) of a few words, without a digit (a year, a footnote, a list's "(1)").
fn is_agency(agency: &str) -> bool {
    agency.chars().next().is_some_and(opens_a_name)
        && agency.chars().count() <= AGENCY_CHARS
        && agency.split_whitespace().count() <= AGENCY_WORDS
        && !agency.chars().any(|c| c.is_numeric())
}

/// Two letters or more, every one a capital: "VIENNA", "SIOUX FALLS, S.D.".
fn is_in_capitals(text: &str) -> bool {
    let letters = || text.chars().filter(|c| c.is_alphabetic());
    letters().nth(1).is_some() && letters().all(char::is_uppercase)
}

/// A capital, or a letter of a script without case.
fn opens_a_name(c: char) -> bool {
    c.is_alphabetic() && !c.is_lowercase()
}

/// Quotation marks that open a sentence.
pub const OPENING_QUOTES: &[char] = &['"', '“', '‘', '\'', '«', '„', '「'];

/// What is left opens a sentence: a capital, a letter of a script without case, a digit or a quote.
fn opens_a_sentence(rest: &str) -> bool {
    rest.chars().next().is_some_and(|c| opens_a_name(c) || c.is_numeric() || OPENING_QUOTES.contains(&c))
}

#[cfg(test)]
mod tests {
    use super::{after_dateline, after_site_name};

    #[test]
    fn a_wire_services_dateline_is_left_out() {
        for (sentence, story) in [
            ("(CNN)They may not be aliens.", "They may not be aliens."),
            ("WASHINGTON (AP) — Ambassador Sondland spoke.", "Ambassador Sondland spoke."),
            ("SEOUL, Aug. 20 (Yonhap) -- North Korea blasted.", "North Korea blasted."),
            ("Hong Kong (CNN Business)A muddled view.", "A muddled view."),
            ("(Reuters) — The attorney general is investigating.", "The attorney general is investigating."),
            ("BUFFALO, N.Y. — Hours before the game.", "Hours before the game."),
            ("Dekalb, Ill. — Mike Glass threw for three touchdowns.", "Mike Glass threw for three touchdowns."),
            ("VIENNA — “The house” will be a police station.", "“The house” will be a police station."),
            ("بيروت (رويترز) - قال مسؤول إن", "قال مسؤول إن"),
            ("القاهرة، ٥ مارس (رويترز) - قال مسؤول إن", "قال مسؤول إن"),
            ("新华社北京11月17日电 记者17日从国家卫生健康委获悉。", "记者17日从国家卫生健康委获悉。"),
            ("本报北京11月17日讯（记者 张三）今天举行。", "今天举行。"),
            ("【ワシントン＝共同】トランプ大統領は述べた。", "トランプ大統領は述べた。"),
            ("[엔터미디어=소설가 박생강의 옆구리tv] 주말 밤 9시 MBC와 SBS는", "주말 밤 9시 MBC와 SBS는"),
        ] {
            assert_eq!(after_dateline(sentence), story);
        }
    }

    #[test]
    fn the_sites_own_stamp_is_left_out() {
        let site = "PanARMENIAN.Net";
        assert_eq!(after_site_name("PanARMENIAN.Net - Verified footage shows it.", site), "Verified footage shows it.");
        assert_eq!(after_site_name("Panarmenian.net: Verified footage shows it.", site), "Verified footage shows it.");
        for sentence in [
            "PanARMENIAN.Net reported the vote.", "PanARMENIAN.Net-based writers agree.",
            "PanARMENIAN.Net - the site - said so.", "The PanARMENIAN.Net - Verified.",
        ] {
            assert_eq!(after_site_name(sentence, site), sentence);
        }
        assert_eq!(after_site_name("Any text - At all.", ""), "Any text - At all.");
    }

    #[test]
    fn brackets_and_dashes_that_are_the_sentences_own_stay() {
        for sentence in [
            "South Dakota Gov. Kristi Noem (R) is defending the slogan.",
            "Gross domestic product (GDP) rose by 1.7%.",
            "President Joe Biden (D) Tuesday said so.",
            "Coyne (Burnley), Jones (Wolves) and Roberts.",
            "(All photos: Atlas staff)",
            "Aotearoa (Māori)",
            "The release plan (kovarex)",
            "(1) The first point.",
            "معرض (خير الأنام), للخطاط فريد العلي.",
            "COVID-19 cases rose again.",
            "NASA — the agency — said so.",
            "It was good — Very good.",
            "I — I do not know.",
            "這兩天肉肉(Hero)天雨濕滑無法自由奔跑都快悶壞了",
            "他在11月17日电话中说。",
            "他说，11月17日电 网出了问题。",
            "[The mayor] said the port would open.",
            "Thanks to Tom, Dick and Harry. — The editors.",
            "Washington, for one, said no — That was all.",
        ] {
            assert_eq!(after_dateline(sentence), sentence);
        }
    }
}
