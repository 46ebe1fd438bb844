/**
 * Reddit: the "shreddit" web components of www.reddit.com (the text sits in light-DOM slots) and
 * old.reddit.com (`.thing` rows). See the markup reference, section 5. The submission, title and
 * self text, is the first post; each comment is a post of its own, read from its own body only,
 * since replies are nested inside their parent comment on both.
 *
 * Test URLs: https://www.reddit.com/r/backpain/comments/<id>/<slug>/ (shreddit),
 * https://old.reddit.com/r/backpain/comments/<id>/<slug>/ (old Reddit)
 */
import type { ForumAdapter, ForumPost } from './types';

const NEW_POST = 'shreddit-post';
const NEW_COMMENT = 'shreddit-comment[thingid^="t1_"]';
// Old Reddit: `.promoted` rows are ads dressed as posts.
const OLD_POST = '.thing.link[data-fullname^="t3_"]:not(.promoted)';
const OLD_COMMENT = '.thing.comment[data-fullname^="t1_"]';

const ownChild = (parent: Element, test: (child: Element) => boolean) =>
  [...parent.children].find(test);

function newPost(el: Element): ForumPost | undefined {
  const author = el.getAttribute('author') ?? '';
  // The submission's whole element: the skip list keeps only its title and text-body slots.
  if (el.localName === NEW_POST) return { id: el.id, author, body: el };
  // A comment's own slot: its replies are nested shreddit-comment children beside it.
  const body = ownChild(el, (child) => child.getAttribute('slot') === 'comment');
  return body && { id: el.getAttribute('thingid')!, author, body };
}

function oldPost(el: Element): ForumPost | undefined {
  // This row's own .entry: its replies are in the sibling `.child`.
  const entry = ownChild(el, (child) => child.classList.contains('entry'));
  // The submission's .entry holds its title and self text; a comment's text is `.usertext-body > .md`
  // (the hidden `.usertext-edit` beside it has a second `.md` with the markdown source).
  const body = el.matches(OLD_POST) ? entry : entry?.querySelector('.usertext-body > .md');
  if (!body) return undefined;
  return {
    id: el.getAttribute('data-fullname')!,
    author: el.getAttribute('data-author') ?? '',
    body,
  };
}

function isReddit(doc: Document, url: URL): boolean {
  const site = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? '';
  return /(^|\.)reddit\.com$/.test(url.hostname) || site.toLowerCase() === 'reddit';
}

export const reddit: ForumAdapter = {
  engine: 'reddit',
  detect(doc, url) {
    // The custom elements are Reddit's own; old Reddit's class names are generic, so it also needs
    // the host (or, for a saved page, the site name).
    if (doc.querySelector(`${NEW_POST}, ${NEW_COMMENT}`)) return true;
    return isReddit(doc, url) && doc.querySelector(`${OLD_POST}, ${OLD_COMMENT}`) !== null;
  },
  posts(doc) {
    const shreddit = [...doc.querySelectorAll(`${NEW_POST}, ${NEW_COMMENT}`)].map(newPost);
    const rows =
      shreddit.length > 0
        ? shreddit
        : [...doc.querySelectorAll(`${OLD_POST}, ${OLD_COMMENT}`)].map(oldPost);
    return rows.filter((post): post is ForumPost => post !== undefined);
  },
  skip: [
    'shreddit-post > :not([slot="title"], [slot="text-body"])', // credit bar, flair, media, buttons
    '.thing.link .top-matter > :not(.title)', // old: tagline, buttons and report form under the title
    '.thing.link p.title > :not(a.title)', // old: flair and "(self.sub)" beside the title
    '.usertext-edit', // old: the hidden edit form, with the markdown source and its help links
    'shreddit-composer, comment-composer-host', // the reply composer
    '.md-spoiler-text, faceplate-spoiler', // spoilers, hidden until clicked
  ].join(', '),
  title(doc) {
    return (
      doc.querySelector(NEW_POST)?.getAttribute('post-title')?.trim() ||
      doc.querySelector(`${NEW_POST} [slot="title"], ${OLD_POST} a.title`)?.textContent?.trim() ||
      undefined
    );
  },
};
