//! The rules of one language for ending sentences: which marks end them, and which words before a
//! full stop are abbreviations (data files in `src/text/data/abbreviations/`, read once per language).

use std::collections::HashSet;
use std::sync::OnceLock;

/// Abbreviation lists, one per language (see the README beside them).
const ABBREVIATIONS: &[(&str, &str)] = &[
    ("en", include_str!("../data/abbreviations/en.txt")),
    ("ar", include_str!("../data/abbreviations/ar.txt")),
    ("bg", include_str!("../data/abbreviations/bg.txt")),
    ("cs", include_str!("../data/abbreviations/cs.txt")),
    ("da", include_str!("../data/abbreviations/da.txt")),
    ("de", include_str!("../data/abbreviations/de.txt")),
    ("el", include_str!("../data/abbreviations/el.txt")),
    ("es", include_str!("../data/abbreviations/es.txt")),
    ("fi", include_str!("../data/abbreviations/fi.txt")),
    ("fr", include_str!("../data/abbreviations/fr.txt")),
    ("hi", include_str!("../data/abbreviations/hi.txt")),
    ("hu", include_str!("../data/abbreviations/hu.txt")),
    ("it", include_str!("../data/abbreviations/it.txt")),
    ("kk", include_str!("../data/abbreviations/kk.txt")),
    ("ml", include_str!("../data/abbreviations/ml.txt")),
    ("nl", include_str!("../data/abbreviations/nl.txt")),
    ("no", include_str!("../data/abbreviations/no.txt")),
    ("pl", include_str!("../data/abbreviations/pl.txt")),
    ("pt", include_str!("../data/abbreviations/pt.txt")),
    ("ro", include_str!("../data/abbreviations/ro.txt")),
    ("ru", include_str!("../data/abbreviations/ru.txt")),
    ("sk", include_str!("../data/abbreviations/sk.txt")),
    ("sv", include_str!("../data/abbreviations/sv.txt")),
    ("tr", include_str!("../data/abbreviations/tr.txt")),
    ("uk", include_str!("../data/abbreviations/uk.txt")),
];

/// Languages that write ordinal numbers with a full stop ("am 3. Oktober", "XII. Pluku").
const ORDINAL_DOT_LANGUAGES: &[&str] =
    &["de", "da", "no", "nb", "nn", "fi", "et", "lv", "cs", "sk", "sl", "hr", "sr", "bs", "hu", "is", "tr", "pl"];

/// Languages whose rules differ from the defaults beyond their abbreviations.
const ARMENIAN: &str = "hy";
const GREEK: &str = "el";

/// How one language ends its sentences.
#[derive(Debug, Default)]
pub struct Rules {
    /// The language's code, for its sentence openers (stop words).
    pub code: &'static str,
    never: HashSet<&'static str>,
    may: HashSet<&'static str>,
    time: HashSet<&'static str>,
    ends: HashSet<&'static str>,
    numbering: HashSet<&'static str>,
    names: HashSet<&'static str>,
    fronting: HashSet<&'static str>,
    /// Armenian ends sentences with `։` (often typed `:`) and uses `.` inside them.
    pub period_ends: bool,
    pub colon_ends: bool,
    /// Greek asks with `;`.
    pub semicolon_asks: bool,
    pub ordinal_dots: bool,
}

/// What a word before a full stop is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Abbreviation {
    /// A title or "e.g.": never ends a sentence.
    Never,
    /// May end a sentence.
    May,
    /// Written after a number: "5 p.m.".
    Time,
    /// Ends what it follows: a unit after a number ("5 lb."), a degree after a name ("Ph.D.").
    Ends,
    /// Stands before a number ("No. 5", "Fig. 3", "Vol. II"); before anything else it is a word that
    /// ends its sentence ("She said no. Officials").
    Numbering,
    /// A day's or a month's name shortened ("Sat.", "Mar."): an abbreviation that may end a sentence
    /// when capitalized, a word in lower case ("She sat. Tourists").
    Name,
}

impl Rules {
    /// The abbreviation `word` (lowercase, inner dots kept) is, if any.
    pub fn abbreviation(&self, word: &str) -> Option<Abbreviation> {
        if self.never.contains(word) {
            Some(Abbreviation::Never)
        } else if self.time.contains(word) {
            Some(Abbreviation::Time)
        } else if self.ends.contains(word) {
            Some(Abbreviation::Ends)
        } else if self.numbering.contains(word) {
            Some(Abbreviation::Numbering)
        } else if self.names.contains(word) {
            Some(Abbreviation::Name)
        } else if self.may.contains(word) {
            Some(Abbreviation::May)
        } else {
            None
        }
    }

    /// True when `word` (lowercase) opens a fronted time phrase ("At 5 a.m. …").
    pub fn is_fronting(&self, word: &str) -> bool {
        self.fronting.contains(word)
    }

    fn build(code: &'static str) -> Rules {
        let mut rules = Rules {
            code,
            period_ends: code != ARMENIAN,
            colon_ends: code == ARMENIAN,
            semicolon_asks: code == GREEK,
            ordinal_dots: ORDINAL_DOT_LANGUAGES.contains(&code),
            ..Rules::default()
        };
        for (lang, data) in ABBREVIATIONS {
            if *lang == "en" || *lang == code {
                rules.read(data);
            }
        }
        rules
    }

    fn read(&mut self, data: &'static str) {
        let mut section: Option<&mut HashSet<&'static str>> = None;
        for line in data.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            section = match line {
                "[never]" => Some(&mut self.never),
                "[may]" => Some(&mut self.may),
                "[time]" => Some(&mut self.time),
                "[ends]" => Some(&mut self.ends),
                "[numbering]" => Some(&mut self.numbering),
                "[names]" => Some(&mut self.names),
                "[fronting]" => Some(&mut self.fronting),
                word => {
                    if let Some(set) = section.as_mut() {
                        set.insert(word);
                    }
                    section
                }
            };
        }
    }
}

/// The rules for language `lang` (an ISO 639-1 code; unknown languages get the English abbreviations).
pub fn rules_for(lang: &str) -> &'static Rules {
    static KNOWN: [OnceLock<Rules>; ABBREVIATIONS.len()] = [const { OnceLock::new() }; ABBREVIATIONS.len()];
    static ARMENIAN_RULES: OnceLock<Rules> = OnceLock::new();
    static OTHER: OnceLock<Rules> = OnceLock::new();
    static ORDINAL: OnceLock<Rules> = OnceLock::new();
    if let Some((index, (code, _))) = ABBREVIATIONS.iter().enumerate().find(|(_, (code, _))| *code == lang) {
        if let Some(cell) = KNOWN.get(index) {
            return cell.get_or_init(|| Rules::build(code));
        }
    }
    match lang {
        ARMENIAN => ARMENIAN_RULES.get_or_init(|| Rules::build(ARMENIAN)),
        _ if ORDINAL_DOT_LANGUAGES.contains(&lang) => {
            ORDINAL.get_or_init(|| Rules { ordinal_dots: true, ..Rules::build("und") })
        }
        _ => OTHER.get_or_init(|| Rules::build("und")),
    }
}
