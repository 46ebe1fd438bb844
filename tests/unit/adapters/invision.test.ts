/**
 * The Invision Community adapter on a seed thread in IPS 4.7 markup and a written thread in IPS 5
 * markup: detection, posts in page order, each post without quotes, signatures, edit notes or
 * editors, and the same claims on the page as in its plain-text twin.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { database } from '../../../lib/claims/database';
import { invision } from '../../../lib/dom/adapters/invision';
import { pageTitle, skipSelectorFor } from '../../../lib/dom/read-page';
import { TextIndex } from '../../../lib/dom/text-index';
import { createEngine } from '../../../lib/engine/engine';
import { analysePage } from '../../../lib/engine/page';
import { readPlainText } from '../../../lib/engine/plain-text';

const DIR = 'tests/fixtures/invision';
const IPS4 = 'dealing-with-muscle-spasms-in-lower-back'; // seed 003, IPS 4.7 markup
const IPS5 = 'lower-back-pain-from-sitting-at-a-desk'; // written thread, IPS 5 markup
const SIGNATURE = 'Stretch daily and never skip warm-ups!';
const NEUTRAL = new URL('https://forum.example/t/some-thread/1');

const load = (path: string) => parseHTML(readFileSync(path, 'utf8')).document;
const skip = skipSelectorFor(invision);
const read = (doc: Document) =>
  invision.posts(doc).map((post) => ({ ...post, text: TextIndex.build(post.body, skip).text }));
/** Lines trimmed, blank lines dropped: block separators and indentation are not text. */
const tidy = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');

const engine = createEngine(database);
const annotations = (title: string, posts: string[]) =>
  analysePage(engine, title, posts).annotations;
const claims = (title: string, posts: string[]) =>
  [
    ...new Set(annotations(title, posts).map((a) => `${a.claimId}|${a.stance}|${a.sentence}`)),
  ].sort();

/** Every fixture page of the other engines, and the plain page. */
const otherPages = () =>
  ['discourse', 'xenforo', 'vbulletin', 'phpbb', 'reddit', 'wordpress']
    .map((engine) => `tests/fixtures/${engine}`)
    .filter((dir) => existsSync(dir))
    .flatMap((dir) =>
      readdirSync(dir)
        .filter((file) => file.endsWith('.html'))
        .map((file) => `${dir}/${file}`),
    )
    .concat('tests/fixtures/blank.html');

describe('Invision detection', () => {
  it('recognises IPS4 (body.ipsApp) and IPS5 (data-ips-hook) pages', () => {
    const ips4 = load(`${DIR}/${IPS4}.html`);
    const ips5 = load(`${DIR}/${IPS5}.html`);
    expect(ips4.querySelector('body.ipsApp')).not.toBeNull();
    expect(ips5.querySelector('.ipsApp')).toBeNull();
    expect(invision.detect(ips4, NEUTRAL)).toBe(true);
    expect(invision.detect(ips5, NEUTRAL)).toBe(true);
  });

  it('ignores other engines and plain pages', () => {
    const pages = otherPages();
    expect(pages.length).toBeGreaterThan(4);
    for (const path of pages) {
      expect(invision.detect(load(path), NEUTRAL), path).toBe(false);
    }
  });

  it('does not throw on an empty document', () => {
    const { document } = parseHTML('');
    expect(invision.detect(document, NEUTRAL)).toBe(false);
    expect(invision.posts(document)).toEqual([]);
  });
});

