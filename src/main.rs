//! `sift`: the native command-line face of the core.
//!
//! ```text
//! sift extract [--format text|json] FILE.html
//! sift summarize [--sentences N | --words N] [--format text|json] FILE
//! sift summarize --jsonl IN.jsonl
//! sift segment --jsonl IN.jsonl
//! sift --help
//! ```

#[cfg(not(target_arch = "wasm32"))]
mod cli;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    match cli::run(std::env::args_os().skip(1).collect()) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("sift: {message}");
            std::process::ExitCode::FAILURE
        }
    }
}

// The binary means nothing in a browser; this keeps `cargo build --target wasm32-unknown-unknown` whole.
#[cfg(target_arch = "wasm32")]
fn main() {}
