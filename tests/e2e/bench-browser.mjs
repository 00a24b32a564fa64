#!/usr/bin/env node
/**
 * The in-browser benchmark of issue 4 (item 4): in real Chromium, for corpus pages served on
 * 127.0.0.1 (cross-origin isolated, so that performance.now() ticks in about 5 µs; page scripts off;
 * every other request aborted; timed once no request has been seen for 300 ms), per page:
 *
 *   sift         the extension's path from a click to the summary: the snapshot of the live DOM
 *                (extension/content/snapshot.js), its transfer to the core and the summary's back
 *                (a JSON round trip each way, as Chromium's extension messaging serializes), and the
 *                wasm core's summarizePage;
 *   readability  Readability.js (npm @mozilla/readability) parsing a clone of the same document;
 *   walk         the floor: a bare TreeWalker pass collecting the text nodes and serializing them.
 *
 * Everything runs in an isolated world of the page, the kind a content script runs in. Each figure
 * is the median of RUNS runs after WARMUP runs; then the median and p90 across pages, and the ratios.
 * These warm runs use a core compiled from the plain module bytes, whose compiled and optimized code
 * the renderer keeps from page to page, as a service worker that stays up keeps its core warm from
 * click to click. (A core of the page's own bytes, below, is still being optimized for dozens of
 * calls: timed in turn with the shared one on 80 pages, it took 1.28 times as long, 2.78 ms against
 * 1.96 at the median.)
 *
 * First calls are reported apart, since a reader's click is nearly always cold (a Manifest V3 service
 * worker stops after about 30 s idle, and its next start instantiates the core anew): the wasm's
 * compilation and instantiation, then the first summary stage by stage (the snapshot's first run in
 * the page, the transfer, the core's first call). The engine keeps compiled code per module bytes for
 * the whole renderer process, which would make every page after the first warm for it: each page gets
 * module bytes of its own (a custom section naming the page), so that its engine is as cold as a
 * service worker's after a restart. A second instance of the same compiled module then splits the
 * core's first call: its first call pays the core's own first-use costs (tables built on first use,
 * memory growth) but not the engine's lazy compilation, since the first call compiled the functions
 * (their optimization, tier-up, goes on in the background, so it may still be slower than a warm
 * call). A third module is warmed on the extension's warm-up page first, as the extension's
 * background does while the page takes its snapshot (extension/background/core.js), and its first
 * call is what the reader then waits for. Readability's first parse too.
 *
 * With `--baseline FILE` (another version of extension/content/snapshot.js, e.g. main's from `git
 * show main:extension/content/snapshot.js > /tmp/old.js`), that snapshot taker is timed too, in turn
 * with the others, and the report adds each page's ratio of the two and whether they took the same
 * snapshot (compared on the baseline's fields). Usage:
 *
 *   node tests/e2e/bench-browser.mjs [--sets scrapinghub,readability,newspaper4k] [--limit N] [--runs N] [--baseline FILE]
 *
 * Needs dist/www/core (bash .ci/build) and the corpus (SIFT_CORPUS).
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { CHROMIUM, REPO, missing } from "./lib/env.mjs";
import { CORE_DIR, CORE_GLUE } from "./lib/core.mjs";
import { EXTRACTION, evaluateIsolated, extractionPages, lockDown } from "./lib/corpus.mjs";
import { startSite } from "./lib/site.mjs";
import { WARM_UP_PAGE } from "../../extension/background/warm-up.js";

/** The sets of the issue's reference figures (219 pages); rtl-news and the synthetic set on request. */
const DEFAULT_SETS = "scrapinghub,readability,newspaper4k";
/** Runs thrown away before timing: the first calls compile and warm the code paths. */
const WARMUP = 2;
/** Timed runs per page and method; the median is kept. */
const DEFAULT_RUNS = 7;

const SNAPSHOT_JS = path.join(REPO, "extension/content/snapshot.js");
const READABILITY_JS = path.join(REPO, "tests/node_modules/@mozilla/readability/Readability.js");

