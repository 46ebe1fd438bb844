/**
 * Scores the detector on a labelled set: `npx tsx scripts/evaluate.ts [SENTENCES.json] [PAGES.json]`.
 *
 * Sentences: [{ text, labels: [{ claimId, stance }] }]; a found (claimId) counts as a true positive
 * when the sentence is labelled with it. Stance accuracy is over true positives. Pages: [{ title,
 * posts, backPain }], scored by the topic gate. Prints a summary and the misses, for tuning the
 * lexicon; it asserts nothing (the unit tests do). Texts are read as the scan CLI reads a plain-text
 * thread: `[quote]` blocks and "> " lines quote another post and are left out.
 */
import { readFileSync } from 'node:fs';
import { database } from '../lib/claims/database';
import { createEngine } from '../lib/engine/engine';
import { stripQuotes } from '../lib/engine/plain-text';

interface Labelled {
  text: string;
  labels: Array<{ claimId: string; stance: string }>;
}
interface Page {
  title: string;
  posts: string[];
  backPain: boolean;
}

const [
  sentenceFile = 'tests/fixtures/labelled/dev-sentences.json',
  pageFile = 'tests/fixtures/labelled/dev-pages.json',
] = process.argv.slice(2);
const engine = createEngine(database);
const sentences = JSON.parse(readFileSync(sentenceFile, 'utf8')) as Labelled[];

let truePositives = 0;
let falsePositives = 0;
let falseNegatives = 0;
let stanceRight = 0;
const misses: string[] = [];
for (const { text, labels } of sentences) {
  const found = new Map<string, string>();
  for (const a of engine.annotate(stripQuotes(text)))
    if (!found.has(a.claimId)) found.set(a.claimId, a.stance);
  const expected = new Map(labels.map((l) => [l.claimId, l.stance]));
  for (const [claimId, stance] of found) {
    if (expected.has(claimId)) {
      truePositives++;
      if (expected.get(claimId) === stance) stanceRight++;
      else misses.push(`STANCE ${claimId}: got ${stance}, want ${expected.get(claimId)} | ${text}`);
    } else {
      falsePositives++;
      misses.push(`FP     ${claimId} (${stance}) | ${text}`);
    }
  }
  for (const [claimId, stance] of expected) {
    if (!found.has(claimId)) {
      falseNegatives++;
      misses.push(`FN     ${claimId} (${stance}) | ${text}`);
    }
  }
}

let pagesRight = 0;
let pageCount = 0;
try {
  const pages = JSON.parse(readFileSync(pageFile, 'utf8')) as Page[];
  pageCount = pages.length;
  for (const page of pages) {
    const topic = engine.topic(page.title, page.posts.map(stripQuotes));
    if (topic.backPain === page.backPain) pagesRight++;
    else
      misses.push(
        `TOPIC  got ${topic.backPain} (${topic.score}), want ${page.backPain} | ${page.title}`,
      );
  }
} catch {
  // No page set given.
}

const ratio = (a: number, b: number) => (b === 0 ? 'n/a' : (a / b).toFixed(3));
console.log(misses.sort().join('\n'));
console.log(
  `\nsentences ${sentences.length}: precision ${ratio(truePositives, truePositives + falsePositives)}, ` +
    `recall ${ratio(truePositives, truePositives + falseNegatives)}, ` +
    `stance ${ratio(stanceRight, truePositives)} (tp ${truePositives}, fp ${falsePositives}, fn ${falseNegatives})` +
    (pageCount ? `; topic ${pagesRight}/${pageCount}` : ''),
);
