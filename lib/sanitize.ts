/**
 * The one path by which database markup becomes HTML: DOMPurify with a strict allow-list. Notes may
 * carry emphasis and https links; everything else is removed, and every link opens in a new tab
 * without a referrer or an opener.
 */
import DOMPurify from 'dompurify';

const ALLOWED_TAGS = ['em', 'strong', 'a'];
const ALLOWED_ATTR = ['href'];

let purifier: ReturnType<typeof DOMPurify> | undefined;

function getPurifier(win: Window & typeof globalThis): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  purifier = DOMPurify(win);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName !== 'A') return;
    const href = node.getAttribute('href') ?? '';
    if (!/^https:\/\//i.test(href)) {
      node.removeAttribute('href');
      return;
    }
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  });
  return purifier;
}

export function sanitizeNoteMarkup(
  markup: string,
  win: Window & typeof globalThis = window,
): string {
  return getPurifier(win).sanitize(markup, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ADD_ATTR: ['target', 'rel'],
    ALLOW_DATA_ATTR: false,
    RETURN_TRUSTED_TYPE: false,
  });
}
