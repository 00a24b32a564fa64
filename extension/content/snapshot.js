/**
 * A snapshot is the small, serializable picture of a web page that Sift's core reads
 * (`PageSnapshot` in src/snapshot.rs): elements and text nodes in a flat list, in document order.
 *
 * This is the live-DOM twin of the native taker in src/html.rs. The rules below (which attributes
 * are kept, which elements are skipped with their subtree, what counts as hidden) must stay in step
 * with `KEPT_ATTRIBUTES`, `SKIPPED_ELEMENTS` and `html.rs` on the Rust side.
 *
 * `SiftSnapshot.take(doc, {root})` returns the PageSnapshot; `SiftSnapshot.range(snapshot, {node,
 * start, end})` turns a location the core reports (UTF-16 offsets in a text node) back into a DOM
 * Range, and `span(snapshot, ranges)` joins a sentence's locations into one, for highlighting and
 * scrolling; `isCurrent(snapshot, nodes)` tells whether the page still holds that text. The DOM nodes stay in a WeakMap beside the snapshot, so the
 * snapshot itself remains plain data.
 *
 * A classic script: injected with `scripting.executeScript({files})` and loaded by the playground
 * with a plain `<script src>`.
 */
(() => {
  if (globalThis.SiftSnapshot) return;

  /** Keep in step with `KEPT_ATTRIBUTES` in src/snapshot.rs. */
  const KEPT_ATTRIBUTES = new Set([
    "id", "class", "role", "itemprop", "itemtype", "href", "lang", "dir", "datetime", "rel", "name",
    "property", "content", "aria-label", "data-testid",
  ]);

  /** Keep in step with `SKIPPED_ELEMENTS` in src/snapshot.rs. */
  const SKIPPED_ELEMENTS = new Set([
    "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed",
    "head", "link", "meta", "base", "select", "option", "textarea", "input", "button",
  ]);

  /** The tag of a text node (`TEXT_TAG` in src/snapshot.rs). */
  const TEXT_TAG = "#text";

  /**
   * The most nodes a snapshot holds. Real articles, even long ones with heavy templates, stay far
   * below (a large news page is 5,000 to 20,000 nodes); past this the walk stops, so that a
   * pathological page costs bounded time and memory, and the snapshot says `truncated: true`.
   */
  const MAX_NODES = 100000;

  /** The id of Sift's own panel host, never part of the page it reads. */
  const PANEL_HOST_ID = "sift-panel-host";

  /** DOM nodes of each snapshot, by snapshot index (only text nodes are ever looked up). */
  const domNodesOf = new WeakMap();

  /** The inline-style test of src/html.rs (`style_hides`): white space dropped, lower case. */
  function styleHides(style) {
    const compact = style.replace(/\s+/g, "").toLowerCase();
    return compact.includes("display:none") || compact.includes("visibility:hidden");
  }

  /** What the markup says: `hidden`, `aria-hidden="true"`, an inline style that hides. */
  function markedHidden(element) {
    const style = element.getAttribute("style");
    return element.hasAttribute("hidden")
      || element.getAttribute("aria-hidden") === "true"
      || (style !== null && styleHides(style));
  }

  /**
   * What the live page knows beyond the markup: an element not rendered (`display: none` from a
   * style sheet) or `visibility: hidden`. `checkVisibility` answers from the layout already
   * computed; it is also false for `display: contents` wrappers, which are visible, so a "false"
   * is confirmed by the computed style.
   */
  function renderedHidden(element, view) {
    if (typeof element.checkVisibility !== "function") return false;
    if (element.checkVisibility({ visibilityProperty: true })) return false;
    const style = view.getComputedStyle(element);
    return style.display === "none" || style.visibility === "hidden";
  }

  /** The first node after the walker's current one that is not inside it, or null at the end. */
  function nextOutside(walker) {
    for (;;) {
      const sibling = walker.nextSibling();
      if (sibling) return sibling;
      if (!walker.parentNode()) return null;
    }
  }

  function keptAttributes(element) {
    const attrs = [];
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (KEPT_ATTRIBUTES.has(name)) attrs.push([name, attribute.value]);
    }
    return attrs;
  }

  /** `<meta>` name (or property, or itemprop), lower-cased, with its content, as src/html.rs reads them. */
  function metaTags(doc) {
    const meta = [];
    for (const element of doc.querySelectorAll("meta")) {
      const key = element.getAttribute("name") ?? element.getAttribute("property") ?? element.getAttribute("itemprop");
      const content = element.getAttribute("content");
      if (key !== null && content !== null) meta.push([key.toLowerCase(), content]);
    }
    return meta;
  }

  function jsonLd(doc) {
    return [...doc.querySelectorAll("script")]
      .filter((script) => (script.getAttribute("type") ?? "").trim().toLowerCase() === "application/ld+json")
      .map((script) => script.textContent);
  }

  /**
   * The snapshot of `doc` (or of the subtree at `root`). On a rendered document (one with a window)
   * the computed visibility of each element counts too; a parsed, unrendered one (DOMParser) has
   * only its markup.
   */
  function take(doc, { root = doc.documentElement } = {}) {
    const view = doc.defaultView;
    const snapshot = {
      url: doc.URL === "about:blank" ? "" : doc.URL ?? "",
      title: (doc.title ?? "").trim(),
      lang: doc.documentElement?.getAttribute("lang") ?? null,
      dir: doc.documentElement?.getAttribute("dir") ?? null,
      meta: metaTags(doc),
      json_ld: jsonLd(doc),
      nodes: [],
      truncated: false,
    };
    const domNodes = [];
    domNodesOf.set(snapshot, domNodes);
    if (!root) return snapshot;

    const indexOf = new Map();
    // Elements and text only (NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT). No filter callback:
    // skipped subtrees are stepped over below, which is faster, and works on a page whose own
    // scripts are disabled (the browser refuses to call back into such a page).
    const walker = doc.createTreeWalker(root, 0x1 | 0x4);
    let node = root;
    while (node) {
      if (snapshot.nodes.length >= MAX_NODES) {
        snapshot.truncated = true;
        break;
      }
      const parent = indexOf.get(node.parentNode) ?? null;
      if (node.nodeType === 3) {
        // Text outside any kept element (the walked root's own siblings) belongs to no element.
        if (parent !== null) {
          snapshot.nodes.push({ parent, tag: TEXT_TAG, text: node.data, attrs: [], hidden: false });
          domNodes.push(node);
        }
        node = walker.nextNode();
        continue;
      }
      const tag = node.localName.toLowerCase();
      if (SKIPPED_ELEMENTS.has(tag) || (tag === "sift-panel" && node.id === PANEL_HOST_ID)) {
        node = nextOutside(walker);
        continue;
      }
      const parentHidden = parent !== null && snapshot.nodes[parent].hidden;
      const hidden = parentHidden || markedHidden(node) || (view !== null && renderedHidden(node, view));
      indexOf.set(node, snapshot.nodes.length);
      snapshot.nodes.push({ parent, tag, text: "", attrs: keptAttributes(node), hidden });
      domNodes.push(node);
      node = walker.nextNode();
    }
    return snapshot;
  }

  /**
   * The DOM Range of `{node, start, end}` (UTF-16 offsets into text node `node` of `snapshot`), or
   * null when that text node is gone or has changed length since the snapshot.
   */
  function range(snapshot, { node, start, end }) {
    const target = domNodesOf.get(snapshot)?.[node];
    if (!target || target.nodeType !== 3 || !target.isConnected) return null;
    if (!(start >= 0 && start <= end && end <= target.length)) return null;
    const result = target.ownerDocument.createRange();
    result.setStart(target, start);
    result.setEnd(target, end);
    return result;
  }

  /**
   * One DOM Range over all of `ranges` (the pieces of one sentence, in order), from the start of the
   * first to the end of the last: a sentence marked as one stretch, with the white space and inline
   * elements between its pieces. Null when none of the pieces can be found any more.
   */
  function span(snapshot, ranges) {
    const parts = ranges.map((part) => range(snapshot, part)).filter(Boolean);
    if (parts.length === 0) return null;
    const whole = parts[0].cloneRange();
    const last = parts[parts.length - 1];
    whole.setEnd(last.endContainer, last.endOffset);
    return whole;
  }

  /**
   * True while the text nodes at `indices` (all of them when omitted) are still in the page with the
   * text the snapshot read. Checking only the article's own nodes keeps a ticking clock or a rotating
   * advert from counting as a change of the page.
   */
  function isCurrent(snapshot, indices) {
    const domNodes = domNodesOf.get(snapshot);
    if (!domNodes) return false;
    const unchanged = (index) => {
      const node = domNodes[index];
      return Boolean(node?.isConnected) && (node.nodeType !== 3 || node.data === snapshot.nodes[index].text);
    };
    return indices ? [...indices].every(unchanged) : domNodes.every((_, index) => unchanged(index));
  }

  globalThis.SiftSnapshot = Object.freeze({ take, range, span, isCurrent, MAX_NODES, TEXT_TAG });
})();
