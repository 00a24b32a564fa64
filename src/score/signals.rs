//! A signal is one reason, a reader would recognise, for a sentence to be in a summary (or not).
//!
//! Every signal is measured on a scale from 0 to 1 and means the same on every page; how much each
//! counts is data ([`super::weights`]).

use super::vectors::TermVector;
use super::Candidate;
use crate::text::stopwords::FxHasher;
use crate::text::words::Phrases;
use crate::text::{is_dash, is_glued_terminator, SENTENCE_ENDS};
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

/// The signals, in the order of [`Signals`] arrays.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signal {
    /// The story's first statement, the first sentence that is neither page furniture, a question nor an
    /// aside in brackets: news states its essentials there.
    Opening,
    /// Among the first sentences of the article, fading over [`EARLY_SPAN`] sentences.
    Early,
    /// How far from the end of the article (1 at the start, 0 at the end).
    Position,
    /// Nearness to the top, 1 / (1 + position): steep at first, then flat.
    Top,
    /// The first sentence of its paragraph.
    ParagraphStart,
    /// Resembles the rest of the article (LexRank).
    Centrality,
    /// Resembles the sentences that come after it: it introduces them.
    Introduces,
    /// Holds the article's frequent, telling terms (tf-idf).
    KeyTerms,
    /// Shares terms with the headline.
    Title,
    /// Shares terms with the [`Signal::Opening`] sentence (which stands for the headline when there is none).
    EchoesOpening,
    /// Long enough to say something, up to [`FULL_LENGTH`] words.
    Length,
    /// Fewer than [`SHORT_WORDS`] words: a fragment, a caption, a dateline.
    Short,
    /// More than [`LONG_WORDS`] words: usually a run-on or a list.
    Long,
    /// Asks rather than tells.
    Question,
    /// Share of the sentence inside quotation marks: quotes rarely summarize.
    Quote,
    /// A byline, a date line, "click here", "read more", a fragment ("BAAR, SWITZERLAND"): the page's furniture.
    Boilerplate,
}

pub const SIGNAL_COUNT: usize = 16;

/// Every signal, in array order.
pub const SIGNALS: [Signal; SIGNAL_COUNT] = [
    Signal::Opening,
    Signal::Early,
    Signal::Position,
    Signal::Top,
    Signal::ParagraphStart,
    Signal::Centrality,
    Signal::Introduces,
    Signal::KeyTerms,
    Signal::Title,
    Signal::EchoesOpening,
    Signal::Length,
    Signal::Short,
    Signal::Long,
    Signal::Question,
    Signal::Quote,
    Signal::Boilerplate,
];

impl Signal {
    /// The name the panel shows ("why this sentence").
    pub fn name(self) -> &'static str {
        match self {
            Signal::Opening => "opening sentence",
            Signal::Early => "early in the article",
            Signal::Position => "position in the article",
            Signal::Top => "near the top",
            Signal::ParagraphStart => "opens a paragraph",
            Signal::Centrality => "central to the article",
            Signal::Introduces => "introduces what follows",
            Signal::KeyTerms => "key terms",
            Signal::Title => "matches the title",
            Signal::EchoesOpening => "echoes the opening",
            Signal::Length => "length",
            Signal::Short => "very short",
            Signal::Long => "very long",
            Signal::Question => "question",
            Signal::Quote => "quotation",
            Signal::Boilerplate => "page furniture",
        }
    }
}

/// One sentence's signals, indexed by `Signal as usize`.
pub type Signals = [f32; SIGNAL_COUNT];

/// Sentences over which [`Signal::Early`] fades from 1 to 0: a news article's top, about two paragraphs.
pub const EARLY_SPAN: f32 = 10.0;
/// Words at which [`Signal::Length`] reaches 1: a full news sentence.
pub const FULL_LENGTH: f32 = 30.0;
/// Below this many words a sentence is [`Signal::Short`].
pub const SHORT_WORDS: usize = 6;
/// Above this many words a sentence is [`Signal::Long`].
pub const LONG_WORDS: usize = 60;

