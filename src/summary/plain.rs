//! Plain text read as an article: a file, a text pasted into the playground, what a reader selected
//! on a page. Paragraphs are separated by blank lines, and may be cut by hard line wraps.
//!
//! Text copied from a page brings the page's furniture along, each piece on a line of its own: the
//! headline written again above the story, the date line, the byline, a widget's label ("Share",
//! "تعليقات الفيسبوك"), a "related" heading with its teasers, each stamped with a time, and the labels
//! of its menus and footer. The extractor's line filters ([`crate::extract::lines`]) know most of
//! these by their text alone, so a plain text leaves them out by the same lists; lists of labels
//! and lines written twice are known by their shape. What is left of a whole page (a sidebar's blurb,
//! a newsletter's promise) is told from the story by where it stands: the story is the first stretch of
//! paragraphs that is about as full of a story's sentences as any ([`story`]).

use super::Lines;
use crate::article::{Article, Block, BlockKind, HEADING_WORDS};
use crate::extract::hints;
use crate::extract::lines::{self, normalize, MAX_LABEL_CHARS, RELATED_HEADING_WORDS};
use crate::score::signals::ends_sentence;
use crate::text;
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

/// An article made of plain text, paragraphs separated by blank lines. A paragraph that stops
/// mid-sentence (no closing punctuation) was cut by a hard line wrap (in a text whose `breaks` may be
/// [`Lines::Wrapped`]), so it is joined to the next,
/// unless it stands apart as a heading or a caption ([`runs_on`]); one as short as a headline
/// ([`HEADING_WORDS`]) is then a heading, which no summary takes. A longer one is a caption, which
/// often says what the story is about, so it stays summary material. A paragraph that opens in
/// lower case goes on a sentence the one before seemed to close ([`continues`]: "… back into D.C."
/// then "that ended when officers shot him"), so it is joined too.
///
/// The page's furniture is left out line by line ([`Reader::line`]); where it stood, the text
/// before it ends, as a heading when it is short and unfinished (the headline above a date line).
/// The longest line written twice, if longer than a label, is the article's title when none is given.
pub fn article_from_text(text: &str, lang: Option<&str>, title: Option<&str>, breaks: Lines) -> Article {
    let wraps = breaks == Lines::Wrapped;
    let mut lines: Vec<Line> = text.lines().map(Line::new).collect();
    mark_continued(&mut lines);
    mark_labels(&mut lines, wraps);
    let repeated = repeated_lines(&lines);
    // The longest repeated line is the headline, if it is longer than a label.
    let words = |line: &Line| line.text.split(' ').count();
    let headline = repeated
        .iter()
        .copied()
        .rev()
        .max_by_key(|line| words(line))
        .filter(|line| words(line) > RELATED_HEADING_WORDS);
    let title = title.map(str::to_string).or_else(|| headline.map(|line| line.text.to_string())).unwrap_or_default();
    let repeated_normals = repeated.iter().filter_map(|line| line.normal.clone()).collect();
    let mut reader = Reader { wraps, title: normalize(&title), repeated: repeated_normals, ..Reader::default() };
    for line in &lines {
        reader.line(line);
    }
    let language = text::detect(text, lang);
    Article { title, lang: language.code, rtl: language.rtl, blocks: reader.into_story(), ..Article::default() }
}

/// How many words make a paragraph that closes a sentence the story's own ([`story`]); a line that is
/// no such paragraph, or a line of the page's labels and other stories, weighs as much against it.
const STORY_WORDS: usize = 10;

