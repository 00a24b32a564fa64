/**
 * The panel's words for the core's facts (extension/content/panel-text.js), run in Node as the
 * content script runs them: the date the core gives in ISO 8601 (src/extract/dates.rs, `in_iso`, which
 * reads the forms pages write) becomes a date worded for the reader, kept whole for `<time datetime>`;
 * a date the core could not read is shown as the page wrote it. The interface's messages are
 * English's (`_locales/en`).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { fileURLToPath } from "node:url";

const EXTENSION = path.join(path.dirname(fileURLToPath(import.meta.url)), "../extension");
const ENGLISH = JSON.parse(fs.readFileSync(path.join(EXTENSION, "_locales/en/messages.json"), "utf8"));

/** panel-text.js in a realm of its own, its messages read from the English locale, the reader in UTC. */
function panelText() {
  const realm = vm.createContext({ Intl, Date, SiftPlatform: { message: (key) => ENGLISH[key]?.message ?? "" } });
  vm.runInContext(fs.readFileSync(path.join(EXTENSION, "content/panel-text.js"), "utf8"), realm);
  return realm.SiftPanelText;
}

const dateOf = (published) => panelText().facts({ published, lang: "en" }).find((fact) => fact.kind === "date");

test("the dates the core gives, ISO 8601, are worded for the reader and kept for <time datetime>", () => {
  for (const [published, year] of [
    ["2021-01-03T17:40:00+02:00", "2021"],
    ["2018-06-19T05:50:00+0900", "2018"],
    ["2018-06-19", "2018"],
    ["2020-05-22T10:00Z", "2020"],
    ["2019-11-19 10:00:00.123", "2019"],
  ]) {
    const date = dateOf(published);
    assert.equal(date.datetime, published, published);
    assert.notEqual(date.text, published, `${published} is worded for the reader`);
    assert.match(date.text, new RegExp(year), `${published}: "${date.text}" names the year`);
  }
});

test("a date the core could not read is shown as the page wrote it", () => {
  for (const published of ["۱۳۹۹/۰۲/۲۱ - ۱۸:۵۹", "32.13.20", "11/19/2019 12:00:00", "2020-13-45T99:99"]) {
    const date = dateOf(published);
    assert.equal(date.text, published);
    assert.equal(date.datetime, undefined, published);
  }
});
