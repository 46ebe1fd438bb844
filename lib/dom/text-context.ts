/**
 * A passage as the page itself has it, with the text just before and after it: what a Web
 * Annotation's TextQuoteSelector records, so that another tool can find the passage again. It is
 * read from the DOM, as such a tool reads the page (quoted posts and inline code included, no
 * separators of ours), not from Backcheck's filtered text of the post.
 */
import type { DomPosition } from './text-index';

const SHOW_TEXT = 4;

export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export function quoteAt(
  root: Element,
  start: DomPosition,
  end: DomPosition,
  context: number,
): TextQuote {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  let prefix = start.node.data.slice(0, start.offset);
  walker.currentNode = start.node;
  while (prefix.length < context && walker.previousNode()) {
    prefix = (walker.currentNode as Text).data + prefix;
  }
  let exact: string;
  if (start.node === end.node) {
    exact = start.node.data.slice(start.offset, end.offset);
  } else {
    exact = start.node.data.slice(start.offset);
    walker.currentNode = start.node;
    while (walker.nextNode() && walker.currentNode !== end.node) {
      exact += (walker.currentNode as Text).data;
    }
    exact += end.node.data.slice(0, end.offset);
  }
  let suffix = end.node.data.slice(end.offset);
  walker.currentNode = end.node;
  while (suffix.length < context && walker.nextNode()) suffix += (walker.currentNode as Text).data;
  return { exact, prefix: prefix.slice(-context), suffix: suffix.slice(0, context) };
}
