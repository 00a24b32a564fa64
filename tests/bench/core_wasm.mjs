// Times the wasm core under Node on real page snapshots: per page, the median of RUNS calls of
// summarizePage given the snapshot object, beside the JSON round trip of
// the same snapshot (what extension messaging costs, a yardstick measured in the same run); then the
// median and p90 across pages. Given several builds, it times them page by page in turn (so the
// machine's load falls alike on each) and reports each one's median ratio to the first.
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
const glues = (builds.length ? builds : ["target/bench-wasm"]).map((dir) => ({
  dir,
  core: createRequire(import.meta.url)(join(resolve(dir), "sift.js")),
  object: [],
  ratio: [],
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

const transfer = [];
for (const line of lines) {
  const snapshot = JSON.parse(line);
  transfer.push(timed(() => JSON.parse(JSON.stringify(snapshot))));
  for (const glue of glues) {
    glue.object.push(timed(() => glue.core.summarizePage(snapshot, undefined)));
    glue.ratio.push(glue.object.at(-1) / glues[0].object.at(-1));
  }
}
const figures = (values) => `median ${quantile(values, 0.5).toFixed(3)} ms, p90 ${quantile(values, 0.9).toFixed(3)} ms`;
console.log(`${lines.length} snapshots; JSON round trip of a snapshot: ${figures(transfer)}`);
for (const glue of glues) {
  console.log(`${glue.dir}: summarizePage ${figures(glue.object)}; ` +
    `object time / first build's, median over pages ${quantile(glue.ratio, 0.5).toFixed(3)}`);
}
