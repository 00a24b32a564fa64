// The loopback test server: serves the playground and sample pages, and the shared corpus, on 127.0.0.1 only.
//
//   node tests/server.mjs [PORT [PAGE]]   (or PORT=…; 0 or nothing = any free port; prints the URL,
//                                          and PAGE's URL when given, e.g. "?sample=samples/x.html")
//
// Routes:
//   /…          files of dist/www when it is built (the playground needs the wasm there), else www/
//   /corpus/…   files of the shared corpus (env SIFT_CORPUS, default ../shared/corpus beside the repo)
// Query switches, valid on any path:
//   ?csp=strict     adds `Content-Security-Policy: script-src 'self'`: the page may run no inline script,
//                   and WebAssembly cannot compile in a Chromium content script there.
//   ?isolated=1     adds COOP same-origin + COEP require-corp, so performance.now() ticks in ~5 µs.
//
// As a module: `const { url, close, requests } = await startServer({ port: 0 })`; `requests` lists
// every path asked for, so a test can check what a page fetched.

import { createServer } from "node:http";
import { createReadStream, existsSync, statSync } from "node:fs";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const REPO = resolve(fileURLToPath(import.meta.url), "..", "..");
const HOST = "127.0.0.1";
const STRICT_CSP = "script-src 'self'";

/** Content types by extension; HTML from the corpus gets no charset, so the browser reads its own <meta>. */
const TYPES = {
  ".html": "text/html",
  ".htm": "text/html",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".jsonl": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".tsv": "text/plain; charset=utf-8",
};

/** The folder served at `/`: the built playground when there is one. */
export function defaultRoot() {
  const built = join(REPO, "dist", "www");
  return existsSync(join(built, "index.html")) ? built : join(REPO, "www");
}

/** The shared corpus, through the project's one setting. */
export function corpusRoot() {
  return process.env.SIFT_CORPUS ? resolve(process.env.SIFT_CORPUS) : resolve(REPO, "..", "shared", "corpus");
}

/** Starts the server; resolves to `{ url, port, close, requests }` once it listens. */
export function startServer({ port = 0, root = defaultRoot(), corpus = corpusRoot() } = {}) {
  const requests = [];
  const server = createServer((req, res) => {
    const address = new URL(req.url, `http://${HOST}`);
    requests.push(address.pathname + address.search);
    if (req.method !== "GET" && req.method !== "HEAD") {
      return send(res, 405, "method not allowed\n");
    }
    const headers = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };
    if (address.searchParams.get("csp") === "strict") headers["Content-Security-Policy"] = STRICT_CSP;
    if (address.searchParams.has("isolated")) {
      headers["Cross-Origin-Opener-Policy"] = "same-origin";
      headers["Cross-Origin-Embedder-Policy"] = "require-corp";
    }
    let path;
    try {
      path = decodeURIComponent(address.pathname);
    } catch {
      return send(res, 400, "bad path\n");
    }
    const [base, rest] = path.startsWith("/corpus/") ? [corpus, path.slice("/corpus/".length)] : [root, path];
    const file = inside(base, rest);
    if (!file) return send(res, 403, "outside the served folder\n");
    serveFile(req, res, file, headers, base === corpus);
  });
  return new Promise((ready, fail) => {
    server.once("error", fail);
    server.listen(port, HOST, () => {
      const { port: actual } = server.address();
      const url = `http://${HOST}:${actual}/`;
      const close = () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); });
      ready({ url, port: actual, close, requests, root, corpus });
    });
  });
}

/** The file `relative` names under `base`, or null when it would climb out of it. */
function inside(base, relative) {
  const file = normalize(join(base, relative));
  return file === base || file.startsWith(base.endsWith(sep) ? base : base + sep) ? file : null;
}

function serveFile(req, res, file, headers, fromCorpus) {
  let stat;
  try {
    stat = statSync(file);
    if (stat.isDirectory()) {
      file = join(file, "index.html");
      stat = statSync(file);
    }
  } catch {
    return send(res, 404, "not found\n", headers);
  }
  let type = TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
  if (type === "text/html" && !fromCorpus) type += "; charset=utf-8";
  res.writeHead(200, { ...headers, "Content-Type": type, "Content-Length": stat.size });
  if (req.method === "HEAD") return res.end();
  createReadStream(file).on("error", () => res.destroy()).pipe(res);
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, { ...headers, "Content-Type": "text/plain; charset=utf-8" });
  res.end(body);
}

// Run as a program: serve until interrupted.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 0);
  const { url, root, corpus, close } = await startServer({ port });
  console.log(`serving ${root} (and ${corpus} at /corpus/) on ${url}`);
  if (process.argv[3]) console.log(`open ${new URL(process.argv[3], url)}`);
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => close().then(() => process.exit(0)));
}
