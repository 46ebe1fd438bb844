/**
 * vBulletin 4 (`li.postcontainer` in `ol#posts`), vBulletin 5 (`li.b-post[data-node-id]`) and, as
 * a fallback, vBulletin 3 (`table#postN` in `div#posts`). See the markup reference, section 3.
 *
 * Test URLs: https://ubuntuforums.org/showthread.php?t=1363999 (vB4, as saved in 2009),
 * https://forum.espocrm.com/forum/… (vB5), old `showthread.php?t=N` boards (vB3)
 */
import type { ForumAdapter, ForumPost } from './types';

// vB4: one `li#post_N` per post; `.postcontainer` is on both postbit layouts.
const VB4_POST = 'li.postcontainer[id^="post_"]';
// vB5: replies and the starter alike; comments under a reply are `li.b-comment`, not posts.
const VB5_POST = 'li.b-post[data-node-id]';
// vB3: each post is a table `#postN` (ids like `post_message_N` start with "post_" and are not).
const VB3_POST = 'table[id^="post"]';
const GENERATOR = 'meta[name="generator"][content^="vBulletin"]';

const text = (el: Element | null | undefined) => el?.textContent?.trim() ?? '';

function vb4Posts(doc: Document): ForumPost[] {
  const posts: ForumPost[] = [];
  for (const li of doc.querySelectorAll(VB4_POST)) {
    const id = li.id.slice('post_'.length);
    // The message itself: the edit note after it is a `blockquote.postcontent` too.
    const body = li.querySelector(`[id="post_message_${id}"] > blockquote.postcontent`);
    if (!body) continue;
    // `a.username > strong` for members, `span.username.guest` for guests.
    const author = text(li.querySelector('.userinfo .username, .username_container .username'));
    posts.push({ id, author, body });
  }
  return posts;
}

function vb5Posts(doc: Document): ForumPost[] {
  const posts: ForumPost[] = [];
  for (const li of doc.querySelectorAll(VB5_POST)) {
    const body = li.querySelector('.js-post__content-text');
    if (!body) continue;
    const author = text(
      li.querySelector('.b-userinfo__details .author a, [itemprop="author"] [itemprop="name"]'),
    );
    posts.push({ id: li.getAttribute('data-node-id')!, author, body });
  }
  return posts;
}

function vb3Posts(doc: Document): ForumPost[] {
  const posts: ForumPost[] = [];
  for (const table of doc.querySelectorAll(VB3_POST)) {
    const id = /^post(\d+)$/.exec(table.id)?.[1];
    const body = id && table.querySelector(`[id="post_message_${id}"]`);
    if (!id || !body) continue;
    posts.push({ id, author: text(table.querySelector('a.bigusername')), body });
  }
  return posts;
}

export const vbulletin: ForumAdapter = {
  engine: 'vbulletin',
  detect(doc) {
    return (
      doc.querySelector(
        `${GENERATOR}, html#vbulletin_html, body#vb-page-body, ${VB4_POST}, ${VB5_POST}`,
      ) !== null || doc.querySelector('div#posts [id^="post_message_"]') !== null
    );
  },
  posts(doc) {
    for (const read of [vb4Posts, vb5Posts, vb3Posts]) {
      const posts = read(doc);
      if (posts.length > 0) return posts;
    }
    return [];
  },
  skip: [
    '.bbcode_container', // vB4/5 quotes ("Originally Posted by X") and code boxes ("Code:")
    '.bbcode_quote, .bbcode_postedby', // the same quote parts, should a theme drop the container
    'td.alt2, div.smallfont', // vB3 quote tables (`td.alt2`) and their "Quote:" labels
    '.signature, .signaturecontainer, .post-signature, .b-post__signature', // signatures
    '.lastedited, .b-post__edit', // "Last edited by …"
    '.attachments, .b-post-attachments', // attachment lists: file names, sizes, view counts
    '#qr_defaultcontainer, .b-comment-entry, .edit-conversation-container', // editors
    '.b-comments', // comments under a vB5 reply are posts of their own
  ].join(', '),
  title(doc) {
    return (
      text(doc.querySelector('#pagetitle .threadtitle, span.threadtitle')) ||
      text(doc.querySelector('.page-title-widget h1.main-title')) ||
      undefined
    );
  },
};
