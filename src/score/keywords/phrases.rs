//! A keyword phrase is a run of adjacent words that an article writes together again and again, so
//! that a reader knows it as one name or term: "Home Depot", "Bank of England", "climate change",
//! "الأمم المتحدة", and in scripts without spaces a run of characters longer than one term ("习近平").
//!
//! The article is read once as [`Unit`]s (a word with its term, or, in Han, kana and Hangul, each
//! overlapping character pair, the analyzer's terms there); every run of up to [`MAX_UNITS`] units
//! not broken by punctuation is counted, and a run becomes a phrase when it recurs and its words are
//! rarely written apart. Names are told by their capitals where the script has them, and one of
//! their words (the surname) may be written mostly alone; elsewhere, and for lowercase terms, each
//! word of the run must mostly occur inside it.

use super::{arabic, TermSet, Written};
use crate::score::keyword_stops::{honorifics, name_connectors, particles};
use crate::score::vectors::Vocabulary;
use crate::score::Candidate;
use crate::text::analyzer::bigrams;
use crate::text::normalize::fold;
use crate::text::stopwords::FxHasher;
use crate::text::words::{is_apostrophe, Token};
use crate::text::Analyzer;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::ops::Range;

/// The longest phrase, in units: seven characters of Han, kana or Hangul (six overlapping pairs),
/// long enough for most names written in them ("スマートフォン")...
const MAX_UNITS: usize = 6;
/// ... or six words, connectors included ("Bank of England", "New York State Attorney General").
const MAX_WORDS: usize = 6;
/// A phrase must recur: one occurrence says nothing of how the words belong together.
const MIN_PHRASE_OCCURRENCES: u32 = 2;
/// A lowercase run in a script with capitals must recur more to be a term ("climate change"): twice
/// is often chance ("fell ill", "five minutes"), where a capital is evidence of its own; but a pair
/// whose words are never written apart is a term at two ("baggage handler": tes and bbc name more
/// of their references' terms, cnndm as many).
const TERM_MIN_OCCURRENCES: u32 = 3;
/// A name ("Julian Assange", written with capitals) is a phrase when at least this share of each of
/// its words' occurrences is inside it, but for its most written word: a first name is rarely written
/// alone, while the surname alone is how news refers to the person after the first mention.
const NAME_COHESION: f32 = 0.5;
/// ... and at least this share of its most written word's occurrences (the surname), and only where
/// the name introduces that word and no other name holds it: "Claudette King", twice in a story
/// about B.B. King, does not take the place of "King", nor "Frank Jordan" of his son Louis's.
const NAME_DOMINANT_SHARE: f32 = 0.2;
/// A run of words that is no name ("climate change", any run in a script without capitals) is a
/// phrase when each of its words occurs inside it at least this share of the time: "administration"
/// always after "Obama" does not make "Obama administration" the article's name for Obama. Measured
/// on the shared sets (tests/keywords.rs): 0.4 names more of the references' terms than 0.5, as
/// many of the first keyword words are in them, and leaves fewer names split in two keywords.
const TERM_COHESION: f32 = 0.4;
/// ... and another name holding that word ("Donna Freberg" beside "Stan Freberg") makes it
/// ambiguous when written at least this share as often as the name.
const RIVAL_SHARE: f32 = 0.5;
/// A run of character pairs is a piece of a longer word, not a phrase, when a run one character
/// longer holds at least this share of its occurrences ("能技术" inside "智能技术").
const FRAGMENT_SHARE: f32 = 0.75;
/// Of two phrases one inside the other ("New York", "New York Times"), the longer is kept when it
/// holds at least this share of the shorter's occurrences; otherwise it is a rare extension.
const NESTED_SHARE: f32 = 0.75;

/// Languages that capitalize every noun, where a capital inside a lowercase run says nothing of a
/// name ("elektronische Patientenakte").
const NOUNS_CAPITALIZED: &[&str] = &["de", "lb"];

/// The longest lowercase word that may be a particle of a name ("de", "van", "bin"), in bytes: the
/// particles of names are written in Latin letters, and a byte count costs nothing.
const MAX_PARTICLE_BYTES: usize = 3;

/// The most lowercase words after the first of a name capitalized on its first word only
/// ("Affaires étrangères").
const MAX_LOWERCASE_NAME_WORDS: usize = 1;

/// A phrase found in the article: its terms (content words only), how it is mostly written, and how
/// often it occurs.
#[derive(Debug, Clone)]
pub struct Phrase<'a> {
    pub terms: Vec<u32>,
    pub surface: &'a str,
    pub count: u32,
}

