// A reader's cold click, under Node: the wasm core compiled and instantiated in a fresh process, then
// its first summarizePage, its second, and warm calls; then a second instance of the same compiled
// module (the engine's code already compiled and tiered, the core's memory and lazy tables new) and its
// first call. Their differences split what a first call costs beyond a warm one:
//   engine (lazy compilation, Liftoff → TurboFan)  = first call − the fresh instance's first call
//   core (Rust tables built on first use, memory growth) = the fresh instance's first call − warm
// One child process per page, so each page meets a cold engine; the median and p90 across pages.
// Given several builds, each page is timed with each in turn, so that the machine's load falls alike.
// Then the core's share alone, with less noise: the extension's warm-up page (a small article) given
// to FRESH_INSTANCES fresh instances of one compiled module per build, first call against second.
//
//   node tests/bench/cold_wasm.mjs [--pages N] [SNAPSHOTS.jsonl [CORE_DIR ...]]
// SNAPSHOTS.jsonl as tests/bench/core.rs --write makes it (default target/snapshots.jsonl); a CORE_DIR
// holds wasm-bindgen's --target web output (default dist/www/core, from bash .ci/build).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { WARM_UP_PAGE } from "../../extension/background/warm-up.js";

const WARM_RUNS = 7; // per page, after the first two calls; the median is kept
const DEFAULT_PAGES = 40; // spread evenly over the snapshots: a child process each
const FRESH_INSTANCES = 60; // per build, for the core's share; the first few are left out (the engine's)
const ENGINE_WARMING = 10;

/** Milliseconds `fn` takes. */
const time = (fn) => { const t0 = performance.now(); fn(); return performance.now() - t0; };

const argv = process.argv.slice(2);
if (argv[0] === "--child") {
  const [, snapshots, index, dir] = argv;
  console.log(JSON.stringify(await coldPage(snapshots, Number(index), dir)));
} else {
  const pagesAt = argv.indexOf("--pages");
  const pages = pagesAt >= 0 ? Number(argv.splice(pagesAt, 2)[1]) : DEFAULT_PAGES;
  const [snapshots = "target/snapshots.jsonl", ...dirs] = argv;
  report(snapshots, dirs.length ? dirs : ["dist/www/core"], pages);
  await coreShare(dirs.length ? dirs : ["dist/www/core"]);
}

/** (In a fresh process.) Milliseconds of each stage of a cold click on the snapshot at `index`. */
async function coldPage(snapshots, index, dir) {
  const line = readFileSync(snapshots, "utf8").split("\n").filter((l) => l.trim())[index];
  const snapshot = JSON.parse(line);
  const bytes = readFileSync(join(dir, "sift_bg.wasm"));
  const glue = pathToFileURL(resolve(dir, "sift.js")).href;
  const summarize = (core) => () => { try { core.summarizePage(snapshot, undefined); } catch {} };

  let module;
  const compile = time(() => { module = new WebAssembly.Module(bytes); });
  const first = await import(`${glue}?instance=first`);
  const instantiate = time(() => first.initSync({ module }));
  const firstCall = time(summarize(first));
  const secondCall = time(summarize(first));
  const warm = Array.from({ length: WARM_RUNS }, () => time(summarize(first))).sort((a, b) => a - b)[WARM_RUNS >> 1];
  const fresh = await import(`${glue}?instance=fresh`);
  fresh.initSync({ module });
  const freshFirstCall = time(summarize(fresh));
  return { compile, instantiate, firstCall, secondCall, warm, freshFirstCall };
}

function report(snapshots, dirs, pages) {
  const count = readFileSync(snapshots, "utf8").split("\n").filter((l) => l.trim()).length;
  const picked = Array.from({ length: Math.min(pages, count) }, (_, i) => Math.floor((i * count) / Math.min(pages, count)));
  const rows = dirs.map(() => []);
  for (const index of picked) {
    for (const [i, dir] of dirs.entries()) {
      const child = [new URL(import.meta.url).pathname, "--child", snapshots, String(index), dir];
      rows[i].push(JSON.parse(execFileSync(process.execPath, child, { encoding: "utf8" })));
    }
  }
  const quantile = (xs, q) => xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];
  console.log(`Node ${process.version}, ${picked.length} of ${count} snapshots, one fresh process each:`);
  for (const [i, dir] of dirs.entries()) {
    const line = (label, of) => {
      const xs = rows[i].map(of);
      console.log(`  ${label.padEnd(52)} median ${quantile(xs, 0.5).toFixed(2).padStart(7)} ms   p90 ${quantile(xs, 0.9).toFixed(2).padStart(7)} ms`);
    };
    console.log(dir);
    line("compile (new WebAssembly.Module)", (r) => r.compile);
    line("instantiate", (r) => r.instantiate);
    line("first summarizePage", (r) => r.firstCall);
    line("second summarizePage", (r) => r.secondCall);
    line(`warm summarizePage (median of ${WARM_RUNS})`, (r) => r.warm);
    line("a fresh instance's first call (same compiled module)", (r) => r.freshFirstCall);
    line("first - warm", (r) => r.firstCall - r.warm);
    line("  engine: first - fresh instance's first", (r) => r.firstCall - r.freshFirstCall);
    line("  core: fresh instance's first - warm", (r) => r.freshFirstCall - r.warm);
  }
}

/** The core's own first-use cost (tables built on first use, memory growth) per build, engine code warm. */
async function coreShare(dirs) {
  const modules = dirs.map((dir) => new WebAssembly.Module(readFileSync(join(dir, "sift_bg.wasm"))));
  const calls = dirs.map(() => ({ first: [], second: [] }));
  for (let i = 0; i < FRESH_INSTANCES; i++) {
    for (const [k, dir] of dirs.entries()) {
      const core = await import(`${pathToFileURL(resolve(dir, "sift.js")).href}?fresh=${i}`);
      core.initSync({ module: modules[k] });
      calls[k].first.push(time(() => core.summarizePage(WARM_UP_PAGE, undefined)));
      calls[k].second.push(time(() => core.summarizePage(WARM_UP_PAGE, undefined)));
    }
  }
  const median = (xs) => xs.slice(ENGINE_WARMING).sort((a, b) => a - b)[(xs.length - ENGINE_WARMING) >> 1];
  console.log(`the warm-up page on ${FRESH_INSTANCES - ENGINE_WARMING} fresh instances of one compiled module per build (medians):`);
  for (const [k, dir] of dirs.entries()) {
    const [first, second] = [median(calls[k].first), median(calls[k].second)];
    console.log(`  ${dir}: first call ${first.toFixed(3)} ms, second ${second.toFixed(3)} ms, the core's first-use cost ${(first - second).toFixed(3)} ms`);
  }
}
