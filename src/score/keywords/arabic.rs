//! Arabic words that are never keywords although the analyzer keeps a term for them: function words
//! written with a clitic ("وكيف", "منه", "لبعضها", "إليها") and verbs in the imperfect ("يستطيع",
//! "تحدث"). A keyword names a thing, and Arabic names things with nouns. A keyword also shows
//! without the conjunction or preposition written onto it ("بالأرض" as "الأرض").
//!
//! Words are compared folded (see [`fold`]): without hamza on alif, with "ي" for "ى" and "ه" for "ة",
//! which is how the lists below are written.

use crate::text::normalize::fold;
use crate::text::stopwords::stop_words;
use std::borrow::Cow;

/// Function words the text layer's stop list lacks (folded), in byte order for a binary search:
/// prepositions, pronouns, demonstratives, interrogatives, particles and quantifiers, which take
/// clitics, and expressions written as one word whose noun alone may be a keyword ("بالنسبة",
/// while "النسبة", the ratio, may be one).
const FUNCTION_WORDS: &[&str] = &[
    "احد", "احدي", "اذ", "اذا", "اغلب", "الا", "التي", "الذي", "الذين", "اللاتي", "اللتان", "اللذان", "اللواتي", "الي",
    "ام", "اما", "امام", "ان", "انا", "انت", "انتم", "انما", "انه", "او", "اولئك", "اي", "اياه", "اياها", "اياهم",
    "ايضا", "اين", "بالاضافه", "بالتالي", "بالذات", "بالطبع", "بالفعل", "بالنسبه", "بعد", "بعض", "بل", "بين", "بينما",
    "تحت", "تقريبا", "تلك", "ثم", "جدا", "جميع", "حتي", "حول", "حيث", "حين", "خلال", "خلف", "دون", "ذات", "ذاك", "ذلك",
    "ربما", "سائر", "سوف", "سوي", "ضد", "طالما", "عبر", "عده", "علي", "عن", "عند", "عندما", "غير", "فقط", "فوق", "في",
    "فيما", "قبل", "قد", "كل", "كلا", "كلتا", "كم", "كي", "كيف", "لا", "لدي", "لذا", "لكن", "لم", "لن", "لو", "لولا",
    "ليس", "ليست", "ما", "ماذا", "متي", "مثل", "مثلا", "مع", "معظم", "مما", "من", "منذ", "نحن", "نحو", "نفس", "هاتان",
    "هذا", "هذان", "هذه", "هل", "هم", "هما", "هن", "هنا", "هناك", "هو", "هولاء", "هي", "وراء",
];

/// Conjunctions written onto the next word ("و", "ف"), taken off first...
const CONJUNCTIONS: &[char] = &['و', 'ف'];
/// ... then a preposition written onto it ("ب", "ل", "ك").
const PREPOSITIONS: &[char] = &['ب', 'ل', 'ك'];
/// Pronouns written after a word ("منه", "عليها", "بينهم"), folded ("ة" of "ها" never occurs).
/// "ي" and "ك" are left out: too many nouns end with them ("مني" is also the name Mona).
const PRONOUNS: &[&str] = &["هما", "ها", "هم", "هن", "كما", "كم", "نا", "ه"];

