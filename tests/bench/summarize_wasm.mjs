// Times the whole summary of a plain-text article in WebAssembly under Node: `summarizeText` as the
// extension calls it (paragraphs and language, sentences, score, select, keywords, and the result's
// conversion to a JS object), per article and per 600 words (the length issue 5 states its aim for).
// `cargo bench --bench summarize` times the same articles natively, stage by stage, score + select apart.
//
// Build the glue first (as .ci/bench does):
//   cargo build --target wasm32-unknown-unknown --release --lib
//   wasm-bindgen --target nodejs --out-dir target/wasm-node target/wasm32-unknown-unknown/release/sift.wasm
// then: node tests/bench/summarize_wasm.mjs target/wasm-node   (reads SIFT_CORPUS like the Rust benchmark)
import { createRequire } from "node:module";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const ARTICLES = 100; // the same first 100 articles of each set as the native benchmark
const RUNS = 9; // per article; the median is kept, after one cold call reported apart
const PER_WORDS = 600; // the article length of the aim ("under 2 ms for a 600-word article")

const glue = resolve(process.argv[2] ?? "target/wasm-node");
const sift = createRequire(import.meta.url)(join(glue, "sift.js"));
const corpus = process.env.SIFT_CORPUS ?? resolve(import.meta.dirname, "../../../shared/corpus");

const percentile = (values, share) => values.slice().sort((a, b) => a - b)[Math.floor(values.length * share)];
const median = (values) => percentile(values, 0.5);

for (const set of ["cnndm", "easc"]) {
  const file = join(corpus, "summaries", `${set}.jsonl`);
  if (!existsSync(file)) {
    console.log(`summarize wasm bench: skipped, no ${file} (set SIFT_CORPUS)`);
    break;
  }
  const lines = readFileSync(file, "utf8").split("\n").filter((l) => l.trim());
  const times = [];
  const perWord = [];
  let cold = null;
  for (const line of lines.slice(0, ARTICLES)) {
    const record = JSON.parse(line);
    const call = () => sift.summarizeText(record.text, record.lang, record.title ?? undefined, { budget: record.budget });
    const runs = [];
    for (let i = 0; i <= RUNS; i++) {
      const start = performance.now();
      call();
      const elapsed = performance.now() - start;
      if (i === 0) cold ??= elapsed;
      else runs.push(elapsed);
    }
    const ms = median(runs);
    times.push(ms);
    perWord.push(ms / Math.max(1, record.text.split(/\s+/).length));
  }
  console.log(
    `${set}: wasm summarizeText median ${median(times).toFixed(3)} ms per article (p90 ${percentile(times, 0.9).toFixed(3)}), ` +
      `${(median(perWord) * PER_WORDS).toFixed(3)} ms per ${PER_WORDS} words (p90 ${(percentile(perWord, 0.9) * PER_WORDS).toFixed(3)}); ` +
      `first call ${cold.toFixed(3)} ms`,
  );
}