/// Where the story lies among `blocks`: of a text copied from a whole page, the stretch between its
/// header and its footer. What a reader copies with the story (a sidebar's blurb, the teasers of other
/// stories, a cookie notice, a newsletter's promise, a copyright line, the rules of the comments)
/// keeps clear of it, across lines of labels or other stories; inside the story, a caption or a
/// subheading stands between paragraphs. So each paragraph of [`STORY_WORDS`] words or more that
/// closes a sentence counts its words for a stretch, and a heading, a short unfinished line or a line
/// of the page left out before a block ([`BlockFacts`]) counts as many against it; a shorter
/// paragraph, or a longer one unfinished (a caption), counts nothing. Where lines are the page's
/// elements, never `wraps`, an unfinished line in a script with capitals is no story's prose (a
/// headline, a caption, another story's title) and counts against it too; in a script without them
/// (Arabic, whose writers may leave a paragraph's last full stop out), it counts nothing. Of the
/// stretches that count the most locally, the story is the first that holds half as much as the
/// fullest: a page puts its story before what closes it, though comments and their rules may run
/// longer. Where a thread of comments opens under its count and the post's title (`thread`), the
/// stretches end, and the story is the one before it, if any counts. A text with no paragraph that
/// counts (a list of labels) is kept whole.
fn story(blocks: &[Block], facts: &[BlockFacts], wraps: bool, thread: Option<usize>) -> Range<usize> {
    let against = STORY_WORDS as isize;
    let count_of = |block: &Block, words: usize| {
        let closes = ends_sentence(&block.text);
        match block.kind {
            BlockKind::Heading => -against,
            _ if closes && words >= STORY_WORDS => words as isize,
            _ if !closes && !wraps && opens_cased(&block.text) => -against,
            _ if closes || words >= STORY_WORDS => 0,
            _ => -against,
        }
    };
    // Kadane's maximum subarray, each stretch apart: a stretch goes on across lines of the page only
    // while what it holds outweighs them, and ends where its count would fall below nothing; it is
    // kept up to where its count is highest, with the blocks that count nothing there.
    let mut stretches: Vec<(Range<usize>, isize)> = Vec::new();
    let mut stretch = (0..0, 0);
    let (mut count, mut start) = (0, 0);
    for (at, (block, facts)) in blocks.iter().zip(facts).enumerate() {
        let page = against * facts.page_lines_before as isize;
        if (page > 0 && count <= page) || thread == Some(at) {
            stretches.push(std::mem::take(&mut stretch));
            (count, start) = (0, at);
        }
        count = (count - page).max(0) + count_of(block, facts.words);
        if count < 0 {
            stretches.push(std::mem::take(&mut stretch));
            (count, start) = (0, at + 1);
        } else if count > 0 && count >= stretch.1 {
            stretch = (start..at + 1, count);
        }
    }
    stretches.push(stretch);
    // A thread of comments follows the story it comments on: the story is before it, if any stretch is.
    let before_thread = |(range, count): &(Range<usize>, isize)| *count > 0 && thread.is_none_or(|at| range.end <= at);
    if stretches.iter().any(before_thread) {
        stretches.retain(before_thread);
    }
    // The story comes before what closes the page (its comments and their rules, the footer): the
    // first stretch that holds half as much as the fullest.
    let fullest = stretches.iter().map(|(_, count)| *count).max().unwrap_or(0);
    let story = stretches.into_iter().find(|&(_, count)| count > 0 && count * 2 >= fullest);
    story.map_or(0..blocks.len(), |(blocks, _)| blocks)
}

/// True when the first letter of `text` has case (Latin, Greek, Cyrillic, …), not Arabic or Han.
fn opens_cased(text: &str) -> bool {
    text.chars().find(|c| c.is_alphabetic()).is_some_and(|c| c.is_uppercase() || c.is_lowercase())
}

/// A line of the text, its white space collapsed.
struct Line<'a> {
    text: Cow<'a, str>,
    /// Whether it ends with closing punctuation ([`ends_sentence`]).
    finished: bool,
    /// How many words it has, as a reader counts them: each Han or kana character is one.
    words: usize,
    /// Its [`normalize`]d text, for a line that may be a label or the headline: one of a few words,
    /// or one short enough that stops without closing punctuation.
    normal: Option<String>,
    /// Whether the next line with text goes on it in lower case ([`continues`]): then it is a piece
    /// of a sentence broken by line breaks, neither a label nor the headline.
    continued: bool,
    /// Whether it is one label of a list of them ([`mark_labels`]).
    label: bool,
}

