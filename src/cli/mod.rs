//! Argument parsing and the commands of `sift`. Errors are one-line messages for the terminal.

mod input;

use input::Document;
use lexopt::prelude::*;
use serde::{Deserialize, Serialize};
use sift::{summarize_text, Budget, Options, Summary};
use std::ffi::OsString;
use std::io::{self, BufRead, Write};
use std::path::{Path, PathBuf};

const USAGE: &str = "usage:
  sift extract [--format text|json] FILE.html      the article's text (json adds its facts, blocks and notes)
  sift summarize [--sentences N | --words N] [--format text|json] FILE
                                                   FILE is .html or plain text; one sentence a line
  sift summarize --jsonl IN.jsonl                  {\"id\",\"text\",\"lang\"?,\"title\"?,\"budget\"?} → {\"id\",\"summary\"}
  sift segment --jsonl IN.jsonl                    {\"id\",\"text\",\"lang\"?} → {\"id\",\"sentences\"}
  sift --help";

/// What `sift --help` says before the usage.
const ABOUT: &str = "sift: finds the article in a page and picks its key sentences, on this machine.";

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Text,
    Json,
}

struct Args {
    command: String,
    file: Option<PathBuf>,
    jsonl: Option<PathBuf>,
    format: Format,
    budget: Option<Budget>,
}

/// Runs the command that `args` name.
pub fn run(args: Vec<OsString>) -> Result<(), String> {
    let args = parse(args).map_err(|e| format!("{e}\n{USAGE}"))?;
    let out = &mut io::BufWriter::new(io::stdout().lock());
    match (args.command.as_str(), &args.jsonl, &args.file) {
        ("help", _, _) => writeln!(out, "{ABOUT}\n\n{USAGE}").map_err(|e| format!("cannot write: {e}")),
        ("summarize", Some(path), _) => summarize_jsonl(path, out),
        ("segment", Some(path), _) => segment_jsonl(path, out),
        ("extract", None, Some(path)) => extract(path, args.format, out),
        ("summarize", None, Some(path)) => summarize(path, args.format, args.budget, out),
        _ => Err(USAGE.to_string()),
    }?;
    out.flush().map_err(|e| format!("cannot write: {e}"))
}

fn parse(args: Vec<OsString>) -> Result<Args, lexopt::Error> {
    let mut parser = lexopt::Parser::from_args(args);
    let mut args = Args { command: String::new(), file: None, jsonl: None, format: Format::Text, budget: None };
    while let Some(arg) = parser.next()? {
        match arg {
            Long("format") => {
                args.format = match parser.value()?.string()?.as_str() {
                    "text" => Format::Text,
                    "json" => Format::Json,
                    other => return Err(format!("unknown format {other:?}").into()),
                }
            }
            Long("sentences") => args.budget = Some(Budget::Sentences(parser.value()?.parse()?)),
            Long("words") => args.budget = Some(Budget::Words(parser.value()?.parse()?)),
            Long("jsonl") => args.jsonl = Some(parser.value()?.into()),
            Short('h') | Long("help") => args.command = "help".to_string(),
            Value(value) if args.command.is_empty() => args.command = value.string()?,
            Value(value) if args.file.is_none() => args.file = Some(value.into()),
            _ => return Err(arg.unexpected()),
        }
    }
    Ok(args)
}

fn extract(path: &Path, format: Format, out: &mut impl Write) -> Result<(), String> {
    let Document::Html(page) = Document::read(path)? else {
        return Err(format!("{}: not an HTML page", path.display()));
    };
    let article = sift::extract::extract(&page).map_err(|e| format!("{}: {:?}", path.display(), e))?;
    if article.blocks.is_empty() {
        return Err(format!("{}: {}", path.display(), sift::Error::NoArticle));
    }
    match format {
        Format::Text => writeln!(out, "{}", article.text()),
        Format::Json => {
            #[derive(Serialize)]
            struct Extracted<'a> {
                title: &'a str,
                byline: &'a Option<String>,
                published: &'a Option<String>,
                lang: &'a str,
                dir: &'a str,
                text: String,
                blocks: &'a [sift::Block],
                notes: &'a [String],
            }
            let json = Extracted {
                title: &article.title,
                byline: &article.byline,
                published: &article.published,
                lang: &article.lang,
                dir: article.dir(),
                text: article.text(),
                blocks: &article.blocks,
                notes: &article.notes,
            };
            writeln!(out, "{}", to_json(&json))
        }
    }
    .map_err(|e| format!("cannot write: {e}"))
}

fn summarize(path: &Path, format: Format, budget: Option<Budget>, out: &mut impl Write) -> Result<(), String> {
    let options = Options { budget: budget.unwrap_or(Options::default().budget), ..Options::default() };
    let summary = match Document::read(path)? {
        Document::Html(page) => sift::summarize_page(&page, &options),
        Document::Text(text) => summarize_text(&text, None, None, &options),
    }
    .map_err(|e| format!("{}: {e}", path.display()))?;
    match format {
        Format::Text => summary.selected().try_for_each(|s| writeln!(out, "{}", s.text)),
        Format::Json => writeln!(out, "{}", to_json(&summary)),
    }
    .map_err(|e| format!("cannot write: {e}"))
}

/// One line of `summarize --jsonl` input (the format of the shared summary sets).
#[derive(Deserialize)]
struct SummaryRequest {
    id: serde_json::Value,
    text: String,
    lang: Option<String>,
    title: Option<String>,
    budget: Option<Budget>,
}

fn summarize_jsonl(path: &PathBuf, out: &mut impl Write) -> Result<(), String> {
    for_each_line(path, out, |request: SummaryRequest| {
        let options = Options { budget: request.budget.unwrap_or(Options::default().budget), ..Options::default() };
        let summary = summarize_text(&request.text, request.lang.as_deref(), request.title.as_deref(), &options);
        let sentences: Vec<&str> =
            summary.as_ref().map(Summary::selected).into_iter().flatten().map(|s| s.text.as_str()).collect();
        serde_json::json!({ "id": request.id, "summary": sentences })
    })
}

/// One line of `segment --jsonl` input.
#[derive(Deserialize)]
struct SegmentRequest {
    id: serde_json::Value,
    text: String,
    lang: Option<String>,
}

fn segment_jsonl(path: &PathBuf, out: &mut impl Write) -> Result<(), String> {
    for_each_line(path, out, |request: SegmentRequest| {
        let lang = request.lang.unwrap_or_else(|| sift::text::detect(&request.text, None).code);
        let sentences: Vec<&str> =
            sift::text::sentences(&request.text, &lang).into_iter().map(|r| &request.text[r]).collect();
        serde_json::json!({ "id": request.id, "sentences": sentences })
    })
}

/// Answers each JSON line of `path` with one JSON line; a bad line is reported and skipped.
fn for_each_line<T: for<'de> Deserialize<'de>>(
    path: &PathBuf,
    out: &mut impl Write,
    answer: impl Fn(T) -> serde_json::Value,
) -> Result<(), String> {
    let file = std::fs::File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    for (number, line) in io::BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|e| format!("{}: {e}", path.display()))?;
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<T>(&line) {
            Ok(request) => writeln!(out, "{}", answer(request)).map_err(|e| format!("cannot write: {e}"))?,
            Err(e) => eprintln!("sift: {}:{}: skipped: {e}", path.display(), number + 1),
        }
    }
    Ok(())
}

fn to_json<T: Serialize>(value: &T) -> String {
    serde_json::to_string_pretty(value).unwrap_or_else(|e| format!("{{\"error\": {:?}}}", e.to_string()))
}
