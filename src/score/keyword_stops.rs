//! Keyword stop words: common words that the analyzer keeps (they matter for comparing sentences)
//! but that say nothing of what an article is about, so they never show as its keywords.
//!
//! The lists hold what news prose repeats in any story: reporting verbs ("said", "told"), everyday
//! verbs, vague nouns of time and quantity, relative pronouns the stemmer does not drop, and news
//! furniture ("CNN", "Mr"). Each word is analyzed like article text, so one form covers its stem.

/// English: reporting and everyday verbs, vague time and quantity words, titles, wire-service names.
const ENGLISH: &[&str] = &[
    "said", "says", "say", "saying", "told", "tell", "asked", "added", "according", "reported", "reports", "think",
    "thought", "know", "known", "knew", "get", "got", "getting", "go", "going", "went", "gone", "come", "came", "make",
    "made", "take", "took", "taken", "see", "seen", "saw", "look", "looked", "want", "wanted", "need", "needed", "use",
    "used", "give", "gave", "given", "find", "found", "put", "set", "keep", "kept", "let", "seem", "seemed", "become",
    "became", "show", "showed", "shown", "call", "called", "try", "tried", "work", "working", "help", "like", "well",
    "just", "also", "even", "still", "really", "now", "then", "back", "way", "thing", "things", "lot", "much", "many",
    "one", "two", "three", "first", "second", "last", "next", "new", "old", "good", "great", "big", "little", "long",
    "other", "another", "year", "years", "month", "months", "week", "weeks", "day", "days", "time", "times", "today",
    "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "people",
    "man", "woman", "per", "cent", "percent", "number", "part", "place", "mr", "mrs", "ms", "dr", "cnn", "reuters",
    "ap", "afp", "published", "updated", "posted", "reporter", "image", "photo", "video", "click", "read", "story",
    "within", "without", "actually", "whose", "never", "better", "latest", "yes", "means", "described", "named",
    "including", "despite", "although", "whether", "however", "rather", "almost", "already", "always", "often",
    "recently", "currently", "onto", "ago", "ever", "every", "anything", "everything", "something", "nothing", "since",
    "near", "nearby", "due", "former", "best", "worst", "bad", "worse", "four", "five", "six", "seven", "eight",
    "nine", "ten", "hundred", "thousand", "million", "billion", "third", "fourth", "fifth", "total", "away", "several",
    "likely", "wrote", "began", "brought", "held", "felt", "fled", "left", "sent", "spent", "stood", "won", "anyone",
    "everyone", "someone", "possible", "important", "believe", "suggest", "expected", "beginning", "appears",
    "appeared", "whole", "certain", "enough", "able", "recent", "different", "similar", "clear", "early", "later",
    "end", "among", "amongst", "amid", "amidst", "across", "along", "alongside", "around", "behind", "beside",
    "besides", "beyond", "throughout", "toward", "towards", "upon", "via", "unlike", "though", "unless", "whereas",
    "till", "instead", "indeed", "perhaps", "maybe", "surely", "sure", "simply", "especially", "truly",
];

/// Arabic: relative and demonstrative pronouns with their article, reporting verbs, vague words of
/// quantity, number words. (Function words with clitics and verbs are told apart in `keywords/arabic.rs`.)
const ARABIC: &[&str] = &[
    "التي", "الذي", "الذين", "اللذان", "اللتان", "اللواتي", "اللاتي", "هذه", "هذا", "ذلك", "تلك", "قال", "قالت", "وقال",
    "وقالت", "يقول", "تقول", "أضاف", "وأضاف", "أضافت", "وأضافت", "أكد", "وأكد", "أكدت", "أشار", "وأشار", "أشارت",
    "حيث", "خلال", "بين", "عند", "عندما", "بعد", "قبل", "كان", "كانت", "يكون", "تكون", "أيضا", "أيضاً", "ليس", "غير",
    "كل", "بعض", "أكثر", "أقل", "يوم", "اليوم", "عام", "العام", "سنة", "السنة", "أول", "الأول", "الأولى", "ثاني",
    "الثاني", "جديد", "الجديد", "كبير", "كبيرة", "يمكن", "تم", "وتم", "يتم", "حول", "ضمن", "نحو", "لدى", "كانوا",
    "فقد", "مثل", "هي", "وهي", "فهي", "هو", "وهو", "فهو", "كونه", "كونها", "بعضها", "وبعضها", "بعضهم", "يبلغ", "تبلغ",
    "يعد", "تعد", "يعتبر", "تعتبر", "يوجد", "توجد", "موجود", "موجودة", "أصبح", "أصبحت", "لكن", "ولكن", "عدد", "العديد",
    "آخر", "الآخر", "أخرى", "الأخرى", "الكثير", "كثيرة", "قليل", "قليلة", "بضعة", "بضع", "مختلفة", "مختلف", "السيد",
    "السيدة", "الدكتور", "الدكتورة", "المهندس", "المهندسة", "اثنان", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة",
    "ثمانية", "تسعة", "عشرة", "مئة", "مائة", "ألف", "ألفا", "آلاف", "مليون", "ملايين", "مليار", "مليارات",
];