/// The letter of the imperfect's third person masculine ("يستطيع", "يحدث"): a word opening with
/// it is a verb, but for the few names that do.
const IMPERFECT: char = 'ي';
/// Of the other imperfect persons, a word is a verb when the article also writes it with
/// [`IMPERFECT`] ("تحدث" beside "يحدث"): many nouns open with "ت" ("تقرير", "تونس").
const OTHER_PERSONS: &[char] = &['ت', 'ن'];
/// Endings no imperfect verb has: of feminine plural nouns ("ينات", yens), and a long "ا" of names
/// ("يسرا", "يارا") that a verb writes only after "و" ("يفعلوا").
const NOUN_ONLY_ENDINGS: &[&str] = &["ات", "ا"];
const PLURAL_VERB_ENDING: &str = "وا";
/// The shortest imperfect verb, in letters ("يقع"); shorter words opening with "ي" are other words.
const MIN_VERB_LETTERS: usize = 3;
/// Names and nouns opening with [`IMPERFECT`], folded: not verbs, alone or with a suffix of
/// [`NOUN_ENDINGS`] ("يومية", "اليابانيون" without its article).
const NOUNS_OPENING_LIKE_VERBS: &[&str] = &[
    "يوسف", "يونس", "يحيي", "ياسمين", "يعقوب", "ياسر", "ياسين", "يزيد", "يوليو", "يونيو", "يناير", "يونيه", "يوليه",
    "يمن", "يابان", "يونان", "يورو", "يوم",
];
/// Endings of nouns and adjectives (folded): pronoun, nisba, dual and plural.
const NOUN_ENDINGS: &[&str] = &["", "ه", "ي", "يه", "يا", "ا", "ان", "ين", "يون", "يين"];

/// True when `folded` (a word folded) is a function word, with or without its clitics.
pub fn is_function_word(folded: &str) -> bool {
    let stops = stop_words("ar");
    let is_function = |w: &str| {
        !w.is_empty() && (FUNCTION_WORDS.binary_search(&w).is_ok() || stops.is_some_and(|set| set.contains(w)))
    };
    // Each pronoun ends with one of these letters: most words need no pronoun taken off.
    let may_hold_pronoun = |w: &str| w.ends_with(['ه', 'ا', 'م', 'ن']);
    let without_conjunction = strip_letter(folded, CONJUNCTIONS);
    let without_preposition = without_conjunction.and_then(|base| strip_letter(base, PREPOSITIONS));
    let bases = [Some(folded), without_conjunction, strip_letter(folded, PREPOSITIONS), without_preposition];
    bases.into_iter().flatten().any(|base| {
        is_function(base)
            || may_hold_pronoun(base)
                && PRONOUNS.iter().any(|pronoun| base.strip_suffix(pronoun).is_some_and(is_function))
    })
}

/// False when `word` (as written) cannot be what [`is_imperfect_verb`] finds once folded: a
/// look at its first letter, where folding would cost more.
pub fn may_be_imperfect_verb(word: &str) -> bool {
    word.starts_with(IMPERFECT)
}

/// True when `word` (folded) is a verb in the imperfect of the third person masculine, the person
/// news writes most; other persons need the article (see [`OTHER_PERSONS`]). A word with a
/// conjunction is not looked into: "فيروز" is a name.
pub fn is_imperfect_verb(word: &str) -> bool {
    word.starts_with(IMPERFECT)
        && (word.ends_with(PLURAL_VERB_ENDING) || !NOUN_ONLY_ENDINGS.iter().any(|ending| word.ends_with(ending)))
        && word.chars().count() >= MIN_VERB_LETTERS
        && !NOUNS_OPENING_LIKE_VERBS
            .iter()
            .any(|noun| word.strip_prefix(noun).is_some_and(|rest| NOUN_ENDINGS.contains(&rest)))
}

/// The ending of the perfect's third person feminine ("ضربت", "نشرت", "حصلت"), the person news
/// writes most after the masculine, which is the bare root and cannot be told from a noun...
const PERFECT_FEMININE: char = 'ت';
/// ... but for nouns and names ending so: feminine plurals ("ات") and "بيروت", "زيت", "كبريت".
const NOT_PERFECT_ENDINGS: &[&str] = &["ات", "وت", "يت"];
/// Endings of nouns as written (not folded): none, feminine, nisba, their plurals.
const WRITTEN_NOUN_ENDINGS: &[&str] = &["", "ة", "ي", "ية", "يون", "يين", "ات"];
/// The shortest perfect feminine in letters ("ضربت"): shorter words ending so are nouns ("وقت").
const MIN_PERFECT_LETTERS: usize = 4;

