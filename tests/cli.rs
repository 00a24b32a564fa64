//! The `sift` binary as a reader runs it: help, and a clear message for a wrong command line.
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
