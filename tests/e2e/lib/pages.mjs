/**
 * Pages written for the tests (a hostile page, page text that looks like markup), served on
 * 127.0.0.1 by the project's server from a temporary folder, the same in every browser.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startServer } from "../../server.mjs";
import { before, after } from "node:test";
import { startSite } from "./site.mjs";
import { LANGUAGE_PAGES } from "./bad-cases.mjs";

/** A short English news article: five sentences, one a paragraph. */
export const ARTICLE = [
  "The city council approved the new budget on Tuesday after a long debate about the cost of public transport.",
  "The plan raises spending on buses by a fifth and adds two night lines that will run until three in the morning.",
  "Critics said the council had ignored the needs of the suburbs, where most residents still depend on their cars.",
  "The mayor answered that the night lines were the first step of a longer plan that will reach every district.",
  "A vote on the second part of the plan is expected in the spring, when the council will also review fares.",
];

/**
 * Three whole stories on one page, one after another, as a news site loads the next story under the
 * one read: each an `<article>` with its own headline, date and paragraphs, long enough that the
 * story scrolled to fills the middle of the view. Every sentence names its story's `topic`.
 */
export const STORIES = ["harbour", "railway", "library"].map((topic, i) => ({
  topic,
  headline: `The ${topic} plan goes ahead after a year of talks`,
  paragraphs: Array.from({ length: 9 }, (_, k) => `The ${topic} plan, the council said in its report number ${k + 1}, will change how ${
    ["residents", "workers", "visitors"][k % 3]} use the ${topic} for the next ${10 + k} years, and the first works start in ${
    ["spring", "summer", "autumn"][(k + i) % 3]}.`),
}));

const storiesPage = () => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${STORIES[0].headline} | Example News</title></head><body>
<nav><a href="/">Home</a></nav><main>${STORIES.map(({ headline, paragraphs }, i) => `<article class="story"><header><h1>${headline}</h1>
<time datetime="2024-05-0${i + 1}">May ${i + 1}, 2024</time></header>${paragraphsOf(paragraphs)}</article>`).join("\n")}</main></body></html>`;

/** Page text that a careless panel would turn into an element running the page's code. */
export const MARKUP_TRAP = "<img src=x onerror=window.pwned=1>";

const escape = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const paragraphsOf = (texts) => texts.map((text) => `<p>${escape(text)}</p>`).join("");
const article = (paragraphs) => `<article><h1>Council approves budget</h1>${paragraphsOf(paragraphs)}</article>`;

/**
 * The hostile page: its script (run before anything else) makes every shadow root open and keeps
 * it, and records every node added to the document; a full-window overlay sits at the top z-index.
 */
const HOSTILE_SCRIPT = `
window.captured = [];
const original = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init) { const root = original.call(this, { ...init, mode: "open" }); window.captured.push(root); return root; };
new MutationObserver((records) => { for (const r of records) for (const n of r.addedNodes) window.captured.push(n); })
  .observe(document.documentElement, { childList: true, subtree: true });
`;

/**
 * Paragraphs of the huge page: each is two snapshot nodes, so this is past the 100,000 nodes at
 * which the content script stops reading (extension/content/snapshot.js), about 7 MB of HTML.
 */
const HUGE_PAGE_PARAGRAPHS = 51_000;

/** An article whose bar of page numbers shows page 1 and links page 2 at `next`. */
const pagedArticle = (next) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Paged article</title></head><body>
${article(ARTICLE)}<nav class="pagination"><span>1</span> <a href="${next}">2</a> <a href="?page=3">3</a> <a href="${next}">Next</a></nav></body></html>`;

const PAGES = {
  "huge.html": `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Huge page</title></head><body>
${article(Array.from({ length: HUGE_PAGE_PARAGRAPHS }, (_, i) => `${ARTICLE[i % ARTICLE.length].slice(0, -1)}, said report number ${i + 1}.`))}</body></html>`,
  "hostile.js": HOSTILE_SCRIPT,
  "hostile.html": `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile page</title><script src="hostile.js"></script>
<style>body > .overlay { position: fixed; inset: 0; z-index: 2147483647; background: rgba(200, 0, 0, 0.6); }</style></head>
<body>${article(ARTICLE)}<div class="overlay"></div></body></html>`,
  ...LANGUAGE_PAGES,
  // An article a web component renders: its paragraphs in the custom element's shadow root
  // (declarative, so without page script), its headline a child of the element shown through a slot.
  "web-component.html": `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Web component</title></head><body>
<news-story><template shadowrootmode="open"><article><h1><slot name="headline"></slot></h1>
${paragraphsOf(ARTICLE)}</article></template><span slot="headline">Council approves budget</span></news-story></body></html>`,
  // The first page of an article in three: its bar of page numbers follows the last paragraph. And
  // one whose bar would lead the reader to another site.
  "paged-article.html": pagedArticle("?page=2"),
  "paged-elsewhere.html": pagedArticle("https://elsewhere.invalid/?page=2"),
  "several-stories.html": storiesPage(),
  // A plain left-to-right article, the counterpart of the right-to-left sample page.
  "article.html": `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council approves budget</title></head><body>
${article(ARTICLE)}</body></html>`,
  // A page that hides itself until its scripts run (here they never do), as anti-flicker snippets do.
  "hidden-until-scripts.html": `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hidden until scripts</title>
<style>body { visibility: hidden !important; }</style></head><body>
${article(ARTICLE)}</body></html>`,
  "markup-as-text.html": `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Markup as text</title></head><body>
${article([`${ARTICLE[0].slice(0, -1)} and the note ${MARKUP_TRAP} was read aloud.`, ...ARTICLE.slice(1)])}</body></html>`,
};

/** (In the hostile page.) What the page got of the panel: its shadow root, or any of its text. */
export function hostileHarvest(hostId) {
  const host = document.getElementById(hostId);
  const seen = window.captured.map((n) => (n instanceof ShadowRoot ? n.innerHTML : n.outerHTML ?? "")).join(" ");
  return { shadowRoot: host.shadowRoot !== null, panelTextSeen: /sentence|aside/i.test(seen), asides: document.querySelectorAll("aside").length };
}

/** Serves the test pages on 127.0.0.1: `{ url, close }`. */
export async function startTestPages() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "sift-e2e-pages-"));
  for (const [name, text] of Object.entries(PAGES)) fs.writeFileSync(path.join(folder, name), text);
  const server = await startServer({ port: 0, root: folder });
  return {
    url: server.url,
    async close() {
      await server.close();
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}

/**
 * For a test file: before its tests, the test site, the test pages and a browser from
 * `launch(site)`; after them, all stopped. Returns the holder `{ site, pages, browser }`, filled in
 * once the tests start (nothing is started when `skip` says why the file cannot run).
 */
export function withSitesAndBrowser(skip, launch) {
  const env = {};
  before(async () => {
    if (skip) return;
    [env.site, env.pages] = await Promise.all([startSite(), startTestPages()]);
    env.browser = await launch(env.site);
  });
  after(async () => {
    await env.browser?.close();
    await Promise.all([env.site?.close(), env.pages?.close()]);
  });
  return env;
}
