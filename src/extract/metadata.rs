//! Metadata is what a page says about its article outside the text: headline, author, date, site.
//! Read from `<meta>` tags, JSON-LD and the markup (`<h1>`, `<time>`, `rel=author`), in that order of trust,
//! but for a JSON-LD author the page calls a person, who comes first.

use super::lines::{normalize, without_by};
use super::tree::Tree;
use crate::snapshot::{PageSnapshot, SnapNode};
use crate::text::{is_cjk, is_hangul};
use std::borrow::Cow;

/// What the page says about the article.
#[derive(Debug, Default)]
pub struct Metadata {
    /// True when the page calls itself an article (`og:type`, a JSON-LD `…Article` or `BlogPosting`).
    pub declares_article: bool,
    pub title: String,
    /// The headline's `<h1>`, by snapshot index.
    pub headline: Option<usize>,
    pub byline: Option<String>,
    pub published: Option<String>,
    pub site_name: Option<String>,
}

/// JSON-LD `@type` values (with their closing quote) of an article page.
const ARTICLE_TYPES: &[&str] = &["Article\"", "BlogPosting\"", "\"Report\""];
/// Separators between a headline and the site's name in `document.title`.
const TITLE_SEPARATORS: &[&str] =
    &[" | ", " - ", " -- ", " – ", " — ", " :: ", " » ", " · ", " • ", " / ", " @ ", SPACED_UNDERSCORE];
/// Chinese portals part a title's sections with an underscore between two characters, no spaces
/// around it ("标题_教育频道_中国青年网"); it is read as this separator there, and only there, so that a
/// name written with one ("my_var") stays whole.
const SPACED_UNDERSCORE: &str = " _ ";
/// A title part shorter than this many words is more likely the site's name than the headline.
const MIN_HEADLINE_WORDS: usize = 3;
/// How many `<h1>` elements may compete for the headline: a logo's and the article's, perhaps a
/// section's; further ones are a listing's, and reading them all would cost a page of them time.
const H1_LOOKED_AT: usize = 4;
/// A headline, a byline or a site's name is one line, of at most this many characters. Longer, it is
/// prose that a page put in a headline's or an author's place (a whole article as its `og:title`, or in
/// the element it marks as the author's): the title is cut to a line and such a byline or site's name
/// dropped, as no name. Every line of the article is compared with the title and the byline, which
/// would cost the square of the page's length otherwise.
const MAX_LINE_CHARS: usize = 300;
/// The `<meta>` names and properties that give the publication date, the surest first.
const PUBLISHED_KEYS: &[&str] = &[
    "article:published_time", "og:published_time", "datepublished", "date", "dc.date", "dcterms.created",
    "dcterms.date", "pubdate", "publishdate",
];
/// The dates a publishing system writes where it has none: .NET's and Go's zero date, Unix's epoch.
const PLACEHOLDER_DATES: &[&str] = &["0001-01-01", "1970-01-01"];
/// What documentation and blog generators (Sphinx, Jekyll, GitHub) put after a heading to link to it.
const PERMALINK_MARKS: &[&str] = &["¶", "§", "#", "🔗"];

