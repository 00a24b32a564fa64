import { chromium } from "playwright-core";
import fs from "node:fs";
import { startServer } from "../server.mjs";
import { lockDown, evaluateIsolated } from "./lib/corpus.mjs";
const server = await startServer({ port: 0 });
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ["--no-sandbox"] });
const page = await (await b.newContext({ javaScriptEnabled: false })).newPage();
const site = await lockDown(page, server.url.replace(/\/$/, ""));
const snap = fs.readFileSync("../extension/content/snapshot.js", "utf8");
for (const p of process.argv.slice(2)) {
  await site.open(server.url + "corpus/extraction/" + p + "/page.html");
  const r = await evaluateIsolated(page, snap + `;(() => { const s = SiftSnapshot.take(document); const h = s.nodes.filter(n => n.tag !== "#text" && n.hidden && !(n.parent !== null && s.nodes[n.parent].hidden)); const hs = getComputedStyle(document.documentElement); return {html: [hs.display, hs.visibility, hs.opacity, hs.contentVisibility, document.documentElement.checkVisibility({visibilityProperty: true}), document.documentElement.getAttribute("style"), document.documentElement.hidden, document.documentElement.getAttribute("aria-hidden")], n: s.nodes.length, hiddenRoots: h.slice(0, 8).map(n => n.tag + " " + JSON.stringify(n.attrs).slice(0, 100)), body: getComputedStyle(document.body).display + "/" + getComputedStyle(document.body).visibility}; })()`);
  console.log(p, JSON.stringify(r, null, 1));
}
await b.close(); await server.close();
