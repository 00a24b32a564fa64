/**
 * The panel's style sheet, as a string the panel adopts into its shadow root (a file of CSS would
 * need a fetch that page CSP or web_accessible_resources rules can refuse). Every length is in px:
 * `rem` and `em` at the host would follow the page's fonts, which the panel must not.
 */
(() => {
  if (globalThis.SiftPanelStyle) return;

  globalThis.SiftPanelStyle = `
:host { all: initial !important; }

.sift {
  --bg: #ffffff; --fg: #1a1a1a; --muted: #4d4d4d; --accent: #0b57d0; --line: #c4c7c5;
  --hover: #eef2f8; --focus: #0b57d0; --chosen-bar: #0b57d0; --shadow: rgba(0, 0, 0, 0.25);
  --warn: #b3261e;
  --size: 15px;
  all: initial;
  position: fixed; top: 12px; right: 12px; z-index: 2147483647;
  box-sizing: border-box; width: min(400px, calc(100vw - 24px)); max-height: calc(100vh - 24px);
  overflow: auto; overscroll-behavior: contain;
  /* The scrollbar follows the theme: Firefox draws a light one beside a dark panel otherwise. */
  scrollbar-width: thin; scrollbar-color: var(--line) var(--bg);
  display: flex; flex-direction: column; gap: 10px;
  /* No padding at the top: the sticky head (.head) brings its own, so nothing scrolls above it. */
  padding: 0 16px 16px; scroll-padding-top: calc(var(--size) * 3.5);
  background: var(--bg); color: var(--fg);
  border: 1px solid var(--line); border-radius: 12px; box-shadow: 0 8px 28px var(--shadow);
  font: 400 var(--size)/1.55 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans Arabic", Tahoma, sans-serif;
  pointer-events: auto; text-align: start; color-scheme: light;
}
/* Not drawn until it has something to show: a summary that comes quickly is its first frame. */
.sift[hidden] { display: none; }
/* "auto" stands where the article's lines end (the aside's dir is the article's): on a right-to-left
   article the panel covers the ends of lines at the left, not their starts at the right. */
.sift[data-side="left"], .sift[data-side="auto"][dir="rtl"] { right: auto; left: 12px; }
.sift[data-font="small"] { --size: 13px; }
.sift[data-font="large"] { --size: 18px; }
.sift[data-theme="dark"] {
  --bg: #1f2023; --fg: #ececec; --muted: #bdbdbd; --accent: #a8c7fa; --line: #4a4d52;
  --hover: #2c2f35; --focus: #a8c7fa; --chosen-bar: #a8c7fa; --shadow: rgba(0, 0, 0, 0.6); --warn: #f2b8b5;
  color-scheme: dark;
}
@media (prefers-color-scheme: dark) {
  .sift[data-theme="auto"] {
    --bg: #1f2023; --fg: #ececec; --muted: #bdbdbd; --accent: #a8c7fa; --line: #4a4d52;
    --hover: #2c2f35; --focus: #a8c7fa; --chosen-bar: #a8c7fa; --shadow: rgba(0, 0, 0, 0.6); --warn: #f2b8b5;
    color-scheme: dark;
  }
}
.sift:focus { outline: none; }
.sift *, .sift *::before, .sift *::after { box-sizing: border-box; }
.sift :focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }

.bar { display: flex; align-items: center; gap: 8px; }
/* The head (brand and close button) stays in view while the panel's content scrolls under it, at any
   length and with "why" open; it spans the panel's width so that nothing shows beside it. */
.head {
  position: sticky; top: 0; z-index: 1; flex: none;
  margin: 0 -16px; padding: 10px 16px 6px; background: var(--bg); box-shadow: 0 1px 0 var(--line);
}
.brand { font-weight: 700; font-size: calc(var(--size) * 0.9); color: var(--accent); letter-spacing: 0.02em; flex: 1; }
button {
  font: inherit; font-size: calc(var(--size) * 0.87); color: var(--fg); background: transparent;
  border: 1px solid var(--line); border-radius: 8px; padding: 4px 10px; cursor: pointer; line-height: 1.4;
}
button:hover { background: var(--hover); }
.close { border-color: transparent; font-size: calc(var(--size) * 1.3); line-height: 1; padding: 2px 8px; }

.title { margin: 0; font-size: calc(var(--size) * 1.2); line-height: 1.35; font-weight: 700; unicode-bidi: isolate; }
.facts, .reading-time, .notes { margin: 0; color: var(--muted); font-size: calc(var(--size) * 0.87); }
.next-page { color: var(--accent); }
.notes { padding: 0; list-style: none; }
.facts > bdi, .facts > time { unicode-bidi: isolate; }

.controls { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 16px; font-size: calc(var(--size) * 0.87); }
.controls label { display: inline-flex; align-items: center; gap: 6px; }
.length { accent-color: var(--accent); width: 140px; }
.highlight { accent-color: var(--accent); width: 16px; height: 16px; margin: 0; }
output { min-width: 2ch; font-variant-numeric: tabular-nums; }

/* Each part is aligned to its own language's start: Firefox's own style gives a list item the
   parent's alignment as a side (text-align: match-parent), which the interface-language parts inside
   an item of a right-to-left article (the "why" detail) would otherwise inherit. */
.sift li, .sift [dir] { text-align: start; }
.sentences { margin: 0; padding: 0; list-style: none; display: flex; flex-direction: column; gap: 8px; }
.sentence {
  position: relative; padding-block: 2px; padding-inline: 10px 30px;
  border-inline-start: 3px solid var(--chosen-bar); border-radius: 2px; unicode-bidi: isolate;
}
.sentence .text { cursor: pointer; }
.sentence .text:hover { text-decoration: underline; text-underline-offset: 3px; }
.why {
  position: absolute; inset-inline-end: 0; top: 0; width: 24px; height: 24px; padding: 0;
  border-radius: 50%; font-size: calc(var(--size) * 0.8); color: var(--muted);
}
.why::before { content: "?"; }
.why[aria-expanded="true"] { background: var(--hover); color: var(--fg); }
.why-detail { display: block; margin: 6px 0 0; padding: 6px 8px; border-radius: 6px; background: var(--hover);
  color: var(--fg); font-size: calc(var(--size) * 0.8); }
.why-detail dl { display: grid; grid-template-columns: auto 1fr auto; gap: 2px 8px; margin: 0; align-items: center; }
.why-detail dt { margin: 0; }
.why-detail dd { margin: 0; font-variant-numeric: tabular-nums; }
.why-detail p { margin: 0 0 4px; }
.why-detail .gauge { height: 6px; border-radius: 3px; background: var(--accent); min-width: 2px; }
/* A signal that lowers the score: the warning colour, striped, so that it never reads as help. */
.why-detail .gauge.negative {
  background: repeating-linear-gradient(135deg, var(--warn) 0 3px, transparent 3px 5px); box-shadow: inset 0 0 0 1px var(--warn);
}
.why-detail .value { text-align: end; }
.why-detail .value.negative { color: var(--warn); font-weight: 600; }

.keywords-heading { margin: 0; font-size: calc(var(--size) * 0.87); font-weight: 600; color: var(--muted); }
.keywords { margin: 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 6px; }
.keywords li {
  padding: 1px 8px; border: 1px solid var(--line); border-radius: 999px; font-size: calc(var(--size) * 0.8);
  /* A keyword may be a name of several words: one pill, never broken across lines. */
  white-space: nowrap; max-width: 100%; overflow: hidden; text-overflow: ellipsis;
}

.actions { display: flex; flex-wrap: wrap; gap: 8px; }
/* A copy button says for a moment how the copy went (panel.js, showCopied): a mark and a colour. */
.actions button[data-copied="done"] { border-color: var(--accent); color: var(--accent); font-weight: 600; }
.actions button[data-copied="failed"] { border-color: var(--warn); color: var(--warn); font-weight: 600; }
.actions button[data-copied="done"]::before { content: "✓ "; content: "✓ " / ""; }
.actions button[data-copied="failed"]::before { content: "✕ "; content: "✕ " / ""; }
.message { margin: 0; padding: 10px 12px; border-radius: 8px; background: var(--hover); }
.spinner { width: 22px; height: 22px; border-radius: 50%; border: 3px solid var(--line); border-top-color: var(--accent);
  animation: spin 0.9s linear infinite; }
@keyframes spin { to { transform: rotate(360deg); } }
@media (prefers-reduced-motion: reduce) { .spinner { animation: none; } }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
[hidden] { display: none !important; }

.marks { position: fixed; inset: 0; overflow: hidden; pointer-events: none; z-index: 2147483646; }
.marks > div { position: absolute; left: 0; top: 0; }
.mark { position: absolute; mix-blend-mode: multiply; border-radius: 2px; }
.mark.sift-summary { background: rgba(255, 221, 0, 0.4); }
.mark.sift-flash { background: rgba(255, 140, 0, 0.55); }
`;
})();