describe('IPS 4.7', () => {
  const doc = load(`${DIR}/${IPS4}.html`);
  const posts = read(doc);

  it('reads every post in order with its comment id and author', () => {
    expect(posts).toHaveLength(8);
    expect(posts.slice(0, 3).map((p) => [p.id, p.author])).toEqual([
      ['39011', 'Chrisgarcia1287'],
      ['39014', 'Michael_Ray'],
      ['39020', 'Austin_Baraki'],
    ]);
    expect(pageTitle(doc, invision)).toBe('Dealing with Muscle Spasms in lower back.');
  });

  it('leaves quoted sentences out of the quoting post, and their claim with them', () => {
    const quoted = 'I assume the spasms are putting pressure on my nerves';
    const quoting = posts[2]!;
    expect(quoting.body.querySelector('blockquote.ipsQuote')).not.toBeNull();
    expect(quoting.text).not.toContain(quoted);
    expect(quoting.text).not.toContain('said:');
    expect(posts[0]!.text).toContain(quoted);
    const found = annotations(
      pageTitle(doc, invision),
      posts.map((p) => p.text),
    ).filter((a) => a.claimId === 'spasm-compresses-nerve');
    expect(found.map((a) => a.post)).toEqual([1]);
  });

  it('keeps mentions but leaves signatures, edit notes, reactions and the editor out', () => {
    expect(tidy(posts[1]!.text)).toMatch(/^Hey @Chrisgarcia1287 , thanks/);
    expect(posts[0]!.text).not.toContain('Edited');
    for (const post of posts) {
      expect(post.text).not.toContain('chasing a 500 pull');
      expect(post.text).not.toContain('not medical advice');
      expect(post.text).not.toContain('Draft');
      expect(post.text).not.toMatch(/\bQuote\b|1 Like/);
    }
  });
});

describe('IPS 5', () => {
  const doc = load(`${DIR}/${IPS5}.html`);
  const posts = read(doc);

  it('reads every post in order with its comment id and author', () => {
    expect(posts).toHaveLength(8);
    expect(posts.slice(0, 3).map((p) => [p.id, p.author])).toEqual([
      ['88213', 'deskjockey_mike'],
      ['88220', 'CoachRenata'],
      ['88231', 'Hank_the_Tank'],
    ]);
    expect(pageTitle(doc, invision)).toBe('Lower back pain from sitting at a desk all day');
  });

  it('leaves the quoted claim out of the quoting post', () => {
    const quoted = 'Bad posture is not the cause of most back pain';
    expect(posts[1]!.text).toContain(quoted);
    expect(posts[2]!.text).not.toContain(quoted);
    expect(posts[2]!.text).toContain('My chiropractor said');
  });

  it('never reads or annotates the claim-like signature', () => {
    expect(engine.annotate(SIGNATURE).map((a) => a.claimId)).toContain('warmup-prevents');
    expect(doc.body.textContent).toContain(SIGNATURE);
    expect(posts.some((post) => post.text.includes(SIGNATURE))).toBe(false);
    const sentences = annotations(
      pageTitle(doc, invision),
      posts.map((p) => p.text),
    ).map((a) => a.sentence);
    expect(sentences).not.toContain(SIGNATURE);
  });

  it('leaves the edit note and the reply editor out', () => {
    expect(posts[0]!.text).not.toContain('Edited');
    expect(posts.some((post) => post.text.includes('Draft'))).toBe(false);
  });
});

describe('post details', () => {
  it('skips posts of ignored members and falls back to the author pane', () => {
    const { document } = parseHTML(`<body class="ipsApp">
      <article id="elComment_1" class="cPost ipsComment ipsHide"><div data-role="commentContent"><p>hidden</p></div></article>
      <article id="elComment_2" class="cPost ipsComment">
        <aside><h3 class="cAuthorPane_author"><strong><a href="/profile/9-bob/">bob</a></strong></h3></aside>
        <div id="comment-2_wrap" data-commentid="2" data-quotedata="{broken"><div data-role="commentContent"><p>My back hurts.</p></div></div>
      </article></body>`);
    expect(invision.posts(document).map((p) => [p.id, p.author])).toEqual([['2', 'bob']]);
  });
});

describe.each([IPS4, IPS5])('%s: the page and its plain-text twin', (slug) => {
  const doc = load(`${DIR}/${slug}.html`);
  const posts = read(doc);
  const twin = readPlainText(readFileSync(`${DIR}/${slug}.txt`, 'utf8'));

  it('has the same title and the same posts', () => {
    expect(pageTitle(doc, invision)).toBe(twin.title);
    expect(posts.map((post) => tidy(post.text))).toEqual(twin.posts.map(tidy));
  });

  it('yields the same claims', () => {
    const fromPage = claims(
      pageTitle(doc, invision),
      posts.map((post) => post.text),
    );
    expect(fromPage.length).toBeGreaterThanOrEqual(4);
    expect(fromPage).toEqual(claims(twin.title, twin.posts));
  });
});