/// Reads the page's metadata.
pub fn read(page: &PageSnapshot, tree: &Tree) -> Metadata {
    let json_headline = json_ld_value(page, "headline");
    let site_name = page
        .meta("og:site_name")
        .or_else(|| page.meta("application-name"))
        .map(str::to_string)
        .or_else(|| json_ld_object_name(page, "publisher"));
    // The document's title and the headline h1, normalized once to be compared.
    let title_words = normalize(&page.title);
    let (headline, h1) = headline_h1(tree, &title_words).unzip();
    let h1_words = h1.as_deref().map(normalize);
    let h1_in_title = h1_words.as_deref().is_some_and(|h1| title_words.contains(h1));
    // Wikipedia's JSON-LD "headline" is the article's one-line description ("constitutional monarchy
    // in Oceania"): a JSON-LD headline the document's title does not hold yields to an h1 the title
    // opens with before more words ("New Zealand - Wikipedia").
    let headline_in_title = |headline: &String| title_words.contains(&normalize(headline));
    let h1_heads_title =
        h1_words.as_deref().is_some_and(|h1| title_words.len() > h1.len() && title_words.starts_with(h1));
    let json_headline = json_headline.filter(|headline| !h1_heads_title || headline_in_title(headline));
    let declared = page
        .meta("og:title")
        .or_else(|| page.meta("twitter:title"))
        .map(str::to_string)
        .or(json_headline)
        .filter(|t| !t.trim().is_empty());
    let title = match (declared, h1) {
        (Some(declared), h1) => strip_site_name(&declared, site_name.as_deref(), h1.as_deref()),
        (None, Some(h1)) if h1_in_title => h1,
        (None, h1) => strip_site_name(&page.title, site_name.as_deref(), h1.as_deref()),
    };
    // An address, the site's title with its tagline ("Site | News of Iran and the world") or a user
    // name of the site's publishing system is no author's name.
    let names_someone =
        |author: &String| !author.starts_with("http") && !author.contains(" | ") && !is_user_name(author);
    let byline = json_ld_person_name(page, "author")
        .filter(names_someone)
        .or_else(|| page.meta("author").map(str::to_string))
        .or_else(|| page.meta("article:author").map(str::to_string))
        .or_else(|| page.meta("dc.creator").map(str::to_string))
        .filter(names_someone)
        .or_else(|| json_ld_object_name(page, "author").filter(names_someone))
        .or_else(|| {
            let author = first_element(tree, |tag, node| {
                node.attr("rel") == Some("author")
                    || node.attr("itemprop") == Some("author")
                    || (tag != "meta" && node.attr("class").is_some_and(|c| c.contains("byline")))
            })?;
            author_name(tree, author).filter(names_someone)
        });
    // An empty date or a placeholder is passed over for the next source, not taken as the page's word.
    let is_date = |date: &&str| {
        let date = date.trim();
        !date.is_empty() && !PLACEHOLDER_DATES.iter().any(|placeholder| date.starts_with(placeholder))
    };
    let published = PUBLISHED_KEYS
        .iter()
        .filter_map(|key| page.meta(key))
        .find(is_date)
        .map(str::to_string)
        .or_else(|| json_ld_value(page, "datePublished").filter(|date| is_date(&date.as_str())))
        .or_else(|| {
            let time = tree.nodes().iter().find(|n| n.tag == "time")?;
            time.attr("datetime").filter(is_date).map(str::to_string)
        });
    let declares_article = page.meta("og:type").is_some_and(|t| t.to_ascii_lowercase().contains("article"))
        || page.json_ld.iter().any(|json| ARTICLE_TYPES.iter().any(|t| json.contains(t)));
    Metadata {
        declares_article,
        title: cut_to_line(without_photo_credit(title.trim())).to_string(),
        headline,
        byline: byline
            .map(|b| without_address(without_by(b.trim())).to_string())
            .filter(|b| !b.is_empty() && b.chars().count() <= MAX_LINE_CHARS),
        published: published.and_then(|p| super::dates::in_iso(p.trim())),
        // A site's name given with its tagline ("Site | News of Iran and the world") is its first part.
        site_name: site_name
            .and_then(|s| s.split(" | ").next().map(|name| host_of_address(name.trim()).to_string()))
            .filter(|s| !s.is_empty() && s.chars().count() <= MAX_LINE_CHARS),
    }
}