/// Phrases that mark the page's furniture rather than the story, lower case. Bylines and date lines
/// of the big news sites, calls to action, credits (a caption ends with its photo's, "(credit: NASA)"),
/// the disclosures of paid links and a blogger's disclaimer ("All opinions are mine alone"), in English
/// and Arabic, the languages measured here; "click here", "read more" and the copyright notice in the
/// other languages of the interface too.
const FURNITURE: &[&str] = &[
    "click here", "read more", "follow us", "sign up", "subscribe to", "share this", "scroll down", "published:",
    "updated:", "last updated", "daily mail reporter", "all rights reserved", "copyright", "©", "getty images",
    "photo credit", "image credit", "(credit:", "(photo:", "(photos:", "(photo by", "(image:", "(foto:", "(fotos:",
    "(bild:", "cover image:", "(ap photo", "watch the video", "watch video", "for more news", "email us",
    "disclosure:", "affiliate link", "may earn a commission", "may earn a small commission", "been compensated by",
    "share your videos", "share your photos", "share your pictures", "email the writer", "homepage for more",
    "opinions are my own", "opinions are mine", "اضغط هنا", "اقرأ أيضا", "اقرأ المزيد", "للمزيد", "جميع الحقوق محفوظة",
    "cliquez ici", "lire la suite", "tous droits réservés", "hier klicken", "klicken sie hier", "weiterlesen",
    "alle rechte vorbehalten", "haga clic aquí", "haz clic aquí", "leer más", "todos los derechos reservados",
    "clicca qui", "leggi tutto", "tutti i diritti riservati", "clique aqui", "leia mais",
    "todos os direitos reservados", "нажмите здесь", "читать далее", "все права защищены", "buraya tıklayın",
    "devamını oku", "tüm hakları saklıdır", "点击这里", "阅读全文", "版权所有", "اینجا کلیک کنید",
    "کلیه حقوق محفوظ است", "לחצו כאן", "כל הזכויות שמורות",
];
static FURNITURE_PHRASES: Phrases = Phrases::new(FURNITURE);
/// Labels that are furniture in a line of their own, but words of the story in a longer sentence
/// ("reading time" of children): the reading time, in the languages of the corpus pages and the
/// interface.
const FURNITURE_LABELS: &[&str] = &[
    "reading time", "min read", "minute read", "minutes read", "temps de lecture", "tiempo de lectura",
    "tempo de leitura", "tempo di lettura", "lesezeit", "leestijd", "время чтения", "okuma süresi", "وقت القراءة",
    "مدة القراءة", "زمان مطالعه",
];
static FURNITURE_LABEL_PHRASES: Phrases = Phrases::new(FURNITURE_LABELS);
/// A sentence this short is a line of the page's furniture when it is a byline ([`is_byline`]), the
/// signature of an embedded post ("— The Senate (@NGRSenate) October 9, 2018") or of a quotation, all inside brackets (a
/// credit, "(All photos: Atlas staff)", "[M1 SP / MP SP]"), holds a label of [`FURNITURE_LABELS`] or only
/// introduces what someone says ([`SPEECH_INTRODUCTIONS`]).
const BYLINE_WORDS: usize = 10;
/// How a line that only introduces what someone says ends, lower case: a comment's header ("Milan on
/// September 12, 2018 at 4:47 pm said:") or the words before a quotation ("The minister said:"), which
/// say nothing themselves.
const SPEECH_INTRODUCTIONS: &[&str] = &[
    "said:", "says:", "wrote:", "writes:", "dijo:", "dice:", "dit :", "dit:", "déclaré :", "déclaré:", "sagte:",
    "sagt:", "schrieb:", "disse:", "zei:", "сказал:", "заявил:", "گفت:", "אמר:", "表示：", "说：",
];
/// What a byline opens with, lower case, in the languages of the corpus pages.
const BYLINE_OPENERS: &[&str] =
    &["by ", "by.", "posted by ", "written by ", "reported by ", "par ", "von ", "por ", "di ", "door "];
