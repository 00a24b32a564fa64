/**
 * The platform is the one place that knows which browser Sift runs in.
 *
 * Firefox exposes the promise-based `browser` namespace; Chromium exposes `chrome`, whose MV3 APIs
 * also return promises. Everything else in the extension calls `SiftPlatform.api` and never checks
 * the browser itself. A classic script (no `export`), so that content scripts injected with
 * `scripting.executeScript({files})` and ES modules (`import "../shared/platform.js"`) share it.
 */
(() => {
  if (globalThis.SiftPlatform) return;

  const api = globalThis.browser?.runtime ? globalThis.browser : globalThis.chrome;

  /** Schemes and hosts where browsers never let an extension run scripts. */
  const RESTRICTED_SCHEMES = ["about:", "chrome:", "chrome-extension:", "moz-extension:", "edge:",
    "view-source:", "devtools:", "resource:", "chrome-search:", "data:", "file:"];
  const RESTRICTED_HOSTS = ["chrome.google.com", "chromewebstore.google.com",
    "addons.mozilla.org", "microsoftedge.microsoft.com"];

  /**
   * True when `url` is a page the browser forbids extensions to touch. `file:` is listed because
   * without the "allow access to file URLs" switch the injection fails there too; an unknown URL
   * (undefined: the browser did not tell us) is not judged here, the injection attempt decides.
   */
  function isRestrictedUrl(url) {
    if (!url) return false;
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    return RESTRICTED_SCHEMES.includes(parsed.protocol)
      || (RESTRICTED_HOSTS.includes(parsed.hostname) && parsed.protocol === "https:");
  }

  /** Stand-ins for `$1`…`$9`, so that a resolved message keeps its places for substitutions. */
  const PLACES = Array.from({ length: 9 }, (_, i) => `$${i + 1}`);

  /** Interface strings resolved elsewhere (see `messageTable`), looked up before asking `i18n`. */
  let table = null;

  /** The interface string `key`, with `substitutions`, in the browser's interface language. */
  function message(key, substitutions) {
    const resolved = table?.[key];
    if (typeof resolved !== "string") return api.i18n.getMessage(key, substitutions) || key;
    const values = [substitutions ?? []].flat();
    return resolved.replace(/\$([1-9])/g, (place, n) => String(values[n - 1] ?? ""));
  }

  /**
   * Every interface string, `{key: text}`, with `$1`…`$9` left in place for `message` to fill:
   * the background resolves them and hands them to the page with the request, because a content
   * script's first `i18n.getMessage` waits on the browser for the whole catalogue while the reader
   * waits for the summary. The keys are the default locale's, as every locale has them all.
   */
  async function messageTable() {
    const catalogue = `_locales/${api.runtime.getManifest().default_locale}/messages.json`;
    const keys = Object.keys(await (await fetch(api.runtime.getURL(catalogue))).json());
    return Object.fromEntries(keys.map((key) => [key, api.i18n.getMessage(key, PLACES)]));
  }

  /** Makes `message` answer from `resolved`, a `messageTable()` made in another context. */
  function useMessages(resolved) {
    if (resolved && typeof resolved === "object") table = resolved;
  }

  globalThis.SiftPlatform = Object.freeze({ api, isRestrictedUrl, message, messageTable, useMessages });
})();
