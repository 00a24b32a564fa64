// Speed of sentence segmentation through the wasm `segment` export under Node, on the same
// 5,000-word English and 2,000-word Arabic articles as tests/bench/text.rs (medians after a warm-up).
//
//   cargo build --target wasm32-unknown-unknown --release --lib
//   wasm-bindgen --target nodejs --out-dir target/wasm-node target/wasm32-unknown-unknown/release/sift.wasm
//   SIFT_CORPUS=../shared/corpus node tests/bench/text_wasm.mjs target/wasm-node

import { readFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const RUNS = 51;
const WARM_UP = 5;
const ARTICLES = [["en", "cnndm.jsonl", 5000], ["ar", "easc.jsonl", 2000]];

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const corpus = process.env.SIFT_CORPUS ?? join(root, "../shared/corpus");
const glue = resolve(process.argv[2] ?? join(root, "target/wasm-node"), "sift.js");
if (!existsSync(glue)) {
  console.log(`skipped: ${glue} is absent (build it with wasm-bindgen --target nodejs, see the header)`);
  process.exit(0);
}
const sift = createRequire(import.meta.url)(glue);

// Paragraphs of the corpus's articles, in order, until `words` whitespace-separated words.
function articleOf(file, words) {
  const paragraphs = [];
  let count = 0;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    for (const paragraph of JSON.parse(line).text.split("\n\n")) {
      const take = paragraph.split(/\s+/).filter(Boolean).slice(0, words - count);
      if (take.length === 0) continue;
      count += take.length;
      paragraphs.push(take.join(" "));
      if (count === words) return paragraphs.join("\n\n");
    }
  }
  return paragraphs.join("\n\n");
}

function median(work) {
  for (let i = 0; i < WARM_UP; i++) work();
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

for (const [lang, name, words] of ARTICLES) {
  const file = join(corpus, "summaries", name);
  if (!existsSync(file)) {
    console.log(`skipped: ${file} is absent (set SIFT_CORPUS to the shared corpus folder)`);
    process.exit(0);
  }
  const article = articleOf(file, words);
  const start = performance.now();
  const count = sift.segment(article, lang).length;
  const cold = performance.now() - start;
  const segment = median(() => sift.segment(article, lang));
  const baseline = median(() => article.split(/[.!?]/).map((s) => s.trim()).filter(Boolean));
  console.log(`${lang}, ${words} words, ${count} sentences (wasm under Node ${process.version}):`);
  console.log(`  segment   median ${segment.toFixed(3)} ms (${(segment / (words / 1000)).toFixed(3)} ms per 1,000 words), first call ${cold.toFixed(3)} ms`);
  console.log(`  JS regex split baseline median ${baseline.toFixed(3)} ms -> segment = ${(segment / baseline).toFixed(1)} x baseline`);
}
