/**
 * A mark is a named moment of a gesture's way through the background (User Timing, `sift:` names),
 * so that the cold click's time can be split stage by stage: tests/e2e/bench-click.mjs reads them
 * from the service worker, and DevTools shows them in the worker's performance timeline. They hold
 * no page text and stay inside the worker.
 */

/** Records the moment `name` (prefixed `sift:`) on the worker's clock. */
export function mark(name) {
  performance.mark(`sift:${name}`);
}