/// A byline names people and their outlet: past its opener, at most this many words start in lower
/// case ("and", "on"), where a sentence opening "By Friday, the storm had …" has many.
const BYLINE_LOWER_CASE_WORDS: usize = 1;
/// A sentence of this many words or fewer says too little to summarize anything ("PanARMENIAN.",
/// "Good morning!")...
const TINY_WORDS: usize = 2;
/// ... nor does one of this many that does not end as a sentence does: a dateline ("BAAR,
/// SWITZERLAND"), a label ("Learn more"), a heading written as a paragraph...
const FRAGMENT_WORDS: usize = 3;
/// ... when no longer than this in characters, since a script written without spaces between its
/// words (Thai, Khmer) counts a whole clause as one word.
const FRAGMENT_CHARS: usize = 32;
/// A short sentence found this many times in one article is a line of its template.
const RECURRING_LINES: usize = 3;
/// How a Chinese photo caption opens ("图为…", the picture shows …): a caption set as a paragraph of
/// its own under the photo.
const CAPTION_OPENERS: &[&str] = &["图为", "圖為"];
/// What separates the parts of a line of furniture ("Le Monde | 04.05.2015 à 13h36 | Par …"), and
/// never stands in a sentence of the story.
const FIELD_SEPARATOR: &str = " | ";

/// What measuring a sentence needs beyond its own text.
pub struct Context<'a> {
    pub candidates: &'a [Candidate<'a>],
    pub vectors: &'a [TermVector],
    pub centrality: &'a [f32],
    /// [`super::centrality::forward`] of each sentence.
    pub forward: &'a [f32],
    /// [`Signal::KeyTerms`] before scaling to the article's best.
    pub key_terms: &'a [f32],
    pub title: &'a TermVector,
    /// The article's language asks with `;` (Greek).
    pub semicolon_asks: bool,
}

/// Measures every signal of every sentence.
pub fn measure(context: &Context) -> Vec<Signals> {
    let total = context.candidates.len().max(1) as f32;
    let recurring = recurring_lines(context.candidates);
    let furniture: Vec<bool> = context
        .candidates
        .iter()
        .map(|c| c.announces || is_furniture(c.text, c.words) || recurring.contains_key(c.text))
        .collect();
    let questions: Vec<bool> = context.candidates.iter().map(|c| is_question(c.text, context.semicolon_asks)).collect();
    // The story opens with its first statement: neither a date line or a byline above it takes its
    // place, nor a question put to the reader ("Think it's hard to redeem your miles?"), which teases
    // the news rather than telling it, nor an aside in brackets.
    let opening = context
        .candidates
        .iter()
        .zip(furniture.iter().zip(&questions))
        .position(|(candidate, (&furniture, &question))| !furniture && !question && !is_aside(candidate.text))
        .or_else(|| furniture.iter().position(|&f| !f));
    let opening_vector = opening.and_then(|index| context.vectors.get(index));
    let top_key_terms = context.key_terms.iter().copied().fold(0.0f32, f32::max);
    context
        .candidates
        .iter()
        .enumerate()
        .map(|(index, candidate)| {
            let mut signals = [0.0; SIGNAL_COUNT];
            let words = candidate.words;
            let position = candidate.position as f32;
            signals[Signal::Opening as usize] = flag(opening == Some(index));
            signals[Signal::Early as usize] = (1.0 - position / EARLY_SPAN).max(0.0);
            signals[Signal::Position as usize] = 1.0 - position / total;
            signals[Signal::Top as usize] = 1.0 / (1.0 + position);
            signals[Signal::ParagraphStart as usize] = flag(candidate.opens_block);
            signals[Signal::Centrality as usize] = context.centrality.get(index).copied().unwrap_or(0.0);
            signals[Signal::Introduces as usize] = context.forward.get(index).copied().unwrap_or(0.0);
            if top_key_terms > 0.0 {
                signals[Signal::KeyTerms as usize] =
                    context.key_terms.get(index).copied().unwrap_or(0.0) / top_key_terms;
            }
            if let Some(vector) = context.vectors.get(index) {
                signals[Signal::Title as usize] = vector.cosine(context.title);
                if opening != Some(index) {
                    signals[Signal::EchoesOpening as usize] = opening_vector.map_or(0.0, |o| vector.cosine(o));
                }
            }
            signals[Signal::Length as usize] = (words as f32 / FULL_LENGTH).min(1.0);
            signals[Signal::Short as usize] = flag(words < SHORT_WORDS);
            signals[Signal::Long as usize] = flag(words > LONG_WORDS);
            signals[Signal::Question as usize] = flag(questions.get(index).copied().unwrap_or(false));
            signals[Signal::Quote as usize] = quoted_share(candidate.text);
            signals[Signal::Boilerplate as usize] = flag(furniture.get(index).copied().unwrap_or(false));
            signals
        })
        .collect()
}

