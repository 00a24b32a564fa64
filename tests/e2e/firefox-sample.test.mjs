/**
 * The foundation's end-to-end test in real Firefox (issue 2, item 5), and the panel's items of
 * issue 6 there: the built extension on the Arabic sample news page, plain and under a strict CSP,
 * clicked as a reader clicks. The panel shows only sentences of the article body, in rtl; each way
 * of closing it gives the page back exactly; a page without an article says so; the panel's
 * controls work; nothing but 127.0.0.1 and the extension's own files is requested.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { Key } from "selenium-webdriver";
import { FIREFOX, GECKODRIVER, extensionDir, missing, waitFor } from "./lib/env.mjs";
import { clickAction, inPage, inPanel, launchFirefox, openPanel } from "./lib/firefox.mjs";
import { MARKUP_TRAP, hostileHarvest, withSitesAndBrowser } from "./lib/pages.mjs";
import { HOST_ID, pageState, rectOf, sampleParts, setLength } from "./lib/panel.mjs";
import { LOGIN_PAGE, SAMPLE_PAGE, addressOf } from "./lib/site.mjs";
import { assertNested, assertOnlyArticleSentences, assertOnlyLocalRequests } from "./lib/checks.mjs";
import { saveScreenshot } from "./lib/screenshots.mjs";

const EXTENSION = extensionDir("firefox");
const skip = missing(EXTENSION, FIREFOX, GECKODRIVER);
if (skip) console.log(`# Firefox end-to-end skipped: ${skip}`);

const env = withSitesAndBrowser(skip, () => launchFirefox(EXTENSION));

const page = (fn, ...args) => env.browser.driver.executeScript(`return (${fn})(...arguments);`, ...args);
const hostGone = () => waitFor(() => page((id) => !document.getElementById(id), HOST_ID), "the panel to close");

/** A real mouse click on the element of the panel matching `selector`. */
async function clickInPanel(selector) {
  const rect = await inPanel(env.browser, rectOf, selector);
  assert.ok(rect, `no ${selector} in the panel`);
  await env.browser.driver.actions().move({ x: Math.round(rect.x + rect.width / 2), y: Math.round(rect.y + rect.height / 2), origin: "viewport" }).click().perform();
}

