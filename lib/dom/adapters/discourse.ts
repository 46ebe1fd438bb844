/**
 * Discourse: the Ember app (`.post-stream article[data-post-id]`) and the crawler / no-JS view
 * (`div.crawler-post`). See the markup reference, section 1.
 *
 * Test URLs: https://forums.t-nation.com/t/back-spasm-sprained-back/… (app),
 * https://forum.barbellmedicine.com/t/…?print=true (crawler markup)
 */
import type { ForumAdapter, ForumPost } from './types';

const APP_POST = '.post-stream article[data-post-id]';
const CRAWLER_POST = 'div.crawler-post[id^="post_"]';

/**
 * A post of the app. The author is read only when asked (the CLI and tests do; the content script
 * never does), through a getter on the class: an object literal with its own getter, made 5,000
 * times, was a third of the time to list a 5,000-post thread.
 */
class AppPost implements ForumPost {
  readonly id: string;
  constructor(
    private readonly article: Element,
    readonly body: Element,
  ) {
    this.id = article.getAttribute('data-post-id')!;
  }

  get author(): string {
    return (
      this.article
        .querySelector('.names .first a[data-user-card]')
        ?.getAttribute('data-user-card') ??
      this.article.getAttribute('data-user-id') ??
      ''
    );
  }
}

function appPosts(doc: Document, limit: number): ForumPost[] {
  const posts: ForumPost[] = [];
  for (const article of doc.querySelectorAll(APP_POST)) {
    if (posts.length >= limit) break;
    // The post's own .cooked: not one inside a quote, an embedded reply or an expanded quote. The
    // first .cooked almost always is; the full search is only for the rare case it is not.
    const isOwn = (cooked: Element) =>
      cooked.closest('article[data-post-id]') === article &&
      !cooked.closest('aside.quote, .embedded-posts, .expanded-quote');
    const first = article.querySelector('.cooked');
    const body =
      first && isOwn(first) ? first : [...article.querySelectorAll('.cooked')].find(isOwn);
    if (!body) continue;
    posts.push(new AppPost(article, body));
  }
  return posts;
}

function crawlerPosts(doc: Document, limit: number): ForumPost[] {
  const posts: ForumPost[] = [];
  for (const post of doc.querySelectorAll(CRAWLER_POST)) {
    if (posts.length >= limit) break;
    const body = post.querySelector('[itemprop="text"], [itemprop="articleBody"], div.post');
    if (!body) continue;
    const author = post.querySelector('.creator [itemprop="name"]')?.textContent?.trim() ?? '';
    posts.push({ id: post.id, author, body });
  }
  return posts;
}

export const discourse: ForumAdapter = {
  engine: 'discourse',
  detect(doc) {
    const generator = doc.querySelector('meta[name="generator"]')?.getAttribute('content') ?? '';
    return (
      generator.startsWith('Discourse') ||
      doc.querySelector('#data-discourse-setup, ' + APP_POST + ', ' + CRAWLER_POST) !== null
    );
  },
  posts(doc, limit = Number.POSITIVE_INFINITY) {
    const app = appPosts(doc, limit);
    return app.length > 0 ? app : crawlerPosts(doc, limit);
  },
  skip: [
    'aside.quote', // quotes of other posts, with their "user:" title
    'aside.onebox', // link previews
    '.lightbox-wrapper .meta', // "image 691×232 10.8 KB"
    'a.anchor', // heading anchors
    '.embedded-posts',
    '.expanded-quote',
    '.d-editor-preview', // the composer's live preview
    'div.poll',
  ].join(', '),
  // …/t/<slug>/<id>[/<post number>]: the post number changes while scrolling one topic. Not
  // anchored: Discourse can live in a subfolder (example.com/forum/t/…).
  threadKey(url) {
    const topic = /^(.*?\/t\/[^/]+\/\d+)(?:\/\d+)?\/?$/.exec(url.pathname);
    return url.origin + (topic ? topic[1] : url.pathname);
  },
  title(doc) {
    return (
      doc.querySelector('#topic-title h1, .fancy-title, h1[data-topic-id]')?.textContent?.trim() ||
      undefined
    );
  },
};
