/**
 * WordPress: the post's body, then each comment as a post of its own (without its nested replies),
 * in classic themes (`.entry-content`, `ol.comment-list li.comment .comment-content`) and block
 * themes (`.wp-block-post-content`, `ol.wp-block-comment-template li.comment`). See the markup
 * reference, section 7.
 *
 * Test URLs: https://wordpress.org/news/<year>/<month>/<slug>/ (block theme), and any
 * classic-theme blog post with comments open (Twenty Twenty-One and its kin)
 */
import type { ForumAdapter, ForumPost } from './types';

const POST_BODY = '.entry-content, .wp-block-post-content';
const COMMENT = 'li.comment[id^="comment-"]';
// html5 comments and block themes wrap the text; the old walker puts it in `.comment-body` itself.
const COMMENT_TEXT = '.comment-content, .wp-block-comment-content';
const COMMENT_BODY = '.comment-body';
const COMMENT_AUTHOR = '.comment-author .fn, .wp-block-comment-author-name';
// Classic bylines (`rel=author` link or `.author` span) and the block theme's author block.
const POST_AUTHOR = '.byline .author, a[rel="author"], .wp-block-post-author-name';

/** The first match that belongs to this comment, not to a reply nested in it. */
const own = (comment: Element, selector: string) =>
  [...comment.querySelectorAll(selector)].find((el) => el.closest(COMMENT) === comment);

function postId(doc: Document, body: Element): string {
  const article = body.closest('article[id^="post-"]');
  if (article) return article.id;
  const postid = /(?:^|\s)postid-(\d+)/.exec(doc.body?.className ?? '');
  return postid ? `post-${postid[1]}` : 'post';
}

export const wordpress: ForumAdapter = {
  engine: 'wordpress',
  detect(doc) {
    return (
      doc.querySelector(
        // The generator tag (often removed), the REST API link, core's own scripts and styles.
        'meta[name="generator"][content^="WordPress"], link[rel="https://api.w.org/"], ' +
          'script[src*="/wp-includes/"], link[href*="/wp-includes/"]',
      ) !== null
    );
  },
  posts(doc) {
    const posts: ForumPost[] = [];
    const body = doc.querySelector(POST_BODY);
    if (body) {
      const author = doc.querySelector(POST_AUTHOR)?.textContent?.trim() ?? '';
      posts.push({ id: postId(doc, body), author, body });
    }
    for (const comment of doc.querySelectorAll(COMMENT)) {
      const text = own(comment, COMMENT_TEXT) ?? own(comment, COMMENT_BODY);
      if (!text) continue;
      const author = own(comment, COMMENT_AUTHOR)?.textContent?.trim() ?? '';
      posts.push({ id: comment.id, author, body: text });
    }
    return posts;
  },
  skip: [
    '.sharedaddy, .jp-relatedposts, .jetpack-likes-widget-wrapper', // Jetpack share, likes, related
    '.jetpack-comment-likes-widget-wrapper', // Jetpack likes under a comment
    'ins.adsbygoogle', // ads inside the post
    // The old walker's `.comment-body` also holds the name, date and moderation note.
    '.comment-meta, .comment-metadata, .comment-author, .comment-awaiting-moderation',
    '.reply, .comment-reply-link, .wp-block-comment-reply-link', // "Reply" links
    // The comment form (moved under a comment on "Reply"), and comments that a theme puts inside
    // the post's body.
    '#respond, .comment-respond, #comments, .comments-area, .wp-block-comments',
  ].join(', '),
  title(doc) {
    return (
      doc.querySelector('.entry-title, .wp-block-post-title')?.textContent?.trim() || undefined
    );
  },
};
