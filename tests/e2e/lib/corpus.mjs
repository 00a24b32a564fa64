/**
 * Corpus pages in a real browser: which pages there are, and how a saved page is opened so that it
 * shows only itself (its own scripts off, nothing fetched from outside 127.0.0.1), as ../shared/TOOLING.md
 * measured. Also the token F1 of the corpus scorer, to compare two extractions of one page.
 */
import fs from "node:fs";
import path from "node:path";
import { CORPUS, sleep } from "./env.mjs";

/** The extraction corpus's folder. */
export const EXTRACTION = path.join(CORPUS, "extraction");

/** Every page of every extraction set: `{ set, id, file, route }` (route: its path on the test server). */
export function extractionPages() {
  const pages = [];
  for (const set of fs.readdirSync(EXTRACTION).sort()) {
    const setDir = path.join(EXTRACTION, set);
    if (!fs.statSync(setDir).isDirectory()) continue;
    for (const id of fs.readdirSync(setDir).sort()) {
      const file = path.join(setDir, id, "page.html");
      if (fs.existsSync(file)) pages.push({ set, id, file, route: `corpus/extraction/${set}/${id}/page.html` });
    }
  }
  return pages;
}

/** Quiet time that counts as "the page has finished loading what it will load". */
const NETWORK_IDLE_MS = 300;

/**
 * Makes `page` show saved pages as they were: every request outside `origin` is aborted, and a
 * navigation away from the page (a meta refresh) is answered with an empty 204, so the page stays.
 * The corpus's pages are stored as UTF-8 (its README) but many do not say so, and the sites served
 * them with a charset header, which the test server leaves out: the page itself gets that header
 * back, or the browser would read it as windows-1252.
 */
export async function lockDown(page, origin) {
  let lastRequest = Date.now();
  let current = null;
  await page.route("**/*", async (route) => {
    lastRequest = Date.now();
    const request = route.request();
    if (!request.url().startsWith(origin)) return route.abort();
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) {
      if (request.url() !== current) return route.fulfill({ status: 204, body: "" });
      const response = await route.fetch();
      return route.fulfill({ response, headers: { ...response.headers(), "content-type": "text/html; charset=utf-8" } });
    }
    return route.continue();
  });
  return {
    /** Opens `url`; with `settle`, also waits until no request has been seen for NETWORK_IDLE_MS. */
    async open(url, { settle = false } = {}) {
      current = url;
      await page.goto(url, { waitUntil: "load" });
      while (settle && Date.now() - lastRequest < NETWORK_IDLE_MS) await sleep(NETWORK_IDLE_MS / 3);
    },
  };
}

/** Unicode word tokens, NFKC and case-folded, each Han/kana character its own token (as score.py). */
export function tokens(text) {
  return text.normalize("NFKC").toLowerCase().match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}\p{M}_]+/gu) ?? [];
}

/** Bag-of-tokens F1 between two texts (1 when both are empty). */
export function tokenF1(a, b) {
  const left = tokens(a);
  const right = tokens(b);
  if (!left.length && !right.length) return 1;
  const counts = new Map();
  for (const token of left) counts.set(token, (counts.get(token) ?? 0) + 1);
  let shared = 0;
  for (const token of right) {
    const count = counts.get(token) ?? 0;
    if (count > 0) {
      shared += 1;
      counts.set(token, count - 1);
    }
  }
  if (!shared) return 0;
  const precision = shared / right.length;
  const recall = shared / left.length;
  return (2 * precision * recall) / (precision + recall);
}

/**
 * Evaluates `expression` in a fresh isolated world of `page`'s main frame, the kind of world a content
 * script runs in, and returns its value. With the page's own JavaScript off, the main world refuses
 * DOM callbacks (a TreeWalker filter), while an isolated world still runs them, as in the extension.
 */
export async function evaluateIsolated(page, expression) {
  const session = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await session.send("Page.getFrameTree");
    const { executionContextId } = await session.send("Page.createIsolatedWorld", { frameId: frameTree.frame.id, worldName: "sift-e2e" });
    const { result, exceptionDetails } = await session.send("Runtime.evaluate", {
      expression,
      contextId: executionContextId,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  } finally {
    await session.detach();
  }
}
