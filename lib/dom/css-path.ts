/**
 * A CSS selector that finds an element again: its id when it has a unique one, else a path of
 * :nth-of-type steps from the nearest ancestor with one. Used to name posts in exported annotations.
 */
function cssEscape(value: string): string {
  return typeof CSS !== 'undefined' && CSS.escape
    ? CSS.escape(value)
    : value.replace(/[^a-zA-Z0-9_-]/g, (ch) => `\\${ch}`);
}

export function cssPath(element: Element): string {
  const steps: string[] = [];
  for (let el: Element | null = element; el && el.nodeType === 1; el = el.parentElement) {
    const doc = el.ownerDocument;
    if (el.id && doc.querySelectorAll(`#${cssEscape(el.id)}`).length === 1) {
      steps.unshift(`#${cssEscape(el.id)}`);
      break;
    }
    const tag = el.tagName.toLowerCase();
    const parent: Element | null = el.parentElement;
    if (!parent) {
      steps.unshift(tag);
      break;
    }
    const sameTag = [...parent.children].filter((c) => c.tagName === el!.tagName);
    steps.unshift(sameTag.length > 1 ? `${tag}:nth-of-type(${sameTag.indexOf(el) + 1})` : tag);
  }
  return steps.join(' > ');
}
