/**
 * The engine's own benchmark, in Node: `npm run bench:engine`.
 *
 * Compiling the database into the matchers (at build time now) and loading the compiled matchers
 * (what the extension and the CLI do), and scanning forum text of growing length (the seed
 * threads repeated: dense with claims, so a worst case for the rule and stance stages), as medians
 * of repeated runs, with the cost per character to show how it grows; and a first pass over a
 * thread's worth of text in a fresh process, which is what a page gets. Numbers belong here, never
 * in tests.
 */
import { spawnSync } from 'node:child_process';
import { database } from '../lib/claims/database';
import { matcherTables } from '../lib/claims/generated/matchers';
import { createEngine } from '../lib/engine/engine';
import { forumText } from './forum-text';

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

// A page is scanned once, by code the JavaScript engine has not compiled or optimised yet, with
// patterns not yet compiled and ICU not yet loaded: each fresh process gets one first pass.
const FIRST_PASS_SIZE = 250_000; // about the text of the browser bench's 1,000-post thread
const FIRST_PASSES = 7;
const firstPasses: number[] = [];
for (let i = 0; i < FIRST_PASSES; i++) {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/bench-engine-first-pass.ts', String(FIRST_PASS_SIZE)],
    { encoding: 'utf8' },
  );
  if (child.status !== 0) throw new Error(`bench: first pass failed: ${child.stderr}`);
  firstPasses.push(Number(child.stdout.trim()));
}
const warmPosts = forumText(FIRST_PASS_SIZE);
const warm = measure(() => {
  for (const post of warmPosts) engine.annotate(post);
});
console.log(
  `\nfirst pass over ${FIRST_PASS_SIZE / 1000} kB in a fresh process (what a page gets): median ${median(firstPasses).toFixed(1)} ms of ${FIRST_PASSES}; the same text once warm: ${warm.toFixed(1)} ms`,
);
