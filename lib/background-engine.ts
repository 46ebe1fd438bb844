/**
 * The claims engine as the background holds it. A back-pain page's annotator sends its posts' texts
 * here to be read, so the page's main thread never runs the engine: the engine's first pass (code
 * not yet compiled, ICU's first use, the matchers' tables) was most of what a long thread cost the
 * page. Made on first need, and warmed while the annotator is injected.
 */
import { matcherTables } from './claims/generated/matchers';
import { detectionDatabase } from './claims/heads';
import { createEngine, type Annotation, type Engine } from './engine/engine';
import type { TopicResult } from './engine/topic';

let engine: Engine | undefined;

function theEngine(): Engine {
  return (engine ??= createEngine(detectionDatabase, matcherTables));
}

/**
 * A post that takes every stage once (sentences, the matcher, a claim's rule, stance, the topic),
 * so the fixed costs of a first use are paid before the page's first posts arrive.
 */
const WARM_UP_POST =
  'My lower back went out last week. The physio said an MRI is not needed for most back pain, ' +
  'and that bed rest makes it worse. Have you tried walking?';

let warmed = false;

/** Pays the engine's start-up costs ahead of the page's first posts, once per background's life. */
export function warmEngine(): void {
  if (warmed) return;
  warmed = true;
  const warm = theEngine();
  warm.topic('Lower back pain', [WARM_UP_POST]);
  warm.annotate(WARM_UP_POST);
}

/** Each post's claims, in the order of `texts`. Keeps nothing of them. */
export function readPosts(texts: readonly string[]): Annotation[][] {
  const reading = theEngine();
  return texts.map((text) => {
    try {
      return reading.annotate(text);
    } catch (error) {
      // One odd post must not cost the others in its batch their claims.
      console.debug('backcheck: could not read a post', error);
      return [];
    }
  });
}

export function readTopic(title: string, texts: string[]): TopicResult {
  return theEngine().topic(title, texts);
}
