//! The text layer never fails on input: random strings (a fixed number, from a fixed seed, so a failure
//! reproduces), a 10 MB text, control characters, lone surrogates decoded lossily from JavaScript,
//! emoji only, numbers only. Sentence ranges must be valid, on character boundaries, trimmed,
//! non-empty, in order and non-overlapping; words, terms and detection must simply answer.
#![cfg(not(target_arch = "wasm32"))] // native only: reads files and runs the scorers

use sift::text::{detect, sentences, word_count, Analyzer};

/// Random texts tried per run.
const CASES: usize = 3_000;
/// The longest random text, in characters.
const MAX_CHARS: usize = 200;
/// Languages whose rules differ (Armenian colons, Greek semicolons, ordinal dots, no rules at all).
const LANGUAGES: &[&str] = &["en", "ar", "de", "hy", "el", "ja", "zh", "fa", "und", ""];

/// Characters that stress the segmenter: final marks of many scripts, quotation marks and brackets
/// of every family, spaces and line breaks, digits, letters of several scripts and cases, marks,
/// controls, bidi and zero-width characters, emoji, the replacement character.
const ALPHABET: &[char] = &[
    'a', 'Z', 'i', 'I', 'é', 'ß', 'Д', 'д', 'ا', 'ل', 'ة', 'ـ', 'ً', '中', 'の', '한', 'क', 'ि', 'ա', 'Ω', '0', '7',
    '٣', '.', '.', '.', '!', '?', '…', '؟', '،', '؛', '。', '！', '？', '．', '।', '։', ':', ';', ',', '-', '—', '/',
    '@', '\'', '"', '`', '’', '‘', '“', '”', '„', '«', '»', '(', ')', '[', ']', '{', '}', '「', '」', '（', '）', '•',
    ' ', ' ', ' ', '\u{A0}', '\u{3000}', '\n', '\r', '\t', '\u{2028}', '\u{0}', '\u{7}', '\u{1B}', '\u{85}',
    '\u{200B}', '\u{200E}', '\u{202B}', '\u{FEFF}', '\u{301}', '😀', '👍', '\u{200D}', '🇸', '\u{FFFD}',
];

/// A small deterministic generator (xorshift64*), so every run tries the same cases.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn text(&mut self) -> String {
        let len = self.below(MAX_CHARS + 1);
        (0..len).map(|_| ALPHABET[self.below(ALPHABET.len())]).collect()
    }
}

/// Checks every promise `sentences` makes about its ranges, for `text` in `lang`; returns how many.
fn check_sentences(text: &str, lang: &str) -> usize {
    let ranges = sentences(text, lang);
    let mut previous_end = 0;
    for range in &ranges {
        assert!(range.start < range.end, "empty range {range:?} in {text:?} ({lang})");
        assert!(range.start >= previous_end, "overlapping or unordered {ranges:?} in {text:?} ({lang})");
        assert!(range.end <= text.len(), "range {range:?} beyond {} bytes in {text:?}", text.len());
        assert!(
            text.is_char_boundary(range.start) && text.is_char_boundary(range.end),
            "range {range:?} splits a character in {text:?}"
        );
        let sentence = &text[range.clone()];
        assert_eq!(sentence.trim(), sentence, "untrimmed sentence {sentence:?} in {text:?} ({lang})");
        previous_end = range.end;
    }
    // Nothing a reader can see is lost between the sentences.
    let covered: usize = ranges.iter().map(|r| text[r.clone()].chars().filter(|c| !c.is_whitespace()).count()).sum();
    let visible = text.chars().filter(|c| !c.is_whitespace() && !is_invisible(*c)).count();
    assert!(covered >= visible, "sentences of {text:?} ({lang}) drop visible characters: {ranges:?}");
    ranges.len()
}

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}')
}

fn check_everything(text: &str) {
    for lang in LANGUAGES {
        check_sentences(text, lang);
        let terms = Analyzer::new(lang).terms(text);
        assert!(terms.iter().all(|t| !t.is_empty()), "empty term from {text:?} ({lang})");
    }
    word_count(text);
    let language = detect(text, None);
    assert!(!language.code.is_empty());
    detect(text, Some("xx-invalid-tag"));
}

#[test]
fn random_texts_give_valid_sentences_terms_and_languages() {
    let mut random = Random(0x5EED_1234_ABCD_0001);
    for _ in 0..CASES {
        check_everything(&random.text());
    }
}

#[test]
fn odd_whole_texts_give_valid_results() {
    let lone_surrogates = String::from_utf16_lossy(&[0xD800, 0x0041, 0x002E, 0x0020, 0xDC00, 0x0042, 0xDBFF]);
    let texts = [
        String::new(),
        " \n\t\r\n ".to_string(),
        lone_surrogates,
        "😀😀 👍🏽👍🏽. 🇸🇦🇸🇦! 👨‍👩‍👧".to_string(),
        "123 456.789 0.5 1. 2. 3) 4.) ٣٥٫٧ 2.5 ... 10,000.".to_string(),
        "\u{0}\u{1}\u{7}\u{8}\u{1B}[31m.\u{7F}\u{85}!\u{9F}".to_string(),
        "....... !!!!!! ??? … ؟؟ 。。。".to_string(),
        "(((((( «««« „„„ [[[[ ".repeat(50),
        "))))) »»»» “““ ]]]] ".repeat(50),
        "a. ".repeat(500),
        "Dr. ".repeat(500),
        "1. a 2. b ".repeat(300),
    ];
    for text in &texts {
        check_everything(text);
    }
}

#[test]
fn a_ten_megabyte_text_is_segmented() {
    let paragraph =
        "The U.S. economy grew 2.5% in Q3, officials said. \"It's strong,\" said Dr. Smith (an economist). \
                     قال الرئيس إن الحكومة لن تغير خططها؟ 经济增长了。 ";
    let mut text = String::with_capacity(10 * 1024 * 1024 + paragraph.len());
    while text.len() < 10 * 1024 * 1024 {
        text.push_str(paragraph);
    }
    assert!(check_sentences(&text, "en") > 100_000);
    // One 10 MB line without a single space or mark must not take the segmenter quadratic.
    let unbroken = "x".repeat(10 * 1024 * 1024);
    assert_eq!(sentences(&unbroken, "en"), vec![0..unbroken.len()]);
    assert_eq!(word_count(&unbroken), 1);
}