/// What the article's words say to keywords: each term's written forms, and the phrases.
pub struct Reading<'a> {
    /// For each term id (the index), the words of the article that are that term alone, with their
    /// counts in order of first appearance.
    pub forms: Vec<Written<'a>>,
    pub phrases: Vec<Phrase<'a>>,
    /// Words written mostly inside a name that is no phrase, beside a word written mostly apart
    /// (the given name of "Claudette King" in a story about B.B. King): that word stands for both.
    pub shadowed: TermSet,
    /// What each distinct word of the article is to a phrase.
    words: Words<'a>,
    /// The verbs of an Arabic article, folded: its imperfect verbs of the third person masculine,
    /// and the words written after a particle that only a verb follows ("لم", "قد").
    pub verbs: Vec<String>,
}

/// Each distinct word of the article, as written, with what it is to a phrase.
type Words<'a> = HashMap<&'a str, Kind, BuildHasherDefault<FxHasher>>;

impl Reading<'_> {
    /// Whether the article writes `word` as a word of one term, where phrases may hold it.
    pub fn writes(&self, word: &str) -> bool {
        matches!(self.words.get(word), Some(Kind::Term(_)))
    }
}

/// What a word of the article is to a phrase.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    /// A word of one term (its id).
    Term(u32),
    /// A word that joins the words of a name ("Bank of England", "Banco de España"), from the
    /// language's list; its key is past the vocabulary's ids (the vocabulary's size plus its place
    /// in the list).
    Connector(u32),
    /// A number, a title ("Mr"), another word without term ("and"), or a word of several terms: no
    /// phrase goes through it, so that a name shows as the article otherwise writes it.
    Break,
}

/// A word, or a character pair of Han, kana or Hangul, as a phrase sees it.
#[derive(Debug, Clone, Copy)]
struct Unit {
    kind: Kind,
    /// Where its written form stands in the sentence (bytes), without elision or possessive.
    start: usize,
    end: usize,
    /// Where the whole word ends, possessive included: the gap to the next word starts there.
    word_end: usize,
    /// Whether it begins with a capital; `None` in a script without capitals.
    capital: Option<bool>,
    /// Whether the next unit follows it with nothing but a space or a hyphen between, and, after a
    /// possessive, begins with a capital.
    joins_next: bool,
    /// Whether the next unit follows it after a hyphen, as one word ("right-back").
    hyphen_next: bool,
    /// Whether it was written with a possessive ("Macy's").
    possessive: bool,
    /// Whether it may be a name's own small word, which may stand before its capitals ("David de
    /// Gea", "al-Khansa"): lowercase, and short or joined to the next word by a hyphen.
    particle: bool,
    /// A pair of characters of a script written without spaces.
    pair: bool,
}

/// How often one run of units occurs, and how.
#[derive(Debug, Default)]
struct Run<'a> {
    count: u32,
    /// Occurrences written as a name (every word capitalized, the first but at a sentence's start)
    /// minus those written otherwise.
    name_votes: i32,
    /// The same for its first word alone: French and Spanish capitalize only a name's first word
    /// ("Affaires étrangères").
    proper_votes: i32,
    /// Which of its units (bit per place) were the first mention of their term in the article, at
    /// the run's first occurrence: news introduces a person by full name, then uses the surname.
    introduces: u8,
    /// Written in a script with capitals.
    cased: bool,
    /// Made of character pairs.
    pairs: bool,
    /// The most occurrences of a run of character pairs one unit longer that holds this one.
    extended: u32,
    /// Which of its units (bit per place) were written with a possessive, in any occurrence.
    possessives: u8,
    /// Written, not as a name, with a capital on a word after its first ("star Martin"): a piece
    /// of a sentence across a name, in a language that capitalizes names only.
    mixed: bool,
    /// Capitalized, and ending with a name's small word ("David de" of "David de Gea").
    particle_end: bool,
    /// The most words after the first written lowercase, particles apart.
    lowercase_words: u8,
    forms: Written<'a>,
}

/// A run's units: their kinds' keys in order, unused places at `u32::MAX`.
type Key = [u32; MAX_UNITS];
const NONE: u32 = u32::MAX;
// `Run::introduces` holds a bit per place.
const _: () = assert!(MAX_UNITS <= u8::BITS as usize);

/// Something known of each run of the article (FxHash, as for terms: the keys are short).
type Runs<T> = HashMap<Key, T, BuildHasherDefault<FxHasher>>;
/// Something known of each word of the article, by term id.
type ByWord<T> = HashMap<u32, T, BuildHasherDefault<FxHasher>>;

