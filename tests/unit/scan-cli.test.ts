/** The scan CLI's JSON output is a contract: exactly this shape, on stdout, and nothing else. */
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const SEEDS = [
  'tests/fixtures/seeds/000_8451d1d5441aff2a.txt',
  'tests/fixtures/discourse/back-spasm-sprained-back.html',
];
const run = (args: string[]) =>
  spawnSync('npx', ['tsx', 'lib/cli/scan.ts', ...args], { encoding: 'utf8' });

describe('npm run scan', () => {
  const stdout = execFileSync('npx', ['tsx', 'lib/cli/scan.ts', '--format', 'json', ...SEEDS], {
    encoding: 'utf8',
  });
  const entries = JSON.parse(stdout) as Array<Record<string, unknown>>;

  it('prints one JSON array with one entry per file, in the contract shape', () => {
    expect(entries).toHaveLength(2);
    for (const entry of entries) {
      expect(Object.keys(entry).sort()).toEqual(
        ['annotations', 'engine', 'posts', 'source', 'title', 'topic'].sort(),
      );
      expect(entry.topic).toEqual({ backPain: true, score: expect.any(Number) });
      for (const annotation of entry.annotations as Array<Record<string, unknown>>) {
        expect(Object.keys(annotation).sort()).toEqual(
          ['claimId', 'match', 'post', 'sentence', 'stance', 'verdict'].sort(),
        );
        expect(['asserts', 'denies', 'asks', 'experience']).toContain(annotation.stance);
        expect(annotation.sentence).toContain(annotation.match as string);
      }
    }
    expect(entries.map((e) => [e.source, e.engine])).toEqual([
      [SEEDS[0], 'text'],
      [SEEDS[1], 'discourse'],
    ]);
  });

  it('finds the same claims in a thread as plain text and as a Discourse page', () => {
    const claims = (entry: Record<string, unknown>) =>
      (entry.annotations as Array<{ claimId: string; stance: string; sentence: string }>)
        .map((a) => `${a.claimId}|${a.stance}|${a.sentence}`)
        .sort();
    expect(claims(entries[1]!)).toEqual(claims(entries[0]!));
    expect(claims(entries[0]!).length).toBeGreaterThan(5);
  });

  it('names a missing file on stderr, exits non-zero, and still reports the others', () => {
    const result = run(['--format', 'json', 'no-such-file.txt', SEEDS[0]!]);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/no-such-file\.txt/);
    expect(JSON.parse(result.stdout)).toHaveLength(1);
  });

  it('prints a readable report with --format text', () => {
    const result = run(['--format', 'text', SEEDS[0]!]);
    expect(result.stdout).toMatch(
      /Back-pain discussion \(score [01]\.\d+\), \d+ posts, \d+ claims/,
    );
    expect(result.stdout).toMatch(
      /muscle-relaxants-relax-muscles \(Misleading; the post experience\)/,
    );
  });
});
