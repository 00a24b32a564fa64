/**
 * Real Firefox with the built extension installed, driven as a reader would drive it.
 *
 * Geckodriver runs with `--allow-system-access` so that tests may use the browser's own (chrome)
 * context: there `browserActionFor(extension).triggerAction(window)` is a real toolbar click
 * (activeTab granted), an HTTP observer records every request the browser makes, and the console
 * service collects errors. The panel's closed shadow root is reached through WebDriver BiDi, whose
 * serialization can include closed shadow roots (`includeShadowTree: "all"`); page scripts cannot.
 */
import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { Builder, Browser } from "selenium-webdriver";
import firefox from "selenium-webdriver/firefox.js";
import { FIREFOX, GECKODRIVER } from "./env.mjs";
import { HOST_ID, readPanel, untilSettled } from "./panel.mjs";

/**
 * Preferences that keep Firefox itself off the network (the values Firefox's own test harness
 * uses), so that every request left in the record comes from the page or the extension.
 */
const QUIET_PREFERENCES = {
  "services.settings.server": "data:,#remote-settings-dummy/v1",
  "network.captive-portal-service.enabled": false,
  "network.connectivity-service.enabled": false,
  "browser.safebrowsing.update.enabled": false,
  "browser.safebrowsing.downloads.remote.enabled": false,
  "browser.region.network.url": "",
  "browser.region.update.enabled": false,
  "app.normandy.enabled": false,
  "toolkit.telemetry.enabled": false,
  "datareporting.policy.dataSubmissionEnabled": false,
};

/** Preference values of `layout.css.prefers-color-scheme.content-override`. */
const COLOR_SCHEME_OVERRIDE = { dark: 0, light: 1 };

/** The add-on id the manifest declares for Firefox. */
function addonId(extensionDir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(extensionDir, "manifest.json"), "utf8"));
  return manifest.browser_specific_settings?.gecko?.id ?? manifest.applications?.gecko?.id;
}

/**
 * Launches headless Firefox with the unpacked extension at `extensionDir` installed temporarily.
 * The moz-extension:// UUID is pinned, so the extension's own pages have a known address.
 */
export async function launchFirefox(extensionDir, { colorScheme = "light" } = {}) {
  const id = addonId(extensionDir);
  const uuid = randomUUID();
  const options = new firefox.Options()
    .setBinary(FIREFOX)
    .addArguments("-headless")
    .windowSize({ width: 1280, height: 800 });
  for (const [name, value] of Object.entries(QUIET_PREFERENCES)) options.setPreference(name, value);
  options
    .setPreference("extensions.webextensions.uuids", JSON.stringify({ [id]: uuid }))
    .setPreference("layout.css.prefers-color-scheme.content-override", COLOR_SCHEME_OVERRIDE[colorScheme])
    // Lets the test read what the copy buttons put on the clipboard.
    .setPreference("dom.events.asyncClipboard.readText", true)
    .setPreference("dom.events.testing.asyncClipboard", true)
    // WebDriver BiDi serializes closed shadow roots for the test (see inPanel).
    .enableBidi();
  const service = new firefox.ServiceBuilder(GECKODRIVER)
    .addArguments("--allow-system-access")
    // Release builds honour `services.settings.server` only with this variable set.
    .setEnvironment({ ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: "1" });
  const driver = await new Builder().forBrowser(Browser.FIREFOX).setFirefoxOptions(options).setFirefoxService(service).build();
  await inChrome(driver, installRecorders);
  await driver.installAddon(extensionDir, true);
  return {
    driver,
    id,
    baseUrl: `moz-extension://${uuid}/`,
    /** Every URL the browser has requested over HTTP(S) since launch. */
    requests: () => inChrome(driver, () => [...window.__siftRequests]),
    /** Console errors from the page and from the extension since launch. */
    errors: () => inChrome(driver, () => [...window.__siftErrors]),
    close: () => driver.quit(),
  };
}

/** Runs `fn(...args)` in the browser's chrome (privileged) context and returns its result. */
export async function inChrome(driver, fn, ...args) {
  await driver.setContext("chrome");
  try {
    return await driver.executeScript(`return (${fn})(...arguments);`, ...args);
  } finally {
    await driver.setContext("content");
  }
}

/** (Chrome context.) Records every HTTP request and every console error into globals. */
function installRecorders() {
  window.__siftRequests = [];
  window.__siftErrors = [];
  Services.obs.addObserver((subject) => {
    const channel = subject.QueryInterface(Ci.nsIHttpChannel);
    const principal = channel.loadInfo?.triggeringPrincipal;
    window.__siftRequests.push({
      url: channel.URI.spec,
      by: principal?.isSystemPrincipal ? "browser" : principal?.addonId ? `extension ${principal.addonId}` : (principal?.origin ?? "?"),
    });
  }, "http-on-modify-request");
  Services.console.registerListener({
    observe(message) {
      if (!(message instanceof Ci.nsIScriptError) || message.flags & Ci.nsIScriptError.warningFlag) return;
      if (/^(moz-extension|https?):/.test(message.sourceName ?? "")) {
        window.__siftErrors.push(`${message.sourceName}:${message.lineNumber} ${message.errorMessage}`);
      }
    },
  });
}

