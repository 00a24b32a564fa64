// Times the whole summary of a plain-text article in WebAssembly under Node (split, score, select):
// an upper bound of the score+select time that `cargo bench --bench summarize` measures natively.
//
// Build the glue first:
//   cargo build --target wasm32-unknown-unknown --release --lib
//   wasm-bindgen --target nodejs --out-dir target/bench-wasm target/wasm32-unknown-unknown/release/sift.wasm
// then: node tests/bench/summarize_wasm.mjs target/bench-wasm   (reads SIFT_CORPUS like the Rust benchmark)
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const ARTICLES = 100; // the same first 100 articles of each set as the native benchmark
const RUNS = 9; // per article; the median is kept, after one cold call reported apart

const glue = resolve(process.argv[2] ?? "target/bench-wasm");
const sift = createRequire(import.meta.url)(join(glue, "sift.js"));
const corpus = process.env.SIFT_CORPUS ?? resolve(import.meta.dirname, "../../../shared/corpus");

const median = (values) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)];

for (const set of ["cnndm", "easc"]) {
  const lines = readFileSync(join(corpus, "summaries", `${set}.jsonl`), "utf8").split("\n").filter((l) => l.trim());
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
    `${set}: wasm summarizeText median ${median(times).toFixed(3)} ms per article, ` +
      `p90 ${times.slice().sort((a, b) => a - b)[Math.floor(times.length * 0.9)].toFixed(3)} ms, ` +
      `${(median(perWord) * 600).toFixed(3)} ms per 600 words; first call ${cold.toFixed(3)} ms`,
  );
}
