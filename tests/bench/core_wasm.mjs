// Times the wasm core under Node on real page snapshots: per page, the median of RUNS calls of
// summarizePage given the snapshot object (what a click costs once the snapshot is taken), of
// extractPage (the snapshot's crossing and the extraction), and of summarizeText given the article
// that page yields (the summary's share of the core, without the snapshot's crossing), beside the
// JSON round trip of the same snapshot (what extension messaging costs, a yardstick measured in the
// same run); then the median and p90 across pages. Given several builds, it times them page by page
// in turn (so the machine's load falls alike on each) and reports each one's median ratio to the first.
//
//   ls $SIFT_CORPUS/extraction/{scrapinghub,readability,newspaper4k}/*/page.html \
//     | cargo bench --bench core -- --write target/snapshots.jsonl
//   cargo build --target wasm32-unknown-unknown --release --lib
//   wasm-bindgen --target nodejs --out-dir target/bench-wasm target/wasm32-unknown-unknown/release/sift.wasm
//   node tests/bench/core_wasm.mjs target/snapshots.jsonl target/bench-wasm [another-build ...]
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const RUNS = 7; // per page; the median is kept, after one warm-up call

const [snapshots = "target/snapshots.jsonl", ...builds] = process.argv.slice(2);
const STEPS = [
  { name: "summarizePage", run: (core, { snapshot }) => core.summarizePage(snapshot, undefined) },
  { name: "extractPage", run: (core, { snapshot }) => core.extractPage(snapshot) },
  {
    name: "summarizeText (the article)",
    needsArticle: true,
    run: (core, { article }) => core.summarizeText(article.text, article.lang, article.title, undefined),
  },
];
const glues = (builds.length ? builds : ["target/bench-wasm"]).map((dir) => ({
  dir,
  core: createRequire(import.meta.url)(join(resolve(dir), "sift.js")),
  times: Object.fromEntries(STEPS.map(({ name }) => [name, { ms: [], ratio: [] }])),
}));
const lines = readFileSync(snapshots, "utf8").split("\n").filter((l) => l.trim());

const quantile = (values, q) => values.slice().sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))];
function timed(run) {
  const attempt = () => { try { run(); } catch {} }; // a page without an article throws {code}: timed alike
  attempt();
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    attempt();
    runs.push(performance.now() - start);
  }
  return quantile(runs, 0.5);
}

// The article the first build finds in `snapshot`, as summarizeText takes it; null for a page without one.
function articleOf(snapshot) {
  try {
    const { blocks, lang, title } = glues[0].core.extractPage(snapshot);
    return blocks.length ? { text: blocks.map((block) => block.text).join("\n\n"), lang, title } : null;
  } catch {
    return null;
  }
}

const transfer = [];
for (const line of lines) {
  const snapshot = JSON.parse(line);
  const page = { snapshot, article: articleOf(snapshot) };
  transfer.push(timed(() => JSON.parse(JSON.stringify(snapshot))));
  for (const { name, needsArticle, run } of STEPS) {
    if (needsArticle && !page.article) continue;
    for (const glue of glues) {
      const times = glue.times[name];
      times.ms.push(timed(() => run(glue.core, page)));
      times.ratio.push(times.ms.at(-1) / glues[0].times[name].ms.at(-1));
    }
  }
}
const figures = (values) => `median ${quantile(values, 0.5).toFixed(3)} ms, p90 ${quantile(values, 0.9).toFixed(3)} ms`;
console.log(`${lines.length} snapshots; JSON round trip of a snapshot: ${figures(transfer)}`);
for (const glue of glues) {
  console.log(`${glue.dir}:`);
  for (const [step, times] of Object.entries(glue.times)) {
    console.log(`  ${step}: ${figures(times.ms)}; time / first build's, median over pages ${quantile(times.ratio, 0.5).toFixed(3)}`);
  }
}
