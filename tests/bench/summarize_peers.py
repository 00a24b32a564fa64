#!/usr/bin/env python3
"""Sift's scoring speed beside sumy's LexRank and summa's TextRank, on the same articles, in one run.

Usage (from the repository root): python3 tests/bench/summarize_peers.py
Needs: pip install sumy summa (sumy 0.13, summa 1.2). Reads the sets from SIFT_CORPUS like the Rust
benchmark, whose figures it collects by running `cargo bench --bench summarize`.

Every engine gets the same first ARTICLES articles and scores all their sentences (the part a summary
length does not change). sumy gets the sentences already split and a plain word tokenizer, because its
own tokenizers need NLTK data that cannot be downloaded here (and pyarabic for Arabic); the NLTK
Snowball stemmer and sumy's stop words are used as in the README's reference scores. summa splits and
stems by itself, from the article text.
"""
import json
import os
import re
import statistics
import subprocess
import sys
import time

ARTICLES = 100  # the Rust benchmark measures the same first 100 articles of each set
RUNS = 3        # per article; the median is kept (Python is slow, and the ratio is large either way)
LANGUAGES = {"en": "english", "ar": "arabic"}

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.environ.get("SIFT_CORPUS", os.path.join(ROOT, "..", "shared", "corpus"))


class WordTokenizer:
    """sumy's tokenizer interface, without NLTK data: words are runs of letters and digits."""

    def __init__(self, language):
        self.language = language

    def to_words(self, text):
        return re.findall(r"\w+", text)

    def to_sentences(self, paragraph):
        return split_sentences(paragraph)


def split_sentences(paragraph):
    return [s for s in re.split(r"(?<=[.!?؟])\s+", paragraph.strip()) if s]


def median_time(function):
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def sumy_lexrank(record):
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    language = LANGUAGES[record["lang"]]
    tokenizer = WordTokenizer(language)
    paragraphs = [p for p in record["text"].split("\n\n") if p.strip()]
    document = ObjectDocumentModel(
        [Paragraph([Sentence(s, tokenizer) for s in split_sentences(p)]) for p in paragraphs]
    )
    summarizer = LexRankSummarizer(Stemmer(language))
    summarizer.stop_words = get_stop_words(language)
    count = len(document.sentences)
    return lambda: summarizer(document, count)


def summa_textrank(record):
    from summa import summarizer

    language = LANGUAGES[record["lang"]]
    return lambda: summarizer.summarize(record["text"], language=language, scores=True)


def sift_times():
    # With the release profile's panic = "abort", cargo builds the library twice (abort for the binary,
    # unwind for the benchmark) into the same file names, and the two builds race; unwind for all avoids it.
    env = dict(os.environ, SIFT_CORPUS=CORPUS, CARGO_PROFILE_RELEASE_PANIC="unwind")
    run = subprocess.run(
        ["cargo", "bench", "--bench", "summarize"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if run.returncode != 0:
        sys.exit("cargo bench failed:\n" + run.stderr[-2000:])
    found = {}
    for line in run.stdout.splitlines():
        if line.startswith("{"):
            result = json.loads(line)
            found[result["set"]] = result["median_ms"]
    return found


def main():
    sift = sift_times()
    if not sift:
        sys.exit(f"no summary sets under {CORPUS} (set SIFT_CORPUS)")
    print(f"{'set':6} {'engine':16} {'median ms/article':>18} {'sift is x faster':>17}")
    for name in ["cnndm", "easc"]:
        with open(os.path.join(CORPUS, "summaries", f"{name}.jsonl"), encoding="utf-8") as f:
            records = [json.loads(line) for line in f if line.strip()][:ARTICLES]
        print(f"{name:6} {'sift':16} {sift[name]:18.3f} {'':>17}")
        for engine, prepare in [("sumy LexRank", sumy_lexrank), ("summa TextRank", summa_textrank)]:
            ms = statistics.median(median_time(prepare(r)) for r in records) * 1e3
            print(f"{name:6} {engine:16} {ms:18.3f} {ms / sift[name]:17.1f}")


if __name__ == "__main__":
    main()
