// The playground: text or a whole HTML page in, Sift's summary out, computed in this tab by the same wasm
// core as the extension (core/sift.js). HTML is parsed with DOMParser (scripts never run) and read with the
// content script's snapshot taker (snapshot.js); every piece of page text is written with textContent.
//
// For tests: <body data-state> is "loading", then "ready", "working", "done" or "error";
// `?sample=samples/x.html` loads a page of this site and summarizes it.

const $ = (id) => document.getElementById(id);
const ui = {
  input: $("input"), file: $("file"), drop: $("drop"), kind: $("kind"), lang: $("lang"), run: $("summarize"),
  status: $("status"), result: $("result"), title: $("title"), facts: $("facts"), length: $("length"),
  lengthLabel: $("length-label"), summary: $("summary"), keywords: $("keywords"), article: $("article"),
  whyEmpty: $("why-empty"), whyBody: $("why-body"), whyText: $("why-text"), whyRank: $("why-rank"),
  whyTable: $("why-table"), notes: $("notes"),
};

/** The summary on show, and the sentence spans of the article view (same order as its sentences). */
let shown = null;
let spans = [];

function setState(state, message) {
  document.body.dataset.state = state;
  ui.status.textContent = message;
  ui.status.classList.toggle("error", state === "error");
}

async function loadCore() {
  try {
    const core = await import("./core/sift.js");
    await core.default();
    return core;
  } catch (failure) {
    setState("error", "The wasm core is not here. Build it with `bash .ci/build` and serve dist/www " +
      `(node tests/server.mjs does). (${failure.message})`);
    return null;
  }
}

const core = await loadCore();
if (core) setState("ready", "Ready: paste an article or a page, or drop a file.");

/** True when `source` reads as markup rather than prose. */
function looksLikeHtml(source) {
  return /^\s*</.test(source) && /<\/?(html|body|head|div|p|article|main|section|h1|span)\b/i.test(source);
}

/** The summary of whatever is in the input box, through summarizePage or summarizeText. */
function summarizeInput(url) {
  const source = ui.input.value;
  const kind = ui.kind.value === "auto" ? (looksLikeHtml(source) ? "html" : "text") : ui.kind.value;
  const lang = ui.lang.value || undefined;
  if (kind === "text") return core.summarizeText(source, lang, undefined, undefined);
  if (!globalThis.SiftSnapshot) throw { code: "no_snapshot", message: "snapshot.js is missing: run `bash .ci/build`." };
  const page = new DOMParser().parseFromString(source, "text/html");
  if (lang && !page.documentElement.lang) page.documentElement.lang = lang;
  const snapshot = globalThis.SiftSnapshot.take(page);
  if (url) snapshot.url = url;
  return core.summarizePage(snapshot, undefined);
}

function run(url) {
  if (!core) return;
  if (!ui.input.value.trim()) return setState("error", "Nothing to summarize yet: paste some text or a page.");
  setState("working", "Summarizing…");
  const started = performance.now();
  let summary;
  try {
    summary = summarizeInput(url);
  } catch (failure) {
    ui.result.hidden = true;
    ui.summary.replaceChildren(); // no summary of an earlier input lingers behind the message
    const why = failure?.code === "no_article" ? "No article found: this looks like a page without a story (a form, a list of links, …)." : failure?.message ?? String(failure);
    return setState("error", `${why}${failure?.code ? ` [${failure.code}]` : ""}`);
  }
  render(summary);
  setState("done", `Summarized in ${Math.round(performance.now() - started)} ms.`);
}

/** Minutes to read `words` of `summary`'s article, at its language's silent reading rate (from the core). */
function minutes(words, summary) {
  return Math.max(1, Math.round(words / summary.words_per_minute));
}

/** Empties `element` and gives it the article's language and direction. */
function articleText(element, summary) {
  element.replaceChildren();
  element.lang = summary.lang;
  element.dir = summary.dir;
  return element;
}

