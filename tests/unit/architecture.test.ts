/**
 * Conventions the tooling enforces: every adapter file is registered and has realistic fixtures;
 * the pure engine imports nothing from the DOM, browser or UI layers.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { database } from '../../lib/claims/database';
import { ADAPTERS, generic } from '../../lib/dom/adapters';
import { readPage } from '../../lib/dom/read-page';
import { createEngine } from '../../lib/engine/engine';
import { analysePage } from '../../lib/engine/page';
import { readPlainText } from '../../lib/engine/plain-text';

const engine = createEngine(database);

const ADAPTER_DIR = 'lib/dom/adapters';
const adapterFiles = readdirSync(ADAPTER_DIR)
  .filter((f) => f.endsWith('.ts') && !['index.ts', 'types.ts', 'generic.ts'].includes(f))
  .map((f) => f.replace(/\.ts$/, ''));

describe('forum adapters', () => {
  it('are all registered, each under its own engine name', () => {
    expect(ADAPTERS.map((a) => a.engine).sort()).toEqual([...adapterFiles].sort());
    expect(generic.engine).toBe('generic');
  });

  it.each(adapterFiles)('%s has saved-markup fixtures, each with its plain-text twin', (engine) => {
    const dir = `tests/fixtures/${engine}`;
    expect(existsSync(dir)).toBe(true);
    const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const twins = pages.filter((page) => existsSync(`${dir}/${page.replace(/\.html$/, '.txt')}`));
    expect(twins.length).toBeGreaterThanOrEqual(1);
  });

  it.each(adapterFiles)(
    '%s documents the pages it was written for (a "Test URLs" comment)',
    (engine) => {
      expect(readFileSync(`${ADAPTER_DIR}/${engine}.ts`, 'utf8')).toMatch(/Test URLs/i);
    },
  );
});

describe('the pure engine', () => {
  it('imports only its own modules and the claims types', () => {
    for (const file of readdirSync('lib/engine')) {
      const source = readFileSync(`lib/engine/${file}`, 'utf8');
      for (const [, from] of source.matchAll(/from '([^']+)'/g)) {
        expect(from, `${file} imports ${from}`).toMatch(/^\.\/|^\.\.\/claims\/schema$/);
      }
    }
  });
});

describe('every fixture page', () => {
  const pairs = readdirSync('tests/fixtures', { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(`tests/fixtures/${d.name}`)
        .filter((f) => f.endsWith('.html'))
        .map((f) => `tests/fixtures/${d.name}/${f}`)
        .filter((f) => existsSync(f.replace(/\.html$/, '.txt'))),
    );

  it.each(pairs)('%s: annotated exactly as its plain-text twin', (page) => {
    const claims = (path: string, isHtml: boolean) => {
      const text = readFileSync(path, 'utf8');
      let title: string;
      let posts: string[];
      if (isHtml) {
        const { document } = parseHTML(text);
        const read = readPage(document, new URL('https://forum.example/t/x/1'));
        title = read.title;
        posts = read.posts.map((p) => p.index.text);
      } else {
        ({ title, posts } = readPlainText(text));
      }
      return analysePage(engine, title, posts)
        .annotations.map((a) => `${a.claimId}|${a.stance}|${a.sentence.replace(/\s+/g, ' ')}`)
        .sort();
    };
    const fromHtml = claims(page, true);
    expect(fromHtml.length).toBeGreaterThan(0);
    expect(fromHtml).toEqual(claims(page.replace(/\.html$/, '.txt'), false));
  });
});
