/**
 * The options page edits the reader's settings (shared/options.js) in `storage.sync`; every change
 * is saved at once, and open panels follow through `storage.onChanged`.
 */
(() => {
  const { api, message } = globalThis.SiftPlatform;
  const { SiftOptions } = globalThis;

  /** How long "Saved" stays on screen. */
  const SAVED_NOTICE_MS = 1500;

  const form = document.getElementById("options");
  const status = document.getElementById("status");
  let statusTimer = 0;

  function localize() {
    document.documentElement.lang = message("uiLanguage");
    document.documentElement.dir = message("uiDirection") === "rtl" ? "rtl" : "ltr";
    for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = message(node.dataset.i18n);
    // Not `form.elements.length`: that is the number of the form's controls.
    const length = form.elements.sentences;
    length.min = String(SiftOptions.LENGTH_MIN);
    length.max = String(SiftOptions.LENGTH_MAX);
  }

  function show(options) {
    form.elements.sentences.value = String(options.length);
    form.elements.highlight.checked = options.highlight;
    for (const key of Object.keys(SiftOptions.CHOICES)) form.elements[key].value = options[key];
  }

  function read() {
    return SiftOptions.normalize({
      length: Number(form.elements.sentences.value),
      highlight: form.elements.highlight.checked,
      side: form.elements.side.value,
      theme: form.elements.theme.value,
      fontSize: form.elements.fontSize.value,
    });
  }

  async function save() {
    if (!form.elements.sentences.checkValidity()) return;
    await api.storage.sync.set(read());
    status.textContent = message("optionsSaved");
    clearTimeout(statusTimer);
    statusTimer = setTimeout(() => { status.textContent = ""; }, SAVED_NOTICE_MS);
  }

  localize();
  SiftOptions.load(api.storage).then(show);
  form.addEventListener("change", save);
  form.addEventListener("submit", (event) => event.preventDefault());
})();
