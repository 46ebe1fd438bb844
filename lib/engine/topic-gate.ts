/**
 * The topic gate on its own: from a page's title and first posts to whether the page is a low-back
 * pain discussion. Apart from the claims' engine so that a page can be decided with this alone: the
 * content script's first stage carries only the gate, and most forum pages go no further.
 */
import { foldText } from './fold';
import { loadLexicon, matchConcepts, type CompiledLexicon, type LexiconTables } from './matcher';
import { tokenize } from './tokens';
import {
  NO_EVIDENCE,
  scoreTopic,
  screensLowBack,
  topicEvidence,
  type LowBackScreen,
  type TopicEvidence,
  type TopicResult,
} from './topic';

/** How many posts, from the first, the topic gate reads. */
export const TOPIC_SAMPLE = 20;

export interface TopicGate {
  /** Whether a page with this title and these posts is a low-back-pain discussion. */
  topic(title: string, posts: readonly string[]): TopicResult;
}

/** The gate's matcher and screen as the build ships them, as JSON (see `MatcherTables`). */
export interface TopicTables {
  /** `lexiconTables` of the topic's concepts. */
  topic: string;
  /** `lowBackScreen` of the topic's concepts. */
  topicScreen: string;
}

/**
 * A gate over a matcher and a screen, each made when first needed: a page whose texts cannot name
 * the low back never makes the matcher.
 */
export function createTopicGate(
  matcher: () => CompiledLexicon,
  screen: () => LowBackScreen,
): TopicGate {
  let lexicon: CompiledLexicon | undefined;
  let screens: ((folded: string) => boolean) | undefined;
  const namesLowBack = (folded: string) => (screens ??= screensLowBack(screen()))(folded);
  const evidence = (folded: string): TopicEvidence =>
    topicEvidence(matchConcepts((lexicon ??= matcher()), tokenize(folded)));

  /**
   * The title and the first posts decide, in the CLI as in the browser (which reads no more). Texts
   * that cannot name the low back (`lowBackScreen`) are read closely only once another text does:
   * without that, nothing else a page says can make it a back-pain discussion (`scoreTopic`), and its
   * score counts only the texts that were read. Most pages that are not about back pain are decided
   * so without tokenizing most of their posts.
   */
  function topic(title: string, posts: readonly string[]): TopicResult {
    const texts = [title, ...posts.slice(0, TOPIC_SAMPLE)].map(foldText);
    const read = texts.map((folded) => (namesLowBack(folded) ? evidence(folded) : undefined));
    const lowBackNamed = read.some((found) => found?.lowBack === true);
    const all = read.map((found, i) => found ?? (lowBackNamed ? evidence(texts[i]!) : NO_EVIDENCE));
    return scoreTopic(all[0]!, all.slice(1));
  }

  return { topic };
}

/** The gate from the tables the build compiled. */
export function loadTopicGate(tables: TopicTables): TopicGate {
  return createTopicGate(
    () => loadLexicon(JSON.parse(tables.topic) as LexiconTables),
    () => JSON.parse(tables.topicScreen) as LowBackScreen,
  );
}