const { values: args } = parseArgs({
  options: {
    sets: { type: "string", default: DEFAULT_SETS },
    limit: { type: "string" },
    runs: { type: "string", default: String(DEFAULT_RUNS) },
    baseline: { type: "string" },
  },
});

/**
 * The core's wasm-bindgen glue (an ES module) as a classic script that defines `newSiftCore()`: page
 * scripts are off, and an isolated world cannot import a module, but it can run this. Each call gives
 * glue of its own, so that one page can hold two instances.
 */
function coreAsScript() {
  const glue = fs.readFileSync(CORE_GLUE, "utf8")
    .replace(/^export function /gm, "function ")
    .replace(/^export \{[^}]*\};?$/gm, "")
    .replace(/import\.meta\.url/g, "location.href");
  return `globalThis.newSiftCore = () => {\n${glue}\nreturn { initSync, summarizePage };\n};`;
}

/**
 * The snapshot taker of `file` as a classic script that defines `baselineSnapshot` beside the
 * current `SiftSnapshot`: the script defines itself on the `globalThis` it is handed.
 */
function baselineAsScript(file) {
  return `globalThis.baselineSnapshot = {};\n(function (globalThis) {\n${fs.readFileSync(file, "utf8")}\n})(globalThis.baselineSnapshot);`;
}

/**
 * (In the page's isolated world.) Times everything for one page; returns milliseconds. The three
 * methods take turns run by run, so that a spell of load on the machine falls on each alike, each
 * after a full garbage collection (Chromium runs with --expose-gc), so that none pays for another's
 * garbage; each Sift run is timed stage by stage, so that its parts add up to its total.
 */
