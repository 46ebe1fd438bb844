/**
 * The elements of a document's live collection (`getElementsByTagName`, `getElementsByClassName`)
 * that match a selector, one at a time in document order. The browser fills a live collection only
 * as far as it is read, so a caller that stops after the first few pays for those alone, where
 * `querySelectorAll` matches the whole document first: 1–2 ms on a 1,000-post thread (measured) to
 * find the 20 posts the topic gate reads. Never asks for `length`, which would read it all.
 */
export function* matchingElements(
  collection: ArrayLike<Element>,
  selector: string,
): Generator<Element> {
  for (let i = 0; ; i++) {
    const element = collection[i];
    if (element === undefined) return;
    if (element.matches(selector)) yield element;
  }
}
