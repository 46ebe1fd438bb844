/** The claims database is validated data: every entry, every field, and the set of IDs. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  CLAIMS_DIR,
  ClaimsDataError,
  checkConceptReferences,
  loadClaimsDatabase,
  parseClaim,
} from '../../lib/claims/load';
import { matcherTables } from '../../lib/claims/generated/matchers';
import { detectionDatabase } from '../../lib/claims/heads';
import { createEngine, matcherConcepts } from '../../lib/engine/engine';
import { compileLexicon, loadLexicon, type LexiconTables } from '../../lib/engine/matcher';
import { readPlainText } from '../../lib/engine/plain-text';
import { lowBackScreen } from '../../lib/engine/topic';
import { ClaimSchema, containsBannedWord, detectionPart } from '../../lib/claims/schema';

const SHARED_CATALOGUE = '../shared/claims/catalogue.md';

function catalogueIds(): string[] {
  // The catalogue lives beside the project in CI; a fresh clone uses the committed copy of its IDs.
  if (existsSync(SHARED_CATALOGUE)) {
    const text = readFileSync(SHARED_CATALOGUE, 'utf8');
    return [...text.matchAll(/^\| ([a-z][a-z-]+) \|/gm)]
      .map((m) => m[1]!)
      .filter((id) => id !== 'ID');
  }
  return readFileSync('tests/fixtures/catalogue-ids.txt', 'utf8').split('\n').filter(Boolean);
}

const database = loadClaimsDatabase();
const files = readdirSync(CLAIMS_DIR).filter((f) => f.endsWith('.yaml'));
const validEntry = readFileSync(join(CLAIMS_DIR, 'bed-rest.yaml'), 'utf8');

describe('the claims database', () => {
  it('has exactly the catalogue IDs, each once', () => {
    const ids = database.claims.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...catalogueIds()].sort());
    expect(files.length).toBe(ids.length);
  });

  it.each(files)('%s: raw text has no \\r, tabs or trailing spaces', (file) => {
    const text = readFileSync(join(CLAIMS_DIR, file), 'utf8');
    expect(text).not.toMatch(/\r/);
    expect(text).not.toMatch(/\t/);
    expect(text).not.toMatch(/[ \t]+$/m);
  });

  it.each(database.claims.map((c) => [c.id, c] as const))(
    '%s: is complete and cites checkable sources',
    (_id, claim) => {
      expect(claim.claim.length).toBeLessThan(75);
      expect(claim.summary.length).toBeLessThanOrEqual(200);
      expect(
        claim.sources.some((s) => s.type === 'guideline' || s.type === 'systematic-review'),
      ).toBe(true);
      for (const source of claim.sources) {
        expect(source.doi ?? source.pmid).toBeTruthy();
        if (source.doi) expect(source.doi).toMatch(/^10\.\d{4,9}\/\S+$/);
        if (source.pmid) expect(source.pmid).toMatch(/^\d{1,9}$/);
        expect(source.url).toMatch(/^https:\/\//);
      }
      for (const text of [claim.summary, claim.details, claim.practical, claim.safety ?? '']) {
        expect(containsBannedWord(text)).toBe(false);
      }
    },
  );
});

describe('validation fails on a broken entry', () => {
  const mutate = (change: (entry: Record<string, unknown>) => void): string => {
    const entry = parse(validEntry) as Record<string, unknown>;
    change(entry);
    return JSON.stringify(entry);
  };
  const firstSource = (e: Record<string, unknown>) => (e.sources as Record<string, unknown>[])[0]!;

  it.each([
    ['an unknown verdict', (e: Record<string, unknown>) => (e.verdict = 'mostly-true')],
    [
      'a summary over 200 characters',
      (e: Record<string, unknown>) => (e.summary = 'x'.repeat(201)),
    ],
    ['a claim of 75 characters', (e: Record<string, unknown>) => (e.claim = 'y'.repeat(75))],
    ['a missing details field', (e: Record<string, unknown>) => delete e.details],
    ['no sources', (e: Record<string, unknown>) => (e.sources = [])],
    ['a malformed DOI', (e: Record<string, unknown>) => (firstSource(e).doi = 'doi:10.1000/x')],
    ['a PMID with letters', (e: Record<string, unknown>) => (firstSource(e).pmid = 'PMID123')],
    ['an http link', (e: Record<string, unknown>) => (firstSource(e).url = 'http://example.org/x')],
    [
      'a source with neither DOI nor PMID',
      (e: Record<string, unknown>) => {
        delete firstSource(e).doi;
        delete firstSource(e).pmid;
      },
    ],
    ['judgemental wording', (e: Record<string, unknown>) => (e.summary = 'This is a myth.')],
    ['script markup', (e: Record<string, unknown>) => (e.details = '<script>alert(1)</script>')],
    ['only trials, no review', (e: Record<string, unknown>) => (firstSource(e).type = 'rct')],
  ])('rejects %s', (_label, change) => {
    expect(() => parseClaim('bed-rest.yaml', mutate(change))).toThrow(ClaimsDataError);
  });

  it('rejects a rule whose context names a concept that no lexicon has', () => {
    const claims = database.claims.map((claim) =>
      claim.id === 'heat-helps'
        ? { ...claim, detect: [{ all: ['heat'], context: 'low-back|no-such-concept' }] }
        : claim,
    );
    expect(() => checkConceptReferences(claims, database.lexicon)).toThrow(/no-such-concept/);
    expect(() => checkConceptReferences(database.claims, database.lexicon)).not.toThrow();
  });

  it('accepts the unmodified entry, so the rejections above are about the change', () => {
    expect(v.safeParse(ClaimSchema, parse(validEntry)).success).toBe(true);
  });

  it('rejects a file whose id differs from its name, and a \\r in the file', () => {
    expect(() => parseClaim('ice-first.yaml', validEntry)).toThrow(/match the file name/);
    expect(() => parseClaim('bed-rest.yaml', validEntry.replace('\n', '\r\n'))).toThrow(/\\r/);
  });
});

describe("the content script's part of the database", () => {
  it('is the compiled database with every detection field and none of the notes', () => {
    expect(detectionDatabase).toEqual(detectionPart(database));
    expect(detectionDatabase.claims.map((c) => c.id)).toEqual(database.claims.map((c) => c.id));
    for (const claim of detectionDatabase.claims) {
      expect(Object.keys(claim)).not.toContain('summary');
      expect(Object.keys(claim)).not.toContain('sources');
      expect(claim.detect.length).toBeGreaterThan(0);
    }
  });

  it('finds exactly what the full database finds, on every seed thread', () => {
    const full = createEngine(database);
    // What the content script runs: its part of the database, and the matchers the build compiled.
    const part = createEngine(detectionDatabase, matcherTables);
    for (const name of readdirSync('tests/fixtures/seeds').filter((f) => f.endsWith('.txt'))) {
      const { title, posts } = readPlainText(readFileSync(`tests/fixtures/seeds/${name}`, 'utf8'));
      expect(part.topic(title, posts)).toEqual(full.topic(title, posts));
      for (const post of posts) expect(part.annotate(post)).toEqual(full.annotate(post));
    }
  });

  it('ships the matchers this database compiles to, table for table', () => {
    const concepts = matcherConcepts(database);
    for (const which of ['claims', 'topic'] as const) {
      const shipped = loadLexicon(JSON.parse(matcherTables[which]) as LexiconTables);
      expect(shipped).toEqual(compileLexicon(concepts[which]));
    }
    // The content script's screen too: it decides most pages alone. (The backtick member is the
    // compiler's, for the string's quoting; the screen never reads it.)
    const screen = JSON.parse(matcherTables.topicScreen) as Record<string, unknown>;
    delete screen['`'];
    expect(screen).toEqual(lowBackScreen(concepts.topic));
  });
});