/// A site's name that a page gives as its address (`http://www.tmz.com/`) is its host, as readers name
/// it ("tmz.com"); any other name is itself.
fn host_of_address(name: &str) -> &str {
    let scheme_end = ["https://", "http://"]
        .iter()
        .find(|scheme| name.get(..scheme.len()).is_some_and(|start| start.eq_ignore_ascii_case(scheme)))
        .map(|scheme| scheme.len());
    let Some(rest) = scheme_end.and_then(|end| name.get(end..)) else { return name };
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    host.strip_prefix("www.").filter(|host| !host.is_empty()).unwrap_or(host)
}

/// A byline without the address some pages write after the name ("Bradley M. Kuhn
/// (<http://ebb.org/bkuhn/>)", "Ana Ruiz (ana@example.org)"): the reader reads a name.
fn without_address(byline: &str) -> &str {
    let Some((name, aside)) = byline.strip_suffix(')').and_then(|rest| rest.rsplit_once('(')) else {
        return byline;
    };
    let is_address = aside.contains("://") || (aside.contains('@') && !aside.trim().contains(' '));
    if is_address && !name.trim().is_empty() {
        name.trim_end()
    } else {
        byline
    }
}

/// A title without the credit of the photo its page opens on, which some sites write into it
/// ("米朝首脳直通電話　習氏に挑むトランプ戦術の成否（写真＝ロイター）"): the reader reads a headline.
fn without_photo_credit(title: &str) -> &str {
    match super::lines::photo_credit_start(title).and_then(|at| title.get(..at)).map(str::trim_end) {
        Some(headline) if !headline.is_empty() => headline,
        _ => title,
    }
}

/// The first [`MAX_LINE_CHARS`] characters of `text`.
fn cut_to_line(text: &str) -> &str {
    let end = text.char_indices().nth(MAX_LINE_CHARS).map_or(text.len(), |(at, _)| at);
    text.get(..end).unwrap_or(text).trim_end()
}

/// `title` without the site's name (or section) that pages append or prepend to it. The longer part,
/// when the page's `<h1>` repeats it, is the headline (a shorter one may be the h1 of a logo); else a
/// part naming the site (or starting with its name, as "CNN Politics" does) goes, and with it the
/// short parts before it, the site's sections ("Headline | Code | Nicolas Perriault").
fn strip_site_name(title: &str, site_name: Option<&str>, h1: Option<&str>) -> String {
    match with_underscores_spaced(title) {
        Cow::Borrowed(title) => strip_site_name_from(title, site_name, h1),
        Cow::Owned(spaced) => strip_site_name_from(&spaced, site_name, h1).replace(SPACED_UNDERSCORE, "_"),
    }
}

/// `title` with each underscore between two Chinese or Japanese characters written as
/// [`SPACED_UNDERSCORE`].
fn with_underscores_spaced(title: &str) -> Cow<'_, str> {
    let (mut spaced, mut copied, mut before) = (String::new(), 0, None);
    let mut chars = title.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let after = chars.peek().map(|&(_, next)| next);
        if c == '_' && before.is_some_and(is_cjk) && after.is_some_and(is_cjk) {
            spaced.push_str(title.get(copied..at).unwrap_or_default());
            spaced.push_str(SPACED_UNDERSCORE);
            copied = at + 1;
        }
        before = Some(c);
    }
    if copied == 0 {
        return Cow::Borrowed(title);
    }
    spaced.push_str(title.get(copied..).unwrap_or_default());
    Cow::Owned(spaced)
}

/// Words of a title's part as a reader counts them: the runs between spaces, a run in the scripts
/// written without them about one per two characters (a Chinese word is one or two).
fn title_words(part: &str) -> usize {
    let unspaced = |c: char| is_cjk(c) && !is_hangul(c);
    part.split_whitespace().map(|run| (run.chars().filter(|&c| unspaced(c)).count() / 2).max(1)).sum()
}