/** (Chrome context.) Presses the extension's toolbar button in the current window. */
function pressToolbarButton(id) {
  const { ExtensionParent } = ChromeUtils.importESModule("resource://gre/modules/ExtensionParent.sys.mjs");
  const extension = ExtensionParent.GlobalManager.getExtension(id);
  ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
}

/** Presses the toolbar button, as a reader's click does (activeTab granted). */
export function clickAction(browser) {
  return inChrome(browser.driver, pressToolbarButton, browser.id);
}

/**
 * (Chrome context.) Clicks the extension's context-menu item `menuItemId` in the selected tab, as
 * Firefox's menus module does when the reader picks it: the `onClicked` event with the menu's info.
 */
function clickMenuItem(id, menuItemId, selectionText) {
  const { ExtensionParent } = ChromeUtils.importESModule("resource://gre/modules/ExtensionParent.sys.mjs");
  const extension = ExtensionParent.GlobalManager.getExtension(id);
  const info = { menuItemId, selectionText, editable: false, modifiers: [], button: 0 };
  extension.emit("webext-menu-menuitem-click", info, window.gBrowser.selectedTab);
}

/** Picks the context-menu item `menuItemId` with `selectionText` selected. */
export function clickMenu(browser, menuItemId, selectionText) {
  return inChrome(browser.driver, clickMenuItem, browser.id, menuItemId, selectionText);
}

/** (Chrome context.) The action's title and badge text in the selected tab. */
function actionState(id) {
  const { ExtensionParent } = ChromeUtils.importESModule("resource://gre/modules/ExtensionParent.sys.mjs");
  const extension = ExtensionParent.GlobalManager.getExtension(id);
  const action = ExtensionParent.apiManager.global.browserActionFor(extension).action;
  const tab = extension.tabManager.getWrapper(window.gBrowser.selectedTab).nativeTab;
  return { title: action.getProperty(tab, "title"), badge: action.getProperty(tab, "badgeText") };
}

/** The toolbar button's title and badge in the selected tab. */
export function actionOf(browser) {
  return inChrome(browser.driver, actionState, browser.id);
}

/** Sends one WebDriver BiDi command and returns its result, throwing on an error reply. */
async function bidi(driver, method, params) {
  const connection = await driver.getBidi();
  const reply = await connection.send({ method, params });
  if (reply.type === "error" || reply.error) throw new Error(`${method}: ${reply.error} ${reply.message ?? ""}`);
  return reply.result;
}

/**
 * Evaluates `fn(shadowRoot, ...args)` against the panel's closed shadow root in the current tab and
 * returns its result (JSON data). Returns `undefined` when there is no panel.
 */
export async function inPanel(browser, fn, ...args) {
  const context = await browser.driver.getWindowHandle();
  const host = await bidi(browser.driver, "script.callFunction", {
    functionDeclaration: `() => document.getElementById(${JSON.stringify(HOST_ID)})`,
    target: { context },
    awaitPromise: false,
    resultOwnership: "none",
    serializationOptions: { includeShadowTree: "all", maxDomDepth: 0 },
  });
  const shadowRoot = host.result?.value?.shadowRoot;
  if (!shadowRoot?.sharedId) return undefined;
  const call = await bidi(browser.driver, "script.callFunction", {
    functionDeclaration: `async (root, json) => JSON.stringify(await (${fn})(root, ...JSON.parse(json))) ?? "null"`,
    target: { context },
    arguments: [{ sharedId: shadowRoot.sharedId }, { type: "string", value: JSON.stringify(args) }],
    awaitPromise: true,
    resultOwnership: "none",
  });
  if (call.type === "exception") throw new Error(`in panel: ${call.exceptionDetails?.text}`);
  return JSON.parse(call.result.value);
}

/** Evaluates `fn(...args)` in the page's own realm (where its scripts' globals are) and returns its JSON result. */
export async function inPage(browser, fn, ...args) {
  const call = await bidi(browser.driver, "script.callFunction", {
    functionDeclaration: `async (json) => JSON.stringify(await (${fn})(...JSON.parse(json))) ?? "null"`,
    target: { context: await browser.driver.getWindowHandle() },
    arguments: [{ type: "string", value: JSON.stringify(args) }],
    awaitPromise: true,
    resultOwnership: "none",
  });
  if (call.type === "exception") throw new Error(`in page: ${call.exceptionDetails?.text}`);
  return JSON.parse(call.result.value);
}

/** Waits until the panel has left the loading state, and returns what it shows. */
export function settledPanel(browser) {
  return untilSettled(() => inPanel(browser, readPanel));
}

/** Clicks the action and waits for the panel. */
export async function openPanel(browser) {
  await clickAction(browser);
  return settledPanel(browser);
}
