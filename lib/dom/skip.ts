/**
 * What is never a post author's own words, on any engine: editors, code, quotes, hidden parts and
 * Backcheck's own elements. Adapters add their engine's own list.
 */
export const MARKER_TAG = 'backcheck-marker';

export const UNIVERSAL_SKIP = [
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'button',
  'pre',
  'code',
  'kbd',
  'samp',
  'nav',
  'blockquote', // quotations of other posts or sources
  '[contenteditable=""]',
  '[contenteditable="true"]',
  '[contenteditable="plaintext-only"]',
  '.ProseMirror',
  '.fr-element',
  '.cke_editable',
  '[hidden]',
  '[aria-hidden="true"]',
  '.signature',
  MARKER_TAG,
].join(', ');
