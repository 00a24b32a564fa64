//! Whether a keyword is fit to show a reader, told from its written form at the end, for the few
//! keywords looked at: a title without its name ("finance minister", "الرئيس الأمريكي"), a stray
//! short word of a language without a keyword stop list ("je", "uz"), an English verb
//! ("talking"); and whether two keywords are one word written two ways ("الديناصور",
//! "الديناصورات"; "Kaza", "Kazada").

use super::arabic::without_conjunction;
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
/// The endings of a Korean predicate in the plain written style news uses ("이었다", was; "했다",
/// did; "없다", there is not): a word ending so says what happened, it names nothing.
const KOREAN_PREDICATE_ENDINGS: &[&str] =
    &["었다", "았다", "였다", "했다", "한다", "된다", "됐다", "이다", "있다", "없다", "는다", "진다"];
/// The Arabic article, taken off before words are compared.
const ARTICLE: &str = "ال";
/// The feminine ending, folded ("ه" for "ة"), taken off too ("السمكة", "سمك").
const FEMININE: char = 'ه';

/// A keyword as keywords are compared: folded (lowercase, Arabic letters unified), and for a single
/// word in Arabic without the article and the feminine ending ("السمكة" as "سمك").
pub fn key(keyword: &str, lang: &str) -> String {
    let folded = fold(keyword);
    if lang != "ar" || folded.contains(' ') {
        return folded;
    }
    let noun = folded.strip_prefix(ARTICLE).filter(|rest| rest.chars().count() > 1).unwrap_or(&folded);
    noun.strip_suffix(FEMININE).filter(|rest| rest.chars().count() > 1).unwrap_or(noun).to_string()
}

/// False when `keyword` (whose [`key`] is `key`), in language `lang`, would read wrong as a keyword.
pub fn is_fit(keyword: &str, key: &str, lang: &str) -> bool {
    let single = !keyword.contains(' ');
    let lowercase = keyword.chars().next().is_some_and(char::is_lowercase);
    let stray = single && lowercase && keyword.chars().nth(MAX_STRAY_LETTERS).is_none();
    let korean_function_word = lang == "ko" && is_korean_function_word(keyword);
    !(stray || korean_function_word || is_title(key, lang))
}

/// True when Korean `keyword` is one syllable written alone ("이", this; "수", can), or a
/// predicate (see [`KOREAN_PREDICATE_ENDINGS`]): words that name nothing without what they go with.
fn is_korean_function_word(keyword: &str) -> bool {
    let one_syllable = keyword.chars().nth(1).is_none();
    let predicate = !keyword.contains(' ') && KOREAN_PREDICATE_ENDINGS.iter().any(|ending| keyword.ends_with(ending));
    one_syllable || predicate
}

/// True when `shown`, an English word lowercase, is a present participle ("talking", "refunding")
/// the article also writes in the past tense (`written` tells its forms): a verb, where a gerund
/// that names a thing ("fishing", "advertising") is seldom written so. A past tense alone
/// ("hospitalized") stays: news summaries name events by it.
pub fn is_english_verb(shown: &str, written: impl Fn(&dyn Fn(&str) -> bool) -> bool) -> bool {
    let past = |word: &str| {
        word.ends_with(PAST_TENSE) && word.chars().nth(MIN_PAST_TENSE_LETTERS - 1).is_some() && !word.ends_with("eed")
    };
    shown.chars().next().is_some_and(char::is_lowercase) && shown.ends_with(PARTICIPLE) && written(&past)
}

