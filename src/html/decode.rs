//! Decoding turns a document's bytes into text, choosing the encoding as a browser would, in short.

/// How far into a document a `<meta charset>` or XML declaration is looked for (as browsers do: 1024
/// bytes is the standard's prescan; pages with long heads put it later, so look a little further).
const CHARSET_PRESCAN_BYTES: usize = 4096;

/// Decodes a document's bytes: a byte-order mark wins; then bytes that are valid UTF-8 are UTF-8
/// (saved pages are often re-encoded without fixing their `<meta charset>`, and text in a legacy
/// encoding is almost never valid UTF-8); then the declared charset; then windows-1252, the web's
/// default for undeclared pages.
pub fn decode(bytes: &[u8]) -> String {
    if let Some((encoding, bom_length)) = encoding_rs::Encoding::for_bom(bytes) {
        let body = bytes.get(bom_length..).unwrap_or_default();
        return encoding.decode_without_bom_handling(body).0.into_owned();
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return text.to_string();
    }
    let encoding =
        declared_encoding(bytes.get(..CHARSET_PRESCAN_BYTES).unwrap_or(bytes)).unwrap_or(encoding_rs::WINDOWS_1252);
    // A page cannot declare itself UTF-16 in its own (ASCII-compatible) markup.
    let encoding = if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE {
        encoding_rs::UTF_8
    } else {
        encoding
    };
    encoding.decode_without_bom_handling(bytes).0.into_owned()
}

/// The encoding named by `charset=` (meta tag or http-equiv) or `encoding=` (XML declaration).
fn declared_encoding(head: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    ["charset=", "encoding="].iter().find_map(|key| {
        head.match_indices(key).find_map(|(at, _)| {
            let label: String = head
                .get(at + key.len()..)?
                .trim_start_matches(['"', '\'', ' '])
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
                .collect();
            encoding_rs::Encoding::for_label(label.as_bytes())
        })
    })
}
