/**
 * The test site: the project's loopback server (tests/server.mjs) serving the built playground
 * (dist/www, with the sample pages) and the corpus, on 127.0.0.1.
 */
import fs from "node:fs";
import path from "node:path";
import { startServer } from "../../server.mjs";
import { DIST, REPO } from "./env.mjs";

/** The Arabic sample news page and the page without an article, as paths on the site. */
export const SAMPLE_PAGE = "samples/libya-border-ar.html";
export const LOGIN_PAGE = "samples/login.html";

/** The folder served at `/`: the built playground when there is one, else the sources. */
export function siteRoot() {
  const built = path.join(DIST, "www");
  return fs.existsSync(path.join(built, "index.html")) ? built : path.join(REPO, "www");
}

/** Starts the site on a free port: `{ url, origin, close, requests }`. */
export async function startSite() {
  const server = await startServer({ port: 0, root: siteRoot() });
  return { ...server, origin: server.url.replace(/\/$/, "") };
}

let visits = 0;

/**
 * The address of `route` on `site` with `query`, made unique by a visit number: the Chromium
 * driver tells tabs apart by address.
 */
export function addressOf(site, route, query = {}) {
  const params = new URLSearchParams({ ...query, visit: String(++visits) });
  return `${site.url}${route}?${params}`;
}
