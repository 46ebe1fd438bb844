/**
 * The WordPress adapter on the seed blog post with comments in a classic theme and a written post
 * with comments in a block theme: detection, the post first and then each comment without its
 * replies, quotes, meta or reply form, and the same claims on the page as in its plain-text twin.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { database } from '../../../lib/claims/database';
import { wordpress } from '../../../lib/dom/adapters/wordpress';
import { pageTitle, skipSelectorFor } from '../../../lib/dom/read-page';
import { TextIndex } from '../../../lib/dom/text-index';
import { createEngine } from '../../../lib/engine/engine';
import { analysePage } from '../../../lib/engine/page';
import { readPlainText } from '../../../lib/engine/plain-text';

const DIR = 'tests/fixtures/wordpress';
const CLASSIC = 'what-are-back-spasms-with-comments'; // seed 004 + comments, Twenty Twenty-One
const BLOCK = 'is-bed-rest-good-for-a-bad-back'; // written post + comments, Twenty Twenty-Four
const BARE = 'what-are-back-spasms'; // the older fixture: a post, no comments
const NEUTRAL = new URL('https://forum.example/t/some-thread/1');

const load = (path: string) => parseHTML(readFileSync(path, 'utf8')).document;
const skip = skipSelectorFor(wordpress);
const read = (doc: Document) =>
  wordpress.posts(doc).map((post) => ({ ...post, text: TextIndex.build(post.body, skip).text }));
/** Lines trimmed, blank lines dropped: block separators and indentation are not text. */
const tidy = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');

const engine = createEngine(database);
const claims = (title: string, posts: string[]) =>
  [
    ...new Set(
      analysePage(engine, title, posts).annotations.map(
        (a) => `${a.claimId}|${a.stance}|${a.sentence}`,
      ),
    ),
  ].sort();

/** Every fixture page of the other engines, and the plain page. */
const otherPages = () =>
  ['discourse', 'xenforo', 'vbulletin', 'phpbb', 'reddit', 'invision']
    .map((engine) => `tests/fixtures/${engine}`)
    .filter((dir) => existsSync(dir))
    .flatMap((dir) =>
      readdirSync(dir)
        .filter((file) => file.endsWith('.html'))
        .map((file) => `${dir}/${file}`),
    )
    .concat('tests/fixtures/blank.html');

describe('WordPress detection', () => {
  it('recognises its fixtures, including the older one read by the generic adapter', () => {
    for (const slug of [CLASSIC, BLOCK, BARE]) {
      expect(wordpress.detect(load(`${DIR}/${slug}.html`), NEUTRAL), slug).toBe(true);
    }
  });

  it('recognises a page by core assets when the generator tag is removed', () => {
    const { document } = parseHTML(
      '<html><head><script src="/wp-includes/js/comment-reply.min.js"></script></head><body></body></html>',
    );
    expect(document.querySelector('meta[name="generator"]')).toBeNull();
    expect(wordpress.detect(document, NEUTRAL)).toBe(true);
  });

  it('ignores other engines and plain pages', () => {
    const pages = otherPages();
    expect(pages.length).toBeGreaterThan(4);
    for (const path of pages) {
      expect(wordpress.detect(load(path), NEUTRAL), path).toBe(false);
    }
  });

  it('does not throw on an empty document', () => {
    const { document } = parseHTML('');
    expect(wordpress.detect(document, NEUTRAL)).toBe(false);
    expect(wordpress.posts(document)).toEqual([]);
  });
});