/// Reads the article's words: each term's forms, the phrases, and the words they shadow.
pub fn read<'a>(
    candidates: &[Candidate<'a>],
    vocabulary: &Vocabulary,
    analyzer: &Analyzer<'a>,
    dull: &TermSet,
) -> Reading<'a> {
    let lang = analyzer.lang();
    let mut reader = Reader {
        vocabulary,
        analyzer,
        kinds: HashMap::with_capacity_and_hasher(vocabulary.len(), BuildHasherDefault::default()),
        particles: particles(lang),
        honorifics: honorifics(lang),
        connectors_of_names: name_connectors(lang),
        arabic: lang == "ar",
        verbs: Vec::new(),
    };
    let mut forms: Vec<Written<'a>> = vec![Written::default(); vocabulary.len()];
    let mut counter = Counter {
        vocabulary,
        runs: HashMap::default(),
        seen: TermSet::new(vocabulary.len()),
        nouns_capitalized: NOUNS_CAPITALIZED.contains(&lang),
    };
    let mut units = Vec::new();
    for candidate in candidates {
        reader.units(candidate.text, &candidate.tokens, &mut units, &mut forms);
        for first in 0..units.len() {
            counter.count_from(first, &units, candidate.text);
        }
    }
    let (phrases, shadowed) = phrases(&mut counter.runs, vocabulary, dull, lang);
    Reading { forms, phrases, shadowed, words: reader.kinds, verbs: reader.verbs }
}

/// Counts the runs of the article's sentences.
struct Counter<'v, 'a> {
    vocabulary: &'v Vocabulary,
    runs: Runs<Run<'a>>,
    /// The terms met so far.
    seen: TermSet,
    /// Whether the language capitalizes its nouns as well as names (German).
    nouns_capitalized: bool,
}

impl<'a> Counter<'_, 'a> {
    /// Counts the runs of `units` (the units of sentence `text`) that start at unit `first`.
    fn count_from(&mut self, first: usize, units: &[Unit], text: &'a str) {
        let Some(unit) = units.get(first) else { return };
        let Kind::Term(term) = unit.kind else { return };
        // A word written once is in no run written twice, so most runs are not counted at all;
        // but a name written once ("Louis Jordan") still tells that a surname has two bearers.
        let once =
            |kind: Kind| matches!(kind, Kind::Term(id) if self.vocabulary.occurrences(id) < MIN_PHRASE_OCCURRENCES);
        let may_be_rival = first > 0 && unit.capital == Some(true);
        let mut key = [NONE; MAX_UNITS];
        let mut name = true;
        let longest = if unit.pair { MAX_UNITS } else { MAX_WORDS };
        // A run never starts or ends inside a hyphenated word ("Spanish right" of "right-back").
        let previous = first.checked_sub(1).and_then(|p| units.get(p));
        let inside_word = previous.is_some_and(|p| p.hyphen_next);
        let after_name = previous.is_some_and(|p| p.joins_next && p.capital == Some(true));
        let reach = if inside_word || once(unit.kind) && !may_be_rival { 0 } else { longest };
        for (offset, next) in units.iter().skip(first).take(reach).enumerate() {
            let Some(slot) = key.get_mut(offset) else { break };
            *slot = match next.kind {
                Kind::Term(id) | Kind::Connector(id) => id,
                Kind::Break => break,
            };
            if let Kind::Term(_) = next.kind {
                // A sentence's first word has its capital whatever it is: the others tell.
                name &= next.capital == Some(true) || offset == 0 && first == 0;
                let rare = once(unit.kind) || once(next.kind);
                if offset > 0 && !next.hyphen_next && (!rare || offset == 1 && name && may_be_rival) {
                    let run = units.get(first..=first + offset).unwrap_or_default();
                    // The name goes on after the run's last word ("David de" of "David de Gea").
                    let cut = next.joins_next && units.get(first + offset + 1).is_some_and(|u| u.capital == Some(true));
                    self.add(key, run, Occurrence { name, opens: first == 0, cut, after_name }, text);
                }
                if rare && offset > 0 {
                    break;
                }
            }
            if !next.joins_next {
                break;
            }
        }
        self.seen.insert(term);
    }

    /// Counts one occurrence of the run `key` made of `units` of sentence `text`.
    fn add(&mut self, key: Key, units: &[Unit], occurrence: Occurrence, text: &'a str) {
        let Occurrence { name, opens, cut, after_name } = occurrence;
        let (Some(first), Some(last)) = (units.first(), units.last()) else { return };
        let run = self.runs.entry(key).or_default();
        if run.count == 0 {
            run.introduces = introductions(units, &self.seen);
        }
        run.count += 1;
        run.cased |= first.capital.is_some();
        run.pairs |= first.pair;
        if first.capital.is_some() {
            run.name_votes += if name { 1 } else { -1 };
        }
        if !opens && !after_name && first.capital.is_some() {
            run.proper_votes += if first.capital == Some(true) { 1 } else { -1 };
        }
        let inner = units.iter().take(units.len() - 1).enumerate();
        run.possessives |= inner.filter(|(_, unit)| unit.possessive).fold(0, |bits, (place, _)| bits | 1 << place);
        run.particle_end |= cut && last.particle && first.capital == Some(true);
        // What tells a lowercase run that is no name (asked only of those, as most runs are names
        // or lowercase throughout).
        if !name && first.capital.is_some() {
            let later_capital = units.windows(2).any(|pair| {
                matches!(pair, [before, unit] if matches!(unit.kind, Kind::Term(_)) && unit.capital == Some(true)
                    && before.capital == Some(false) && !before.particle)
            });
            run.mixed |= later_capital && !self.nouns_capitalized;
            let lowercase = |unit: &&Unit| matches!(unit.kind, Kind::Term(_)) && unit.capital == Some(false);
            let lowercase_words = units.iter().skip(1).filter(lowercase).filter(|unit| !unit.particle).count();
            run.lowercase_words = run.lowercase_words.max(lowercase_words as u8);
        }
        if let Some(written) = text.get(first.start..last.end) {
            run.forms.add(written);
        }
    }
}

