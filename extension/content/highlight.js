/**
 * A highlighter marks text of the page (the chosen sentences, a flashed sentence) without changing
 * the page's DOM.
 *
 * Where the browser has the CSS Custom Highlight API, marks are `Highlight`s of DOM Ranges in
 * `CSS.highlights`, painted by the `::highlight(sift-…)` rules of content/highlight.css, which the
 * background adds to the page as a removable style sheet while the panel is open. Elsewhere they are boxes drawn over the text's client
 * rectangles inside Sift's own shadow root. Either way, `clear()` leaves no trace in the page.
 */
(() => {
  if (globalThis.SiftHighlight) return;

  /** Highlight names; content/highlight.css paints them. */
  const SUMMARY = "sift-summary";
  const FLASH = "sift-flash";

  /** How long a clicked sentence stays flashed: long enough to find, short enough not to linger. */
  const FLASH_MS = 1600;

  const hasHighlightApi = () => typeof globalThis.Highlight === "function" && Boolean(globalThis.CSS?.highlights);

  /** Marks through `CSS.highlights`. */
  function registryMarks() {
    const registry = globalThis.CSS.highlights;
    return {
      set(name, ranges, priority) {
        if (ranges.length === 0) {
          registry.delete(name);
          return;
        }
        const highlight = new globalThis.Highlight(...ranges);
        highlight.priority = priority;
        registry.set(name, highlight);
      },
      clear() {
        registry.delete(SUMMARY);
        registry.delete(FLASH);
      },
    };
  }

  /**
   * Marks as boxes over the text in `layer` (a fixed, full-window, click-through element of the
   * panel's shadow root): rectangles are taken in page coordinates and the layer follows scrolling.
   */
  function overlayMarks(layer, view) {
    const sheet = layer.ownerDocument.createElement("div");
    layer.append(sheet);
    const groups = new Map();
    let following = false;
    const follow = () => {
      sheet.style.transform = `translate(${-view.scrollX}px, ${-view.scrollY}px)`;
    };
    const draw = () => {
      sheet.replaceChildren();
      for (const [name, ranges] of groups) {
        for (const range of ranges) {
          for (const rect of range.getClientRects()) {
            const box = layer.ownerDocument.createElement("div");
            box.className = `mark ${name}`;
            box.style.left = `${rect.left + view.scrollX}px`;
            box.style.top = `${rect.top + view.scrollY}px`;
            box.style.width = `${rect.width}px`;
            box.style.height = `${rect.height}px`;
            sheet.append(box);
          }
        }
      }
      follow();
    };
    /** Listens to scrolling and resizing only while there is something drawn. */
    const followPage = (on) => {
      if (on === following) return;
      following = on;
      const method = on ? "addEventListener" : "removeEventListener";
      view[method]("scroll", follow, { passive: true });
      view[method]("resize", draw, { passive: true });
    };
    return {
      set(name, ranges) {
        groups.set(name, ranges);
        followPage([...groups.values()].some((group) => group.length > 0));
        draw();
      },
      clear() {
        groups.clear();
        followPage(false);
        draw();
      },
    };
  }

  /** A highlighter for the page of `view`; `layer` holds the fallback's boxes. */
  function create(view, layer) {
    const marks = hasHighlightApi() ? registryMarks() : overlayMarks(layer, view);
    let flashTimer = 0;
    return {
      /** Marks exactly `ranges` as the summary (an empty list removes the marks). */
      show(ranges) {
        marks.set(SUMMARY, ranges, 0);
      },
      /** Scrolls `range` into view and flashes it for a moment. */
      flash(range) {
        const reduceMotion = view.matchMedia("(prefers-reduced-motion: reduce)").matches;
        range.startContainer.parentElement?.scrollIntoView({ block: "center", behavior: reduceMotion ? "auto" : "smooth" });
        marks.set(FLASH, [range], 1);
        view.clearTimeout(flashTimer);
        flashTimer = view.setTimeout(() => marks.set(FLASH, [], 1), FLASH_MS);
      },
      /** Removes every mark and listener. */
      clear() {
        view.clearTimeout(flashTimer);
        marks.clear();
      },
    };
  }

  globalThis.SiftHighlight = Object.freeze({ create });
})();
