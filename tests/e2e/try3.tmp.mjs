import { launchFirefox, openPanel, inPanel, clickAction, actionOf } from "./lib/firefox.mjs";
import { startServer } from "../server.mjs";
import { sleep } from "./lib/env.mjs";
const server = await startServer({ port: 0 });
const b = await launchFirefox("/tmp/e2e-mock");
const d = b.driver;
await d.get(server.url + "/samples/libya-border-ar.html?csp=1");
try { await clickAction(b); } catch (e) { console.log("click", e.message); }
await sleep(1500);
console.log(await inPanel(b, (r)=>r.querySelector("aside").dataset.state));
console.log(await b.requests(), await b.errors(), await actionOf(b).catch(e=>e.message));
await b.close(); await server.close();
