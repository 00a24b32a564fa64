/**
 * The foundation's end-to-end test in real Firefox (issue 2, item 5), and the panel's items of
 * issue 6 there: the built extension on the Arabic sample news page, plain and under a strict CSP,
 * clicked as a reader clicks. The panel shows only sentences of the article body, in rtl; each way
 * of closing it gives the page back exactly; a page without an article says so; the panel's
 * controls work; the options page applies at once; the keyboard reaches every control; a failure
 * inside the core and articles in languages with little support are told plainly; nothing but
 * 127.0.0.1 and the extension's own files is requested.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { By, Key } from "selenium-webdriver";
import { FIREFOX, GECKODRIVER, extensionDir, missing, waitFor } from "./lib/env.mjs";
import { clickAction, clickMenu, inChrome, inPage, inPanel, launchFirefox, openPanel, settledPanel } from "./lib/firefox.mjs";
import { ARTICLE, MARKUP_TRAP, STORIES, hostileHarvest, withSitesAndBrowser } from "./lib/pages.mjs";
import { ARABIC_SELECTION, GERMAN_SELECTION, HOST_ID, appendAndSelect, closeAfterScrollToEnd, declaredPublication, focusedInPanel, pageState, paragraphsOf, placement, readPanel, rectOf, sampleParts, selectSampleParagraphs, selectWholePage, setLength, whyDrawn } from "./lib/panel.mjs";
import { loadCore, summaryOfText } from "./lib/core.mjs";
import { LANGUAGE_CASES, assertLanguageCase, brokenCoreCopy, englishMessage, panelNotes } from "./lib/bad-cases.mjs";
import { LOGIN_PAGE, SAMPLE_PAGE, addressOf } from "./lib/site.mjs";
import { assertNested, assertOneStory, assertOnlyArticleSentences, assertOnlyLocalRequests, assertReadableDate, assertReadingTime } from "./lib/checks.mjs";
import { saveScreenshot } from "./lib/screenshots.mjs";

const EXTENSION = extensionDir("firefox");
const skip = missing(EXTENSION, FIREFOX, GECKODRIVER);
if (skip) console.log(`# Firefox end-to-end skipped: ${skip}`);

const env = withSitesAndBrowser(skip, () => launchFirefox(EXTENSION));

const page = (fn, ...args) => env.browser.driver.executeScript(`return (${fn})(...arguments);`, ...args);
const hostGone = () => waitFor(() => page((id) => !document.getElementById(id), HOST_ID), "the panel to close");
/** The texts of the sentences the panel shows. */
const shownTexts = () => inPanel(env.browser, (root) => [...root.querySelectorAll("li.sentence .text")].map((s) => s.textContent));

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
    assert.equal(panel.side, "auto");
    assert.equal((await inPanel(env.browser, placement)).side, "left", "by default the panel stands where the RTL article's lines end");
    assertOnlyArticleSentences(panel.sentences, await page(sampleParts));
    assertReadableDate(panel.date, await page(declaredPublication));
    assertReadingTime(panel.readingTime);
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
  // At the longest length the panel scrolls; its head, with the close button, stays in view.
  const seen = await inPanel(env.browser, closeAfterScrollToEnd);
  assert.ok(seen.scrolled > 100, `the panel scrolls: ${JSON.stringify(seen)}`);
  assert.deepEqual([seen.inWindow, seen.inPanel, seen.onTop], [true, true, true], `the close button stays visible and on top: ${JSON.stringify(seen)}`);

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
  const drawn = await inPanel(env.browser, whyDrawn);
  const harm = drawn.signals.find((s) => s.negative);
  const help = drawn.signals.find((s) => !s.negative);
  assert.ok(harm && help, `both kinds of contribution: ${JSON.stringify(drawn.signals)}`);
  assert.match(harm.value, /^\u2212\d/, "a negative value is written with a minus sign");
  assert.notEqual(harm.valueColor, help.valueColor, "a negative value has its own colour");
  assert.notEqual(harm.gauge, help.gauge, "a negative gauge is painted unlike a positive one");
  // The detail is in the interface's language (English, left to right) inside an Arabic item: it is
  // aligned as English is, to the left.
  assert.equal(drawn.heading.dir, "ltr");
  assert.ok(drawn.heading.fromLeft < 2 && drawn.heading.fromRight > 20, `the detail's heading starts at its left edge: ${JSON.stringify(drawn.heading)}`);

  await clickInPanel("button.copy");
  const shown = await shownTexts();
  const copied = await waitFor(() => page(() => navigator.clipboard.readText()), "the clipboard");
  assert.equal(copied.trim(), shown.join("\n").trim());
  // The pressed button shows it worked, then its own label comes back.
  const copyLabel = () => inPanel(env.browser, (root) => root.querySelector("button.copy").textContent);
  await waitFor(async () => (await copyLabel()) === englishMessage(EXTENSION, "copyDone"), "the copy button to say it copied", 5000);
  await waitFor(async () => (await copyLabel()) === englishMessage(EXTENSION, "copy"), "the copy button's own label to come back", 5000);
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

