/**
 * Invision Community (IPS) 4 and 5: each post is `article#elComment_<id>` (IPS4 `.cPost`, IPS5
 * `[data-ips-hook="postWrapper"]`) with its text in `[data-role="commentContent"]`, and the
 * signature beside it. See the markup reference, section 6.
 *
 * Test URLs: https://forum.armbian.com/topic/<id>-<slug>/ (IPS 4.7),
 * https://invisioncommunity.com/forums/topic/<id>-<slug>/ (IPS 5)
 */
import type { ForumAdapter, ForumPost } from './types';

const POST = 'article[id^="elComment_"]';
const BODY = '[data-role="commentContent"]';
// The author pane (IPS4, first the mobile copy) or the IPS5 username hook.
const AUTHOR_LINK = '.cAuthorPane_author a, [data-ips-hook="postUsername"] a';

function authorOf(article: Element): string {
  // The quote data on the comment wrapper is the most robust source, on IPS4 and IPS5 alike.
  const quoteData = article.querySelector('[data-quotedata]')?.getAttribute('data-quotedata');
  if (quoteData) {
    try {
      const { username } = JSON.parse(quoteData) as { username?: unknown };
      if (typeof username === 'string' && username) return username;
    } catch {
      // Malformed: fall back to the author pane.
    }
  }
  return article.querySelector(AUTHOR_LINK)?.textContent?.trim() ?? '';
}

export const invision: ForumAdapter = {
  engine: 'invision',
  detect(doc) {
    // IPS4 marks the body `.ipsApp`; IPS5 templates put `data-ips-hook` on their parts.
    return doc.querySelector(`body.ipsApp, [data-ips-hook], ${POST}`) !== null;
  },
  posts(doc) {
    const posts: ForumPost[] = [];
    for (const article of doc.querySelectorAll(POST)) {
      // A post by an ignored member is collapsed behind a notice.
      if (article.classList.contains('ipsHide')) continue;
      const body = [...article.querySelectorAll(BODY)].find((el) => el.closest(POST) === article);
      if (!body) continue;
      posts.push({ id: article.id.slice('elComment_'.length), author: authorOf(article), body });
    }
    return posts;
  },
  skip: [
    'blockquote.ipsQuote', // quotes of other posts, with their "… said:" citation
    '.ipsSpoiler, .ipsStyle_spoiler', // spoilers, hidden until clicked
    '[data-excludequote]', // IPS4 "Edited … by …" line inside the content
    '.ipsEdited', // IPS5 "Edited … by …" line inside the content
    '[data-role="memberSignature"], .cPostSignature', // signatures
    '.ipsComposeArea, [data-role="editor"]', // reply box and quick-edit editors (CKEditor in IPS4)
    '.ipsItemControls, .ipsEntry__footer, .ipsReact', // post controls and reaction bars
  ].join(', '),
  title(doc) {
    return (
      doc.querySelector('h1.ipsType_pageTitle, .ipsPageHeader__title h1')?.textContent?.trim() ||
      undefined
    );
  },
};
