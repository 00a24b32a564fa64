//! Keyword stop words: common words that the analyzer keeps (they matter for comparing sentences)
//! but that say nothing of what an article is about, so they never show as its keywords.
//!
//! The lists hold what news prose repeats in any story: reporting verbs ("said", "told"), everyday
//! verbs, vague nouns of time and quantity, relative pronouns the stemmer does not drop, and news
//! furniture ("CNN", "Mr"). Each word is analyzed like article text, so one form covers its stem.

/// English: reporting and everyday verbs, vague time and quantity words, titles, wire-service names.
const ENGLISH: &[&str] = &[
    "said", "says", "say", "saying", "told", "tell", "asked", "added", "according", "reported", "reports",
    "think", "thought", "know", "known", "knew", "get", "got", "getting", "go", "going", "went", "gone",
    "come", "came", "make", "made", "take", "took", "taken", "see", "seen", "saw", "look", "looked", "want",
    "wanted", "need", "needed", "use", "used", "give", "gave", "given", "find", "found", "put", "set",
    "keep", "kept", "let", "seem", "seemed", "become", "became", "show", "showed", "shown", "call", "called",
    "try", "tried", "work", "working", "help", "like", "well", "just", "also", "even", "still", "really",
    "now", "then", "back", "way", "thing", "things", "lot", "much", "many", "one", "two", "three", "first",
    "second", "last", "next", "new", "old", "good", "great", "big", "little", "long", "other", "another",
    "year", "years", "month", "months", "week", "weeks", "day", "days", "time", "times", "today",
    "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "people", "man", "woman", "per", "cent", "percent", "number", "part", "place", "mr", "mrs", "ms", "dr",
    "cnn", "reuters", "ap", "afp", "published", "updated", "posted", "reporter", "image", "photo", "video",
    "click", "read", "story",
];

/// Arabic: relative and demonstrative pronouns with their article, reporting verbs, vague words.
const ARABIC: &[&str] = &[
    "التي", "الذي", "الذين", "اللذان", "اللتان", "اللواتي", "اللاتي", "هذه", "هذا", "ذلك", "تلك", "قال",
    "قالت", "وقال", "وقالت", "يقول", "تقول", "أضاف", "وأضاف", "أضافت", "وأضافت", "أكد", "وأكد", "أكدت",
    "أشار", "وأشار", "أشارت", "حيث", "خلال", "بين", "عند", "عندما", "بعد", "قبل", "كان", "كانت", "يكون",
    "تكون", "أيضا", "أيضاً", "ليس", "غير", "كل", "بعض", "أكثر", "أقل", "يوم", "اليوم", "عام", "العام",
    "سنة", "السنة", "أول", "الأول", "الأولى", "ثاني", "الثاني", "جديد", "الجديد", "كبير", "كبيرة",
    "يمكن", "تم", "وتم", "يتم", "حول", "ضمن", "نحو", "لدى",
];

/// Turkish: postpositions and auxiliaries the stemmer keeps, reporting verbs, vague time words.
const TURKISH: &[&str] = &[
    "olarak", "göre", "olan", "oldu", "olduğu", "olduğunu", "yapılan", "yaptı", "dedi", "söyledi",
    "belirtti", "açıkladı", "ifade", "etti", "eden", "ettiği", "sonra", "önce", "ise", "kadar", "yıl",
    "gün", "bir", "iki", "ilk", "yeni", "büyük",
];

/// The keyword stop words of language `code` (ISO 639-1), empty for a language without a list.
pub fn keyword_stop_words(code: &str) -> &'static [&'static str] {
    match code {
        "en" => ENGLISH,
        "ar" => ARABIC,
        "tr" => TURKISH,
        _ => &[],
    }
}
