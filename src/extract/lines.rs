//! Line filters judge each drafted block on its own text: the headline repeated above the body, the
//! byline and date lines, share labels, calls to subscribe, "read also" headings with the links under
//! them, link-only lines; and at the article's end, the sign-offs and other stories that close the page.

use std::borrow::Cow;
use std::ops::RangeInclusive;

use super::blocks::Draft;
use crate::article::BlockKind;
use crate::text::words::Phrases;
use crate::text::{decimal_value, is_alphanumeric, is_mark, numbers, SENTENCE_ENDS};

/// Headings that introduce a list of other articles, in the languages of the corpus and beyond,
/// written as [`normalize`] leaves them (a test checks it).
const RELATED_HEADINGS: &[&str] = &[
    "related", "related articles", "related stories", "related news", "related posts", "related content",
    "related coverage", "read also", "read more", "see also", "more stories", "more from", "you may also like",
    "you might also like", "recommended", "recommended for you", "most read", "most popular", "trending",
    "more on this story", "further reading", "also read", "don t miss", "popular", "اقرأ أيضا", "إقرأ أيضا",
    "اقرأ ايضا", "في نفس السياق", "مواضيع ذات صلة", "أخبار ذات صلة", "اخبار ذات صلة", "الأكثر قراءة", "الأكثر مشاهدة",
    "اقرأ المزيد", "شاهد أيضا", "تعليقات الفيسبوك", "بیشتر بخوانید", "بخوانید", "مطالب مرتبط", "اخبار مرتبط",
    "خبرهای مرتبط", "پربازدیدترین", "پربیننده ترین", "כתבות נוספות", "עוד באתר", "הכי נקראים", "lesen sie auch",
    "mehr zum thema", "à lire aussi", "lire aussi", "leia também", "leia mais", "veja também", "читайте также",
    "смотрите также", "lee también", "te puede interesar", "相关新闻", "相关阅读", "関連記事", "관련기사",
    "noticias relacionadas", "notícias relacionadas", "sur le même sujet", "das könnte sie auch interessieren",
    "leggi anche", "lees ook", "czytaj także", "czytaj też", "baca juga", "ilgili haberler", "tin liên quan",
    "läs också", "čtěte také", "citește și", "διαβάστε επίσης", "читайте також", "यह भी पढ़ें", "یہ بھی پڑھیں",
];

/// Labels of share buttons and similar widgets, standing alone on a line.
const WIDGET_LABELS: &[&str] = &[
    "share", "share this", "share this article", "share on facebook", "share on twitter", "tweet", "facebook",
    "twitter", "email", "e-mail", "print", "whatsapp", "linkedin", "pinterest", "reddit", "comments", "advertisement",
    "ad", "sponsored", "sharing is caring", "subscribe", "sign up", "log in", "login", "close", "menu", "search",
    "شارك", "مشاركة", "إعلان", "طباعة", "اشترك", "اشتراک", "چاپ", "שתפו", "פרסומת",
];

/// Phrases that invite the reader, written as [`normalize`] leaves them, with a space at each end so that
/// they match whole words (a test checks it): a line is a sign-off when one of its sentences opens with
/// one ("Subscribe to our newsletters."), not when the words only occur in it ("Customers who subscribe to
/// the service will pay more").
const INVITATIONS: &[&str] = &[
    " follow us ", " follow me ", " follow him ", " follow her ", " subscribe to ", " if you enjoyed this ",
    " share it with ", " share this story ", " share this article ", " like this story ", " tell us what you think ",
    " check out my website ", " click here ", " folgen sie uns ", " suivez nous ", " siga nos ", " síguenos ",
    " تابعونا ",
];
/// How a notice of the site's cookies opens, as [`normalize`] leaves it: no story's sentence opens so.
const COOKIE_NOTICES: &[&str] = &[
    "we use cookies",
    "this website uses cookies",
    "this site uses cookies",
    "our website uses cookies",
    "our site uses cookies",
    "nous utilisons des cookies",
    "ce site utilise des cookies",
    "wir verwenden cookies",
    "diese website verwendet cookies",
    "utilizamos cookies",
    "usamos cookies",
    "este sitio web utiliza cookies",
    "este site utiliza cookies",
    "utilizziamo i cookie",
    "questo sito utilizza i cookie",
    "we gebruiken cookies",
    "deze website gebruikt cookies",
    "мы используем файлы cookie",
    "этот сайт использует файлы cookie",
    "używamy plików cookie",
    "نستخدم ملفات تعريف الارتباط",
    "يستخدم هذا الموقع ملفات تعريف الارتباط",
    "این سایت از کوکی",
    "ما از کوکی",
    "אתר זה משתמש בעוגיות",
    "אנו משתמשים בעוגיות",
];
/// The words for cookies that every notice of [`COOKIE_NOTICES`] writes, whatever its case.
const COOKIE_WORDS: &[&str] = &["cookie", "تعريف الارتباط", "کوکی", "עוגיות"];
/// Phrases that mark a sign-off wherever they stand in the line: contact, credits, a wire's end.
const SIGN_OFF: &[&str] = &[
    " moderating all comments ", " may be reached at ", " can be reached at ", " contributed reporting ",
    " contributed to this report ", " انتهای پیام ",
];
/// Web addresses on social networks: a line giving them invites the reader to follow there.
const SOCIAL_ADDRESSES: &[&str] =
    &["twitter.com/", "facebook.com/", "fb.me/", "instagram.com/", "linkedin.com/", "youtube.com/"];
