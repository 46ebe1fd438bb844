/** Reading a Discourse thread: the adapter finds the posts and the text index leaves out quotes. */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { discourse } from '../../lib/dom/adapters/discourse';
import { listPosts, listPostsGradually, readPage } from '../../lib/dom/read-page';
import { UNIVERSAL_SKIP } from '../../lib/dom/skip';
import { TextIndex } from '../../lib/dom/text-index';

const load = (path: string) => parseHTML(readFileSync(path, 'utf8')).document;
const url = new URL('https://forums.t-nation.com/t/back-spasm-sprained-back/4321');

describe('the Discourse adapter', () => {
  const page = readPage(load('tests/fixtures/discourse/back-spasm-sprained-back.html'), url);

  it('recognises the engine and reads the title and every post in order', () => {
    expect(page.engine).toBe('discourse');
    expect(page.title).toBe('Back Spasm/Sprained Back');
    expect(page.posts).toHaveLength(12);
    expect(page.posts.map((p) => p.author).slice(0, 2)).toEqual(['member1', 'member2']);
    expect(page.posts[1]!.index.text.trim()).toMatch(/^You may want to talk to a professional/);
  });

  it("leaves the quoted post out of the quoting post's text", () => {
    const quoting = page.posts.find((p) => p.body.querySelector('aside.quote'));
    expect(quoting).toBeDefined();
    expect(quoting!.index.text).not.toContain('It happened picking up a bench');
    expect(page.posts[0]!.index.text).toContain('It happened picking up a bench');
  });

  it('reads the crawler view too', () => {
    const { document } =
      parseHTML(`<html><head><meta name="generator" content="Discourse 3.2"></head>
      <body class="crawler"><div id="post_1" class="topic-body crawler-post">
      <span class="creator"><span itemprop="name">bob</span></span>
      <div class="post" itemprop="text"><p>My lower back hurts.</p></div></div></body></html>`);
    const crawler = readPage(document, url);
    expect(crawler.posts.map((p) => [p.author, p.index.text])).toEqual([
      ['bob', 'My lower back hurts.'],
    ]);
  });
});

describe('the text index', () => {
  const { document } = parseHTML(
    '<div id="post"><p>Take a <b>muscle</b> relaxer.</p><blockquote>quoted words</blockquote><p>Second <code>x()</code>para.</p></div>',
  );
  const root = document.getElementById('post')!;
  const index = TextIndex.build(root, UNIVERSAL_SKIP);

  it('joins inline markup, separates blocks and skips quotes and code', () => {
    expect(index.text).toBe('Take a muscle relaxer.\nSecond para.');
  });

  it('maps offsets back to the text nodes they came from', () => {
    const start = index.position(index.text.indexOf('muscle'), 'start')!;
    expect(start.node.data).toBe('muscle');
    expect(start.offset).toBe(0);
    const end = index.position(index.text.indexOf(' relaxer'), 'end')!;
    expect(end.node.data).toBe('muscle');
    expect(end.offset).toBe(6);
    const second = index.position(index.text.indexOf('para'), 'start')!;
    expect(second.node.data).toBe('para.');
  });
});

describe('Discourse thread keys', () => {
  it.each([
    ['https://f.example/t/slug/123', 'https://f.example/t/slug/123/45', true],
    ['https://f.example/forum/t/slug/123', 'https://f.example/forum/t/slug/123/7', true],
    ['https://f.example/t/slug/123', 'https://f.example/t/other/456', false],
  ])('%s and %s are the same thread: %s', (a, b, same) => {
    const key = (href: string) => discourse.threadKey!(new URL(href));
    expect(key(a) === key(b)).toBe(same);
  });
});

/**
 * A long thread is listed a batch at a time (lib/dom/read-page.ts `listPostsGradually`): the list
 * must be the very same as the one read at once, and the caller must be able to stop it.
 */