/**
 * On the sample page, activeTab granted by a real toolbar click (the panel opened and closed), runs
 * `select(arg)` in the page and the context menu's "Summarize selection" with it: the selection's
 * text, and the panel once settled. The menu's click is Firefox's own event, emitted as its menus
 * module emits it; opening the menu itself is left to a person.
 */
async function summarizeSampleSelection(select, arg) {
  await env.browser.driver.get(addressOf(env.site, SAMPLE_PAGE));
  await openPanel(env.browser);
  await clickAction(env.browser);
  await hostGone();
  const selected = await page(select, arg);
  await clickMenu(env.browser, "sift-summarize-selection", selected);
  return { selected, panel: await settledPanel(env.browser) };
}

test("Firefox, Summarize selection: only the selected text, its sentences found in the page", { skip }, async () => {
  const { selected, panel } = await summarizeSampleSelection(selectSampleParagraphs);
  assert.equal(panel.state, "ready", JSON.stringify(panel.message));
  await inPanel(env.browser, setLength, panel.length.max);
  const shown = await shownTexts();
  assert.ok(shown.length >= 2, `${shown.length} sentences`);
  const flat = selected.replace(/\s+/g, " ");
  for (const sentence of shown) assert.ok(flat.includes(sentence), `not from the selection: ${sentence}`);
  const jumps = await inPanel(env.browser, (root) => root.querySelectorAll("li.sentence .text[role=button]").length);
  assert.equal(jumps, shown.length, "every sentence of the selection's summary can be clicked");
  assert.ok((await page(pageState)).highlights > 0, "the selection's summary is marked in the page");
  await clickAction(env.browser);
  await hostGone();
});

test("Firefox, Summarize selection: the selection is summarized as its text alone, the panel's heading no headline to the core", { skip }, async () => {
  const { panel } = await summarizeSampleSelection(appendAndSelect, GERMAN_SELECTION);
  assert.equal(panel.state, "ready", JSON.stringify(panel.message));
  assert.equal(panel.title, englishMessage(EXTENSION, "selectionTitle"), "the panel names what it summarizes");
  const shown = await shownTexts();
  const alone = summaryOfText(await loadCore(), paragraphsOf(GERMAN_SELECTION), "de", shown.length);
  assert.deepEqual(shown, alone, "the summary of the text alone, with no title to weigh its sentences");
  await clickAction(env.browser);
  await hostGone();
});

test("Firefox, Summarize selection: an Arabic subheading stays apart from the paragraph under it", { skip }, async () => {
  const { panel } = await summarizeSampleSelection(appendAndSelect, ARABIC_SELECTION);
  assert.equal(panel.state, "ready", JSON.stringify(panel.message));
  await inPanel(env.browser, setLength, panel.length.max);
  assert.deepEqual(await shownTexts(), paragraphsOf(ARABIC_SELECTION), "each paragraph, a sentence, no heading");
  await clickAction(env.browser);
  await hostGone();
});

test("Firefox, Summarize selection: the whole page selected gives the story's sentences, none of the page's menus, dates or related news", { skip }, async () => {
  const { panel } = await summarizeSampleSelection(selectWholePage);
  assert.equal(panel.state, "ready", JSON.stringify(panel.message));
  await inPanel(env.browser, setLength, panel.length.max);
  const shown = await shownTexts();
  assertOnlyArticleSentences(shown.map((text, rank) => ({ text, rank })), await page(sampleParts));
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
  const shown = await shownTexts();
  assert.ok(shown.some((s) => s.includes(MARKUP_TRAP)), `the sentence with the markup is shown as text: ${JSON.stringify(shown)}`);
  assert.equal(await inPanel(env.browser, (root) => root.querySelectorAll("img").length), 0, "no image element was made");
  assert.equal(await inPage(env.browser, () => window.pwned ?? null), null);
  await clickAction(env.browser);
  await hostGone();
});

test("Firefox, an article inside a web component's shadow root is read as the page shows it", { skip }, async () => {
  await env.browser.driver.get(`${env.pages.url}web-component.html`);
  const panel = await openPanel(env.browser);
  assert.equal(panel.state, "ready", JSON.stringify(panel.message));
  await inPanel(env.browser, setLength, panel.length.max);
  const shown = await shownTexts();
  assert.deepEqual(shown, ARTICLE);
  assert.equal((await inPanel(env.browser, placement)).side, "right", "by default the panel stands where the LTR article's lines end");
  await clickAction(env.browser);
  await hostGone();
});