/// [`strip_site_name`] of a title whose underscores that part sections are spaced.
fn strip_site_name_from(title: &str, site_name: Option<&str>, h1: Option<&str>) -> String {
    let title = title.trim();
    let h1 = h1.map(normalize);
    let site = site_name.map(normalize).filter(|site| !site.is_empty());
    let site_by_name = site_name.and_then(without_domain).map(normalize);
    let names_site = |part: &str| {
        let part = normalize(part);
        site.as_deref().is_some_and(|site| part == site || part.starts_with(&format!("{site} ")))
            || site_by_name.as_deref() == Some(&part)
    };
    let short_before_headline =
        |head: &str, tail: &str| title_words(tail) < MIN_HEADLINE_WORDS && title_words(head) >= MIN_HEADLINE_WORDS;
    for separator in TITLE_SEPARATORS {
        let Some((head, tail)) = title.rsplit_once(separator) else { continue };
        let headline = |part: &str, other: &str| part.len() > other.len() && h1.as_deref() == Some(&normalize(part));
        if headline(head, tail) {
            return head.trim().to_string();
        }
        if names_site(tail) || (site.is_none() && short_before_headline(head, tail)) {
            let mut head = head;
            while let Some((shorter, _)) =
                head.rsplit_once(separator).filter(|(shorter, section)| short_before_headline(shorter, section))
            {
                head = shorter;
            }
            return head.trim().to_string();
        }
        if let Some((head, tail)) = title.split_once(separator) {
            if names_site(head) || headline(tail, head) {
                return tail.trim().to_string();
            }
        }
    }
    title.to_string()
}

/// The name of a site that gives its name as its domain ("Factorio.com", "Express.co.uk"), as its
/// titles write it ("Friday Facts #282 | Factorio"); none for any other name.
fn without_domain(site_name: &str) -> Option<&str> {
    let (name, domain) = site_name.trim().split_once('.')?;
    let is_domain = domain.split('.').all(|label| !label.is_empty() && label.chars().all(char::is_alphabetic));
    (is_domain && !name.trim().is_empty()).then_some(name)
}

/// The page's headline `<h1>` and its words. A page may hold several: a site's logo is often an h1 too
/// (ahead of the article's), so among the first [`H1_LOOKED_AT`] the one the document's title opens
/// with is the headline (titles put the headline first and the site's name last), else the first the
/// title holds, else the first. `title` is the document's title, normalized.
fn headline_h1(tree: &Tree, title: &str) -> Option<(usize, String)> {
    let h1s: Vec<(usize, String, String)> =
        words_of_each(tree, elements(tree, |tag, _| tag == "h1"), |words| !normalize(words).is_empty())
            .map(|(index, words)| (index, normalize(&words), words))
            .take(H1_LOOKED_AT)
            .collect();
    let opens_title = |(_, normal, _): &&(usize, String, String)| title.starts_with(normal.as_str());
    let in_title = |(_, normal, _): &&(usize, String, String)| title.contains(normal.as_str());
    let (index, _, words) = h1s.iter().find(opens_title).or_else(|| h1s.iter().find(in_title)).or(h1s.first())?;
    // A heading's permalink, set after its words ("Evolve: Shared Mutable History ¶"), is no part of it.
    let words =
        words.rsplit_once(' ').filter(|(_, last)| PERMALINK_MARKS.contains(last)).map_or(&**words, |(head, _)| head);
    Some((*index, words.to_string()))
}

/// The metadata of story `heading` (its `<h1>`) of several on one page ([`super::stories`]): the
/// page's own (`page`) when its title names the story's headline; else the story's headline as its
/// title, no byline (its author is not told apart from the other stories' authors), no date, and the
/// page's site. Either way the date written under the headline comes first (`dates::written_near`):
/// a page's first `<time>` dates its first story, whichever story its title names.
pub fn of_story(tree: &Tree, heading: usize, page: &Metadata) -> Metadata {
    let words = words_of(tree, heading, |_| false).unwrap_or_default();
    let (headline, title) = (normalize(&words), normalize(&page.title));
    let described = !title.is_empty() && (title.contains(&headline) || headline.contains(&title));
    Metadata {
        declares_article: page.declares_article,
        title: if described { page.title.clone() } else { cut_to_line(&words).to_string() },
        headline: Some(heading),
        byline: page.byline.clone().filter(|_| described),
        published: page.published.clone().filter(|_| described),
        site_name: page.site_name.clone(),
    }
}