/// Turkish: postpositions and auxiliaries the stemmer keeps, reporting verbs, vague time words.
const TURKISH: &[&str] = &[
    "olarak", "göre", "olan", "oldu", "olduğu", "olduğunu", "yapılan", "yaptı", "dedi", "söyledi", "belirtti",
    "açıkladı", "ifade", "etti", "eden", "ettiği", "sonra", "önce", "ise", "kadar", "yıl", "gün", "bir", "iki", "ilk",
    "yeni", "büyük",
];

/// Chinese: verbs and function words written in every story, as the character pairs the analyzer
/// makes of them ("采取更多", take more, is no keyword).
const CHINESE: &[&str] = &[
    "更多", "采取", "进行", "表示", "认为", "已经", "可以", "没有", "我们", "他们", "一个", "这个", "因为", "所以",
    "但是", "如果", "通过", "目前", "今年", "去年", "记者", "报道", "指出", "他说", "她说", "以及", "持续", "继续",
    "推动", "加强", "开展", "相关",
];

/// Korean: particles and endings written onto words, as the character pairs the analyzer makes of
/// them ("에서", at; "했다", did).
const KOREAN: &[&str] = &[
    "에서", "에게", "으로", "이다", "했다", "한다", "있다", "없다", "하는", "하고", "에는", "까지", "부터", "했습니다",
    "합니다", "있는", "것이", "것을", "그러나", "하지만", "또한", "밝혔다", "말했다", "그녀", "그는", "그가",
];

/// French: reporting and everyday verbs, vague words of time and quantity, days.
const FRENCH: &[&str] = &[
    "a", "dit", "déclaré", "affirmé", "indiqué", "expliqué", "ajouté", "selon", "également", "aussi", "encore", "déjà",
    "toujours", "jamais", "fait", "faire", "peut", "peuvent", "pourrait", "doit", "être", "été", "avoir", "plus",
    "moins", "très", "tout", "tous", "toute", "toutes", "autre", "autres", "même", "an", "ans", "année", "années",
    "jour", "jours", "mois", "semaine", "fois", "aujourd'hui", "hier", "lundi", "mardi", "mercredi", "jeudi",
    "vendredi", "samedi", "dimanche", "nouveau", "nouvelle", "premier", "première", "dernier", "dernière", "grand",
    "grande", "personnes", "partie", "cas", "lors", "depuis", "après", "avant", "ainsi", "alors", "beaucoup",
];

/// Spanish: reporting and everyday verbs, vague words of time and quantity, days.
const SPANISH: &[&str] = &[
    "dijo", "afirmó", "aseguró", "señaló", "explicó", "indicó", "añadió", "según", "también", "además", "todavía",
    "siempre", "nunca", "hace", "hacer", "tiene", "tienen", "puede", "pueden", "ser", "sido", "está", "están", "más",
    "menos", "muy", "todo", "todos", "otro", "otra", "otros", "mismo", "año", "años", "día", "días", "mes", "semana",
    "vez", "veces", "hoy", "ayer", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "nuevo",
    "nueva", "primer", "primera", "último", "última", "gran", "personas", "parte", "después", "antes", "ahora",
];

/// Portuguese: reporting and everyday verbs, vague words of time and quantity, days.
const PORTUGUESE: &[&str] = &[
    "disse", "afirmou", "declarou", "explicou", "segundo", "também", "além", "ainda", "sempre", "nunca", "faz",
    "fazer", "tem", "têm", "pode", "podem", "ser", "sido", "está", "estão", "mais", "menos", "muito", "todo", "todos",
    "outro", "outra", "outros", "mesmo", "ano", "anos", "dia", "dias", "mês", "semana", "vez", "vezes", "hoje",
    "ontem", "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo",
    "novo", "nova", "primeiro", "primeira", "último", "última", "grande", "pessoas", "parte", "depois", "antes",
    "agora", "queremos", "vamos",
];

/// Italian: reporting and everyday verbs, vague words of time and quantity, days.
const ITALIAN: &[&str] = &[
    "detto", "dichiarato", "spiegato", "aggiunto", "secondo", "anche", "ancora", "sempre", "mai", "fa", "fare", "ha",
    "hanno", "può", "possono", "essere", "stato", "stata", "più", "meno", "molto", "tutto", "tutti", "altro", "altra",
    "altri", "stesso", "anno", "anni", "giorno", "giorni", "mese", "settimana", "volta", "volte", "oggi", "ieri",
    "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "nuovo", "nuova", "primo", "prima",
    "ultimo", "ultima", "grande", "persone", "parte", "dopo", "poi", "ora",
];

