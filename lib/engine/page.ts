/**
 * A whole page through the engine: the topic decision, then each post's annotations. When the page
 * is not a back-pain discussion nothing is annotated at all.
 */
import type { Annotation, Engine } from './engine';
import type { TopicResult } from './topic';

export interface PostAnnotation extends Annotation {
  /** 1-based position of the post in the page. */
  post: number;
}

export interface PageAnalysis {
  topic: TopicResult;
  annotations: PostAnnotation[];
}

export function analysePage(engine: Engine, title: string, posts: readonly string[]): PageAnalysis {
  const topic = engine.topic(title, posts);
  if (!topic.backPain) return { topic, annotations: [] };
  const annotations = posts.flatMap((text, i) =>
    engine.annotate(text).map((annotation) => ({ ...annotation, post: i + 1 })),
  );
  return { topic, annotations };
}