test("Firefox, the first page of an article in several: the reader is told, and led to the next page of the same site only", { skip }, async () => {
  const notes = [englishMessage(EXTENSION, "noteSeveralPages"), englishMessage(EXTENSION, "nextPage")];
  await env.browser.driver.get(`${env.pages.url}paged-elsewhere.html`);
  let panel = await openPanel(env.browser);
  assert.equal(panel.state, "ready", JSON.stringify(panel.message));
  assert.deepEqual(await inPanel(env.browser, panelNotes), notes.slice(0, 1), "no link to another site");
  await env.browser.driver.get(`${env.pages.url}paged-article.html`);
  panel = await openPanel(env.browser);
  assert.equal(panel.state, "ready", JSON.stringify(panel.message));
  assert.deepEqual(await inPanel(env.browser, panelNotes), notes);
  await inPanel(env.browser, (root) => root.querySelector("a.next-page").click());
  const next = `${env.pages.url}paged-article.html?page=2`;
  await waitFor(async () => (await env.browser.driver.getCurrentUrl()) === next, "the next page");
});

test("Firefox, several whole stories on one page: the panel summarizes the story in view", { skip }, async () => {
  for (const index of [0, 2]) {
    await env.browser.driver.get(`${env.pages.url}several-stories.html`);
    await inPage(env.browser, (k) => document.querySelectorAll("article h1")[k].scrollIntoView({ block: "start" }), index);
    assertOneStory(await openPanel(env.browser), STORIES, index);
  }
});

/** The panel's background colour is dark: its channels sum to less than this. */
const DARK_CHANNELS_SUM = 3 * 96;
const panelIsDark = () => inPanel(env.browser, (root, limit) => {
  const [r, g, b] = getComputedStyle(root.querySelector("aside.sift")).backgroundColor.match(/\d+/g).map(Number);
  return r + g + b < limit;
}, DARK_CHANNELS_SUM);

test("Firefox, options page: theme, font size and length apply to the open panel at once", { skip }, async () => {
  const { driver } = env.browser;
  await driver.get(addressOf(env.site, SAMPLE_PAGE, { options: 1 }));
  const pageTab = await driver.getWindowHandle();
  const panel = await openPanel(env.browser);
  assert.equal(panel.theme, "auto");
  assert.equal(await panelIsDark(), false, "a light panel first");
  await driver.switchTo().newWindow("tab");
  await driver.get(`${env.browser.baseUrl}options/options.html`);
  await waitFor(() => driver.executeScript("return document.readyState === 'complete' && document.querySelector('input[name=theme]:checked') !== null"), "the options page to show the settings");
  assert.equal(await driver.executeScript("return document.querySelector('input[name=side]:checked').value"), "auto", "the side's default");
  await driver.findElement(By.css('input[name="side"][value="right"]')).click();
  await driver.findElement(By.css('input[name="theme"][value="dark"]')).click();
  await driver.findElement(By.css('input[name="fontSize"][value="large"]')).click();
  const length = await driver.findElement(By.css('input[type="number"]'));
  await length.clear();
  await length.sendKeys("5", Key.TAB);
  const optionsTab = await driver.getWindowHandle();
  await driver.switchTo().window(pageTab);
  await waitFor(async () => {
    const now = await inPanel(env.browser, readPanel);
    return now.theme === "dark" && now.font === "large";
  }, "the open panel to follow the options");
  assert.equal(await panelIsDark(), true, "the panel turned dark");
  assert.equal((await inPanel(env.browser, placement)).side, "right", "the RTL article's panel moved to the side chosen");
  await clickAction(env.browser);
  await hostGone();
  const reopened = await openPanel(env.browser);
  assert.equal(reopened.sentences.length, 5, "the default length from the options");
  await clickAction(env.browser);
  await hostGone();
  // Back to the defaults for the other tests, from the options page (an extension page).
  await driver.switchTo().window(optionsTab);
  await driver.executeAsyncScript("const done = arguments[arguments.length - 1]; browser.storage.sync.clear().then(() => done(true));");
  await driver.close();
  await driver.switchTo().window(pageTab);
});

test("Firefox, dark color scheme: the panel follows prefers-color-scheme (screenshot)", { skip }, async () => {
  const setScheme = (value) => inChrome(env.browser.driver, (v) => Services.prefs.setIntPref("layout.css.prefers-color-scheme.content-override", v), value);
  await setScheme(0);
  try {
    await env.browser.driver.get(addressOf(env.site, SAMPLE_PAGE, { scheme: "dark" }));
    assert.equal(await page(() => matchMedia("(prefers-color-scheme: dark)").matches), true);
    const panel = await openPanel(env.browser);
    assert.equal(panel.state, "ready");
    assert.equal(panel.theme, "auto");
    assert.equal(await panelIsDark(), true, "the panel is dark under a dark color scheme");
    const file = await saveScreenshot("firefox-sample-ar-dark.png", Buffer.from(await env.browser.driver.takeScreenshot(), "base64"));
    assert.ok(fs.statSync(file).size > 10_000, `${file} holds a picture`);
    await clickAction(env.browser);
    await hostGone();
  } finally {
    await setScheme(1);
  }
});

