//! Whether a keyword is fit to show a reader, told from its written form at the end, for the few
//! keywords looked at: a title without its name ("finance minister", "الرئيس الأمريكي"), a stray
//! short word of a language without a keyword stop list ("je", "uz"), an English verb
//! ("talking"); and whether two keywords are one word written two ways ("الديناصور",
//! "الديناصورات"; "Kaza", "Kazada").

use crate::score::keyword_stops::titles;
use crate::text::normalize::fold;

/// The longest lowercase word taken for a function word in any language written with capitals:
/// "je", "to", "uz", "ut" (words of two letters that name things are written in capitals: "UN").
const MAX_STRAY_LETTERS: usize = 2;
/// Languages that write case endings onto names ("Kazada", "Kazayı" beside "Kaza"), which their
/// stemmer leaves apart: there two single words are one when one opens the other, at least this
/// many letters long...
const AGGLUTINATIVE: &[&str] = &["tr", "fi", "hu", "et"];
const MIN_SHARED_LETTERS: usize = 4;
/// ... and at least this share of the longer ("kazada" after "Kaza"; not "art" and "artist").
const MIN_SHARED_SHARE: f32 = 0.5;
/// In Arabic, two words are one when they differ by a plural or dual ending ("الديناصورات" after
/// "الديناصور"), the article and the feminine ending apart; not by a nisba ("الإيطالية", Italian,
/// is not "إيطاليا").
const ARABIC_PLURALS: &[&str] = &["ات", "ون", "ين", "ان"];
/// The endings of an English present participle and past tense; a past tense is longer than
/// [`MIN_PAST_TENSE_LETTERS`] ("bed") and does not end with "eed" ("speed").
const PARTICIPLE: &str = "ing";
const PAST_TENSE: &str = "ed";
const MIN_PAST_TENSE_LETTERS: usize = 5;
/// The Arabic article, taken off before words are compared.
const ARTICLE: &str = "ال";
/// The feminine ending, folded ("ه" for "ة"), taken off too ("السمكة", "سمك").
const FEMININE: char = 'ه';

/// False when `keyword`, in language `lang`, would read wrong as a keyword.
pub fn is_fit(keyword: &str, lang: &str) -> bool {
    let first = keyword.split(' ').next().unwrap_or_default();
    let last = keyword.rsplit(' ').next().unwrap_or_default();
    let single = !keyword.contains(' ');
    let lowercase = first.chars().next().is_some_and(char::is_lowercase);
    let stray = single && lowercase && first.chars().nth(MAX_STRAY_LETTERS).is_none();
    !stray && !is_title(first, last, lang)
}

/// True when `shown`, an English word written in `forms` (lowercase), is a present participle
/// ("talking", "refunding") the article also writes in the past tense ("talked"): a verb, where a
/// gerund that names a thing ("fishing", "advertising") is seldom written so. A past tense alone
/// ("hospitalized") stays: news summaries name events by it.
pub fn is_english_verb<'f>(shown: &str, mut forms: impl Iterator<Item = &'f str>) -> bool {
    let past = |word: &str| {
        word.ends_with(PAST_TENSE) && word.chars().nth(MIN_PAST_TENSE_LETTERS - 1).is_some() && !word.ends_with("eed")
    };
    shown.chars().next().is_some_and(char::is_lowercase) && shown.ends_with(PARTICIPLE) && forms.any(past)
}

/// True when a keyword opening with `first` and ending with `last` is a title without a name: in
/// Arabic the title comes first ("رئيس اللجنة"), elsewhere last ("US President", "Savunma Bakanı").
fn is_title(first: &str, last: &str, lang: &str) -> bool {
    let titles = titles(lang);
    if titles.is_empty() {
        return false;
    }
    if lang == "ar" {
        // With a conjunction or not ("ورئيس"; "وزير" is a title of its own).
        let folded = fold(first);
        let bases = [Some(folded.as_str()), folded.strip_prefix(['و', 'ف'])];
        return bases.into_iter().flatten().any(|base| titles.contains(&base.strip_prefix(ARTICLE).unwrap_or(base)));
    }
    // Lowercasing keeps the length of these words: compared without it first, as most differ.
    titles.iter().any(|title| title.len() == last.len() && title.chars().eq(last.chars().flat_map(char::to_lowercase)))
}

