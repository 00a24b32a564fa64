/**
 * The extension's warm-up page (extension/background/warm-up.js), which the background summarizes
 * while a reader's first click is served, so that the engine compiles the core's code before the
 * page's snapshot arrives. It must stay a page the core reads as the content script's snapshots
 * (packed as they are) and finds an article in, or the warm-up would warm only the error path.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { CORE_GLUE, loadCore } from "./lib/core.mjs";
import { missing } from "./lib/env.mjs";
import { WARM_UP_PAGE } from "../../extension/background/warm-up.js";

const skip = missing(CORE_GLUE);
if (skip) console.log(`# warm-up page test skipped: ${skip}`);

test("the warm-up page is an article the core summarizes, through extraction, segmentation and scoring", { skip }, async () => {
  const core = await loadCore();
  const article = core.extractPage(WARM_UP_PAGE);
  assert.equal(article.title, WARM_UP_PAGE.title);
  assert.ok(article.blocks.length >= 4, `blocks: ${JSON.stringify(article.blocks)}`);
  const summary = core.summarizePage(WARM_UP_PAGE, undefined);
  assert.equal(summary.lang, "en");
  assert.ok(summary.sentences.length >= 8, `${summary.sentences.length} sentences`);
  assert.ok(summary.count > 0 && summary.keywords.length > 0);
});