/// Labels of the link that folds or unfolds a text in place ("… more", "less"), as [`normalize`]
/// leaves them: a block that ends on one is a caption or a teaser shown twice, cut and whole.
const TOGGLE_LABELS: &[&str] = &["more", "less", "show more", "show less", "see more", "see less"];
/// Labels before a colon that file the article under its tags, as [`normalize`] leaves them.
const CLOSING_LABELS: &[&str] = &["filed under", "tags", "tagged", "posted in", "categories", "category"];
/// How wire services mark a story's end ("kokobj@yna.co.kr (END)").
const END_MARK: &str = "(END)";
static SIGN_OFF_WORDS: Phrases = Phrases::new(SIGN_OFF);
/// A sign-off is a sentence or three: a longer line is the article's own prose.
const MAX_SIGN_OFF_CHARS: u32 = 400;
/// A call to subscribe inside the article is a sentence or two (characters): a longer paragraph
/// that mentions a newsletter is the article's own.
const MAX_CALL_CHARS: u32 = 200;
/// How many words after "follow" the network is looked for ("Follow Newsbeat on Instagram").
const FOLLOW_REACH: usize = 4;
/// Networks a sign-off line asks the reader to follow someone on.
const SOCIAL_NETWORKS: &[&str] = &["twitter", "facebook", "instagram", "linkedin", "youtube"];

/// A line of at most this many words and characters that holds a year or a time is the date line
/// (and a longer one that holds a date is a sentence, or a photo's caption: `dates`).
pub(super) const MAX_DATE_LINE_WORDS: usize = 10;
pub(super) const MAX_DATE_LINE_CHARS: usize = 80;
/// A heading opening the article is the headline again when this share of its words, and of the
/// title's, are words of the other.
const SAME_HEADLINE_SHARE: f32 = 0.75;
/// The byline line sits among the article's first blocks, and is a name with a title at most; with
/// the date ("By … Monday, November 18, 2019, 04:05 pm PT") it may run to twice a date line's words and
/// characters.
pub(crate) const BYLINE_HEAD_BLOCKS: usize = 3;
const MAX_BYLINE_WORDS: usize = 12;
/// Labels that open a byline before a colon ("By: …"; Arabic "written by", "by the pen of", "interview",
/// "report", "prepared by", "follow-up", "translation"), as [`normalize`] leaves them, and how many words
/// of names may follow.
const BYLINE_LABELS: &[&str] = &["by", "كتب", "كتبت", "بقلم", "حوار", "تقرير", "إعداد", "اعداد", "متابعة", "ترجمة"];
const MAX_BYLINE_NAME_WORDS: usize = 6;
/// A line of at most this many characters, with one label word besides its count ("1/3", "2 of 5"), is
/// a pager or a gallery's counter ("（1/3ページ）", "Image 2 of 5").
const MAX_COUNTER_CHARS: usize = 30;
/// Years a dated line names: of this century or the last ("Published 2119" names none).
const YEARS: RangeInclusive<u32> = 1900..=2099;
/// The years of the Hijri calendars news is dated in now: the lunar (1446 in 2024) and the Persian solar
/// (1403 in 2024).
const HIJRI_YEARS: RangeInclusive<u32> = 1300..=1499;
/// The Arabic block of Unicode: its letters, and the Arabic-Indic and Persian digits.
const ARABIC_BLOCK: RangeInclusive<char> = '\u{600}'..='\u{6FF}';
/// Words that name a photograph in its credit, as [`normalize`] leaves them: a caption ends on the credit
/// in brackets ("… in Hialeah, Fla. (AP Photo/Alan Diaz, File)", "(Image: GETTY)", "(Credit: iStock)",
/// "(Photo by Chip Somodevilla/Getty Images)"), and under a gallery's photo the credit is a line of its
/// own ("Photo: Hau Dinh, AP", "Фото: ТАСС", "צילום: רויטרס").
const PHOTO_WORDS: &[&str] = &[
    "photo", "photos", "photograph", "photography", "image", "images", "picture", "pictures", "pic", "pics", "credit",
    "foto", "fotos", "bild", "bilder", "imagen", "imagem", "immagine", "фото", "صورة", "الصورة", "تصوير", "عکس",
    "צילום", "写真", "图片", "摄影",
];
/// A photo's credit is a name or two and an agency: at most this many words.
const MAX_CREDIT_WORDS: usize = 10;
/// The label of a credit on its own line ("Photo credit:", "الصورة:") is at most this long (bytes).
const MAX_CREDIT_LABEL_BYTES: usize = 32;
/// What stands between the labels of a menu or a trail of links written as one line ([`is_menu_line`])...
const MENU_SEPARATORS: &[char] = &['|', '•'];
/// ... and what does so only with a space on each side ("Home › News", "Privacy · Terms", "首页 >>
/// 教育资讯"): unspaced, these marks join a name ("唐纳德·特朗普") or close a quotation ("»Ja«").
const SPACED_MENU_SEPARATORS: &[&str] = &[" · ", " >> ", " > ", " » ", " › "];
/// A menu line has at least this many labels, each of at most [`MAX_MENU_ITEM_WORDS`] words: three
/// facts of a byline ("Reuters · Jan 3, 2020 · 4 min read") are not yet a menu.
const MIN_MENU_ITEMS: usize = 4;
const MAX_MENU_ITEM_WORDS: usize = 3;
/// Lines longer than this (characters) are prose: never a heading, a label, a date or the headline.
pub(crate) const MAX_LABEL_CHARS: u32 = 300;
/// A line of at most this many words may be a "related" heading without heading markup.
pub(crate) const RELATED_HEADING_WORDS: usize = 5;
/// Lines whose text is at least this share of links are lists of other pages.
const MAX_LINE_LINK_DENSITY: f32 = 0.6;

