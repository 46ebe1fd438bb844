/**
 * The vBulletin adapter on vB4 fixtures (a seed thread and a written one), a vB5 rendering of the
 * written thread and a vB3 snippet: what it detects, the posts it finds, what it leaves out, and
 * that the claims found in the page are the claims found in the thread's plain-text twin.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { database } from '../../../lib/claims/database';
import { vbulletin } from '../../../lib/dom/adapters/vbulletin';
import { pageTitle, skipSelectorFor } from '../../../lib/dom/read-page';
import { TextIndex } from '../../../lib/dom/text-index';
import { createEngine } from '../../../lib/engine/engine';
import { analysePage } from '../../../lib/engine/page';
import { readPlainText } from '../../../lib/engine/plain-text';

const DIR = 'tests/fixtures/vbulletin/';
const SEED = 'lower-back-muscle-spasms';
const OWN = 'back-went-out-vertebra-out-of-place';
const OWN_VB5 = 'back-went-out-vertebra-out-of-place-vb5';
const SIGNATURES = [
  'Strengthen your core and your back pain will disappear!',
  'Stretch daily and never skip warm-ups!',
];
const DRAFT = 'You need an MRI before you train again, trust me.';
const PREVIEW = 'Rest in bed for a week and the pain will go away on its own.';

const parse = (html: string) => parseHTML(html).document;
const load = (path: string) => parse(readFileSync(path, 'utf8'));
const url = new URL('https://www.strengthforums.example/showthread.php?t=40920');
const engine = createEngine(database);
const skip = skipSelectorFor(vbulletin);

function read(doc: Document) {
  const posts = vbulletin
    .posts(doc)
    .map((p) => ({ ...p, text: TextIndex.build(p.body, skip).text }));
  return { title: pageTitle(doc, vbulletin), posts };
}

const claims = (title: string, posts: readonly string[]) =>
  analysePage(engine, title, posts)
    .annotations.map((a) => `${a.claimId}|${a.stance}|${a.sentence}`)
    .sort();

const fixtures = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => dir + f);

describe('vBulletin detection', () => {
  it.each(fixtures(DIR))('claims its own fixture %s', (path) => {
    expect(vbulletin.detect(load(path), url)).toBe(true);
  });

  it.each([
    ...fixtures('tests/fixtures/discourse/'),
    ...fixtures('tests/fixtures/xenforo/'),
    ...fixtures('tests/fixtures/phpbb/'),
    'tests/fixtures/blank.html',
  ])('leaves %s alone', (path) => {
    expect(vbulletin.detect(load(path), url)).toBe(false);
  });

  it('leaves a plain page alone and does not throw on an empty document', () => {
    const plain = parse('<html><body><h1>Back pain</h1><p>My lower back hurts.</p></body></html>');
    expect(vbulletin.detect(plain, url)).toBe(false);
    const empty = parse('');
    expect(() => vbulletin.detect(empty, url)).not.toThrow();
    expect(vbulletin.detect(empty, url)).toBe(false);
    expect(vbulletin.posts(empty)).toEqual([]);
    expect(vbulletin.title?.(empty)).toBeUndefined();
  });
});

describe('vBulletin 4 and 5 posts', () => {
  const seed = read(load(`${DIR}${SEED}.html`));
  const own = read(load(`${DIR}${OWN}.html`));
  const vb5 = read(load(`${DIR}${OWN_VB5}.html`));
  const everything = [...seed.posts, ...own.posts, ...vb5.posts].map((p) => p.text).join('\n');

  it('reads the title and every post, in order, with ids and authors', () => {
    expect(seed.title).toBe('Lower Back Muscle Spasms');
    expect(seed.posts).toHaveLength(14);
    expect(seed.posts.slice(0, 3).map((p) => [p.id, p.author])).toEqual([
      ['771702', 'AK47'],
      ['771707', 'stallion'],
      ['771711', 'Shadowzz4'],
    ]);
    expect(seed.posts[0]!.text.trim()).toMatch(/^Anyone ever gets these\?/);
    expect(own.title).toBe('Back went out again - vertebra out of place?');
    expect(own.posts.map((p) => p.author)).toEqual([
      'benchbarry',
      'coachkel',
      'mri_mike',
      'coachkel',
      'benchbarry',
      'gymrat_lou',
      'benchbarry',
    ]);
  });

  it('reads the vB5 rendering the same way, taking the thread title over the announcement', () => {
    expect(vb5.title).toBe('Back went out again - vertebra out of place?');
    expect(vb5.posts.map((p) => [p.id, p.author])).toEqual(own.posts.map((p) => [p.id, p.author]));
    expect(vb5.posts.map((p) => p.text.trim())).toEqual(own.posts.map((p) => p.text.trim()));
  });

  it("leaves quotes out of the quoting post's text, with their chrome", () => {
    const quoted = 'You need an MRI to see what is going on.';
    expect(own.posts[2]!.text).toContain(quoted);
    expect(own.posts[3]!.text).not.toContain(quoted);
    expect(own.posts[3]!.text.trim()).toMatch(/^Most people over 40/);
    expect(everything).not.toContain('Originally Posted by');
    // bigmike quotes the opening post's last question.
    expect(seed.posts[0]!.text).toContain('Any ideas to keep this from happening?');
    expect(seed.posts[10]!.author).toBe('bigmike');
    expect(seed.posts[10]!.text.trim()).toBe(
      'Don’t take so much D-Bol or whatever you’re on. :wink:',
    );
  });

  it('leaves out signatures, edit notes and attachments', () => {
    for (const signature of SIGNATURES) {
      expect(engine.annotate(signature)).not.toEqual([]); // it would be annotated if it were read
      expect(everything).not.toContain(signature);
    }
    expect(everything).not.toMatch(/Last edited by|morning_stiffness\.jpg|Westside for Skinny/);
  });

  it('never reads the quick-reply editor, its preview or the comment box', () => {
    expect(everything).not.toContain(DRAFT);
    expect(everything).not.toContain(PREVIEW);
    expect(everything).not.toContain('Type your comment here');
  });

  it.each([SEED, OWN, OWN_VB5])('finds the same claims in %s as in its plain-text twin', (slug) => {
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
    for (const text of [...SIGNATURES, DRAFT, PREVIEW]) {
      expect(fromPage.some((a) => a.endsWith(`|${text}`))).toBe(false);
    }
  });
});

describe('vBulletin 3 fallback', () => {
  const doc = parse(`<html><head><meta name="generator" content="vBulletin 3.8.7" /></head><body>
    <div id="posts">
     <div id="edit123"><table id="post123" class="tborder">
      <tr><td class="thead">Today, 10:12 AM</td><td class="thead"><a href="showpost.php?p=123&amp;postcount=1" id="postcount123">#1</a></td></tr>
      <tr><td class="alt2"><div id="postmenu_123"><a class="bigusername" href="member.php?u=9">bob</a></div></td>
          <td class="alt1" id="td_post_123">
            <div class="smallfont"><strong>Back spasm</strong></div>
            <div id="post_message_123">Should I get an MRI?</div>
            <div>__________________<br />${SIGNATURES[1]}</div>
          </td></tr></table></div>
     <div id="edit124"><table id="post124" class="tborder">
      <tr><td class="alt2"><div id="postmenu_124"><a class="bigusername" href="member.php?u=10">amy</a></div></td>
          <td class="alt1" id="td_post_124">
            <div id="post_message_124"><div style="margin:20px; margin-top:5px; ">
              <div class="smallfont" style="margin-bottom:2px">Quote:</div>
              <table cellpadding="6" cellspacing="0" border="0" width="100%"><tr>
                <td class="alt2" style="border:1px inset">Originally Posted by <strong>bob</strong><br />Should I get an MRI?</td>
              </tr></table></div>No, an MRI won't change anything.</div>
          </td></tr></table></div>
    </div></body></html>`);

  it('reads vB3 posts without quote tables or signatures', () => {
    expect(vbulletin.detect(doc, url)).toBe(true);
    expect(read(doc).posts.map((p) => [p.id, p.author, p.text.trim()])).toEqual([
      ['123', 'bob', 'Should I get an MRI?'],
      ['124', 'amy', "No, an MRI won't change anything."],
    ]);
  });
});