/// How a run is written at one of its occurrences.
#[derive(Debug, Clone, Copy)]
struct Occurrence {
    /// Every word capitalized, the first but at a sentence's start.
    name: bool,
    /// Opening its sentence.
    opens: bool,
    /// Followed by a capitalized word with nothing but a space or a hyphen between.
    cut: bool,
    /// Preceded so by a capitalized word: its first capital is the name's ("Brigade operates" of
    /// "al-Khansa Brigade operates"), no vote for a name capitalized on its first word.
    after_name: bool,
}

/// The places of `key` in use.
fn used(key: &Key) -> &[u32] {
    key.split(|&id| id == NONE).next().unwrap_or_default()
}

/// Which of `units` mention their term for the first time, one bit per place.
fn introductions(units: &[Unit], seen: &TermSet) -> u8 {
    let first_mention = |unit: &Unit| matches!(unit.kind, Kind::Term(id) if !seen.contains(&id));
    units.iter().enumerate().filter(|(_, unit)| first_mention(unit)).fold(0, |bits, (place, _)| bits | 1 << place)
}

/// Turns words into units, remembering what each distinct word is.
struct Reader<'v, 'a> {
    vocabulary: &'v Vocabulary,
    analyzer: &'v Analyzer<'a>,
    kinds: Words<'a>,
    particles: &'static [char],
    honorifics: &'static [&'static str],
    connectors_of_names: &'static [&'static str],
    /// Whether Arabic function words and verbs, which the analyzer keeps, are to be told apart.
    arabic: bool,
    /// The verbs met, folded (see [`Reading::verbs`]).
    verbs: Vec<String>,
}

/// True for a word written with a capital, or in capitals, as any word opening a sentence may be; not
/// one with a capital inside its lower case ("DevTools", "McDonald"), which a name keeps anywhere.
fn is_opening_capital(word: &str) -> bool {
    let mut rest = word.chars();
    rest.next().is_some_and(char::is_uppercase)
        && !(rest.clone().any(char::is_uppercase) && rest.any(char::is_lowercase))
}

