#!/usr/bin/env node
/**
 * A reader's cold click on the real extension, in real Chromium: from the toolbar click (CDP's
 * Extensions.triggerAction, as the end-to-end tests press it) to the summary's sentences marked on
 * the page. Two kinds of cold, each browser giving one of each:
 *
 * - "new browser": the first click in a browser launched afresh, so that the wasm core and the
 *   engine's compiled code are cold (the service worker itself is already running: the browser
 *   starts it when it loads the extension);
 * - "worker restarted": a later click in the same browser after the service worker was stopped (CDP's
 *   ServiceWorker.stopAllWorkers, what the browser does after ~30 s idle), on a page opened anew: the
 *   worker starts on the click, and whatever the browser keeps between a worker's lives (the wasm code
 *   cache, a live extension process) is there, as for a reader whose browser has been open a while.
 *
 * The moments are taken on one clock (performance.timeOrigin + now): the click in Node, the panel
 * appearing and the first CSS highlight of the summary in the page (what any build shows), and, when
 * the build leaves them, the background's `sift:` marks (extension/background/marks.js) and the
 * worker's start. Each moment is reported as milliseconds after the click, median and p90.
 *
 * Given several unpacked builds of the extension, the browsers take turns between them, so that the
 * machine's load falls alike on each:
 *
 *   node tests/e2e/bench-click.mjs [--clicks N] DIR [DIR ...]     (default: dist/chrome)
 *
 * Needs the sample page (www/samples) and Chromium.
 */
import { parseArgs } from "node:util";
import { CHROMIUM, extensionDir, missing, sleep } from "./lib/env.mjs";
import { clickAction, evaluateInWorker, launchChromium, stopServiceWorkers } from "./lib/chromium.mjs";
import { SAMPLE_PAGE, addressOf, startSite } from "./lib/site.mjs";

/** Browsers per build; each gives one click of each kind. */
const DEFAULT_CLICKS = 8;
/** A newly launched browser's (or page's) own start-up work, let pass before the click. */
const SETTLE_MS = 1000;
/** A click that shows no summary by then counts as failed. */
const TIMEOUT_MS = 20_000;
const KINDS = ["new browser", "worker restarted"];

/**
 * The moments reported, in the order a click passes them: a `sift:` mark of the background, or
 * `worker` (the service worker's start), `panel` and `marked` (seen in the page).
 */
const MOMENTS = [
  ["worker", "service worker started"],
  ["started", "background module evaluated"],
  ["gesture", "click event in the background"],
  ["injected", "content scripts injected"],
  ["toggle-sent", "page told to open the panel"],
  ["panel", "panel element added to the page"],
  ["core-loaded", "wasm core instantiated"],
  ["warmed-up", "warm-up page summarized"],
  ["snapshot-received", "snapshot in the background"],
  ["summary-sent", "summary sent back"],
  ["marked", "summary marked on the page"],
];

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { clicks: { type: "string", default: String(DEFAULT_CLICKS) } },
});
const builds = positionals.length ? positionals : [extensionDir("chrome")];
const now = () => performance.timeOrigin + performance.now();

/**
 * Watches `page` from its own world: resolves to `{panel, marked}`, the moments the panel's host
 * element is added and the summary's first CSS highlight is registered (null when not by the timeout).
 */
function watchPage(page) {
  return page.evaluate((timeout) => new Promise((resolve) => {
    const at = () => performance.timeOrigin + performance.now();
    let panel = null;
    const observer = new MutationObserver(() => {
      panel ??= document.querySelector("sift-panel") ? at() : null;
    });
    observer.observe(document.documentElement, { childList: true });
    const started = performance.now();
    const look = () => {
      if (CSS.highlights.size > 0 || performance.now() - started > timeout) {
        observer.disconnect();
        resolve({ panel, marked: CSS.highlights.size > 0 ? at() : null });
      } else {
        setTimeout(look, 0);
      }
    };
    look();
  }), TIMEOUT_MS);
}

/** The running extension worker's start and its `sift:` marks, on the shared clock. */
function workerMoments(browser) {
  return evaluateInWorker(browser, `(() => {
    const moments = { worker: performance.timeOrigin };
    for (const entry of performance.getEntriesByType("mark")) {
      if (entry.name.startsWith("sift:")) moments[entry.name.slice(5)] = performance.timeOrigin + entry.startTime;
    }
    return moments;
  })()`);
}

/**
 * One click on a fresh page of the sample: milliseconds from the click to each moment. With
 * `restart`, the service worker (which the page's loading woke) is stopped just before the click.
 */
async function clickOnce(site, browser, visit, { restart = false } = {}) {
  const page = await browser.context.newPage();
  await page.goto(addressOf(site, SAMPLE_PAGE, { click: String(visit) }));
  await sleep(SETTLE_MS);
  if (restart) await stopServiceWorkers(browser);
  const seen = watchPage(page);
  const clicked = now();
  const refused = await clickAction(browser, page);
  if (refused) throw new Error(`the browser refused the click: ${refused}`);
  const { panel, marked } = await seen;
  if (!marked) throw new Error(`no summary within ${TIMEOUT_MS} ms`);
  // A build without marks, or a worker gone already, still gives the page's moments.
  const moments = { ...(await workerMoments(browser).catch(() => ({}))), panel, marked };
  await page.close();
  return Object.fromEntries(Object.entries(moments).map(([name, at]) => [name, at - clicked]));
}

/** A browser with the build at `dir`: one click of each kind, as `[new browser, worker restarted]`. */
async function coldClicks(site, dir, visit) {
  const browser = await launchChromium(dir);
  try {
    await sleep(SETTLE_MS);
    const first = await clickOnce(site, browser, visit);
    const restarted = await clickOnce(site, browser, visit + 0.5, { restart: true });
    return [first, restarted];
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
  const results = builds.map(() => KINDS.map(() => []));
  let failed = 0;
  for (let round = 0; round < Number(args.clicks); round++) {
    for (const [i, dir] of builds.entries()) {
      const clicks = await coldClicks(site, dir, round * builds.length + i).catch((error) => {
        console.error(`click failed: ${error.message.split("\n")[0]}`);
        return null;
      });
      if (clicks) clicks.forEach((click, kind) => results[i][kind].push(click));
      else failed += 1;
    }
  }
  await site.close();
  const ms = (x) => `${x.toFixed(1)}`.padStart(7);
  console.log(`cold clicks on ${SAMPLE_PAGE}, ms after the click, median (p90); ${failed} browsers failed`);
  for (const [i, dir] of builds.entries()) {
    for (const [kind, name] of KINDS.entries()) {
      const rows = results[i][kind];
      console.log(`${dir}, ${name} (${rows.length} clicks)`);
      for (const [key, label] of MOMENTS) {
        const values = rows.map((row) => row[key]).filter((value) => value !== undefined && value !== null);
        // Before the click (a worker already running) is no stage of it.
        if (values.length === 0 || quantile(values, 0.5) < 0) continue;
        console.log(`  ${label.padEnd(32)} ${ms(quantile(values, 0.5))} (${ms(quantile(values, 0.9))})`);
      }
    }
  }
}

await main();
