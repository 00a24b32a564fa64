/**
 * A locale is one folder of extension/_locales: the interface's messages in one language. Each must
 * be a complete twin of the default locale (en) that keeps every number the code substitutes, says
 * its own language and direction, and fits the stores' limits; and every key the code asks for must
 * exist, since a missing one shows the reader its bare name.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const EXTENSION = path.join(path.dirname(fileURLToPath(import.meta.url)), "../extension");
const LOCALES = path.join(EXTENSION, "_locales");
const DEFAULT_LOCALE = "en";

/** The Chrome Web Store's longest name and description (AMO allows more). */
const NAME_LIMIT = 45;
const DESCRIPTION_LIMIT = 132;

/** Scripts written right to left (ISO 15924), from which a language's direction follows. */
const RTL_SCRIPTS = new Set(["Adlm", "Arab", "Hebr", "Nkoo", "Rohg", "Syrc", "Thaa"]);

/** Latin punctuation that Arabic-script languages write in their own forms (، ؛ ؟). */
const LATIN_FOR_ARABIC_SCRIPT = /[,;?]/;

/** Arabic kaf, alef maksura and yeh, which Persian writes as its own ک and ی. */
const ARABIC_FOR_PERSIAN = /[\u0643\u0649\u064A]/;

/**
 * A substitution place: `$1`…`$9`. Any other `$` is a mistake: browsers read `$name$` as a
 * placeholder, and en defines none.
 */
const MARKER = /\$[1-9]/g;
const STRAY_DOLLAR = /\$(?![1-9])/;

const locales = fs
  .readdirSync(LOCALES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** The parsed messages.json of `locale`, or the parse error thrown (tested below). */
function catalogue(locale) {
  return JSON.parse(fs.readFileSync(path.join(LOCALES, locale, "messages.json"), "utf8"));
}

function markers(text) {
  return [...new Set(text.match(MARKER) ?? [])].sort();
}

/** The language tag a locale folder stands for: Chrome writes `zh_CN` for BCP 47's `zh-CN`. */
function tagOf(folder) {
  return folder.replaceAll("_", "-");
}

const en = catalogue(DEFAULT_LOCALE);
const enKeys = Object.keys(en).sort();

test("the default locale is among the locales and the manifest names it", () => {
  assert.ok(locales.includes(DEFAULT_LOCALE), `no ${DEFAULT_LOCALE} folder in ${LOCALES}`);
  const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION, "manifest.json"), "utf8"));
  assert.equal(manifest.default_locale, DEFAULT_LOCALE);
  assert.ok(locales.length > 1, "only the default locale was found");
});

for (const locale of locales) {
  test(`locale ${locale}`, async (t) => {
    let messages;
    await t.test("is valid JSON", () => {
      messages = catalogue(locale);
    });
    if (!messages) return;
    const text = (key) => messages[key]?.message;

    await t.test(`has exactly ${DEFAULT_LOCALE}'s keys`, () => {
      const keys = Object.keys(messages).sort();
      const missing = enKeys.filter((key) => !keys.includes(key));
      const extra = keys.filter((key) => !enKeys.includes(key));
      assert.deepEqual({ missing, extra }, { missing: [], extra: [] });
    });

    await t.test("every message is a non-empty string", () => {
      const empty = Object.keys(messages).filter((key) => typeof text(key) !== "string" || !text(key).trim());
      assert.deepEqual(empty, []);
    });

    await t.test(`keeps ${DEFAULT_LOCALE}'s substitution markers and placeholders`, () => {
      const differing = enKeys
        .filter((key) => typeof text(key) === "string")
        .filter((key) => markers(text(key)).join() !== markers(en[key].message).join())
        .map((key) => `${key}: [${markers(text(key))}] in ${JSON.stringify(text(key))}, [${markers(en[key].message)}] in en`);
      assert.deepEqual(differing, []);
      const stray = Object.keys(messages).filter((key) => STRAY_DOLLAR.test(text(key) ?? ""));
      assert.deepEqual(stray, [], "a `$` that is not `$1`…`$9`");
      const placeholders = enKeys.filter(
        (key) => messages[key] && JSON.stringify(messages[key].placeholders) !== JSON.stringify(en[key].placeholders),
      );
      assert.deepEqual(placeholders, [], `placeholders differ from ${DEFAULT_LOCALE}'s`);
    });

    await t.test("uiLanguage is the folder's language tag", () => {
      assert.equal(text("uiLanguage"), tagOf(locale));
      assert.deepEqual(Intl.getCanonicalLocales(text("uiLanguage")), [text("uiLanguage")], "a canonical BCP 47 tag");
    });

    const script = new Intl.Locale(tagOf(locale)).maximize().script;
    await t.test(`uiDirection follows the language's script (${script})`, () => {
      assert.equal(text("uiDirection"), RTL_SCRIPTS.has(script) ? "rtl" : "ltr");
    });

    if (script === "Arab") {
      await t.test("Arabic script: its own comma, semicolon and question mark", () => {
        const latin = Object.keys(messages).filter((key) => LATIN_FOR_ARABIC_SCRIPT.test(text(key) ?? ""));
        assert.deepEqual(latin, []);
      });
    }
    if (locale === "fa") {
      await t.test("Persian: Persian yeh and kaf, not the Arabic letters", () => {
        const arabic = Object.keys(messages).filter((key) => ARABIC_FOR_PERSIAN.test(text(key) ?? ""));
        assert.deepEqual(arabic, []);
      });
    }

    await t.test(`name within ${NAME_LIMIT} and description within ${DESCRIPTION_LIMIT} characters`, () => {
      const length = (key) => [...(text(key) ?? "")].length;
      assert.ok(length("extensionName") <= NAME_LIMIT, `the name has ${length("extensionName")}`);
      const description = length("extensionDescription");
      assert.ok(description <= DESCRIPTION_LIMIT, `the description has ${description}`);
    });
  });
}