impl<'a> Reader<'_, 'a> {
    /// The units of sentence `text` (its `tokens`) into `units`, each word's written form counted
    /// into `forms`.
    fn units(&mut self, text: &'a str, tokens: &[Token<'a>], units: &mut Vec<Unit>, forms: &mut [Written<'a>]) {
        units.clear();
        let mut after_verb_particle = false;
        for &token in tokens {
            let end = token.start + token.text.len();
            if token.cjk {
                self.character_pairs(token.text, token.start, units, forms);
                continue;
            }
            if self.arabic {
                if after_verb_particle {
                    self.verbs.push(fold(token.text));
                }
                after_verb_particle = arabic::precedes_verbs(token.text);
            }
            let kind = self.kind(token.text);
            let (mut written, mut possessive) = (token.start..end, false);
            if let Kind::Term(id) = kind {
                let bare;
                (bare, possessive) = self.bare(token.text, id);
                written = token.start + bare.start..token.start + bare.end;
                if let Some((forms, form)) = forms.get_mut(id as usize).zip(text.get(written.clone())) {
                    if units.is_empty() && is_opening_capital(form) {
                        forms.add_opening(form);
                    } else {
                        forms.add(form);
                    }
                }
            }
            let capital =
                token.text.chars().next().filter(|c| c.is_uppercase() || c.is_lowercase()).map(char::is_uppercase);
            if let Some(previous) = units.last_mut() {
                let gap = text.get(previous.word_end..token.start);
                previous.hyphen_next = gap.is_some_and(is_hyphen);
                previous.particle |= previous.hyphen_next && previous.capital == Some(false);
                previous.joins_next &= gap.is_some_and(is_joining_gap);
                // A possessive ends a name ("Assange's lawyer") unless a name goes on after it
                // ("Macy's Thanksgiving Day Parade"); see `Judge::verdict` for when it is one name.
                previous.joins_next &= !previous.possessive || capital == Some(true) && !previous.hyphen_next;
            }
            units.push(Unit {
                kind,
                start: written.start,
                end: written.end,
                word_end: end,
                capital,
                joins_next: true,
                hyphen_next: false,
                possessive,
                particle: capital == Some(false) && token.text.len() <= MAX_PARTICLE_BYTES,
                pair: false,
            });
        }
    }

    /// A run of Han, kana or Hangul starting at byte `at` of its sentence as its overlapping
    /// character pairs (the analyzer's terms there). Pairs holding hiragana (Japanese grammar) or a
    /// grammatical particle of the language (Chinese "的") break phrases. A pair with hiragana or the
    /// run's end on each side is a word as written ("イヌ" in "肉をくわえたイヌが", a run of one pair),
    /// and so a written form of its term.
    fn character_pairs(&mut self, run: &'a str, at: usize, units: &mut Vec<Unit>, forms: &mut [Written<'a>]) {
        if let Some(previous) = units.last_mut() {
            previous.joins_next = false;
        }
        // Each pair, its kind and whether it holds hiragana.
        let mut pairs: Vec<(Range<usize>, Kind, bool)> = Vec::new();
        for range in bigrams(run) {
            let Some(pair) = run.get(range.clone()) else { continue };
            let kana = pair.chars().any(is_hiragana);
            let kind =
                if kana || pair.chars().any(|c| self.particles.contains(&c)) { Kind::Break } else { self.kind(pair) };
            pairs.push((range, kind, kana));
        }
        let kana_or_end = |i: Option<usize>| i.and_then(|i| pairs.get(i)).is_none_or(|&(_, _, kana)| kana);
        for (i, &(Range { start, end }, kind, _)) in pairs.iter().enumerate() {
            if let (Kind::Term(id), true) = (kind, kana_or_end(i.checked_sub(1)) && kana_or_end(Some(i + 1))) {
                if let Some((forms, pair)) = forms.get_mut(id as usize).zip(run.get(start..end)) {
                    forms.add(pair);
                }
            }
            units.push(Unit {
                kind,
                start: at + start,
                end: at + end,
                word_end: at + end,
                capital: None,
                joins_next: true,
                hyphen_next: false,
                possessive: false,
                particle: false,
                pair: true,
            });
        }
        if let Some(last) = units.last_mut() {
            last.joins_next = false;
        }
    }

    /// What `word` is to a phrase, analyzed once per distinct word.
    fn kind(&mut self, word: &'a str) -> Kind {
        if let Some(&kind) = self.kinds.get(word) {
            return kind;
        }
        let kind = if let Some(index) = self.connectors_of_names.iter().position(|c| *c == word) {
            Kind::Connector((self.vocabulary.len() + index) as u32)
        } else if word.chars().all(char::is_numeric) || self.honorifics.iter().any(|h| h.eq_ignore_ascii_case(word)) {
            Kind::Break
        } else {
            match self.analyzer.only_term(word, |term| self.vocabulary.get(term)) {
                Some(id) if self.arabic => self.arabic_kind(word, id),
                Some(id) => Kind::Term(id),
                None => Kind::Break,
            }
        };
        self.kinds.insert(word, kind);
        kind
    }

    /// What Arabic `word` of term `id` is: no phrase goes through a function word with its clitics
    /// or a verb, which the analyzer keeps as terms. A term written once is in no phrase and no
    /// keyword, so only whether it is a verb is asked (an imperfect written once tells the person
    /// written more often): a third of the time of keywords went to asking every word.
    fn arabic_kind(&mut self, word: &str, id: u32) -> Kind {
        let recurs = self.vocabulary.occurrences(id) >= MIN_PHRASE_OCCURRENCES;
        if !recurs && !arabic::may_be_imperfect_verb(word) {
            return Kind::Term(id);
        }
        let folded = fold(word);
        if recurs && arabic::is_function_word(&folded) {
            Kind::Break
        } else if arabic::is_imperfect_verb(&folded) {
            self.verbs.push(folded);
            Kind::Break
        } else {
            Kind::Term(id)
        }
    }

    /// Where `word` stands without an elided article before an apostrophe ("l'Union") or a
    /// possessive after one ("Indonesia's", "Türkiye'nin") when the rest alone is the same term, so
    /// the keyword reads as the name itself (bytes of `word`); and whether a possessive was taken off.
    fn bare(&mut self, word: &'a str, id: u32) -> (Range<usize>, bool) {
        let Some((at, mark)) = apostrophe(word) else {
            return (0..word.len(), false);
        };
        let (before, after) =
            (word.get(..at).unwrap_or_default(), word.get(at + mark.len_utf8()..).unwrap_or_default());
        if !before.is_empty() && self.kind(before) == Kind::Term(id) {
            (0..at, true)
        } else if !after.is_empty() && self.kind(after) == Kind::Term(id) {
            (word.len() - after.len()..word.len(), false)
        } else {
            (0..word.len(), false)
        }
    }
}

