/**
 * The page's own text just before and just after a passage: the context a Web Annotation's
 * TextQuoteSelector records, so that another tool can find the passage again. It is read from the
 * DOM, as such a tool reads the page (quoted posts included, no separators of ours), not from
 * Backcheck's filtered text of the post.
 */
import type { DomPosition } from './text-index';

const SHOW_TEXT = 4;

export function textAround(
  root: Element,
  start: DomPosition,
  end: DomPosition,
  length: number,
): { prefix: string; suffix: string } {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  let prefix = start.node.data.slice(0, start.offset);
  walker.currentNode = start.node;
  while (prefix.length < length && walker.previousNode()) {
    prefix = (walker.currentNode as Text).data + prefix;
  }
  let suffix = end.node.data.slice(end.offset);
  walker.currentNode = end.node;
  while (suffix.length < length && walker.nextNode()) suffix += (walker.currentNode as Text).data;
  return { prefix: prefix.slice(-length), suffix: suffix.slice(0, length) };
}