describe('listing a long Discourse thread gradually', () => {
  function longThread(copies: number): Document {
    const doc = load('tests/fixtures/discourse/back-spasm-sprained-back.html');
    const stream = doc.querySelector('.post-stream')!;
    const originals = [...stream.children];
    let id = 100_000;
    for (let copy = 1; copy < copies; copy++) {
      for (const post of originals) {
        const clone = post.cloneNode(true) as Element;
        clone.querySelector('article')!.setAttribute('data-post-id', String(id++));
        stream.append(clone);
      }
    }
    return doc;
  }

  it('lists the same posts, with the same numbers and bodies, as reading it at once', async () => {
    const doc = longThread(25);
    const atOnce = listPosts(doc, url);
    let pauses = 0;
    const gradually = await listPostsGradually(doc, url, () => {
      pauses++;
      return Promise.resolve(true);
    });
    expect(atOnce.posts).toHaveLength(300);
    expect(gradually!.posts.map((p) => [p.id, p.number, p.body])).toEqual(
      atOnce.posts.map((p) => [p.id, p.number, p.body]),
    );
    expect(gradually!.title).toBe(atOnce.title);
    expect(pauses).toBeGreaterThan(1);
  });

  it('numbers posts across articles that hold none, as reading it at once does', async () => {
    const doc = longThread(25);
    // Every seventh article loses its body (a post still loading, or hidden).
    const articles = [...doc.querySelectorAll('.post-stream article[data-post-id]')];
    articles.forEach((article, i) => {
      if (i % 7 === 3) for (const cooked of article.querySelectorAll('.cooked')) cooked.remove();
    });
    const atOnce = listPosts(doc, url);
    const gradually = await listPostsGradually(doc, url, () => Promise.resolve(true));
    expect(atOnce.posts.length).toBeLessThan(300);
    expect(gradually!.posts.map((p) => [p.id, p.number, p.body])).toEqual(
      atOnce.posts.map((p) => [p.id, p.number, p.body]),
    );
  });

  it('falls back to the crawler view when the app articles hold no post', async () => {
    const { document } = parseHTML(`<html><head><meta name="generator" content="Discourse 3.2">
      </head><body><div class="post-stream"><article data-post-id="1"></article></div>
      <div id="post_1" class="topic-body crawler-post"><span class="creator">
      <span itemprop="name">bob</span></span>
      <div class="post" itemprop="text"><p>My lower back hurts.</p></div></div></body></html>`);
    const gradually = await listPostsGradually(document, url, () => Promise.resolve(true));
    expect(gradually!.posts.map((p) => p.author)).toEqual(['bob']);
    expect(discourse.posts(document).map((p) => p.author)).toEqual(['bob']);
  });

  it('reads only the first posts for the topic, the same as the start of the full list', () => {
    const doc = longThread(25);
    // Articles that hold no post are passed over, as in the full list.
    const articles = [...doc.querySelectorAll('.post-stream article[data-post-id]')];
    articles.forEach((article, i) => {
      if (i % 4 === 1) for (const cooked of article.querySelectorAll('.cooked')) cooked.remove();
    });
    // An article outside the post stream is not a post, in either list.
    const sidebar = doc.createElement('aside');
    const card = sidebar.appendChild(doc.createElement('article'));
    card.setAttribute('data-post-id', '999');
    card.appendChild(doc.createElement('div')).className = 'cooked';
    doc.body.prepend(sidebar);
    const sample = listPosts(doc, url, 20);
    expect(sample.posts.map((p) => [p.id, p.number, p.body])).toEqual(
      listPosts(doc, url)
        .posts.slice(0, 20)
        .map((p) => [p.id, p.number, p.body]),
    );
    expect(sample.posts[19]!.id).not.toBe(articles[19]!.getAttribute('data-post-id'));
  });

  it('reads the first posts of the crawler view when the app articles hold none', () => {
    const crawlerPost = (n: number) => `<div id="post_${n}" class="topic-body crawler-post">
      <span class="creator"><span itemprop="name">user${n}</span></span>
      <div class="post" itemprop="text"><p>Post ${n}.</p></div></div>`;
    const { document } = parseHTML(`<html><head><meta name="generator" content="Discourse 3.2">
      </head><body><div class="post-stream"><article data-post-id="1"></article></div>
      ${Array.from({ length: 30 }, (_, i) => crawlerPost(i + 1)).join('')}</body></html>`);
    expect(listPosts(document, url, 20).posts.map((p) => p.author)).toEqual(
      Array.from({ length: 20 }, (_, i) => `user${i + 1}`),
    );
  });

  it('stops when the caller says so', async () => {
    const doc = longThread(25);
    const stopped = await listPostsGradually(doc, url, () => Promise.resolve(false));
    expect(stopped).toBeUndefined();
  });
});