describe('a classic theme (html5 comments)', () => {
  const doc = load(`${DIR}/${CLASSIC}.html`);
  const posts = read(doc);
  const byId = (id: string) => posts.find((post) => post.id === id)!;

  it('reads the post first, then every comment in page order', () => {
    expect(posts).toHaveLength(6);
    expect(posts.slice(0, 3).map((p) => [p.id, p.author])).toEqual([
      ['post-1183', 'DFW Spine Team'],
      ['comment-2231', 'Linda Garza'],
      ['comment-2234', 'DFW Spine Team'],
    ]);
    expect(pageTitle(doc, wordpress)).toBe('What are Back Spasms?');
  });

  it("reads the post's own words, not Jetpack widgets, its footer or the sidebar", () => {
    const post = posts[0]!.text;
    expect(tidy(post)).toMatch(/^When we bend over/);
    for (const chrome of ['Share this:', 'Like this:', 'Related', 'inversion table', 'Posted in']) {
      expect(post).not.toContain(chrome);
    }
    expect(posts.some((p) => p.text.includes('Request an Appointment'))).toBe(false);
  });

  it('reads each comment without its meta, reply link, replies or quotes', () => {
    const linda = byId('comment-2231').text;
    expect(tidy(linda)).toMatch(/^Thank you for this\./);
    for (const chrome of ['Linda Garza', 'says:', 'May 20, 2019', 'Reply']) {
      expect(linda).not.toContain(chrome);
    }
    expect(linda).not.toContain('Glad it helped');
    const quoting = byId('comment-2247');
    expect(quoting.body.querySelector('blockquote')).not.toBeNull();
    expect(quoting.text).not.toContain('I always heard heat first');
    expect(byId('comment-2245').text).toContain('I always heard heat first');
  });

  it('leaves the comment form and its draft out', () => {
    for (const post of posts) {
      expect(post.text).not.toContain('Draft:');
      expect(post.text).not.toContain('Leave a comment');
    }
  });
});

describe('a block theme', () => {
  const doc = load(`${DIR}/${BLOCK}.html`);
  const posts = read(doc);
  const byId = (id: string) => posts.find((post) => post.id === id)!;

  it('reads the post (id from the body class) and every comment in page order', () => {
    expect(posts).toHaveLength(7);
    expect(posts.slice(0, 3).map((p) => [p.id, p.author])).toEqual([
      ['post-1407', 'Sarah Okafor'],
      ['comment-58', 'Marcus Bell'],
      ['comment-59', 'Sarah Okafor'],
    ]);
    expect(pageTitle(doc, wordpress)).toBe('Is bed rest good for a bad back?');
  });

  it('leaves quotes, replies and the reply form out', () => {
    expect(posts[0]!.text).not.toContain('Motion is lotion');
    const quoted = 'spend a few days in bed';
    expect(byId('comment-58').text).toContain(quoted);
    expect(byId('comment-58').text).not.toContain('standard advice');
    expect(byId('comment-59').text).not.toContain(quoted);
    expect(posts.some((post) => post.text.includes('Draft:'))).toBe(false);
  });
});

describe('other markup', () => {
  it('reads the post of the older fixture alone', () => {
    const posts = read(load(`${DIR}/${BARE}.html`));
    expect(posts.map((p) => p.id)).toEqual(['post-812']);
    expect(tidy(posts[0]!.text)).toMatch(/^When we bend over/);
  });

  it('reads comments of the old (non-html5) walker without their meta', () => {
    const { document } = parseHTML(`<ol class="commentlist">
      <li class="comment even thread-even depth-1" id="comment-5">
        <div id="div-comment-5" class="comment-body">
          <div class="comment-author vcard"><img class="avatar"><cite class="fn">Ann</cite> <span class="says">says:</span></div>
          <div class="comment-meta commentmetadata"><a href="#comment-5">May 1, 2020 at 9:00 am</a></div>
          <p>Heat helps my back.</p>
          <div class="reply"><a class="comment-reply-link" href="#">Reply</a></div>
        </div>
      </li></ol>`);
    const posts = read(document);
    expect(posts.map((p) => [p.id, p.author, tidy(p.text)])).toEqual([
      ['comment-5', 'Ann', 'Heat helps my back.'],
    ]);
  });
});

describe.each([CLASSIC, BLOCK])('%s: the page and its plain-text twin', (slug) => {
  const doc = load(`${DIR}/${slug}.html`);
  const posts = read(doc);
  const twin = readPlainText(readFileSync(`${DIR}/${slug}.txt`, 'utf8'));

  it('has the same title and the same posts', () => {
    expect(pageTitle(doc, wordpress)).toBe(twin.title);
    expect(posts.map((post) => tidy(post.text))).toEqual(twin.posts.map(tidy));
  });

  it('yields the same claims', () => {
    const fromPage = claims(
      pageTitle(doc, wordpress),
      posts.map((post) => post.text),
    );
    expect(fromPage.length).toBeGreaterThanOrEqual(4);
    expect(fromPage).toEqual(claims(twin.title, twin.posts));
  });
});
