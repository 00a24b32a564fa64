// The playground's stand-in for the extension's SiftPlatform (extension/shared/platform.js), which
// panel-text.js asks for interface strings: a page has no extension messages, and the only one the
// playground's use of it needs is the interface's language, for a date in a language Intl lacks.
globalThis.SiftPlatform = Object.freeze({ message: (key) => (key === "uiLanguage" ? "en" : key) });
