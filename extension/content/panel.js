/**
 * The panel is Sift's window on the page: the summary, its controls and its messages, drawn in a
 * closed shadow root on one host element that Sift adds to the page and removes on close.
 *
 * The page's CSS cannot reach inside the shadow root, and the host carries inline `!important`
 * styles (and sits in the top layer where the browser has popovers) so that page rules such as
 * `* { display: none !important }` or a huge z-index overlay cannot hide it. Page text is only ever
 * set with `textContent`. The panel knows nothing about messages or the core: content.js feeds it.
 *
 * Contract kept for the end-to-end tests (tests/e2e): inside the shadow root of
 * `<sift-panel id="sift-panel-host">`, an `aside.sift[role=complementary][data-state=loading|ready|error]`
 * holding `h2.title`, `li.sentence[data-rank]`, `input.length`, `input.highlight`, `button.copy`,
 * `button.copy-markdown`, `button.why`, `.keywords`, `.reading-time`, `button.close` and
 * `.message[data-code]`.
 */
(() => {
  if (globalThis.SiftPanel) return;

  // Native functions taken before any page script can run in this world again; a hostile page that
  // replaces them on its own prototypes does not reach Sift's (isolated world), but if it ever did,
  // these references still hold the browser's own.
  const native = {
    attachShadow: Element.prototype.attachShadow,
    append: Element.prototype.append,
    remove: Element.prototype.remove,
    setAttribute: Element.prototype.setAttribute,
    createElement: Document.prototype.createElement,
  };

  const { message } = globalThis.SiftPlatform;
  const { signalLabel, noteText, facts: factsOf } = globalThis.SiftPanelText;

  const HOST_TAG = "sift-panel";
  const HOST_ID = "sift-panel-host";

  /**
   * Inline styles of the host: reset everything the page could have set on it, then make it a
   * zero-size, fixed box above the page (the panel inside positions itself against the window).
   */
  const HOST_STYLE = [
    "all: initial", "display: block", "position: fixed", "inset: 0 auto auto 0", "width: 0", "height: 0",
    "margin: 0", "padding: 0", "border: 0", "overflow: visible", "visibility: visible", "opacity: 1",
    "transform: none", "filter: none", "clip-path: none", "contain: none", "z-index: 2147483647",
    "pointer-events: none", "background: transparent",
  ].map((rule) => `${rule} !important`).join("; ");

  /** How long "Copied" stays announced before the status line clears. */
  const STATUS_CLEAR_MS = 4000;

  /**
   * How long a pressed copy button says "Copied" (or "Not copied") before its own label comes back:
   * long enough to be seen after the click, short enough that the button is soon itself again.
   */
  const COPY_FEEDBACK_MS = 1500;

  /**
   * The interface's language and direction, and its number formats; made when a panel first opens,
   * not when the script is injected: the first `Intl` object of a page's process costs 18–30 ms
   * (measured in Chromium here), which then passes while the core works on the snapshot already
   * sent instead of before the snapshot is taken. Set by `open()`.
   */
  let ui = null;

  function interfaceLocale() {
    // The language and direction of the messages actually shown, from the messages themselves: the
    // browser's `@@bidi_dir` follows its own interface language, which can differ from the locale
    // the messages were picked from.
    const lang = message("uiLanguage");
    return Object.freeze({
      lang,
      dir: message("uiDirection") === "rtl" ? "rtl" : "ltr",
      numbers: new Intl.NumberFormat(lang),
      scores: new Intl.NumberFormat(lang, { maximumFractionDigits: 2, minimumFractionDigits: 2 }),
      // A signal's contribution, its sign always written: "+0.16" helps, "−0.23" harms.
      contributions: new Intl.NumberFormat(lang, { maximumFractionDigits: 2, minimumFractionDigits: 2, signDisplay: "exceptZero" }),
    });
  }

  /** Message keys for the error codes the panel knows; any other code reads as a core failure. */
  const ERROR_KEYS = {
    no_article: "error_no_article",
    restricted_page: "error_restricted_page",
    core_failed: "error_core_failed",
    too_large: "error_too_large",
    invalid_snapshot: "error_invalid_snapshot",
    no_selection: "error_no_selection",
    no_sentences: "error_no_sentences",
  };

  /** An element of `doc` with `className` and, when given, text set as text. */
  function element(doc, tag, className, text) {
    const created = native.createElement.call(doc, tag);
    if (className) created.className = className;
    if (text !== undefined) created.textContent = text;
    return created;
  }

  /** An element of `doc` holding `{text, lang?}` (from SiftPanelText), marked with its language. */
  function worded(doc, tag, className, { text, lang }) {
    const created = element(doc, tag, className, text);
    if (lang) {
      created.lang = lang;
      created.dir = "auto";
    }
    return created;
  }

  /** Marks `node` as written in the interface's language, inside an aside in the article's. */
  function inInterfaceLanguage(node) {
    node.lang = ui.lang;
    node.dir = ui.dir;
    return node;
  }

  /** Minutes to read `words` at the article language's silent reading rate (the core's `words_per_minute`). */
  function readingMinutes(words, wordsPerMinute) {
    const minutes = Math.round(words / wordsPerMinute);
    return minutes < 1 ? message("underMinute") : message("minutes", [ui.numbers.format(minutes)]);
  }

  /** `locate`, asked once per sentence: a shown summary's sentences stay where they were found. */
  function once(locate) {
    const found = new Map();
    return (sentence) => {
      if (!found.has(sentence)) found.set(sentence, locate(sentence));
      return found.get(sentence);
    };
  }

  /**
   * Opens a panel in `doc`. `onClose(reason)` runs once the panel is gone ("user" for the close
   * button or Esc, "owner" when content.js closed it). Returns the panel's controller.
   */
  function open(doc, { options, onClose }) {
    ui ??= interfaceLocale();
    const view = doc.defaultView;
    const host = native.createElement.call(doc, HOST_TAG);
    native.setAttribute.call(host, "id", HOST_ID);
    native.setAttribute.call(host, "style", HOST_STYLE);
    const root = native.attachShadow.call(host, { mode: "closed" });
    adoptStyle(doc, root);

    const marksLayer = element(doc, "div", "marks");
    marksLayer.setAttribute("aria-hidden", "true");
    const aside = element(doc, "aside", "sift");
    aside.setAttribute("role", "complementary");
    aside.setAttribute("aria-label", message("panelLabel"));
    aside.tabIndex = -1;
    // Loading from the start, but drawn only from its first frame on (see content.js, LOADING_DELAY_MS).
    aside.dataset.state = "loading";
    aside.setAttribute("aria-busy", "true");
    aside.hidden = true;
    const status = element(doc, "div", "visually-hidden");
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    root.append(marksLayer, aside);

    const previousFocus = doc.activeElement;
    const highlighter = globalThis.SiftHighlight.create(view, marksLayer);
    let current = null; // {summary, locate, url, count}
    let settings = options;
    let statusTimer = 0;
    const copyTimers = new Map(); // copy button → the timer giving its label back
    let closed = false;

    native.append.call(doc.documentElement, host);
    showInTopLayer(host);

    function announce(text, { clearAfter = false } = {}) {
      status.textContent = text;
      view.clearTimeout(statusTimer);
      if (clearAfter) statusTimer = view.setTimeout(() => { status.textContent = ""; }, STATUS_CLEAR_MS);
    }

    function applyOptions(next) {
      settings = next;
      aside.dataset.theme = next.theme;
      aside.dataset.side = next.side;
      aside.dataset.font = next.fontSize;
    }

    /**
     * Starts a fresh frame: bar with the brand and close button, then whatever the state shows. The
     * panel is drawn from its first frame on, and that frame takes the focus: through the returned
     * `settle()`, called once the frame's content is in, because focusing lays the panel out, and a
     * half-built panel would then be laid out twice (a summary showed 3–4 ms later).
     */
    function frame(state, { dir, lang }) {
      const first = aside.hidden;
      aside.hidden = false;
      aside.dataset.state = state;
      aside.dir = dir;
      if (lang) aside.lang = lang;
      else aside.removeAttribute("lang");
      aside.setAttribute("aria-busy", String(state === "loading"));
      // The head stays at the top of the panel while its content scrolls (panel-style.js, `.head`).
      const bar = inInterfaceLanguage(element(doc, "div", "bar head"));
      const brand = element(doc, "span", "brand", "Sift");
      const close = element(doc, "button", "close", "×");
      close.type = "button";
      close.setAttribute("aria-label", message("close"));
      close.title = message("close");
      close.addEventListener("click", () => destroy("user"));
      bar.append(brand, close);
      // Replacing the children drops focus to the page if it was on one of them; keep it in the panel.
      const focusInside = root.activeElement !== null;
      aside.replaceChildren(bar, status);
      return () => {
        if (first || (focusInside && root.activeElement === null)) aside.focus({ preventScroll: true });
      };
    }

    function loading({ dir, lang }) {
      current = null;
      highlighter.clear();
      const settle = frame("loading", { dir, lang });
      const box = inInterfaceLanguage(element(doc, "div", "bar"));
      box.append(element(doc, "div", "spinner"), element(doc, "span", "", message("loading")));
      aside.append(box);
      settle();
      announce(message("loading"));
    }

    function error(code, { dir = ui.dir } = {}) {
      current = null;
      highlighter.clear();
      const known = Object.hasOwn(ERROR_KEYS, code) ? code : "core_failed";
      const settle = frame("error", { dir });
      const text = message(ERROR_KEYS[known]);
      const paragraph = inInterfaceLanguage(element(doc, "p", "message", text));
      paragraph.dataset.code = known;
      aside.append(paragraph);
      settle();
      announce(text);
    }

    /**
     * Shows `summary` (src/summary/mod.rs, every sentence with its rank). `locate(sentence)` gives its
     * DOM Ranges in the page (none where it is not found), asked once per sentence; `notes` are
     * interface-language notes to add; `nextPage` is the address of the article's next page, when it
     * goes on over several.
     */
    function ready(summary, { locate, url, notes = [], nextPage = null }) {
      const total = summary.offered; // every sentence but the page's furniture, up to the core's cap
      current = { summary, locate: once(locate), url, count: Math.min(Math.max(1, settings.length), total) };
      const settle = frame("ready", { dir: summary.dir === "rtl" ? "rtl" : "ltr", lang: summary.lang !== "und" ? summary.lang : "" });

      const title = element(doc, "h2", "title", summary.title || doc.title);
      title.id = "sift-title";
      const facts = factsLine(summary);
      const readingTime = inInterfaceLanguage(element(doc, "p", "reading-time"));
      const controls = inInterfaceLanguage(element(doc, "div", "controls"));
      const list = element(doc, "ol", "sentences");
      list.setAttribute("aria-labelledby", "sift-title");
      aside.append(title);
      if (facts.childElementCount > 0) aside.append(facts);
      aside.append(readingTime, controls, list);

      const lengthLabel = element(doc, "label");
      const length = element(doc, "input", "length");
      Object.assign(length, { type: "range", min: "1", max: String(total), step: "1", value: String(current.count) });
      const lengthValue = element(doc, "output");
      lengthLabel.append(element(doc, "span", "", message("lengthLabel")), length, lengthValue);
      const highlightLabel = element(doc, "label");
      const highlight = element(doc, "input", "highlight");
      highlight.type = "checkbox";
      // Asked of the sentences shown at first only: a page that holds none of them holds no summary.
      const locatable = summary.sentences.some((sentence) => sentence.rank < current.count && current.locate(sentence).length > 0);
      highlight.checked = settings.highlight && locatable;
      highlight.disabled = !locatable;
      highlightLabel.append(highlight, element(doc, "span", "", message("highlightLabel")));
      controls.append(lengthLabel, highlightLabel);

      if (summary.keywords.length > 0) {
        const heading = inInterfaceLanguage(element(doc, "h3", "keywords-heading", message("keywords")));
        heading.id = "sift-keywords";
        const keywords = element(doc, "ul", "keywords");
        keywords.setAttribute("aria-labelledby", "sift-keywords");
        for (const word of summary.keywords) {
          const item = element(doc, "li");
          item.append(element(doc, "bdi", "", word));
          keywords.append(item);
        }
        aside.append(heading, keywords);
      }
      const allNotes = [...notes.map((text) => ({ text })), ...summary.notes.map(noteText)];
      const noteTexts = new Set();
      const noteList = inInterfaceLanguage(element(doc, "ul", "notes"));
      for (const note of allNotes) {
        if (noteTexts.has(note.text)) continue; // the page's cut and the core's, told once
        noteTexts.add(note.text);
        noteList.append(worded(doc, "li", "", note));
      }
      if (nextPage) {
        const item = element(doc, "li");
        const link = element(doc, "a", "next-page", message("nextPage"));
        link.href = nextPage;
        item.append(link);
        noteList.append(item);
      }
      if (noteList.childElementCount > 0) aside.append(noteList);
      const actions = inInterfaceLanguage(element(doc, "div", "actions"));
      const copy = element(doc, "button", "copy", message("copy"));
      const copyMarkdown = element(doc, "button", "copy-markdown", message("copyMarkdown"));
      copy.type = copyMarkdown.type = "button";
      copy.addEventListener("click", () => copyText(plainText(), copy));
      copyMarkdown.addEventListener("click", () => copyText(markdown(), copyMarkdown));
      actions.append(copy, copyMarkdown);
      aside.append(actions);

      const items = new Map(); // sentence index → its <li>, kept while shown so "why" stays open
      const render = () => {
        const chosen = chosenIndices();
        for (const [index, item] of items) {
          if (!chosen.includes(index)) {
            item.remove();
            items.delete(index);
          }
        }
        // Document order, re-using the items already shown: shown sentences never move.
        const ordered = chosen.map((index) => items.get(index) ?? sentenceItem(index));
        ordered.forEach((item, at) => {
          items.set(chosen[at], item);
          if (list.children[at] !== item) list.insertBefore(item, list.children[at] ?? null);
        });
        // The summary's sentences out of the article's, as the slider's spoken value says them.
        const [shownCount, articleCount] = [current.count, total].map((n) => ui.numbers.format(n));
        lengthValue.textContent = `${shownCount} / ${articleCount}`;
        length.setAttribute("aria-valuetext", message("lengthValue", [shownCount, articleCount]));
        const summaryWords = chosen.reduce((sum, index) => sum + summary.sentences[index].words, 0);
        const rate = summary.words_per_minute;
        const times = [readingMinutes(summary.word_count, rate), readingMinutes(summaryWords, rate)];
        readingTime.textContent = message("readingTime", times);
        paintHighlights(highlight.checked);
      };
      length.addEventListener("input", () => {
        current.count = Number(length.value);
        render();
      });
      highlight.addEventListener("change", () => paintHighlights(highlight.checked));
      render();
      settle();
      announce(message("ready", [ui.numbers.format(current.count)]));
    }

    /**
     * Site, byline and date, each isolated (`<bdi>`, `<time dir=auto>`) so that names and dates of
     * either direction keep their own order; the separators stand between the isolates.
     */
    function factsLine(summary) {
      const line = element(doc, "p", "facts");
      for (const fact of factsOf(summary)) {
        if (line.childElementCount > 0) line.append(element(doc, "span", "separator", " · "));
        const shown = fact.kind === "date" ? element(doc, "time", "", fact.text) : element(doc, "bdi", "", fact.text);
        if (fact.kind === "date") shown.dir = "auto";
        if (fact.datetime) shown.dateTime = fact.datetime;
        line.append(shown);
      }
      return line;
    }

    function chosenIndices() {
      const { summary, count } = current;
      return summary.sentences.flatMap((sentence, index) => (sentence.rank < count ? [index] : []));
    }

    function sentenceItem(index) {
      const sentence = current.summary.sentences[index];
      const item = element(doc, "li", "sentence");
      item.dataset.rank = String(sentence.rank);
      const text = element(doc, "span", "text", sentence.text);
      const ranges = current.locate(sentence);
      if (ranges.length > 0) {
        text.tabIndex = 0;
        text.setAttribute("role", "button");
        const go = () => highlighter.flash(ranges[0]);
        text.addEventListener("click", go);
        text.addEventListener("keydown", (event) => {
          if (event.key === "Enter" || event.key === " ") {
            event.preventDefault();
            go();
          }
        });
      }
      const why = element(doc, "button", "why");
      why.type = "button";
      why.setAttribute("aria-label", message("why"));
      why.title = message("why");
      why.setAttribute("aria-expanded", "false");
      why.addEventListener("click", () => toggleWhy(item, why, sentence));
      item.append(text, why);
      return item;
    }

    /** Shows or hides the contribution of each signal to the sentence's score. */
    function toggleWhy(item, button, sentence) {
      const openDetail = item.querySelector(".why-detail");
      button.setAttribute("aria-expanded", String(!openDetail));
      if (openDetail) {
        openDetail.remove();
        return;
      }
      const detail = inInterfaceLanguage(element(doc, "div", "why-detail"));
      detail.append(element(doc, "p", "", message("whyScore", [ui.scores.format(sentence.score), ui.numbers.format(sentence.rank + 1)])));
      const list = element(doc, "dl");
      const largest = Math.max(...sentence.contributions.map((c) => Math.abs(c.value)), Number.EPSILON);
      for (const { signal, value } of sentence.contributions) {
        // A signal that lowers the score is drawn unlike one that raises it: another colour and a
        // striped bar (panel-style.js, `.negative`), its value with a minus sign.
        const sign = value < 0 ? "negative" : "positive";
        const gauge = element(doc, "div", `gauge ${sign}`);
        gauge.style.width = `${Math.round((Math.abs(value) / largest) * 100)}%`;
        const bar = element(doc, "dd");
        bar.append(gauge);
        const shown = element(doc, "dd", `value ${sign}`, ui.contributions.format(value).replace("-", "\u2212"));
        list.append(worded(doc, "dt", "", signalLabel(signal)), bar, shown);
      }
      detail.append(list);
      item.append(detail);
    }

    function paintHighlights(on) {
      if (!current) return;
      const ranges = on ? chosenIndices().flatMap((index) => current.locate(current.summary.sentences[index])) : [];
      highlighter.show(ranges);
    }

    function shownSentences() {
      return chosenIndices().map((index) => current.summary.sentences[index].text);
    }

    function plainText() {
      return shownSentences().join("\n");
    }

    function markdown() {
      const title = current.summary.title || doc.title;
      const lines = [`# ${title}`, ""];
      if (current.url) lines.push(`<${current.url}>`, "");
      for (const sentence of shownSentences()) lines.push(`- ${sentence}`);
      return `${lines.join("\n")}\n`;
    }

    /** Copies `text`, then says how it went: on the pressed `button` for the eye, in the status line for the ear. */
    async function copyText(text, button) {
      let copied = false;
      try {
        await view.navigator.clipboard.writeText(text);
        copied = true;
      } catch {
        copied = copyWithCommand(text);
      }
      showCopied(button, copied);
      announce(message(copied ? "copied" : "copyFailed"), { clearAfter: true });
    }

    /**
     * The button's label becomes "Copied" or "Not copied" for COPY_FEEDBACK_MS (`data-copied` gives
     * it its colour and mark), then its own label comes back; its width never shrinks meanwhile.
     */
    function showCopied(button, copied) {
      view.clearTimeout(copyTimers.get(button));
      if (!button.dataset.copied) {
        button.dataset.label = button.textContent;
        button.style.minWidth = `${button.getBoundingClientRect().width}px`;
      }
      button.dataset.copied = copied ? "done" : "failed";
      button.textContent = message(copied ? "copyDone" : "copyRefused");
      copyTimers.set(button, view.setTimeout(() => {
        copyTimers.delete(button);
        button.textContent = button.dataset.label;
        delete button.dataset.copied;
        delete button.dataset.label;
        button.style.minWidth = "";
      }, COPY_FEEDBACK_MS));
    }

    /** The older way, for pages that are not secure contexts: answer the copy event ourselves. */
    function copyWithCommand(text) {
      let done = false;
      const onCopy = (event) => {
        event.clipboardData.setData("text/plain", text);
        event.preventDefault();
        done = true;
      };
      doc.addEventListener("copy", onCopy, { capture: true, once: true });
      try {
        doc.execCommand("copy");
      } catch {
        done = false;
      }
      doc.removeEventListener("copy", onCopy, { capture: true });
      return done;
    }

    function onKeydown(event) {
      if (event.key === "Escape") {
        event.stopPropagation();
        destroy("user");
      }
    }

    /**
     * Esc pressed in the page closes the panel too while the reader's focus rests nowhere (on the
     * page's body, after a click in its text), unless the page used the key itself (a lightbox
     * closing): a key pressed in the page's own field or dialog stays the page's.
     */
    function onPageKeydown(event) {
      const active = doc.activeElement;
      const resting = active === null || active === doc.body || active === doc.documentElement;
      if (event.key === "Escape" && resting && !event.defaultPrevented) destroy("user");
    }

    /** Removes the host, the marks and the listeners, gives focus back to the page, then tells `onClose`. */
    function destroy(reason) {
      if (closed) return;
      closed = true;
      view.clearTimeout(statusTimer);
      for (const timer of copyTimers.values()) view.clearTimeout(timer);
      highlighter.clear();
      root.removeEventListener("keydown", onKeydown);
      view.removeEventListener("keydown", onPageKeydown);
      const hadFocus = doc.activeElement === host;
      native.remove.call(host);
      if (hadFocus) {
        if (previousFocus && previousFocus !== doc.body && previousFocus.isConnected) previousFocus.focus({ preventScroll: true });
        else doc.activeElement?.blur?.();
      }
      onClose(reason);
    }

    root.addEventListener("keydown", onKeydown);
    // Bubbling to the window, the last stop: the page's own handlers have had the key first.
    view.addEventListener("keydown", onPageKeydown);
    applyOptions(options);

    return {
      loading,
      ready,
      error,
      applyOptions,
      /** Sets the highlight checkbox and the marks to `on` (the option changed while open). */
      setHighlight(on) {
        const box = aside.querySelector("input.highlight");
        if (box && !box.disabled) {
          box.checked = on;
          paintHighlights(on);
        }
      },
      close: () => destroy("owner"),
      /** Moves focus into the panel (a new trigger while it is open). */
      focus: () => aside.focus({ preventScroll: true }),
      get isOpen() {
        return !closed;
      },
    };
  }

  /**
   * Gives the shadow root its style sheet: a constructed sheet where the browser allows it (no page
   * CSP applies to it), else a `<style>` element.
   */
  function adoptStyle(doc, root) {
    try {
      const sheet = new doc.defaultView.CSSStyleSheet();
      sheet.replaceSync(globalThis.SiftPanelStyle);
      root.adoptedStyleSheets = [sheet];
      return;
    } catch {
      // Constructed sheets from a content script are refused by some browser versions.
    }
    root.append(element(doc, "style", "", globalThis.SiftPanelStyle));
  }

  /** Lifts the host into the top layer, above any z-index the page can set, where popovers exist. */
  function showInTopLayer(host) {
    if (typeof host.showPopover !== "function") return;
    try {
      host.popover = "manual";
      host.showPopover();
    } catch {
      // Not in the top layer: the inline z-index still places the host above ordinary pages.
    }
  }

  globalThis.SiftPanel = Object.freeze({ open, HOST_ID });
})();