/// The short lines (sentences that are a block of their own) that recur [`RECURRING_LINES`] times or
/// more, word for word: a template's line set under every item of a list ("See it now: Amazon",
/// "Advertisement"), each with its count. Their copies make them look central to the article,
/// which they are not.
fn recurring_lines<'a>(candidates: &[Candidate<'a>]) -> HashMap<&'a str, u32, BuildHasherDefault<FxHasher>> {
    let mut seen: HashMap<&str, u32, BuildHasherDefault<FxHasher>> = HashMap::default();
    for (index, candidate) in candidates.iter().enumerate() {
        // A line is a block of its own; a refrain inside the story's paragraphs is the story's.
        let alone = candidate.opens_block && candidates.get(index + 1).is_none_or(|next| next.block != candidate.block);
        if alone && candidate.words <= BYLINE_WORDS {
            *seen.entry(candidate.text).or_default() += 1;
        }
    }
    seen.retain(|_, count| *count as usize >= RECURRING_LINES);
    seen
}

fn flag(on: bool) -> f32 {
    if on {
        1.0
    } else {
        0.0
    }
}

/// Marks that may follow a sentence's last punctuation: closing quotes and brackets.
const CLOSERS: [char; 7] = ['"', '\'', '”', '’', '»', ')', ']'];

/// Longest reference mark that may follow a sentence's end, in bytes: "\[12\]", "\[n 5\]", "\[M1\]",
/// "[citation needed]".
const REFERENCE_BYTES: usize = 24;

/// `text` without the closing quotes and brackets at its end, nor the reference marks set after
/// its full stop ("founded in 1840.\[3\]"), so its last punctuation shows.
pub fn before_closers(text: &str) -> &str {
    let mut text = text.trim_end();
    while let Some((before, _)) = text.strip_suffix(']').and_then(|inner| inner.rsplit_once('[')) {
        if text.len() - before.len() > REFERENCE_BYTES {
            break;
        }
        text = before.trim_end();
    }
    text.trim_end_matches(CLOSERS)
}

/// True for a sentence wholly in brackets: an aside to the story ("(We never did settle on one.)").
fn is_aside(text: &str) -> bool {
    let text = text.trim();
    text.starts_with(['(', '[']) && text.ends_with([')', ']'])
}

/// True for a sentence that ends on a question mark: Latin, Arabic, full-width, Greek (`;`, which a
/// language that asks with it also types as a semicolon) or Ethiopic; exclamation marks after it
/// ("Who would have thought?!") still ask.
fn is_question(text: &str, semicolon_asks: bool) -> bool {
    let text = before_closers(text).trim_end_matches(['!', '！']);
    text.ends_with(['?', '؟', '？', '¿', '\u{037E}', '፧']) || (semicolon_asks && text.ends_with(';'))
}

/// Share of the sentence's characters that stand between quotation marks. In news a quote often
/// spans sentences: one that ends by closing a quote was inside it from its start, and one that opens
/// a quote without closing it stays inside to its end.
fn quoted_share(text: &str) -> f32 {
    let mut inside = closes_first(text);
    let (mut quoted, mut total) = (0usize, 0usize);
    for c in text.chars() {
        match c {
            '"' => inside = !inside,
            '“' | '«' | '„' => inside = true,
            '”' | '»' => inside = false,
            _ if c.is_whitespace() => {}
            _ => {
                total += 1;
                quoted += usize::from(inside);
            }
        }
    }
    if total == 0 {
        0.0
    } else {
        quoted as f32 / total as f32
    }
}

/// True for a line of at most `max_words` words that does not end as a sentence: a heading, a label,
/// a link's title. Its end is tested first: that settles nearly every line without counting words.
pub fn is_unpunctuated_line(text: &str, max_words: usize) -> bool {
    !ends_sentence(text) && crate::text::word_count(text) <= max_words
}

