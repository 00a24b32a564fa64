//! Reading a file from the command line: an HTML page or plain text, never binary junk.

use sift::PageSnapshot;
use std::path::Path;

/// What a file holds.
pub enum Document {
    Html(PageSnapshot),
    Text(String),
}

/// Share of control characters above which a file is taken for binary data.
const MAX_CONTROL_SHARE: f64 = 0.05;

impl Document {
    /// Reads `path`: `.html`/`.htm` (or content that starts like HTML) as a page, the rest as text.
    pub fn read(path: &Path) -> Result<Document, String> {
        let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let name = path.display();
        if looks_binary(&bytes) {
            return Err(format!("{name}: binary data, not a page or a text"));
        }
        let is_html = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
            || starts_like_html(&bytes);
        if is_html {
            let url = format!("file://{}", path.canonicalize().unwrap_or(path.to_path_buf()).display());
            return Ok(Document::Html(sift::html::snapshot_from_bytes(&bytes, &url)));
        }
        String::from_utf8(bytes).map(Document::Text).map_err(|_| format!("{name}: not UTF-8 text"))
    }
}

fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    let controls = head.iter().filter(|&&b| b < 0x09 || (0x0E..0x20).contains(&b)).count();
    head.contains(&0) || controls as f64 > head.len() as f64 * MAX_CONTROL_SHARE
}

fn starts_like_html(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]).trim_start().to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}
