#!/usr/bin/env node
/**
 * How much of a page's furniture reaches a summary when the reader selects the whole page rather
 * than pressing the toolbar button, over the extraction corpus's pages in real Chromium (how it is
 * measured: lib/whole-page.mjs). Reports the share of shown sentences outside the article's expected
 * text, per set and in all, for both ways of reading the page.
 *
 *   node tests/e2e/whole-page-selection.mjs [--sentences N] [--limit N] [--list]
 *
 * `--list` prints each sentence outside the article. Needs dist/www/core (bash .ci/build), the corpus
 * (SIFT_CORPUS) and Chromium.
 */
import { parseArgs } from "node:util";
import { measureWholePages, outsideShare, wholePagesMissing } from "./lib/whole-page.mjs";

const { values: args } = parseArgs({
  options: { sentences: { type: "string", default: "3" }, limit: { type: "string" }, list: { type: "boolean" } },
});

const absent = wholePagesMissing();
if (absent) {
  console.log(`whole-page-selection: cannot run, ${absent}`);
  process.exit(2);
}
const tally = await measureWholePages({
  sentences: Number(args.sentences),
  limit: Number(args.limit ?? Infinity),
  onOutside: (way, page, sentence) => args.list && console.log(`${way} ${page.set}/${page.id}: ${sentence}`),
});
console.log(`the ${args.sentences} sentences shown first; share of them outside the article's expected text:`);
for (const [way, sets] of Object.entries(tally)) {
  for (const [set, row] of Object.entries(sets).sort(([a], [b]) => (a === "all") - (b === "all") || a.localeCompare(b))) {
    const counts = `${String(row.pages).padStart(4)} pages  ${String(row.errors).padStart(2)} errors  ${String(row.sentences).padStart(4)} sentences`;
    console.log(`  ${way.padEnd(10)} ${set.padEnd(12)} ${counts}  ${outsideShare(row).toFixed(1).padStart(5)}% outside`);
  }
}