/// True when `text` ends as a sentence does, perhaps inside quotes or brackets: with closing
/// punctuation (a full stop of any script: Hindi's "।", Urdu's "۔", Armenian's "։", Burmese "။"), or
/// with an ellipsis, colon or semicolon.
pub fn ends_sentence(text: &str) -> bool {
    let text = before_closers(text);
    text.ends_with(SENTENCE_ENDS) || text.ends_with(['…', ':', ';']) || text.ends_with(is_glued_terminator)
}

/// True when the first quotation mark of `text` closes a quote: a typographic closing mark, or an
/// unpaired straight one right after punctuation (`look," she said`).
fn closes_first(text: &str) -> bool {
    let mut previous = ' ';
    for c in text.chars() {
        match c {
            '”' | '»' => return true,
            '“' | '«' | '„' => return false,
            '"' => {
                return text.matches('"').count() % 2 == 1
                    && matches!(previous, ',' | '.' | '!' | '?' | '…' | '؟' | '،')
            }
            _ => previous = c,
        }
    }
    false
}

fn is_furniture(text: &str, words: usize) -> bool {
    let lower = text.to_lowercase();
    let bracketed = is_aside(text);
    // An embedded post's signature, or the attribution under an epigraph ("— Mark Twain, 1897"):
    // a dialogue line opening with a dash ends as a sentence.
    let signature = text.starts_with(is_dash) && (text.contains("(@") || !ends_sentence(text));
    let line = words <= BYLINE_WORDS
        && (is_byline(text, &lower)
            || signature
            || bracketed
            || introduces_speech(&lower)
            || FURNITURE_LABEL_PHRASES.found_in(&lower));
    let fragment = words <= FRAGMENT_WORDS
        && text.chars().count() <= FRAGMENT_CHARS
        && (words <= TINY_WORDS || !ends_sentence(text));
    let caption = CAPTION_OPENERS.iter().any(|opener| text.starts_with(opener));
    line || fragment || caption || text.contains(FIELD_SEPARATOR) || FURNITURE_PHRASES.found_in(&lower)
}

/// True when `lower` (a sentence in lower case) ends as a line that only introduces what someone says.
fn introduces_speech(lower: &str) -> bool {
    let lower = lower.trim_end();
    SPEECH_INTRODUCTIONS.iter().any(|end| lower.ends_with(end))
}