/// The first apostrophe in `word` and where it stands (bytes): one the tokenizer keeps inside a
/// word, ASCII, the typographic one, or the letter apostrophe U+02BC that some keyboards and
/// languages write ("Macyʼs"), as [`is_apostrophe`] tells. Searched by the bytes they open with (one
/// byte, or the lead byte of their UTF-8), as most words hold none and every word of the article is asked.
fn apostrophe(word: &str) -> Option<(usize, char)> {
    let mut from = 0;
    while let Some(offset) = word.get(from..)?.bytes().position(|b| matches!(b, b'\'' | 0xE2 | 0xCA)) {
        let at = from + offset;
        let c = word.get(at..)?.chars().next()?;
        if is_apostrophe(c) {
            return Some((at, c));
        }
        from = at + c.len_utf8();
    }
    None
}

/// Words of one name are written with a space between them, or a hyphen ("al-Assad", "Saint-Denis"),
/// never across punctuation.
fn is_joining_gap(gap: &str) -> bool {
    is_hyphen(gap) || (!gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '\u{a0}'))
}

/// Whether the gap between two words is a hyphen: they are one word ("right-back").
fn is_hyphen(gap: &str) -> bool {
    gap.len() == 1 && gap.starts_with('-')
}

fn is_hiragana(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{309F}')
}

