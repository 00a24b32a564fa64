/**
 * The content script's snapshot taker (extension/content/snapshot.js) on documents built in jsdom,
 * which has no layout: what the markup alone says is what counts, as on the native side.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { JSDOM } from "jsdom";

const SNAPSHOT_JS = path.join(path.dirname(fileURLToPath(import.meta.url)), "../extension/content/snapshot.js");

/**
 * The snapshot of `html`, as taken (`taken`) and as the core receives it (`snapshot`), with its
 * nodes unpacked: `{ tag, parent, text }` or `{ tag, parent, attrs, hidden }` each. `prepare(window)` runs first.
 */
function snapshotOf(html, { contentType = "text/html", url = undefined, prepare = () => {} } = {}) {
  const { window } = new JSDOM(html, { contentType, url, runScripts: "outside-only" });
  prepare(window);
  window.eval(fs.readFileSync(SNAPSHOT_JS, "utf8"));
  const taken = window.SiftSnapshot.take(window.document);
  // Plain data of this realm, as the snapshot arrives in the core (a JSON round trip).
  const snapshot = JSON.parse(JSON.stringify(taken));
  const nodes = [];
  let text = 0;
  const take = (length) => snapshot.text.slice(text, (text += length));
  for (let i = 0; i < snapshot.tree.length; ) {
    const [parent, tag] = [snapshot.tree[i] - 1, snapshot.names[snapshot.tree[i + 1]]];
    if (tag === "#text") {
      nodes.push({ tag, parent, text: take(snapshot.tree[i + 2]) });
      i += 3;
      continue;
    }
    const [hidden, count] = [snapshot.tree[i + 2] === 1, snapshot.tree[i + 3]];
    const attrs = {};
    for (let k = 0; k < count; k++) attrs[snapshot.names[snapshot.tree[i + 4 + 2 * k]]] = take(snapshot.tree[i + 5 + 2 * k]);
    nodes.push({ tag, parent, attrs, hidden });
    i += 4 + 2 * count;
  }
  return { taken, snapshot, nodes, window };
}

/** Each node after `<body>`: its tag (a text node's text), its parent's tag and whether it is hidden. */
function bodyNodes(nodes) {
  const body = nodes.findIndex((node) => node.tag === "body");
  return nodes.slice(body + 1).map((node) => [node.tag === "#text" ? node.text : node.tag, nodes[node.parent].tag, Boolean(node.hidden)]);
}

test("a hidden element is written, marked, without its subtree", () => {
  const { nodes } = snapshotOf(`<body><p>shown</p><div hidden id=a><p>unseen</p></div><section aria-hidden=" True "><b>x</b></section>
    <span style="DISPLAY : none">y</span><dialog><p>closed</p></dialog><dialog open>open</dialog><p>after</p>`);
  assert.deepEqual(bodyNodes(nodes).filter(([tag]) => tag.trim() !== ""), [
    ["p", "body", false],
    ["shown", "p", false],
    ["div", "body", true],
    ["section", "body", true],
    ["span", "body", true],
    ["dialog", "body", true],
    ["dialog", "body", false],
    ["open", "dialog", false],
    ["p", "body", false],
    ["after", "p", false],
  ]);
  assert.deepEqual(nodes.find((node) => node.tag === "div").attrs, { id: "a" });
});

test("only the attributes the core reads travel", () => {
  const { nodes } = snapshotOf(`<body><a href="https://example.org/a" class="byline" rel="author" data-x="1" title="t">A</a>
    <time datetime="2024-01-02" lang="en">Jan 2</time><div role="main" itemprop="articleBody" aria-label="l">text</div>`);
  const attrs = nodes.filter((node) => node.attrs && Object.keys(node.attrs).length).map((node) => [node.tag, node.attrs]);
  assert.deepEqual(attrs, [
    ["a", { class: "byline", rel: "author" }],
    ["time", { datetime: "2024-01-02" }],
    ["div", { role: "main", itemprop: "articleBody" }],
  ]);
});

test("meta tags and JSON-LD are read wherever they sit, hidden or not", () => {
  const { snapshot } = snapshotOf(`<head><meta name="Author" content="Someone"><meta property="og:title" content="T">
    <meta charset="utf-8"><script type=" Application/LD+JSON ">{"a":1}</script><script type="module">x</script></head>
    <body><div hidden><meta itemprop="datePublished" content="2024"><script type="application/ld+json">{}</script></div></body>`);
  assert.deepEqual(snapshot.meta, [["author", "Someone"], ["og:title", "T"], ["datepublished", "2024"]]);
  assert.deepEqual(snapshot.json_ld, ['{"a":1}', "{}"]);
});

test("text nodes keep their snapshot index for ranges", () => {
  const { taken, nodes, window } = snapshotOf(`<body><div hidden>gone</div><p>first <b>bold</b> last</p>`);
  const index = nodes.findIndex((node) => node.text === "bold");
  const range = window.SiftSnapshot.range(taken, { node: index, start: 0, end: 4 });
  assert.equal(range?.toString(), "bold");
  assert.equal(window.SiftSnapshot.isCurrent(taken, [index]), true);
  window.document.querySelector("b").firstChild.data = "changed";
  assert.equal(window.SiftSnapshot.isCurrent(taken, [index]), false);
});