/// The elements `wanted` picks that the reader can see, in document order.
fn elements<'t>(tree: &'t Tree, wanted: impl Fn(&str, &SnapNode) -> bool + 't) -> impl Iterator<Item = usize> + 't {
    tree.nodes().iter().enumerate().filter_map(move |(i, n)| {
        let seen = !n.is_text() && tree.is_shown(i);
        (seen && wanted(&n.tag, n)).then_some(i)
    })
}

/// The first element `wanted` picks that the reader can see.
fn first_element(tree: &Tree, wanted: impl Fn(&str, &SnapNode) -> bool) -> Option<usize> {
    elements(tree, wanted).next()
}

/// The words of element `index`, joined by single spaces, but those inside an element `skipped` picks;
/// None when none are left.
fn words_of(tree: &Tree, index: usize, skipped: impl Fn(&SnapNode) -> bool) -> Option<String> {
    let (mut words, mut at) = (Vec::new(), index + 1);
    while at < tree.end(index) {
        let node = tree.node(at);
        if skipped(node) {
            at = tree.end(at);
            continue;
        }
        if node.is_text() {
            words.extend(node.text.split_whitespace());
        }
        at += 1;
    }
    Some(words.join(" ")).filter(|t| !t.is_empty())
}

/// Each of `candidates` (elements in document order) whose words `count`, with its words as [`words_of`]
/// reads them. An element's words are some of those of any element it is inside, so the candidates inside
/// one whose words do not count are passed over unread: a chain of nested candidates without words is read
/// once, not again at every level (the square of its length).
fn words_of_each<'t>(
    tree: &'t Tree,
    candidates: impl Iterator<Item = usize> + 't,
    count: impl Fn(&str) -> bool + 't,
) -> impl Iterator<Item = (usize, String)> + 't {
    let mut passed_until = 0;
    candidates.filter_map(move |index| {
        if index < passed_until {
            return None;
        }
        let words = words_of(tree, index, |_| false).filter(|words| count(words));
        if words.is_none() {
            passed_until = tree.end(index);
        }
        Some((index, words?))
    })
}

/// The name in author element `index`: an author element often holds more than the name (a logo's
/// address, the date, a count of comments, a box of links about the author) and marks the name, as
/// microdata (`itemprop="name"`), as an hCard (`class="fn"`), as the link to the author's page
/// (`rel="author"`) or as an element whose class names the author; the first of these, in that order,
/// that has words, else the element's words outside its dates (a `<time>`, an element whose class
/// names a date or a time: "by Jeff Foust<br><span class="datetime">Monday, November 18, 2019</span>").
/// The link comes before the class, which also names the containers around the name ("By Victor
/// Davis Hanson About Victor Davis Hanson Follow Victor Davis Hanson on Twitter").
fn author_name(tree: &Tree, index: usize) -> Option<String> {
    type Mark = fn(&SnapNode) -> bool;
    let marks: [Mark; 4] = [
        |n| n.attr("itemprop") == Some("name"),
        |n| n.attr("class").is_some_and(|c| c.split_whitespace().any(|w| w == "fn")),
        |n| n.attr("rel") == Some("author"),
        |n| n.attr("class").is_some_and(|c| c.contains("author")),
    ];
    let inside = || tree.subtree(index).iter().enumerate().skip(1);
    marks
        .iter()
        .find_map(|marks| {
            let marked = inside().filter(|(_, n)| marks(n)).map(|(offset, _)| index + offset);
            words_of_each(tree, marked, |_| true).next().map(|(_, words)| words)
        })
        .or_else(|| {
            let is_date = |n: &SnapNode| {
                n.tag == "time" || n.attr("class").is_some_and(|c| c.contains("date") || c.contains("time"))
            };
            words_of(tree, index, is_date)
        })
}

