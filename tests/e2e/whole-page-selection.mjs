#!/usr/bin/env node
/**
 * How much of a page's furniture reaches a summary when the reader selects the whole page (Ctrl+A,
 * then *Summarize selection*) rather than pressing the toolbar button. Every extraction corpus page
 * (page scripts off, nothing fetched from elsewhere) is opened in real Chromium; in an isolated world
 * of it, the content scripts read it as the extension does, once as the toolbar's snapshot and once
 * as the whole page selected (extension/content/selection.js); the wasm core summarizes each, as
 * the extension asks it, and every sentence shown is looked for in the page's expected article text
 * (case, punctuation and spacing aside). A sentence not found there is outside the article: a menu, a
 * teaser, a blurb, a notice; or a standfirst or caption, which the expected text leaves out too.
 * Reports the share of shown sentences outside the article, per set and in all, for both paths.
 *
 *   node tests/e2e/whole-page-selection.mjs [--sentences N] [--limit N] [--list]
 *
 * `--list` prints each sentence outside the article. Needs dist/www/core (bash .ci/build), the corpus
 * (SIFT_CORPUS) and Chromium.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { CHROMIUM, REPO, missing } from "./lib/env.mjs";
import { CORE_GLUE, loadCore } from "./lib/core.mjs";
import { EXTRACTION, evaluateIsolated, extractionPages, lockDown } from "./lib/corpus.mjs";
import { startSite } from "./lib/site.mjs";

const CONTENT_SCRIPTS = ["snapshot.js", "selection.js"].map((file) => path.join(REPO, "extension/content", file));
/** Tiny hand-written unit-test pages, mostly lorem ipsum: no news page a reader selects. */
const LEFT_OUT_SETS = new Set(["readability-synthetic"]);

const { values: args } = parseArgs({
  options: { sentences: { type: "string", default: "3" }, limit: { type: "string" }, list: { type: "boolean" } },
});

/** (In the page.) The toolbar's snapshot, and the whole page selected as the reader's selection. */
const READ_BOTH_WAYS = `(() => {
  const snapshot = SiftSnapshot.take(document);
  getSelection().selectAllChildren(document.body);
  const { text, lang } = SiftSelection.read(document, "");
  getSelection().removeAllRanges();
  return { snapshot, text, lang };
})()`;

/** Words of `text` with case, punctuation and spacing left aside, for looking one text up in another. */
const comparable = (text) => ` ${text.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}\p{M}]+/gu, " ").trim()} `;

/** The sentences the panel shows first of `summary` (its `count` best), or the core's error code. */
function shown(summarize) {
  try {
    const summary = summarize();
    return summary.sentences.filter((sentence) => sentence.rank < summary.count).map((sentence) => sentence.text);
  } catch (error) {
    return error?.code ?? String(error);
  }
}

async function main() {
  const absent = missing(EXTRACTION, CORE_GLUE, CHROMIUM, ...CONTENT_SCRIPTS);
  if (absent) {
    console.log(`whole-page-selection: cannot run, ${absent}`);
    process.exit(2);
  }
  const scripts = CONTENT_SCRIPTS.map((file) => fs.readFileSync(file, "utf8")).join("\n;");
  const options = { budget: { sentences: Number(args.sentences) } };
  const core = await loadCore();
  const site = await startSite();
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-gpu"] });
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  const locked = await lockDown(page, site.origin);
  const pages = extractionPages().filter((entry) => !LEFT_OUT_SETS.has(entry.set)).slice(0, Number(args.limit ?? Infinity));
  // Per path and set: pages summarized, pages answered with an error, sentences shown, outside the article.
  const tally = {};
  const count = (pathName, set, outcome, outside) => {
    const row = ((tally[pathName] ??= {})[set] ??= { pages: 0, errors: 0, sentences: 0, outside: 0 });
    if (typeof outcome === "string") row.errors += 1;
    else [row.pages, row.sentences, row.outside] = [row.pages + 1, row.sentences + outcome.length, row.outside + outside.length];
  };
  for (const entry of pages) {
    await locked.open(site.url + entry.route);
    const { snapshot, text, lang } = await evaluateIsolated(page, `${scripts}\n;${READ_BOTH_WAYS}`);
    const article = comparable(fs.readFileSync(path.join(EXTRACTION, entry.set, entry.id, "expected.txt"), "utf8"));
    const paths = {
      toolbar: shown(() => core.summarizePage(snapshot, options)),
      selection: shown(() => core.summarizeText(text, lang ?? undefined, undefined, { ...options, lines: "blocks" })),
    };
    for (const [pathName, outcome] of Object.entries(paths)) {
      const outside = typeof outcome === "string" ? [] : outcome.filter((sentence) => !article.includes(comparable(sentence)));
      count(pathName, entry.set, outcome, outside);
      for (const sentence of args.list ? outside : []) console.log(`${pathName} ${entry.set}/${entry.id}: ${sentence}`);
    }
  }
  await browser.close();
  await site.close();
  console.log(`${pages.length} pages, the ${args.sentences} sentences shown first; share of them outside the article's expected text:`);
  for (const [pathName, sets] of Object.entries(tally)) {
    const all = Object.values(sets).reduce((sum, row) => Object.fromEntries(Object.keys(row).map((key) => [key, sum[key] + row[key]])));
    for (const [set, row] of [...Object.entries(sets), ["all", all]]) {
      const share = row.sentences ? ((100 * row.outside) / row.sentences).toFixed(1) : "-";
      console.log(`  ${pathName.padEnd(10)} ${set.padEnd(12)} ${String(row.pages).padStart(4)} pages  ${String(row.errors).padStart(2)} errors  ${String(row.sentences).padStart(4)} sentences  ${share.padStart(5)}% outside`);
    }
  }
}

await main();
