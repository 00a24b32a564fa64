//! Language detection: the language an article is written in, from its script, its stop words and
//! the language the page declares.
//!
//! The page's `lang` attribute wins when the text is written in that language's script, unless the
//! text's stop words clearly say otherwise (a CMS default of `en` on a Spanish page); a declaration in
//! another script than the text's is implausible and ignored. Without one, the script decides (Arabic,
//! Cyrillic, Han…), then distinctive letters and stop words among the languages of that script; short
//! texts fall back to the script's most common language.

use super::normalize::fold_into;
use super::stopwords::{language_bit, languages_of, stop_words};
use super::words::tokens;

/// Characters looked at: about 170 words, a few dozen of them stop words, enough to tell a language.
/// Every text of the shared sets (the summaries' articles, the extraction corpus's pages) gets the
/// language that 4,000 gave, and the summary of an Arabic article in wasm takes 0.95 of the time.
const SAMPLE_CHARS: usize = 1_000;
/// Stop-word hits a language needs before it can overrule the declared one.
const MIN_OVERRULING_HITS: usize = 5;
/// Stop-word hits a language needs to be guessed over its script's default when nothing is declared.
const MIN_GUESSING_HITS: usize = 2;
/// Letters frequent in one Latin-script language and rare elsewhere (Turkish dotless ı, Polish ł,
/// Romanian ă…): a text where they make up a share of [`DISTINCTIVE_SHARE`] is in that language,
/// whatever its stop words share with others ("de", "o", "a").
const DISTINCTIVE_LETTERS: &[(&str, &str)] = &[
    ("tr", "ığİ"),
    ("pl", "łąężś"),
    ("cs", "ěřů"),
    ("ro", "ăîșț"),
    ("hu", "őű"),
    ("vi", "ơưđạảấầẩậắằẳặẹẻẽếềểệỉịọỏốồổộớờởợụủứừửựỳỵỷỹ"),
];
/// One letter in this many (and at least [`MIN_DISTINCTIVE_LETTERS`]) makes a language's letters telling.
const DISTINCTIVE_SHARE: usize = 100;
const MIN_DISTINCTIVE_LETTERS: usize = 3;
/// How many times more stop-word hits than the declared language another one needs to overrule it.
const OVERRULE_RATIO: usize = 3;

/// Right-to-left languages (ISO 639 codes).
const RTL_LANGUAGES: &[&str] = &["ar", "fa", "ur", "he", "iw", "yi", "ps", "sd", "ug", "dv", "ckb", "syr", "ku"];

/// Languages with a stop-word list, by script, told apart by their stop words.
const LATIN_VOTERS: &[&str] =
    &["en", "fr", "es", "de", "it", "pt", "nl", "da", "no", "sv", "fi", "hu", "ro", "tr", "cs", "sk", "pl", "ca", "id"];
const ARABIC_VOTERS: &[&str] = &["ar", "fa"];

/// A detected language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Language {
    /// ISO 639-1 code (`ar`, `en`, …), or `und` when unknown.
    pub code: String,
    /// True for right-to-left scripts (Arabic, Hebrew, …).
    pub rtl: bool,
}

impl Language {
    fn new(code: &str) -> Language {
        Language { code: code.to_string(), rtl: RTL_LANGUAGES.contains(&code) }
    }
}

/// The writing systems the detector tells apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Arabic,
    Hebrew,
    Cyrillic,
    Greek,
    Armenian,
    Georgian,
    Devanagari,
    Bengali,
    Gurmukhi,
    Gujarati,
    Tamil,
    Telugu,
    Kannada,
    Malayalam,
    Thai,
    Ethiopic,
    Han,
    Kana,
    Hangul,
}