test("Firefox, keyboard: Tab reaches every control, Esc closes and gives focus back", { skip }, async () => {
  const { driver } = env.browser;
  await driver.get(addressOf(env.site, SAMPLE_PAGE, { keyboard: 1 }));
  await page(() => document.querySelector("a.skip-link").focus());
  await openPanel(env.browser);
  assert.equal(await page(() => document.activeElement?.id), HOST_ID, "focus moves into the panel");
  const reached = new Set();
  for (let press = 0; press < 40; press += 1) {
    await driver.actions().sendKeys(Key.TAB).perform();
    const focused = await inPanel(env.browser, focusedInPanel);
    if (focused) reached.add(focused.className.split(" ")[0] || focused.tag);
  }
  for (const control of ["close", "length", "highlight", "why", "copy", "copy-markdown", "text"]) {
    assert.ok(reached.has(control), `Tab never reaches .${control} (reached: ${[...reached]})`);
  }
  await inPanel(env.browser, (root) => root.querySelector("input.length").focus());
  const before = (await inPanel(env.browser, readPanel)).sentences.length;
  await driver.actions().sendKeys(Key.ARROW_RIGHT).perform();
  assert.equal((await inPanel(env.browser, readPanel)).sentences.length, before + 1, "the arrow key lengthens the summary");
  await driver.actions().sendKeys(Key.ESCAPE).perform();
  await hostGone();
  assert.equal(await page(() => document.activeElement?.className), "skip-link", "focus is back where it was");
});

test("Firefox, Esc in the page: closes the panel while focus rests on the page, not while the page's field has it", { skip }, async () => {
  const { driver } = env.browser;
  await driver.get(addressOf(env.site, SAMPLE_PAGE));
  await openPanel(env.browser);
  const isOpen = () => page((id) => document.getElementById(id) !== null, HOST_ID);
  await page(() => document.getElementById("edit-keys").focus());
  await driver.actions().sendKeys(Key.ESCAPE).perform();
  assert.equal(await isOpen(), true, "Esc in the page's field closed the panel");
  await page(() => document.activeElement.blur());
  assert.equal(await page(() => document.activeElement === document.body), true);
  await driver.actions().sendKeys(Key.ESCAPE).perform();
  await hostGone();
});

for (const languageCase of LANGUAGE_CASES) {
  test(`Firefox, an article in a language with little support (${languageCase.name}) gets a summary, and the note when the language is unknown`, { skip }, async () => {
    await env.browser.driver.get(`${env.pages.url}${languageCase.file}`);
    const panel = await openPanel(env.browser);
    assertLanguageCase(languageCase, panel, await inPanel(env.browser, panelNotes), englishMessage(EXTENSION, "noteLanguage"));
    await clickAction(env.browser);
    await hostGone();
  });
}

test("Firefox, a failure inside the core: the panel says so in a sentence, the page is given back exactly", { skip }, async () => {
  // The same add-on id, its wasm cut short, installed over the intact one for this test only.
  const broken = brokenCoreCopy(EXTENSION);
  await env.browser.driver.installAddon(broken.dir, true);
  try {
    await env.browser.driver.get(addressOf(env.site, SAMPLE_PAGE, { core: "broken" }));
    const untouched = await page(pageState);
    const panel = await openPanel(env.browser);
    assert.equal(panel.state, "error", `the panel shows: ${JSON.stringify(panel)}`);
    assert.deepEqual(panel.message, { code: "core_failed", text: englishMessage(broken.dir, "error_core_failed") });
    assert.equal(panel.sentences.length, 0);
    assert.equal(await page(() => 6 * 7), 42, "the page's script still runs");
    await env.browser.driver.actions().sendKeys(Key.ESCAPE).perform();
    await hostGone();
    assert.deepEqual(await page(pageState), untouched, "the page is given back exactly");
  } finally {
    await env.browser.driver.installAddon(EXTENSION, true);
    broken.remove();
  }
});

test("Firefox: no error from the pages or the extension", { skip }, async () => {
  assert.deepEqual(await env.browser.errors(), []);
});

test("Firefox: no network request but 127.0.0.1 and the extension's own files", { skip }, async () => {
  const requests = await env.browser.requests();
  assertOnlyLocalRequests(requests.map((r) => r.url), ["moz-extension:"]);
});