impl<'a> Line<'a> {
    fn new(raw: &'a str) -> Line<'a> {
        let trimmed = raw.trim();
        // Most lines are written with single spaces, and are read in place.
        let text = if is_collapsed(trimmed) {
            Cow::Borrowed(trimmed)
        } else {
            Cow::Owned(trimmed.split_whitespace().collect::<Vec<_>>().join(" "))
        };
        let finished = ends_sentence(&text);
        let words = text::word_count(&text);
        let few_words = words <= RELATED_HEADING_WORDS;
        let short = text.chars().nth(MAX_LABEL_CHARS as usize).is_none();
        let normal = (!text.is_empty() && (few_words || (short && !finished))).then(|| normalize(&text));
        Line { text, finished, words, normal, continued: false, label: false }
    }

    /// True when this line, unfinished, may be a headline.
    fn may_be_headline(&self) -> bool {
        !self.finished && self.normal.as_deref().is_some_and(|normal| !normal.is_empty())
    }
}

/// Marks the lines that the next line with text goes on ([`Line::continued`]).
fn mark_continued(lines: &mut [Line]) {
    let mut next_continues = false;
    for line in lines.iter_mut().rev() {
        line.continued = next_continues;
        if !line.text.is_empty() {
            next_continues = continues(&line.text);
        }
    }
}

/// Marks the lines that are labels of a list, as a page's menu, share bar or footer gives them when
/// copied as text: lines of a few words without closing punctuation, one after another (blank lines
/// between them or not: a selection's text gives each element a line, and the extension a paragraph).
/// In a paragraph that ends a sentence somewhere, of a text that may be wrapped, such a line may be a
/// narrow column's hard wrap instead: there it is a label only where no wrap ended it (the next
/// line's first word would have fitted on it, as wide as the paragraph's widest line). None of them
/// is a sentence, and joined they would read as one.
fn mark_labels(lines: &mut [Line], wraps: bool) {
    let chars = |line: &Line| line.text.chars().count();
    // A line of punctuation alone ("*", a censored word's stars) is no label, and joins no list.
    let may_be_label: Vec<bool> = lines
        .iter()
        .map(|line| line.words <= RELATED_HEADING_WORDS && line.may_be_headline() && !line.continued)
        .collect();
    let mut unwrapped = vec![true; lines.len()];
    let mut start = 0;
    while start < lines.len() {
        let end = lines[start..].iter().position(|line| line.text.is_empty()).map_or(lines.len(), |at| start + at);
        let paragraph = &lines[start..end];
        if wraps && paragraph.iter().any(|line| line.finished) {
            let width = paragraph.iter().map(chars).max().unwrap_or(0);
            for at in start..end.saturating_sub(1) {
                let first_word = lines[at + 1].text.split(' ').next().unwrap_or_default();
                unwrapped[at] = chars(&lines[at]) + 1 + first_word.chars().count() <= width;
            }
        }
        start = end + 1;
    }
    let with_text: Vec<usize> = (0..lines.len()).filter(|&at| !lines[at].text.is_empty()).collect();
    for (k, &at) in with_text.iter().enumerate() {
        let beside_another =
            (k > 0 && may_be_label[with_text[k - 1]]) || with_text.get(k + 1).is_some_and(|&next| may_be_label[next]);
        lines[at].label = may_be_label[at] && unwrapped[at] && beside_another;
    }
}

/// True when `text` has no white space but single plain spaces between words.
fn is_collapsed(text: &str) -> bool {
    let mut after_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            if c != ' ' || after_space {
                return false;
            }
            after_space = true;
        } else {
            after_space = false;
        }
    }
    true
}

/// The lines that stop without closing punctuation and are written again, as the same words, each
/// time standing apart, at their first occurrence: the headline of a page copied whole, which shows
/// it above the story and again in its header, and labels that its menu and footer both give. A
/// line that the next goes on ([`Line::continued`]) is a piece of a sentence, however often it is
/// repeated.
fn repeated_lines<'l, 'a>(lines: &'l [Line<'a>]) -> Vec<&'l Line<'a>> {
    // Per candidate: how often it is written, or `None` once it has been continued.
    let mut seen: HashMap<&str, Option<usize>> = HashMap::new();
    for line in lines.iter().filter(|line| line.may_be_headline()) {
        let count = seen.entry(line.normal.as_deref().unwrap_or_default()).or_insert(Some(0));
        *count = count.filter(|_| !line.continued).map(|n| n + 1);
    }
    let mut repeated = Vec::new();
    for line in lines.iter().filter(|line| line.may_be_headline()) {
        if let Some(count) = seen.get_mut(line.normal.as_deref().unwrap_or_default()) {
            if count.take().is_some_and(|n| n >= 2) {
                repeated.push(line);
            }
        }
    }
    repeated
}

/// Reads the lines in order into blocks.
#[derive(Default)]
struct Reader {
    blocks: Vec<Block>,
    /// Whether a line break may be a hard wrap ([`Lines::Wrapped`]).
    wraps: bool,
    /// The last block stops without closing punctuation, so the next paragraph may go on it.
    open: bool,
    /// The text lines of the paragraph being read, joined by spaces, and how many words they hold.
    paragraph: String,
    paragraph_words: usize,
    /// Under a "related" heading: the lines that end no sentence are its teasers.
    in_related: bool,
    /// The title, and the lines written again ([`repeated_lines`]), [`normalize`]d.
    title: String,
    repeated: HashSet<String>,
    /// Where the title has been written as a heading, once: once is enough.
    title_block: Option<usize>,
    /// Lines of the page around the story (labels, "related" lists) left out since the last block.
    page_lines: usize,
    /// What the [`story`] is found by, per block.
    facts: Vec<BlockFacts>,
    /// The first block after the heading of a thread of comments ([`hints::counts_comments_on`]).
    thread: Option<usize>,
}

/// What the [`story`] is found by, of a block read: its words, and the lines of the page around the
/// story left out before it.
struct BlockFacts {
    words: usize,
    page_lines_before: usize,
}

