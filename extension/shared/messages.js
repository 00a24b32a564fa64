/**
 * A message is one request passed between Sift's contexts; this module names every one, by direction.
 *
 * Background → content: the background tells an injected page what the reader asked for.
 * Content → background: the page hands its snapshot (or selected text) to the core, which runs
 * in the background in both browsers (Chromium cannot compile wasm in a content script on a page
 * with a strict CSP), and reports when the panel closes so that the panel's page styles go too.
 * Every message is `{type, ...fields}`; the fields are listed beside each name.
 * A classic script shared by the background module and the injected content scripts.
 */
(() => {
  if (globalThis.SiftMessages) return;

  globalThis.SiftMessages = Object.freeze({
    toContent: Object.freeze({
      /**
       * `{type, mode: "page" | "selection", selectionText?, options, messages}` → `{open, opened}`;
       * `messages` are the interface strings (`SiftPlatform.messageTable`), or null.
       */
      TOGGLE: "sift:background-to-content:toggle",
    }),
    toBackground: Object.freeze({
      /** `{type, snapshot, options}` (the packed snapshot of content/snapshot.js) → `{summary}` or `{error: {code, message}}`. */
      SUMMARIZE_PAGE: "sift:content-to-background:summarize-page",
      /** `{type, text, lang, options}` (no title: a selection has none) → `{summary}` or `{error: {code, message}}`. */
      SUMMARIZE_TEXT: "sift:content-to-background:summarize-text",
      /** `{type, open: boolean}` → nothing: the panel opened or closed by itself (close, Esc). */
      PANEL_STATE: "sift:content-to-background:panel-state",
    }),
  });
})();