/// The first string value of `key` in the page's JSON-LD.
fn json_ld_value(page: &PageSnapshot, key: &str) -> Option<String> {
    page.json_ld.iter().find_map(|json| string_after_key(json, key))
}

/// The `name` of the object (or first object of the array) under `key`, or its plain string value.
fn json_ld_object_name(page: &PageSnapshot, key: &str) -> Option<String> {
    page.json_ld.iter().find_map(|json| {
        let at = find_key(json, key)?;
        let rest = json.get(at..)?;
        let value = rest.trim_start();
        if value.starts_with('"') {
            parse_string(value)
        } else {
            // The object's own "name", before the object (or array) closes.
            let close = value.find(['}', ']']).unwrap_or(value.len());
            string_after_key(value.get(..close)?, "name")
        }
    })
}

/// True for a user name of a publishing system ("jdadmin", "kevin-r"), which some pages give as their
/// author's: one word in lower-case Latin letters, digits and joining marks. (A name written in a
/// script without capitals, or a single capitalized name, is a name.)
fn is_user_name(author: &str) -> bool {
    let author = author.trim();
    !author.is_empty()
        && author.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'-' | b'_' | b'.'))
}

/// The name of JSON-LD object `key` when the page says it is a person's (`"@type": "Person"`): such a
/// byline outranks a `<meta name="author">`, which some publishers fill with their company's name.
fn json_ld_person_name(page: &PageSnapshot, key: &str) -> Option<String> {
    page.json_ld.iter().find_map(|json| {
        let value = json.get(find_key(json, key)?..)?.trim_start();
        if !value.starts_with(['{', '[']) {
            return None;
        }
        let object = value.get(..value.find(['}', ']']).unwrap_or(value.len()))?;
        (string_after_key(object, "@type")? == "Person").then(|| string_after_key(object, "name"))?
    })
}

/// Byte offset just after `"key":` in `json`.
fn find_key(json: &str, key: &str) -> Option<usize> {
    let quoted = format!("\"{key}\"");
    let mut from = 0;
    while let Some(found) = json.get(from..)?.find(&quoted) {
        let after = from + found + quoted.len();
        let rest = json.get(after..)?;
        let trimmed = rest.trim_start();
        if let Some(value) = trimmed.strip_prefix(':') {
            return Some(json.len() - value.len());
        }
        from = after;
    }
    None
}

fn string_after_key(json: &str, key: &str) -> Option<String> {
    let at = find_key(json, key)?;
    parse_string(json.get(at..)?.trim_start()).filter(|s| !s.trim().is_empty())
}

