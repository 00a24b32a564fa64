// Readability.js + jsdom over the pages listed on stdin (one path a line), as the extraction
// benchmark's peer (tests/bench/extract.py). Prints the CPU seconds of the work and the version.
// Run from tests/ so that node_modules resolves.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const paths = readFileSync(0, "utf8").split("\n").filter(Boolean);
const pages = paths.map((path) => readFileSync(path, "utf8"));
const quiet = new VirtualConsole(); // page CSS and markup errors are not the benchmark's business

let failures = 0;
const parse = (html) => {
  try {
    const { window } = new JSDOM(html, { virtualConsole: quiet });
    new Readability(window.document).parse();
    window.close();
  } catch {
    failures += 1; // counted, like a page sift finds no article in: the time spent still counts
  }
};
parse(pages[0]); // warm-up: the first call compiles the code paths
failures = 0;
const before = process.cpuUsage();
for (const html of pages) parse(html);
const used = process.cpuUsage(before);
if (failures) console.error(`${failures} pages threw`);
const version = createRequire(import.meta.url)("@mozilla/readability/package.json").version;
console.log(((used.user + used.system) / 1e6).toFixed(3), `readability-${version}`);
