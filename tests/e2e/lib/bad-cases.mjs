/**
 * The bad situations of issue 6, item 6, that both browsers are put in: a core that fails (a copy of
 * the built extension whose wasm is cut short) and articles in languages Sift knows little of. The
 * expected words come from the extension's own English messages, which both browsers run in here.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import assert from "node:assert/strict";

/**
 * Bytes of `core/sift_bg.wasm` the broken copy keeps: the module's header and the start of its first
 * section, so that the file exists and is served, and compiling it fails.
 */
const KEPT_WASM_BYTES = 1_000;

/**
 * A copy of the unpacked extension at `extensionDir` in a temporary folder, with its core cut short:
 * `{ dir, remove }`. Nothing else differs, so what the panel shows is the core's failure.
 */
export function brokenCoreCopy(extensionDir) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sift-e2e-broken-core-"));
  fs.cpSync(extensionDir, dir, { recursive: true });
  const wasm = path.join(dir, "core/sift_bg.wasm");
  assert.ok(fs.statSync(wasm).size > KEPT_WASM_BYTES, "the built core is larger than what the copy keeps");
  fs.truncateSync(wasm, KEPT_WASM_BYTES);
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** The extension's English message `key` (its `_locales/en/messages.json`). */
export function englishMessage(extensionDir, key) {
  const messages = JSON.parse(fs.readFileSync(path.join(extensionDir, "_locales/en/messages.json"), "utf8"));
  const text = messages[key]?.message;
  assert.ok(text, `no English message ${key}`);
  return text;
}

/** A short article page: `lang` on <html> when given, a headline and one paragraph a sentence. */
function articlePage({ lang, title, paragraphs }) {
  const langAttribute = lang ? ` lang="${lang}"` : "";
  return `<!doctype html><html${langAttribute}><head><meta charset="utf-8"><title>${title}</title></head><body>
<article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}</article></body></html>`;
}

/**
 * Articles in languages with little support, written for these tests (one news story, told in each):
 * - Swahili, declared `sw`: Latin script, but no stemmer and no stop words in the core;
 * - Sinhala, undeclared: a script the core's language detector does not know, so the article's
 *   language is `und` and the content script adds its "little known language" note.
 * `note`: whether the panel is expected to show that note.
 */
export const LANGUAGE_CASES = [
  {
    name: "Swahili",
    file: "swahili.html",
    declared: "sw",
    note: false,
    title: "Serikali yatangaza mpango wa barabara",
    paragraphs: [
      "Serikali ya Kenya imetangaza mpango mpya wa kujenga barabara katika kaunti kumi na mbili mwaka huu.",
      "Waziri wa uchukuzi alisema kwamba kazi hiyo itaanza mwezi ujao na itachukua miaka miwili.",
      "Wakazi wa vijijini wamefurahia habari hiyo kwa sababu barabara nyingi huharibika wakati wa mvua.",
      "Hata hivyo, baadhi ya wabunge walihoji jinsi fedha za mradi huo zitakavyopatikana.",
      "Ripoti kamili ya bajeti inatarajiwa kuwasilishwa bungeni wiki ijayo.",
    ],
  },
  {
    name: "Sinhala",
    file: "sinhala.html",
    declared: null,
    note: true,
    title: "නව මාර්ග සැලැස්ම",
    paragraphs: [
      "ශ්‍රී ලංකා රජය මෙම වසරේ නව මාර්ග ඉදිකිරීමේ සැලැස්මක් ප්‍රකාශයට පත් කළේය.",
      "ප්‍රවාහන ඇමතිවරයා පැවසුවේ වැඩ ලබන මාසයේ ආරම්භ වන බවයි.",
      "ග්‍රාමීය ප්‍රදේශවල වැසියන් මෙම පුවත ගැන සතුටු වූහ.",
      "කෙසේ වෙතත් සමහර මන්ත්‍රීවරුන් මුදල් ලැබෙන්නේ කොහෙන්ද යන්න ප්‍රශ්න කළහ.",
      "සම්පූර්ණ අයවැය වාර්තාව ලබන සතියේ පාර්ලිමේන්තුවට ඉදිරිපත් කෙරේ.",
    ],
  },
];

/** The language pages, by file name, for the test pages' server. */
export const LANGUAGE_PAGES = Object.fromEntries(LANGUAGE_CASES.map((c) => [c.file, articlePage({ lang: c.declared, ...c })]));

/** (In the panel.) The notes the panel shows, as texts. */
export function panelNotes(root) {
  return [...root.querySelectorAll(".notes li")].map((li) => li.textContent.trim());
}

/**
 * What the panel must show for `languageCase`: a summary of sentences of the article, and the
 * language note exactly when the case expects it. `panel` is `readPanel`'s answer, `notes`
 * `panelNotes`'s, `noteText` the extension's English `noteLanguage`.
 */
export function assertLanguageCase(languageCase, panel, notes, noteText) {
  assert.equal(panel.state, "ready", `${languageCase.name}: ${JSON.stringify(panel.message)}`);
  assert.ok(panel.sentences.length >= 2, `${languageCase.name}: ${panel.sentences.length} sentences`);
  for (const { text } of panel.sentences) {
    assert.ok(languageCase.paragraphs.includes(text), `${languageCase.name}: not a sentence of the article: ${text}`);
  }
  assert.equal(notes.includes(noteText), languageCase.note, `${languageCase.name}: the language note (notes: ${JSON.stringify(notes)})`);
}