impl Reader {
    /// Takes one line of the text: an empty one ends the paragraph, furniture is left out (the
    /// title's line but once, as a heading), the rest goes on the paragraph being read.
    fn line(&mut self, line: &Line<'_>) {
        if line.text.is_empty() {
            return self.end_paragraph();
        }
        let normal = line.normal.as_deref();
        let is_related = normal.is_some_and(lines::is_related_heading);
        let is_label = line.label
            || normal.is_some_and(lines::is_widget_label)
            || lines::is_menu_line(&line.text)
            || lines::is_cookie_notice(&line.text);
        let opens_thread =
            self.thread.is_none() && normal.is_some_and(|normal| hints::counts_comments_on(&line.text, normal));
        let headline_like = normal.filter(|_| line.may_be_headline());
        let is_title = headline_like.is_some_and(|normal| normal == self.title);
        let is_headline = is_title || headline_like.is_some_and(|normal| self.repeated.contains(normal));
        let is_byline = lines::is_labelled_byline(&line.text)
            && self.blocks.iter().filter(|b| b.kind != BlockKind::Heading).count() < lines::BYLINE_HEAD_BLOCKS;
        let is_stamp = !line.finished && lines::is_date_stamp(&line.text);
        let is_teaser = self.in_related && !line.finished;
        // Labels (of menus, share bars, footers) and other stories stand around the story.
        if is_related || is_label || is_teaser || opens_thread {
            self.page_lines += 1;
        }
        if is_related || is_label || is_headline || is_byline || is_stamp || opens_thread {
            self.end_paragraph();
            self.close();
            if opens_thread {
                self.thread = Some(self.blocks.len());
            }
            self.in_related = is_related || (self.in_related && !is_title);
            if is_title && self.title_block.is_none() {
                self.title_block = Some(self.blocks.len());
                let heading = Block { text: line.text.to_string(), kind: BlockKind::Heading, ..Block::default() };
                self.push(heading, line.words);
            }
        } else if !is_teaser {
            // A line of the story, or a finished sentence after a related list: the story goes on.
            self.in_related = false;
            if !self.paragraph.is_empty() {
                self.paragraph.push(' ');
            }
            self.paragraph.push_str(&line.text);
            self.paragraph_words += line.words;
        }
    }

    /// Adds `block` of `words` words, with the lines of the page left out before it.
    fn push(&mut self, block: Block, words: usize) {
        self.blocks.push(block);
        self.facts.push(BlockFacts { words, page_lines_before: std::mem::take(&mut self.page_lines) });
    }

    /// The blocks read, once the last paragraph is ended: the [`story`] among them, under the title's
    /// heading wherever the page wrote it.
    fn into_story(mut self) -> Vec<Block> {
        self.end_paragraph();
        let range = story(&self.blocks, &self.facts, self.wraps, self.thread);
        let title = self.title_block.filter(|&at| at < range.start);
        let mut blocks = self.blocks;
        blocks.truncate(range.end);
        let mut story = blocks.split_off(range.start);
        if let Some(at) = title {
            story.insert(0, blocks.swap_remove(at));
        }
        story
    }

    /// Ends the paragraph being read: a block of its own, or the rest of the last one.
    fn end_paragraph(&mut self) {
        if self.paragraph.is_empty() {
            return;
        }
        let paragraph = std::mem::take(&mut self.paragraph);
        let words = std::mem::take(&mut self.paragraph_words);
        match self.blocks.last_mut() {
            Some(last)
                if last.kind != BlockKind::Heading
                    && ((self.wraps && self.open && runs_on(&last.text, &paragraph)) || continues(&paragraph)) =>
            {
                last.text.push(' ');
                last.text.push_str(&paragraph);
                if let Some(facts) = self.facts.last_mut() {
                    facts.words += words;
                }
            }
            _ => {
                self.close();
                self.push(Block { text: paragraph, ..Block::default() }, words);
            }
        }
        self.open = self.blocks.last().is_some_and(|b| !ends_sentence(&b.text));
    }

    /// Nothing more goes on the last block: if it stops unfinished and is as short as a headline,
    /// it stood apart as a heading.
    fn close(&mut self) {
        let short = self.facts.last().is_some_and(|facts| facts.words <= HEADING_WORDS);
        if let Some(last) = self.blocks.last_mut().filter(|_| self.open && short) {
            last.kind = BlockKind::Heading;
        }
        self.open = false;
    }
}

/// True when `paragraph`, which stops without closing punctuation, runs on into `next` (a hard line
/// wrap). One that stops on a word before a capitalized paragraph is a heading or a caption instead.
fn runs_on(paragraph: &str, next: &str) -> bool {
    let stops_on_word = paragraph.chars().last().is_some_and(char::is_alphanumeric);
    let next_is_capitalized = next.chars().next().is_some_and(char::is_uppercase);
    !(stops_on_word && next_is_capitalized)
}

