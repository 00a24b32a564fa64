#!/usr/bin/env python3
"""Extraction speed, natively: pages per CPU-second of `sift extract` over the extraction corpus,
beside trafilatura (pip) and Readability.js + jsdom (npm, tests/node_modules) on the same pages in
the same run. Prints each tool's figure and its ratio to sift's.

Usage: python3 tests/bench/extract.py [--sift target/release/sift] [--rounds 3]
The corpus comes from SIFT_CORPUS (default ../shared/corpus beside the repository). Two sift rows:
`sift extract` run once per page, as a user runs it (so starting the process counts), and the same
core in one process (`cargo bench --bench extract`, reading the files included). The peers run in
one process each, their start-up (imports, a warm-up page) left out. CPU time is user + system.
Both sift rows use the release profile as the project ships it (opt-level "z", sized for wasm).
"""
import json
import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SETS = ["scrapinghub", "readability", "newspaper4k", "rtl-news", "readability-synthetic"]


def corpus_pages():
    root = Path(os.environ.get("SIFT_CORPUS", REPO.parent / "shared" / "corpus")) / "extraction"
    if not (root / "score.py").is_file():
        sys.exit(f"skipped: no extraction corpus at {root} (set SIFT_CORPUS)")
    return sorted(p for s in SETS for p in (root / s).glob("*/page.html"))


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def bench_sift(binary, pages):
    """CPU seconds of one `sift extract` per page (the children's rusage)."""
    before = children_cpu()
    for page in pages:
        subprocess.run([binary, "extract", str(page)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return children_cpu() - before


def core_binary():
    """Builds the in-process bench (tests/bench/extract.rs) and returns its executable."""
    build = subprocess.run(["cargo", "bench", "--bench", "extract", "--no-run", "--message-format=json"],
                           cwd=REPO, capture_output=True, text=True, check=True)
    for line in build.stdout.splitlines():
        message = json.loads(line)
        if message.get("reason") == "compiler-artifact" and message.get("executable") and message["target"]["name"] == "extract":
            return message["executable"]
    sys.exit("cannot find the extract bench executable")


def bench_core(binary, pages):
    """CPU seconds of one process extracting every page."""
    before = children_cpu()
    subprocess.run([binary], input="\n".join(str(p) for p in pages), text=True, stdout=subprocess.DEVNULL, check=True)
    return children_cpu() - before


def bench_trafilatura(pages):
    try:
        import trafilatura
    except ImportError as error:
        return None, f"trafilatura cannot be imported ({' '.join(str(error).split())}); pip install trafilatura lxml_html_clean"
    texts = [p.read_bytes() for p in pages]
    trafilatura.extract(texts[0])  # warm-up: lazy imports and caches
    before = time.process_time()
    for html in texts:
        trafilatura.extract(html)
    return time.process_time() - before, trafilatura.__version__


def bench_readability(pages):
    script = Path(__file__).with_name("extract.readability.mjs")
    listing = "\n".join(str(p) for p in pages)
    run = subprocess.run(["node", str(script)], input=listing, capture_output=True, text=True, cwd=REPO / "tests", check=False)
    if run.returncode != 0:
        return None, run.stderr.strip().splitlines()[-1:] or ["node failed"]
    seconds, version = run.stdout.split()
    return float(seconds), version


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sift", default=str(REPO / "target" / "release" / "sift"))
    parser.add_argument("--rounds", type=int, default=3, help="runs per tool; the median is reported")
    args = parser.parse_args()
    pages = corpus_pages()
    if not Path(args.sift).is_file():
        print("building sift (release) …", file=sys.stderr)
        subprocess.run(["cargo", "build", "--release", "--bin", "sift"], cwd=REPO, check=True)
    core = core_binary()
    tools = {
        "sift extract": lambda: (bench_sift(args.sift, pages), "native, one process per page"),
        "sift core": lambda: (bench_core(core, pages), "native, one process for all pages"),
        "trafilatura": lambda: bench_trafilatura(pages),
        "Readability.js + jsdom": lambda: bench_readability(pages),
    }
    results = {}
    for name, run in tools.items():
        times, note = [], ""
        for _ in range(args.rounds):
            seconds, note = run()
            if seconds is None:
                break
            times.append(seconds)
        results[name] = (statistics.median(times) if times else None, note)
    cli_rate, core_rate = (len(pages) / results[name][0] for name in ("sift extract", "sift core"))
    print(f"{len(pages)} pages, median of {args.rounds} rounds, CPU time (user + system)")
    print(f"{'tool':<24} {'CPU s':>8} {'pages/CPU-s':>12} {'extract/it':>11} {'core/it':>8}  note")
    for name, (seconds, note) in results.items():
        if seconds is None:
            print(f"{name:<24} {'-':>8} {'-':>12} {'-':>11} {'-':>8}  skipped: {note}")
            continue
        rate = len(pages) / seconds
        print(f"{name:<24} {seconds:>8.2f} {rate:>12.1f} {cli_rate / rate:>10.1f}x {core_rate / rate:>7.1f}x  {note}")


if __name__ == "__main__":
    main()
