/**
 * A snapshot is the small, serializable picture of a web page that Sift's core reads
 * (`PageSnapshot` in src/snapshot.rs): elements and text nodes in a flat list, in document order.
 *
 * This is the live-DOM twin of the native taker in src/html/mod.rs. The rules below (which
 * attributes are kept, which elements are skipped with their subtree, what counts as hidden, and
 * that a hidden element is written without its subtree) must stay in step with `KEPT_ATTRIBUTES`,
 * `SKIPPED_ELEMENTS` and src/html/mod.rs on the Rust side.
 *
 * The page is read as rendered: a custom element's open shadow root stands in for its children, and a
 * `<slot>` holds the nodes assigned to it (src/html/shadow.rs puts a declarative shadow root in place
 * alike for the native door).
 *
 * The nodes are packed (`PackedNodes` in src/snapshot.rs) so that the snapshot crosses the message
 * channel and the wasm boundary as a few large values, not as thousands of small objects:
 * `{url, title, lang, dir, meta, json_ld, names, tree, text, truncated, focus}`, where `names` lists every
 * tag and attribute name once, `text` is every text node's text and every kept attribute's value end
 * to end, and `tree` holds, per node in document order, `parent + 1` (0: none) and its tag's index
 * in `names`, then for a text node (tag `#text`, index 0) its text's length, and for an element
 * `hidden` (0 or 1), its number of kept attributes and, for each, its name's index and its value's
 * length; `focus` is the node index of the `<h1>` the reader has last scrolled past the middle of the
 * view, asked only of a page with two or more (else null).
 *
 * `SiftSnapshot.take(doc, {root})` returns the snapshot; `SiftSnapshot.range(snapshot, {node,
 * start, end})` turns a location the core reports (UTF-16 offsets in a text node) back into a DOM
 * Range, and `span(snapshot, ranges)` joins a sentence's locations into one, for highlighting and
 * scrolling; `isCurrent(snapshot, nodes)` tells whether the page still holds that text, and
 * `sameSiteLink(snapshot, index)` where a link the core names leads. The DOM
 * nodes stay in a WeakMap beside the snapshot, so the snapshot itself remains plain data.
 *
 * A classic script: injected with `scripting.executeScript({files})` and loaded by the playground
 * with a plain `<script src>`.
 */
