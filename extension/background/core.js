/**
 * The core is Sift's Rust summarizer compiled to wasm; this module loads it once and calls it.
 *
 * `core/sift.js` and `core/sift_bg.wasm` are wasm-bindgen's `--target web` output, put beside the
 * extension by the build (.ci/build). A core that fails to load or traps reports `core_failed`, so
 * the panel can say so in a sentence.
 */
import "../shared/platform.js";
import init, * as sift from "../core/sift.js";

const { api } = globalThis.SiftPlatform;

let ready = null;

/** Loads the wasm the first time; a failed load is tried again on the next request. */
function load() {
  ready ??= init({ module_or_path: api.runtime.getURL("core/sift_bg.wasm") }).catch((failure) => {
    ready = null;
    throw { code: "core_failed", message: `the core did not load: ${failure}` };
  });
  return ready;
}

/** Calls the core; its `{code, message}` errors pass through, anything else (a trap) is `core_failed`. */
async function call(run) {
  await load();
  try {
    return run();
  } catch (failure) {
    if (typeof failure?.code === "string") throw failure;
    throw { code: "core_failed", message: String(failure) };
  }
}

export const summarizePage = (snapshot, options) => call(() => sift.summarizePage(snapshot, options));
export const summarizeText = (text, lang, title, options) => call(() => sift.summarizeText(text, lang ?? undefined, title ?? undefined, options));
