/**
 * Screenshots the suites save for the README and for a person to look at: committed, in
 * tests/e2e/screenshots/, one file per view, overwritten on each run.
 */
import fs from "node:fs";
import path from "node:path";
import { SCREENSHOTS } from "./env.mjs";

/** Writes `png` (a Buffer) as `name` and returns its path. */
export async function saveScreenshot(name, png) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, name);
  fs.writeFileSync(file, png);
  return file;
}
