/**
 * The fallback for pages no engine adapter claims: schema.org discussion markup first, then
 * `<article>` elements, then the main content as one post.
 */
import type { ForumAdapter, ForumPost } from './types';

const SCHEMA_POSTS =
  '[itemtype$="schema.org/DiscussionForumPosting"], [itemtype$="schema.org/Comment"]';
const SCHEMA_BODY = '[itemprop="text"], [itemprop="articleBody"]';

function schemaPosts(doc: Document): ForumPost[] {
  const posts: ForumPost[] = [];
  for (const item of doc.querySelectorAll(SCHEMA_POSTS)) {
    const body = [...item.querySelectorAll(SCHEMA_BODY)].find(
      (el) => el.closest(SCHEMA_POSTS) === item,
    );
    if (!body) continue;
    const author = item.querySelector('[itemprop="author"]')?.textContent?.trim() ?? '';
    posts.push({ id: item.id || `post-${posts.length + 1}`, author, body });
  }
  return posts;
}

export const generic: ForumAdapter = {
  engine: 'generic',
  detect: () => true,
  posts(doc) {
    const schema = schemaPosts(doc);
    if (schema.length > 0) return schema;
    const articles = [...doc.querySelectorAll('article')].filter(
      (a) => !a.parentElement?.closest('article'),
    );
    if (articles.length > 0) {
      return articles.map((body, i) => ({ id: body.id || `post-${i + 1}`, author: '', body }));
    }
    const main = doc.querySelector('main, [role="main"], #content, .content') ?? doc.body;
    return main ? [{ id: 'post-1', author: '', body: main }] : [];
  },
  skip: 'header, footer, aside, form, .comments-area, .sidebar, .share, .related',
};