test("each tag and attribute name is one lower-cased name, however the DOM spells it", () => {
  // XHTML keeps the markup's case, which an HTML document's parser folds.
  const { snapshot, nodes } = snapshotOf(`<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body>
    <DIV CLASS="a" HIDDEN="">gone</DIV><div class="b" Id="c">x</div><Dialog>closed</Dialog></body></html>`, { contentType: "application/xhtml+xml" });
  assert.deepEqual(snapshot.names, ["#text", "html", "body", "div", "class", "id", "dialog"]);
  assert.deepEqual(bodyNodes(nodes).filter(([tag]) => tag.trim() !== ""), [
    ["div", "body", true],
    ["div", "body", false],
    ["x", "div", false],
    ["dialog", "body", true],
  ]);
  assert.deepEqual(nodes.filter((node) => node.tag === "div").map((node) => node.attrs), [{ class: "a" }, { class: "b", id: "c" }]);
});

test("Sift's own panel is left out, another element of its tag is not", () => {
  const { nodes } = snapshotOf(`<body><sift-panel id="sift-panel-host"><p>panel</p></sift-panel><sift-panel>page</sift-panel>`);
  assert.deepEqual(bodyNodes(nodes), [["sift-panel", "body", false], ["page", "sift-panel", false]]);
});

test("a custom element's open shadow root is read as the page shows it, slotted nodes where their slots are", () => {
  const { nodes } = snapshotOf(`<body><news-story><span slot="headline">Storm</span><p>Light text.</p><i slot="missing">Gone</i></news-story>
<slot><b>own</b></slot>`, {
    prepare(window) {
      window.document.querySelector("news-story").attachShadow({ mode: "open" }).innerHTML =
        `<h1><slot name="headline">No headline</slot></h1><p>Shadow text.</p><slot></slot><slot name="none">Fallback</slot>`;
    },
  });
  const shown = bodyNodes(nodes).filter(([tag]) => tag.trim());
  assert.deepEqual(shown, [
    ["news-story", "body", false], ["h1", "news-story", false], ["slot", "h1", false], ["span", "slot", false],
    ["Storm", "span", false], ["p", "news-story", false], ["Shadow text.", "p", false], ["slot", "news-story", false],
    ["p", "slot", false], ["Light text.", "p", false], ["slot", "news-story", false], ["Fallback", "slot", false],
    ["slot", "body", false], ["b", "slot", false], ["own", "b", false],
  ]);
});

test("a link the core names leads the reader only to a web page of the same site", () => {
  const html = `<body><p>Story.</p><a id=next href="?page=2">2</a><a id=up href="../two/">2</a><a id=js href="javascript:alert(1)">2</a>
    <a id=away href="https://elsewhere.example/?page=2">2</a><a id=bare>2</a><span id=not-a-link>2</span></body>`;
  const { window, taken, nodes } = snapshotOf(html, { url: "https://news.example/2024/story/one.html" });
  const at = (id) => nodes.findIndex((node) => node.attrs?.id === id);
  assert.equal(window.SiftSnapshot.sameSiteLink(taken, at("next")), "https://news.example/2024/story/one.html?page=2");
  assert.equal(window.SiftSnapshot.sameSiteLink(taken, at("up")), "https://news.example/2024/two/");
  for (const id of ["js", "away", "bare", "not-a-link"]) assert.equal(window.SiftSnapshot.sameSiteLink(taken, at(id)), null, id);
  assert.equal(window.SiftSnapshot.sameSiteLink(taken, nodes.length + 5), null, "no such node");
});

test("one long string given to many nodes stops the walk rather than throwing on the joined text", () => {
  const big = "x".repeat(1 << 22);
  for (const [name, give] of [["text", (doc, el) => el.append(big)], ["class", (doc, el) => (el.className = big)]]) {
    const { taken, nodes } = snapshotOf("<body>", {
      prepare: (window) => {
        for (let i = 0; i < 160; i++) give(window.document, window.document.body.appendChild(window.document.createElement("p")));
      },
    });
    assert.equal(taken.truncated, true, name);
    assert.ok(taken.text.length <= 1 << 24, name);
    // The node that passed the cap is left out whole, with no record of it.
    assert.equal(taken.text.length, nodes.filter((node) => node.tag === "#text").length * big.length + nodes.filter((node) => node.attrs?.class).length * big.length, name);
  }
});

test("a kept attribute name met twice is written once", () => {
  // One name in a thousand namespaces: before, a record of 1,001 `class` attributes on one element.
  const { snapshot, nodes } = snapshotOf("<body><p class=a>x</p>", {
    prepare: (window) => {
      const p = window.document.querySelector("p");
      for (let i = 0; i < 1000; i++) p.setAttributeNS(`urn:x${i}`, "class", "b");
    },
  });
  assert.deepEqual(nodes.find((node) => node.tag === "p").attrs, { class: "a" });
  assert.ok(snapshot.text.endsWith("ax"));
  assert.ok(snapshot.text.length < 20);
});