/// True when `word` (as written, a conjunction before it or not) is a verb in the perfect of the
/// third person feminine: it ends with [`PERFECT_FEMININE`], and the article (`written` tells its
/// words) never writes it as a noun, with the article and a noun ending or none ("الزرادشتية"
/// makes "زرادشت" a name).
pub fn is_perfect_verb(word: &str, written: impl Fn(&str) -> bool) -> bool {
    // As written: folding would make "بدأت" end like a plural.
    let stem = without_conjunction(word).filter(|rest| rest.chars().count() >= MIN_PERFECT_LETTERS);
    let stem = stem.unwrap_or(word);
    let shaped = !stem.starts_with(ARTICLE)
        && stem.ends_with(PERFECT_FEMININE)
        && !NOT_PERFECT_ENDINGS.iter().any(|ending| stem.ends_with(ending))
        && stem.chars().count() >= MIN_PERFECT_LETTERS;
    shaped && !WRITTEN_NOUN_ENDINGS.iter().any(|ending| written(&format!("{ARTICLE}{stem}{ending}")))
}

/// `keyword` with "ال" in place of the "لل" it opens with ("للأطفال", for the children, shows as
/// "الأطفال"), when a noun of at least [`MIN_NOUN_AFTER_ARTICLE`] letters follows.
pub fn with_article(keyword: &str) -> Cow<'_, str> {
    match keyword.strip_prefix(PREPOSITION_WITH_ARTICLE) {
        Some(rest) if rest.split(' ').next().is_some_and(|noun| noun.chars().count() >= MIN_NOUN_AFTER_ARTICLE) => {
            format!("{ARTICLE}{rest}").into()
        }
        _ => keyword.into(),
    }
}

/// "ل" before the article, which loses its alif: "لل".
const PREPOSITION_WITH_ARTICLE: &str = "لل";

/// True when `word` (as written) is one of the article's `verbs` (folded), alone or with a
/// conjunction ("ويدخل"), or an imperfect of them in another person ("تحدث" where the article also
/// writes "يحدث"): told with the article, as "فيروز" is a name.
pub fn is_known_verb(word: &str, verbs: &[String]) -> bool {
    let folded = fold(word);
    let bare = strip_letter(&folded, CONJUNCTIONS).unwrap_or(&folded);
    let mut chars = bare.chars();
    let other_person = chars.next().is_some_and(|first| OTHER_PERSONS.contains(&first));
    let rest = chars.as_str();
    verbs
        .iter()
        .any(|verb| verb == bare || *verb == folded || other_person && verb.strip_prefix(IMPERFECT) == Some(rest))
}

/// The form in which a keyword shows a word the article writes in `forms` (each with its count):
/// without a clitic conjunction or preposition ("بالأرض" shows as "الأرض"). A form that is another
/// written form with a clitic counts for that one; a form written only with a clitic before the
/// article shows without the clitic, which is still the article's text.
pub fn shown<'a>(forms: &[(&'a str, u32)]) -> Option<&'a str> {
    // "للأطفال" is "ل" before "الأطفال", whose alif it drops.
    let clitic_of = |form: &str, base: &str| {
        form.strip_suffix(base).is_some_and(|clitics| CLITIC_CHAINS.contains(&clitics))
            || form.strip_prefix(PREPOSITION_WITH_ARTICLE).zip(base.strip_prefix(ARTICLE)).is_some_and(|(a, b)| a == b)
    };
    let mut best: Option<(&str, u32)> = None;
    for &(form, count) in forms {
        if forms.iter().any(|&(base, _)| clitic_of(form, base)) {
            continue;
        }
        let with_clitics: u32 = forms.iter().filter(|&&(other, _)| clitic_of(other, form)).map(|&(_, n)| n).sum();
        if best.is_none_or(|(_, n)| count + with_clitics > n) {
            best = Some((form, count + with_clitics));
        }
    }
    let form = best?.0;
    let mut chars = form.chars();
    let clitic = chars.next().is_some_and(|first| CONJUNCTIONS.contains(&first) || PREPOSITIONS.contains(&first));
    let rest = chars.as_str();
    let noun = rest.strip_prefix(ARTICLE).is_some_and(|noun| noun.chars().count() >= MIN_NOUN_AFTER_ARTICLE);
    Some(if clitic && noun { rest } else { form })
}

