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

  /** The interface string `key`, with `substitutions`, in the browser's interface language. */
  function message(key, substitutions) {
    return api.i18n.getMessage(key, substitutions) || key;
  }

  globalThis.SiftPlatform = Object.freeze({ api, isRestrictedUrl, message });
})();
