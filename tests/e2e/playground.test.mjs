/**
 * The playground (issue 6, item 8) in real Chromium, served from dist/www on 127.0.0.1: the sample
 * page loaded with `?sample=` and the same page pasted as HTML both give the summary, with its date
 * worded as the panel words it, every sentence of the article shaded by its score, the keywords, and a
 * length control whose summaries are nested; nothing is fetched from elsewhere; a screenshot for the
 * README.
 */
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM, DIST, missing, waitFor } from "./lib/env.mjs";
import { SAMPLE_PAGE, startSite } from "./lib/site.mjs";
import { assertNested, assertOnlyArticleSentences, assertOnlyLocalRequests, assertReadableDate } from "./lib/checks.mjs";
import { sampleParts } from "./lib/panel.mjs";
import { saveScreenshot } from "./lib/screenshots.mjs";

const PLAYGROUND = path.join(DIST, "www", "index.html");
const skip = missing(PLAYGROUND, path.join(DIST, "www", "core", "sift_bg.wasm"), CHROMIUM);
if (skip) console.log(`# playground tests skipped: ${skip}`);

let site;
let browser;
let page;
const requests = [];
const errors = [];

before(async () => {
  if (skip) return;
  site = await startSite();
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-gpu"] });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.on("request", (request) => requests.push(request.url()));
  page = await context.newPage();
  page.on("pageerror", (error) => errors.push(error.message));
});

after(async () => {
  await browser?.close();
  await site?.close();
});

/** Waits for the playground to finish a summary, and returns what it shows. */
async function result() {
  await waitFor(() => page.evaluate(() => ["done", "error"].includes(document.body.dataset.state)), "the playground to finish");
  return page.evaluate(() => ({
    state: document.body.dataset.state,
    status: document.getElementById("status").textContent,
    summary: [...document.querySelectorAll("#summary li")].map((li) => li.textContent.trim()),
    keywords: [...document.querySelectorAll("#keywords li")].map((li) => li.textContent.trim()),
    date: [...document.querySelectorAll("#facts time")].map((time) => ({ text: time.textContent, datetime: time.dateTime }))[0],
    sentences: [...document.querySelectorAll("#article .sentence")].map((span) => ({
      shade: Number(getComputedStyle(span).getPropertyValue("--shade")),
      chosen: span.classList.contains("chosen"),
    })),
    length: Number(document.getElementById("length").value),
    max: Number(document.getElementById("length").max),
  }));
}

let viaSample;

test("?sample= loads the sample page: summary, shaded sentences, keywords", { skip }, async () => {
  await page.goto(`${site.url}?sample=${SAMPLE_PAGE}`);
  viaSample = await result();
  assert.equal(viaSample.state, "done", viaSample.status);
  assert.ok(viaSample.summary.length >= 2, `${viaSample.summary.length} summary sentences`);
  assert.equal(viaSample.summary.length, viaSample.length, "the summary has the length the control shows");
  assert.ok(viaSample.keywords.length > 0, "keywords are shown");
  // The facts line words the page's date as the panel does (extension/content/panel-text.js).
  assertReadableDate(viaSample.date, "2025-01-25T21:55:00+01:00");
  assert.ok(viaSample.sentences.length >= viaSample.max && viaSample.max > viaSample.length, "every sentence of the article is shown");
  const shades = viaSample.sentences.map((s) => s.shade);
  assert.ok(shades.every((s) => s >= 0 && s <= 1) && new Set(shades).size > 1, `sentences are shaded by score: ${shades}`);
  assert.equal(viaSample.sentences.filter((s) => s.chosen).length, viaSample.length, "the summary's sentences are marked in the article");
  // Only the article's sentences: the sample page's parts read in a tab of its own.
  const sample = await page.context().newPage();
  await sample.goto(`${site.url}${SAMPLE_PAGE}`);
  assertOnlyArticleSentences(viaSample.summary.map((text, rank) => ({ text, rank })), await sample.evaluate(sampleParts));
  await sample.close();
  await saveScreenshot("playground-ar.png", await page.screenshot());
});

test("the length control gives nested summaries in document order", { skip }, async () => {
  const byLength = [];
  for (let k = 1; k <= viaSample.max; k += 1) {
    await page.evaluate((value) => {
      const range = document.getElementById("length");
      range.value = String(value);
      range.dispatchEvent(new Event("input", { bubbles: true }));
    }, k);
    byLength.push((await result()).summary);
  }
  const text = await page.evaluate(() => document.getElementById("article").textContent.replace(/\s+/g, " "));
  assertNested(byLength, text);
});

test("pasting the page's HTML gives the same summary", { skip }, async () => {
  const html = fs.readFileSync(path.join(DIST, "www", SAMPLE_PAGE), "utf8");
  await page.goto(site.url);
  await waitFor(() => page.evaluate(() => document.body.dataset.state === "ready"), "the core to load");
  await page.fill("#input", html);
  await page.selectOption("#kind", "html");
  await page.click("#summarize");
  const pasted = await result();
  assert.equal(pasted.state, "done", pasted.status);
  assert.deepEqual(pasted.summary, viaSample.summary);
});

test("the playground made no page error and fetched nothing but 127.0.0.1", { skip }, () => {
  assert.deepEqual(errors, []);
  assertOnlyLocalRequests(requests, []);
});