/// Clitics written before a word, alone or in a chain (conjunction, then preposition), longest first.
const CLITIC_CHAINS: &[&str] = &["وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك"];

/// Particles that only a verb follows ("لم يعد", "قد تحدث", "سوف"), alone or with a conjunction,
/// and relative pronouns and conjunctions of time that a verb follows in news ("التي تعمل",
/// "عندما ضربت"); written without hamza, so that the text's own spelling is compared.
const VERB_PARTICLES: &[&str] = &[
    "لم", "لن", "قد", "سوف", "ولم", "ولن", "وقد", "فقد", "لقد", "فلم", "فلن", "وسوف", "التي", "الذي", "الذين", "عندما",
    "وعندما", "بعدما", "حينما",
];

/// True when `word` (as written) is a particle that only a verb follows.
pub fn precedes_verbs(word: &str) -> bool {
    VERB_PARTICLES.contains(&word)
}

/// `keyword` without the clitics before its first word when the article also writes that word
/// without them (`written`): "لكوكب" shows as "كوكب", a term of its own for the analyzer.
pub fn without_clitics(keyword: &str, written: impl Fn(&str) -> bool) -> &str {
    for chain in CLITIC_CHAINS {
        let Some(rest) = keyword.strip_prefix(chain) else { continue };
        let first = rest.split(' ').next().unwrap_or_default();
        if first.chars().count() >= MIN_WORD_LETTERS && written(first) {
            return rest;
        }
    }
    keyword
}

/// `word` without a possessive pronoun written after it when the article also writes it without
/// (`written`): "أعماله" (his works) shows as "أعمال", "حياته" as "حياة".
pub fn without_pronoun(word: &str, written: impl Fn(&str) -> bool) -> Cow<'_, str> {
    for pronoun in WRITTEN_PRONOUNS {
        let Some(base) = word.strip_suffix(pronoun).filter(|base| base.chars().count() >= MIN_NOUN_LETTERS) else {
            continue;
        };
        if written(base) {
            return base.into();
        }
        // A feminine noun writes its "ة" as "ت" before a pronoun.
        if let Some(feminine) = base.strip_suffix(FEMININE_BEFORE_PRONOUN).map(|stem| format!("{stem}ة")) {
            if written(&feminine) {
                return feminine.into();
            }
        }
    }
    word.into()
}

/// Possessive pronouns written after a noun, as written, longest first.
const WRITTEN_PRONOUNS: &[&str] = &["هما", "ها", "هم", "هن", "ه"];
/// The feminine ending "ة" is written so before a pronoun.
const FEMININE_BEFORE_PRONOUN: char = 'ت';
/// The shortest noun left once a pronoun is taken off.
const MIN_NOUN_LETTERS: usize = 3;

/// The shortest word left once clitics are taken off.
const MIN_WORD_LETTERS: usize = 2;
/// The article.
const ARTICLE: &str = "ال";
/// The shortest noun after the article for a clitic before it to be taken off: "والد" (a father)
/// is no "و" before "الد", while "والدين" stays ambiguous and is rare.
const MIN_NOUN_AFTER_ARTICLE: usize = 3;

/// `word` without the conjunction written onto it ("و", "ف"), if it has one and two letters or more
/// remain.
pub fn without_conjunction(word: &str) -> Option<&str> {
    strip_letter(word, CONJUNCTIONS)
}