for (const [name, query] of [["plain", {}], ["strict CSP", { csp: "strict" }]]) {
  test(`Firefox, sample page (${name}): the panel holds only article sentences, rtl`, { skip }, async () => {
    await env.browser.driver.get(addressOf(env.site, SAMPLE_PAGE, query));
    const panel = await openPanel(env.browser);
    assert.equal(panel.state, "ready", `panel state ${panel.state}: ${JSON.stringify(panel.message)}`);
    assert.equal(panel.role, "complementary");
    assert.ok(panel.label);
    assert.equal(panel.dir, "rtl");
    assert.equal(panel.lang, "ar");
    assertOnlyArticleSentences(panel.sentences, await page(sampleParts));
    assert.equal(await page((id) => document.getElementById(id).shadowRoot, HOST_ID), null, "the page sees no shadow root");
    await clickAction(env.browser);
    await hostGone();
  });

  test(`Firefox, sample page (${name}): each way of closing restores the page exactly`, { skip }, async () => {
    await env.browser.driver.get(addressOf(env.site, SAMPLE_PAGE, query));
    const untouched = await page(pageState);
    const closers = {
      "the close button": () => clickInPanel("button.close"),
      "a second toolbar click": () => clickAction(env.browser),
      Esc: () => env.browser.driver.actions().sendKeys(Key.ESCAPE).perform(),
    };
    for (const [how, close] of Object.entries(closers)) {
      const panel = await openPanel(env.browser);
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
  await env.browser.driver.get(addressOf(env.site, SAMPLE_PAGE));
  const panel = await openPanel(env.browser);
  await saveScreenshot("firefox-sample-ar-light.png", Buffer.from(await env.browser.driver.takeScreenshot(), "base64"));
  assert.equal(panel.length?.type, "range");
  const byLength = [];
  for (let k = panel.length.min; k <= panel.length.max; k += 1) {
    await inPanel(env.browser, setLength, k);
    byLength.push((await inPanel(env.browser, (root) => [...root.querySelectorAll("li.sentence")].map((li) => (li.querySelector(".text") ?? li).textContent.trim()))));
  }
  assertNested(byLength, await page(() => document.body.textContent.replace(/\s+/g, " ")));

  await inPanel(env.browser, setLength, 3);
  assert.ok((await page(pageState)).highlights > 0, "highlights on");
  await clickInPanel("input.highlight");
  await waitFor(async () => (await page(pageState)).highlights === 0, "highlights to go");
  await clickInPanel("input.highlight");
  await waitFor(async () => (await page(pageState)).highlights > 0, "highlights to come back");

  await clickInPanel("li.sentence button.why");
  const why = await inPanel(env.browser, (root) => {
    const detail = root.querySelector("li.sentence .why-detail");
    return detail && { text: detail.textContent, signals: detail.querySelectorAll("dt").length };
  });
  assert.ok(why?.signals > 0, `the why detail lists signal contributions: ${JSON.stringify(why)}`);

  await clickInPanel("button.copy");
  const shown = await inPanel(env.browser, (root) => [...root.querySelectorAll("li.sentence .text")].map((s) => s.textContent));
  const copied = await waitFor(() => page(() => navigator.clipboard.readText()), "the clipboard");
  assert.equal(copied.trim(), shown.join("\n").trim());
  await clickInPanel("button.copy-markdown");
  const markdown = await waitFor(async () => {
    const text = await page(() => navigator.clipboard.readText());
    return text.startsWith("# ") ? text : null;
  }, "Markdown on the clipboard");
  assert.ok(markdown.includes(await env.browser.driver.getCurrentUrl()), "the Markdown names the page's address");
  for (const sentence of shown) assert.ok(markdown.includes(`- ${sentence}`), `the Markdown lists: ${sentence}`);
  await clickAction(env.browser);
  await hostGone();
});

test("Firefox, login page: a clear no_article message, no error", { skip }, async () => {
  await env.browser.driver.get(addressOf(env.site, LOGIN_PAGE));
  const untouched = await page(pageState);
  const panel = await openPanel(env.browser);
  assert.equal(panel.state, "error");
  assert.equal(panel.message?.code, "no_article");
  assert.ok(panel.message.text.length > 10, `the message says something: ${panel.message.text}`);
  await env.browser.driver.actions().sendKeys(Key.ESCAPE).perform();
  await hostGone();
  assert.equal((await page(pageState)).html, untouched.html);
});

test("Firefox, hostile page: the page gets nothing of the panel, which stays visible", { skip }, async () => {
  await env.browser.driver.get(`${env.pages.url}hostile.html`);
  const panel = await openPanel(env.browser);
  assert.equal(panel.state, "ready");
  assert.deepEqual(await inPage(env.browser, hostileHarvest, HOST_ID), { shadowRoot: false, panelTextSeen: false, asides: 0 }, "the page reached the panel's content");
  const visible = () => inPanel(env.browser, (root) => {
    const aside = root.querySelector("aside.sift");
    const { width, height } = aside.getBoundingClientRect();
    return aside.checkVisibility() && width > 100 && height > 100;
  });
  assert.ok(await visible(), "the panel is visible above the overlay");
  await inPage(env.browser, () => document.head.append(Object.assign(document.createElement("style"), { textContent: "* { display: none !important; }" })));
  assert.ok(await visible(), "the panel stays visible when the page hides every element");
  await clickAction(env.browser);
  await hostGone();
});

test("Firefox, page text that looks like markup is shown as text", { skip }, async () => {
  await env.browser.driver.get(`${env.pages.url}markup-as-text.html`);
  const panel = await openPanel(env.browser);
  await inPanel(env.browser, setLength, panel.length.max);
  const shown = await inPanel(env.browser, (root) => [...root.querySelectorAll("li.sentence .text")].map((s) => s.textContent));
  assert.ok(shown.some((s) => s.includes(MARKUP_TRAP)), `the sentence with the markup is shown as text: ${JSON.stringify(shown)}`);
  assert.equal(await inPanel(env.browser, (root) => root.querySelectorAll("img").length), 0, "no image element was made");
  assert.equal(await inPage(env.browser, () => window.pwned ?? null), null);
  await clickAction(env.browser);
  await hostGone();
});

test("Firefox: no error from the pages or the extension", { skip }, async () => {
  assert.deepEqual(await env.browser.errors(), []);
});

test("Firefox: no network request but 127.0.0.1 and the extension's own files", { skip }, async () => {
  const requests = await env.browser.requests();
  assertOnlyLocalRequests(requests.map((r) => r.url), ["moz-extension:"]);
});
