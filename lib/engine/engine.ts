/**
 * The text engine: from a post's text to its claim annotations, and from a page's title and posts to
 * the topic decision. Pure: no DOM, no browser APIs, so the content script and the scan CLI share it.
 */
import type { ClaimHead, DetectionDatabase, Lexicon, Stance } from '../claims/schema';
import { foldText } from './fold';
import {
  compileLexicon,
  loadLexicon,
  matchConcepts,
  type CompiledLexicon,
  type ConceptHit,
  type LexiconTables,
} from './matcher';
import {
  compileRules,
  evaluateRule,
  RULE_WIDE_CONCEPTS,
  type CompiledRule,
  type RuleMatch,
  type SentenceHits,
} from './rules';
import { compiledAhead, compilePatternsAhead } from './patterns';
import { segmentsOf, sentenceAt, trimSpan, type Span } from './sentences';
import { classifyStance, describeSentence } from './stance';
import { firstTokenAtOrAfter, isWordChar, tokenize, type Token } from './tokens';
import { lowBackScreen, TOPIC_CONCEPTS } from './topic';
import {
  createTopicGate,
  loadTopicGate,
  TOPIC_SAMPLE,
  type TopicGate,
  type TopicTables,
} from './topic-gate';

export interface Annotation {
  claimId: string;
  stance: Stance;
  /** Offsets of the sentence in the post's text (trimmed of surrounding white space). */
  start: number;
  end: number;
  /** The whole sentence, as it reads in the text. */
  sentence: string;
  /** The words that triggered the claim, and their offsets. */
  match: string;
  matchStart: number;
  matchEnd: number;
}

export { TOPIC_SAMPLE };

export interface Engine extends TopicGate {
  /** Claims made in one post's own text (quotes of other posts already removed by the caller). */
  annotate(text: string): Annotation[];
}

/** A post's text as written and folded (same offsets), its tokens and its concept hits. */
interface Analysed {
  text: string;
  folded: string;
  tokens: Token[];
  hits: ConceptHit[];
}

/**
 * Cue concepts whose words say that a claim is being judged, not what it is: "chiros are a scam"
 * matches the claim through "scam", and "scam" must still count as a denial.
 */
const STANCE_BEARING_CUES = new Set(['engagement-cue', 'worse-cue']);

const NO_RULES: IndexedRule[] = [];

/** A rule with its concepts as the claims' lexicon numbers them: anchors, other groups, context. */
interface IndexedRule {
  rule: CompiledRule;
  anchors: number[];
  others: number[][];
  context: number[];
}

/** The rules by the number of each anchor concept, and marks by concept number for one post. */
interface RuleIndex {
  byAnchor: IndexedRule[][];
  present: Uint8Array;
  triggers: Uint8Array;
}

/** Indexed by the first group only: a sentence without one of its concepts cannot satisfy the rule. */
function indexRules(rules: readonly CompiledRule[], lexicon: CompiledLexicon): RuleIndex {
  const idOf = new Map(lexicon.conceptNames.map((name, id) => [name, id]));
  // A concept with no terms in the lexicon never occurs: it has no number and is left out.
  const ids = (names: readonly string[]) =>
    names.flatMap((name) => {
      const id = idOf.get(name);
      return id === undefined ? [] : [id];
    });
  const byAnchor: IndexedRule[][] = [];
  for (const rule of rules) {
    const indexed: IndexedRule = {
      rule,
      anchors: ids(rule.groups[0]!),
      others: rule.others.map(ids),
      context: ids(rule.context),
    };
    for (const id of indexed.anchors) (byAnchor[id] ??= []).push(indexed);
  }
  const count = lexicon.conceptNames.length;
  return { byAnchor, present: new Uint8Array(count), triggers: new Uint8Array(count) };
}

/**
 * Words that make what follows the yardstick another claim is measured by: "RFA did no better than
 * exercise", "cold is better than heat for nerve pain", "manipulation is about as good as exercise",
 * "way cheaper than seeing a doctor", "ice doesn't really beat heat", "no good evidence cold beats
 * heat". In every labelled sentence with a second claim, the yardstick was no claim of its own (five
 * sets of six labelled "cold is better than heat" ice-first alone), unless it is named again with a
 * verdict of its own ("…, heat just makes the nerve angrier"). "Nothing better than a hot bath"
 * praises what it names.
 */