/// `word` without its first letter when that is one of `letters` and a word of two letters or more
/// remains.
fn strip_letter<'w>(word: &'w str, letters: &[char]) -> Option<&'w str> {
    let mut chars = word.chars();
    let first = chars.next()?;
    let rest = chars.as_str();
    (letters.contains(&first) && rest.chars().count() >= 2).then_some(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn function_words_are_in_byte_order() {
        assert!(FUNCTION_WORDS.windows(2).all(|pair| pair[0] < pair[1]));
    }

    #[test]
    fn function_words_with_clitics_are_function_words() {
        for word in ["وكيف", "وذلك", "منه", "لبعضها", "بالنسبة", "إليها", "عليهم", "فيها", "وهذه"]
        {
            assert!(is_function_word(&fold(word)), "{word}");
        }
        for word in ["الموسيقى", "بيتهوفن", "وزارة", "القاهرة", "العربية", "فيروز", "كلية", "منظمة"]
        {
            assert!(!is_function_word(&fold(word)), "{word}");
        }
    }

    #[test]
    fn a_keyword_shows_without_clitics() {
        assert_eq!(shown(&[("بالأرض", 3)]), Some("الأرض"));
        assert_eq!(shown(&[("لحياة", 2), ("حياة", 1)]), Some("حياة"));
        assert_eq!(shown(&[("للطرق", 2)]), Some("للطرق"));
        assert_eq!(shown(&[("والد", 2)]), Some("والد"));
        assert_eq!(shown(&[("وزارة", 2)]), Some("وزارة"));
    }

    #[test]
    fn clitics_and_pronouns_go_when_the_article_writes_the_word_without_them() {
        let written = |word: &str| ["كوكب", "كيفية", "أعمال", "حياة"].contains(&word);
        assert_eq!(without_clitics("لكوكب", written), "كوكب");
        assert_eq!(without_clitics("وكيفية", written), "كيفية");
        assert_eq!(without_clitics("وزارة", written), "وزارة");
        assert_eq!(without_pronoun("أعماله", written), "أعمال");
        assert_eq!(without_pronoun("حياته", written), "حياة");
        assert_eq!(without_pronoun("مياه", written), "مياه");
    }

    #[test]
    fn perfect_feminine_verbs_are_told_from_nouns() {
        let written = |word: &str| ["الزرادشتية", "الضربات"].contains(&word);
        for word in ["ضربت", "نشرت", "ورحلت", "تناولت", "حصلت", "بدأت"] {
            assert!(is_perfect_verb(word, written), "{word}");
        }
        for word in ["بيروت", "وقت", "الكويت", "تطبيقات", "بيت", "كبريت", "زرادشت"] {
            assert!(!is_perfect_verb(word, written), "{word}");
        }
    }

    #[test]
    fn a_keyword_after_lil_shows_with_the_article() {
        assert_eq!(with_article("للأطفال"), "الأطفال");
        assert_eq!(with_article("للانتخابات الرئاسية"), "الانتخابات الرئاسية");
        assert_eq!(with_article("لله"), "لله");
        assert_eq!(shown(&[("للأطفال", 2), ("الأطفال", 1)]), Some("الأطفال"));
    }

    #[test]
    fn verbs_are_known_by_the_article() {
        let verbs = ["يحدث".to_string(), "تبدو".to_string()];
        for word in ["تحدث", "ويحدث", "تبدو", "نحدث"] {
            assert!(is_known_verb(word, &verbs), "{word}");
        }
        for word in ["تونس", "فيروز", "تقرير"] {
            assert!(!is_known_verb(word, &verbs), "{word}");
        }
        assert!(precedes_verbs("لم") && precedes_verbs("وقد") && !precedes_verbs("أن"));
    }

    #[test]
    fn imperfect_verbs_are_told_from_names() {
        for word in ["يستطيع", "يحدث", "يعيش", "يعطيه", "ينبغي", "يفعلوا"] {
            assert!(is_imperfect_verb(&fold(word)), "{word}");
        }
        for word in ["يوسف", "يناير", "اليمن", "تونس", "الحديد", "يوم", "فيروز", "ينات", "يسرا"]
        {
            assert!(!is_imperfect_verb(&fold(word)), "{word}");
        }
    }
}