/// True when `paragraph` opens on a word in lower case ("that", "and", "she says"): in a cased
/// script, the rest of a sentence rather than the start of one. A word with a capital inside
/// ("iPhone", "eBay") is a name, and scripts without case never open so.
fn continues(paragraph: &str) -> bool {
    let first_word = paragraph.split_whitespace().next().unwrap_or_default();
    first_word.chars().next().is_some_and(char::is_lowercase) && !first_word.chars().any(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::summary::candidates;

    fn blocks(text: &str, lang: &str) -> Vec<(BlockKind, String)> {
        article_from_text(text, Some(lang), None, Lines::Wrapped).blocks.into_iter().map(|b| (b.kind, b.text)).collect()
    }

    fn paragraph(text: &str) -> (BlockKind, String) {
        (BlockKind::Paragraph, text.to_string())
    }

    /// The sentences a summary of `text`, read with `breaks`, chooses among.
    fn candidate_texts(text: &str, lang: Option<&str>, breaks: Lines) -> Vec<String> {
        candidates(&article_from_text(text, lang, None, breaks)).iter().map(|c| c.text.to_string()).collect()
    }

    #[test]
    fn a_caption_before_a_capitalized_paragraph_stays_apart() {
        let caption = "A rescued kitten sleeps beside the shelter's nurse cat in Bydgoszcz, northern Poland";
        let text = format!("{caption}\n\nThe shelter took in forty animals this winter.");
        assert_eq!(
            blocks(&text, "en"),
            [paragraph(caption), paragraph("The shelter took in forty animals this winter.")]
        );
    }

    #[test]
    fn a_heading_standing_apart_is_no_candidate() {
        let article = article_from_text(
            "Black cat\n\nThe shelter took in forty animals this winter.",
            Some("en"),
            None,
            Lines::Wrapped,
        );
        assert_eq!(article.blocks.first().map(|b| b.kind), Some(BlockKind::Heading));
        let texts: Vec<&str> = candidates(&article).iter().map(|c| c.text).collect();
        assert_eq!(texts, ["The shelter took in forty animals this winter."]);
    }

    #[test]
    fn a_line_cut_mid_sentence_runs_on_into_the_next() {
        let text = "The council met on Monday and agreed to\n\nraise the budget for schools.\n\nIt meets again in May.";
        assert_eq!(
            blocks(text, "en"),
            [
                paragraph("The council met on Monday and agreed to raise the budget for schools."),
                paragraph("It meets again in May.")
            ]
        );
    }

    #[test]
    fn a_paragraph_opening_in_lower_case_goes_on_the_one_before() {
        let text = "Officers chased him back into D.C.\n\nthat ended when they shot him.\n\niPhone sales fell.";
        assert_eq!(
            blocks(text, "en"),
            [
                paragraph("Officers chased him back into D.C. that ended when they shot him."),
                paragraph("iPhone sales fell.")
            ]
        );
    }

    #[test]
    fn paragraphs_ending_with_a_full_stop_of_another_script_stay_apart() {
        // Hindi's danda and Urdu's full stop end sentences as "." does: no line wrap to mend there.
        for (text, lang) in [("मौसम आज साफ़ रहा।\n\nकल बारिश होगी।", "hi"), ("آج موسم صاف رہا۔\n\nکل بارش ہوگی۔", "ur")]
        {
            assert_eq!(blocks(text, lang).len(), 2, "{text}");
        }
    }

    #[test]
    fn a_wrapped_arabic_line_runs_on_into_the_next() {
        // Arabic has no capitals: a line without closing punctuation continues, even one naming a year.
        let text =
            "افتتحت وزارة الثقافة اليوم متحفا جديدا\n\nللتراث في المدينة القديمة في عام 2010\n\nبتمويل من البلدية.";
        assert_eq!(
            blocks(text, "ar"),
            [paragraph(
                "افتتحت وزارة الثقافة اليوم متحفا جديدا للتراث في المدينة القديمة في عام 2010 بتمويل من البلدية."
            )]
        );
    }

    /// An Arabic news page as a reader copies it whole: the headline twice, the date line, the
    /// byline, the story (a paragraph per line after the headline again), a comments widget and a
    /// related list whose teasers, cut short, are each stamped with a time.
    const COPIED_PAGE: &str = "افتتاح متحف جديد للتراث في المدينة القديمة\n\n\
        افتتاح متحف جديد للتراث في المدينة القديمة\n\n\
        تاريخ النشر : 10:30 - 2025/03/14\n\n\
        كتب: أحمد سالم\n\n\
        افتتحت وزارة الثقافة اليوم متحفا جديدا للتراث في المدينة القديمة.\n\n\
        افتتاح متحف جديد  للتراث في المدينة القديمة\n\
        وقال الوزير إن المتحف يضم أكثر من ألف قطعة أثرية.\n\
        وأضاف أن الدخول سيكون مجانيا خلال الشهر الأول.\n\n\
        تعليقات الفيسبوك\n\n\
        في نفس السياق\n\n\
        أعلنت البلدية عن خطة جديدة لتطوير الحدائق العامة في وسط\n\
        13:17 - 2026/02/20\n\
        ارتفعت أسعار الخضر في الأسواق المحلية بسبب موجة البرد التي\n\
        12:18 - 2026/02/20";

    #[test]
    fn the_furniture_of_a_page_copied_whole_is_left_out() {
        let article = article_from_text(COPIED_PAGE, None, None, Lines::Wrapped);
        let headline = "افتتاح متحف جديد للتراث في المدينة القديمة";
        assert_eq!(article.title, headline, "the headline written twice");
        assert_eq!(article.lang, "ar");
        let blocks: Vec<(BlockKind, &str)> = article.blocks.iter().map(|b| (b.kind, b.text.as_str())).collect();
        assert_eq!(
            blocks,
            [
                (BlockKind::Heading, headline),
                (BlockKind::Paragraph, "افتتحت وزارة الثقافة اليوم متحفا جديدا للتراث في المدينة القديمة."),
                (
                    BlockKind::Paragraph,
                    "وقال الوزير إن المتحف يضم أكثر من ألف قطعة أثرية. وأضاف أن الدخول سيكون مجانيا خلال الشهر الأول."
                ),
            ]
        );
    }

    #[test]
    fn a_date_stamp_is_known_in_the_digits_arabic_sites_write() {
        let headline = "افتتاح متحف جديد للتراث في المدينة القديمة";
        let story = "افتتحت وزارة الثقافة اليوم متحفا جديدا للتراث في المدينة القديمة.";
        for stamp in ["تاريخ النشر : ٢١:٥٥ - ٢٠٢٥/٠١/٢٥", "تاریخ انتشار: ۱۳۹۹/۰۲/۲۱ - ۱۸:۵۹"]
        {
            let text = format!("{headline}\n\n{headline}\n\n{stamp}\n\n{story}");
            assert_eq!(blocks(&text, "ar"), [(BlockKind::Heading, headline.to_string()), paragraph(story)], "{stamp}");
        }
    }

    #[test]
    fn a_line_above_a_date_stamp_is_a_heading_and_the_title_given_is_no_sentence() {
        let headline = "Storm closes the harbour for the whole week";
        let text = format!("{headline}\n\nUpdated 14 Oct 2019, 10:32\n\nShare\n\nThe harbour closed on Monday.");
        assert_eq!(
            blocks(&text, "en"),
            [(BlockKind::Heading, headline.to_string()), paragraph("The harbour closed on Monday.")]
        );
        // Arabic has no capitals to tell the headline from a line cut by a wrap: the title given does.
        let title = "افتتاح متحف جديد للتراث";
        let titled =
            article_from_text(&format!("{title}\n\nافتتحت الوزارة المتحف اليوم."), None, Some(title), Lines::Wrapped);
        assert_eq!(candidates(&titled).iter().map(|c| c.text).collect::<Vec<_>>(), ["افتتحت الوزارة المتحف اليوم."]);
    }

    #[test]
    fn a_repeated_line_that_the_next_goes_on_is_no_headline() {
        // A teaser and the story, cut by the same wrap at the same place.
        let text = "The mayor likes a busy week\n\nand Monday was no exception.\n\n'\n\nThe mayor likes a busy week\n\nand Tuesday was no different.'";
        let article = article_from_text(text, Some("en"), None, Lines::Wrapped);
        assert_eq!(article.title, "");
        assert_eq!(
            blocks(text, "en"),
            [
                paragraph("The mayor likes a busy week and Monday was no exception."),
                paragraph("' The mayor likes a busy week and Tuesday was no different.'")
            ],
            "a quotation mark alone on its line stays with its words"
        );
    }

    #[test]
    fn a_whole_page_selected_gives_its_story_alone_and_the_longest_repeated_line_as_title() {
        let headline = "افتتاح متحف جديد للتراث في المدينة القديمة";
        let text = format!(
            "تخطي إلى المحتوى\nالسبت 14 مارس 2025\nفيسبوك\nإكس\nالرئيسية\nوطنية\nدولية\n{headline}\n{headline}\n\
             افتتحت وزارة الثقافة اليوم متحفا جديدا للتراث في المدينة القديمة.\n\n\
             وقال الوزير إن المتحف يضم أكثر من ألف قطعة أثرية.\n\nفي نفس السياق\n\n\
             أعلنت البلدية عن خطة جديدة لتطوير الحدائق العامة في وسط\n07:00 - 2026/02/20\n\
             ارتفعت أسعار الخضر في الأسواق المحلية بسبب موجة البرد التي\n07:00 - 2026/02/20\n\
             من نحن\nاتصل بنا\nفيسبوك\nإكس"
        );
        let article = article_from_text(&text, None, None, Lines::Wrapped);
        assert_eq!(article.title, headline, "not a label that the footer repeats");
        let blocks: Vec<(BlockKind, &str)> = article.blocks.iter().map(|b| (b.kind, b.text.as_str())).collect();
        assert_eq!(
            blocks,
            [
                (BlockKind::Heading, headline),
                (BlockKind::Paragraph, "افتتحت وزارة الثقافة اليوم متحفا جديدا للتراث في المدينة القديمة."),
                (BlockKind::Paragraph, "وقال الوزير إن المتحف يضم أكثر من ألف قطعة أثرية."),
            ]
        );
    }

    /// A blog post's page selected whole, each element a paragraph as the extension sends it: the
    /// author's blurb in the sidebar, the menu, the headline, a share bar, the story with a photo's
    /// caption and a subheading, the teasers of other posts and a cookie notice.
    const SELECTED_PAGE: &[&str] = &[
        "Hi, I'm Nicolas, and I write about the web and the tools that make it every week.",
        "Home",
        "Archive",
        "About",
        "Storm closes the harbour for a week",
        "Share",
        "Tweet",
        "Email",
        "It rained.",
        "The storm that reached the coast on Monday closed the harbour until the end of the week, the port authority said.",
        "The fishing fleet stays moored in the inner basin while the sea wall is repaired",
        "Repairs",
        "Engineers found two breaches in the sea wall and expect to close both of them by Friday evening.",
        "Until then the ferry to the islands leaves from the beach pier, twice a day instead of four times.",
        "Related posts",
        "Ten years of the harbour festival in pictures",
        "How the new ferry timetable works for commuters",
        "This website uses cookies to improve your experience while you navigate through the website.",
        "Accept",
        "Reject",
    ];

    #[test]
    fn a_whole_page_s_story_keeps_clear_of_what_stands_around_it() {
        assert_eq!(
            candidate_texts(&SELECTED_PAGE.join("\n\n"), Some("en"), Lines::Blocks),
            [SELECTED_PAGE[8], SELECTED_PAGE[9], SELECTED_PAGE[10], SELECTED_PAGE[12], SELECTED_PAGE[13]],
            "the short opening after the share bar and the caption inside the story stay; the blurb and the notice go"
        );
    }

    #[test]
    fn the_story_comes_before_the_longer_rules_of_its_comments() {
        // The story, the teasers of other posts, then the comments' heading, its buttons and its rules.
        let story = SELECTED_PAGE[8..=16].join("\n\n");
        let rule =
            "A comment that insults another reader, or that advertises a product or a service, is removed at once.";
        let page = format!("{story}\n\nComments\n\nLog in\n\nSign up\n\nCommunity rules\n\n{}", [rule; 4].join("\n\n"));
        let texts = candidate_texts(&page, Some("en"), Lines::Blocks);
        assert_eq!(texts.first().map(String::as_str), Some(SELECTED_PAGE[8]));
        assert!(!texts.contains(&rule.to_string()), "{texts:?}");
    }

    #[test]
    fn a_thread_of_comments_far_longer_than_its_story_is_not_the_story() {
        let story = SELECTED_PAGE[8..=13].join("\n\n");
        let comment =
            "I have sailed from that harbour for thirty years and I have never seen the sea wall in such a state.";
        let thread =
            [comment; 12].map(|comment| format!("harbourfan says:\n\nNovember 19, 2019 at 6:34 am\n\n{comment}"));
        let page =
            format!("{story}\n\n12 responses to \u{201c}Storm closes the harbour\u{201d}\n\n{}", thread.join("\n\n"));
        let texts = |page: &str| candidate_texts(page, Some("en"), Lines::Blocks);
        let read = texts(&page);
        assert_eq!(read.first().map(String::as_str), Some(SELECTED_PAGE[8]));
        assert!(!read.contains(&comment.to_string()), "{read:?}");
        // Without the thread's heading, the comments outweigh the story.
        assert!(texts(&page.replace("12 responses to", "Readers")).contains(&comment.to_string()));
        // Comments selected alone are what there is to summarize.
        assert!(texts(&format!("12 responses to \u{201c}Storm\u{201d}\n\n{}", thread.join("\n\n")))
            .contains(&comment.to_string()));
    }

    #[test]
    fn a_cookie_notice_above_the_story_is_left_out() {
        let notice = SELECTED_PAGE[17];
        let page = format!("{notice}\n\n{}", SELECTED_PAGE[8..=13].join("\n\n"));
        let texts = candidate_texts(&page, Some("en"), Lines::Blocks);
        assert_eq!(texts.first().map(String::as_str), Some(SELECTED_PAGE[8]), "{texts:?}");
    }

    #[test]
    fn a_menu_on_one_line_is_no_sentence() {
        let menu = "首页|新闻|图片|评论|共青团|娱乐|时尚|财经";
        let story = "香港行政长官在各方压力下到立法会接受质询，并向香港民众道歉。他强调自己没有隐瞒的意图。";
        let texts = candidate_texts(&format!("{menu}\n\n{story}"), Some("zh"), Lines::Blocks);
        assert!(!texts.contains(&menu.to_string()), "{texts:?}");
        assert!(!texts.is_empty());
    }

    #[test]
    fn a_selected_headline_longer_than_a_heading_is_no_sentence_of_the_story() {
        let headline = "Storm closes the harbour for a whole week as engineers repair two breaches in the sea wall";
        let arabic = "افتتحت وزارة الثقافة اليوم متحفا جديدا للتراث في المدينة القديمة بحضور عدد كبير من الزوار";
        let story = SELECTED_PAGE[9..=13].join("\n\n");
        let texts = |text: &str, breaks| candidate_texts(text, None, breaks);
        let selected = format!("{headline}\n\n{story}");
        assert!(!texts(&selected, Lines::Blocks).contains(&headline.to_string()), "a headline, as selected");
        assert!(texts(&selected, Lines::Wrapped).contains(&headline.to_string()), "a caption, in a file");
        // An Arabic paragraph may end without its full stop.
        let arabic_story =
            format!("{arabic}\n\n{}", "وقال الوزير إن المتحف يضم أكثر من ألف قطعة أثرية من مختلف العصور.");
        assert!(texts(&arabic_story, Lines::Blocks).contains(&arabic.to_string()));
    }

    #[test]
    fn a_text_without_a_sentence_of_a_story_is_kept_whole() {
        let teasers =
            "Ten years of the harbour festival in pictures\n\nHow the new ferry timetable works for commuters";
        let article = article_from_text(teasers, Some("en"), None, Lines::Blocks);
        assert_eq!(article.blocks.len(), 2, "{:?}", article.blocks);
    }

    #[test]
    fn short_lines_that_a_narrow_wrap_ended_are_no_labels() {
        let text =
            "The council met on Monday\nand agreed to raise the\nbudget for the schools of\nthe city. It meets in May.";
        assert_eq!(
            blocks(text, "en"),
            [paragraph("The council met on Monday and agreed to raise the budget for the schools of the city. It meets in May.")]
        );
    }

    #[test]
    fn a_selection_s_lines_are_elements_never_wraps() {
        // A subheading of an Arabic page, which nothing but the line break sets apart from its paragraph.
        let text = "إقبال كبير في اليوم الأول\n\nزار المتحف أكثر من ألف شخص في يومه الأول.";
        let read = |breaks| {
            article_from_text(text, Some("ar"), None, breaks).blocks.into_iter().map(|b| b.kind).collect::<Vec<_>>()
        };
        assert_eq!(read(Lines::Blocks), [BlockKind::Heading, BlockKind::Paragraph]);
        assert_eq!(read(Lines::Wrapped), [BlockKind::Paragraph], "a file's line may be a hard wrap");
    }

    #[test]
    fn unpunctuated_chinese_lines_are_prose_not_labels() {
        // A blog's lines, a space where a comma would be and no full stop: two "words" each between
        // the spaces, but a dozen characters, each a word to a reader.
        let text = "今天天氣很好 我們去山上看楓葉\n\n一路上雲霧繚繞 風景非常美麗\n\n山頂的風很大 但是景色很美";
        assert_eq!(
            blocks(text, "zh"),
            [paragraph("今天天氣很好 我們去山上看楓葉 一路上雲霧繚繞 風景非常美麗 山頂的風很大 但是景色很美")]
        );
    }

    #[test]
    fn a_finished_sentence_ends_a_related_list() {
        let text = "The harbour closed on Monday.\n\nRead also\n\nFerries run again after the storm\n\nThe port reopens on Friday, its director said.";
        assert_eq!(
            blocks(text, "en"),
            [paragraph("The harbour closed on Monday."), paragraph("The port reopens on Friday, its director said.")]
        );
    }
}
