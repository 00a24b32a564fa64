/**
 * The background is where the reader's gestures arrive and where the core runs.
 *
 * A gesture (toolbar button, its keyboard shortcut, the "Summarize selection" menu item) injects the
 * content scripts into the tab, if they are not there yet, and tells them to toggle the panel. The
 * page then sends its snapshot here, and the wasm core answers with the summary: the core runs in
 * the background in both browsers because Chromium refuses to compile wasm in a content script on a
 * page whose CSP lacks 'wasm-unsafe-eval'. Nothing is fetched and nothing of the page is stored.
 */
import "../shared/platform.js";
import "../shared/messages.js";
import "../shared/options.js";
import { preload, summarizePage, summarizeText } from "./core.js";
import { mark } from "./marks.js";

mark("started");

const { api, isRestrictedUrl, message, messageTable } = globalThis.SiftPlatform;
const { toContent, toBackground } = globalThis.SiftMessages;
const { SiftOptions } = globalThis;

/** The content scripts, in load order: each later one uses the globals of those before it. */
const CONTENT_SCRIPTS = [
  "shared/platform.js", "shared/messages.js", "shared/options.js", "content/snapshot.js",
  "content/selection.js", "content/highlight.js", "content/panel-style.js", "content/panel-text.js",
  "content/panel.js", "content/content.js",
];
/**
 * The style sheets added to the page while the panel is open, removed on close. The highlight sheet
 * paints the page marks of content/highlight.js, in the author origin: Chromium does not apply
 * `::highlight()` rules from a user-origin sheet. The guard keeps the panel's host drawn on a page
 * that hides every element, in the user origin, whose `!important` beats the page's.
 */
const PANEL_STYLES = [
  { files: ["content/highlight.css"], origin: "AUTHOR" },
  { files: ["content/panel-guard.css"], origin: "USER" },
];
const SELECTION_MENU_ID = "sift-summarize-selection";
/** The badge on a page the browser does not let Sift read; its title says why. */
const RESTRICTED_BADGE = { text: "!", color: "#b3261e" };

/** One gesture at a time per tab, so that two fast clicks cannot inject twice. */
const tabQueues = new Map();
/** The interface strings the page is given (null: it asks `i18n` itself), made once per worker. */
let pageMessages = null;

function createMenu() {
  api.contextMenus.removeAll().then(() => {
    api.contextMenus.create({ id: SELECTION_MENU_ID, title: message("contextMenuSelection"), contexts: ["selection"] });
  });
}
api.runtime.onInstalled.addListener(createMenu);
api.runtime.onStartup.addListener(createMenu);

// The `_execute_action` shortcut arrives here too, as a click.
api.action.onClicked.addListener((tab) => queue(tab, { mode: "page" }));
api.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === SELECTION_MENU_ID && tab) queue(tab, { mode: "selection", selectionText: info.selectionText ?? "" });
});

// A page loading anew clears the "cannot read this page" badge of the one before.
api.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === "loading") markReadable(tabId);
});

api.runtime.onMessage.addListener((request, sender, sendResponse) => {
  if (sender.id !== api.runtime.id) return false;
  switch (request?.type) {
    case toBackground.SUMMARIZE_PAGE:
      mark("snapshot-received");
      answer(() => summarizePage(request.snapshot, request.options), sendResponse);
      return true;
    case toBackground.SUMMARIZE_TEXT:
      answer(() => summarizeText(request.text, request.lang, request.options), sendResponse);
      return true;
    case toBackground.PANEL_STATE:
      if (!request.open && sender.tab) removePanelStyles(sender.tab.id);
      return false;
    default:
      return false;
  }
});

/** Runs `job` on the core and replies `{summary}` or `{error: {code, message}}`. */
async function answer(job, sendResponse) {
  try {
    const summary = await job();
    mark("summary-sent");
    sendResponse({ summary });
  } catch (failure) {
    sendResponse({ error: { code: failure?.code ?? "core_failed", message: String(failure?.message ?? failure) } });
  }
}

function queue(tab, request) {
  mark("gesture");
  // The page will ask the core for a summary: let the core load meanwhile (see core.js).
  if (!isRestrictedUrl(tab.url)) preload();
  const previous = tabQueues.get(tab.id) ?? Promise.resolve();
  const next = previous.then(() => trigger(tab, request)).catch((failure) => console.error("Sift:", failure));
  tabQueues.set(tab.id, next);
  next.finally(() => {
    if (tabQueues.get(tab.id) === next) tabQueues.delete(tab.id);
  });
}

async function trigger(tab, request) {
  if (isRestrictedUrl(tab.url)) {
    await markRestricted(tab.id);
    return;
  }
  // The options and the interface strings are read while the content scripts go in.
  const options = SiftOptions.load(api.storage);
  pageMessages ??= messageTable().catch(() => null);
  try {
    await inject(tab.id);
  } catch {
    // The browser refused: a page of its own, the web store, or a PDF viewer.
    await markRestricted(tab.id);
    return;
  }
  mark("injected");
  const readable = markReadable(tab.id);
  const toggle = { type: toContent.TOGGLE, ...request, options: await options, messages: await pageMessages };
  const toggled = api.tabs.sendMessage(tab.id, toggle, { frameId: 0 });
  mark("toggle-sent");
  const reply = await toggled;
  if (reply?.opened) await addPanelStyles(tab.id);
  else if (reply && !reply.open) await removePanelStyles(tab.id);
  await readable;
}

/**
 * Injects the content scripts. Each one returns at once when an earlier gesture already ran it
 * (they survive until the page goes), which is cheaper than asking the page first: that question
 * is a round trip of its own, and costs the most on the first click, the one a reader waits for.
 */
async function inject(tabId) {
  await api.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: CONTENT_SCRIPTS });
}

async function addPanelStyles(tabId) {
  const target = { tabId, frameIds: [0] };
  await Promise.all(PANEL_STYLES.map((style) => api.scripting.insertCSS({ target, ...style }).catch(() => {})));
}

async function removePanelStyles(tabId) {
  const target = { tabId, frameIds: [0] };
  await Promise.all(PANEL_STYLES.map((style) => api.scripting.removeCSS({ target, ...style }).catch(() => {})));
}

async function markRestricted(tabId) {
  await Promise.all([
    api.action.setBadgeText({ tabId, text: RESTRICTED_BADGE.text }),
    api.action.setBadgeBackgroundColor({ tabId, color: RESTRICTED_BADGE.color }),
    api.action.setTitle({ tabId, title: message("restrictedTitle") }),
  ]).catch(() => {});
}

async function markReadable(tabId) {
  await Promise.all([
    api.action.setBadgeText({ tabId, text: "" }),
    api.action.setTitle({ tabId, title: message("actionTitle") }),
  ]).catch(() => {});
}
