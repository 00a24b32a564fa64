/**
 * The panel as a test reads it: functions that run against the panel's (closed) shadow root in the
 * page, the same in every browser. Each is self-contained, because it is sent to the browser as text.
 * The names follow the panel's contract (extension/panel): `aside.sift`, `li.sentence`, `button.close`…
 */

/** The tag of the element that hosts the panel's shadow root. */
import { waitFor } from "./env.mjs";

export const HOST_TAG = "sift-panel";
export const HOST_ID = "sift-panel-host";

/** Everything a test asserts about the open panel, as plain data. */
export function readPanel(root) {
  const aside = root.querySelector("aside.sift");
  if (!aside) return { present: false };
  const text = (selector) => aside.querySelector(selector)?.textContent.trim() ?? null;
  const message = aside.querySelector(".message[data-code]");
  return {
    present: true,
    state: aside.dataset.state,
    role: aside.getAttribute("role"),
    label: aside.getAttribute("aria-label"),
    dir: aside.getAttribute("dir"),
    lang: aside.getAttribute("lang"),
    title: text("h2.title"),
    // The sentence's own text (the item also holds its "why" button and, once opened, the detail).
    sentences: [...aside.querySelectorAll("li.sentence")].map((li) => ({
      text: (li.querySelector(".text") ?? li).textContent.trim(),
      rank: Number(li.dataset.rank),
    })),
    keywords: text(".keywords"),
    // The facts line's date: as the reader reads it, and the machine-readable date it stands for.
    date: (() => {
      const time = aside.querySelector(".facts time");
      return time ? { text: time.textContent.trim(), datetime: time.dateTime } : null;
    })(),
    readingTime: text(".reading-time"),
    message: message ? { code: message.dataset.code, text: message.textContent.trim() } : null,
    length: (() => {
      const range = aside.querySelector("input.length");
      return range ? { value: Number(range.value), min: Number(range.min), max: Number(range.max), type: range.type } : null;
    })(),
    highlight: aside.querySelector("input.highlight")?.checked ?? null,
    theme: aside.dataset.theme ?? null,
    font: aside.dataset.font ?? null,
    side: aside.dataset.side ?? null,
  };
}

/**
 * Which side of the window the panel stands on ("left" or "right": the nearer edge), with its
 * rectangle and the window's size.
 */
export function placement(root) {
  const { left, right, top, bottom } = root.querySelector("aside.sift").getBoundingClientRect();
  const width = document.documentElement.clientWidth;
  return { side: left < width - right ? "left" : "right", left, right, top, bottom, width, height: innerHeight };
}

/**
 * Scrolls the panel's content to its end and says whether the close button is still in view there:
 * inside the window and the panel, and the element on top at its centre (not covered by content).
 */
export function closeAfterScrollToEnd(root) {
  const aside = root.querySelector("aside.sift");
  aside.scrollTop = aside.scrollHeight;
  const close = root.querySelector("button.close").getBoundingClientRect();
  const panel = aside.getBoundingClientRect();
  const hit = root.elementFromPoint(close.left + close.width / 2, close.top + close.height / 2);
  return {
    scrolled: aside.scrollTop,
    overflow: aside.scrollHeight - aside.clientHeight,
    inWindow: close.top >= 0 && close.left >= 0 && close.bottom <= innerHeight && close.right <= document.documentElement.clientWidth,
    inPanel: close.top >= panel.top && close.bottom <= panel.bottom,
    onTop: Boolean(hit?.closest("button.close")),
  };
}

/**
 * The first open "why" detail as drawn: each signal's value as written, whether it lowers the score,
 * and how its gauge and value are painted; and where the detail's heading text stands in its box
 * (px from the box's left and right edges).
 */
export function whyDrawn(root) {
  const detail = root.querySelector("li.sentence .why-detail");
  if (!detail) return null;
  const values = [...detail.querySelectorAll("dd.value")];
  const gauges = [...detail.querySelectorAll(".gauge")];
  const heading = detail.querySelector("p");
  const text = document.createRange();
  text.selectNodeContents(heading);
  const [box, words] = [heading.getBoundingClientRect(), text.getBoundingClientRect()];
  return {
    signals: values.map((dd, i) => {
      const gauge = getComputedStyle(gauges[i]);
      return {
        value: dd.textContent,
        negative: dd.classList.contains("negative"),
        valueColor: getComputedStyle(dd).color,
        gauge: `${gauge.backgroundColor} ${gauge.backgroundImage} ${gauge.boxShadow}`,
      };
    }),
    heading: { dir: getComputedStyle(heading).direction, fromLeft: words.left - box.left, fromRight: box.right - words.right },
  };
}

/**
 * Where to click the first element matching `selector` in the panel (scrolled into view): its
 * first line box, since the middle of a text's bounding box may fall between its lines.
 */
export function rectOf(root, selector) {
  const element = root.querySelector(selector);
  if (!element) return null;
  element.scrollIntoView({ block: "nearest" });
  const { x, y, width, height } = element.getClientRects()[0] ?? element.getBoundingClientRect();
  return { x, y, width, height };
}

/** A short description of the element that has focus inside the panel (null when focus is outside). */
export function focusedInPanel(root) {
  const element = root.activeElement;
  if (!element) return null;
  return { tag: element.tagName.toLowerCase(), className: String(element.className), type: element.getAttribute("type") };
}

