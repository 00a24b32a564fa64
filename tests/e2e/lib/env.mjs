/**
 * The end-to-end environment: where the built extension, the corpus and the native tool are,
 * each named by one setting so that CI and a developer's machine agree.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's root (this file is tests/e2e/lib/env.mjs). */
export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** The build output: `dist/chrome`, `dist/firefox`, `dist/www` (env `SIFT_DIST`). */
export const DIST = path.resolve(process.env.SIFT_DIST ?? path.join(REPO, "dist"));

/** The shared evaluation data (env `SIFT_CORPUS`, default `../shared/corpus` beside the repo). */
export const CORPUS = path.resolve(process.env.SIFT_CORPUS ?? path.join(REPO, "../shared/corpus"));

/** The native command-line tool (env `SIFT_BIN`). */
export const SIFT_BIN = path.resolve(process.env.SIFT_BIN ?? path.join(REPO, "target/release/sift"));

/** Where committed screenshots go. */
export const SCREENSHOTS = path.join(REPO, "tests/e2e/screenshots");

/** Chromium and Firefox as Debian installs them; geckodriver as `cargo install` puts it. */
export const CHROMIUM = process.env.SIFT_CHROMIUM ?? "/usr/bin/chromium";
export const GECKODRIVER = process.env.SIFT_GECKODRIVER ?? path.join(process.env.HOME ?? "/root", ".cargo/bin/geckodriver");
export const FIREFOX = process.env.SIFT_FIREFOX ?? "/usr/bin/firefox-esr";

/**
 * The reason a suite cannot run here (a missing build or browser), or false when it can.
 * Suites skip with this reason printed rather than fail on a machine without the build; false when
 * nothing is missing (node:test counts a null `skip` as skipped).
 */
export function missing(...paths) {
  const absent = paths.filter((p) => !fs.existsSync(p));
  return absent.length ? `not found: ${absent.join(", ")} (build with .ci/build; corpus via SIFT_CORPUS)` : false;
}

/** The unpacked extension for a browser: `dist/chrome` or `dist/firefox`. */
export function extensionDir(browser) {
  return path.join(DIST, browser);
}

/** Sleeps `ms` milliseconds (for polling, never for assertions). */
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Calls `probe` until it returns a truthy value, and returns it; throws `what` after `timeoutMs`.
 * A generous bound for a slow CI machine: it only decides how long a broken build takes to fail.
 */
export async function waitFor(probe, what, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      last = await probe();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last: ${last?.message ?? JSON.stringify(last)})`);
    await sleep(100);
  }
}
