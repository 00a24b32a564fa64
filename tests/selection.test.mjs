/**
 * The reader's selection (extension/content/selection.js) on documents built in jsdom: the text the
 * core is given, and where each sentence of its summary lies in the page, for the panel's jump and
 * highlight.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { JSDOM } from "jsdom";

const SELECTION_JS = path.join(path.dirname(fileURLToPath(import.meta.url)), "../extension/content/selection.js");

/** `html`'s window with selection.js loaded and `select(document)`'s range selected (none if it gives none). */
function pageWith(html, select = () => null) {
  const { window } = new JSDOM(html, { runScripts: "outside-only" });
  window.eval(fs.readFileSync(SELECTION_JS, "utf8"));
  const range = select(window.document);
  if (range) window.getSelection().addRange(range);
  return window;
}

/** A range from the start of `first`'s text to the end of `last`'s. */
function across(doc, first, last) {
  const range = doc.createRange();
  range.setStartBefore(doc.querySelector(first));
  range.setEndAfter(doc.querySelector(last));
  return range;
}

/** What `locate` gives for `text`: the located text and the element it starts in, or null. */
function located(read, text) {
  const [range] = read.locate({ text });
  return range ? { text: range.toString(), startsIn: range.startContainer.parentElement.id } : null;
}

const STORY = `<body>
  <p id=teaser>Rain is coming.</p>
  <article>
    <p id=a>The <b>storm</b> reached the   coast at dawn.  Rain is coming.</p>
    <p id=b>Roads were closed<br>in three towns.<script>var ad = "closed in";</script> Schools stay shut.</p>
  </article>
  <p id=after>Read more about the storm.</p>
</body>`;

test("a sentence of the selection is found where the reader selected it, across markup and white space", () => {
  const window = pageWith(STORY, (doc) => across(doc, "#a", "#b"));
  const read = window.SiftSelection.read(window.document, "");
  assert.match(read.text, /The storm reached/);
  assert.doesNotMatch(read.text, /Read more/, "only the selection is read");
  assert.deepEqual(located(read, "The storm reached the coast at dawn."), { text: "The storm reached the   coast at dawn.", startsIn: "a" });
  // The same words before the selection (a teaser) are not where the reader's sentence is.
  assert.deepEqual(located(read, "Rain is coming."), { text: "Rain is coming.", startsIn: "a" });
  // A line break between elements reads as a space; a script's text is no part of the page's.
  assert.deepEqual(located(read, "Roads were closed in three towns."), { text: "Roads were closedin three towns.", startsIn: "b" });
  assert.deepEqual(located(read, "Schools stay shut."), { text: "Schools stay shut.", startsIn: "b" });
  // The asides the summary leaves out of a sentence are passed over.
  const aside = pageWith(`<body><p id=w>Wellington is the capital[12] of the country (pictured) since 1865.[3] It lies south.</p></body>`, (doc) => across(doc, "#w", "#w"));
  const wiki = aside.SiftSelection.read(aside.document, "");
  assert.deepEqual(located(wiki, "Wellington is the capital of the country since 1865."), {
    text: "Wellington is the capital[12] of the country (pictured) since 1865.", startsIn: "w",
  });
  // Text the page's style sheets upper-case is selected upper-cased.
  assert.deepEqual(located(read, "SCHOOLS STAY SHUT."), { text: "Schools stay shut.", startsIn: "b" });
});

test("a sentence outside the selection, or changed by the core, is not located", () => {
  const window = pageWith(STORY, (doc) => across(doc, "#a", "#a"));
  const read = window.SiftSelection.read(window.document, "");
  assert.equal(located(read, "Read more about the storm."), null);
  assert.equal(located(read, "The storm reached the coast."), null);
  assert.equal(read.locate({ text: "   " }).length, 0);
});

