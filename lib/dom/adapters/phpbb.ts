/**
 * phpBB 3.x with prosilver or a prosilver-based style (`<body id="phpbb">`, `div.post#pN`).
 * See the markup reference, section 4.
 *
 * Test URLs: https://www.phpbb.com/community/viewtopic.php?t=… (prosilver-based), any board's
 * `viewtopic.php?f=F&t=N` page
 */
import type { ForumAdapter, ForumPost } from './types';

// One `div#pN.post` per post; the id test in posts() leaves out the posting preview (`#preview`).
const POST = 'div.post[id^="p"]';
// The author's name in the profile column: a link, or a span for guests and deleted users.
const AUTHOR =
  'dl.postprofile a.username, dl.postprofile a.username-coloured, ' +
  'dl.postprofile span.username, dl.postprofile span.username-coloured';

export const phpbb: ForumAdapter = {
  engine: 'phpbb',
  detect(doc) {
    // prosilver emits no generator meta; `body#phpbb` is in overall_header.html.
    return doc.querySelector(`body#phpbb, ${POST} .postbody [id^="post_content"]`) !== null;
  },
  posts(doc) {
    const posts: ForumPost[] = [];
    for (const post of doc.querySelectorAll(POST)) {
      const id = /^p(\d+)$/.exec(post.id)?.[1];
      if (!id) continue;
      const content = post.querySelector(`[id="post_content${id}"]`);
      // Ignored or soft-deleted posts stay hidden (`display: none`) until the reader reveals them.
      if (!content || /display:\s*none/.test(content.getAttribute('style') ?? '')) continue;
      const body = content.querySelector('div.content');
      if (!body) continue;
      const author =
        post.querySelector(AUTHOR)?.textContent?.trim() ??
        post.querySelector('p.author .username, p.author strong')?.textContent?.trim() ??
        '';
      posts.push({ id, author, body });
    }
    return posts;
  },
  skip: [
    'blockquote, cite', // quotes of other posts ("X wrote:" is a `cite` inside the blockquote)
    '.codebox', // code boxes with their "Code: Select all" label
    '.signature', // signatures (outside `.content`, listed in case a style moves them)
    '.notice', // "Last edited by …" and delete reasons
    '.attachbox, .inline-attachment, dl.file', // attachments: file names, sizes, view counts
    '#qr_postform, #message-box, #preview', // the quick-reply editor and the posting preview
  ].join(', '),
  title(doc) {
    return doc.querySelector('h2.topic-title')?.textContent?.trim() || undefined;
  },
};
