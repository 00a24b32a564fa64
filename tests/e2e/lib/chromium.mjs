/**
 * Real Chromium with the built extension loaded, driven as a reader would drive it.
 *
 * Headless Chromium has no toolbar to press: the click is CDP's `Extensions.triggerAction`, which
 * grants `activeTab` exactly like a click (recipe in ../shared/TOOLING.md). The panel lives in a
 * closed shadow root that page scripts cannot reach; the tests reach it through CDP instead.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM, waitFor } from "./env.mjs";
import { HOST_ID, HOST_TAG, readPanel, rectOf, untilSettled } from "./panel.mjs";

/** Flags for a quiet, reproducible headless browser that makes no request of its own. */
const QUIET_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * Launches Chromium with the unpacked extension at `extensionDir`.
 * Returns the context, the extension's id, a browser-level CDP session, and every request seen.
 */
export async function launchChromium(extensionDir, { colorScheme = "light", permissions = [] } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "sift-e2e-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    colorScheme,
    viewport: { width: 1280, height: 800 },
    ignoreDefaultArgs: ["--disable-extensions"],
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      "--enable-unsafe-extension-debugging",
      ...QUIET_FLAGS,
    ],
  });
  // Every request of every page, extension page and service worker, for the privacy assertion.
  const requests = [];
  context.on("request", (request) => requests.push(request.url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const extensionId = new URL(worker.url()).host;
  const cdp = await context.browser().newBrowserCDPSession();
  if (permissions.length) await context.grantPermissions(permissions);
  return {
    context,
    worker,
    extensionId,
    cdp,
    requests,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The CDP id of the tab that shows `page`, which `Extensions.triggerAction` needs (a tab target, not
 * the page's own target). Tabs are told apart by address: tests give each page a unique one.
 */
async function tabTargetOf(browser, page) {
  const { targetInfos } = await browser.cdp.send("Target.getTargets", { filter: [{ type: "tab" }] });
  const tabs = targetInfos.filter((target) => target.type === "tab" && target.url === page.url());
  if (tabs.length !== 1) throw new Error(`${tabs.length} tabs show ${page.url()}; give each page its own address`);
  return tabs[0].targetId;
}

/**
 * Presses the extension's toolbar button on `page`, as a reader's click does (activeTab granted).
 * Returns the error message when the browser refused, or null.
 */
export async function clickAction(browser, page) {
  // A reader clicks the button of the tab in front.
  await page.bringToFront();
  const targetId = await tabTargetOf(browser, page);
  try {
    await browser.cdp.send("Extensions.triggerAction", { id: browser.extensionId, targetId });
    return null;
  } catch (error) {
    return error.message;
  }
}

/**
 * Evaluates `fn(shadowRoot, ...args)` against the panel's closed shadow root on `page`, through CDP
 * (page scripts cannot do this). Returns `undefined` when there is no panel.
 */
export async function inPanel(page, fn, ...args) {
  const session = await page.context().newCDPSession(page);
  try {
    const { root } = await session.send("DOM.getDocument", { depth: -1, pierce: true });
    const shadow = findShadowRoot(root);
    if (!shadow) return undefined;
    const { object } = await session.send("DOM.resolveNode", { backendNodeId: shadow.backendNodeId });
    const { result, exceptionDetails } = await session.send("Runtime.callFunctionOn", {
      objectId: object.objectId,
      functionDeclaration: `function (...args) { return (${fn})(this, ...args); }`,
      arguments: args.map((value) => ({ value })),
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(`in panel: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value;
  } finally {
    await session.detach();
  }
}

/** The shadow root of the panel's host element in a CDP DOM tree, walked without recursion. */
function findShadowRoot(root) {
  const stack = [root];
  while (stack.length) {
    const node = stack.pop();
    if (node.nodeName === HOST_TAG.toUpperCase() && node.shadowRoots?.length) return node.shadowRoots[0];
    stack.push(...(node.children ?? []), ...(node.shadowRoots ?? []), ...(node.contentDocument ? [node.contentDocument] : []));
  }
  return null;
}

/** The shadow root mode of the panel (expected "closed"), or null without a panel. */
export async function shadowRootMode(page) {
  const session = await page.context().newCDPSession(page);
  try {
    const { root } = await session.send("DOM.getDocument", { depth: -1, pierce: true });
    return findShadowRoot(root)?.shadowRootType ?? null;
  } finally {
    await session.detach();
  }
}

/**
 * The toolbar button's title and badge on `page`'s tab, as the extension set them (asked of its
 * service worker, the one running now). Without the "tabs" permission the extension sees a tab's
 * address only where a click granted it; any other tab is found as the active one, brought to front.
 */
export async function actionOf(browser, page) {
  const worker = currentWorker(browser);
  const read = (query) => worker.evaluate(async (query) => {
    const [tab] = await chrome.tabs.query(query);
    if (!tab) return null;
    return { title: await chrome.action.getTitle({ tabId: tab.id }), badge: await chrome.action.getBadgeText({ tabId: tab.id }) };
  }, query);
  const byAddress = await read({ url: page.url() });
  if (byAddress) return byAddress;
  await page.bringToFront();
  return read({ active: true, lastFocusedWindow: true });
}

/** Waits until the panel on `page` has left the loading state, and returns what it shows. */
export async function settledPanel(page) {
  return untilSettled(() => inPanel(page, readPanel));
}

/** Clicks (with the real mouse) the element of the panel matching `selector`. */
export async function clickInPanel(page, selector) {
  const rect = await inPanel(page, rectOf, selector);
  if (!rect) throw new Error(`no ${selector} in the panel`);
  await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
}

/** Clicks that Chromium refused or dropped on an ordinary page and that were retried (see openPanel). */
export const refusedClicks = [];

/**
 * How many times one opening may click. Chromium refuses a click sent through CDP now and then
 * ("Cannot access contents of the page", TOOLING.md; measured here from 0 to 4 in 16 fresh tabs),
 * on ordinary pages that a real click opens every time.
 */
const MAX_CLICK_ATTEMPTS = 3;

/** The extension's service worker running now (it may have been restarted since launch). */
function currentWorker(browser) {
  return browser.context.serviceWorkers().find((w) => w.url().includes(browser.extensionId)) ?? browser.worker;
}

/**
 * A click the extension has not heard of this long after it was sent never reached it: in a browser
 * just launched with the extension freshly installed, Chromium drops a toolbar click now and then
 * (4 of 10 fresh profiles clicked at once, none of 10 clicked 1.5 s later; tests/e2e/README.md).
 */
const LOST_CLICK_MS = 3000;

/** True when the extension's worker heard a gesture at `since` (ms since the epoch) or later. */
function heardGestureSince(browser, since) {
  return currentWorker(browser).evaluate((since) => performance.getEntriesByName("sift:gesture")
    .some((entry) => performance.timeOrigin + entry.startTime >= since), since);
}

/**
 * Clicks the action and waits for the panel. A click that Chromium refused on a page the extension
 * may read shows as the extension's "cannot read this page" badge, and a click it dropped never
 * reaches the extension (no "gesture" mark in its worker, extension/background/marks.js); only such
 * clicks are retried (a badge cleared first, so that the next answer is the next click's), and
 * recorded in `refusedClicks` so that the run reports them. A click the extension heard and did not
 * answer is a failure.
 */
export async function openPanel(browser, page) {
  for (let attempt = 1; ; attempt += 1) {
    const clickedAt = Date.now();
    const refused = await clickAction(browser, page);
    if (refused) throw new Error(`the browser refused the action: ${refused}`);
    const outcome = await waitFor(async () => {
      if (await page.evaluate((id) => document.getElementById(id) !== null, HOST_ID)) return "panel";
      if ((await actionOf(browser, page))?.badge) return "refused";
      const unheard = Date.now() - clickedAt > LOST_CLICK_MS && !(await heardGestureSince(browser, clickedAt));
      return unheard ? "lost" : null;
    }, "the panel or a refusal");
    if (outcome === "panel" || attempt === MAX_CLICK_ATTEMPTS) break;
    refusedClicks.push(`${page.url()} (${outcome})`);
    if (outcome === "lost") continue;
    await currentWorker(browser).evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      await chrome.action.setBadgeText({ tabId: tab.id, text: "" });
    }, page.url());
  }
  return settledPanel(page).catch(async (error) => {
    throw new Error(`${error.message}; the action shows ${JSON.stringify(await actionOf(browser, page))}`);
  });
}

/**
 * Stops every running service worker, the extension's among them, as the browser does after ~30 s
 * idle (CDP `ServiceWorker.stopAllWorkers`, asked through a page of the browser), and waits until
 * the extension's is gone from the browser's targets.
 */
export async function stopServiceWorkers(browser) {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const session = await browser.context.newCDPSession(page);
  try {
    await session.send("ServiceWorker.enable");
    await session.send("ServiceWorker.stopAllWorkers");
  } finally {
    await session.detach();
  }
  await waitFor(async () => {
    const { targetInfos } = await browser.cdp.send("Target.getTargets");
    return !targetInfos.some((target) => target.type === "service_worker" && target.url.includes(browser.extensionId));
  }, "the extension's service worker to stop");
}

/**
 * Evaluates `expression` in the extension's running service worker through the browser's CDP
 * session and returns its value (awaited). Unlike `browser.worker`, this reaches a worker the
 * browser restarted after launch, which Playwright does not attach to.
 */
export async function evaluateInWorker(browser, expression) {
  const { targetInfos } = await browser.cdp.send("Target.getTargets");
  const target = targetInfos.find((info) => info.type === "service_worker" && info.url.includes(browser.extensionId));
  if (!target) throw new Error("the extension's service worker is not running");
  const { sessionId } = await browser.cdp.send("Target.attachToTarget", { targetId: target.targetId, flatten: false });
  try {
    const reply = new Promise((resolve) => {
      const onMessage = (event) => {
        if (event.sessionId !== sessionId) return;
        const message = JSON.parse(event.message);
        if (message.id !== 1) return;
        browser.cdp.off("Target.receivedMessageFromTarget", onMessage);
        resolve(message);
      };
      browser.cdp.on("Target.receivedMessageFromTarget", onMessage);
    });
    const request = { id: 1, method: "Runtime.evaluate", params: { expression, returnByValue: true, awaitPromise: true } };
    await browser.cdp.send("Target.sendMessageToTarget", { sessionId, message: JSON.stringify(request) });
    const { result, error } = await reply;
    if (error || result.exceptionDetails) throw new Error(`in the worker: ${JSON.stringify(error ?? result.exceptionDetails)}`);
    return result.result.value;
  } finally {
    await browser.cdp.send("Target.detachFromTarget", { sessionId }).catch(() => {});
  }
}
