//! The `sift` binary as a reader runs it: help, a clear message for a wrong command line, and what
//! `extract --format json` gives.
#![cfg(not(target_arch = "wasm32"))] // native only: runs the native binary

use std::process::Command;

fn sift(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_sift")).args(args).output().expect("sift runs")
}

#[test]
fn help_prints_the_usage_and_succeeds() {
    for flag in ["--help", "-h"] {
        let output = sift(&[flag]);
        assert!(output.status.success(), "{flag}");
        let text = String::from_utf8_lossy(&output.stdout);
        assert!(text.contains("sift summarize") && text.contains("sift extract"), "{text}");
    }
}

#[test]
fn a_wrong_command_line_fails_with_the_usage() {
    for args in [&[][..], &["compress", "page.html"], &["summarize", "--format", "xml", "page.html"]] {
        let output = sift(args);
        assert!(!output.status.success(), "{args:?}");
        let text = String::from_utf8_lossy(&output.stderr);
        assert!(text.starts_with("sift: ") && text.contains("usage:"), "{args:?}: {text}");
    }
}

#[test]
fn a_missing_file_is_named_in_the_message() {
    let output = sift(&["summarize", "no-such-page.html"]);
    assert!(!output.status.success());
    let text = String::from_utf8_lossy(&output.stderr);
    assert!(text.starts_with("sift: no-such-page.html"), "{text}");
    assert!(!text.contains("panicked"), "{text}");
}

#[test]
fn extract_as_json_gives_the_facts_the_blocks_and_the_notes() {
    let paragraph = "<p>The harbour reopened on Monday after a week of repairs, and the first ferries sailed at dawn, \
                     carrying workers and their bicycles across the bay.</p>";
    let page = format!(
        r#"<html lang="en"><head><title>Harbour reopens</title></head><body><article>{}</article>
        <div class="pagination"><span>1</span> <a href="?page=2">2</a></div></body></html>"#,
        paragraph.repeat(3)
    );
    let path = std::env::temp_dir().join(format!("sift-cli-paged-{}.html", std::process::id()));
    std::fs::write(&path, page).expect("a temporary page");
    let output = sift(&["extract", "--format", "json", path.to_str().expect("a UTF-8 path")]);
    let _ = std::fs::remove_file(&path);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(json["title"], "Harbour reopens");
    assert_eq!(json["lang"], "en");
    assert_eq!(json["blocks"].as_array().map(Vec::len), Some(3));
    assert_eq!(json["notes"], serde_json::json!([sift::extract::SEVERAL_PAGES_NOTE]));
}
