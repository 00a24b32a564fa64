//! The pipeline's last stage and its front door: a page or a text in, a [`Summary`] out.

mod plain;
mod shown;

pub use plain::article_from_text;

use crate::article::{Article, BlockKind, DomRange, HEADING_WORDS};
use crate::extract::{self, ExtractError};
use crate::score::{self, Candidate, Contribution, Signal};
use crate::select;
use crate::snapshot::PageSnapshot;
use crate::text::{self, Analyzer};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The marks that end a statement: full stops of several scripts and exclamation marks.
const FULL_STOPS: &[char] = &['.', '!', '。', '！', '।', '۔'];

/// How long a summary should be.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Budget {
    /// This many sentences.
    Sentences(usize),
    /// Whole sentences in rank order until at least this many words.
    Words(usize),
    /// This share of the article's sentences (0 to 1), at least one.
    Ratio(f32),
}

/// What the caller asks of [`summarize_page`] and [`summarize_text`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Options {
    pub budget: Budget,
    /// What a plain text's line breaks are ([`summarize_text`] only).
    pub lines: Lines,
}

impl Default for Options {
    fn default() -> Self {
        Options { budget: Budget::Sentences(DEFAULT_SENTENCES), lines: Lines::default() }
    }
}

/// What a line break of a plain text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lines {
    /// A file's or a pasted text's: a paragraph that stops mid-sentence may have been cut by a hard
    /// wrap, and goes on in the next.
    #[default]
    Wrapped,
    /// A page's text as a selection gives it: each line is an element of the page (a heading, a
    /// paragraph, a list item), never a wrap.
    Blocks,
}

/// The summary length when nobody says otherwise: what a reader takes in at a glance.
pub const DEFAULT_SENTENCES: usize = 3;

/// The most sentences a summary carries: its best-ranked. More than any reader asks for (the longest
/// page of the extraction corpus has 706), and few enough that a book-length text (a whole e-book
/// selected) crosses back to the page in about a megabyte, where all its sentences with their reasons
/// would take tens of megabytes: past what a Chromium message carries (64 MiB), and parsed on the
/// page's own thread.
pub const MAX_SENTENCES: usize = 1000;

/// Keywords shown with a summary: enough to say what the article is about, few enough to read at a glance.
pub const KEYWORDS: usize = 8;

/// Why there is no summary.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The page has no article (a home page, a login form, an empty text).
    NoArticle,
    /// The snapshot handed to the core is malformed.
    InvalidSnapshot(String),
}

impl Error {
    /// A stable code for the user interface to translate.
    pub fn code(&self) -> &'static str {
        match self {
            Error::NoArticle => "no_article",
            Error::InvalidSnapshot(_) => "invalid_snapshot",
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::NoArticle => write!(f, "no article found on this page"),
            Error::InvalidSnapshot(why) => write!(f, "the page snapshot is malformed: {why}"),
        }
    }
}

impl std::error::Error for Error {}

impl From<ExtractError> for Error {
    fn from(error: ExtractError) -> Self {
        match error {
            ExtractError::InvalidSnapshot(why) => Error::InvalidSnapshot(why),
        }
    }
}

/// An article's summary. It carries every sentence with its rank (up to [`MAX_SENTENCES`]), so a length
/// control can show any length without asking the core again, and a longer summary always contains a
/// shorter one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    pub title: String,
    pub byline: Option<String>,
    pub published: Option<String>,
    pub site_name: Option<String>,
    pub lang: String,
    /// "rtl" or "ltr".
    pub dir: &'static str,
    /// Words in the article.
    pub word_count: usize,
    /// How many of those words its readers read a minute ([`text::reading`]), for reading times.
    pub words_per_minute: u32,
    /// The article's sentences, in document order: every one, or the [`MAX_SENTENCES`] best-ranked.
    pub sentences: Vec<SummarySentence>,
    /// How many of the best-ranked sentences the budget asked for.
    pub count: usize,
    /// How many of the best-ranked sentences a summary may hold: all but the page's furniture, which
    /// ranks last, so a length control stops before it.
    pub offered: usize,
    /// The article's most telling words, best first.
    pub keywords: Vec<String>,
    /// Things the reader should know about how the page was read.
    pub notes: Vec<String>,
    /// [`Article::next_page`].
    pub next_page: Option<u32>,
}