/// The runs that are phrases, and the words shadowed by names that are none.
fn phrases<'a>(
    runs: &mut Runs<Run<'a>>,
    vocabulary: &Vocabulary,
    dull: &TermSet,
    lang: &str,
) -> (Vec<Phrase<'a>>, TermSet) {
    count_extensions(runs);
    let judge = Judge { vocabulary, dull, rivals: rivals(runs) };
    let mut found: Vec<(&[u32], &Run<'a>)> = Vec::new();
    // The names that may be the whole of a phrase found (see [`whole_name`]).
    let mut names: Vec<(&[u32], &Run<'a>)> = Vec::new();
    let mut shadowed = TermSet::new(vocabulary.len());
    for (key, run) in runs.iter().filter(|(_, run)| run.count >= MIN_PHRASE_OCCURRENCES) {
        let verdict = judge.verdict(key, run);
        if judge.may_be_whole_name(used(key), run) {
            names.push((used(key), run));
        }
        match verdict {
            Verdict::Phrase => found.push((used(key), run)),
            Verdict::Shadows(word) => {
                judge.terms(used(key)).filter(|&id| id != word).for_each(|id| shadowed.insert(id))
            }
            Verdict::Neither => {}
        }
    }
    for phrase in found.iter_mut().filter(|(_, run)| run.name_votes > 0) {
        if let Some(whole) = whole_name(*phrase, &names) {
            *phrase = whole;
        }
    }
    let phrases = apart(found, vocabulary.len())
        .into_iter()
        .filter_map(|(key, run)| {
            Some(Phrase {
                terms: judge.terms(key).collect(),
                surface: run.forms.shown(lang == "ar")?,
                count: run.count,
            })
        })
        .collect();
    (phrases, shadowed)
}

/// The longest name of `names` that holds the name `part` in (nearly) every occurrence ("Day Parade"
/// always inside "Macy's Thanksgiving Day Parade"): the article's whole name, whose other words,
/// written apart elsewhere, are its short forms ("Thanksgiving", "the parade"). A name that opens
/// where its first word is first mentioned is no name's tail ("Director of Public Prosecutions
/// Alison Saunders" is two).
fn whole_name<'k, 'a>(part: (&[u32], &Run), names: &[(&'k [u32], &'k Run<'a>)]) -> Option<(&'k [u32], &'k Run<'a>)> {
    let (key, run) = part;
    let may_have_head = run.introduces & 1 == 0;
    let holds = |longer: &[u32], whole: &Run| {
        let at = longer.windows(key.len()).position(|w| w == key);
        longer.len() > key.len()
            && whole.count as f32 >= NESTED_SHARE * run.count as f32
            && at.is_some_and(|at| at == 0 || may_have_head)
    };
    names
        .iter()
        .filter(|(longer, whole)| holds(longer, whole))
        .max_by(|a, b| a.0.len().cmp(&b.0.len()).then(a.1.count.cmp(&b.1.count)).then(b.0.cmp(a.0)))
        .copied()
}

/// What a run is to keywords.
enum Verdict {
    Phrase,
    /// A name that is no phrase, whose words but this one are written mostly inside it.
    Shadows(u32),
    Neither,
}

/// Tells which runs are phrases, knowing the article's other runs.
struct Judge<'v> {
    vocabulary: &'v Vocabulary,
    dull: &'v TermSet,
    /// Pairs of words written as a name inside a sentence, even once, with their counts, by word.
    rivals: ByWord<Vec<([u32; 2], u32)>>,
}

impl Judge<'_> {
    /// The term ids of a run's units (connectors left out).
    fn terms<'k>(&self, key: &'k [u32]) -> impl Iterator<Item = u32> + 'k {
        let words = self.vocabulary.len();
        key.iter().copied().filter(move |&id| (id as usize) < words)
    }

    fn verdict(&self, full: &Key, run: &Run) -> Verdict {
        let key = used(full);
        let fragment = run.extended as f32 >= FRAGMENT_SHARE * run.count as f32;
        if fragment || run.particle_end || self.terms(key).all(|id| self.dull.contains(&id)) {
            return Verdict::Neither;
        }
        // The share of each word's occurrences that are in this run; the most written word apart.
        let share = |id: u32| run.count as f32 / self.vocabulary.occurrences(id).max(1) as f32;
        // In a name, a common word ("Day" of "Thanksgiving Day Parade", "New" of "New York") is the
        // name's: where else the article writes it says nothing of the name.
        let name = run.name_votes > 0;
        let weighed = |id: &u32| !name || !self.dull.contains(id);
        let Some(dominant) =
            self.terms(key).filter(weighed).min_by(|&a, &b| share(a).total_cmp(&share(b)).then(a.cmp(&b)))
        else {
            return Verdict::Neither;
        };
        let others_bound = self.terms(key).filter(weighed).all(|id| id == dominant || share(id) >= NAME_COHESION);
        if !self.possessors_bound(key, run) {
            return Verdict::Neither;
        }
        if name {
            if !others_bound || key.last().is_some_and(|id| self.dull.contains(id)) {
                return Verdict::Neither;
            }
            let place = key.iter().position(|&id| id == dominant).unwrap_or(0);
            let introduced = run.introduces & (1 << place) != 0;
            let owns_it =
                share(dominant) >= NAME_DOMINANT_SHARE && introduced && !self.has_rival(key, place, run.count);
            if share(dominant) >= NAME_COHESION || owns_it {
                Verdict::Phrase
            } else {
                Verdict::Shadows(dominant)
            }
        } else {
            let plain = key.len() == self.terms(key).count() && self.terms(key).all(|id| !self.dull.contains(&id));
            // A lowercase pair of words never written apart needs no third occurrence ("baggage
            // handler"); longer runs written twice are mostly a sentence repeated.
            let inseparable = key.len() == 2 && share(dominant) >= 1.0;
            // A name of a few words capitalized on the first ("Affaires étrangères"); more words
            // are a sentence repeated ("Temmuz gecesi millet iradesinden").
            let first_word_name = run.proper_votes > 0 && usize::from(run.lowercase_words) <= MAX_LOWERCASE_NAME_WORDS;
            let min = if run.cased && !first_word_name && !inseparable {
                TERM_MIN_OCCURRENCES
            } else {
                MIN_PHRASE_OCCURRENCES
            };
            if plain && !run.mixed && run.count >= min && share(dominant) >= TERM_COHESION {
                Verdict::Phrase
            } else {
                Verdict::Neither
            }
        }
    }

    /// Whether a name goes on after each possessive of run `key`: only when the possessor is mostly
    /// written inside it ("Macy's Thanksgiving Day Parade", not "Britain's Prince Harry").
    fn possessors_bound(&self, key: &[u32], run: &Run) -> bool {
        let share = |id: u32| run.count as f32 / self.vocabulary.occurrences(id).max(1) as f32;
        let possessors = key.iter().enumerate().filter(|(place, _)| run.possessives & 1 << place != 0);
        possessors.into_iter().all(|(_, &id)| run.name_votes > 0 && share(id) >= NAME_COHESION)
    }

    /// Whether run `key` may be the whole of a name found shorter (see [`whole_name`]).
    fn may_be_whole_name(&self, key: &[u32], run: &Run) -> bool {
        run.name_votes > 0 && !key.last().is_some_and(|id| self.dull.contains(id)) && self.possessors_bound(key, run)
    }

    /// Whether another name, written at least [`RIVAL_SHARE`] as often as the run (`count`), holds
    /// its word at `place` beside another word ("Louis Jordan" beside "Frank Jordan").
    fn has_rival(&self, key: &[u32], place: usize, count: u32) -> bool {
        let Some(&word) = key.get(place) else { return false };
        let (before, after) = (place.checked_sub(1).and_then(|p| key.get(p)), key.get(place + 1));
        let other =
            |mine: Option<&u32>, theirs: u32| mine.is_some_and(|&mine| mine != theirs && !self.dull.contains(&theirs));
        self.rivals.get(&word).into_iter().flatten().any(|&([a, b], written)| {
            let rival = a == word && other(after, b) || b == word && other(before, a);
            rival && written as f32 >= RIVAL_SHARE * count as f32
        })
    }
}

