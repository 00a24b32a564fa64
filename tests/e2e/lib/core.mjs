/**
 * The built wasm core (dist/www/core) loaded in Node, the same module the extension and the
 * playground run.
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { DIST } from "./env.mjs";

/** The wasm-bindgen glue and binary of the playground's build. */
export const CORE_DIR = path.join(DIST, "www", "core");
export const CORE_GLUE = path.join(CORE_DIR, "sift.js");

/** The core's exports (`extractPage`, `summarizePage`, …), instantiated once. */
export async function loadCore() {
  const core = await import(pathToFileURL(CORE_GLUE).href);
  await core.default({ module_or_path: fs.readFileSync(path.join(CORE_DIR, "sift_bg.wasm")) });
  return core;
}

/**
 * What the core itself shows of `paragraphs` as the extension asks it of a selection (no title, each
 * line an element of the page): its `count` best sentences.
 */
export function summaryOfText(core, paragraphs, lang, count) {
  return shownFirst(core.summarizeText(paragraphs.join("\n\n"), lang, undefined, { budget: { sentences: count }, lines: "blocks" }));
}

/** The texts of the sentences a panel shows first of `summary`: its `count` best, in document order. */
export const shownFirst = (summary) => summary.sentences.filter((sentence) => sentence.rank < summary.count).map((sentence) => sentence.text);
