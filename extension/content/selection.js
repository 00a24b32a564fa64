/**
 * The reader's selection, as the core reads it and as the panel points back into it: its text, one
 * paragraph a line, and where each sentence of its summary lies in the page, so that a click on a
 * sentence jumps to it and the highlight marks it, as for a summary of the whole page.
 */
(() => {
  if (globalThis.SiftSelection) return;

  /** What may stand between two words of a sentence in the page: white space, and asides in brackets. */
  const BETWEEN_WORDS = String.raw`(?:\s|\[[^\[\]]{0,40}\]|\([^()]{0,40}\))*`;

  /**
   * Elements whose text is never the story, by their tag alone (a caption, a menu, a sidebar, a page's
   * header and footer): `FURNITURE_TAGS` in src/extract/hints.rs (its tests hold the two equal), which
   * the toolbar's reading leaves out too.
   */
  const FURNITURE_TAGS = new Set(["nav", "aside", "footer", "figcaption", "dialog", "menu", "header"]);
  const FURNITURE_SELECTOR = [...FURNITURE_TAGS].join(",");

  /** Text that is never shown, so never part of what the reader selected. */
  const UNSEEN_PARENTS = new Set(["script", "style", "noscript", "template", "textarea"]);

  /**
   * What the reader selected in `doc`: `{text, lang, locate}`. `fallbackText` (the context menu's
   * copy) stands in when the selection is gone or gives no text of the page's (text selected in a
   * form field); a sentence is then looked for in the whole page. `locate(sentence)` gives the DOM
   * Range of the sentence's text, in a list, or an empty list when the page does not hold it as it
   * was read (its text changed since, or text hidden from the reader stands inside the sentence).
   */
  function read(doc, fallbackText) {
    const selection = doc.getSelection();
    let ranges = [];
    for (let i = 0; i < (selection?.rangeCount ?? 0); i++) {
      const range = selection.getRangeAt(i);
      if (!range.collapsed) ranges.push(range.cloneRange());
    }
    const selected = ranges.length > 0 ? selection.toString() : "";
    if (!selected) ranges = doc.body ? [wholeOf(doc.body)] : [];
    const anchor = selection?.anchorNode;
    const anchorElement = anchor?.nodeType === 1 ? anchor : anchor?.parentElement;
    const lang = anchorElement?.closest("[lang]")?.getAttribute("lang") || doc.documentElement.lang || null;
    const furniture = selected ? furnitureLines(ranges) : new Map();
    return { text: paragraphs(selected || fallbackText || "", furniture), lang, locate: locator(doc, ranges) };
  }

  /**
   * How often each line stands in the selection's furniture (`FURNITURE_TAGS`), which its text leaves
   * out as the toolbar's reading does; nothing of a range selected inside furniture, which is then what
   * the reader asks for.
   */
  function furnitureLines(ranges) {
    const lines = [];
    for (const range of ranges) {
      const root = range.commonAncestorContainer;
      const element = root.nodeType === 1 ? root : root.parentElement;
      if (!element || element.closest(FURNITURE_SELECTOR)) continue;
      for (const furniture of element.querySelectorAll(FURNITURE_SELECTOR)) {
        // One inside another is read with it.
        if (!range.intersectsNode(furniture) || furniture.parentElement.closest(FURNITURE_SELECTOR)) continue;
        for (const line of lineList(furniture.innerText)) lines.push(line);
      }
    }
    return tally(lines);
  }

  const lineList = (text) => text.split(/\n+/).map((line) => line.trim()).filter(Boolean);

  /** How many times each of `lines` stands among them. */
  function tally(lines) {
    const counts = new Map();
    for (const line of lines) counts.set(line, (counts.get(line) ?? 0) + 1);
    return counts;
  }

  function wholeOf(element) {
    const range = element.ownerDocument.createRange();
    range.selectNodeContents(element);
    return range;
  }

  /**
   * One paragraph a line of the selection, blank-line separated as the core's text reader wants,
   * without the lines that only its `furniture` shows (unless they are all there is). A line written in
   * the story too keeps every copy: the headline, shown again in the page's header, is known as the
   * title by being written twice (src/summary/plain.rs).
   */
  function paragraphs(text, furniture) {
    const lines = lineList(text);
    const written = tally(lines);
    const kept = lines.filter((line) => written.get(line) > (furniture.get(line) ?? 0));
    return (kept.length > 0 ? kept : lines).join("\n\n");
  }

  /**
   * Finds a sentence's text in the text nodes of `ranges`. The nodes' text is read end to end, each
   * piece with where it starts; the sentence is matched with any run of white space (or none, where
   * a line break between two elements became a space) standing for its spaces, or an aside in
   * brackets the summary leaves out (a footnote's mark "[12]", "(pictured)": src/summary/shown.rs),
   * and in any case (the selection's text is as shown, upper-cased where the page's style sheets say so).
   */
  function locator(doc, ranges) {
    const pieces = []; // { node, from, start }: the piece's node, its first offset, its start in `flat`
    let flat = null; // read on the first sentence looked for
    const readText = () => {
      flat = "";
      for (const range of ranges) {
        for (const { node, from, to } of textIn(doc, range)) {
          pieces.push({ node, from, start: flat.length });
          flat += node.data.slice(from, to);
        }
      }
    };
    /** The node and offset of position `at` of `flat` (the end of the piece before, for an end). */
    const position = (at, isEnd) => {
      let low = 0;
      let high = pieces.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        const start = pieces[middle].start;
        if (start < at || (!isEnd && start === at)) low = middle;
        else high = middle - 1;
      }
      const piece = pieces[low];
      return [piece.node, piece.from + at - piece.start];
    };
    return (sentence) => {
      if (flat === null) readText();
      const words = sentence.text.trim().split(/\s+/).filter(Boolean);
      if (words.length === 0 || pieces.length === 0) return [];
      const found = new RegExp(words.map(escape).join(BETWEEN_WORDS), "i").exec(flat);
      if (!found) return [];
      const range = doc.createRange();
      range.setStart(...position(found.index, false));
      range.setEnd(...position(found.index + found[0].length, true));
      return [range];
    };
  }

  /** The text nodes of `range` with the offsets of their selected part, skipping text never shown. */
  function* textIn(doc, range) {
    const root = range.commonAncestorContainer;
    if (root.nodeType === 3) {
      yield { node: root, from: range.startOffset, to: range.endOffset };
      return;
    }
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!range.intersectsNode(node) || UNSEEN_PARENTS.has(node.parentNode?.localName)) continue;
      const from = node === range.startContainer ? range.startOffset : 0;
      const to = node === range.endContainer ? range.endOffset : node.data.length;
      if (to > from) yield { node, from, to };
    }
  }

  const escape = (word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

  globalThis.SiftSelection = Object.freeze({ read });
})();