impl Script {
    fn of(c: char) -> Option<Script> {
        use Script::*;
        Some(match c as u32 {
            0x0041..=0x005A | 0x0061..=0x007A | 0x00C0..=0x024F | 0x1E00..=0x1EFF => Latin,
            0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => Arabic,
            0x0590..=0x05FF => Hebrew,
            0x0400..=0x052F => Cyrillic,
            0x0370..=0x03FF | 0x1F00..=0x1FFF => Greek,
            0x0530..=0x058F => Armenian,
            0x10A0..=0x10FF => Georgian,
            0x0900..=0x097F => Devanagari,
            0x0980..=0x09FF => Bengali,
            0x0A00..=0x0A7F => Gurmukhi,
            0x0A80..=0x0AFF => Gujarati,
            0x0B80..=0x0BFF => Tamil,
            0x0C00..=0x0C7F => Telugu,
            0x0C80..=0x0CFF => Kannada,
            0x0D00..=0x0D7F => Malayalam,
            0x0E00..=0x0E7F => Thai,
            0x1200..=0x139F => Ethiopic,
            0x3040..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F => Kana,
            0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F => Han,
            0xAC00..=0xD7AF | 0x1100..=0x11FF | 0x3130..=0x318F => Hangul,
            _ => return None,
        })
    }

    /// The language most texts in this script are written in.
    fn default_language(self) -> &'static str {
        use Script::*;
        match self {
            Latin => "en",
            Arabic => "ar",
            Hebrew => "he",
            Cyrillic => "ru",
            Greek => "el",
            Armenian => "hy",
            Georgian => "ka",
            Devanagari => "hi",
            Bengali => "bn",
            Gurmukhi => "pa",
            Gujarati => "gu",
            Tamil => "ta",
            Telugu => "te",
            Kannada => "kn",
            Malayalam => "ml",
            Thai => "th",
            Ethiopic => "am",
            Han => "zh",
            Kana => "ja",
            Hangul => "ko",
        }
    }

    /// The script language `code` is written in (Latin for the many codes not listed).
    fn of_language(code: &str) -> Script {
        use Script::*;
        match code {
            "ar" | "fa" | "ur" | "ps" | "sd" | "ug" | "ckb" | "ku" => Arabic,
            "he" | "iw" | "yi" => Hebrew,
            "ru" | "uk" | "bg" | "be" | "sr" | "mk" | "kk" | "ky" | "tg" | "mn" | "tt" | "ba" => Cyrillic,
            "el" => Greek,
            "hy" => Armenian,
            "ka" => Georgian,
            "hi" | "mr" | "ne" | "sa" => Devanagari,
            "bn" | "as" => Bengali,
            "pa" => Gurmukhi,
            "gu" => Gujarati,
            "ta" => Tamil,
            "te" => Telugu,
            "kn" => Kannada,
            "ml" => Malayalam,
            "th" => Thai,
            "am" | "ti" => Ethiopic,
            "zh" => Han,
            "ja" => Kana,
            "ko" => Hangul,
            _ => Latin,
        }
    }
}

/// Detects the language of `text`, preferring `declared` (a `lang` attribute) when plausible.
pub fn detect(text: &str, declared: Option<&str>) -> Language {
    let declared =
        declared.map(primary_subtag).filter(|code| code.len() >= 2 && code.chars().all(|c| c.is_ascii_alphabetic()));
    let sample = Sample::of(text);
    let Some(script) = sample.script() else {
        return Language::new(declared.as_deref().unwrap_or("und"));
    };
    if let Some(code) = declared.as_deref() {
        let same_script = Script::of_language(code) == script || (script == Script::Han && code == "ja");
        if same_script {
            return Language::new(&sample.overruled(code, script).unwrap_or_else(|| code.to_string()));
        }
    }
    Language::new(&sample.guess(script))
}

/// The voter with the most `hits` (the first among equals), if it has `at_least`.
fn best_voter(voters: &[&'static str], hits: &[usize], at_least: usize) -> Option<(&'static str, usize)> {
    let (index, &best) = hits.iter().enumerate().max_by_key(|&(i, n)| (*n, std::cmp::Reverse(i)))?;
    (best >= at_least).then(|| voters.get(index).map(|code| (*code, best))).flatten()
}

/// The opening of a text: how many letters it has in each script.
struct Sample<'a> {
    text: &'a str,
    counts: Vec<(Script, usize)>,
    letters: usize,
}

