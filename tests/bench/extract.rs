//! The extraction core in one process: every page of the extraction corpus (paths on stdin, one a
//! line) parsed into a snapshot and extracted, `ROUNDS` times (argument 1, default 1). Read first,
//! timed by the caller: `tests/bench/extract.py` takes this process's CPU time.

use std::io::Read;

fn main() {
    let rounds: usize = std::env::args().nth(1).and_then(|r| r.parse().ok()).unwrap_or(1);
    let mut listing = String::new();
    if std::io::stdin().read_to_string(&mut listing).is_err() {
        eprintln!("extract bench: cannot read the page list on stdin");
        std::process::exit(2);
    }
    let pages: Vec<Vec<u8>> = listing.lines().filter_map(|path| std::fs::read(path).ok()).collect();
    let mut blocks = 0usize;
    for _ in 0..rounds {
        for bytes in &pages {
            let snapshot = sift::html::snapshot_from_bytes(bytes, "");
            blocks += sift::extract::extract(&snapshot).map_or(0, |article| article.blocks.len());
        }
    }
    println!("{} pages x {rounds} rounds, {blocks} blocks", pages.len());
}