function render(summary) {
  shown = summary;
  ui.result.hidden = false;
  articleText(ui.title, summary).textContent = summary.title || "(untitled)";
  // Site, byline and date as the panel words them (extension/content/panel-text.js), then the counts.
  const facts = globalThis.SiftPanelText.facts(summary);
  const toRead = minutes(summary.word_count, summary);
  facts.push(...[`language ${summary.lang} (${summary.dir})`, `${summary.word_count} words, about ${toRead} min to read`,
    `${summary.sentences.length} sentences`].map((text) => ({ text })));
  // Each fact isolated (<bdi>): an Arabic site name beside an English label must not reorder the line.
  ui.facts.replaceChildren();
  facts.forEach(({ text, datetime }, i) => {
    if (i) ui.facts.append(" · ");
    const fact = ui.facts.appendChild(document.createElement("bdi"));
    const date = datetime ? fact.appendChild(Object.assign(document.createElement("time"), { dateTime: datetime })) : fact;
    date.textContent = text;
  });

  articleText(ui.keywords, summary);
  for (const keyword of summary.keywords) {
    const chip = document.createElement("li");
    chip.textContent = keyword;
    ui.keywords.append(chip);
  }

  const scores = summary.sentences.map((s) => s.score);
  const low = Math.min(...scores);
  const spread = Math.max(...scores) - low || 1;
  articleText(ui.article, summary);
  spans = [];
  let paragraph = null;
  let block = -1;
  summary.sentences.forEach((sentence, index) => {
    if (sentence.block !== block) {
      block = sentence.block;
      paragraph = ui.article.appendChild(document.createElement("p"));
    } else {
      paragraph.append(" ");
    }
    const span = paragraph.appendChild(document.createElement("span"));
    span.className = "sentence";
    span.textContent = sentence.text;
    span.tabIndex = 0;
    span.setAttribute("role", "button");
    span.dataset.rank = sentence.rank;
    span.dataset.score = sentence.score.toFixed(4);
    span.style.setProperty("--shade", ((sentence.score - low) / spread).toFixed(3));
    span.addEventListener("click", () => explain(index));
    span.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        explain(index);
      }
    });
    spans.push(span);
  });

  ui.notes.replaceChildren(...summary.notes.map((note) => Object.assign(document.createElement("li"), { textContent: note })));
  ui.length.max = String(summary.offered);
  ui.length.value = String(summary.count);
  ui.whyBody.hidden = true;
  ui.whyEmpty.hidden = false;
  showLength(summary.count);
}

/** Shows the summary of `k` sentences: the `k` best, in document order (so each length holds the shorter ones). */
function showLength(k) {
  const chosen = shown.sentences.filter((s) => s.rank < k);
  articleText(ui.summary, shown);
  for (const sentence of chosen) {
    const item = ui.summary.appendChild(document.createElement("li"));
    item.textContent = sentence.text;
    item.dataset.rank = sentence.rank;
  }
  spans.forEach((span, i) => span.classList.toggle("chosen", shown.sentences[i].rank < k));
  const words = chosen.reduce((sum, s) => sum + s.words, 0);
  ui.lengthLabel.textContent = `${k} of ${shown.sentences.length} sentences · ${words} words · about ${minutes(words, shown)} min`;
}

/** Shows why sentence `index` scored as it did: each signal's contribution, as a signed bar. */
function explain(index) {
  const sentence = shown.sentences[index];
  spans.forEach((span, i) => span.classList.toggle("explained", i === index));
  ui.whyEmpty.hidden = true;
  ui.whyBody.hidden = false;
  articleText(ui.whyText, shown).textContent = sentence.text;
  ui.whyRank.textContent = `rank ${sentence.rank + 1} of ${shown.sentences.length} · score ${sentence.score.toFixed(3)} · ${sentence.words} words`;
  const largest = Math.max(...sentence.contributions.map((c) => Math.abs(c.value)), 1e-9);
  ui.whyTable.replaceChildren(...sentence.contributions.map(({ signal, value }) => {
    const row = document.createElement("tr");
    const bar = document.createElement("span");
    bar.className = value < 0 ? "bar negative" : "bar";
    bar.style.width = `${(100 * Math.abs(value)) / largest}%`;
    const cells = [signal, value.toFixed(3), bar].map((content) => {
      const cell = document.createElement("td");
      cell.append(content);
      return cell;
    });
    row.append(...cells);
    return row;
  }));
}

async function loadFile(file) {
  ui.input.value = await file.text();
  ui.kind.value = /\.txt$/i.test(file.name) ? "text" : /\.html?$/i.test(file.name) ? "html" : "auto";
  run();
}

/** Loads `?sample=` (a page of this same site, never another address) and summarizes it. */
async function loadSample(path) {
  const url = new URL(path, location.href);
  if (url.origin !== location.origin) return setState("error", "A sample must be a page of this site.");
  setState("working", `Loading ${url.pathname}…`);
  const response = await fetch(url);
  if (!response.ok) return setState("error", `Cannot load ${url.pathname}: HTTP ${response.status}.`);
  ui.input.value = await response.text();
  ui.kind.value = "html";
  run(url.href);
}

ui.run.addEventListener("click", () => run());
ui.input.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) run();
});
ui.length.addEventListener("input", () => showLength(Number(ui.length.value)));
ui.file.addEventListener("change", () => ui.file.files[0] && loadFile(ui.file.files[0]));
ui.drop.addEventListener("dragover", (event) => {
  event.preventDefault();
  ui.drop.classList.add("over");
});
ui.drop.addEventListener("dragleave", () => ui.drop.classList.remove("over"));
ui.drop.addEventListener("drop", (event) => {
  event.preventDefault();
  ui.drop.classList.remove("over");
  const file = event.dataTransfer.files[0];
  if (file) loadFile(file);
});

const sample = new URLSearchParams(location.search).get("sample");
if (core && sample) loadSample(sample).catch((failure) => setState("error", `Cannot load the sample: ${failure.message}`));
