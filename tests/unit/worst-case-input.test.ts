/** Pathological input finishes and stays correct. No timings here: the bench measures speed. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { database } from '../../lib/claims/database';
import { readPage } from '../../lib/dom/read-page';
import { UNIVERSAL_SKIP } from '../../lib/dom/skip';
import { TextIndex } from '../../lib/dom/text-index';
import { createEngine } from '../../lib/engine/engine';

const engine = createEngine(database);
const CLAIM = 'You need an MRI for that.';

describe('worst-case input', () => {
  it('1 MB of one letter, with a claim after it', () => {
    const text = 'a'.repeat(1_000_000) + '. ' + CLAIM;
    const found = engine.annotate(text);
    expect(found.map((a) => a.claimId)).toEqual(['imaging-needed']);
    expect(found[0]!.sentence).toBe(CLAIM);
  });

  it('100,000 repeated words, including claim words', () => {
    const text = 'back pain mri '.repeat(100_000);
    expect(() => engine.annotate(text)).not.toThrow();
    expect(engine.topic('x', [text]).backPain).toBe(true);
  });

  it('a post that is one 2 MB line', () => {
    const text = ('lorem ipsum dolor sit amet, '.repeat(75_000) + CLAIM).replace(/\n/g, ' ');
    expect(text.length).toBeGreaterThan(2_000_000);
    expect(engine.annotate(text).map((a) => a.claimId)).toContain('imaging-needed');
  });

  it('a 5,000-deep DOM', () => {
    const depth = 5000;
    const html = '<div>'.repeat(depth) + `<p>${CLAIM}</p>` + '</div>'.repeat(depth);
    const { document } = parseHTML(`<html><body><article>${html}</article></body></html>`);
    const index = TextIndex.build(document.querySelector('article')!, UNIVERSAL_SKIP);
    expect(index.text.trim()).toBe(CLAIM);
    expect(engine.annotate(index.text).map((a) => a.claimId)).toEqual(['imaging-needed']);
  });

  it('200,000 text nodes in one post', () => {
    const { document } = parseHTML('<html><body><article></article></body></html>');
    const article = document.querySelector('article')!;
    for (let i = 0; i < 200_000; i++) article.append(document.createTextNode('w '));
    article.append(document.createTextNode(CLAIM));
    const page = readPage(document, new URL('https://x.example/'));
    const text = page.posts[0]!.index.text;
    expect(text.length).toBe(400_000 + CLAIM.length);
    const at = page.posts[0]!.index.position(text.indexOf('MRI'), 'start')!;
    expect(at.node.data).toBe(CLAIM);
  });
});