/// True when single words `a` and `b` of language `lang` are one word written two ways: the same
/// once lowercase (and in Arabic without the article and the feminine ending), or but for an
/// ending (see [`AGGLUTINATIVE`], [`ARABIC_PLURALS`]). Elsewhere the stemmer has made one term of
/// a word's forms, and what is left is another word ("Indians" beside "India").
pub fn same_word(a: &str, b: &str, lang: &str) -> bool {
    if a.contains(' ') || b.contains(' ') {
        return false;
    }
    let agglutinative = AGGLUTINATIVE.contains(&lang);
    if lang != "ar" && !agglutinative {
        // Asked of every pair of keywords: compared without allocating, lengths first.
        return a.len() == b.len() && a.chars().flat_map(char::to_lowercase).eq(b.chars().flat_map(char::to_lowercase));
    }
    let (a, b) = (bare(a), bare(b));
    let (short, long) = if a.chars().count() <= b.chars().count() { (&a, &b) } else { (&b, &a) };
    let (short_len, long_len) = (short.chars().count(), long.chars().count());
    let Some(ending) = long.strip_prefix(short.as_str()) else { return false };
    ending.is_empty()
        || lang == "ar" && ARABIC_PLURALS.contains(&ending)
        || agglutinative && short_len >= MIN_SHARED_LETTERS && short_len as f32 >= MIN_SHARED_SHARE * long_len as f32
}

/// `word` folded (lowercase), without the Arabic article and feminine ending.
fn bare(word: &str) -> String {
    let folded = fold(word);
    let noun = folded.strip_prefix(ARTICLE).filter(|rest| rest.chars().count() > 1).unwrap_or(&folded);
    noun.strip_suffix(FEMININE).filter(|rest| rest.chars().count() > 1).unwrap_or(noun).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_without_names_are_unfit() {
        assert!(!is_fit("US President", "en") && !is_fit("finance minister", "en"));
        assert!(is_fit("President Trump", "en") && is_fit("Ministry", "en"));
        assert!(!is_fit("الرئيس الأمريكي", "ar") && !is_fit("رئيس اللجنة", "ar"));
        assert!(!is_fit("وزير الأشغال", "ar") && !is_fit("ورئيس الوزراء", "ar") && is_fit("الرئاسة", "ar"));
        assert!(!is_fit("Savunma Bakanı", "tr") && is_fit("Cumhurbaşkanı Erdoğan", "tr"));
    }

    #[test]
    fn stray_short_words_are_unfit() {
        for word in ["je", "uz", "ut"] {
            assert!(!is_fit(word, "cs"), "{word}");
        }
        for word in ["UN", "EU", "sel", "Ed"] {
            assert!(is_fit(word, "tr"), "{word}");
        }
    }

    #[test]
    fn an_english_participle_is_a_verb_when_the_past_tense_is_written_too() {
        assert!(is_english_verb("talking", ["talking", "talked"].into_iter()));
        assert!(!is_english_verb("fishing", ["fishing", "fish"].into_iter()));
        assert!(!is_english_verb("Talking", ["Talking", "talked"].into_iter()));
        assert!(!is_english_verb("speeding", ["speeding", "speed"].into_iter()));
    }

    #[test]
    fn one_word_written_two_ways_is_one_keyword() {
        assert!(same_word("Kaza", "kazada", "tr") && same_word("ekipler", "Ekip", "tr"));
        assert!(same_word("الديناصور", "الديناصورات", "ar") && same_word("سمك", "السمكة", "ar"));
        assert!(same_word("Obama", "obama", "en") && !same_word("India", "Indians", "en"));
        assert!(!same_word("إيطاليا", "الإيطالية", "ar") && !same_word("Kaza", "Kaza Raporu", "tr"));
    }
}
