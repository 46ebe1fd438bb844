/**
 * Discourse: the Ember app (`.post-stream article[data-post-id]`) and the crawler / no-JS view
 * (`div.crawler-post`). See the markup reference, section 1.
 *
 * Test URLs: https://forums.t-nation.com/t/back-spasm-sprained-back/… (app),
 * https://forum.barbellmedicine.com/t/…?print=true (crawler markup)
 */
import { matchingElements } from '../matching-elements';
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

/** The app's post in `article`: its own .cooked, not one inside a quote or an embedded reply. */
function appPost(article: Element): ForumPost | undefined {
  // The first .cooked almost always is the post's own; the full search is only for the rare case
  // it is not.
  const isOwn = (cooked: Element) =>
    cooked.closest('article[data-post-id]') === article &&
    !cooked.closest('aside.quote, .embedded-posts, .expanded-quote');
  const first = article.querySelector('.cooked');
  const body = first && isOwn(first) ? first : [...article.querySelectorAll('.cooked')].find(isOwn);
  return body ? new AppPost(article, body) : undefined;
}

function crawlerPost(post: Element): ForumPost | undefined {
  const body = post.querySelector('[itemprop="text"], [itemprop="articleBody"], div.post');
  if (!body) return undefined;
  const author = post.querySelector('.creator [itemprop="name"]')?.textContent?.trim() ?? '';
  return { id: post.id, author, body };
}

/** The app's post articles, or else (none at all) the crawler view's posts. */
function postElements(doc: Document): ArrayLike<Element> {
  const app = doc.querySelectorAll(APP_POST);
  return app.length > 0 ? app : doc.querySelectorAll(CRAWLER_POST);
}

function postOf(element: Element): ForumPost | undefined {
  // localName, not tagName: lower case in HTML and XHTML documents alike.
  return element.localName === 'article' ? appPost(element) : crawlerPost(element);
}

function postsOf(elements: Iterable<Element>, limit: number): ForumPost[] {
  const posts: ForumPost[] = [];
  for (const element of elements) {
    if (posts.length >= limit) break;
    const post = postOf(element);
    if (post) posts.push(post);
  }
  return posts;
}

/**
 * The app's articles, or (`crawler`) the crawler view's posts. With a limit they are found one at a
 * time, from the live collection every match belongs to (an app post is an `<article>`, a crawler
 * post has the class `crawler-post`), so the topic's first posts cost little on a long thread.
 */
function candidates(doc: Document, crawler: boolean, limit: number): Iterable<Element> {
  const selector = crawler ? CRAWLER_POST : APP_POST;
  if (limit === Number.POSITIVE_INFINITY) return doc.querySelectorAll(selector);
  const live = crawler
    ? doc.getElementsByClassName('crawler-post')
    : doc.getElementsByTagName('article');
  return matchingElements(live, selector);
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
    // App articles that hold no post at all (a skeleton still loading) leave the crawler view.
    const app = postsOf(candidates(doc, false, limit), limit);
    return app.length > 0 ? app : postsOf(candidates(doc, true, limit), limit);
  },
  postElements,
  postOf,
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
