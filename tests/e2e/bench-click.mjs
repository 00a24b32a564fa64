#!/usr/bin/env node
/**
 * A reader's cold click on the real extension, in real Chromium: from the toolbar click (CDP's
 * Extensions.triggerAction, as the end-to-end tests press it) to the summary's sentences marked on
 * the page, in a browser launched afresh for every click, so that the service worker, the wasm core
 * and the engine's compiled code are all cold, as after the ~30 s idle stop of a Manifest V3 worker.
 * The moments are taken on one clock (performance.timeOrigin + now) in Node, in the service worker
 * (the core instantiated, the snapshot's arrival) and in the page (the first CSS highlight of the
 * summary): click → snapshot in the background, then snapshot → summary marked on the page.
 *
 * Given several unpacked builds of the extension, the clicks take turns between them, so that the
 * machine's load falls alike on each, and each build's median and p90 are reported:
 *
 *   node tests/e2e/bench-click.mjs [--clicks N] DIR [DIR ...]     (default: dist/chrome)
 *
 * Needs the sample page (www/samples) and Chromium.
 */
import { parseArgs } from "node:util";
import { CHROMIUM, extensionDir, missing, sleep } from "./lib/env.mjs";
import { clickAction, launchChromium } from "./lib/chromium.mjs";
import { SAMPLE_PAGE, addressOf, startSite } from "./lib/site.mjs";

/** Clicks per build; each in a browser of its own. */
const DEFAULT_CLICKS = 8;
/** A newly launched browser's own start-up work, let pass before the click. */
const SETTLE_MS = 1000;
/** A click that shows no summary by then counts as failed. */
const TIMEOUT_MS = 20_000;

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { clicks: { type: "string", default: String(DEFAULT_CLICKS) } },
});
const builds = positionals.length ? positionals : [extensionDir("chrome")];
const now = () => performance.timeOrigin + performance.now();

/** One cold click with the build at `dir`: milliseconds to each moment; throws when it shows no summary. */
async function coldClick(site, dir, round) {
  const browser = await launchChromium(dir);
  try {
    // In the service worker: when the page's snapshot arrives, and when the core is instantiated
    // (wasm-bindgen's glue calls one of these two).
    await browser.worker.evaluate((type) => {
      const at = () => performance.timeOrigin + performance.now();
      globalThis.benchSnapshotAt = null;
      globalThis.benchCoreAt = null;
      for (const name of ["instantiateStreaming", "instantiate"]) {
        const original = WebAssembly[name];
        WebAssembly[name] = (...args) => original.apply(WebAssembly, args).then((result) => {
          globalThis.benchCoreAt ??= at();
          return result;
        });
      }
      chrome.runtime.onMessage.addListener((request) => {
        if (request?.type === type) globalThis.benchSnapshotAt ??= performance.timeOrigin + performance.now();
      });
    }, "sift:content-to-background:summarize-page");
    const page = await browser.context.newPage();
    await page.goto(addressOf(site, SAMPLE_PAGE, { click: String(round) }));
    await sleep(SETTLE_MS);
    // The summary is marked on the page through CSS.highlights, which the page's own world sees too.
    const marked = page.evaluate((timeout) => new Promise((resolve) => {
      const started = performance.now();
      const look = () => {
        if (CSS.highlights.size > 0) resolve(performance.timeOrigin + performance.now());
        else if (performance.now() - started > timeout) resolve(null);
        else setTimeout(look, 0);
      };
      look();
    }), TIMEOUT_MS);
    const clicked = now();
    const refused = await clickAction(browser, page);
    const summaryAt = await marked;
    const [snapshotAt, coreAt] = await browser.worker.evaluate(() => [globalThis.benchSnapshotAt, globalThis.benchCoreAt]).catch(() => []);
    if (refused) throw new Error(`the browser refused the click: ${refused}`);
    if (!summaryAt || !snapshotAt || !coreAt) throw new Error(`no summary within ${TIMEOUT_MS} ms`);
    return { total: summaryAt - clicked, core: coreAt - clicked, snapshot: snapshotAt - clicked, summary: summaryAt - snapshotAt };
  } finally {
    await browser.close();
  }
}

function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

async function main() {
  const absent = missing(CHROMIUM, ...builds);
  if (absent) {
    console.log(`bench-click: cannot run, ${absent}`);
    process.exit(2);
  }
  const site = await startSite();
  const results = builds.map(() => []);
  let failed = 0;
  for (let round = 0; round < Number(args.clicks); round++) {
    for (const [i, dir] of builds.entries()) {
      const result = await coldClick(site, dir, round * builds.length + i).catch((error) => {
        console.error(`click failed: ${error.message.split("\n")[0]}`);
        return null;
      });
      if (result) results[i].push(result);
      else failed += 1;
    }
  }
  await site.close();
  const ms = (x) => `${x.toFixed(1)} ms`.padStart(9);
  console.log(`cold clicks on ${SAMPLE_PAGE}, a fresh Chromium each (${failed} failed):`);
  for (const [i, dir] of builds.entries()) {
    const rows = results[i];
    const figure = (key) => `median ${ms(quantile(rows.map((r) => r[key]), 0.5))}, p90 ${ms(quantile(rows.map((r) => r[key]), 0.9))}`;
    console.log(`${dir} (${rows.length} clicks)`);
    console.log(`  click → summary marked on the page   ${figure("total")}`);
    console.log(`    click → core instantiated           ${figure("core")}`);
    console.log(`    click → snapshot in the background  ${figure("snapshot")}`);
    console.log(`    snapshot → summary marked           ${figure("summary")}`);
  }
}

await main();
