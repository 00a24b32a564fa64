/**
 * The options are the reader's settings, kept in `storage.sync`; they hold no page text, ever.
 *
 * This module names each option, its default and its allowed values, and reads them with the
 * defaults filled in. A classic script shared by the background, the content scripts and the
 * options page.
 */
(() => {
  if (globalThis.SiftOptions) return;

  /** The allowed range of the default summary length, in sentences. */
  const LENGTH_MIN = 1;
  const LENGTH_MAX = 10;

  const DEFAULTS = Object.freeze({
    /** Sentences in a summary when the panel opens (3: what a reader takes in at a glance). */
    length: 3,
    /** Mark the chosen sentences in the page when the panel opens. */
    highlight: true,
    /**
     * The side of the window the panel stands on: "auto" is where the article's lines end (right for
     * a left-to-right article, left for a right-to-left one), so that the panel covers the ends of
     * lines, not their starts; "right" and "left" are the reader's own choice, kept as stored.
     */
    side: "auto",
    /** "auto" follows the system's light or dark scheme. */
    theme: "auto",
    /** "small", "medium" or "large". */
    fontSize: "medium",
  });

  const CHOICES = Object.freeze({
    side: ["auto", "right", "left"],
    theme: ["auto", "light", "dark"],
    fontSize: ["small", "medium", "large"],
  });

  /** `stored` with every missing or invalid value replaced by its default. */
  function normalize(stored) {
    const options = { ...DEFAULTS };
    if (!stored) return options;
    const length = Number(stored.length);
    if (Number.isInteger(length) && length >= LENGTH_MIN && length <= LENGTH_MAX) options.length = length;
    if (typeof stored.highlight === "boolean") options.highlight = stored.highlight;
    for (const [key, allowed] of Object.entries(CHOICES)) {
      if (allowed.includes(stored[key])) options[key] = stored[key];
    }
    return options;
  }

  /** The reader's options, defaults filled in. */
  async function load(storage) {
    try {
      return normalize(await storage.sync.get(Object.keys(DEFAULTS)));
    } catch {
      return normalize(null);
    }
  }

  globalThis.SiftOptions = Object.freeze({ DEFAULTS, CHOICES, LENGTH_MIN, LENGTH_MAX, normalize, load });
})();
