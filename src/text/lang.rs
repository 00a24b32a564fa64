//! Language detection: the page's declared language when plausible, else the text's script.

/// A detected language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Language {
    /// ISO 639-1 code (`ar`, `en`, …), or `und` when unknown.
    pub code: String,
    /// True for right-to-left scripts (Arabic, Hebrew, …).
    pub rtl: bool,
}

/// Detects the language of `text`, preferring `declared` (a `lang` attribute) when plausible.
pub fn detect(text: &str, declared: Option<&str>) -> Language {
    let by_script = script_language(text);
    let code = match declared.map(primary_subtag) {
        Some(code) if !code.is_empty() && by_script.is_none_or(|s| s == code || s == "en") => code,
        _ => by_script.unwrap_or("und").to_string(),
    };
    let rtl = matches!(code.as_str(), "ar" | "fa" | "ur" | "he" | "yi" | "ps" | "sd" | "ug" | "dv" | "ckb");
    Language { code, rtl }
}

fn primary_subtag(tag: &str) -> String {
    tag.split(['-', '_']).next().unwrap_or("").trim().to_ascii_lowercase()
}

/// The language most texts in the dominant script are in.
fn script_language(text: &str) -> Option<&'static str> {
    let (mut arabic, mut hebrew, mut cjk, mut kana, mut hangul, mut cyrillic, mut latin) = (0, 0, 0, 0, 0, 0, 0);
    for c in text.chars().take(5000) {
        match c as u32 {
            0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => arabic += 1,
            0x0590..=0x05FF => hebrew += 1,
            0x3040..=0x30FF => kana += 1,
            0x4E00..=0x9FFF => cjk += 1,
            0xAC00..=0xD7AF => hangul += 1,
            0x0400..=0x04FF => cyrillic += 1,
            _ if c.is_alphabetic() => latin += 1,
            _ => {}
        }
    }
    let counts = [
        (arabic, "ar"), (hebrew, "he"), (kana * 4 + cjk / 4, "ja"), (cjk, "zh"), (hangul, "ko"),
        (cyrillic, "ru"), (latin, "en"),
    ];
    counts.iter().filter(|(n, _)| *n > 0).max_by_key(|(n, _)| *n).map(|(_, code)| *code)
}
