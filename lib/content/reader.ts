/**
 * Where a page's post texts are read for claims and topic. In the extension the engine runs in the
 * background, off the page's main thread (`backgroundReader`): the page only lists its posts, sends
 * their texts and places what comes back. Tests and tools read in place (`localReader`).
 */
import type { Annotation, Engine } from '../engine/engine';
import type { TopicResult } from '../engine/topic';
import type { Message } from '../messages';

export interface PostReader {
  /** The topic decision for a page's title and its first posts' texts. */
  topic(title: string, texts: string[]): Promise<TopicResult>;
  /** Each post's claims, in the order of `texts`. */
  annotate(texts: string[]): Promise<Annotation[][]>;
}

/** Reads with an engine in this same thread. */
export function localReader(engine: Engine): PostReader {
  return {
    topic: (title, texts) => Promise.resolve(engine.topic(title, texts)),
    annotate: (texts) => Promise.resolve(texts.map((text) => engine.annotate(text))),
  };
}

/** Reads by asking the background, which holds the engine (see entrypoints/background.ts). */
export function backgroundReader(send: (message: Message) => Promise<unknown>): PostReader {
  return {
    topic: async (title, texts) => {
      const answer = (await send({ type: 'backcheck:read-topic', title, texts })) as TopicResult;
      if (typeof answer?.backPain !== 'boolean') {
        throw new Error('backcheck: the background did not decide the topic');
      }
      return answer;
    },
    annotate: async (texts) => {
      const answer = (await send({ type: 'backcheck:read-posts', texts })) as Annotation[][];
      // An answer of another length would pair claims with the wrong posts.
      if (!Array.isArray(answer) || answer.length !== texts.length) {
        throw new Error('backcheck: the background did not read the posts');
      }
      return answer;
    },
  };
}
