import { launchChromium } from "./lib/chromium.mjs";
const b = await launchChromium("/tmp/e2e-mock");
const page = await b.context.newPage();
await page.goto("data:text/html,<p>hi");

console.log(JSON.stringify((await b.cdp.send("Target.getTargets", {filter: [{}]})).targetInfos.map(t=>[t.type,t.url,t.targetId]), null, 1));
await b.close();