/// One sentence of the article, with its place in the ranking and the reasons for it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SummarySentence {
    /// As the article writes it, less what means something only on the page ([`shown::shown`]).
    pub text: String,
    /// Index of the block (paragraph) it stands in.
    pub block: usize,
    /// 0 for the best sentence.
    pub rank: usize,
    pub score: f32,
    pub contributions: Vec<Contribution>,
    pub words: usize,
    /// Where the sentence stands in the page (empty for plain text).
    pub ranges: Vec<DomRange>,
}

impl Summary {
    /// The `count` best sentences, in document order.
    pub fn chosen(&self, count: usize) -> impl Iterator<Item = &SummarySentence> {
        self.sentences.iter().filter(move |s| s.rank < count)
    }

    /// The chosen sentences as the budget asked.
    pub fn selected(&self) -> impl Iterator<Item = &SummarySentence> {
        self.chosen(self.count)
    }
}

/// Summarizes the article found in `page`.
pub fn summarize_page(page: &PageSnapshot, options: &Options) -> Result<Summary, Error> {
    let article = extract::extract(page)?;
    summarize_article(&article, options)
}

/// Summarizes a plain text: paragraphs separated by blank lines.
pub fn summarize_text(
    text: &str,
    lang: Option<&str>,
    title: Option<&str>,
    options: &Options,
) -> Result<Summary, Error> {
    summarize_article(&article_from_text(text, lang, title, options.lines), options)
}

/// Summarizes an article already extracted.
pub fn summarize_article(article: &Article, options: &Options) -> Result<Summary, Error> {
    let candidates = candidates(article);
    if candidates.is_empty() {
        return Err(Error::NoArticle);
    }
    let analyzer = Analyzer::new(&article.lang);
    let analysis = score::analyze(&candidates, &article.title, &analyzer);
    let weights = score::weights::for_language(analyzer.lang());
    let offered = analysis.signals.iter().filter(|signals| signals[Signal::Boilerplate as usize] == 0.0).count();
    let offered = offered.min(MAX_SENTENCES);
    // A menu, a sign-in box, a row of share labels: no sentence of it is worth a reader's summary.
    if offered == 0 {
        return Err(Error::NoArticle);
    }
    let scored = score::combine(&analysis.signals, weights);
    let scores: Vec<f32> = scored.iter().map(|s| s.score).collect();
    let words: Vec<usize> = candidates.iter().map(|c| c.words).collect();
    let ranking =
        select::rank(&scores, &analysis.vectors, weights.redundancy, word_budget(options.budget, &words, weights));
    let mut rank_of = vec![0; candidates.len()];
    for (rank, &index) in ranking.iter().enumerate() {
        if let Some(slot) = rank_of.get_mut(index) {
            *slot = rank;
        }
    }
    // Candidates come block by block, in order: a locator per block measures its text once.
    let mut locator: Option<(usize, crate::article::Locator)> = None;
    let mut locate = |candidate: &Candidate| -> Vec<DomRange> {
        let Some(block) = article.blocks.get(candidate.block) else { return Vec::new() };
        match &mut locator {
            Some((index, found)) if *index == candidate.block => found.locate(candidate.range.clone()),
            _ => locator.insert((candidate.block, block.locator())).1.locate(candidate.range.clone()),
        }
    };
    let sentences: Vec<SummarySentence> = candidates
        .iter()
        .zip(scored)
        .zip(rank_of)
        .filter(|(_, rank)| *rank < MAX_SENTENCES)
        .map(|((candidate, scored), rank)| SummarySentence {
            text: shown::shown(candidate.text, candidate.opens_block, article.site_name.as_deref()),
            block: candidate.block,
            rank,
            score: scored.score,
            contributions: scored.contributions,
            words: candidate.words,
            ranges: locate(candidate),
        })
        .collect();
    let count = at_most_distinct(&ranking, &candidates, budget_count(&words, &ranking, options.budget)).min(offered);
    Ok(Summary {
        title: article.title.clone(),
        byline: article.byline.clone(),
        published: article.published.clone(),
        site_name: article.site_name.clone(),
        lang: article.lang.clone(),
        dir: article.dir(),
        word_count: words.iter().sum(),
        words_per_minute: text::reading::words_per_minute(&article.lang),
        keywords: score::keywords::keywords(&candidates, &analysis.vocabulary, &analyzer, KEYWORDS),
        sentences,
        count,
        offered,
        notes: article.notes.clone(),
        next_page: article.next_page,
    })
}