/// German: reporting and everyday verbs, adverbs the stop list lacks, vague words of time and quantity,
/// days.
const GERMAN: &[&str] = &[
    "sagte", "sagt", "sagten", "erklärte", "betonte", "teilte", "laut", "gibt", "gab", "geben", "mehr", "dabei",
    "bereits", "immer", "noch", "schon", "wieder", "heute", "gestern", "jetzt", "damit", "dafür", "kann", "können",
    "soll", "sollen", "muss", "müssen", "will", "wollen", "wurde", "wurden", "worden", "sei", "seien", "neue", "neuen",
    "neu", "erste", "ersten", "letzte", "letzten", "große", "großen", "viele", "vielen", "jahr", "jahre", "jahren",
    "tag", "tage", "tagen", "woche", "monat", "prozent", "zeit", "mal", "montag", "dienstag", "mittwoch", "donnerstag",
    "freitag", "samstag", "sonntag", "menschen", "möglichkeit", "aktuell",
];

/// Russian: reporting and everyday verbs, pronouns and adverbs the stop list lacks, vague words of
/// time and quantity.
const RUSSIAN: &[&str] = &[
    "сказал", "сказала", "заявил", "заявила", "отметил", "отметила", "сообщил", "сообщила", "также", "которые",
    "который", "которая", "которое", "которых", "какие", "какой", "может", "можно", "нужно", "будет", "будут", "стал",
    "стала", "выглядит", "много", "многих", "многие", "очень", "всего", "всех", "год", "года", "году", "лет", "день",
    "дня", "время", "раз", "сегодня", "вчера", "новый", "новая", "новые", "первый", "первая", "последний", "человек",
    "люди", "стоит", "минут", "например",
];

/// Persian: reporting verbs and the auxiliaries written with them, which the stop list lacks.
const PERSIAN: &[&str] = &[
    "گفت", "افزود", "اظهار", "داشت", "کرد", "کرده", "کردند", "شد", "شده", "شدند", "بیان", "ادامه", "اشاره", "عنوان",
    "تصریح", "خاطرنشان", "گزارش",
];

/// Hebrew: reporting verbs (said, added, ruled, claimed, noted, announced), words of time and the
/// months written with "in" (ב), which the stop list lacks.
const HEBREW: &[&str] = &[
    "אמר", "אמרה", "אמרו", "הוסיף", "הוסיפה", "לדבריו", "לדבריה", "קבע", "קבעה", "קבעו", "טען", "טענה", "טענו", "ציין",
    "ציינה", "הודיע", "הודיעה", "הודיעו", "היום", "אתמול", "מחר", "השבוע", "השנה", "שנה", "שנים", "יום", "ימים",
    "חודש", "שבוע", "בינואר", "בפברואר", "במרץ", "באפריל", "במאי", "ביוני", "ביולי", "באוגוסט", "בספטמבר", "באוקטובר",
    "בנובמבר", "בדצמבר",
];

/// Thai: words of time and quantity and the commonest function words, as the analyzer cuts them.
const THAI: &[&str] = &[
    "ปี", "วัน", "เดือน", "สัปดาห์", "เวลา", "คน", "ได้", "ว่า", "และ", "ที่", "ของ", "ใน", "จะ", "มี", "เป็น", "การ", "ให้", "ไม่",
    "แล้ว", "กล่าว", "นาย", "นาง",
];

/// Latvian (no stop list of its own): function words, adverbs and words of time.
const LATVIAN: &[&str] = &[
    "un", "ir", "bija", "būs", "nav", "arī", "vēl", "jau", "tikai", "ļoti", "kas", "kā", "ko", "par", "no", "uz", "ar",
    "bet", "vai", "lai", "pēc", "pie", "gads", "gadā", "gada", "gadu", "šogad", "pērn", "šodien", "vakar", "rīt",
    "teica", "sacīja",
];

/// Burmese: the particles "and, with" and "according to", written as words of their own.
const BURMESE: &[&str] = &["နဲ့", "နှင့်", "အရ"];

/// Titles written before a name ("Mr Moore", "Frau Merkel"), compared without case: a keyword
/// phrase never starts with one, so the name shows as the article otherwise writes it.
const HONORIFICS: &[(&str, &[&str])] = &[
    ("en", &["mr", "mrs", "ms", "dr", "prof", "rev", "sen", "rep", "gov"]),
    ("fr", &["mme", "mlle", "dr"]),
    ("de", &["herr", "frau", "dr"]),
    ("es", &["sr", "sra", "don", "doña", "dr"]),
    ("it", &["sig", "dott"]),
    ("pt", &["sr", "sra", "dr"]),
    ("ar", &["السيد", "السيدة", "الدكتور", "الدكتورة", "المهندس", "المهندسة"]),
];