const MEASURE = `async (runs, warmup, origin, pageName, warmUpPage) => {
  const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; };
  const time = (fn) => { const t0 = performance.now(); const value = fn(); return [performance.now() - t0, value]; };

  // An absolute address: some pages set a <base> elsewhere.
  const bytes = new Uint8Array(await (await fetch(origin + "/core/sift_bg.wasm")).arrayBuffer());
  // The module's bytes with a custom section naming them appended: bytes the engine has not compiled
  // before in this process (section id 0, its size, the name's size and the name; sizes in LEB128,
  // one byte while under 128).
  const withName = (bytes, name) => {
    const encoded = new TextEncoder().encode(name.slice(0, 100));
    const named = new Uint8Array(bytes.length + 3 + encoded.length);
    named.set(bytes);
    named.set([0, encoded.length + 1, encoded.length, ...encoded], bytes.length);
    return named;
  };
  const SiftCore = newSiftCore();
  const coldBytes = withName(bytes, "cold " + pageName);
  const [compile, module] = time(() => new WebAssembly.Module(coldBytes));
  const [instantiate] = time(() => SiftCore.initSync({ module }));

  const roundTrip = (value) => JSON.parse(JSON.stringify(value));
  const summarize = (core, snapshot) => { try { return core.summarizePage(snapshot, undefined); } catch (error) { return error; } };
  /** One click's work, stage by stage: [snapshot, transfer (there and back), core] and the outcome. */
  const sift = (core = SiftCore) => {
    const [snapshot, taken] = time(() => SiftSnapshot.take(document));
    const [there, sent] = time(() => roundTrip(taken));
    const [coreTime, summary] = time(() => summarize(core, sent));
    const [back, reply] = time(() => roundTrip(summary));
    return [[snapshot, there + back, coreTime], reply.sentences?.length ?? reply.code];
  };
  const readability = () => new Readability(document.cloneNode(true)).parse()?.textContent.length ?? 0;
  const walk = () => {
    const texts = [];
    const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.data);
    return JSON.stringify(texts).length;
  };
  const [[snapshotFirst, transferFirst, coreFirst], outcome] = sift();
  // A second instance of the module just compiled: its functions compiled, the core's memory and tables new.
  const secondInstance = newSiftCore();
  secondInstance.initSync({ module });
  const [coreFirstOfSecondInstance] = time(() => summarize(secondInstance, roundTrip(SiftSnapshot.take(document))));
  // A third module of its own, warmed as the extension warms its core before the page's snapshot arrives.
  const warmedCore = newSiftCore();
  const warmedBytes = withName(bytes, "warmed " + pageName);
  warmedCore.initSync({ module: new WebAssembly.Module(warmedBytes) });
  const [warmUp] = time(() => summarize(warmedCore, warmUpPage));
  const [coreFirstAfterWarmUp] = time(() => summarize(warmedCore, roundTrip(SiftSnapshot.take(document))));
  const [readabilityFirst] = time(readability);
  // The baseline's snapshot taker, as warm as the current one: taken as often as the first calls above took it.
  const baseline = globalThis.baselineSnapshot?.SiftSnapshot;
  // Compared on the baseline's own fields: one the current taker adds is no difference in what both read.
  const [old, now] = baseline ? [baseline.take(document), SiftSnapshot.take(document)] : [];
  const sameSnapshot = baseline ? Object.keys(old).every((key) => JSON.stringify(old[key]) === JSON.stringify(now[key])) : null;
  for (let take = 0; baseline && take < 3; take++) baseline.take(document);
  // The timed runs use a core as warm as a service worker's that has stayed up through earlier clicks:
  // a module of the plain bytes, whose compiled and optimized code the renderer keeps from page to page.
  const warmCore = newSiftCore();
  warmCore.initSync({ module: new WebAssembly.Module(bytes) });
  const stages = { snapshot: [], transfer: [], core: [], sift: [], readability: [], walk: [], baseline: [], snapshotRatio: [] };
  for (let run = 0; run < warmup + runs; run++) {
    gc();
    const [parts] = sift(warmCore);
    gc();
    const [readabilityTime] = time(readability);
    gc();
    const [walkTime] = time(walk);
    let baselineTime = null;
    if (baseline) {
      gc();
      [baselineTime] = time(() => baseline.take(document));
    }
    if (run < warmup) continue;
    parts.forEach((part, i) => stages[["snapshot", "transfer", "core"][i]].push(part));
    stages.sift.push(parts[0] + parts[1] + parts[2]);
    stages.readability.push(readabilityTime);
    stages.walk.push(walkTime);
    if (baseline) {
      stages.baseline.push(baselineTime);
      stages.snapshotRatio.push(parts[0] / baselineTime);
    }
  }
  const medians = Object.fromEntries(Object.entries(stages).map(([stage, times]) => [stage, median(times)]));
  const siftFirst = snapshotFirst + transferFirst + coreFirst;
  return {
    isolated: crossOriginIsolated, outcome, compile, instantiate, siftFirst, snapshotFirst, transferFirst, coreFirst,
    coreFirstOfSecondInstance, warmUp, coreFirstAfterWarmUp, readabilityFirst, sameSnapshot, ...medians,
  };
}`;

function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

