/**
 * The panel's text is what the core reports put into words for the reader: the names of the
 * scoring signals, the facts line (site, byline, date) and the notes.
 *
 * The core speaks in plain English identifiers (src/score/signals.rs, src/extract); this module
 * maps the ones it knows to the interface's messages and shows anything newer readably as it came,
 * without asking `i18n` for a key that does not exist (Firefox logs every such miss as an error).
 */
(() => {
  if (globalThis.SiftPanelText) return;

  const { message } = globalThis.SiftPlatform;

  /** The core's signal names (`Signal::name` in src/score/signals.rs) → their message keys. */
  const SIGNAL_KEYS = new Map([
    ["opening sentence", "signal_opening"],
    ["early in the article", "signal_early"],
    ["position in the article", "signal_position"],
    ["near the top", "signal_top"],
    ["opens a paragraph", "signal_paragraph_start"],
    ["central to the article", "signal_centrality"],
    ["introduces what follows", "signal_introduces"],
    ["key terms", "signal_key_terms"],
    ["matches the title", "signal_title"],
    ["echoes the opening", "signal_echoes_opening"],
    ["length", "signal_length"],
    ["very short", "signal_short"],
    ["very long", "signal_long"],
    ["question", "signal_question"],
    ["quotation", "signal_quote"],
    ["page furniture", "signal_boilerplate"],
  ]);

  /**
   * The core's notes the interface has its own words for, by how the note starts
   * (src/extract/limits.rs, `SEVERAL_PAGES_NOTE` in src/extract/mod.rs). A note not recognised is
   * shown as the core wrote it.
   */
  const NOTE_KEYS = [
    { start: "page truncated", key: "noteTruncated" },
    { start: "several pages", key: "noteSeveralPages" },
  ];

  /** The language the core writes its notes and signal names in. */
  const CORE_LANGUAGE = "en";

  /**
   * The forms the core gives the date in (src/extract/dates.rs, `in_iso`): ISO 8601 as a day only,
   * shown as a day whatever the reader's time zone, or with a time of day (a "T" or a space between).
   * Any other form is a date the core could not read, shown as the page wrote it.
   */
  const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;
  const DAY_AND_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?$/;
  /** Midnight on the dot is what sites write when they only know the day. */
  const MIDNIGHT = /^00:00(?::00(?:\.0+)?)?$/;

  /** What the reader sees for the signal `name`: its message, or the name itself, capitalized. */
  function signalLabel(name) {
    const key = SIGNAL_KEYS.get(name);
    if (key) return { text: message(key) };
    const readable = String(name).replace(/[_-]+/g, " ").replace(/\s+/g, " ").trim();
    return { text: readable.charAt(0).toUpperCase() + readable.slice(1), lang: CORE_LANGUAGE };
  }

  /** A core note in the interface's words when Sift knows the case, else as written (in English). */
  function noteText(note) {
    const lowered = String(note).trim().toLowerCase();
    const known = NOTE_KEYS.find(({ start }) => lowered.startsWith(start));
    return known ? { text: message(known.key) } : { text: String(note), lang: CORE_LANGUAGE };
  }

  /**
   * The facts line of `summary`: site, byline (left out when it only repeats the site's name) and
   * date. Each is `{text, kind: "name" | "date", datetime?}` (`datetime`: the ISO date when read).
   */
  function facts(summary) {
    const site = clean(summary.site_name);
    const byline = clean(summary.byline);
    const shown = [];
    if (site) shown.push({ text: site, kind: "name" });
    if (byline && !sameName(byline, site)) shown.push({ text: byline, kind: "name" });
    const published = clean(summary.published);
    if (published) {
      const readable = readableDate(published, summary.lang);
      shown.push({ text: readable ?? published, kind: "date", datetime: readable ? published : undefined });
    }
    return shown;
  }

  function clean(text) {
    return typeof text === "string" ? text.replace(/\s+/g, " ").trim() : "";
  }

  function sameName(a, b) {
    const fold = (text) => text.normalize("NFKC").toLowerCase();
    return Boolean(b) && fold(a) === fold(b);
  }

  /**
   * `published` as the article's readers write dates: the day, and the time of day when the page
   * gives one (in the reader's time zone); null for a form that is not ISO 8601 (shown as written).
   */
  function readableDate(published, lang) {
    const locale = dateLocale(lang);
    if (DAY_ONLY.test(published)) return formatDay(published, locale);
    const parts = DAY_AND_TIME.exec(published);
    if (!parts) return null;
    const [, day, time, zone] = parts;
    if (MIDNIGHT.test(time)) return formatDay(day, locale);
    const instant = new Date(`${day}T${time}${zone ? zone.replace(/^([+-]\d{2})(\d{2})$/, "$1:$2") : ""}`);
    if (Number.isNaN(instant.getTime())) return null;
    return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short" }).format(instant);
  }

  function formatDay(day, locale) {
    const instant = new Date(`${day}T00:00:00Z`);
    if (Number.isNaN(instant.getTime())) return null;
    return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(instant);
  }

  /** The article's language when `Intl` knows it, else the interface's. */
  function dateLocale(lang) {
    try {
      if (lang && lang !== "und" && Intl.DateTimeFormat.supportedLocalesOf(lang).length > 0) return lang;
    } catch {
      // Not a well-formed language tag.
    }
    return message("uiLanguage");
  }

  globalThis.SiftPanelText = Object.freeze({ signalLabel, noteText, facts });
})();
