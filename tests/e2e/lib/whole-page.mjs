/**
 * How much of a page's furniture reaches a summary when the reader selects the whole page (Ctrl+A,
 * then *Summarize selection*) rather than pressing the toolbar button. Every extraction corpus page
 * (page scripts off, nothing fetched from elsewhere) is opened in real Chromium; in an isolated world
 * of it, the content scripts read it as the extension does, once as the toolbar's snapshot and once
 * as the whole page selected (extension/content/selection.js); the wasm core summarizes each as the
 * extension asks it, and every sentence shown is looked for in the page's expected article text
 * (case, punctuation and spacing aside). A sentence not found there is outside the article: a menu, a
 * teaser, a blurb, a notice; or a standfirst or a caption, which the expected text leaves out too.
 */
import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM, REPO, missing } from "./env.mjs";
import { CORE_GLUE, loadCore, shownFirst } from "./core.mjs";
import { EXTRACTION, evaluateIsolated, extractionPages, lockDown } from "./corpus.mjs";
import { startSite } from "./site.mjs";

const CONTENT_SCRIPTS = ["snapshot.js", "selection.js"].map((file) => path.join(REPO, "extension/content", file));
/** Tiny hand-written unit-test pages, mostly lorem ipsum: no news page a reader selects. */
const LEFT_OUT_SETS = new Set(["readability-synthetic"]);

/** Why the measure cannot run here (a missing build, corpus or browser), or null. */
export const wholePagesMissing = () => missing(EXTRACTION, CORE_GLUE, CHROMIUM, ...CONTENT_SCRIPTS);

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

/** The sentences the panel shows first of the summary `summarize` gives, or the core's error code. */
function shown(summarize) {
  try {
    return shownFirst(summarize());
  } catch (error) {
    return error?.code ?? String(error);
  }
}

/**
 * Reads every page both ways; `{ toolbar, selection }`, each `{ <set>: { pages, errors, sentences,
 * outside } }` with an `all` row. `onOutside(path, page, sentence)` hears of each sentence outside.
 */
export async function measureWholePages({ sentences = 3, limit = Infinity, onOutside = () => {} } = {}) {
  const scripts = CONTENT_SCRIPTS.map((file) => fs.readFileSync(file, "utf8")).join("\n;");
  const options = { budget: { sentences } };
  const core = await loadCore();
  const site = await startSite();
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-gpu"] });
  const tally = { toolbar: {}, selection: {} };
  try {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    const locked = await lockDown(page, site.origin);
    const pages = extractionPages().filter((entry) => !LEFT_OUT_SETS.has(entry.set)).slice(0, limit);
    for (const entry of pages) {
      await locked.open(site.url + entry.route);
      const { snapshot, text, lang } = await evaluateIsolated(page, `${scripts}\n;${READ_BOTH_WAYS}`);
      const article = comparable(fs.readFileSync(path.join(EXTRACTION, entry.set, entry.id, "expected.txt"), "utf8"));
      const outcomes = {
        toolbar: shown(() => core.summarizePage(snapshot, options)),
        selection: shown(() => core.summarizeText(text, lang ?? undefined, undefined, { ...options, lines: "blocks" })),
      };
      for (const [way, outcome] of Object.entries(outcomes)) {
        for (const set of [entry.set, "all"]) {
          const row = (tally[way][set] ??= { pages: 0, errors: 0, sentences: 0, outside: 0 });
          if (typeof outcome === "string") {
            row.errors += 1;
            continue;
          }
          const outside = outcome.filter((sentence) => !article.includes(comparable(sentence)));
          [row.pages, row.sentences, row.outside] = [row.pages + 1, row.sentences + outcome.length, row.outside + outside.length];
          if (set === "all") outside.forEach((sentence) => onOutside(way, entry, sentence));
        }
      }
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return tally;
}

/** The share of a row's shown sentences that are outside the article, in percent. */
export const outsideShare = (row) => (row.sentences ? (100 * row.outside) / row.sentences : 0);