/// True when `text` (`lower` in lower case) opens as a byline does and goes on naming people.
fn is_byline(text: &str, lower: &str) -> bool {
    let Some(opener) = BYLINE_OPENERS.iter().find(|opener| lower.starts_with(**opener)) else { return false };
    let named = text.get(opener.len()..).unwrap_or("").split_whitespace();
    named.filter(|word| word.chars().next().is_some_and(char::is_lowercase)).count() <= BYLINE_LOWER_CASE_WORDS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_ends_before_its_reference_marks() {
        for sentence in
            ["The city was founded in 1840.[3]", "It grew fast.[n 5][12]", "He left. [M1]", "Why?[citation needed]"]
        {
            assert!(ends_sentence(sentence), "{sentence}");
        }
        assert!(!ends_sentence("Population [2018 census]"), "a label with a bracketed note");
        assert!(!ends_sentence("[M1 SP / MP SP / MP3 SP / SM SP]"));
    }

    #[test]
    fn questions_are_recognised_through_closing_quotes_and_in_their_scripts() {
        for question in ["Why now?", "\"Who did this?\"", "ماذا حدث؟", "¿Por qué ahora?", "Τι έγινε\u{037E}", "ምን ሆነ፧"]
        {
            assert!(is_question(question, false), "{question}");
        }
        assert!(!is_question("He asked why.", false));
        assert!(is_question("Τι έγινε;", true), "Greek types its question mark as a semicolon");
        assert!(is_question("Chissà per quanto ancora?!", false) && is_question("ماذا بعد؟!", false));
        assert!(!is_question("What a day!", false));
        assert!(!is_question("the first of three points;", false), "elsewhere a semicolon asks nothing");
    }

    #[test]
    fn quoted_share_counts_text_between_marks() {
        assert_eq!(quoted_share("\"We won\" I said"), 0.5);
        assert_eq!(quoted_share("No quote here."), 0.0);
        assert_eq!(quoted_share("“All of it.”"), 1.0);
        assert!(quoted_share("We know how to look,\" she said.") > 0.6, "closes a quote opened before");
        assert!(quoted_share("Smith said: \"We know how to look.") > 0.6, "opens a quote left open");
    }

    #[test]
    fn a_short_line_standing_alone_three_times_is_a_template_line() {
        let texts = [
            "The new iPhone is faster than the last one.",
            "See it now: Amazon",
            "The drone weighs less than a phone.",
            "See it now: Amazon",
            "See it now: Apple",
            "See it now: Amazon",
            "The drone weighs less than a phone.",
            "No.",
            "She said no.",
            "No.",
            "No.",
            "He left.",
        ];
        let candidates: Vec<Candidate> = texts
            .iter()
            .enumerate()
            .map(|(position, text)| Candidate {
                text,
                // "No." stands alone once, then twice inside the last paragraph: a refrain, not a line.
                block: position.min(8),
                range: 0..text.len(),
                position,
                opens_block: position <= 8,
                announces: false,
                words: text.split(' ').count(),
                tokens: Vec::new(),
            })
            .collect();
        assert_eq!(
            recurring_lines(&candidates).into_keys().collect::<Vec<_>>(),
            ["See it now: Amazon"],
            "twice is not a template"
        );
    }

    #[test]
    fn furniture_is_found_in_any_case() {
        assert!(is_furniture("By . Daily Mail Reporter .", 5));
        assert!(is_furniture("Click HERE for the gallery", 5));
        assert!(is_furniture("All opinions are my own.", 5));
        assert!(!is_furniture("By the end of the year, prices had doubled in most of the country.", 13));
        for call in [
            "Clique aqui: https://goo.gl/FDS4xU.",
            "Pour vous inscrire à la lettre d'information, cliquez ici.",
            "Lire la suite de la critique sur Liberation.fr",
            "© 2019 Zeitungsverlag. Alle Rechte vorbehalten.",
            "Для участия в конкурсе нажмите здесь.",
            "Detaylar için buraya tıklayın.",
        ] {
            assert!(is_furniture(call, call.split(' ').count()), "{call}");
        }
    }

    #[test]
    fn fragments_are_furniture_and_short_sentences_are_not() {
        let furniture = [
            "BAAR, SWITZERLAND",
            "Pittsburgh",
            "Learn more",
            "تعليقات الفيسبوك",
            "PanARMENIAN.",
            "(All photos: Atlas staff)",
            "Le Monde | 04.05.2015 à 13h36",
            "Tempo de leitura: 1 minuto",
            "The core stage of the rocket after the installation of its engines. (credit: NASA/Jude Guidry)",
            "Cover image: artist’s impression of the lighting installation by a design studio",
            "Disclosure: the site may earn a commission from some of the products featured on this page.",
            "Some of the links on this page are affiliate links.",
            "This shop has been compensated by a marketing network and its advertiser.",
            "— Mark Twain, Following the Equator, 1897",
            "Caught in the snow? Share your photos and videos with our readers.",
            "Visit our homepage for more news from the region.",
            "图为救援人员在倒塌的房屋中搜寻幸存者。",
            "Milan Griffes on September 12, 2018 at 4:47 pm said:",
            "In a statement, the minister said:",
            "Le ministre a déclaré :",
        ];
        for fragment in furniture {
            assert!(is_furniture(fragment, fragment.split(' ').count()), "{fragment}");
        }
        let story = [
            "We messed up.",
            "Why now, and why here?",
            "“It is over.”",
            "Here are the scores:",
            "Hong Kong is burning",
            "Reading time for children fell by a third last year, the survey found.",
            "It took the name Jebus after the Jebusites| who are thought to descend from the Canaanites.",
            "By Monday, India was in full-scale crisis mode:",
            "Par ailleurs, le gouvernement a annoncé une baisse.",
            "The photo (taken by her brother) shows the bridge before the flood.",
            "The European Commission may earn a share of the fines, the court said.",
            "— Не знаю, — ответил он.",
        ];
        for sentence in story {
            assert!(!is_furniture(sentence, sentence.split(' ').count()), "{sentence}");
        }
        // "企图为" (tried to) holds a caption's opening characters, but does not open with them.
        let sentence = "他企图为自己的决定辩护。";
        assert!(!is_furniture(sentence, crate::text::word_count(sentence)));
    }
}
