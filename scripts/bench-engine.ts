/**
 * The engine's own benchmark, in Node: `npm run bench:engine`.
 *
 * Compiling the database into the matchers (at build time now) and loading the compiled matchers
 * (what the extension and the CLI do), and scanning forum text of growing length (the seed
 * threads repeated: dense with claims, so a worst case for the rule and stance stages), as medians
 * of repeated runs, with the cost per character to show how it grows. Numbers belong here, never in
 * tests.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { database } from '../lib/claims/database';
import { matcherTables } from '../lib/claims/generated/matchers';
import { createEngine } from '../lib/engine/engine';

const RUNS = 9;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

function measure(run: () => void): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

const seeds = readdirSync('tests/fixtures/seeds')
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(`tests/fixtures/seeds/${name}`, 'utf8'))
  .join('\n\n');

function forumText(size: number): string[] {
  let text = '';
  while (text.length < size) text += seeds + '\n\n';
  return text.slice(0, size).split(/\n\s*\n/);
}

// The matchers are made on first use; a one-word annotate and topic force both.
const compile = measure(() => {
  const fresh = createEngine(database);
  fresh.annotate('x');
  fresh.topic('x', []);
});
const load = measure(() => {
  const fresh = createEngine(database, matcherTables);
  fresh.annotate('x');
  fresh.topic('x', []);
});
console.log(`compile database into matchers: ${compile.toFixed(2)} ms (target < 5 ms)`);
console.log(
  `load the matchers the build compiled (what the extension and the CLI do): ${load.toFixed(2)} ms`,
);

const engine = createEngine(database, matcherTables);
const rows: Array<{ size: number; ms: number; claims: number }> = [];
for (const size of [125_000, 250_000, 500_000, 1_000_000, 2_000_000]) {
  const posts = forumText(size);
  let claims = 0;
  const ms = measure(() => {
    claims = 0;
    for (const post of posts) claims += engine.annotate(post).length;
  });
  rows.push({ size, ms, claims });
}
console.log('\n| text | posts-as-paragraphs claims | median ms | ns per char |');
console.log('|---|---|---|---|');
for (const { size, ms, claims } of rows) {
  console.log(
    `| ${(size / 1e6).toFixed(3)} MB | ${claims} | ${ms.toFixed(1)} | ${((ms * 1e6) / size).toFixed(1)} |`,
  );
}
const [first, last] = [rows[0]!, rows.at(-1)!];
console.log(
  `\ngrowth: ${(last.size / first.size).toFixed(0)}x the text took ${(last.ms / first.ms).toFixed(1)}x the time (linear = ${(last.size / first.size).toFixed(0)}x)`,
);
