/**
 * The foundation's end-to-end test in real Firefox (issue 2, item 5), and the panel's items of
 * issue 6 there: the built extension on the Arabic sample news page, plain and under a strict CSP,
 * clicked as a reader clicks. The panel shows only sentences of the article body, in rtl; each way
 * of closing it gives the page back exactly; a page without an article says so; the panel's
 * controls work; nothing but 127.0.0.1 and the extension's own files is requested.
 */
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { Key } from "selenium-webdriver";
import { FIREFOX, GECKODRIVER, extensionDir, missing, waitFor } from "./lib/env.mjs";
import { clickAction, inPanel, launchFirefox, openPanel } from "./lib/firefox.mjs";
import { HOST_ID, pageState, rectOf, sampleParts, setLength } from "./lib/panel.mjs";
import { LOGIN_PAGE, SAMPLE_PAGE, addressOf, startSite } from "./lib/site.mjs";
import { assertNested, assertOnlyArticleSentences, assertOnlyLocalRequests } from "./lib/checks.mjs";
import { saveScreenshot } from "./lib/screenshots.mjs";

const EXTENSION = extensionDir("firefox");
const skip = missing(EXTENSION, FIREFOX, GECKODRIVER);
if (skip) console.log(`# Firefox end-to-end skipped: ${skip}`);

let site;
let browser;

before(async () => {
  if (skip) return;
  site = await startSite();
  browser = await launchFirefox(EXTENSION);
});

after(async () => {
  await browser?.close();
  await site?.close();
});

const page = (fn, ...args) => browser.driver.executeScript(`return (${fn})(...arguments);`, ...args);
const hostGone = () => waitFor(() => page((id) => !document.getElementById(id), HOST_ID), "the panel to close");

/** A real mouse click on the element of the panel matching `selector`. */
async function clickInPanel(selector) {
  const rect = await inPanel(browser, rectOf, selector);
  assert.ok(rect, `no ${selector} in the panel`);
  await browser.driver.actions().move({ x: Math.round(rect.x + rect.width / 2), y: Math.round(rect.y + rect.height / 2), origin: "viewport" }).click().perform();
}

for (const [name, query] of [["plain", {}], ["strict CSP", { csp: "strict" }]]) {
  test(`Firefox, sample page (${name}): the panel holds only article sentences, rtl`, { skip }, async () => {
    await browser.driver.get(addressOf(site, SAMPLE_PAGE, query));
    const panel = await openPanel(browser);
    assert.equal(panel.state, "ready", `panel state ${panel.state}: ${JSON.stringify(panel.message)}`);
    assert.equal(panel.role, "complementary");
    assert.ok(panel.label);
    assert.equal(panel.dir, "rtl");
    assert.equal(panel.lang, "ar");
    assertOnlyArticleSentences(panel.sentences, await page(sampleParts));
    assert.equal(await page((id) => document.getElementById(id).shadowRoot, HOST_ID), null, "the page sees no shadow root");
    await clickAction(browser);
    await hostGone();
  });

  test(`Firefox, sample page (${name}): each way of closing restores the page exactly`, { skip }, async () => {
    await browser.driver.get(addressOf(site, SAMPLE_PAGE, query));
    const untouched = await page(pageState);
    const closers = {
      "the close button": () => clickInPanel("button.close"),
      "a second toolbar click": () => clickAction(browser),
      Esc: () => browser.driver.actions().sendKeys(Key.ESCAPE).perform(),
    };
    for (const [how, close] of Object.entries(closers)) {
      const panel = await openPanel(browser);
      assert.equal(panel.state, "ready");
      const opened = await page(pageState);
      assert.equal(opened.host, true);
      assert.ok(opened.highlights > 0, "the summary is highlighted while the panel is open (highlight on by default)");
      await close();
      await hostGone();
      const closed = await page(pageState);
      assert.equal(closed.highlights, 0, `highlights left after ${how}`);
      assert.equal(closed.html, untouched.html, `the page's DOM changed after ${how}`);
    }
  });
}

test("Firefox, panel items: length control nested, highlight on/off, why, copy", { skip }, async () => {
  await browser.driver.get(addressOf(site, SAMPLE_PAGE));
  const panel = await openPanel(browser);
  assert.equal(panel.length?.type, "range");
  const byLength = [];
  for (let k = panel.length.min; k <= panel.length.max; k += 1) {
    await inPanel(browser, setLength, k);
    byLength.push((await inPanel(browser, (root) => [...root.querySelectorAll("li.sentence")].map((li) => (li.querySelector(".text") ?? li).textContent.trim()))));
  }
  assertNested(byLength, await page(() => document.body.textContent.replace(/\s+/g, " ")));

  await inPanel(browser, setLength, 3);
  assert.ok((await page(pageState)).highlights > 0, "highlights on");
  await clickInPanel("input.highlight");
  await waitFor(async () => (await page(pageState)).highlights === 0, "highlights to go");
  await clickInPanel("input.highlight");
  await waitFor(async () => (await page(pageState)).highlights > 0, "highlights to come back");

  await clickInPanel("li.sentence button.why");
  const why = await inPanel(browser, (root) => {
    const detail = root.querySelector("li.sentence .why-detail");
    return detail && { text: detail.textContent, signals: detail.querySelectorAll("dt").length };
  });
  assert.ok(why?.signals > 0, `the why detail lists signal contributions: ${JSON.stringify(why)}`);

  await clickInPanel("button.copy");
  const shown = await inPanel(browser, (root) => [...root.querySelectorAll("li.sentence .text")].map((s) => s.textContent));
  const copied = await waitFor(() => page(() => navigator.clipboard.readText()), "the clipboard");
  assert.equal(copied.trim(), shown.join("\n").trim());
  await clickInPanel("button.copy-markdown");
  const markdown = await waitFor(async () => {
    const text = await page(() => navigator.clipboard.readText());
    return text.startsWith("# ") ? text : null;
  }, "Markdown on the clipboard");
  assert.ok(markdown.includes(await browser.driver.getCurrentUrl()), "the Markdown names the page's address");
  for (const sentence of shown) assert.ok(markdown.includes(`- ${sentence}`), `the Markdown lists: ${sentence}`);
  await saveScreenshot("firefox-sample-ar-light.png", Buffer.from(await browser.driver.takeScreenshot(), "base64"));
  await clickAction(browser);
  await hostGone();
});

test("Firefox, login page: a clear no_article message, no error", { skip }, async () => {
  await browser.driver.get(addressOf(site, LOGIN_PAGE));
  const untouched = await page(pageState);
  const panel = await openPanel(browser);
  assert.equal(panel.state, "error");
  assert.equal(panel.message?.code, "no_article");
  assert.ok(panel.message.text.length > 10, `the message says something: ${panel.message.text}`);
  await browser.driver.actions().sendKeys(Key.ESCAPE).perform();
  await hostGone();
  assert.equal((await page(pageState)).html, untouched.html);
});

test("Firefox: no error from the pages or the extension", { skip }, async () => {
  assert.deepEqual(await browser.errors(), []);
});

test("Firefox: no network request but 127.0.0.1 and the extension's own files", { skip }, async () => {
  const requests = await browser.requests();
  assertOnlyLocalRequests(requests.map((r) => r.url), ["moz-extension:"]);
});
