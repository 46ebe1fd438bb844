/**
 * The topic gate on its own: from a page's title and first posts to whether the page is a low-back
 * pain discussion. Apart from the claims' engine, and its screen apart from its matcher: the content
 * script's first stage carries only the screen, which decides most forum pages on its own (none of
 * their texts can name the low back); it asks the background's gate about the rest.
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

/**
 * The low-back screen alone: it decides a page only when none of its texts can name the low back,
 * and then exactly as the whole gate would (nothing else a page says can make it a back-pain
 * discussion). The content script carries this, and asks the background's gate about the rest.
 */
export interface TopicScreen {
  /** The gate's decision for a page none of whose texts can name the low back; else undefined. */
  decideUnread(title: string, posts: readonly string[]): TopicResult | undefined;
}

/** The gate's matcher and screen as the build ships them, as JSON (see `MatcherTables`). */
export interface TopicTables {
  /** `lexiconTables` of the topic's concepts. */
  topic: string;
  /** `lowBackScreen` of the topic's concepts. */
  topicScreen: string;
}

/** The title and the first posts, folded: what the gate reads. */
function sampleTexts(title: string, posts: readonly string[]): string[] {
  return [title, ...posts.slice(0, TOPIC_SAMPLE)].map(foldText);
}

/** Whether a folded text may name the low back, by the screen made when first needed. */
function lazyScreen(screen: () => LowBackScreen): (folded: string) => boolean {
  let screens: ((folded: string) => boolean) | undefined;
  return (folded) => (screens ??= screensLowBack(screen()))(folded);
}

/** The decision for texts none of which can name the low back: no evidence in any of them. */
function unread(texts: readonly string[]): TopicResult {
  return scoreTopic(
    NO_EVIDENCE,
    texts.slice(1).map(() => NO_EVIDENCE),
  );
}

export function createTopicScreen(screen: () => LowBackScreen): TopicScreen {
  const namesLowBack = lazyScreen(screen);
  return {
    decideUnread(title, posts) {
      const texts = sampleTexts(title, posts);
      return texts.some(namesLowBack) ? undefined : unread(texts);
    },
  };
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
  const namesLowBack = lazyScreen(screen);
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
    const texts = sampleTexts(title, posts);
    const read = texts.map((folded) => (namesLowBack(folded) ? evidence(folded) : undefined));
    if (read.every((found) => found === undefined)) return unread(texts);
    const lowBackNamed = read.some((found) => found?.lowBack === true);
    const all = read.map((found, i) => found ?? (lowBackNamed ? evidence(texts[i]!) : NO_EVIDENCE));
    return scoreTopic(all[0]!, all.slice(1));
  }

  return { topic };
}

/** The screen alone from the table the build compiled (the content script's part of the gate). */
export function loadTopicScreen(tables: Pick<TopicTables, 'topicScreen'>): TopicScreen {
  return createTopicScreen(() => JSON.parse(tables.topicScreen) as LowBackScreen);
}

/** The gate from the tables the build compiled. */
export function loadTopicGate(tables: TopicTables): TopicGate {
  return createTopicGate(
    () => loadLexicon(JSON.parse(tables.topic) as LexiconTables),
    () => JSON.parse(tables.topicScreen) as LowBackScreen,
  );
}
