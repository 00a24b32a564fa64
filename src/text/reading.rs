//! How fast the article's language is read, for the reading times the panel shows.
//!
//! Adults read English non-fiction silently at about 238 words a minute (Brysbaert 2019, "How many
//! words do we read per minute?", 190 studies), and other languages at the rate that conveys the
//! same text in the same time. The IReST study (Trauzettel-Klosinski and Dietz 2012, Investigative
//! Ophthalmology & Visual Science 53(9)) timed one set of texts, matched in content, in 17
//! languages; a language's silent rate here is English's scaled by its IReST rate over English's.
//! Arabic packs its articles and pronouns into its words, so fewer of them say as much: 144 a
//! minute, where a rate of 238 would promise its readers 40% less time than they need.

/// English's silent reading rate, words a minute (Brysbaert 2019).
const ENGLISH_SILENT: f32 = 238.0;

/// English's IReST rate, words a minute read aloud.
const IREST_ENGLISH: f32 = 228.0;

/// IReST rates read aloud, per language: words a minute, but characters a minute for Chinese and
/// Japanese, which [`super::word_count`] counts by their characters.
const IREST: &[(&str, f32)] = &[
    ("ar", 138.0),
    ("de", 179.0),
    ("en", IREST_ENGLISH),
    ("es", 218.0),
    ("fi", 161.0),
    ("fr", 195.0),
    ("he", 187.0),
    ("it", 188.0),
    ("ja", 357.0),
    ("nl", 202.0),
    ("pl", 166.0),
    ("pt", 181.0),
    ("ru", 184.0),
    ("sl", 180.0),
    ("sv", 199.0),
    ("tr", 166.0),
    ("zh", 255.0),
];

/// The silent reading rate of language `lang` (a BCP 47 tag such as `ar` or `pt-BR`), in words as
/// [`super::word_count`] counts them a minute; English's for a language the study did not time.
pub fn words_per_minute(lang: &str) -> u32 {
    let primary = super::lang::primary_subtag(lang);
    let aloud = IREST.iter().find(|(code, _)| *code == primary).map_or(IREST_ENGLISH, |&(_, rate)| rate);
    (ENGLISH_SILENT * aloud / IREST_ENGLISH).round() as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_reads_at_its_own_rate() {
        assert_eq!(words_per_minute("en"), 238);
        assert_eq!(words_per_minute("ar"), 144, "Arabic says more in each word");
        assert_eq!(words_per_minute("zh"), 266, "Chinese characters a minute");
        assert_eq!(words_per_minute("pt-BR"), 189, "the language, whatever its region");
        assert_eq!(words_per_minute("xx"), 238, "a language the study did not time reads as English");
    }
}