impl<'a> Sample<'a> {
    fn of(text: &'a str) -> Sample<'a> {
        // The first SAMPLE_CHARS characters, counted as they are read: one pass, not one to find
        // where they end and another to count.
        let mut end = text.len();
        let mut counts: Vec<(Script, usize)> = Vec::new();
        for (read, (at, c)) in text.char_indices().enumerate() {
            if read == SAMPLE_CHARS {
                end = at;
                break;
            }
            // ASCII, most of most samples, told as `Script::of` tells it but before the search of its ranges.
            let script = match c {
                'a'..='z' | 'A'..='Z' => Script::Latin,
                _ if c.is_ascii() => continue,
                _ => match Script::of(c) {
                    Some(script) => script,
                    None => continue,
                },
            };
            match counts.iter_mut().find(|(s, _)| *s == script) {
                Some((_, n)) => *n += 1,
                None => counts.push((script, 1)),
            }
        }
        let text = text.get(..end).unwrap_or("");
        let letters = counts.iter().map(|(_, n)| n).sum();
        Sample { text, counts, letters }
    }

    /// The dominant script; Japanese mixes kana with Han, so any real share of kana means Japanese.
    fn script(&self) -> Option<Script> {
        let count = |script| self.counts.iter().find(|(s, _)| *s == script).map_or(0, |(_, n)| *n);
        let (mut script, n) = self.counts.iter().copied().max_by_key(|&(_, n)| n)?;
        if script == Script::Han && count(Script::Kana) * 10 >= n {
            script = Script::Kana;
        }
        Some(script)
    }

    /// The language of a text in `script` with nothing declared.
    fn guess(&self, script: Script) -> String {
        match script {
            Script::Arabic => self.arabic_script_language().to_string(),
            Script::Cyrillic => self.cyrillic_language().to_string(),
            Script::Latin => match (self.distinctive(), self.vote(LATIN_VOTERS, MIN_GUESSING_HITS)) {
                (Some(code), _) | (None, Some((code, _))) => code.to_string(),
                (None, None) => "en".to_string(),
            },
            other => other.default_language().to_string(),
        }
    }

    /// Another language of the declared script that the stop words clearly prefer to `declared`.
    fn overruled(&self, declared: &str, script: Script) -> Option<String> {
        let voters = match script {
            Script::Latin => LATIN_VOTERS,
            Script::Arabic => ARABIC_VOTERS,
            _ => return None,
        };
        // Without a stop-word list for the declared language its evidence cannot be weighed, and a
        // text in it (Swahili, Indonesian…) shares enough short words with some listed language to lose.
        if self.distinctive() == Some(declared) || stop_words(declared).is_none() {
            return None;
        }
        let mut bits: Vec<u32> = voters.iter().map(|code| language_bit(code)).collect();
        bits.push(language_bit(declared));
        let mut hits = self.stop_word_hits(&bits);
        let declared_hits = hits.pop().unwrap_or(0);
        let (winner, hits) = best_voter(voters, &hits, MIN_OVERRULING_HITS)?;
        (winner != declared && hits >= OVERRULE_RATIO * declared_hits.max(1)).then(|| winner.to_string())
    }

    /// The language among `voters` with the most stop words in the sample, if it has `at_least`.
    fn vote(&self, voters: &[&'static str], at_least: usize) -> Option<(&'static str, usize)> {
        let bits: Vec<u32> = voters.iter().map(|code| language_bit(code)).collect();
        best_voter(voters, &self.stop_word_hits(&bits), at_least)
    }

    /// How many words of the sample are stop words of each language of `bits` (its
    /// [`language_bit`]); one lookup per word tells every list at once.
    fn stop_word_hits(&self, bits: &[u32]) -> Vec<usize> {
        let mut hits = vec![0usize; bits.len()];
        let mut word = String::new();
        for token in tokens(self.text) {
            // A letter before a full stop is an initial or an abbreviation ("J. Smith", "Palm Bay d.
            // Rockledge"), no function word of any language.
            let single_letter = token.text.chars().nth(1).is_none();
            if single_letter
                && self.text.get(token.start + token.text.len()..).is_some_and(|after| after.starts_with('.'))
            {
                continue;
            }
            word.clear();
            fold_into(token.text, &mut word);
            let languages = languages_of(&word);
            if languages != 0 {
                for (count, bit) in hits.iter_mut().zip(bits) {
                    *count += usize::from(languages & bit != 0);
                }
            }
        }
        hits
    }

    /// The language whose distinctive letters are frequent in the sample, if any.
    fn distinctive(&self) -> Option<&'static str> {
        // One pass over the sample; the letters are all Latin outside ASCII (a test checks it), so
        // ASCII and other scripts are skipped unlooked.
        let mut counts = [0usize; DISTINCTIVE_LETTERS.len()];
        for c in self.text.chars().filter(|&c| !c.is_ascii() && Script::of(c) == Some(Script::Latin)) {
            for (count, (_, letters)) in counts.iter_mut().zip(DISTINCTIVE_LETTERS) {
                *count += usize::from(letters.contains(c));
            }
        }
        DISTINCTIVE_LETTERS
            .iter()
            .zip(counts)
            .map(|(&(code, _), n)| (code, n))
            .filter(|&(_, n)| n >= MIN_DISTINCTIVE_LETTERS && n * DISTINCTIVE_SHARE >= self.letters)
            .max_by_key(|&(_, n)| n)
            .map(|(code, _)| code)
    }

    /// Urdu and Persian write letters Arabic does not; among the rest, stop words decide.
    fn arabic_script_language(&self) -> &'static str {
        let count = |letters: &str| self.text.chars().filter(|c| letters.contains(*c)).count();
        let urdu = count("ٹڈڑںےۓھ");
        let persian = count("پچژگ");
        if urdu * 50 >= self.letters && urdu > 0 {
            "ur"
        } else if persian * 100 >= self.letters && persian > 0 {
            "fa"
        } else {
            self.vote(ARABIC_VOTERS, MIN_GUESSING_HITS).map_or("ar", |(code, _)| code)
        }
    }