/// True when a keyword of key `key` is a title without a name: in Arabic the title comes first
/// ("رئيس اللجنة"), elsewhere last ("US President", "Savunma Bakanı").
fn is_title(key: &str, lang: &str) -> bool {
    let titles = titles(lang);
    let mut words = key.split(' ');
    let first = words.next().unwrap_or_default();
    if lang != "ar" {
        // The last word, split forward: a backward split would add a search of its own to the wasm.
        let last = words.fold(first, |_, word| word);
        return titles.contains(&last);
    }
    // With a conjunction or not ("ورئيس"; "وزير" is a title of its own).
    let bases = [Some(first), without_conjunction(first)];
    bases.into_iter().flatten().any(|base| titles.contains(&base.strip_prefix(ARTICLE).unwrap_or(base)))
}

/// True when single words of keys `a` and `b` (see [`key`]), in language `lang`, are one word
/// written two ways: the same, or but for an ending (see [`AGGLUTINATIVE`], [`ARABIC_PLURALS`]).
/// Elsewhere the stemmer has made one term of a word's forms, and what is left is another word
/// ("Indians" beside "India").
pub fn same_word(a: &str, b: &str, lang: &str) -> bool {
    let agglutinative = AGGLUTINATIVE.contains(&lang);
    if a == b || lang != "ar" && !agglutinative || a.contains(' ') || b.contains(' ') {
        return a == b;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let Some(ending) = long.strip_prefix(short) else { return false };
    let (short_len, long_len) = (short.chars().count(), long.chars().count());
    lang == "ar" && ARABIC_PLURALS.contains(&ending)
        || agglutinative && short_len >= MIN_SHARED_LETTERS && short_len as f32 >= MIN_SHARED_SHARE * long_len as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_without_names_are_unfit() {
        let fit = |keyword: &str, lang: &str| is_fit(keyword, &key(keyword, lang), lang);
        assert!(!fit("US President", "en") && !fit("finance minister", "en"));
        assert!(fit("President Trump", "en") && fit("Ministry", "en"));
        assert!(!fit("الرئيس الأمريكي", "ar") && !fit("رئيس اللجنة", "ar"));
        assert!(!fit("وزير الأشغال", "ar") && !fit("ورئيس الوزراء", "ar") && fit("الرئاسة", "ar"));
        assert!(!fit("Savunma Bakanı", "tr") && fit("Cumhurbaşkanı Erdoğan", "tr"));
    }

    #[test]
    fn stray_short_words_are_unfit() {
        for word in ["je", "uz", "ut"] {
            assert!(!is_fit(word, word, "cs"), "{word}");
        }
        for word in ["UN", "EU", "sel", "Ed"] {
            assert!(is_fit(word, &key(word, "tr"), "tr"), "{word}");
        }
        for word in ["이", "수", "이었다", "발표했다"] {
            assert!(!is_fit(word, word, "ko"), "{word}");
        }
        for word in ["드라마", "이유리", "바다", "캐나다", "서울 시장"] {
            assert!(is_fit(word, word, "ko"), "{word}");
        }
    }

    #[test]
    fn an_english_participle_is_a_verb_when_the_past_tense_is_written_too() {
        let written = |forms: &'static [&'static str]| move |test: &dyn Fn(&str) -> bool| forms.iter().any(|f| test(f));
        assert!(is_english_verb("talking", written(&["talking", "talked"])));
        assert!(!is_english_verb("fishing", written(&["fishing", "fish"])));
        assert!(!is_english_verb("Talking", written(&["Talking", "talked"])));
        assert!(!is_english_verb("speeding", written(&["speeding", "speed"])));
    }

    #[test]
    fn one_word_written_two_ways_is_one_keyword() {
        let same = |a: &str, b: &str, lang: &str| same_word(&key(a, lang), &key(b, lang), lang);
        assert!(same("Kaza", "kazada", "tr") && same("ekipler", "Ekip", "tr"));
        assert!(same("الديناصور", "الديناصورات", "ar") && same("سمك", "السمكة", "ar"));
        assert!(same("Obama", "obama", "en") && !same("India", "Indians", "en"));
        assert!(!same("إيطاليا", "الإيطالية", "ar") && !same("Kaza", "Kaza Raporu", "tr"));
    }
}
