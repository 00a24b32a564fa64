/**
 * The content controller is the page side of one reader's request: it opens or closes the panel,
 * takes the page's snapshot (or the selected text), hands it to the core in the background, and
 * shows what comes back.
 *
 * Injected on the reader's gesture only, last of the content scripts, and again on every later
 * gesture (see background.js): the `SiftContent` global keeps this from running twice in a page.
 */
(() => {
  if (globalThis.SiftContent) return;

  const { api, message, useMessages } = globalThis.SiftPlatform;
  const { toContent, toBackground } = globalThis.SiftMessages;
  const { SiftOptions, SiftSnapshot, SiftSelection, SiftPanel } = globalThis;

  /**
   * Larger snapshots (and selections) are not sent to the core: past this many characters of text
   * (attribute values included) a page is no news article, and the message and the summary would
   * take seconds.
   */
  const MAX_SNAPSHOT_CHARS = 8_000_000;

  /**
   * How long a read waits for its summary before the panel shows its loading state: 0.1 s, within
   * which an answer still feels immediate. A summary that comes sooner is the panel's first frame,
   * so the page spends no frame drawing a spinner that would only flash while the core works.
   */
  const LOADING_DELAY_MS = 100;

  let panel = null;
  /** What the open panel shows: the page's URL, its snapshot and the text nodes of its sentences. */
  let reading = null;
  /** Each read gets a number; a reply to an older read (the reader asked again meanwhile) is dropped. */
  let readNumber = 0;

  api.runtime.onMessage.addListener((request, sender, sendResponse) => {
    if (request?.type !== toContent.TOGGLE || sender.id !== api.runtime.id) return false;
    useMessages(request.messages);
    const wasOpen = Boolean(panel);
    if (wasOpen && request.mode === "page" && pageUnchanged()) {
      panel.close();
      sendResponse({ open: false, opened: false });
      return false;
    }
    // `opened`: the panel is just being created, so the background adds the panel's page styles.
    sendResponse({ open: true, opened: !wasOpen });
    read(request);
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
   * The reader pressed the button, the shortcut or the menu item: reads the page (or the selected
   * text) and shows its summary in the panel. The request leaves for the core before the panel is
   * built, so that the page builds it while the core works, not before the core can start.
   */
  async function read({ mode, selectionText, options }) {
    const number = ++readNumber;
    const asked = mode === "selection" ? askSelection(selectionText, options) : askPage(options);
    if (panel) panel.focus(); // asked again while open: the panel takes the focus back
    else panel = SiftPanel.open(document, { options, onClose }); // focused once it shows something
    panel.applyOptions(options);
    const slow = setTimeout(() => {
      if (number === readNumber) panel.loading({ dir: pageDirection(), lang: document.documentElement.lang });
    }, LOADING_DELAY_MS);
    const outcome = await asked;
    clearTimeout(slow);
    if (number !== readNumber) return;
    if (outcome.error) {
      panel.error(outcome.error, { dir: pageDirection() });
      return;
    }
    reading = outcome.reading;
    panel.ready(outcome.summary, { locate: outcome.locate, url: location.href, notes: outcome.notes, nextPage: outcome.nextPage });
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

  /**
   * Takes the page's snapshot and sends it to the core at once (both before the first `await`).
   * Resolves to what the panel shows, `{summary, locate, notes, nextPage, reading}`, or `{error: code}`.
   */
  async function askPage(options) {
    const snapshot = SiftSnapshot.take(document);
    if (snapshot.text.length > MAX_SNAPSHOT_CHARS) return { error: "too_large" };
    const reply = await ask({ type: toBackground.SUMMARIZE_PAGE, snapshot, options: coreOptions(options) });
    if (reply.error) return { error: reply.error.code === "no_article" && snapshot.truncated ? "too_large" : reply.error.code };
    const { summary } = reply;
    const locate = (sentence) => {
      const whole = SiftSnapshot.span(snapshot, sentence.ranges);
      return whole ? [whole] : [];
    };
    const textNodes = new Set(summary.sentences.flatMap((sentence) => sentence.ranges.map((range) => range.node)));
    const nextPage = summary.next_page == null ? null : SiftSnapshot.sameSiteLink(snapshot, summary.next_page);
    return {
      // A snapshot cut short is among the core's notes (src/extract/limits.rs), in the reader's words.
      summary, locate, notes: languageNotes(summary), nextPage, reading: { url: location.href, snapshot, textNodes },
    };
  }

  /** Like askPage, for the selected text (or the menu's copy of it when the selection is gone). */
  async function askSelection(selectionText, options) {
    const { text, lang, locate } = SiftSelection.read(document, selectionText);
    if (!text) return { error: "no_selection" };
    if (text.length > MAX_SNAPSHOT_CHARS) return { error: "too_large" };
    // No title goes with the text: the panel's heading for it ("Selected text") is no headline, and
    // the core would favour the sentences that share its words. Each of its lines is an element of
    // the page, never a hard wrap: an unpunctuated subheading stays apart from its paragraph.
    const textOptions = { ...coreOptions(options), lines: "blocks" };
    const reply = await ask({ type: toBackground.SUMMARIZE_TEXT, text, lang, options: textOptions });
    // A selection of labels or links only ("Read more") has no sentence to offer, which is no
    // "no article on this page".
    if (reply.error) return { error: reply.error.code === "no_article" ? "no_sentences" : reply.error.code };
    const summary = { ...reply.summary, title: message("selectionTitle") };
    return { summary, locate, notes: languageNotes(summary), reading: { url: location.href, snapshot: null, textNodes: null } };
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

  function languageNotes(summary) {
    return summary.lang === "und" ? [message("noteLanguage")] : [];
  }

  globalThis.SiftContent = Object.freeze({ read });
})();
