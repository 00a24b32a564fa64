/**
 * The foundation's end-to-end test in real Chromium (issue 2, item 5): the built extension on the
 * Arabic sample news page, plain and under a strict CSP (where wasm cannot compile in a content
 * script), clicked as a reader clicks. The panel shows only sentences of the article body, in rtl;
 * each way of closing it (its button, the toolbar again, Esc) gives the page back exactly; a page
 * without an article says so; and nothing but 127.0.0.1 and the extension's own files is requested.
 */
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { CHROMIUM, extensionDir, missing, waitFor } from "./lib/env.mjs";
import { clickAction, clickInPanel, launchChromium, openPanel, refusedClicks, shadowRootMode } from "./lib/chromium.mjs";
import { HOST_ID, declaredPublication, pageState, readPanel, sampleParts } from "./lib/panel.mjs";
import { LOGIN_PAGE, SAMPLE_PAGE, addressOf, startSite } from "./lib/site.mjs";
import { assertOnlyArticleSentences, assertOnlyLocalRequests, assertReadableDate, assertReadingTime } from "./lib/checks.mjs";

const EXTENSION = extensionDir("chrome");
const skip = missing(EXTENSION, CHROMIUM);
if (skip) console.log(`# Chromium end-to-end skipped: ${skip}`);

let site;
let browser;
/** Errors the pages reported (uncaught exceptions, console errors), per page address. */
const pageErrors = [];

before(async () => {
  if (skip) return;
  site = await startSite();
  browser = await launchChromium(EXTENSION);
});

after(async () => {
  if (refusedClicks.length) console.log(`# clicks Chromium refused or dropped and that were retried: ${refusedClicks.join(", ")}`);
  await browser?.close();
  await site?.close();
});

/** A new tab showing `route`, its errors recorded. */
async function visit(route, query) {
  const page = await browser.context.newPage();
  page.on("pageerror", (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  page.on("console", (entry) => {
    // A missing favicon is the test site's, not an error of the page or of Sift.
    if (entry.type() === "error" && !entry.text().startsWith("Failed to load resource")) pageErrors.push(`${page.url()}: console: ${entry.text()}`);
  });
  await page.goto(addressOf(site, route, query));
  return page;
}

/** Clicks the action and waits for the panel (a click Chromium refuses is retried once, see openPanel). */
const open = (page) => openPanel(browser, page);

const hostGone = (page) => waitFor(() => page.evaluate((id) => !document.getElementById(id), HOST_ID), "the panel to close");

for (const [name, query] of [["plain", {}], ["strict CSP", { csp: "strict" }]]) {
  test(`sample page (${name}): the panel holds only article sentences, rtl, in a closed shadow root`, { skip }, async () => {
    const page = await visit(SAMPLE_PAGE, query);
    const panel = await open(page);
    assert.equal(panel.state, "ready", `panel state ${panel.state}: ${JSON.stringify(panel.message)}`);
    assert.equal(panel.role, "complementary");
    assert.ok(panel.label, "the landmark has a label");
    assert.equal(panel.dir, "rtl");
    assert.equal(panel.lang, "ar");
    assertOnlyArticleSentences(panel.sentences, await page.evaluate(sampleParts));
    assertReadableDate(panel.date, await page.evaluate(declaredPublication));
    assertReadingTime(panel.readingTime);
    assert.equal(await shadowRootMode(page), "closed");
    assert.equal(await page.evaluate((id) => document.getElementById(id).shadowRoot, HOST_ID), null, "the page sees no shadow root");
    await page.close();
  });

  test(`sample page (${name}): each way of closing restores the page exactly`, { skip }, async () => {
    const page = await visit(SAMPLE_PAGE, query);
    const untouched = await page.evaluate(pageState);
    assert.equal(untouched.host, false);

    const closers = {
      "the close button": () => clickInPanel(page, "button.close"),
      "a second toolbar click": () => clickAction(browser, page),
      Esc: () => page.keyboard.press("Escape"),
    };
    for (const [how, close] of Object.entries(closers)) {
      const panel = await open(page);
      assert.equal(panel.state, "ready");
      const opened = await page.evaluate(pageState);
      assert.equal(opened.host, true);
      assert.ok(opened.highlights > 0, "the summary is highlighted while the panel is open (highlight on by default)");
      await close();
      await hostGone(page);
      const closed = await page.evaluate(pageState);
      assert.equal(closed.highlights, 0, `highlights left after ${how}`);
      assert.equal(closed.html, untouched.html, `the page's DOM changed after ${how}`);
    }
    await page.close();
  });
}

test("login page: a clear no_article message, no error", { skip }, async () => {
  const page = await visit(LOGIN_PAGE);
  const untouched = await page.evaluate(pageState);
  const panel = await open(page);
  assert.equal(panel.state, "error");
  assert.equal(panel.message?.code, "no_article");
  assert.ok(panel.message.text.length > 10, `the message says something: ${panel.message.text}`);
  assert.equal(panel.sentences.length, 0);
  await page.keyboard.press("Escape");
  await hostGone(page);
  assert.equal((await page.evaluate(pageState)).html, untouched.html);
  await page.close();
});

test("no page error on any page visited", { skip }, () => {
  assert.deepEqual(pageErrors, []);
});

test("no network request but 127.0.0.1 and the extension's own files", { skip }, () => {
  assertOnlyLocalRequests(browser.requests, ["chrome-extension:"]);
});