(() => {
  if (globalThis.SiftSnapshot) return;

  /** The attributes the core reads: `KEPT_ATTRIBUTES` in src/snapshot.rs (its tests hold the two equal). */
  const KEPT_ATTRIBUTES = new Set(["id", "class", "role", "itemprop", "datetime", "rel"]);

  /** `SKIPPED_ELEMENTS` in src/snapshot.rs (its tests hold the two equal). */
  const SKIPPED_ELEMENTS = new Set([
    "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed",
    "head", "link", "meta", "base", "select", "option", "textarea", "input", "button",
  ]);

  /** The nodes assigned to an element that is no `<slot>`: none. */
  const NO_NODES = Object.freeze([]);

  /** The tag of a text node (`TEXT_TAG` in src/snapshot.rs), first of a snapshot's `names`. */
  const TEXT_TAG = "#text";

  /**
   * What a tag means to the walk, found once per tag name and page: its index in `names` (at least 1,
   * as `#text` is 0), or one of these.
   */
  const SKIPPED_TAG = -1;
  const PANEL_TAG = -2;

  /**
   * What an attribute means to the walk, found once per attribute name and page: a kept one's index in
   * `names` (at least 1), or one of these.
   */
  const IGNORED_ATTRIBUTE = 0;
  const HIDDEN_ATTRIBUTE = -1;
  const ARIA_HIDDEN_ATTRIBUTE = -2;
  const STYLE_ATTRIBUTE = -3;
  const VISIBILITY_ATTRIBUTES = new Map([
    ["hidden", HIDDEN_ATTRIBUTE], ["aria-hidden", ARIA_HIDDEN_ATTRIBUTE], ["style", STYLE_ATTRIBUTE],
  ]);

  /**
   * The most nodes a snapshot holds. Real articles, even long ones with heavy templates, stay far
   * below (a large news page is 5,000 to 20,000 nodes); past this the walk stops, so that a
   * pathological page costs bounded time and memory, and the snapshot says `truncated: true`.
   */
  const MAX_NODES = 100000;

  /**
   * The most UTF-16 units of text (text nodes and kept attribute values) a snapshot holds: twice what
   * content.js sends (`MAX_SNAPSHOT_CHARS`). A page can give one long string to many nodes at no cost
   * of its own (50 MB in twelve text nodes, 1 MB in the `class` of 600 elements), and joining them
   * would pass the engine's longest string and throw; the walk stops before the node that passes it,
   * and the snapshot says `truncated: true`.
   */
  const MAX_TEXT_LENGTH = 1 << 24;

  /** The tag and id of Sift's own panel host, never part of the page it reads. */
  const PANEL_HOST_TAG = "sift-panel";
  const PANEL_HOST_ID = "sift-panel-host";

  /**
   * Made once: `checkVisibility` reads every member of its options object on every call, and reads
   * them faster as own properties of an object with no prototype behind them.
   */
  const VISIBILITY_OPTIONS = Object.freeze(Object.assign(Object.create(null), {
    checkOpacity: false, checkVisibilityCSS: false, contentVisibilityAuto: false, opacityProperty: false,
    visibilityProperty: true,
  }));

  /**
   * The DOM node of each snapshot node, and the text of each text node, by snapshot index (null for
   * an element: arrays written in order, without holes, are the engine's fastest).
   */
  const domNodesOf = new WeakMap();

  /**
   * The inline styles that hide, as src/html/mod.rs reads them (`style_hides`): `display:none` or
   * `visibility:hidden` once white space is dropped and case ignored. One pattern with white space
   * allowed between the characters answers without making the two copies that dropping it and
   * lower-casing would (a page can hold thousands of inline styles).
   */
  const HIDING_STYLE = new RegExp(
    ["display:none", "visibility:hidden"].map((phrase) => [...phrase].join("\\s*")).join("|"),
    "i",
  );

  /**
   * True when the page's style sheets hide `element`. `checkVisibility` answers from the layout
   * already computed, but is also false for `display: contents` wrappers, which are visible: only
   * then is the computed style asked.
   */
  function layoutHides(element, view) {
    if (element.checkVisibility(VISIBILITY_OPTIONS)) return false;
    const style = view.getComputedStyle(element);
    return style.display === "none" || style.visibility === "hidden";
  }

  /**
   * True when the page's root or body is hidden by its style sheets: `html { display: none }` or
   * `body { visibility: hidden }` until its scripts run, as anti-flicker snippets write it. That is no
   * page the reader is looking at (it is one whose scripts are blocked or still loading), so its
   * markup alone says what is hidden, as on an unrendered document: read by the layout, the whole
   * page would be hidden and "no article".
   */
  function hiddenAsAWhole(doc, view) {
    return [doc.documentElement, doc.body].some((element) => element != null && layoutHides(element, view));
  }

  /**
   * Of the shown `<h1>` elements at `headings` (snapshot indices, in document order), the last whose
   * top the reader has scrolled past the middle of the view: the headline of the story being read,
   * when the page holds several stories (src/extract/stories.rs takes that one). Null when none is,
   * or on a document that is not rendered. A heading's box is read from the layout already computed;
   * hit-testing the middle of the view instead made the snapshot 5% slower at the median of 60 corpus
   * pages and 16% at p90.
   */
  function focusIndex(view, headings, domNodes) {
    if (view === null) return null;
    const middle = view.innerHeight / 2;
    let focus = null;
    for (const index of headings) {
      if (domNodes[index].getBoundingClientRect().top <= middle) focus = index;
    }
    return focus;
  }

  /**
   * The snapshot's `meta` and `json_ld`, as src/html/mod.rs reads them: each `<meta>`'s name (or
   * property, or itemprop), lower-cased, with its content; the text of each `<script
   * type="application/ld+json">`. The selectors leave out, inside the browser, the elements that
   * cannot count (a `meta` without `content`, a script without `type`), so that fewer are handed to
   * this script.
   */
  function readMetadata(doc, snapshot) {
    const metas = doc.querySelectorAll("meta[content]");
    for (let i = 0; i < metas.length; i++) {
      const meta = metas[i];
      const key = meta.getAttribute("name") ?? meta.getAttribute("property") ?? meta.getAttribute("itemprop");
      if (key !== null) snapshot.meta.push([key.toLowerCase(), meta.getAttribute("content")]);
    }
    const scripts = doc.querySelectorAll("script[type]");
    for (let i = 0; i < scripts.length; i++) {
      const script = scripts[i];
      if (script.getAttribute("type").trim().toLowerCase() === "application/ld+json") snapshot.json_ld.push(script.textContent);
    }
  }

  /**
   * The snapshot of `doc` (or of the subtree at `root`). On a rendered document (one with a window)
   * the computed visibility of each element counts too; a parsed, unrendered one (DOMParser) has
   * only its markup. A hidden element is written, marked hidden, without its subtree: the core
   * never reads inside it (`SnapNode::hidden` in src/snapshot.rs).
   *
   * Calls into the DOM are most of the cost, warm or on the page's first run (where a reader's
   * click nearly always falls), so each node is asked as little as possible: its children and next
   * sibling once, an element's attribute names once and only the values that count, its type by its
   * `localName` alone. Each tag and attribute name is sorted out once per page, not once per node.
   */
  function take(doc, { root = doc.documentElement } = {}) {
    const view = doc.defaultView;
    const snapshot = {
      url: doc.URL === "about:blank" ? "" : doc.URL ?? "",
      title: (doc.title ?? "").trim(),
      lang: doc.documentElement?.getAttribute("lang") ?? null,
      dir: doc.documentElement?.getAttribute("dir") ?? null,
      meta: [],
      json_ld: [],
      names: [TEXT_TAG],
      tree: [],
      text: "",
      truncated: false,
      focus: null,
    };
    readMetadata(doc, snapshot);
    const domNodes = [];
    const texts = [];
    domNodesOf.set(snapshot, { domNodes, texts });
    if (!root) return snapshot;
    const seesLayout = view !== null && typeof root.checkVisibility === "function" && !hiddenAsAWhole(doc, view);

    // The packed nodes: `tree` records, the pieces of `text`, the index of each name in `names`.
    const tree = snapshot.tree;
    const pieces = [];
    const nameIndex = new Map([[TEXT_TAG, 0]]);
    const names = snapshot.names;
    const indexOf = (name) => {
      let index = nameIndex.get(name);
      if (index === undefined) {
        index = names.length;
        nameIndex.set(name, index);
        names.push(name);
      }
      return index;
    };
    // The code of each tag and attribute name as the DOM spells it, so that a name is lower-cased and
    // sorted out once per page, not once per node.
    const tagCodes = new Map();
    const attributeCodes = new Map();
    let dialogIndex = SKIPPED_TAG;
    // The code of `h1`, and the shown ones' snapshot indices: where the reader is reading is asked of
    // the page only when it may hold several stories, each under its own.
    let headingIndex = SKIPPED_TAG;
    const headings = [];
    let slotIndex = SKIPPED_TAG;
    // The codes of custom elements' tags (a hyphen in the name): the elements pages give shadow roots to.
    const hostCodes = new Set();
    const tagCode = (localName) => {
      const tag = localName.toLowerCase();
      const code = SKIPPED_ELEMENTS.has(tag) ? SKIPPED_TAG : tag === PANEL_HOST_TAG ? PANEL_TAG : indexOf(tag);
      if (tag === "dialog") dialogIndex = code;
      if (tag === "h1") headingIndex = code;
      if (tag === "slot") slotIndex = code;
      if (code > 0 && tag.includes("-")) hostCodes.add(code);
      tagCodes.set(localName, code);
      return code;
    };
    const attributeCode = (name) => {
      const lower = name.toLowerCase();
      const code = VISIBILITY_ATTRIBUTES.get(lower) ?? (KEPT_ATTRIBUTES.has(lower) ? indexOf(lower) : IGNORED_ATTRIBUTE);
      attributeCodes.set(name, code);
      return code;
    };
    // Snapshot index of each open element, innermost last (-1: none). A plain walk by firstChild /
    // nextSibling keeps it as a stack, with no lookup per node and no callback into the page (which
    // refuses them when its scripts are off); the stack also gives each node's parent back without
    // asking the DOM for it.
    const parents = [-1];
    // The nodes assigned to each open `<slot>` (no siblings of one another in the DOM), the depth of
    // the walk they are children at and the place reached among them, innermost last.
    const slots = [];
    let textLength = 0;
    let parent = -1;
    let node = root;
    while (node !== null) {
      if (domNodes.length >= MAX_NODES) {
        snapshot.truncated = true;
        break;
      }
      // Only elements have a `localName` (other nodes lack the property, found without a call into
      // the DOM), so an element needs no `nodeType`.
      const localName = node.localName;
      if (localName === undefined) {
        // Text outside any kept element (a text node as the walked root) belongs to no element.
        if (parent !== -1 && node.nodeType === 3) {
          const data = node.data;
          textLength += data.length;
          if (textLength > MAX_TEXT_LENGTH) {
            snapshot.truncated = true;
            break;
          }
          tree.push(parent + 1, 0, data.length);
          pieces.push(data);
          texts.push(data);
          domNodes.push(node);
        }
      } else {
        let code = tagCodes.get(localName) ?? tagCode(localName);
        if (code === PANEL_TAG) code = node.id === PANEL_HOST_ID ? SKIPPED_TAG : indexOf(PANEL_HOST_TAG);
        if (code !== SKIPPED_TAG) {
          // The element and its kept attributes; what its markup says of its visibility (`hidden`,
          // `aria-hidden`, an inline style, a closed dialog) is found in the same pass.
          const at = tree.length;
          tree.push(parent + 1, code, 0, 0);
          let hidden = code === dialogIndex && !node.hasAttribute("open");
          // Most elements have attributes: asking for their names at once costs less than asking
          // first whether there are any.
          const attributes = node.getAttributeNames();
          let kept = 0;
          for (let i = 0; i < attributes.length; i++) {
            const name = attributes[i];
            const meaning = attributeCodes.get(name) ?? attributeCode(name);
            if (meaning > IGNORED_ATTRIBUTE) {
              // A kept name met twice (one name in several namespaces, `ID` beside `id` in XML) is
              // written once, with the value `getAttribute` reads.
              let k = at + 4;
              while (k < tree.length && tree[k] !== meaning) k += 2;
              if (k < tree.length) continue;
              const value = node.getAttribute(name);
              textLength += value.length;
              tree.push(meaning, value.length);
              pieces.push(value);
              kept += 1;
            } else if (meaning === HIDDEN_ATTRIBUTE) hidden = true;
            else if (meaning === ARIA_HIDDEN_ATTRIBUTE) hidden ||= node.getAttribute(name).trim().toLowerCase() === "true";
            else if (meaning === STYLE_ATTRIBUTE) hidden ||= HIDING_STYLE.test(node.getAttribute(name));
          }
          if (textLength > MAX_TEXT_LENGTH) {
            tree.length = at;
            pieces.length -= kept;
            snapshot.truncated = true;
            break;
          }
          tree[at + 3] = kept;
          hidden ||= seesLayout && layoutHides(node, view);
          texts.push(null);
          domNodes.push(node);
          if (hidden) tree[at + 2] = 1;
          else {
            if (code === headingIndex) headings.push(domNodes.length - 1);
            const shadow = hostCodes.has(code) ? (node.shadowRoot ?? null) : null;
            const assigned = code === slotIndex ? node.assignedNodes() : NO_NODES;
            const first = shadow !== null ? shadow.firstChild : assigned.length !== 0 ? assigned[0] : node.firstChild;
            if (first !== null) {
              parent = domNodes.length - 1;
              parents.push(parent);
              if (assigned.length !== 0) slots.push({ nodes: assigned, depth: parents.length, at: 0 });
              node = first;
              continue;
            }
          }
        }
      }
      // On to the next node outside this one, closing the elements left on the way.
      for (;;) {
        if (node === root) {
          node = null;
          break;
        }
        const slot = slots.length !== 0 ? slots[slots.length - 1] : null;
        const inSlot = slot !== null && slot.depth === parents.length;
        const next = inSlot ? (slot.nodes[++slot.at] ?? null) : node.nextSibling;
        if (next !== null) {
          node = next;
          break;
        }
        if (inSlot) slots.pop();
        node = domNodes[parents.pop()];
      }
      parent = parents[parents.length - 1];
    }
    snapshot.text = pieces.join("");
    if (headings.length >= 2) snapshot.focus = focusIndex(view, headings, domNodes);
    return snapshot;
  }

  /**
   * The DOM Range of `{node, start, end}` (UTF-16 offsets into text node `node` of `snapshot`), or
   * null when that text node is gone or has changed length since the snapshot.
   */
  function range(snapshot, { node, start, end }) {
    const target = domNodesOf.get(snapshot)?.domNodes[node];
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
   * Where the link at snapshot index `index` leads (the article's next page, src/extract/pages.rs):
   * its address when it is an `<a>` still in the page leading to a web page of the same site, else
   * null. A page's `javascript:` address, or one elsewhere, is never offered to the reader.
   */
  function sameSiteLink(snapshot, index) {
    const target = domNodesOf.get(snapshot)?.domNodes[index];
    if (!target || target.localName !== "a" || !target.isConnected) return null;
    const written = target.getAttribute("href");
    if (written === null) return null;
    try {
      const address = new URL(written, target.baseURI);
      const site = new URL(target.ownerDocument.URL).origin;
      return /^https?:$/.test(address.protocol) && address.origin === site ? address.href : null;
    } catch {
      return null;
    }
  }

  /**
   * True while the text nodes at `indices` are still in the page with the text the snapshot read.
   * Checking only the article's own nodes keeps a ticking clock or a rotating advert from counting
   * as a change of the page.
   */
  function isCurrent(snapshot, indices) {
    const taken = domNodesOf.get(snapshot);
    if (!taken) return false;
    return [...indices].every((index) => {
      const node = taken.domNodes[index];
      return Boolean(node?.isConnected) && node.nodeType === 3 && node.data === taken.texts[index];
    });
  }

  globalThis.SiftSnapshot = Object.freeze({ take, range, span, isCurrent, sameSiteLink, MAX_NODES, TEXT_TAG });
})();
