/**
 * The core is Sift's Rust summarizer compiled to wasm; this module loads it once and calls it.
 *
 * `core/sift.js` and `core/sift_bg.wasm` are wasm-bindgen's `--target web` output, put beside the
 * extension by the build (.ci/build). A core that fails to load or traps reports `core_failed`, so
 * the panel can say so in a sentence.
 *
 * A reader's click is nearly always cold: the browser stops an idle service worker after about 30 s,
 * and the core goes with it. So the background calls `preload()` as soon as a gesture arrives: the
 * wasm compiles and instantiates while the content scripts are injected, then runs once on a warm-up
 * page, so that the core's first run (the engine compiling each function on its first call, the core
 * building its tables) is spent while the page is read, not on the reader's page.
 * tests/e2e/bench-click.mjs times the cold click stage by stage.
 */
import "../shared/platform.js";
import init, * as sift from "../core/sift.js";
import { WARM_UP_PAGE } from "./warm-up.js";
import { mark } from "./marks.js";

const { api } = globalThis.SiftPlatform;

let ready = null;
/** Whether this core has run once (the warm-up page or a request): its code is compiled. */
let warm = false;

/** Loads the wasm the first time; a failed load is tried again on the next request. */
function load() {
  ready ??= init({ module_or_path: api.runtime.getURL("core/sift_bg.wasm") }).then((exports) => {
    mark("core-loaded");
    return exports;
  }, (failure) => {
    ready = null;
    throw { code: "core_failed", message: `the core did not load: ${failure}` };
  });
  return ready;
}

/**
 * Starts loading the core ahead of the request that needs it, and once it is loaded runs it on
 * WARM_UP_PAGE unless it has run already, while the page is still being injected and read: the
 * service worker would wait idle for the snapshot meanwhile. A failure is left to the request, which
 * tries again and reports `core_failed` as ever.
 */
export function preload() {
  load().then(() => {
    if (warm) return;
    warm = true;
    sift.summarizePage(WARM_UP_PAGE, undefined);
    mark("warmed-up");
  }).catch(() => {});
}

/** Calls the core; its `{code, message}` errors pass through, anything else (a trap) is `core_failed`. */
async function call(run) {
  await load();
  warm = true;
  try {
    return run();
  } catch (failure) {
    if (typeof failure?.code === "string") throw failure;
    throw { code: "core_failed", message: String(failure) };
  }
}

export const summarizePage = (snapshot, options) => call(() => sift.summarizePage(snapshot, options));
export const summarizeText = (text, lang, options) => call(() => sift.summarizeText(text, lang ?? undefined, undefined, options));
