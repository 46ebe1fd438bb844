/** The reply composer and the Web Annotation export. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { claimById } from '../../lib/claims/database';
import { cssPath } from '../../lib/dom/css-path';
import { composeReply, replyMarkupFor } from '../../lib/reply';
import { toWebAnnotations } from '../../lib/web-annotation';

const bedRest = claimById('bed-rest')!;

describe('composeReply', () => {
  it("uses each forum's markup and cites every source with its link", () => {
    const markdown = composeReply(bedRest, 'asserts', replyMarkupFor('discourse'));
    const bbcode = composeReply(bedRest, 'asserts', replyMarkupFor('xenforo'));
    for (const source of bedRest.sources) {
      expect(markdown).toContain(`](${source.url})`);
      expect(bbcode).toContain(`[url=${source.url}]`);
    }
    expect(markdown).toContain(`**${bedRest.summary}**`);
    expect(bbcode).toMatch(/\[list\][\s\S]*\[\/list\]/);
    expect(markdown).not.toMatch(/\[url=|\[b\]/);
  });

  it('never agrees with a post that the evidence contradicts', () => {
    const exercise = claimById('exercise-helps')!; // supported
    expect(composeReply(exercise, 'denies', 'plain')).toMatch(
      /^The research actually leans the other way/,
    );
    expect(composeReply(bedRest, 'denies', 'plain')).toMatch(
      /^Agreed, and the research backs this up/,
    );
    expect(composeReply(claimById('acupuncture-helps')!, 'asserts', 'plain')).toMatch(/unsettled/);
  });

  it('cites "et al." once, and only for several authors', () => {
    const reply = composeReply(bedRest, 'asserts', 'plain');
    expect(reply).not.toMatch(/et al\. et al\./);
    expect(reply).toMatch(/Dahm et al\., Cochrane/);
  });

  it('stays polite and addresses the claim, not the person', () => {
    const reply = composeReply(bedRest, 'asserts', 'plain');
    expect(reply).not.toMatch(/\byou(?:'re| are) wrong\b|\bmyth\b/i);
    expect(reply).toMatch(/see a clinician/);
  });
});

describe('toWebAnnotations', () => {
  it('writes one assessing annotation per sentence, a TextQuoteSelector refining a CssSelector', () => {
    const doc = toWebAnnotations('https://forum.example/t/x/1', '2026-11-21T00:00:00Z', [
      {
        claim: bedRest,
        stance: 'asserts',
        postSelector: '#post_2 .cooked',
        exact: 'Stay in bed for a week.',
        prefix: 'It hurts. ',
        suffix: ' Then lift.',
      },
    ]);
    const [annotation] = doc.first.items;
    expect(doc.total).toBe(1);
    expect(annotation).toMatchObject({
      type: 'Annotation',
      motivation: 'assessing',
      target: {
        source: 'https://forum.example/t/x/1',
        selector: {
          type: 'CssSelector',
          value: '#post_2 .cooked',
          refinedBy: { type: 'TextQuoteSelector', exact: 'Stay in bed for a week.' },
        },
      },
    });
    expect(annotation!.body[1]).toMatchObject({ purpose: 'tagging', value: 'bed-rest' });
  });
});

describe('cssPath', () => {
  it('finds the element again, by id where it can', () => {
    const { document } = parseHTML(
      '<html><body><main><article id="p1"><div>a</div><div class="cooked">b</div></article><article><div>c</div></article></main></body></html>',
    );
    const cooked = document.querySelector('.cooked')!;
    const second = document.querySelectorAll('article')[1]!.firstElementChild!;
    expect(cssPath(cooked)).toBe('#p1 > div:nth-of-type(2)');
    expect(document.querySelector(cssPath(second))).toBe(second);
  });
});

describe('isKnownForum', () => {
  it('matches the known forums by match pattern, and nothing else', async () => {
    const { isKnownForum } = await import('../../lib/sites');
    expect(isKnownForum(new URL('https://forums.t-nation.com/t/x/1'))).toBe(true);
    expect(isKnownForum(new URL('https://www.trainerroad.com/forum/t/x'))).toBe(true);
    expect(isKnownForum(new URL('https://www.trainerroad.com/app'))).toBe(false);
    expect(isKnownForum(new URL('https://evil.example/forums.t-nation.com'))).toBe(false);
    expect(isKnownForum(new URL('http://127.0.0.1:8080/x'), ['http://127.0.0.1/*'])).toBe(true);
  });
});