/// Lower-cased letters and digits of `text` (with the marks written on them), words separated by one
/// space.
pub fn normalize(text: &str) -> String {
    // ASCII, most lines of most pages, is lowered once the words are copied; other text as a whole
    // first, for the letters whose lower case depends on their place (Greek's final sigma).
    let lowered;
    let lower = if text.is_ascii() {
        text
    } else {
        lowered = text.to_lowercase();
        &lowered
    };
    let mut normal = String::with_capacity(lower.len());
    // A mark written on a letter (an Indic nukta or vowel sign, an Arabic vowel) is part of its word;
    // marks alone (an emoji's variation selector) are none.
    let words = lower.split(|c| !(is_alphanumeric(c) || is_mark(c))).filter(|word| word.chars().any(is_alphanumeric));
    for word in words {
        if !normal.is_empty() {
            normal.push(' ');
        }
        normal.push_str(word);
    }
    normal.make_ascii_lowercase();
    normal
}

/// Keeps the blocks that read as article text.
pub fn filter(drafts: Vec<Draft>, title: &str, byline: Option<&str>) -> Vec<Draft> {
    let title = normalize(title);
    let byline = byline.map(|b| without_by(&normalize(b)).to_string()).filter(|b| !b.is_empty());
    let mut kept: Vec<Draft> = Vec::with_capacity(drafts.len());
    let mut in_related = false;
    for draft in drafts {
        let kind = draft.block.kind;
        // A list item's links were judged with its list's (see `furniture`): a list kept as the
        // article's may have items that are a link alone.
        let link_dense = draft.link_density() >= MAX_LINE_LINK_DENSITY && kind != BlockKind::ListItem;
        // Only short lines can be headings, labels or the headline: the rest is never normalized.
        let label = (draft.chars <= MAX_LABEL_CHARS).then(|| normalize(&draft.block.text));
        if let Some(text) = label.as_deref() {
            let heading_like = kind == BlockKind::Heading || text.split(' ').count() <= RELATED_HEADING_WORDS;
            if heading_like && is_related_heading(text) {
                in_related = true;
                continue;
            }
        }
        if in_related && (link_dense || kind == BlockKind::ListItem || kind == BlockKind::Heading) {
            continue;
        }
        in_related = false;
        let furniture = label.as_deref().is_some_and(|text| {
            let repeats_title = !title.is_empty()
                && (text == title
                    || (kind == BlockKind::Heading && title.contains(text) && text.len() * 2 > title.len())
                    || (kind == BlockKind::Heading && kept.is_empty() && shares_most_words(text, &title)));
            // A quote's date is the quoted post's own ("— Name (@name) November 18, 2019"), not the page's.
            let date_line = !draft.quoted && !draft.row && is_date_line(&draft.block.text);
            let byline_line = kept.len() < BYLINE_HEAD_BLOCKS
                && (is_labelled_byline(&draft.block.text)
                    || (text.starts_with("by ")
                        && is_dated_line(&draft.block.text, MAX_DATE_LINE_CHARS * 2, MAX_DATE_LINE_WORDS * 2))
                    || byline.as_deref().is_some_and(|byline| is_byline_line(&draft.block.text, text, byline)));
            text.is_empty()
                || repeats_title
                || byline_line
                || is_widget_label(text)
                || date_line
                || is_counter_line(&draft.block.text)
                || is_toggle(&draft.closing_link)
        });
        // A photo's caption or credit, known by its credit: its class names are what tell most pages'
        // captions apart, and a page whose names say nothing still writes the credit.
        let caption = !draft.quoted && is_photo_credited(&draft.block.text);
        // A menu whose labels are no links (or whose links were left out) is known by its shape.
        let menu = !draft.quoted && is_menu_line(&draft.block.text);
        if !(furniture || caption || menu || link_dense || draft.time_chars * 2 >= draft.chars) {
            kept.push(draft);
        }
    }
    drop_sign_off(&mut kept);
    kept.retain(|d| d.quoted || d.chars > MAX_CALL_CHARS || !is_subscription_call(&d.block.text));
    kept
}

/// Drops what closes the page rather than the article: the run of sign-off lines at its end (follow
/// the author, subscribe, share, tell us), with the heading that introduced them; a sign-off next to
/// last takes the short line after it along (the author's box: "I am a writer, …").
fn drop_sign_off(kept: &mut Vec<Draft>) {
    // A quotation is the article's (an embedded post), whatever it says.
    let is_short_sign_off =
        |draft: &Draft| !draft.quoted && draft.chars <= MAX_SIGN_OFF_CHARS && is_sign_off(&draft.block.text);
    if let [.., before, last] = kept.as_slice() {
        if kept.len() > 2 && is_short_sign_off(before) && last.chars <= MAX_SIGN_OFF_CHARS {
            kept.pop();
        }
    }
    drop_closing_links(kept);
    let mut dropped = false;
    while let Some(last) = kept.last().filter(|_| kept.len() > 1) {
        if !(is_short_sign_off(last) || (dropped && last.block.kind == BlockKind::Heading)) {
            break;
        }
        dropped = true;
        kept.pop();
    }
}