test("a selection that starts inside a text node is read from there", () => {
  const window = pageWith(STORY, (doc) => {
    const range = doc.createRange();
    const text = doc.querySelector("#a").lastChild; // " reached the   coast at dawn.  Rain is coming."
    range.setStart(text, text.data.indexOf("Rain"));
    range.setEndAfter(doc.querySelector("#b"));
    return range;
  });
  const read = window.SiftSelection.read(window.document, "");
  assert.ok(read.text.startsWith("Rain is coming."), read.text);
  assert.equal(located(read, "The storm reached the coast at dawn."), null, "before the selection");
  assert.deepEqual(located(read, "Rain is coming."), { text: "Rain is coming.", startsIn: "a" });
});

test("a selection's text leaves out what its captions, menus, sidebars, header and footer alone write", () => {
  const page = `<body>
<header><nav>Home
World</nav></header>
<p id=home>Home</p>
<h1 id=h>Storm closes the harbour</h1>
<p id=a>The storm reached the coast at dawn.</p>
<figure><img alt=""><figcaption id=cap>Waves break over the sea wall on Monday.</figcaption></figure>
<p id=b>Schools stay shut.</p>
<aside>Most read: ten harbours to visit</aside>
<footer id=end>Storm closes the harbour</footer>
</body>`;
  const lines = (window) => window.SiftSelection.read(window.document, "").text.split("\n\n");
  // jsdom lays nothing out: an element's text, as its innerText would give it, is its source's.
  const laidOut = (window) => {
    Object.defineProperty(window.HTMLElement.prototype, "innerText", { get() { return this.textContent; } });
    return window;
  };
  const whole = laidOut(pageWith(page, (doc) => across(doc, "header", "#end")));
  // A line the story writes too keeps every copy: the headline stays twice, as the core finds a page's
  // title by, and "Home" (once in the menu, read once with the header that holds it) too.
  assert.deepEqual(lines(whole), [
    "Home", "Home", "Storm closes the harbour", "The storm reached the coast at dawn.", "Schools stay shut.", "Storm closes the harbour",
  ]);
  const caption = laidOut(pageWith(page, (doc) => across(doc, "#cap", "#cap")));
  assert.deepEqual(lines(caption), ["Waves break over the sea wall on Monday."], "a caption selected alone is read");
  const menu = laidOut(pageWith(page, (doc) => across(doc, "header", "header")));
  assert.deepEqual(lines(menu), ["Home", "World"], "furniture that is all the selection holds is read");
});

test("when the selection is gone, the menu's copy of it is read and its sentences are looked for in the whole page", () => {
  const window = pageWith(STORY);
  const read = window.SiftSelection.read(window.document, "Schools stay shut.\n\n\nRoads were closed");
  assert.equal(read.text, "Schools stay shut.\n\nRoads were closed");
  assert.deepEqual(located(read, "Rain is coming."), { text: "Rain is coming.", startsIn: "teaser" });
  assert.deepEqual(located(read, "Read more about the storm."), { text: "Read more about the storm.", startsIn: "after" });
  assert.equal(window.SiftSelection.read(window.document, "").text, "", "nothing selected, nothing read");
  // A selection that gives no text of the page's (as text selected in a form field gives none in
  // Chromium) reads the menu's copy.
  const field = pageWith(`<body><p id=a>Rain is coming.</p><p id=t><img alt=""></p></body>`, (doc) => across(doc, "#t", "#t"));
  const typed = field.SiftSelection.read(field.document, "Snow is coming.");
  assert.equal(typed.text, "Snow is coming.");
  assert.equal(located(typed, "Rain is coming.").text, "Rain is coming.", "looked for in the whole page");
});

test("the selection's language is its own element's, else the page's", () => {
  const inside = (doc, selector) => {
    const range = doc.createRange();
    range.selectNodeContents(doc.querySelector(selector).firstChild);
    return range;
  };
  const window = pageWith(`<html lang=en><body><p id=a lang=fr>Il pleut.</p><p id=b>It rains.</p></body></html>`, (doc) => inside(doc, "#a"));
  assert.equal(window.SiftSelection.read(window.document, "").lang, "fr");
  window.getSelection().removeAllRanges();
  window.getSelection().addRange(inside(window.document, "#b"));
  assert.equal(window.SiftSelection.read(window.document, "").lang, "en");
});
