/**
 * The text engine: from a post's text to its claim annotations, and from a page's title and posts to
 * the topic decision. Pure: no DOM, no browser APIs, so the content script and the scan CLI share it.
 */
import type { ClaimsDatabase, Stance } from '../claims/schema';
import { foldText } from './fold';
import { compileLexicon, matchConcepts, type ConceptHit } from './matcher';
import { compileRules, evaluateRule, type RuleMatch, type SentenceHits } from './rules';
import { segmentSentences, trimSpan } from './sentences';
import { classifyStance } from './stance';
import { firstTokenAtOrAfter, tokenize, type Token } from './tokens';
import { scoreTopic, topicEvidence, type TopicEvidence, type TopicResult } from './topic';

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

export interface Engine {
  /** Claims made in one post's own text (quotes of other posts already removed by the caller). */
  annotate(text: string): Annotation[];
  /** Whether a page with this title and these posts is a low-back-pain discussion. */
  topic(title: string, posts: readonly string[]): TopicResult;
}

interface Analysed {
  tokens: Token[];
  hits: ConceptHit[];
}

export function createEngine(database: Pick<ClaimsDatabase, 'claims' | 'lexicon'>): Engine {
  const concepts: Record<string, readonly string[]> = { ...database.lexicon.concepts };
  for (const claim of database.claims) Object.assign(concepts, claim.concepts ?? {});
  const lexicon = compileLexicon(concepts);
  const { byConcept } = compileRules(database.claims);

  function analyse(text: string): Analysed {
    const tokens = tokenize(foldText(text));
    return { tokens, hits: matchConcepts(lexicon, tokens) };
  }

  function annotateSentence(
    text: string,
    sentenceStart: number,
    sentenceEnd: number,
    tokens: readonly Token[],
    hits: readonly ConceptHit[],
  ): Annotation[] {
    const byHitConcept: SentenceHits = new Map();
    for (const hit of hits) {
      const list = byHitConcept.get(hit.concept);
      if (list) list.push(hit);
      else byHitConcept.set(hit.concept, [hit]);
    }
    const candidates = [...byHitConcept.keys()]
      .flatMap((concept) => byConcept.get(concept) ?? [])
      .sort((a, b) => a.order - b.order);
    const matched = new Map<string, RuleMatch>();
    for (const rule of candidates) {
      if (matched.has(rule.claimId)) continue;
      const match = evaluateRule(rule, byHitConcept);
      if (match) matched.set(rule.claimId, match);
    }
    const span = trimSpan(text, { start: sentenceStart, end: sentenceEnd });
    const sentenceText = text.slice(span.start, span.end);
    const annotations: Annotation[] = [];
    for (const { rule, first, last } of matched.values()) {
      const ruleTokens = new Set<number>();
      for (const hit of hits) {
        if (!rule.concepts.has(hit.concept)) continue;
        for (let i = hit.first; i <= hit.last; i++) ruleTokens.add(i);
      }
      const stance = classifyStance({
        text: text.slice(sentenceStart, sentenceEnd),
        tokens,
        triggerFirst: first,
        triggerLast: last,
        ruleTokens,
        forced: rule.stance,
      });
      const matchStart = sentenceStart + tokens[first]!.start;
      const matchEnd = sentenceStart + tokens[last]!.end;
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
    }
    return annotations;
  }

  function annotate(text: string): Annotation[] {
    const { tokens, hits } = analyse(text);
    if (!hits.some((hit) => byConcept.has(hit.concept))) return [];
    const annotations: Annotation[] = [];
    let hitIndex = 0;
    for (const sentence of segmentSentences(text)) {
      const firstToken = firstTokenAtOrAfter(tokens, sentence.start);
      const endToken = firstTokenAtOrAfter(tokens, sentence.end);
      while (hitIndex < hits.length && hits[hitIndex]!.first < firstToken) hitIndex++;
      const sentenceHits: ConceptHit[] = [];
      for (let i = hitIndex; i < hits.length && hits[i]!.first < endToken; i++) {
        const hit = hits[i]!;
        // Re-base token indices onto the sentence; a term never crosses a sentence end.
        if (hit.last < endToken) {
          sentenceHits.push({ ...hit, first: hit.first - firstToken, last: hit.last - firstToken });
        }
      }
      if (!sentenceHits.some((hit) => byConcept.has(hit.concept))) continue;
      // Sentence tokens re-based so offsets are relative to the sentence start.
      const sentenceTokens = tokens.slice(firstToken, endToken).map((t) => ({
        text: t.text,
        start: t.start - sentence.start,
        end: t.end - sentence.start,
      }));
      annotations.push(
        ...annotateSentence(text, sentence.start, sentence.end, sentenceTokens, sentenceHits),
      );
    }
    return annotations;
  }

  function evidence(text: string): TopicEvidence {
    return topicEvidence(analyse(text).hits);
  }

  return {
    annotate,
    topic: (title, posts) => scoreTopic(evidence(title), posts.map(evidence)),
  };
}
