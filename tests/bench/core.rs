//! Where the core's time goes, natively: for every page of the extraction corpus (paths on stdin, one
//! a line), the median over `RUNS` runs of each step the browser pays for — reading the snapshot from
//! JSON (what crosses into the wasm), extracting the article, summarizing it, writing the summary as
//! JSON (what crosses back) — then the median and p90 of each step across pages.
//!
//!   ls $SIFT_CORPUS/extraction/{scrapinghub,readability,newspaper4k}/*/page.html \
//!     | cargo bench --bench core [-- --write snapshots.jsonl]
//!
//! `--runs N` runs each page N times instead of [`RUNS`]: `--runs 1` under `valgrind --tool=callgrind
//! --collect-atstart=no --toggle-collect='sift::summary::summarize_article'` counts the instructions of a
//! stage, which the machine's load does not blur as it blurs times. `--write FILE` also writes the
//! pages' snapshots, packed as the content script sends them, one JSON object a line, for
//! `tests/bench/core_wasm.mjs`, which times the same steps in WebAssembly under Node.

use sift::snapshot::PackedNodes;
use sift::summary::{self, Options};
use sift::PageSnapshot;
use std::io::{Read, Write};
use std::time::Instant;

/// Runs per page and step; the median is kept (the first run warms the caches like the others).
const RUNS: usize = 7;

fn main() {
    let option = |name: &str| std::env::args().skip_while(|arg| arg != name).nth(1);
    let write_to = option("--write");
    let repeats = option("--runs").and_then(|n| n.parse().ok()).unwrap_or(RUNS);
    let mut listing = String::new();
    if std::io::stdin().read_to_string(&mut listing).is_err() {
        eprintln!("core bench: cannot read the page list on stdin");
        std::process::exit(2);
    }
    let snapshots: Vec<PageSnapshot> = listing
        .lines()
        .filter_map(|path| std::fs::read(path).ok())
        .map(|bytes| sift::html::snapshot_from_bytes(&bytes, ""))
        .collect();
    if let Some(path) = write_to {
        write_snapshots(&path, &snapshots);
    }
    let options = Options::default();
    let mut steps: [(&str, Vec<f64>); 5] =
        [("read JSON", vec![]), ("extract", vec![]), ("summarize", vec![]), ("write JSON", vec![]), ("total", vec![])];
    for snapshot in &snapshots {
        let json = serde_json::to_string(snapshot).unwrap_or_default();
        let mut runs: [Vec<f64>; 5] = Default::default();
        for _ in 0..repeats {
            let start = Instant::now();
            let page: PageSnapshot = serde_json::from_str(&json).unwrap_or_default();
            let read = Instant::now();
            let Ok(article) = sift::extract::extract(&page) else { continue };
            let extracted = Instant::now();
            let Ok(summary) = summary::summarize_article(&article, &options) else { continue };
            let summarized = Instant::now();
            let written = serde_json::to_string(&summary).map_or(0, |text| text.len());
            let end = Instant::now();
            std::hint::black_box(written);
            for (times, (from, to)) in runs.iter_mut().zip([
                (start, read),
                (read, extracted),
                (extracted, summarized),
                (summarized, end),
                (start, end),
            ]) {
                times.push((to - from).as_secs_f64() * 1000.0);
            }
        }
        for ((_, across), mut times) in steps.iter_mut().zip(runs) {
            if !times.is_empty() {
                across.push(median(&mut times));
            }
        }
    }
    println!("{} pages, {} summarized; ms per page, median / p90 across pages:", snapshots.len(), steps[4].1.len());
    for (name, mut times) in steps {
        println!("  {name:<10} {:>7.3} / {:>7.3}", median(&mut times), quantile(&mut times, 0.9));
    }
}

fn write_snapshots(path: &str, snapshots: &[PageSnapshot]) {
    let lines: Vec<String> =
        snapshots.iter().filter_map(|snapshot| serde_json::to_string(&packed(snapshot)).ok()).collect();
    let written = std::fs::File::create(path).and_then(|mut file| file.write_all((lines.join("\n") + "\n").as_bytes()));
    if let Err(error) = written {
        eprintln!("core bench: cannot write {path}: {error}");
        std::process::exit(2);
    }
}

/// `snapshot` as the content script sends it: the page's facts, with its nodes packed.
fn packed(snapshot: &PageSnapshot) -> serde_json::Value {
    let facts = PageSnapshot { nodes: Vec::new(), ..snapshot.clone() };
    let mut value = serde_json::to_value(facts).unwrap_or_default();
    if let (Some(object), Ok(serde_json::Value::Object(nodes))) =
        (value.as_object_mut(), serde_json::to_value(PackedNodes::pack(&snapshot.nodes)))
    {
        object.remove("nodes");
        object.extend(nodes);
    }
    value
}

fn median(times: &mut [f64]) -> f64 {
    quantile(times, 0.5)
}

fn quantile(times: &mut [f64], q: f64) -> f64 {
    times.sort_by(f64::total_cmp);
    times.get(((times.len() as f64 * q) as usize).min(times.len().saturating_sub(1))).copied().unwrap_or(f64::NAN)
}
