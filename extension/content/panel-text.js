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

  /** A date written as a day only: shown as a day, whatever the reader's time zone. */
  const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;
  /** A date with a time of day (ISO 8601 or the common space-separated form). */
  const DAY_AND_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?$/;
  /**
   * Other forms pages write the date in, read as ISO 8601 before it is worded: the basic form
   * ("20180619T055000+0900"), a time with a zone's abbreviation ("2021-01-03T17:40:00EET": left out
   * but UTC's and GMT's, since abbreviations are ambiguous, so the time stays the page's clock time),
   * and a day first between dots, perhaps with a time ("18:27 , 22.05.20"; a two-digit year is of
   * this century).
   */
  const BASIC_FORM = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{2}:?\d{2})?)?$/;
  const ZONE_NAME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)\s*([A-Z]{2,5})$/;
  const DOTTED_DAY = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})\.?$/;
  const CLOCK = /^(\d{1,2}):(\d{2})$/;
  const SEPARATORS = /[\s,|·-]+/;
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
      const iso = isoDate(published) ?? published;
      const readable = readableDate(iso, summary.lang);
      shown.push({ text: readable ?? published, kind: "date", datetime: readable ? iso : undefined });
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

  /** `published` in ISO 8601 when it is one of the other forms read here (`BASIC_FORM` …), else null. */
  function isoDate(published) {
    const basic = BASIC_FORM.exec(published);
    if (basic) {
      const [, year, month, day, hour, minute, second, zone = ""] = basic;
      const time = hour ? `T${hour}:${minute}${second ? `:${second}` : ""}${zone}` : "";
      return `${year}-${month}-${day}${time}`;
    }
    const named = ZONE_NAME.exec(published);
    if (named) return `${named[1]}T${named[2]}${/^(UTC|GMT)$/.test(named[3]) ? "Z" : ""}`;
    let day = null;
    let clock = null;
    for (const token of published.split(SEPARATORS).filter(Boolean)) {
      const [dotted, time] = [DOTTED_DAY.exec(token), CLOCK.exec(token)];
      if (dotted && !day) day = dotted;
      else if (time && !clock) clock = time;
      else return null;
    }
    if (!day) return null;
    const two = (digits) => digits.padStart(2, "0");
    const year = day[3].length === 2 ? `20${day[3]}` : day[3];
    return `${year}-${two(day[2])}-${two(day[1])}${clock ? `T${two(clock[1])}:${clock[2]}` : ""}`;
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
