//! The text layer: which language a text is in, where its sentences end, and what its words are.

pub mod analyzer;
mod chars;
pub mod dateline;
pub mod lang;
pub mod normalize;
pub mod reading;
pub mod segment;
pub mod stopwords;
pub mod words;

pub use analyzer::Analyzer;
pub use chars::{
    decimal_value, is_alphanumeric, is_cjk, is_dash, is_glued_terminator, is_hangul, is_mark,
    is_unspaced_southeast_asian, numbers, SENTENCE_ENDS,
};
pub use lang::{detect, Language};
pub use segment::sentences;
pub use words::word_count;
