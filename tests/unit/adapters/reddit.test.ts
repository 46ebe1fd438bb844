/**
 * The Reddit adapter on a seed thread in new Reddit ("shreddit") markup and a written thread in
 * old.reddit markup: detection, posts in page order, each comment without its nested replies or
 * quotes, and the same claims on the page as in its plain-text twin.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { database } from '../../../lib/claims/database';
import { reddit } from '../../../lib/dom/adapters/reddit';
import { pageTitle, skipSelectorFor } from '../../../lib/dom/read-page';
import { TextIndex } from '../../../lib/dom/text-index';
import { createEngine } from '../../../lib/engine/engine';
import { analysePage } from '../../../lib/engine/page';
import { readPlainText } from '../../../lib/engine/plain-text';

const DIR = 'tests/fixtures/reddit';
const NEW = 'lower-back-muscle-spasms'; // seed 002, shreddit markup
const OLD = 'threw-my-back-out-deadlifting'; // written thread, old.reddit markup
const NEUTRAL = new URL('https://forum.example/t/some-thread/1');

const load = (path: string) => parseHTML(readFileSync(path, 'utf8')).document;
const canonical = (doc: Document) =>
  new URL(doc.querySelector('link[rel="canonical"]')!.getAttribute('href')!);
const skip = skipSelectorFor(reddit);
const read = (doc: Document) =>
  reddit.posts(doc).map((post) => ({ ...post, text: TextIndex.build(post.body, skip).text }));
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
  ['discourse', 'xenforo', 'vbulletin', 'phpbb', 'invision', 'wordpress']
    .map((engine) => `tests/fixtures/${engine}`)
    .filter((dir) => existsSync(dir))
    .flatMap((dir) =>
      readdirSync(dir)
        .filter((file) => file.endsWith('.html'))
        .map((file) => `${dir}/${file}`),
    )
    .concat('tests/fixtures/blank.html');

describe('Reddit detection', () => {
  it('recognises both its fixtures, new and old markup', () => {
    for (const slug of [NEW, OLD]) {
      const doc = load(`${DIR}/${slug}.html`);
      expect(reddit.detect(doc, canonical(doc)), slug).toBe(true);
    }
    const old = load(`${DIR}/${OLD}.html`);
    expect(reddit.detect(old, new URL('https://old.reddit.com/r/backpain/comments/1b7xk2q/'))).toBe(
      true,
    );
  });

  it('ignores other engines and plain pages, even on a Reddit URL', () => {
    const pages = otherPages();
    expect(pages.length).toBeGreaterThan(4);
    for (const path of pages) {
      expect(reddit.detect(load(path), NEUTRAL), path).toBe(false);
    }
    const blank = load('tests/fixtures/blank.html');
    expect(reddit.detect(blank, new URL('https://www.reddit.com/r/backpain/'))).toBe(false);
  });

  it("needs Reddit's host or site name for old Reddit's generic class names", () => {
    const { document } = parseHTML(
      '<div class="thing link" data-fullname="t3_x"><div class="entry"><a class="title">T</a></div></div>',
    );
    expect(reddit.detect(document, NEUTRAL)).toBe(false);
    expect(reddit.detect(document, new URL('https://old.reddit.com/r/x/comments/x/'))).toBe(true);
  });

  it('does not throw on an empty document', () => {
    const { document } = parseHTML('');
    expect(reddit.detect(document, NEUTRAL)).toBe(false);
    expect(reddit.posts(document)).toEqual([]);
  });
});

describe('new Reddit (shreddit)', () => {
  const doc = load(`${DIR}/${NEW}.html`);
  const posts = read(doc);
  const byId = (id: string) => posts.find((post) => post.id === id)!;

  it('reads the submission first, then every comment in page order, replies after their parent', () => {
    expect(posts).toHaveLength(15);
    expect(posts.slice(0, 4).map((p) => [p.id, p.author])).toEqual([
      ['t3_1g3kq7x', 'AK47'],
      ['t1_lrsx0a1', 'stallion_'],
      ['t1_lrtb9kq', 'AK47'],
      ['t1_lrtd2xw', 'Matgic'],
    ]);
    expect(pageTitle(doc, reddit)).toBe('Lower Back Muscle Spasms');
  });

  it("reads the submission's title and self text, not its card chrome", () => {
    const submission = tidy(posts[0]!.text);
    expect(submission).toMatch(/^Lower Back Muscle Spasms\nAnyone ever gets these\?/);
    for (const chrome of ['r/weightroom', 'Technique', '14 comments', '1y ago']) {
      expect(submission).not.toContain(chrome);
    }
  });

  it("keeps nested replies out of their parent's text", () => {
    const stallion = byId('t1_lrsx0a1').text;
    expect(stallion).toContain('deep tissue massage');
    expect(stallion).not.toContain('the biggest bummer');
    expect(byId('t1_lrtb9kq').text).toContain('the biggest bummer');
  });

  it('leaves quotes of other comments out', () => {
    const quoting = byId('t1_lrtjq0e');
    expect(quoting.body.querySelector('blockquote')).not.toBeNull();
    expect(quoting.text).not.toContain('Matgic wrote');
    expect(quoting.text).not.toContain('I agree with the massage');
    expect(byId('t1_lrtd2xw').text).toContain('I agree with the massage');
  });

  it('leaves the reply composer out', () => {
    expect(posts.some((post) => post.text.includes('Draft:'))).toBe(false);
  });
});

describe('old Reddit', () => {
  const doc = load(`${DIR}/${OLD}.html`);
  const posts = read(doc);
  const byId = (id: string) => posts.find((post) => post.id === id)!;

  it('reads the submission and the comments, not the sidebar or "load more comments"', () => {
    expect(posts).toHaveLength(8);
    expect(posts.slice(0, 4).map((p) => [p.id, p.author])).toEqual([
      ['t3_1b7xk2q', 'liftheavy_sitalot'],
      ['t1_kq3n1a8', 'PT_Dan_DPT'],
      ['t1_kq3p7vd', 'liftheavy_sitalot'],
      ['t1_kq3r2mc', 'PT_Dan_DPT'],
    ]);
    expect(posts.map((p) => p.id)).not.toContain('t1_kq4c8uz');
    expect(posts.some((p) => p.text.includes('not a substitute for medical advice'))).toBe(false);
  });

  it("reads the submission's title and self text, not its tagline, buttons or edit form", () => {
    const submission = tidy(posts[0]!.text);
    expect(submission).toMatch(/^Threw my back out deadlifting yesterday.*\nPulled 405 yesterday/);
    for (const chrome of [
      'submitted',
      'self.backpain',
      'Question',
      'comments',
      'formatting help',
    ]) {
      expect(submission).not.toContain(chrome);
    }
    expect(submission).not.toContain('markdown source');
  });

  it('keeps nested replies and quotes out of each comment', () => {
    expect(byId('t1_kq3n1a8').text).not.toContain('reassuring');
    expect(byId('t1_kq3o0zf').text).toContain('take a muscle relaxer');
    const quoting = byId('t1_kq3qk1x');
    expect(quoting.body.querySelector('blockquote')).not.toBeNull();
    expect(quoting.text).not.toContain('take a muscle relaxer');
  });

  it('leaves the comment form and its draft out', () => {
    expect(posts.some((post) => post.text.includes('Draft:'))).toBe(false);
  });
});

describe.each([NEW, OLD])('%s: the page and its plain-text twin', (slug) => {
  const doc = load(`${DIR}/${slug}.html`);
  const posts = read(doc);
  const twin = readPlainText(readFileSync(`${DIR}/${slug}.txt`, 'utf8'));

  it('has the same title and the same posts', () => {
    expect(pageTitle(doc, reddit)).toBe(twin.title);
    expect(posts.map((post) => tidy(post.text))).toEqual(twin.posts.map(tidy));
  });

  it('yields the same claims', () => {
    const fromPage = claims(
      pageTitle(doc, reddit),
      posts.map((post) => post.text),
    );
    expect(fromPage.length).toBeGreaterThanOrEqual(4);
    expect(fromPage).toEqual(claims(twin.title, twin.posts));
  });
});
