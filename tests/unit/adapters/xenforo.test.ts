/**
 * The XenForo adapter on XF2 fixtures (a seed thread and a written one) and an XF1 snippet: what it
 * detects, the posts it finds, what it leaves out, and that the claims found in the page are the
 * claims found in the thread's plain-text twin.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { database } from '../../../lib/claims/database';
import { xenforo } from '../../../lib/dom/adapters/xenforo';
import { pageTitle, skipSelectorFor } from '../../../lib/dom/read-page';
import { TextIndex } from '../../../lib/dom/text-index';
import { createEngine } from '../../../lib/engine/engine';
import { analysePage } from '../../../lib/engine/page';
import { readPlainText } from '../../../lib/engine/plain-text';

const DIR = 'tests/fixtures/xenforo/';
const SEED = 'im-having-muscle-spasms-in-my-lower-back';
const OWN = 'tweaked-lower-back-deadlifting-mri-or-wait';
const SIGNATURE = 'Stretch daily and never skip warm-ups!';
const DRAFT = 'You need an MRI before you train again, trust me.';
const PREVIEW = 'Rest in bed for a week and the pain will go away on its own.';

const parse = (html: string) => parseHTML(html).document;
const load = (path: string) => parse(readFileSync(path, 'utf8'));
const url = new URL('https://forums.irongarage.example/threads/thread.88213/');
const engine = createEngine(database);
const skip = skipSelectorFor(xenforo);

function read(doc: Document) {
  const posts = xenforo.posts(doc).map((p) => ({ ...p, text: TextIndex.build(p.body, skip).text }));
  return { title: pageTitle(doc, xenforo), posts };
}

const claims = (title: string, posts: readonly string[]) =>
  analysePage(engine, title, posts)
    .annotations.map((a) => `${a.claimId}|${a.stance}|${a.sentence}`)
    .sort();

const fixtures = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => dir + f);

describe('XenForo detection', () => {
  it.each(fixtures(DIR))('claims its own fixture %s', (path) => {
    expect(xenforo.detect(load(path), url)).toBe(true);
  });

  it.each([
    ...fixtures('tests/fixtures/discourse/'),
    ...fixtures('tests/fixtures/vbulletin/'),
    ...fixtures('tests/fixtures/phpbb/'),
    'tests/fixtures/blank.html',
  ])('leaves %s alone', (path) => {
    expect(xenforo.detect(load(path), url)).toBe(false);
  });

  it('leaves a plain page alone and does not throw on an empty document', () => {
    const plain = parse('<html><body><h1>Back pain</h1><p>My lower back hurts.</p></body></html>');
    expect(xenforo.detect(plain, url)).toBe(false);
    const empty = parse('');
    expect(() => xenforo.detect(empty, url)).not.toThrow();
    expect(xenforo.detect(empty, url)).toBe(false);
    expect(xenforo.posts(empty)).toEqual([]);
    expect(xenforo.title?.(empty)).toBeUndefined();
  });
});

describe('XenForo 2 posts', () => {
  const seed = read(load(`${DIR}${SEED}.html`));
  const own = read(load(`${DIR}${OWN}.html`));

  it('reads the title and every post, in order, with ids and authors', () => {
    expect(seed.title).toBe("I'm having muscle spasms in my lower back");
    expect(seed.posts).toHaveLength(15);
    expect(seed.posts.slice(0, 3).map((p) => [p.id, p.author])).toEqual([
      ['61200', 'ericR'],
      ['61205', 'trimonkey'],
      ['61209', 'ericR'],
    ]);
    expect(seed.posts[0]!.text.trim()).toMatch(/^This has been a problem for me/);
    expect(own.title).toBe('Tweaked my lower back deadlifting - MRI or wait it out?');
    expect(own.posts.map((p) => p.author)).toEqual([
      'sam_pulls',
      'physio_jen',
      'deadlift_dan',
      'sam_pulls',
      'old_school_rick',
      'sam_pulls',
    ]);
  });

  it("leaves quotes out of the quoting post's text, with their chrome", () => {
    const quoted = 'Avoid bed rest, it makes things worse.';
    expect(own.posts[1]!.text).toContain(quoted);
    expect(own.posts[2]!.text).not.toContain(quoted);
    expect(own.posts[2]!.text).not.toMatch(/said:|Click to expand/);
    expect(own.posts[2]!.text).toContain('Agreed, lying around made mine worse last year.');
    // The seed thread's last post quotes the whole of AndrewL's post.
    const last = seed.posts.at(-1)!;
    expect(last.text).not.toContain('Most of the information in this thread is dead wrong');
    expect(last.text.trim()).toMatch(/^I learned last year/);
  });

  it('leaves out signatures, edit notes, code, link previews, attachments and spoiler buttons', () => {
    const all = [...seed.posts, ...own.posts].map((p) => p.text).join('\n');
    expect(engine.annotate(SIGNATURE)).not.toEqual([]); // it would be annotated if it were read
    expect(all).not.toContain(SIGNATURE);
    expect(all).not.toContain('IMAZ 2010 or bust.');
    expect(all).not.toMatch(/Last edited|Week 2: RDL|recover within six weeks|deadlift_setup\.jpg/);
    expect(all).not.toContain('Spoiler:');
    expect(all).toContain('Cat-cow, bird dogs and side planks'); // the spoiler's content is the author's
  });

  it('never reads the quick-reply editor or its preview', () => {
    const all = [...seed.posts, ...own.posts].map((p) => p.text).join('\n');
    expect(all).not.toContain(DRAFT);
    expect(all).not.toContain(PREVIEW);
  });

  it.each([SEED, OWN])('finds the same claims in %s as in its plain-text twin', (slug) => {
    const page = read(load(`${DIR}${slug}.html`));
    const twin = readPlainText(readFileSync(`${DIR}${slug}.txt`, 'utf8'));
    expect(page.title).toBe(twin.title);
    expect(page.posts).toHaveLength(twin.posts.length);
    const fromPage = claims(
      page.title,
      page.posts.map((p) => p.text),
    );
    expect(fromPage.length).toBeGreaterThan(3);
    expect(fromPage).toEqual(claims(twin.title, twin.posts));
    for (const text of [SIGNATURE, DRAFT, PREVIEW]) {
      expect(fromPage.some((a) => a.endsWith(`|${text}`))).toBe(false);
    }
  });
});

describe('XenForo 1 fallback', () => {
  const doc =
    parse(`<!DOCTYPE html><html id="XenForo" class="Public NoJs"><head><title>t</title></head>
    <body><div class="titleBar"><h1>Back spasm after squats</h1></div>
    <ol class="messageList" id="messageList">
      <li id="post-501" class="message" data-author="anna">
        <div class="messageUserInfo"><a class="username">anna</a></div>
        <div class="messageInfo primaryContent"><div class="messageContent"><article>
          <blockquote class="messageText SelectQuoteContainer ugc baseHtml">Should I get an MRI?</blockquote>
        </article></div><div class="messageTextEndMarker">&nbsp;</div>
        <div class="baseHtml signature messageText ugc"><aside>${SIGNATURE}</aside></div></div>
      </li>
      <li id="post-502" class="message" data-author="ben">
        <div class="messageInfo primaryContent"><div class="messageContent"><article>
          <blockquote class="messageText SelectQuoteContainer ugc baseHtml">
            <div class="bbCodeBlock bbCodeQuote" data-author="anna"><aside>
              <div class="attribution type">anna said:</div>
              <blockquote class="quoteContainer"><div class="quote">Should I get an MRI?</div>
              <div class="quoteExpand">Click to expand...</div></blockquote>
            </aside></div>No, keep walking.
          </blockquote>
        </article></div><div class="editDate">Last edited: Today</div></div>
      </li>
    </ol></body></html>`);

  it('reads XF1 posts without quotes or signatures', () => {
    expect(xenforo.detect(doc, url)).toBe(true);
    const page = read(doc);
    expect(page.title).toBe('Back spasm after squats');
    expect(page.posts.map((p) => [p.id, p.author, p.text.trim()])).toEqual([
      ['501', 'anna', 'Should I get an MRI?'],
      ['502', 'ben', 'No, keep walking.'],
    ]);
  });
});