/** Sets the length control to `value` as a reader would, firing `input` and `change`. */
export function setLength(root, value) {
  const range = root.querySelector("input.length");
  range.value = String(value);
  range.dispatchEvent(new Event("input", { bubbles: true }));
  range.dispatchEvent(new Event("change", { bubbles: true }));
  return Number(range.value);
}

/** The page's state that closing the panel must restore: the DOM and the highlight registry. */
export function pageState() {
  return {
    html: document.documentElement.outerHTML,
    highlights: globalThis.CSS?.highlights ? CSS.highlights.size : null,
    host: document.getElementById("sift-panel-host") !== null,
  };
}

/**
 * (In the page.) Selects the sample page's fourth and fifth paragraphs of the story, as a reader's
 * drag would, and returns the selection's text.
 */
export function selectSampleParagraphs() {
  const paragraphs = document.querySelectorAll("article .field-name-body p");
  const range = document.createRange();
  range.setStartBefore(paragraphs[3]);
  range.setEndAfter(paragraphs[4]);
  getSelection().removeAllRanges();
  getSelection().addRange(range);
  return getSelection().toString();
}

/** (In the page.) Selects the whole page, as Ctrl+A would, and returns the selection's text. */
export function selectWholePage() {
  getSelection().selectAllChildren(document.body);
  return getSelection().toString();
}

/**
 * A German selection to summarize with the interface in English: the panel's heading for it,
 * "Selected text", shares the word "Text" with one sentence, which a title would favour.
 */
export const GERMAN_SELECTION = Object.freeze({
  lang: "de",
  blocks: [
    "Der Stadtrat von Freiburg hat am Montag einen neuen Haushalt für das kommende Jahr beschlossen.",
    "Die Stadt will mehr Geld für Schulen, Radwege und den Ausbau der Straßenbahn ausgeben.",
    "Der Text des Beschlusses wird in der kommenden Woche im Amtsblatt veröffentlicht.",
    "Die Opposition kritisierte die hohen Ausgaben und forderte Einsparungen bei der Verwaltung.",
    "Der Oberbürgermeister verteidigte den Haushalt als Investition in die Zukunft der Stadt.",
    "Die nächste Sitzung des Stadtrats findet im März statt.",
  ].map((text) => ["p", text]),
});

/**
 * An Arabic selection with subheadings: written without closing punctuation, in a script without
 * capitals, only their elements set them apart from the paragraphs under them.
 */
export const ARABIC_SELECTION = Object.freeze({
  lang: "ar",
  blocks: [
    ["p", "افتتحت وزارة الثقافة اليوم متحفا جديدا للتراث في المدينة القديمة بحضور عدد كبير من الزوار."],
    ["p", "ويضم المتحف أكثر من ألف قطعة أثرية جمعت من مختلف مناطق البلاد خلال عشرين عاما."],
    ["h2", "إقبال كبير في اليوم الأول"],
    ["p", "زار المتحف أكثر من ألف شخص في يومه الأول، وامتدت الطوابير أمام مدخله حتى المساء."],
    ["p", "وقال مدير المتحف إن الدخول سيبقى مجانيا حتى نهاية الشهر."],
    ["h2", "خطط للتوسع"],
    ["p", "تعتزم الوزارة افتتاح جناح جديد للمخطوطات النادرة في العام المقبل."],
  ],
});

/** The texts of a selection's paragraphs (`GERMAN_SELECTION`, `ARABIC_SELECTION`), in order. */
export const paragraphsOf = ({ blocks }) => blocks.filter(([tag]) => tag === "p").map(([, text]) => text);

/**
 * (In the page.) Appends the `blocks` of a selection (`[tag, text]` pairs) as a section in `lang`, and
 * selects it: the selection's text.
 */
export function appendAndSelect({ lang, blocks }) {
  const section = document.createElement("section");
  section.lang = lang;
  for (const [tag, text] of blocks) section.appendChild(document.createElement(tag)).textContent = text;
  document.body.append(section);
  getSelection().selectAllChildren(section);
  return getSelection().toString();
}

/**
 * (In the page.) The article's paragraphs and the page's furniture on the sample page, as texts with
 * white space collapsed: what a summary may quote, and what it must never quote.
 */
export function sampleParts() {
  const text = (element) => element.textContent.replace(/\s+/g, " ").trim();
  const all = (selector) => [...document.querySelectorAll(selector)].map(text).filter(Boolean);
  return {
    paragraphs: all("article p"),
    furniture: {
      menu: all("nav, .top-bar, .breaking-news, .breadcrumb"),
      related: all(".block-related-news li"),
      comments: all(".block-facebook-comments"),
      captions: all("figcaption"),
      dateLine: all("article .node-meta"),
      headlines: all("h1, h2"),
      share: all(".share-buttons, .node-tags"),
      footer: all("footer"),
    },
  };
}

/** (In the page.) The publication date the page declares in its `article:published_time` meta tag. */
export function declaredPublication() {
  return document.querySelector('meta[property="article:published_time"]')?.content ?? null;
}

/**
 * (In Node.) Waits until the panel, as `read()` reports it with `readPanel`, has left the loading
 * state, and returns what it shows; on a timeout, says what it showed last.
 */
export async function untilSettled(read) {
  let seen;
  return waitFor(async () => {
    seen = await read();
    return seen?.present && seen.state !== "loading" ? seen : null;
  }, "the panel to be ready").catch((error) => {
    throw new Error(`${error.message}; the panel showed: ${JSON.stringify(seen)}`);
  });
}