/// Drops the list that ends the article right after a thematic break (`<hr>`) when each of its items
/// holds a link: other stories, set apart from the article ("More great stories").
fn drop_closing_links(kept: &mut Vec<Draft>) {
    let items = kept.iter().rev().take_while(|d| d.block.kind == BlockKind::ListItem && d.link_chars > 0).count();
    let start = kept.len() - items;
    let before = start.checked_sub(1).and_then(|at| kept.get(at));
    if let (Some(before), Some(first)) = (before, kept.get(start)) {
        if first.breaks > before.breaks {
            kept.truncate(start);
        }
    }
}

/// True for a line that asks the reader to subscribe, wherever it stands: a sentence of it opens with
/// the call, "Subscribe …", or "Sign up …" for a newsletter ("Sign up" alone may be a deal's step:
/// "Sign up for the bundle using the same email").
fn is_subscription_call(text: &str) -> bool {
    // The call's first word stands in the text as written but for case (no other character lowers to
    // its letters, a test checks): a line without it, nearly every line, has no sentence to normalize.
    (writes(text, "subscribe") || writes(text, "sign"))
        && any_sentence(text, |sentence| {
            sentence.starts_with("subscribe ")
                || (sentence.starts_with("sign up ") && sentence.split(' ').any(|w| w.starts_with("newsletter")))
        })
}

/// True for a notice of the site's cookies: one of its sentences opens as one of [`COOKIE_NOTICES`].
pub(crate) fn is_cookie_notice(text: &str) -> bool {
    COOKIE_WORDS.iter().any(|word| writes(text, word))
        && any_sentence(text, |sentence| COOKIE_NOTICES.iter().any(|notice| sentence.starts_with(notice)))
}

/// True when `text` holds `word` as written, but for the case of ASCII letters.
fn writes(text: &str, word: &str) -> bool {
    text.as_bytes().windows(word.len()).any(|w| w.eq_ignore_ascii_case(word.as_bytes()))
}

/// True when one of the sentences of `text`, [`normalize`]d, passes `test`.
fn any_sentence(text: &str, test: impl Fn(&str) -> bool) -> bool {
    text.split(SENTENCE_ENDS).any(|sentence| test(&normalize(sentence)))
}

/// True for a line that closes the page rather than the article: it invites the reader to follow,
/// subscribe, share or write (or gives the addresses to follow at), credits the reporting, marks the
/// wire story's end, gives a contact address alone, or files the article under its tags. Human readers
/// leave these out at its end.
fn is_sign_off(text: &str) -> bool {
    let trimmed = text.trim();
    let normal = normalize(trimmed);
    let words: Vec<&str> = normal.split(' ').collect();
    let web = trimmed.contains("://") || trimmed.contains("www.");
    // "Follow <someone> on <network>", or follow with a web address: not "follow up on it".
    let follow = words
        .iter()
        .enumerate()
        .filter(|(_, w)| **w == "follow")
        .any(|(at, _)| web || words.iter().skip(at + 1).take(FOLLOW_REACH).any(|w| SOCIAL_NETWORKS.contains(w)));
    let label = trimmed.split_once(':').is_some_and(|(label, _)| CLOSING_LABELS.contains(&normalize(label).as_str()));
    let social_address = SOCIAL_ADDRESSES.iter().any(|a| trimmed.contains(a));
    follow
        || social_address
        || label
        || is_address(trimmed)
        || trimmed.ends_with(END_MARK)
        || SIGN_OFF_WORDS.found_in(&format!(" {normal} "))
        || any_sentence(text, |sentence| {
            let sentence = format!(" {sentence} ");
            INVITATIONS.iter().any(|invitation| sentence.starts_with(invitation))
        })
}

/// True for a single e-mail or web address (`name@example.org`, `twitter.com/name`).
fn is_address(text: &str) -> bool {
    !text.contains(char::is_whitespace)
        && ((text.contains('@') && text.contains('.'))
            || text.contains("://")
            || (text.contains('.') && text.contains('/')))
}

/// True when most words of each of `a` and `b` (normalized) are words of the other: the headline
/// written again with a word spelled out or changed ("HS Roundup: …" as "High School Roundup: …").
fn shares_most_words(a: &str, b: &str) -> bool {
    let share = |of: &str, other: &str| {
        let words: Vec<&str> = of.split(' ').collect();
        let found = words.iter().filter(|w| other.split(' ').any(|o| o == **w)).count();
        found as f32 >= words.len() as f32 * SAME_HEADLINE_SHARE
    };
    share(a, b) && share(b, a)
}