/// Pairs of words written as a name inside a sentence (where a capital tells), with their counts,
/// under each of their two words.
fn rivals(runs: &Runs<Run>) -> ByWord<Vec<([u32; 2], u32)>> {
    let mut rivals: ByWord<Vec<([u32; 2], u32)>> = HashMap::default();
    for (key, run) in
        runs.iter().filter(|(key, run)| run.name_votes > 0 && run.proper_votes > 0 && used(key).len() == 2)
    {
        let [a, b, ..] = *key;
        rivals.entry(a).or_default().push(([a, b], run.count));
        rivals.entry(b).or_default().push(([a, b], run.count));
    }
    rivals
}

/// Sets, for runs of character pairs, the most occurrences of a run one unit longer holding them.
fn count_extensions(runs: &mut Runs<Run>) {
    let mut longer: Vec<(Key, u32)> = Vec::new();
    for (key, run) in runs.iter().filter(|(_, run)| run.pairs) {
        let len = used(key).len();
        for part in
            [key.get(1..len), key.get(..len.saturating_sub(1))].into_iter().flatten().filter(|part| part.len() >= 2)
        {
            let mut shorter = [NONE; MAX_UNITS];
            shorter.iter_mut().zip(part).for_each(|(slot, &id)| *slot = id);
            longer.push((shorter, run.count));
        }
    }
    for (shorter, count) in longer {
        if let Some(run) = runs.get_mut(&shorter) {
            run.extended = run.extended.max(count);
        }
    }
}

/// The phrases that share no word (connectors, from `words` on, are no words): of two, the more
/// written, or the longer one holding at least [`NESTED_SHARE`] of the shorter's occurrences ("New
/// York Times" over "New York").
fn apart<'k, 'a>(mut found: Vec<(&'k [u32], &'k Run<'a>)>, words: usize) -> Vec<(&'k [u32], &'k Run<'a>)> {
    let mut kept: Vec<(&[u32], &Run)> = Vec::new();
    // Taken best first, by picking the best left each time: there are few, and a sort's code
    // would add more to the wasm than this costs.
    let better = |a: &(&[u32], &Run), b: &(&[u32], &Run)| {
        a.1.count.cmp(&b.1.count).then(a.0.len().cmp(&b.0.len())).then(b.0.cmp(a.0))
    };
    while let Some(best) = found.iter().enumerate().max_by(|(_, a), (_, b)| better(a, b)).map(|(i, _)| i) {
        let (key, run) = found.swap_remove(best);
        let Some(at) =
            kept.iter().position(|(other, _)| other.iter().any(|&id| (id as usize) < words && key.contains(&id)))
        else {
            kept.push((key, run));
            continue;
        };
        let holds = |(shorter, written): &(&[u32], &Run)| {
            key.windows(shorter.len()).any(|w| w == *shorter) && run.count as f32 >= NESTED_SHARE * written.count as f32
        };
        if kept.get(at).is_some_and(holds) {
            kept.remove(at);
            kept.push((key, run));
        }
    }
    kept
}
