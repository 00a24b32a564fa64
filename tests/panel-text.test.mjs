/**
 * The panel's words for the core's facts (extension/content/panel-text.js), run in Node as the
 * content script runs them: the date a page writes, in any of the forms the panel reads, becomes a
 * date worded for the reader with its ISO 8601 form for `<time datetime>`; any other form is shown
 * as the page wrote it. The interface's messages are English's (`_locales/en`).
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

test("dates in the forms pages write are worded for the reader, with their ISO 8601 form", () => {
  for (const [published, iso, year] of [
    ["2021-01-03T17:40:00+02:00", "2021-01-03T17:40:00+02:00", "2021"],
    ["20180619T055000+0900", "2018-06-19T05:50:00+0900", "2018"],
    ["20180619", "2018-06-19", "2018"],
    ["2021-01-03T17:40:00EET", "2021-01-03T17:40:00", "2021"],
    ["2020-05-22 10:00 GMT", "2020-05-22T10:00Z", "2020"],
    ["18:27 , 22.05.20", "2020-05-22T18:27", "2020"],
    ["3.10.2019 | 9:05", "2019-10-03T09:05", "2019"],
  ]) {
    const date = dateOf(published);
    assert.equal(date.datetime, iso, published);
    assert.notEqual(date.text, published, `${published} is worded for the reader`);
    assert.match(date.text, new RegExp(year), `${published}: "${date.text}" names the year`);
  }
});

test("a date in another form is shown as the page wrote it", () => {
  for (const published of ["۱۳۹۹/۰۲/۲۱ - ۱۸:۵۹", "32.13.20", "22.05.20 and more", "May 22, 2020"]) {
    const date = dateOf(published);
    assert.equal(date.text, published);
    assert.equal(date.datetime, undefined, published);
  }
});
