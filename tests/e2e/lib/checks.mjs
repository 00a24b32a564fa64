/**
 * Assertions shared by the Chromium and Firefox suites, so that both browsers are held to the same bar.
 */
import assert from "node:assert/strict";

/** The fewest sentences a summary of the sample article shows (its default length is 3). */
const MIN_SAMPLE_SENTENCES = 2;

/**
 * Every sentence the panel shows is a sentence of the article body of the sample page, and none
 * comes from its furniture (menu, related news, comments, captions, date line, headlines, share
 * buttons, footer). `parts` is what `sampleParts()` read in the page.
 */
export function assertOnlyArticleSentences(sentences, { paragraphs, furniture }) {
  assert.ok(paragraphs.length >= 5, `the sample page has its article paragraphs (${paragraphs.length})`);
  assert.ok(sentences.length >= MIN_SAMPLE_SENTENCES, `the panel shows ${sentences.length} sentences`);
  for (const { text } of sentences) {
    const sentence = text.replace(/\s+/g, " ").trim();
    assert.ok(sentence.length > 0, "an empty sentence");
    assert.ok(paragraphs.some((paragraph) => paragraph.includes(sentence)), `not a sentence of the article body: ${sentence}`);
    for (const [part, texts] of Object.entries(furniture)) {
      for (const piece of texts) {
        assert.ok(!piece.includes(sentence) && !sentence.includes(piece), `a sentence from the ${part}: ${sentence}`);
      }
    }
  }
  const ranks = sentences.map((s) => s.rank);
  assert.equal(new Set(ranks).size, ranks.length, `ranks repeat: ${ranks}`);
}

/** Only the loopback test server and the extension's own pages were requested. */
export function assertOnlyLocalRequests(urls, extensionSchemes) {
  assert.ok(urls.length > 0, "no request was recorded at all: the recorder is broken");
  const foreign = urls.filter((url) => {
    const { protocol, hostname } = new URL(url);
    if (extensionSchemes.includes(protocol) || protocol === "data:" || protocol === "blob:") return false;
    return !((protocol === "http:" || protocol === "https:") && hostname === "127.0.0.1");
  });
  assert.deepEqual(foreign, [], "requests outside 127.0.0.1 and the extension");
}

/**
 * Summaries by length (`byLength[k]` the sentences shown at length k+1) are nested, in document
 * order: moving the length control never reshuffles. `pageText` gives document order.
 */
export function assertNested(byLength, pageText) {
  assert.ok(byLength.length >= 2, `the length control offers ${byLength.length} lengths`);
  byLength.forEach((shown, k) => {
    assert.equal(shown.length, k + 1, `length ${k + 1} shows ${shown.length} sentences`);
    if (k > 0) {
      const previous = byLength[k - 1];
      assert.ok(previous.every((s) => shown.includes(s)), `length ${k} is not inside length ${k + 1}`);
      assert.deepEqual(shown.filter((s) => previous.includes(s)), previous, `length ${k + 1} reorders length ${k}`);
    }
    const positions = shown.map((s) => pageText.indexOf(s.replace(/\s+/g, " ")));
    assert.ok(positions.every((p) => p >= 0), "a shown sentence is not in the page");
    assert.deepEqual([...positions].sort((a, b) => a - b), positions, `length ${k + 1} is not in document order`);
  });
}

/**
 * The facts line dates the article with the date the page publishes (`published`, ISO 8601), written
 * for a reader (content/panel-text.js): a readable form that names the year.
 */
export function assertReadableDate(date, published) {
  assert.equal(date?.datetime, published, "the facts line dates the article");
  assert.notEqual(date.text, published, "the date is written for a reader, not as ISO 8601");
  assert.match(date.text, new RegExp(`${published.slice(0, 4)}|${toArabicIndic(published.slice(0, 4))}`), `"${date.text}" names the year`);
}

/** The panel's reading times are counted minutes (Latin or Arabic-Indic digits), never NaN. */
export function assertReadingTime(text) {
  assert.match(text ?? "", /[\d\u0660-\u0669\u06F0-\u06F9]/, `"${text}" counts the minutes`);
  assert.doesNotMatch(text, /NaN|undefined|Infinity/, text);
}

function toArabicIndic(digits) {
  return digits.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
}

/**
 * The panel summarizes story `index` of `STORIES` (tests/e2e/lib/pages.mjs) alone: its headline, its
 * date, and sentences that all name its topic and no other story's.
 */
export function assertOneStory(panel, stories, index) {
  const { topic, headline } = stories[index];
  assert.equal(panel.state, "ready", JSON.stringify(panel.message));
  assert.equal(panel.title, headline, "the panel's headline is the story's");
  assert.equal(panel.date?.datetime, `2024-05-0${index + 1}`, "the panel's date is the story's");
  assert.ok(panel.sentences.length >= 2, `the panel shows ${panel.sentences.length} sentences`);
  const others = stories.map((story) => story.topic).filter((other) => other !== topic);
  for (const { text } of panel.sentences) {
    assert.ok(text.includes(topic) && others.every((other) => !text.includes(other)), `a sentence of another story: ${text}`);
  }
}