/// True for a short line that names the article's author, as the page's metadata does (`byline`,
/// normalized without its "by"): "Robert Burns, AP National Security Writer". Names match as whole
/// words, and a line holding more than the metadata's name needs a name of two words at least: a
/// metadata author of one word ("Staff", "Ali") is no sign that a headline holding it is a byline.
fn is_byline_line(line: &str, normal: &str, byline: &str) -> bool {
    let name = without_by(normal);
    let (name_words, byline_words) = (format!(" {name} "), format!(" {byline} "));
    !line.trim_end().ends_with(SENTENCE_ENDS)
        && normal.split(' ').count() <= MAX_BYLINE_WORDS
        && !name.is_empty()
        && (byline_words.contains(&name_words) || (byline.contains(' ') && name_words.contains(&byline_words)))
}

/// True for a short line that a byline's label opens, before a colon: "حوار: آسيا العتروس".
pub(crate) fn is_labelled_byline(line: &str) -> bool {
    line.split_once(':').is_some_and(|(label, name)| {
        BYLINE_LABELS.contains(&normalize(label).as_str()) && name.split_whitespace().count() <= MAX_BYLINE_NAME_WORDS
    })
}

/// `byline` without the "By" that opens it on many pages ("by Madeline Fry"), in any case: the
/// metadata's byline as the panel shows it, and a normalized line compared with it.
pub(super) fn without_by(byline: &str) -> &str {
    match (byline.get(..3), byline.get(3..)) {
        (Some(by), Some(name)) if by.eq_ignore_ascii_case("by ") => name.trim_start(),
        _ => byline,
    }
}

pub(crate) fn is_related_heading(text: &str) -> bool {
    RELATED_HEADINGS.contains(&text)
}

/// True for a short line made mostly of a date or time ("Updated 14 Oct 2019, 10:32").
fn is_date_line(text: &str) -> bool {
    is_dated_line(text, MAX_DATE_LINE_CHARS, MAX_DATE_LINE_WORDS)
}

