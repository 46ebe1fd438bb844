/**
 * One first pass of the engine over a thread's worth of forum text, in a process of its own, as a
 * page gets it: run by `bench-engine.ts`, which prints the median of several. Prints milliseconds.
 */
import { database } from '../lib/claims/database';
import { matcherTables } from '../lib/claims/generated/matchers';
import { createEngine } from '../lib/engine/engine';
import { forumText } from './forum-text';

const posts = forumText(Number(process.argv[2]));
const start = performance.now();
const engine = createEngine(database, matcherTables);
for (const post of posts) engine.annotate(post);
console.log((performance.now() - start).toFixed(2));