/** Every file of the extension the code's message keys can appear in (scripts, pages, the manifest). */
function codeFiles(dir = EXTENSION) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full === LOCALES ? [] : codeFiles(full);
    return /\.(js|html)$/.test(entry.name) || full === path.join(EXTENSION, "manifest.json") ? [full] : [];
  });
}

/** The string literals in `text` that can be message keys. */
function keyLiterals(text) {
  return [...text.matchAll(/(["'`])(\w+)\1/g)].map((match) => match[2]);
}

/** The first argument of each `message(…)` / `getMessage(…)` call in `source`: up to its `,` or `)`. */
function firstArguments(source) {
  const found = [];
  for (const call of source.matchAll(/\b(?:message|getMessage)\(/g)) {
    let depth = 0;
    let end = call.index + call[0].length;
    for (; end < source.length; end++) {
      const char = source[end];
      if ("([{".includes(char)) depth++;
      else if (")]}".includes(char)) {
        if (depth === 0) break;
        depth--;
      } else if (char === "," && depth === 0) break;
    }
    found.push(source.slice(call.index + call[0].length, end));
  }
  return found;
}

/**
 * The message keys `source` names, by how it names them: `__MSG_key__` (manifest, pages),
 * `data-i18n="key"` (pages filled by options.js), the literals in a `message(…)` call's first
 * argument (`message(copied ? "copied" : "copyFailed")` names two), and the tables named `*_KEYS`
 * that map something to a key, one entry a line with the key as the line's last string.
 */
function keysNamedIn(source) {
  const named = { msg: [], dataI18n: [], call: [], table: [] };
  for (const match of source.matchAll(/__MSG_(\w+?)__/g)) named.msg.push(match[1]);
  for (const match of source.matchAll(/\bdata-i18n="(\w+)"/g)) named.dataI18n.push(match[1]);
  for (const argument of firstArguments(source)) named.call.push(...keyLiterals(argument));
  for (const table of source.matchAll(/\bconst \w+_KEYS = ([\s\S]*?);\n/g)) {
    for (const line of table[1].split("\n")) {
      const literals = keyLiterals(line);
      if (literals.length > 0) named.table.push(literals.at(-1));
    }
  }
  return named;
}

/** Each file of the code with the keys it names, by the way it names them. */
const namedByFile = codeFiles().map((file) => ({
  file: path.relative(EXTENSION, file),
  named: keysNamedIn(fs.readFileSync(file, "utf8")),
}));

test(`every message key the code names exists in ${DEFAULT_LOCALE}`, () => {
  const missing = namedByFile.flatMap(({ file, named }) =>
    Object.values(named).flat().filter((key) => !Object.hasOwn(en, key)).map((key) => `${file}: ${key}`));
  assert.deepEqual(missing, []);
  // Each way of naming a key is in use today: finding none means the scan broke, not that all is well.
  for (const way of ["msg", "dataI18n", "call", "table"]) {
    assert.ok(namedByFile.some(({ named }) => named[way].length > 0), `no key found named by ${way}`);
  }
});

test(`every message of ${DEFAULT_LOCALE} is named by the code`, () => {
  const named = new Set(namedByFile.flatMap(({ named }) => Object.values(named).flat()));
  const unnamed = enKeys.filter((key) => !named.has(key));
  assert.deepEqual(unnamed, [], "messages no code asks for (or names in a way this scan does not know)");
});