/// True for a line of at most `max_chars` and `max_words` that holds a year or a time and does not end
/// a sentence.
fn is_dated_line(text: &str, max_chars: usize, max_words: usize) -> bool {
    // "10:32 a.m." ends with a full stop but not a sentence.
    let trimmed = text.trim_end().trim_end_matches(|c: char| c.is_whitespace() || c == '.');
    let clock_suffix = trimmed.len() < text.trim_end().len() && (trimmed.ends_with("a.m") || trimmed.ends_with("p.m"));
    let ends_sentence = text.trim_end().ends_with(SENTENCE_ENDS) && !clock_suffix;
    if ends_sentence || text.chars().count() > max_chars {
        return false;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() || words.len() > max_words {
        return false;
    }
    // A year is a number of four digits, alone or in a written date ("2018-09-16", "18/11/2019"): one
    // of this century or the last, or on a line in the Arabic script one of the Hijri calendars, in
    // which Arabic and Persian pages date their news too ("١٤٤٦ هـ", "۲۱ اردیبهشت ۱۳۹۹"). Elsewhere
    // "1400" is a count.
    let arabic_script = text.chars().any(|c| ARABIC_BLOCK.contains(&c));
    let has_year = numbers(text).any(|(value, digits)| {
        digits == 4 && (YEARS.contains(&value) || arabic_script && HIJRI_YEARS.contains(&value))
    });
    has_year || words.iter().any(|w| is_clock(w))
}

/// True for a word that holds a digit of any script.
fn has_digit(word: &str) -> bool {
    word.chars().any(|c| decimal_value(c).is_some())
}

/// True for a time of day as a word opens with it ("10:32", "21:55", "17:32:05", "٢١:٥٥").
fn is_clock(word: &str) -> bool {
    let digits = |part: &str| part.chars().take_while(|&c| decimal_value(c).is_some()).count();
    let mut parts = word.split(':');
    matches!((parts.next(), parts.next()), (Some(h), Some(m)) if (1..=2).contains(&digits(h)) && digits(h) == h.chars().count() && digits(m) >= 2)
}

/// True for a line of plain text that is a date stamp ("13:17 - 2026/02/20", "تاريخ النشر : 21:55 -
/// 2025/01/25", "السبت 25 جانفي 2025"): a date line ([`is_date_line`]) with a time of day, or with two
/// numbers at least, half its words. Without the element a page gave it, a short line of prose that
/// names a year (a line cut by a hard wrap: "في عام 2010") is otherwise a date line too.
pub(crate) fn is_date_stamp(text: &str) -> bool {
    if !is_date_line(text) {
        return false;
    }
    let words: Vec<&str> = text.split_whitespace().filter(|w| w.chars().any(is_alphanumeric)).collect();
    let numbers = words.iter().filter(|w| has_digit(w)).count();
    (numbers >= 2 && numbers * 2 >= words.len()) || words.iter().any(|w| is_clock(w))
}

/// True for the [`normalize`]d text of a line that a page's widget writes alone: a share button's
/// label, "Advertisement", "Print".
pub(crate) fn is_widget_label(normal: &str) -> bool {
    WIDGET_LABELS.contains(&normal)
}

/// True for a menu or a trail of links written as one line, as a page's header and footer give them:
/// [`MIN_MENU_ITEMS`] labels or more between separators ([`MENU_SEPARATORS`],
/// [`SPACED_MENU_SEPARATORS`]), each of at most [`MAX_MENU_ITEM_WORDS`] words ("About us | Contact |
/// Privacy policy | Terms", "首页 >> 教育资讯 >> 教育新闻 >> 正文"). No sentence is written so; a table's
/// row written as text ("| Name | Age |") opens and closes on a separator, and is none.
pub(crate) fn is_menu_line(text: &str) -> bool {
    let text = text.trim();
    let spaced = SPACED_MENU_SEPARATORS.iter().any(|separator| text.contains(separator));
    if !(spaced || text.contains(MENU_SEPARATORS))
        || text.starts_with(MENU_SEPARATORS)
        || text.ends_with(MENU_SEPARATORS)
        || text.ends_with(SENTENCE_ENDS)
    {
        return false;
    }
    let unified = if spaced {
        Cow::Owned(
            SPACED_MENU_SEPARATORS.iter().fold(text.to_string(), |line, separator| line.replace(separator, " | ")),
        )
    } else {
        Cow::Borrowed(text)
    };
    let mut items = 0;
    // Separators may be doubled ("||"): what stands between them is no label.
    for item in unified.split(MENU_SEPARATORS).filter(|item| !item.trim().is_empty()) {
        if item.split_whitespace().count() > MAX_MENU_ITEM_WORDS {
            return false;
        }
        items += 1;
    }
    items >= MIN_MENU_ITEMS
}

/// True for a photo's caption that ends on its credit in brackets, or for the credit alone on its line
/// under a label ("Photo: …"): [`PHOTO_WORDS`] among the first two words of the brackets, or as the
/// label before the colon. No sentence of a story ends on a photo's credit.
fn is_photo_credited(text: &str) -> bool {
    let trimmed = text.trim();
    photo_credit_start(trimmed).is_some() || is_labelled_credit(trimmed)
}

/// True for a credit on its own line: a label of [`PHOTO_WORDS`] before a colon, two words at most
/// ("Photo: …", "Image credit: …"), and at most [`MAX_CREDIT_WORDS`] words after it. Only the line's
/// first bytes are looked through for the colon: most lines are not credits, and many are long.
fn is_labelled_credit(line: &str) -> bool {
    let colon =
        line.char_indices().take_while(|&(at, _)| at <= MAX_CREDIT_LABEL_BYTES).find(|&(_, c)| matches!(c, ':' | '：'));
    let Some((label, credit)) = colon.and_then(|(at, c)| Some((line.get(..at)?, line.get(at + c.len_utf8()..)?)))
    else {
        return false;
    };
    let label = normalize(label);
    !label.is_empty()
        && label.split(' ').count() <= 2
        && label.split(' ').all(|word| PHOTO_WORDS.contains(&word))
        && credit.split_whitespace().count() <= MAX_CREDIT_WORDS
}

/// Where the photo's credit in brackets that ends `text` starts ("… Fla. (AP Photo/Alan Diaz)",
/// "…の成否（写真＝ロイター）"): [`PHOTO_WORDS`] among the first two words of the brackets, at most
/// [`MAX_CREDIT_WORDS`] words in all. None when `text` ends on no such credit.
pub(super) fn photo_credit_start(text: &str) -> Option<usize> {
    let inside = text.trim_end().strip_suffix([')', '）'])?;
    let (before, credit) = inside.rsplit_once(['(', '（'])?;
    let credit = normalize(credit);
    let credited = credit.split(' ').take(2).any(|word| PHOTO_WORDS.contains(&word));
    (credited && credit.split(' ').count() <= MAX_CREDIT_WORDS).then_some(before.len())
}

/// One piece of a counter line: a number, a word, or the slash between numbers.
#[derive(PartialEq)]
enum CounterPiece {
    Number(u32),
    Word,
    Slash,
}

/// True for the text of a link that folds or unfolds a text in place: one of [`TOGGLE_LABELS`],
/// with no full stop ("More." after a disclosure is a link to a page of its own).
fn is_toggle(link: &str) -> bool {
    !link.trim_end().ends_with(SENTENCE_ENDS) && TOGGLE_LABELS.contains(&normalize(link).as_str())
}

/// True for a short line that counts pages or pictures: "N/M" or "N of M" with N ≤ M, and one label
/// word (so that a table's "23/16", a date "10月14日" or "1/2 tsp cloves" is not one). It is no sentence.
fn is_counter_line(text: &str) -> bool {
    if text.chars().count() > MAX_COUNTER_CHARS || text.trim_end().ends_with(SENTENCE_ENDS) {
        return false;
    }
    let mut pieces: Vec<CounterPiece> = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if let Some(digit) = decimal_value(c) {
            let mut value = digit;
            while let Some(next) = chars.peek().copied().and_then(decimal_value) {
                chars.next();
                value = value.saturating_mul(10).saturating_add(next);
            }
            pieces.push(CounterPiece::Number(value));
        } else if c.is_alphabetic() {
            while chars.next_if(|d| d.is_alphabetic()).is_some() {}
            pieces.push(CounterPiece::Word);
        } else if c == '/' {
            pieces.push(CounterPiece::Slash);
        }
    }
    let numbers = pieces.iter().filter(|p| matches!(p, CounterPiece::Number(_))).count();
    let words = pieces.iter().filter(|p| **p == CounterPiece::Word).count();
    let count = pieces.windows(3).find_map(|w| match (&w[0], &w[1], &w[2]) {
        (CounterPiece::Number(n), middle @ (CounterPiece::Slash | CounterPiece::Word), CounterPiece::Number(m))
            if 1 <= *n && n <= m =>
        {
            Some(middle == &CounterPiece::Word)
        }
        _ => None,
    });
    // One label word, besides a word between the numbers ("of").
    count.is_some_and(|word_between| numbers == 2 && words == 1 + usize::from(word_between))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn related_headings_are_written_normalized() {
        for heading in RELATED_HEADINGS {
            assert_eq!(&normalize(heading), heading);
        }
    }

    /// Asserts that `test` holds for every line of `yes` and for none of `no`.
    fn tells_apart(test: impl Fn(&str) -> bool, yes: &[&str], no: &[&str]) {
        for line in yes {
            assert!(test(line), "{line:?}");
        }
        for line in no {
            assert!(!test(line), "{line:?}");
        }
    }

    #[test]
    fn a_cookie_notice_is_known_by_how_it_opens() {
        for notice in COOKIE_NOTICES {
            assert!(COOKIE_WORDS.iter().any(|word| notice.contains(word)), "{notice}");
        }
        tells_apart(
            is_cookie_notice,
            &[
                "This website uses cookies to improve your experience. We'll assume you're ok with this.",
                "Please accept our privacy terms. We use cookies and similar technologies to improve your browsing.",
                "Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site.",
                "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا.",
            ],
            &[
                "The regulator said websites that use cookies must ask first.",
                "We use the data to improve the service, the company said.",
            ],
        );
    }

    #[test]
    fn a_menu_written_as_one_line_is_known_by_its_separators() {
        tells_apart(
            is_menu_line,
            &[
                "About us | Contact | Privacy policy | Terms of service",
                "首页|新闻|图片|评论|共青团|创业就业",
                "درباره ما| تماس با ما| سازمان آگهی ها| RSS",
                "Privacy • Terms • Ad policy • Careers",
                "首页 >> 教育资讯 >> 教育新闻 >> 正文",
                "Home › News › World › Europe",
                "Accueil » Actualités » Monde » Europe",
            ],
            &[
                "Reuters · Jan 3, 2020 · 4 min read",
                "| Name | Age | Team | Goals |",
                "Home | News | Sport | Weather.",
                "Home › News › World",
                "美国总统唐纳德·特朗普与俄罗斯总统弗拉基米尔·普京和乔·拜登以及希拉里·克林顿会晤",
                "Er sagte »Ja« und »Nein« und »Vielleicht« und »Später«",
                "The vote split the party | some backed the plan | others walked out | the rest abstained",
                "Plain text with no separator at all",
            ],
        );
    }

    #[test]
    fn a_caption_is_known_by_its_photo_credit() {
        tells_apart(
            is_photo_credited,
            &[
                "Vicente Aguiar loads garage door trims into his pickup truck in Hialeah, Fla. (AP Photo/Alan Diaz, File)",
                "Plague can be easily vaccinated (Image: GETTY)",
                "WeWork chairman Marcelo Claure (Credit: Getty Images)",
                "Senators leave the chamber (Photo by Chip Somodevilla/Getty Images)",
                "Photo: David Zalubowski, STF / Associated Press",
                "Image credit: NASA",
                "Фото: ТАСС",
                "صورة: رويترز",
                "会見する首相（写真：共同）",
            ],
            &[
                "The ministry published the images (pictured) on Monday.",
                "He said the company would keep the brand (Reuters).",
                "The first photo shows the crowd (see the second for the stage)",
                "Photo: the night the city lost its lights, and how its people found their way through the dark",
                "Credit scores rose in March (figures: Experian)",
            ],
        );
    }

    #[test]
    fn a_byline_loses_its_by() {
        assert_eq!(without_by("by Madeline Fry"), "Madeline Fry");
        assert_eq!(without_by("BY  ROBERT BURNS"), "ROBERT BURNS");
        assert_eq!(without_by("Byron Smith"), "Byron Smith");
        assert_eq!(without_by("by"), "by");
    }

    #[test]
    fn sign_off_phrases_are_written_normalized() {
        for phrase in SIGN_OFF.iter().chain(INVITATIONS) {
            assert_eq!(format!(" {} ", normalize(phrase)), *phrase);
        }
        for label in CLOSING_LABELS.iter().chain(BYLINE_LABELS).chain(COOKIE_NOTICES) {
            assert_eq!(&normalize(label), label);
        }
    }

    #[test]
    fn sign_offs_close_the_page_not_the_story() {
        tells_apart(
            is_sign_off,
            &[
                "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.",
                "Follow AP's full coverage of Brexit at https://www.apnews.com/Brexit",
                "Keith Bradsher contributed reporting from Hong Kong.",
                "kokobj@yna.co.kr (END)",
                "twitter.com/paultakahashi",
                "More AP NBA: https://apnews.com/NBA and https://twitter.com/AP_Sports",
                "Filed under: Politics |",
                "Get the latest updates right in your inbox. Subscribe to our newsletters.",
                "Get the magazine through your letterbox every month. Click here for more information.",
            ],
            &[
                "The council will follow the plan its engineers drew up last year.",
                "She posted on Twitter that she would follow up on it.",
                "The tags were removed in 2019: nobody noticed.",
                "Prices rose 5.2/3 in the period.",
                "Readers who click here and there rarely finish an article, the study found.",
            ],
        );
    }

    #[test]
    fn a_line_is_the_byline_when_it_names_the_metadata_author_as_whole_words() {
        let line = "Robert Burns, AP National Security Writer";
        assert!(is_byline_line(line, &normalize(line), "robert burns"));
        assert!(is_byline_line("By Robert Burns", "by robert burns", "robert burns ap national security writer"));
        for (line, byline) in [("Australia wins the cup", "ali"), ("Staff shortages hit the hospitals", "staff")] {
            assert!(!is_byline_line(line, &normalize(line), byline), "{line:?} for {byline:?}");
        }
    }

    #[test]
    fn a_headline_written_again_shares_most_words_with_the_title() {
        let title = "hs roundup viera defeats rockledge to remain undefeated";
        assert!(shares_most_words("high school roundup viera defeats rockledge to remain undefeated", title));
        assert!(!shares_most_words("girls basketball", title));
        assert!(!shares_most_words("viera defeats rockledge", title), "a part of the title only");
    }

    #[test]
    fn calls_to_subscribe_open_a_sentence() {
        tells_apart(
            is_subscription_call,
            &[
                "Subscribe to WIRED and stay smart with more of your favorite Ideas writers.",
                "SIGN UP FOR OUR NEWSLETTER",
                "Start your day with the Opening Bell. Sign up for the free daily newsletter.",
            ],
            &[
                "The newsletter reached a million readers, and more subscribe every day.",
                "The council's newsletter reported it, and readers were asked to subscribe to updates.",
                "Sign up for the bundle using the same email as your account",
            ],
        );
    }

    #[test]
    fn only_the_letters_of_subscribe_and_sign_lower_to_them() {
        let letters = "subscribeign";
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32).filter(|c| !c.is_ascii()) {
            let lowered = c.to_lowercase().to_string();
            // "İ" lowers to "i" and a combining dot, which no word of a normalized line keeps whole.
            assert!(c == 'İ' || !lowered.contains(|l| letters.contains(l)), "{c:?} lowers to {lowered:?}");
        }
        assert!(
            !normalize("Subscrİbe now").starts_with("subscribe ") && !normalize("Sİgn up now").starts_with("sign up ")
        );
    }

    #[test]
    fn normalize_keeps_words_of_letters_and_digits() {
        assert_eq!(normalize("  Don't  MISS — 3 Stories! "), "don t miss 3 stories");
        assert_eq!(normalize("...?"), "");
        assert_eq!(normalize("اقرأ أيضا:"), "اقرأ أيضا");
        assert_eq!(normalize("ΣΧΕΤΙΚΑ ΑΡΘΡΑ: ΟΔΟΣ"), "σχετικα αρθρα οδος", "a final sigma as Greek writes it");
    }

    #[test]
    fn counter_lines_count_pages_or_pictures() {
        assert!(is_counter_line("（1/3ページ）"));
        assert!(is_counter_line("Image 2 of 5"));
        assert!(is_counter_line("Page 3 of 12"));
        assert!(!is_counter_line("23/16"));
        assert!(!is_counter_line("Score 5 of 3"));
        assert!(!is_counter_line("The vote was 5 to 7 in the end, after a long debate."));
        assert!(!is_counter_line("TNW中文站 10月14日报道"));
        assert!(!is_counter_line("1/2 tsp ground cloves"));
        assert!(!is_counter_line("1 tackle (1 combined)."));
        assert!(is_counter_line("صورة ٢ من ٥"), "digits as Arabic writes them");
        assert!(!is_counter_line("صورة ٥ من ٢"));
    }

    #[test]
    fn date_lines_are_short_and_dated() {
        assert!(is_date_line("Updated 14 Oct 2019, 10:32"));
        assert!(is_date_line("Updated at 1:23 p.m."));
        assert!(is_date_line("تاريخ النشر : 21:55 - 2025/01/25"));
        assert!(!is_date_line("In 2019 the council voted to rebuild the harbour wall."));
        assert!(!is_date_line("The council voted"));
        // A Chinese sentence has no spaces to count words by, but it ends like one.
        assert!(!is_date_line("谷歌在2014年收购的人工智能公司开发出一款计算机。"));
        assert!(is_date_line("Published 2019"));
        assert!(is_date_line("By admin - 2018-09-16"));
        assert!(!is_date_line("Published 20190"));
        assert!(!is_date_line("Published 2119"));
    }

    #[test]
    fn date_lines_are_read_in_every_script_s_digits_and_calendar() {
        assert!(is_date_line("تاريخ النشر : ٢١:٥٥ - ٢٠٢٥/٠١/٢٥"));
        assert!(is_date_line("الأحد ٢٥ رجب ١٤٤٦ هـ"), "a Hijri year");
        assert!(is_date_line("دوشنبه ۲۱ اردیبهشت ۱۳۹۹"), "a Persian solar year, in Persian digits");
        assert!(is_date_line("۱۸:۵۹"), "a time of day alone");
        assert!(!is_date_line("The 1400 club"), "a Hijri year only on a line in the Arabic script");
        assert!(!is_date_line("في عام ١٤٠٠ كيلومتر."), "a sentence");
        assert!(is_date_stamp("تاريخ النشر : ٢١:٥٥ - ٢٠٢٥/٠١/٢٥"));
        assert!(is_date_stamp("السبت ٢٥ جانفي ٢٠٢٥"));
        assert!(!is_date_stamp("في عام ٢٠١٠"), "prose a hard wrap cut");
    }
}
