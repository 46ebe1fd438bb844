/**
 * XenForo 2 (`<html id="XF">`, `article.message--post`) with a fallback for XenForo 1
 * (`<html id="XenForo">`, `li.message` in `ol#messageList`). See the markup reference, section 2.
 *
 * Test URLs: https://xenforo.com/community/threads/… (XF2; any `/threads/<slug>.<id>/` page),
 * boards still on XF 1.x (same URL shape, `<html id="XenForo">`)
 */
import type { ForumAdapter, ForumPost } from './types';

// XF2: deleted posts are `div.message--deleted`, so `article` leaves them out.
const XF2_POST = 'article.message--post[data-content^="post-"]';
// XF1: the message list of a thread page, one `li#post-N` per post.
const XF1_POST = 'ol#messageList > li.message[id^="post-"]';
// XF2's body; `.bbWrapper` alone would also match the signature's.
const XF2_BODY = '.message-body .bbWrapper';
// XF1's body (itself a blockquote, which is fine: only elements inside a body are skipped).
const XF1_BODY = 'blockquote.messageText';

function collect(doc: Document, selector: string, bodySelector: string): ForumPost[] {
  const posts: ForumPost[] = [];
  for (const post of doc.querySelectorAll(selector)) {
    // Posts the reader chose to ignore are collapsed; they are not on the page for them.
    if (post.classList.contains('is-ignored')) continue;
    // The post's own body, not one inside a nested (quoted or embedded) message.
    const body = [...post.querySelectorAll(bodySelector)].find(
      (el) => el.closest('.message') === post && !el.closest('.message-signature, .signature'),
    );
    if (!body) continue;
    const raw = post.getAttribute('data-content') ?? post.id;
    posts.push({
      id: raw.replace(/^(?:js-)?post-/, ''),
      author:
        post.getAttribute('data-author') ??
        post
          .querySelector('.message-name .username, .messageUserInfo .username')
          ?.textContent?.trim() ??
        '',
      body,
    });
  }
  return posts;
}

export const xenforo: ForumAdapter = {
  engine: 'xenforo',
  detect(doc) {
    return doc.querySelector(`html#XF, html#XenForo, ${XF2_POST}, ${XF1_POST}`) !== null;
  },
  posts(doc) {
    const xf2 = collect(doc, XF2_POST, XF2_BODY);
    return xf2.length > 0 ? xf2 : collect(doc, XF1_POST, XF1_BODY);
  },
  skip: [
    '.bbCodeBlock--quote', // XF2 quotes of other posts, with "X said:" and "Click to expand..."
    '.bbCodeQuote', // XF1 quotes
    '.bbCodeBlock--code', // code blocks with their "Code:" title
    '.bbCodeCode', // XF1 code blocks
    '.bbCodeBlock--unfurl', // link previews (the linked page's title and description)
    '.bbCodeBlock-expandLink, .quoteExpand', // "Click to expand..." chrome
    '.bbCodeSpoiler-button, .bbCodeSpoilerButton', // "Spoiler: title" (the content is the author's)
    '.bbImageWrapper', // image titles
    '.bbMediaWrapper', // embedded video chrome
    '.message-signature', // signatures (outside the body, listed in case a theme moves them)
    '.message-lastEdit, .editDate', // "Last edited: …"
    '.message-attachments, .attachedFiles', // attachment lists: file names, sizes, view counts
    '.js-selectToQuoteEnd, .messageTextEndMarker', // end markers
    '.js-previewContainer', // an editor's preview during quick edit
  ].join(', '),
  title(doc) {
    const h1 = doc.querySelector('.p-title-value, .titleBar h1');
    if (!h1) return undefined;
    // Only the heading's own text: thread prefixes are `.label` spans in front of it.
    const own = [...h1.childNodes]
      .filter((node) => node.nodeType === 3)
      .map((node) => node.textContent ?? '')
      .join('')
      .trim();
    return own || h1.textContent?.trim() || undefined;
  },
};
