/**
 * The warm-up article: a short page the background summarizes while a reader's first click is
 * still being served, so that the engine compiles the core's code and the core builds its tables
 * before the page's own snapshot arrives (see core.js).
 *
 * It is packed as the content script packs a snapshot (content/snapshot.js; the format is
 * `PackedNodes` in src/snapshot.rs): `names`, then `tree` holding per node `parent + 1` and its
 * name's index, then the text's length for a text node, or `hidden` and its attribute count (none
 * here) for an element, and `text`, every text end to end.
 */

const TITLE = "Council approves the city budget";
const PARAGRAPHS = [
  "The city council approved the new budget on Tuesday after a long debate. The plan raises spending on schools and roads by five percent.",
  "Critics said the increase would burden taxpayers in a difficult year. Supporters argued that the investment was overdue and would pay for itself.",
  "The budget also funds two new libraries and a bus line to the airport. Work on both is expected to begin in the spring.",
  "The mayor is expected to sign the budget next week. A public hearing on the tax rate will follow in October.",
];

/** A page of `html > body > article` holding a heading and paragraphs, packed. */
function packedArticle(title, paragraphs) {
  const names = ["#text", "html", "body", "article", "h1", "p"];
  const tree = [];
  let text = "";
  let nodes = 0;
  /** Adds an element under the node at index `parent` (-1: the document) and returns its index. */
  const element = (parent, name) => {
    tree.push(parent + 1, names.indexOf(name), 0, 0);
    return nodes++;
  };
  const textNode = (parent, value) => {
    tree.push(parent + 1, 0, value.length);
    text += value;
    nodes++;
  };
  const article = element(element(element(-1, "html"), "body"), "article");
  textNode(element(article, "h1"), title);
  for (const paragraph of paragraphs) textNode(element(article, "p"), paragraph);
  return { url: "", title, lang: "en", dir: null, meta: [], json_ld: [], names, tree, text };
}

export const WARM_UP_PAGE = Object.freeze(packedArticle(TITLE, PARAGRAPHS));