/// Small words written between the capitalized words of one name ("Bank of England", "Banque de
/// France", "Frankfurt am Main"); any other word without a term ends a phrase ("Obama and Clinton").
const NAME_CONNECTORS: &[(&str, &[&str])] = &[
    ("en", &["of"]),
    ("fr", &["de", "du", "des", "la", "le"]),
    ("de", &["von", "der", "des", "für", "am"]),
    ("es", &["de", "del", "la", "los"]),
    ("it", &["di", "del", "della", "dei"]),
    ("pt", &["de", "do", "da", "dos", "das"]),
    ("nl", &["van", "de", "der"]),
];

/// Characters of grammar in scripts written without spaces, which no name holds: a keyword phrase of
/// character pairs never goes through them (Japanese needs none here: its grammar is in hiragana).
/// Chinese in both its simplified and traditional forms ("与" and "與", "这" and "這", "着" and "著").
const PARTICLES: &[(&str, &[char])] =
    &[("zh", &['的', '了', '是', '在', '和', '与', '與', '也', '都', '被', '把', '这', '這', '那', '着', '著'])];

/// The particles of language `code`, empty for a language without a list.
pub fn particles(code: &str) -> &'static [char] {
    for_language(PARTICLES, code)
}

/// Titles of people, lowercase: a keyword that is a title without the name it goes with ("US
/// President", "Savunma Bakanı", "رئيس اللجنة") is none; in Arabic without the article, as the
/// title opens the keyword, elsewhere as it ends it.
const TITLES: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "president", "minister", "secretary", "chancellor", "senator", "governor", "mayor", "spokesman",
            "spokeswoman", "spokesperson", "chairman", "chairwoman", "ambassador",
        ],
    ),
    ("fr", &["président", "présidente", "ministre", "porte-parole", "maire", "député", "ambassadeur", "secrétaire"]),
    ("es", &["presidente", "presidenta", "ministro", "ministra", "portavoz", "alcalde", "alcaldesa", "embajador"]),
    ("pt", &["presidente", "ministro", "ministra", "porta-voz", "prefeito", "governador", "embaixador", "secretário"]),
    ("it", &["presidente", "ministro", "ministra", "portavoce", "sindaco", "ambasciatore", "segretario"]),
    (
        "de",
        &[
            "präsident", "präsidentin", "minister", "ministerin", "kanzler", "kanzlerin", "sprecher", "sprecherin",
            "bürgermeister",
        ],
    ),
    ("ru", &["президент", "министр", "премьер", "глава", "мэр", "губернатор", "посол", "представитель"]),
    ("ar", &["رئيس", "وزير", "نائب", "امين", "سفير", "محافظ", "متحدث", "ناطق"]),
    ("tr", &["başkanı", "bakanı", "cumhurbaşkanı", "başbakanı", "valisi", "sözcüsü", "büyükelçisi"]),
];

/// The titles of language `code`, empty for a language without a list.
pub fn titles(code: &str) -> &'static [&'static str] {
    for_language(TITLES, code)
}

/// The honorifics of language `code`, empty for a language without a list.
pub fn honorifics(code: &str) -> &'static [&'static str] {
    for_language(HONORIFICS, code)
}

/// The name connectors of language `code`, empty for a language without a list.
pub fn name_connectors(code: &str) -> &'static [&'static str] {
    for_language(NAME_CONNECTORS, code)
}

/// The list of language `code` among `lists`, empty for a language without one.
fn for_language<T>(lists: &'static [(&str, &'static [T])], code: &str) -> &'static [T] {
    lists.iter().find(|(lang, _)| *lang == code).map_or(&[], |(_, list)| list)
}

/// The keyword stop words of language `code` (ISO 639-1), empty for a language without a list.
pub fn keyword_stop_words(code: &str) -> &'static [&'static str] {
    match code {
        "en" => ENGLISH,
        "ar" => ARABIC,
        "fr" => FRENCH,
        "es" => SPANISH,
        "pt" => PORTUGUESE,
        "it" => ITALIAN,
        "de" => GERMAN,
        "ru" => RUSSIAN,
        "fa" => PERSIAN,
        "tr" => TURKISH,
        "zh" => CHINESE,
        "ko" => KOREAN,
        "he" => HEBREW,
        "th" => THAI,
        "lv" => LATVIAN,
        "my" => BURMESE,
        _ => &[],
    }
}
