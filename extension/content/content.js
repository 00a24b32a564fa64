/**
 * The content controller is the page side of one reader's request: it opens or closes the panel,
 * takes the page's snapshot (or the selected text), hands it to the core in the background, and
 * shows what comes back.
 *
 * Injected on the reader's gesture only, last of the content scripts (see background.js); the
 * `SiftContent` global is the guard the background checks against a second injection.
 */
(() => {
  if (globalThis.SiftContent) return;

  const { api, message } = globalThis.SiftPlatform;
  const { toContent, toBackground } = globalThis.SiftMessages;
  const { SiftOptions, SiftSnapshot, SiftPanel } = globalThis;

  /**
   * Larger snapshots are not sent to the core: past this many characters of text (attribute values
   * included) a page is no news article, and the message and the summary would take seconds.
   */
  const MAX_SNAPSHOT_CHARS = 8_000_000;

  let panel = null;
  /** What the open panel shows: the page's URL, its snapshot and the text nodes of its sentences. */
  let reading = null;
  /** Each read gets a number; a reply to an older read (the reader asked again meanwhile) is dropped. */
  let readNumber = 0;

  api.runtime.onMessage.addListener((request, sender, sendResponse) => {
    if (request?.type !== toContent.TOGGLE || sender.id !== api.runtime.id) return false;
    sendResponse(toggle(request));
    return false;
  });

  api.storage.onChanged.addListener((changes, area) => {
    if (area !== "sync" || !panel) return;
    SiftOptions.load(api.storage).then((options) => {
      if (!panel) return;
      panel.applyOptions(options);
      if (changes.highlight) panel.setHighlight(options.highlight);
    });
  });

  /**
   * The reader pressed the button, the shortcut or the menu item. Returns `{open, opened}`: whether
   * a panel is now open, and whether it was just created (the background adds the panel's page styles).
   */
  function toggle({ mode, selectionText, options }) {
    const wasOpen = Boolean(panel);
    if (wasOpen && mode === "page" && pageUnchanged()) {
      panel.close();
      return { open: false, opened: false };
    }
    if (!panel) {
      panel = SiftPanel.open(document, { options, onClose });
    }
    panel.applyOptions(options);
    panel.focus();
    if (mode === "selection") readSelection(selectionText, options);
    else readPage(options);
    return { open: true, opened: !wasOpen };
  }

  function onClose(reason) {
    panel = null;
    reading = null;
    readNumber += 1;
    if (reason === "user") {
      api.runtime.sendMessage({ type: toBackground.PANEL_STATE, open: false }).catch(() => {});
    }
  }

  /** True when the open panel shows this very page: same address, the article's text untouched. */
  function pageUnchanged() {
    if (!reading) return true;
    if (reading.url !== location.href) return false;
    return !reading.snapshot || SiftSnapshot.isCurrent(reading.snapshot, reading.textNodes);
  }

  function pageDirection() {
    return getComputedStyle(document.documentElement).direction === "rtl" ? "rtl" : "ltr";
  }

  async function readPage(options) {
    const number = ++readNumber;
    panel.loading({ dir: pageDirection(), lang: document.documentElement.lang });
    // Let the loading state paint before the walk over the DOM.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    if (number !== readNumber) return;
    const snapshot = SiftSnapshot.take(document);
    const notes = snapshot.truncated ? [message("noteTruncated")] : [];
    if (snapshot.text.length > MAX_SNAPSHOT_CHARS) {
      panel.error("too_large", { dir: pageDirection() });
      return;
    }
    const reply = await ask({ type: toBackground.SUMMARIZE_PAGE, snapshot, options: coreOptions(options) });
    if (number !== readNumber) return;
    if (reply.error) {
      const code = reply.error.code === "no_article" && snapshot.truncated ? "too_large" : reply.error.code;
      panel.error(code, { dir: pageDirection() });
      return;
    }
    const { summary } = reply;
    const locate = (sentence) => {
      const whole = SiftSnapshot.span(snapshot, sentence.ranges);
      return whole ? [whole] : [];
    };
    const textNodes = new Set(summary.sentences.flatMap((sentence) => sentence.ranges.map((range) => range.node)));
    reading = { url: location.href, snapshot, textNodes };
    panel.ready(summary, { locate, url: location.href, notes: notes.concat(languageNotes(summary)) });
  }

  async function readSelection(selectionText, options) {
    const number = ++readNumber;
    const selection = getSelection();
    const text = paragraphs(selection?.toString() || selectionText || "");
    panel.loading({ dir: pageDirection(), lang: document.documentElement.lang });
    if (!text) {
      panel.error("no_selection", { dir: pageDirection() });
      return;
    }
    const anchor = selection?.anchorNode;
    const anchorElement = anchor?.nodeType === 1 ? anchor : anchor?.parentElement;
    const lang = anchorElement?.closest("[lang]")?.getAttribute("lang") || document.documentElement.lang || null;
    const reply = await ask({
      type: toBackground.SUMMARIZE_TEXT, text, lang, title: message("selectionTitle"), options: coreOptions(options),
    });
    if (number !== readNumber) return;
    if (reply.error) {
      panel.error(reply.error.code, { dir: pageDirection() });
      return;
    }
    reading = { url: location.href, snapshot: null, textNodes: null };
    panel.ready(reply.summary, { locate: () => [], url: location.href, notes: languageNotes(reply.summary) });
  }

  /** Asks the background; a lost or refused message reads as a failure of the core. */
  async function ask(request) {
    try {
      const reply = await api.runtime.sendMessage(request);
      return reply ?? { error: { code: "core_failed", message: "no reply" } };
    } catch (failure) {
      return { error: { code: "core_failed", message: String(failure) } };
    }
  }

  function coreOptions(options) {
    return { budget: { sentences: options.length } };
  }

  /** One paragraph a line of the selection, blank-line separated as the core's text reader wants. */
  function paragraphs(text) {
    return text.split(/\n+/).map((line) => line.trim()).filter(Boolean).join("\n\n");
  }

  function languageNotes(summary) {
    return summary.lang === "und" ? [message("noteLanguage")] : [];
  }

  globalThis.SiftContent = Object.freeze({ toggle });
})();
