/**
 * Extraction parity (issue 4, item 1): for every page of the extraction corpus, the extension's path
 * (the page served on 127.0.0.1 and opened in real Chromium, its own scripts off, snapshot taken by
 * extension/content/snapshot.js in an isolated world as a content script would, article found by the
 * wasm core) and the native path (`sift extract
 * --format json` on the same file) give the same article text.
 *
 * Some difference is legitimate: the live page knows what its style sheets hide, the HTML file does
 * not. So the bar is: token F1 between the two texts at least MIN_PAGE_F1 on every page, and the
 * texts identical on at least MIN_EQUAL_SHARE of the pages; every page that differs is reported
 * with its first differing paragraph.
 */
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { chromium } from "playwright-core";
import { CHROMIUM, REPO, SIFT_BIN, missing } from "./lib/env.mjs";
import { CORE_GLUE, loadCore } from "./lib/core.mjs";
import { EXTRACTION, evaluateIsolated, extractionPages, lockDown, tokenF1 } from "./lib/corpus.mjs";
import { startServer } from "../server.mjs";

/** Per page: the two texts may differ only by what a style sheet hides, a line or two. */
const MIN_PAGE_F1 = 0.99;
/** Share of pages whose two texts must be identical. */
const MIN_EQUAL_SHARE = 0.95;
/** The live-DOM snapshot taker the extension injects. */
const SNAPSHOT_JS = path.join(REPO, "extension/content/snapshot.js");

const run = promisify(execFile);
const skip = missing(EXTRACTION, SIFT_BIN, CORE_GLUE, SNAPSHOT_JS, CHROMIUM);
if (skip) console.log(`# extraction parity skipped: ${skip}`);

/** `{ set, id, native, live, f1 }` per page, filled in `before`. */
const results = [];
let server;
let browser;

/** The native tool's article text, or "" when it finds none (it then exits non-zero by design). */
async function nativeText(file) {
  try {
    const { stdout } = await run(SIFT_BIN, ["extract", "--format", "json", file], { maxBuffer: 64 << 20 });
    return JSON.parse(stdout).text;
  } catch (error) {
    if (/no article/i.test(error.stderr ?? "")) return "";
    throw new Error(`sift extract ${file}: ${error.stderr ?? error.message}`);
  }
}

/**
 * (In the page.) Two snapshots of the live DOM: as the extension takes it, where the page's style
 * sheets decide what is hidden, and one where only the markup does (the document seen without its
 * window, as an unrendered one would be), which is what the native side can know.
 */
const TWO_SNAPSHOTS = `[
  SiftSnapshot.take(document),
  SiftSnapshot.take(new Proxy(document, {
    get(target, key) {
      if (key === "defaultView") return null;
      const value = Reflect.get(target, key);
      return typeof value === "function" ? value.bind(target) : value;
    },
  })),
]`;

/** The article text the core finds in `snapshot` ("" for no article). */
function articleText(core, snapshot, entry) {
  try {
    return core.extractPage(snapshot).blocks.map((block) => block.text).join("\n\n");
  } catch (error) {
    if (error?.code === "no_article") return "";
    throw new Error(`extractPage on ${entry.route}: ${JSON.stringify(error)}`);
  }
}

before(async () => {
  if (skip) return;
  const core = await loadCore();
  const snapshotScript = fs.readFileSync(SNAPSHOT_JS, "utf8");
  server = await startServer({ port: 0 });
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-gpu"] });
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const origin = server.url.replace(/\/$/, "");
  const site = await lockDown(page, origin);
  for (const entry of extractionPages()) {
    const native = await nativeText(entry.file);
    await site.open(server.url + entry.route);
    const [rendered, markup] = await evaluateIsolated(page, `${snapshotScript}\n;${TWO_SNAPSHOTS}`);
    const live = articleText(core, rendered, entry);
    const liveMarkup = articleText(core, markup, entry);
    results.push({ set: entry.set, id: entry.id, native, live, liveMarkup, f1: tokenF1(native, live), f1Markup: tokenF1(native, liveMarkup) });
  }
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The first paragraph where two texts part, for the report. */
function firstDifference(native, live) {
  const a = native.split("\n\n");
  const b = live.split("\n\n");
  const at = a.findIndex((paragraph, i) => paragraph !== b[i]);
  const index = at === -1 ? a.length : at;
  const clip = (s) => (s === undefined ? "(none)" : JSON.stringify(s.length > 160 ? `${s.slice(0, 160)}…` : s));
  return `paragraph ${index} of ${a.length}/${b.length}: native ${clip(a[index])} vs live ${clip(b[index])}`;
}

test("snapshot takers agree: live DOM and native parse give the same article (visibility from markup)", { skip }, (t) => {
  assert.ok(results.length > 0, "no corpus page was read");
  const differing = results.filter((r) => r.native !== r.liveMarkup);
  for (const r of differing) t.diagnostic(`${r.set}/${r.id} F1 ${r.f1Markup.toFixed(4)}: ${firstDifference(r.native, r.liveMarkup)}`);
  t.diagnostic(`${results.length} pages, ${results.length - differing.length} identical`);
  const worst = results.filter((r) => r.f1Markup < MIN_PAGE_F1).map((r) => `${r.set}/${r.id} (${r.f1Markup.toFixed(3)})`);
  assert.deepEqual(worst, [], `pages under token F1 ${MIN_PAGE_F1}`);
  assert.ok(differing.length <= (1 - MIN_EQUAL_SHARE) * results.length, `${differing.length} of ${results.length} pages differ`);
});

test("the extension's path (style sheets decide visibility) and the native path: report", { skip }, (t) => {
  const differing = results.filter((r) => r.native !== r.live);
  for (const r of differing) t.diagnostic(`${r.set}/${r.id} F1 ${r.f1.toFixed(4)}: ${firstDifference(r.native, r.live)}`);
  const f1s = results.map((r) => r.f1).sort((a, b) => a - b);
  t.diagnostic(`${results.length} pages, ${results.length - differing.length} identical, mean F1 ${(f1s.reduce((a, b) => a + b, 0) / f1s.length).toFixed(4)}, median ${f1s[f1s.length >> 1].toFixed(4)}`);
  // Any difference left must come from what the page's style sheets hide, and nothing else.
  const unexplained = results.filter((r) => r.native !== r.live && r.native !== r.liveMarkup).map((r) => `${r.set}/${r.id}`);
  assert.ok(unexplained.length <= (1 - MIN_EQUAL_SHARE) * results.length, `differences not due to style sheets: ${unexplained.join(", ")}`);
});

test("parity is not vacuous: most pages have an article on both paths", { skip }, () => {
  const both = results.filter((r) => r.native.length > 0 && r.liveMarkup.length > 0).length;
  assert.ok(both >= MIN_EQUAL_SHARE * results.length, `${both} of ${results.length} pages have text on both paths`);
});
