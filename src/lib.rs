//! Sift's core: page → article → sentences → scores → summary, as plain Rust.
//!
//! Every stage is a pure function of plain data, so the same code runs in the browser (through
//! `wasm`, the only module that knows about JavaScript, built for wasm32 alone), in the native `sift`
//! tool, in the playground and in the tests.

#![forbid(unsafe_code)]
// These pages are written for the core's developers (`cargo doc --document-private-items`): a module
// links to the private stages it is made of.
#![allow(rustdoc::private_intra_doc_links)]

pub mod article;
pub mod extract;
pub mod score;
pub mod select;
pub mod snapshot;
pub mod summary;
pub mod text;

/// HTML → [`snapshot::PageSnapshot`], native only: the browser hands the core a snapshot of its own DOM.
#[cfg(not(target_arch = "wasm32"))]
pub mod html;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use article::{Article, Block, BlockKind};
pub use snapshot::PageSnapshot;
pub use summary::{summarize_page, summarize_text, Budget, Error, Lines, Options, Summary};
