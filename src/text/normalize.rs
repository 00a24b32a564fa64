//! Normalization: the one spelling under which two writings of a word compare equal — lowercase,
//! compatibility forms folded where they matter (full-width Latin, Arabic presentation forms), Arabic
//! without diacritics or tatweel and with its letter variants unified, and every digit in ASCII.
//!
//! This is the part of NFKC that news text needs, as small tables: a full NFKC table would add about
//! 32 KB to the gzipped wasm for ligatures and symbols that change no word a summary compares.

/// Arabic presentation forms B: (first code point, how many, the letter they are forms of).
/// Each letter has its isolated, final, initial and medial forms in a row.
const PRESENTATION_FORMS: &[(u32, u32, &str)] = &[
    (0xFE80, 1, "ء"),
    (0xFE81, 2, "آ"),
    (0xFE83, 2, "أ"),
    (0xFE85, 2, "ؤ"),
    (0xFE87, 2, "إ"),
    (0xFE89, 4, "ئ"),
    (0xFE8D, 2, "ا"),
    (0xFE8F, 4, "ب"),
    (0xFE93, 2, "ة"),
    (0xFE95, 4, "ت"),
    (0xFE99, 4, "ث"),
    (0xFE9D, 4, "ج"),
    (0xFEA1, 4, "ح"),
    (0xFEA5, 4, "خ"),
    (0xFEA9, 2, "د"),
    (0xFEAB, 2, "ذ"),
    (0xFEAD, 2, "ر"),
    (0xFEAF, 2, "ز"),
    (0xFEB1, 4, "س"),
    (0xFEB5, 4, "ش"),
    (0xFEB9, 4, "ص"),
    (0xFEBD, 4, "ض"),
    (0xFEC1, 4, "ط"),
    (0xFEC5, 4, "ظ"),
    (0xFEC9, 4, "ع"),
    (0xFECD, 4, "غ"),
    (0xFED1, 4, "ف"),
    (0xFED5, 4, "ق"),
    (0xFED9, 4, "ك"),
    (0xFEDD, 4, "ل"),
    (0xFEE1, 4, "م"),
    (0xFEE5, 4, "ن"),
    (0xFEE9, 4, "ه"),
    (0xFEED, 2, "و"),
    (0xFEEF, 2, "ى"),
    (0xFEF1, 4, "ي"),
    (0xFEF5, 2, "لآ"),
    (0xFEF7, 2, "لأ"),
    (0xFEF9, 2, "لإ"),
    (0xFEFB, 2, "لا"),
    (0xFDF2, 1, "الله"),
];

/// The Hebrew and Arabic blocks, whose letters have no lower case of their own (a test checks it).
const CASELESS_FIRST: char = '\u{0590}';
const CASELESS_LAST: char = '\u{06FF}';

/// Appends `text` lower-cased to `out`: ASCII, most words and class names of most pages, in place
/// without a copy; other text through `str::to_lowercase`.
pub fn push_lowercase(text: &str, out: &mut String) {
    if text.is_ascii() {
        let start = out.len();
        out.push_str(text);
        if let Some(appended) = out.get_mut(start..) {
            appended.make_ascii_lowercase();
        }
    } else {
        out.push_str(&text.to_lowercase());
    }
}

/// Appends the normalized form of `word` to `out`.
pub fn fold_into(word: &str, out: &mut String) {
    // Most words of most pages are ASCII, which folds to its lowercase alone: skip the tables.
    if word.is_ascii() {
        push_lowercase(word, out);
        return;
    }
    for c in word.chars() {
        match c as u32 {
            0xFF01..=0xFF5E => push_folded(char::from_u32(c as u32 - 0xFEE0).unwrap_or(c), out),
            0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
                let form =
                    PRESENTATION_FORMS.iter().find(|&&(first, count, _)| (first..first + count).contains(&(c as u32)));
                match form {
                    Some((_, _, letters)) => letters.chars().for_each(|l| push_folded(l, out)),
                    None => push_folded(c, out),
                }
            }
            _ => push_folded(c, out),
        }
    }
}

/// The normalized form of `word`.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    fold_into(word, &mut out);
    out
}

fn push_folded(c: char, out: &mut String) {
    match c {
        // Arabic diacritics (tashkeel, Quranic marks), tatweel, and the joiners Persian writes inside words.
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0640}' | '\u{200C}' | '\u{200D}' => {}
        'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
        'ى' | 'ی' => out.push('ي'),
        'ة' => out.push('ه'),
        'ک' => out.push('ك'),
        '٠'..='٩' => out.push(char::from_u32(c as u32 - 0x0660 + '0' as u32).unwrap_or(c)),
        '۰'..='۹' => out.push(char::from_u32(c as u32 - 0x06F0 + '0' as u32).unwrap_or(c)),
        '’' | 'ʼ' => out.push('\''),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        // Hebrew and Arabic letters have no case: pushed as they are, without the search of the
        // Unicode case table, which would otherwise cost most of the folding of an Arabic text.
        CASELESS_FIRST..=CASELESS_LAST => out.push(c),
        c => out.extend(c.to_lowercase()),
    }
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn arabic_letter_variants_and_marks_fold_to_one_spelling() {
        assert_eq!(fold("أَحْمَد"), "احمد");
        assert_eq!(fold("إسلام"), "اسلام");
        assert_eq!(fold("مدرسة"), "مدرسه");
        assert_eq!(fold("على"), "علي");
        assert_eq!(fold("كـــتاب"), "كتاب");
        assert_eq!(fold("٣٥"), "35");
    }

    #[test]
    fn the_caseless_blocks_are_their_own_lower_case() {
        for c in super::CASELESS_FIRST..=super::CASELESS_LAST {
            assert!(c.to_lowercase().eq([c]), "{c:?}");
        }
    }

    #[test]
    fn compatibility_forms_fold() {
        assert_eq!(fold("ＡＢＣ１２"), "abc12");
        assert_eq!(fold("\u{FEB3}\u{FEE0}\u{FE8E}\u{FEE1}"), "سلام");
        assert_eq!(fold("\u{FEFB}"), "لا");
        assert_eq!(fold("Straße"), "straße");
    }
}