/// The sentences of `article` that a summary may take, in document order: headings are left out
/// (but a [`is_standfirst`] above the first paragraph), and so are code and labels ([`is_no_prose`])
/// where the article has prose.
pub fn candidates(article: &Article) -> Vec<Candidate<'_>> {
    let mut candidates = Vec::new();
    // A message all in a `<pre>` (a mailing list's archive), or a list of labels only, is what the
    // article has to say, if it says nothing else.
    let has_prose = article.blocks.iter().any(|b| b.kind != BlockKind::Heading && !is_no_prose(b));
    let first_paragraph = article.blocks.iter().position(|b| b.kind != BlockKind::Heading).unwrap_or(0);
    for (block_index, block) in article.blocks.iter().enumerate() {
        let heading = block.kind == BlockKind::Heading
            && !(block_index < first_paragraph && is_standfirst(&block.text, &article.title));
        if heading || (has_prose && is_no_prose(block)) {
            continue;
        }
        let block_start = candidates.len();
        let before_shown_apart = article.blocks.get(block_index + 1).is_none_or(is_shown_apart);
        for range in text::sentences(&block.text, &article.lang) {
            let Some(sentence) = block.text.get(range.clone()) else { continue };
            let words = text::word_count(sentence);
            // A stray mark (a quote opened at a paragraph's end) is a segment, not a sentence to offer.
            if words == 0 {
                continue;
            }
            // About a token a word: room for them at once, where a list grown from nothing is copied
            // at every doubling.
            let mut tokens = Vec::with_capacity(words);
            tokens.extend(text::words::tokens(sentence));
            let announces =
                before_shown_apart && range.end == block.text.len() && sentence.trim_end().ends_with([':', '：']);
            candidates.push(Candidate {
                text: sentence,
                block: block_index,
                range,
                position: candidates.len(),
                opens_block: candidates.len() == block_start,
                announces,
                words,
                tokens,
            });
        }
    }
    candidates
}

/// True for a block that a summary, made of sentences, does not show: an item of a list, code, a
/// quotation, and a heading (what a sentence before a heading announces, a table, a picture or an
/// embed, was not kept in the article).
fn is_shown_apart(block: &crate::article::Block) -> bool {
    matches!(block.kind, BlockKind::ListItem | BlockKind::Preformatted | BlockKind::Quote | BlockKind::Heading)
}

/// True for a heading that states the story in a sentence longer than a headline, ending with a full
/// stop: a standfirst set in a heading tag (CNN's lede in an `<h2>`), worth a summary's place. A
/// question, a label ("Here is how:") or the headline itself stays a heading.
fn is_standfirst(text: &str, title: &str) -> bool {
    score::signals::before_closers(text).ends_with(FULL_STOPS)
        && text::word_count(text) > HEADING_WORDS
        && text.trim() != title.trim()
}

/// True for a block of code or other preformatted text, a note of the back matter (a reference), and
/// an item of a list as short as a headline that does not end as a sentence: a link, a label or a
/// live blog's headline ("See it now: Amazon", "NEW: Holiday travel fears fail to materialize"),
/// where the items that summarize are sentences.
fn is_no_prose(block: &crate::article::Block) -> bool {
    match block.kind {
        BlockKind::Preformatted | BlockKind::Note => true,
        BlockKind::ListItem => score::signals::is_unpunctuated_line(&block.text, HEADING_WORDS),
        _ => false,
    }
}

/// What ranking must know of `budget` when it counts words: each sentence's `words` and the price
/// `weights` set on overshooting it. None for a budget in sentences.
pub fn word_budget<'a>(budget: Budget, words: &'a [usize], weights: &score::Weights) -> Option<select::WordBudget<'a>> {
    match budget {
        Budget::Words(budget) => Some(select::WordBudget { words, budget, overshoot: weights.overshoot }),
        Budget::Sentences(_) | Budget::Ratio(_) => None,
    }
}

