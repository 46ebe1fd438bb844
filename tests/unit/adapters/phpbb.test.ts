/**
 * The phpBB adapter on prosilver fixtures (a seed thread and a written one): what it detects, the
 * posts it finds, what it leaves out, and that the claims found in the page are the claims found
 * in the thread's plain-text twin.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { database } from '../../../lib/claims/database';
import { phpbb } from '../../../lib/dom/adapters/phpbb';
import { pageTitle, skipSelectorFor } from '../../../lib/dom/read-page';
import { TextIndex } from '../../../lib/dom/text-index';
import { createEngine } from '../../../lib/engine/engine';
import { analysePage } from '../../../lib/engine/page';
import { readPlainText } from '../../../lib/engine/plain-text';

const DIR = 'tests/fixtures/phpbb/';
const SEED = 'dealing-with-muscle-spasms-in-lower-back';
const OWN = 'desk-job-lower-back-pain-posture-or-core';
const SIGNATURE = 'Stretch daily and never skip warm-ups!';
const DRAFT = 'You need an MRI before you train again, trust me.';
const PREVIEW = 'Rest in bed for a week and the pain will go away on its own.';

const parse = (html: string) => parseHTML(html).document;
const load = (path: string) => parse(readFileSync(path, 'utf8'));
const url = new URL('https://board.barbelltraining.example/viewtopic.php?t=9307');
const engine = createEngine(database);
const skip = skipSelectorFor(phpbb);

function read(doc: Document) {
  const posts = phpbb.posts(doc).map((p) => ({ ...p, text: TextIndex.build(p.body, skip).text }));
  return { title: pageTitle(doc, phpbb), posts };
}

const claims = (title: string, posts: readonly string[]) =>
  analysePage(engine, title, posts)
    .annotations.map((a) => `${a.claimId}|${a.stance}|${a.sentence}`)
    .sort();

const fixtures = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => dir + f);

describe('phpBB detection', () => {
  it.each(fixtures(DIR))('claims its own fixture %s', (path) => {
    expect(phpbb.detect(load(path), url)).toBe(true);
  });

  it.each([
    ...fixtures('tests/fixtures/discourse/'),
    ...fixtures('tests/fixtures/xenforo/'),
    ...fixtures('tests/fixtures/vbulletin/'),
    'tests/fixtures/blank.html',
  ])('leaves %s alone', (path) => {
    expect(phpbb.detect(load(path), url)).toBe(false);
  });

  it('leaves a plain page alone and does not throw on an empty document', () => {
    const plain = parse('<html><body><h1>Back pain</h1><p>My lower back hurts.</p></body></html>');
    expect(phpbb.detect(plain, url)).toBe(false);
    const empty = parse('');
    expect(() => phpbb.detect(empty, url)).not.toThrow();
    expect(phpbb.detect(empty, url)).toBe(false);
    expect(phpbb.posts(empty)).toEqual([]);
    expect(phpbb.title?.(empty)).toBeUndefined();
  });
});

describe('phpBB posts', () => {
  const seed = read(load(`${DIR}${SEED}.html`));
  const own = read(load(`${DIR}${OWN}.html`));
  const everything = [...seed.posts, ...own.posts].map((p) => p.text).join('\n');

  it('reads the title and every post, in order, with ids and authors', () => {
    expect(seed.title).toBe('Dealing with Muscle Spasms in lower back.');
    expect(seed.posts).toHaveLength(8);
    expect(seed.posts.slice(0, 4).map((p) => [p.id, p.author])).toEqual([
      ['120455', 'Chrisgarcia1287'],
      ['120460', 'Michael_Ray'],
      ['120464', 'Austin_Baraki'],
      ['120467', 'Chrisgarcia1287'],
    ]);
    expect(seed.posts[0]!.text.trim()).toMatch(/^Good Morning all,/);
    expect(own.title).toBe('Desk job and lower back pain - posture or weak core?');
    expect(own.posts.map((p) => p.author)).toEqual([
      'nightshift_nora',
      'ptmike',
      'nightshift_nora',
      'hardbed_hal',
      'ptmike',
      'yogi_sue',
      'nightshift_nora',
    ]);
  });

  it("leaves quotes and their 'X wrote:' citations out of the quoting post's text", () => {
    const quoted = 'I assume the spasms are putting pressure on my nerves thus causing me pain.';
    expect(seed.posts[0]!.text).toContain(quoted);
    expect(seed.posts[2]!.text).not.toContain(quoted);
    expect(seed.posts[2]!.text).not.toContain('I was prescribed flexeril and percocet');
    expect(seed.posts[2]!.text).toContain('I would not assume this to be the case');
    expect(own.posts[3]!.text).toContain('Get a hard mattress, it fixed my back.');
    expect(own.posts[4]!.text).not.toContain('Get a hard mattress');
    expect(everything).not.toContain('wrote:');
  });

  it('leaves out signatures, edit notices, code boxes and attachments', () => {
    expect(engine.annotate(SIGNATURE)).not.toEqual([]); // it would be annotated if it were read
    expect(everything).not.toContain(SIGNATURE);
    expect(everything).not.toMatch(/Michael Ray, DPT|Squat 405/);
    expect(everything).not.toMatch(/Last edited by|Select all|Mon\/Wed\/Fri|Viewed 212 times/);
    expect(own.posts[4]!.text).toContain('That schedule is a fine place to start.');
  });

  it('never reads the quick-reply editor or the posting preview', () => {
    expect(everything).not.toContain(DRAFT);
    expect(everything).not.toContain(PREVIEW);
  });

  it('skips posts the reader has hidden (ignored users, soft-deleted posts)', () => {
    const doc =
      parse(`<body id="phpbb" class="section-viewtopic"><div id="p7" class="post has-profile bg2"><div class="inner">
      <dl class="postprofile"><dt><a href="./memberlist.php?mode=viewprofile&amp;u=3" class="username">troll</a></dt></dl>
      <div class="postbody"><div class="ignore" id="post_hidden7">troll is on your ignore list.</div>
      <div id="post_content7" style="display: none;"><div class="content">Spend a week in bed.</div></div></div>
      </div></div></body>`);
    expect(phpbb.detect(doc, url)).toBe(true);
    expect(phpbb.posts(doc)).toEqual([]);
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