const YARDSTICK_OPENING = /^(?:(?:as )?good as|better than|cheaper than|worse than)\s+/;
const YARDSTICK_BEFORE = compiledAhead(
  /(?:(?<!\bnothing(?:'s| is)? )\bbetter than|\bas good as|\bcheaper than|\bno worse than|(?:n't|\bnot|\bnever) (?:really |actually )?beats?|\bevidence (?:that )?(?:\S+ ){1,2}beats)\s+(?:[^\s,;:.!?()]+\s+){0,3}$/,
);

/** Whether `name` comes again in `rest` as words of its own: not "ice" in "nice" or "twice". */
function namedAgain(name: string, rest: string): boolean {
  for (let at = rest.indexOf(name); at >= 0; at = rest.indexOf(name, at + 1)) {
    const after = at + name.length;
    const wordBefore = at > 0 && isWordChar(rest, at - 1);
    const wordAfter = after < rest.length && isWordChar(rest, after);
    if (!wordBefore && !wordAfter) return true;
  }
  return false;
}

/**
 * A verdict on both ("chiro did no better than my physio, both useless", "neither did a thing")
 * judges the yardstick too.
 */
const BOTH_JUDGED = /\b(?:both|neither|nor)\b/;

function pick(
  concepts: Record<string, readonly string[]>,
  names: Iterable<string>,
): Record<string, readonly string[]> {
  const picked: Record<string, readonly string[]> = {};
  for (const name of names) if (concepts[name]) picked[name] = concepts[name];
  return picked;
}

/** The concepts of the engine's two matchers: the claims' rules, and the topic gate. */
export function matcherConcepts(database: { claims: readonly ClaimHead[]; lexicon: Lexicon }): {
  claims: Record<string, readonly string[]>;
  topic: Record<string, readonly string[]>;
} {
  const concepts: Record<string, readonly string[]> = { ...database.lexicon.concepts };
  for (const claim of database.claims) Object.assign(concepts, claim.concepts ?? {});
  // Claim matching never pays for the topic gate's frequent words ("pain", "back") unless a rule
  // names them.
  const ruleConcepts = compileRules(database.claims).rules.flatMap((rule) => [
    ...rule.concepts,
    ...rule.none,
    ...rule.context,
  ]);
  return {
    claims: pick(concepts, new Set([...ruleConcepts, ...RULE_WIDE_CONCEPTS])),
    topic: pick(concepts, TOPIC_CONCEPTS),
  };
}

/**
 * The two matchers compiled ahead, as `lexiconTables` JSON (the build ships them for this
 * database): loading them costs a fraction of compiling the lexicon in the page.
 */
export interface MatcherTables extends TopicTables {
  claims: string;
}

/**
 * An engine for the claims' rules, with matchers compiled from the lexicon, or loaded from the
 * tables the build compiled for the same database (the content script carries only those, not the
 * lexicon's terms).
 */
export function createEngine(database: { claims: readonly ClaimHead[]; lexicon: Lexicon }): Engine;
export function createEngine(database: DetectionDatabase, compiled: MatcherTables): Engine;
export function createEngine(
  database: { claims: readonly ClaimHead[]; lexicon?: Lexicon },
  compiled?: MatcherTables,
): Engine {
  const { lexicon } = database;
  if (!compiled && !lexicon) throw new Error('engine: needs the lexicon or compiled matchers');
  // The rules and the two matchers, each made when first needed: a page that is not about back
  // pain never makes the claims' rules or matcher at all.
  let compiledRules: ReturnType<typeof compileRules> | undefined;
  const claimRules = () => (compiledRules ??= compileRules(database.claims));
  let concepts: ReturnType<typeof matcherConcepts> | undefined;
  const matcher = (which: 'claims' | 'topic') =>
    compiled
      ? loadLexicon(JSON.parse(compiled[which]) as LexiconTables)
      : compileLexicon(
          (concepts ??= matcherConcepts({ claims: database.claims, lexicon: lexicon! }))[which],
        );
  let claimLexicon: CompiledLexicon | undefined;
  const claims = () => (claimLexicon ??= matcher('claims'));
  let ruleIndex: RuleIndex | undefined;
  const rulesByHit = () => (ruleIndex ??= indexRules(claimRules().rules, claims()));
  const gate = compiled
    ? loadTopicGate(compiled)
    : createTopicGate(
        () => matcher('topic'),
        () =>
          lowBackScreen(
            (concepts ??= matcherConcepts({ claims: database.claims, lexicon: lexicon! })).topic,
          ),
      );

  function analyse(text: string): Analysed {
    const folded = foldText(text);
    const tokens = tokenize(folded);
    return { text, folded, tokens, hits: matchConcepts(claims(), tokens) };
  }

  /** The claims one sentence makes. Token indices and offsets are the post's own, never copied. */
  function annotateSentence(
    post: Analysed,
    sentence: Span,
    firstToken: number,
    endToken: number,
    hits: readonly ConceptHit[],
    possible: readonly CompiledRule[],
  ): Annotation[] {
    const byHitConcept: SentenceHits = new Map();
    for (const hit of hits) {
      const list = byHitConcept.get(hit.concept);
      if (list) list.push(hit);
      else byHitConcept.set(hit.concept, [hit]);
    }
    // Every rule that matches, by claim in database order: the first gives the claim, unless its
    // stance rules it out (a report under a rule that takes none), and then the next one.
    const matched = new Map<string, RuleMatch[]>();
    for (const rule of possible) {
      const earlier = matched.get(rule.claimId);
      if (earlier?.at(-1)!.rule.experience) continue;
      const match = evaluateRule(rule, byHitConcept);
      if (!match) continue;
      if (earlier) earlier.push(match);
      else matched.set(rule.claimId, [match]);
    }
    if (matched.size === 0) return [];
    const { text, folded, tokens } = post;
    const span = trimSpan(text, sentence);
    const sentenceText = text.slice(span.start, span.end);
    const view = describeSentence(text, folded, tokens, firstToken, endToken, sentence.end);
    view.claimStarts = [...matched.values()].flatMap((matches) => matches.map((m) => m.first));
    const annotations: Annotation[] = [];
    for (const matches of matched.values()) {
      for (const { rule, first, last } of matches) {
        const ruleTokens = new Set<number>();
        for (const hit of hits) {
          if (!rule.concepts.has(hit.concept) || STANCE_BEARING_CUES.has(hit.concept)) continue;
          for (let i = hit.first; i <= hit.last; i++) ruleTokens.add(i);
        }
        const stance = classifyStance(view, {
          triggerFirst: first,
          triggerLast: last,
          ruleTokens,
          forced: rule.stance,
          negationBefore: rule.negationBefore,
          negatable: rule.negatable,
          harmDenies: rule.harmDenies,
          verdict: rule.verdict,
        });
        if (stance === 'experience' && !rule.experience) continue;
        const matchStart = tokens[first]!.start;
        const matchEnd = tokens[last]!.end;
        annotations.push({
          claimId: rule.claimId,
          stance,
          start: span.start,
          end: span.end,
          sentence: sentenceText,
          match: text.slice(matchStart, matchEnd),
          matchStart,
          matchEnd,
        });
        break;
      }
    }
    if (annotations.length < 2 || BOTH_JUDGED.test(folded.slice(span.start, span.end))) {
      return annotations;
    }
    // A yardstick is no claim, beside the claim it measures. The comparison may open the claim's own
    // match ("better than exercise", where "better" is a helps word).
    const kept = annotations.filter((a) => {
      // Named again after the comparison, it is judged there: "no evidence it beats heat for back
      // pain and heat feels nicer anyway".
      if (namedAgain(folded.slice(a.matchStart, a.matchEnd), folded.slice(a.matchEnd, span.end))) {
        return true;
      }
      const opening = YARDSTICK_OPENING.exec(folded.slice(a.matchStart, a.matchEnd));
      const at = a.matchStart + (opening?.[0].length ?? 0);
      return !YARDSTICK_BEFORE.test(folded.slice(Math.max(span.start, at - 40), at));
    });
    return kept.length > 0 ? kept : annotations;
  }

  /**
   * The rules whose every group (and context) has a concept somewhere in the post, in database
   * order: a rule that fails this cannot match in any one sentence, so its triggers need no sentence
   * boundaries at all. `present` marks the post's concepts by number; `ids` lists them.
   */
  function possibleRules(present: Uint8Array, ids: readonly number[]): IndexedRule[] {
    const possible: IndexedRule[] = [];
    const { byAnchor } = rulesByHit();
    const isPresent = (id: number) => present[id] === 1;
    for (const id of ids) {
      for (const indexed of byAnchor[id] ?? NO_RULES) {
        if (
          indexed.others.every((group) => group.some(isPresent)) &&
          (indexed.rule.context.length === 0 || indexed.context.some(isPresent))
        ) {
          possible.push(indexed);
        }
      }
    }
    // A rule indexed under two anchors of one group is found twice.
    possible.sort((a, b) => a.rule.order - b.rule.order);
    return possible.filter((indexed, i) => i === 0 || indexed !== possible[i - 1]);
  }

  function annotate(text: string): Annotation[] {
    const post = analyse(text);
    const { hits } = post;
    // The post's concepts, marked by number in arrays kept from post to post and cleared after: a
    // set of names built from every hit was a tenth of a long thread's time.
    const { present, triggers } = rulesByHit();
    const presentIds: number[] = [];
    for (const hit of hits) {
      if (present[hit.id] === 1) continue;
      present[hit.id] = 1;
      presentIds.push(hit.id);
    }
    const possibleIndexed = possibleRules(present, presentIds);
    for (const id of presentIds) present[id] = 0;
    if (possibleIndexed.length === 0) return [];
    // The first post that can make a claim reads sentences for stance: compile its patterns first.
    compilePatternsAhead();
    const possible = possibleIndexed.map((indexed) => indexed.rule);
    const triggerIds: number[] = [];
    for (const indexed of possibleIndexed) {
      for (const id of indexed.anchors) {
        if (triggers[id] === 1) continue;
        triggers[id] = 1;
        triggerIds.push(id);
      }
    }
    try {
      return annotateTriggers(post, possible, triggers);
    } finally {
      for (const id of triggerIds) triggers[id] = 0;
    }
  }

  /** The claims of the sentences that hold a hit which can start a rule possible in this post. */
  function annotateTriggers(
    post: Analysed,
    possible: readonly CompiledRule[],
    triggers: Uint8Array,
  ): Annotation[] {
    const { text, tokens, hits } = post;
    const annotations: Annotation[] = [];
    const segments = segmentsOf(text);
    let hitIndex = 0;
    let searchedTo = 0;
    // Visit only sentences that hold a hit which can start a rule possible in this post.
    for (const trigger of hits) {
      if (triggers[trigger.id] !== 1) continue;
      const offset = tokens[trigger.first]!.start;
      if (offset < searchedTo) continue;
      const sentence = sentenceAt(segments, text, offset);
      searchedTo = sentence.end;
      const firstToken = firstTokenAtOrAfter(tokens, sentence.start);
      const endToken = firstTokenAtOrAfter(tokens, sentence.end);
      while (hitIndex < hits.length && hits[hitIndex]!.first < firstToken) hitIndex++;
      const sentenceHits: ConceptHit[] = [];
      for (let i = hitIndex; i < hits.length && hits[i]!.first < endToken; i++) {
        // A term never crosses a sentence end.
        if (hits[i]!.last < endToken) sentenceHits.push(hits[i]!);
      }
      annotations.push(
        ...annotateSentence(post, sentence, firstToken, endToken, sentenceHits, possible),
      );
    }
    return annotations;
  }

  return { annotate, topic: gate.topic };
}