/// `count`, but no more than the article has different sentences: an article that says one thing
/// again and again is summarized by saying it once. Only when the `count` best ranked hold a
/// repeat are the article's sentences counted.
fn at_most_distinct(ranking: &[usize], candidates: &[Candidate], count: usize) -> usize {
    let text = |index: &usize| candidates.get(*index).map_or("", |c| c.text);
    let mut seen = std::collections::HashSet::new();
    if ranking.iter().take(count).all(|index| seen.insert(text(index))) {
        return count;
    }
    let distinct: std::collections::HashSet<&str> = candidates.iter().map(|c| c.text).collect();
    count.min(distinct.len()).max(1)
}

/// How many of the best-ranked sentences `budget` allows, given each sentence's word count.
pub fn budget_count(words: &[usize], ranking: &[usize], budget: Budget) -> usize {
    let total = words.len();
    match budget {
        Budget::Sentences(k) => k.clamp(1, total.max(1)),
        Budget::Ratio(r) => ((total as f32 * r.clamp(0.0, 1.0)).round() as usize).clamp(1, total.max(1)),
        Budget::Words(w) => {
            let mut taken = 0;
            let count = ranking
                .iter()
                .take_while(|&&i| {
                    let more = taken < w;
                    taken += words.get(i).copied().unwrap_or(0);
                    more
                })
                .count();
            count.max(1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stray_quote_mark_is_no_candidate() {
        // A page's paragraph that ends on the quotation mark opening the next one.
        let paragraphs =
            ["The agency confirmed the launch, its spokesman said. \"", "We are ready for the next step,\" he added."];
        let blocks = paragraphs.map(|text| crate::article::Block { text: text.to_string(), ..Default::default() });
        let article = Article { lang: "en".to_string(), blocks: blocks.into(), ..Article::default() };
        let texts: Vec<&str> = candidates(&article).iter().map(|c| c.text).collect();
        assert_eq!(
            texts,
            ["The agency confirmed the launch, its spokesman said.", "We are ready for the next step,\" he added."]
        );
    }

    /// An English article of these blocks.
    fn english_article(items: &[(BlockKind, &str)]) -> Article {
        let blocks = items
            .iter()
            .map(|&(kind, text)| crate::article::Block { kind, text: text.to_string(), ..Default::default() })
            .collect();
        Article { lang: "en".to_string(), blocks, ..Article::default() }
    }

    #[test]
    fn code_and_a_short_list_item_that_is_no_sentence_are_no_candidates() {
        let items = [
            (BlockKind::ListItem, "See it now: Amazon"),
            (BlockKind::Preformatted, "rekt: { list: [ list: [ ] ] }"),
            (BlockKind::ListItem, "NEW: Holiday travel fears fail to materialize"),
            (BlockKind::ListItem, "Heavy snow closed the city's airport for the whole of Tuesday"),
            (BlockKind::ListItem, "Roads reopened."),
            (BlockKind::Paragraph, "Snow fell all week"),
        ];
        let article = english_article(&items);
        let texts: Vec<&str> = candidates(&article).iter().map(|c| c.text).collect();
        assert_eq!(
            texts,
            ["Heavy snow closed the city's airport for the whole of Tuesday", "Roads reopened.", "Snow fell all week"]
        );
        let labels = Article { blocks: article.blocks[..3].to_vec(), ..article };
        assert_eq!(candidates(&labels).len(), 3, "labels and code only are summarized from what they say");
    }

    #[test]
    fn a_sentence_announcing_what_a_summary_does_not_show_is_furniture() {
        // A list, code or a quotation under it; a heading, or the article's end, where what it announced
        // (a table, a picture, an embedded post) was not kept.
        let items = [
            (BlockKind::Paragraph, "The council met on Monday. It passed three measures:"),
            (BlockKind::ListItem, "A new budget for the city's schools."),
            (BlockKind::Paragraph, "The mayor said the vote was close: the council split at last."),
            (BlockKind::Paragraph, "Its chair put it this way:"),
            (BlockKind::Paragraph, "Nothing was easy this year. Here are the figures:"),
            (BlockKind::Heading, "Votes cast"),
            (BlockKind::Paragraph, "The council meets again in May. Watch the debate below:"),
        ];
        let article = english_article(&items);
        let announcing: Vec<&str> = candidates(&article).iter().filter(|c| c.announces).map(|c| c.text).collect();
        assert_eq!(
            announcing,
            ["It passed three measures:", "Here are the figures:", "Watch the debate below:"],
            "not before a paragraph, nor a colon inside"
        );
    }
}