/// Decodes the JSON string literal at the start of `text`.
fn parse_string(text: &str) -> Option<String> {
    let mut chars = text.strip_prefix('"')?.chars();
    let mut out = String::new();
    while let Some(c) = chars.next() {
        match c {
            '"' => return Some(out),
            '\\' => match chars.next()? {
                'n' | 'r' | 't' => out.push(' '),
                'u' => {
                    let hex: String = chars.by_ref().take(4).collect();
                    out.push(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32).unwrap_or('\u{FFFD}'));
                }
                other => out.push(other),
            },
            _ => out.push(c),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{strip_site_name, without_photo_credit};

    #[test]
    fn the_part_the_h1_repeats_is_the_headline() {
        let h1 = Some("Takeaways from the fraud trial");
        assert_eq!(
            strip_site_name("Takeaways from the fraud trial -- Sott.net", None, h1),
            "Takeaways from the fraud trial"
        );
        assert_eq!(
            strip_site_name("Opinion | Takeaways from the fraud trial", None, h1),
            "Takeaways from the fraud trial"
        );
    }

    #[test]
    fn a_shorter_part_the_h1_repeats_is_a_logo_not_the_headline() {
        let title = "Autumn leaves at the camp in the hills :: PIXNET";
        assert_eq!(strip_site_name(title, None, Some("PIXNET")), "Autumn leaves at the camp in the hills");
        let title = "Autumn leaves at the camp :: PIXNET Blog Network";
        assert_eq!(strip_site_name(title, Some("A Hiker's Home"), Some("PIXNET Blog Network")), title);
    }

    #[test]
    fn the_sections_before_the_site_name_go_with_it() {
        let title = "Get your Frontend JavaScript Code Covered | Code | Nicolas Perriault";
        assert_eq!(strip_site_name(title, None, None), "Get your Frontend JavaScript Code Covered");
        let title = "Budget passes at last | Politics | Harbour News";
        assert_eq!(strip_site_name(title, Some("Harbour News"), None), "Budget passes at last");
        // Only the separator the site's name stands behind parts sections from the headline.
        let title = "The harbour budget, explained - Part 2 | Harbour News";
        assert_eq!(strip_site_name(title, Some("Harbour News"), None), "The harbour budget, explained - Part 2");
    }

    #[test]
    fn a_blog_post_at_its_blog() {
        let title = "Autumn leaves at the camp (2) @ Steven's Home :: PIXNET ::";
        assert_eq!(strip_site_name(title, Some("Steven's Home"), None), "Autumn leaves at the camp (2)");
        assert_eq!(
            strip_site_name("Live music tonight @ The Blue Note", None, None),
            "Live music tonight @ The Blue Note"
        );
    }

    #[test]
    fn a_part_starting_with_the_site_name_goes() {
        assert_eq!(
            strip_site_name("Takeaways from the trial | CNN Politics", Some("CNN"), None),
            "Takeaways from the trial"
        );
        assert_eq!(strip_site_name("CNNA rivals merge | Business", Some("CNN"), None), "CNNA rivals merge | Business");
    }

    #[test]
    fn a_site_named_by_its_domain_is_known_by_its_name() {
        let title = "Friday Facts #282 - 0.17 in sight | Factorio";
        assert_eq!(strip_site_name(title, Some("Factorio.com"), None), "Friday Facts #282 - 0.17 in sight");
        let title = "Plague: a third case in China - Express";
        assert_eq!(strip_site_name(title, Some("Express.co.uk"), None), "Plague: a third case in China");
        // A name with a full stop in it is no domain.
        let title = "Flood warning for the river | St";
        assert_eq!(strip_site_name(title, Some("St. Louis Post-Dispatch"), None), title);
    }

    #[test]
    fn a_title_loses_the_credit_of_its_photo() {
        assert_eq!(
            without_photo_credit("米朝首脳直通電話　習氏に挑むトランプ戦術の成否（写真＝ロイター）"),
            "米朝首脳直通電話　習氏に挑むトランプ戦術の成否"
        );
        assert_eq!(without_photo_credit("Storm hits the coast (Photo: AP)"), "Storm hits the coast");
        assert_eq!(without_photo_credit("Meal prep for a week (with kids)"), "Meal prep for a week (with kids)");
        assert_eq!(without_photo_credit("(Photo: AP)"), "(Photo: AP)");
    }

    #[test]
    fn an_underscore_between_chinese_characters_parts_sections() {
        assert_eq!(
            strip_site_name("海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网", None, None),
            "海外留学生看两会：出国前后关注点大不同"
        );
        assert_eq!(strip_site_name("人工智能迈上新台阶_科技_腾讯网", None, None), "人工智能迈上新台阶");
        // Between Latin letters an underscore is part of a name.
        assert_eq!(
            strip_site_name("Understanding the my_var variable", None, None),
            "Understanding the my_var variable"
        );
        assert_eq!(strip_site_name("什么是 my_var_name 变量", None, None), "什么是 my_var_name 变量");
    }
}