    /// Ukrainian, Kazakh, Serbian and Bulgarian by the letters only they use; Russian otherwise.
    fn cyrillic_language(&self) -> &'static str {
        let has = |letters: &str| self.text.chars().any(|c| letters.contains(c));
        if has("әғқңөұүһ") {
            "kk"
        } else if has("їєґ") {
            "uk"
        } else if has("ђјљњћџ") {
            "sr"
        } else if !has("ыэё") && has("ъ") {
            "bg"
        } else {
            "ru"
        }
    }
}

/// The language of a BCP 47 tag, lowercase: "pt-BR" → "pt", "zh_Hant" → "zh".
pub fn primary_subtag(tag: &str) -> String {
    tag.split(['-', '_']).next().unwrap_or("").trim().to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::{detect, Script, DISTINCTIVE_LETTERS};

    #[test]
    fn distinctive_letters_are_latin_outside_ascii() {
        // `Sample::distinctive` looks at no other letters.
        for (_, letters) in DISTINCTIVE_LETTERS {
            assert!(letters.chars().all(|c| !c.is_ascii() && Script::of(c) == Some(Script::Latin)), "{letters}");
        }
    }

    fn code(text: &str, declared: Option<&str>) -> String {
        detect(text, declared).code
    }

    #[test]
    fn scripts_and_stop_words_name_the_language() {
        assert_eq!(code("The president said on Tuesday that the government would not change its plans.", None), "en");
        assert_eq!(code("Le président a déclaré mardi que le gouvernement ne changerait pas ses plans.", None), "fr");
        assert_eq!(
            code("El presidente dijo el martes que el gobierno no cambiaría sus planes para el país.", None),
            "es"
        );
        assert_eq!(
            code("Der Präsident sagte am Dienstag, dass die Regierung ihre Pläne nicht ändern werde.", None),
            "de"
        );
        assert_eq!(code("Cumhurbaşkanı salı günü hükümetin planlarını değiştirmeyeceğini ve bu konuda bir şey olmadığını söyledi.", None), "tr");
        assert_eq!(code("قال الرئيس يوم الثلاثاء إن الحكومة لن تغير خططها", None), "ar");
        assert_eq!(
            code("رئیس جمهور روز سه‌شنبه گفت که دولت برنامه‌های خود را تغییر نمی‌دهد و این کار را نمی‌کند", None),
            "fa"
        );
        assert_eq!(code("صدر نے منگل کو کہا کہ حکومت اپنے منصوبے نہیں بدلے گی", None), "ur");
        assert_eq!(code("Президент заявил во вторник, что правительство не изменит свои планы.", None), "ru");
        // Languages with a stop-word list but no stemmer, undeclared.
        assert_eq!(code("Prezident v úterý řekl, že vláda své plány nezmění a že na tom nic není.", None), "cs");
        assert_eq!(
            code("Prezydent powiedział we wtorek, że rząd nie zmieni swoich planów i że nic się nie stało.", None),
            "pl"
        );
        assert_eq!(
            code("Presiden mengatakan pada hari Selasa bahwa pemerintah tidak akan mengubah rencananya dan semua itu sudah jelas.", None),
            "id"
        );
        assert_eq!(code("总统周二表示，政府不会改变计划。", None), "zh");
        assert_eq!(code("大統領は火曜日、政府は計画を変更しないと述べた。", None), "ja");
        assert_eq!(code("대통령은 화요일 정부가 계획을 바꾸지 않을 것이라고 말했다.", None), "ko");
    }

    #[test]
    fn a_plausible_declaration_wins_and_a_wrong_one_loses() {
        assert_eq!(code("Ciao", Some("it-IT")), "it");
        assert_eq!(code("", Some("pt-BR")), "pt");
        assert_eq!(code("مرحبا", Some("en")), "ar");
        assert_eq!(code("Bu yıl ekonomi büyüdü ve işsizlik düştü.", None), "tr");
        assert_eq!(code("قال الرئيس يوم الثلاثاء إن الحكومة لن تغير خططها في هذا العام", Some("en")), "ar");
        let spanish = "El presidente dijo el martes que el gobierno no cambiaría sus planes y que los ministros de la región lo sabían.";
        assert_eq!(code(spanish, Some("en")), "es");
        // Swahili has no stop-word list here: its declaration cannot be weighed, so it stands.
        let swahili =
            "Serikali ya Kenya imetangaza mpango mpya wa kujenga barabara katika kaunti kumi na mbili mwaka huu. \
            Waziri wa uchukuzi alisema kwamba kazi hiyo itaanza mwezi ujao na itachukua miaka miwili. \
            Wakazi wa vijijini wamefurahia habari hiyo kwa sababu barabara nyingi huharibika wakati wa mvua. \
            Hata hivyo, baadhi ya wabunge walihoji jinsi fedha za mradi huo zitakavyopatikana. \
            Ripoti kamili ya bajeti inatarajiwa kuwasilishwa bungeni wiki ijayo.";
        assert_eq!(code(swahili, Some("sw")), "sw");
        // Initials and abbreviations of one letter ("d." for defeated) are no Romanian "d".
        let results = "Palm Bay d. Rockledge 70-44. Heritage d. Titusville 53-9. Melbourne d. Space Coast 69-54. \
                       Viera d. Cocoa 61-40. Eau Gallie d. Bayside 58-41. Tolivert 25 points, J. Davis 17 points.";
        assert_eq!(code(results, Some("en")), "en");
        assert!(detect("مرحبا بالعالم", None).rtl);
        assert!(!detect("Hello world", None).rtl);
    }
}