async function main() {
  const absent = missing(EXTRACTION, CORE_GLUE, SNAPSHOT_JS, READABILITY_JS, CHROMIUM);
  if (absent) {
    console.log(`bench-browser: cannot run, ${absent}`);
    process.exit(2);
  }
  const sets = new Set(args.sets.split(","));
  let pages = extractionPages().filter((page) => sets.has(page.set));
  if (args.limit) pages = pages.slice(0, Number(args.limit));
  const runs = Number(args.runs);
  const scripts = [fs.readFileSync(SNAPSHOT_JS, "utf8"), fs.readFileSync(READABILITY_JS, "utf8"), coreAsScript()];
  if (args.baseline) scripts.push(baselineAsScript(args.baseline));
  const setup = scripts.join("\n;\n");

  const site = await startSite();
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-gpu", "--js-flags=--expose-gc"] });
  // The page's own CSP is set aside: in the extension the core runs in the background, where the
  // page's CSP does not reach, so a page forbidding wasm must not keep it out of the benchmark.
  const context = await browser.newContext({ javaScriptEnabled: false, bypassCSP: true });
  const page = await context.newPage();
  const corpus = await lockDown(page, site.origin);
  const rows = [];
  const started = Date.now();
  for (const entry of pages) {
    try {
      await corpus.open(`${site.url}${entry.route}?isolated=1`, { settle: true });
      const row = await evaluateIsolated(page, `${setup}\n;(${MEASURE})(${runs}, ${WARMUP}, ${JSON.stringify(site.origin)}, ${JSON.stringify(`${entry.set}/${entry.id}`)}, ${JSON.stringify(WARM_UP_PAGE)})`);
      if (!row.isolated) throw new Error("the page is not cross-origin isolated: the timer is coarse");
      rows.push({ page: `${entry.set}/${entry.id}`, ...row });
    } catch (error) {
      console.error(`skipped ${entry.set}/${entry.id}: ${error.message.split("\n")[0]}`);
    }
  }
  await browser.close();
  await site.close();

  const ms = (x) => `${x.toFixed(2)} ms`;
  const column = (key) => rows.map((row) => row[key]);
  const line = (label, key) => console.log(`${label.padEnd(58)} median ${ms(quantile(column(key), 0.5)).padStart(10)}   p90 ${ms(quantile(column(key), 0.9)).padStart(10)}`);
  console.log(`\nChromium ${browser.version()}, ${rows.length} of ${pages.length} pages (${[...sets].join(", ")}), ${runs} runs after ${WARMUP} warm-up, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  console.log("per page: median of the runs; across pages:");
  line("sift: snapshot + transfer + core", "sift");
  line("  snapshot", "snapshot");
  line("  transfer (JSON, there and back)", "transfer");
  line("  core (summarizePage)", "core");
  line("readability.js on a clone", "readability");
  line("bare TreeWalker pass (floor)", "walk");
  if (args.baseline) {
    const same = rows.filter((row) => row.sameSnapshot).length;
    line(`  snapshot of --baseline ${path.basename(args.baseline)}`, "baseline");
    const ratio = (q) => quantile(column("snapshotRatio"), q).toFixed(3);
    console.log(`${"  snapshot / baseline's (per page, runs in turn)".padEnd(58)} median ${ratio(0.5).padStart(10)}   p90 ${ratio(0.9).padStart(10)}`);
    console.log(`  the same snapshot as the baseline's on ${same} of ${rows.length} pages`);
  }
  console.log("first calls (a cold click: the page's own module bytes, so the engine starts cold too):");
  line("  wasm compilation", "compile");
  line("  wasm instantiation", "instantiate");
  line("  sift, first summary after it", "siftFirst");
  line("    snapshot, first run", "snapshotFirst");
  line("    transfer", "transferFirst");
  line("    core, first call", "coreFirst");
  line("    core, a second instance's first call (code compiled)", "coreFirstOfSecondInstance");
  line("    core, warm-up page (extension/background/warm-up.js)", "warmUp");
  line("    core, first call after the warm-up", "coreFirstAfterWarmUp");
  line("  readability.js, first parse", "readabilityFirst");
  for (const q of [0.5, 0.9]) {
    const at = (key) => quantile(column(key), q);
    console.log(`ratios at ${q === 0.5 ? "the median" : "p90"}: sift / walk ${(at("sift") / at("walk")).toFixed(2)} (aim < 4), sift / readability ${(at("sift") / at("readability")).toFixed(2)} (aim < 0.25)`);
  }
  const outcomes = {};
  for (const { outcome } of rows) {
    const kind = typeof outcome === "number" ? "summary" : String(outcome);
    outcomes[kind] = (outcomes[kind] ?? 0) + 1;
  }
  console.log(`outcomes: ${JSON.stringify(outcomes)}`);
}

await main();
