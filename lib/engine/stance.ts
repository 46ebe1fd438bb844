/**
 * How a sentence relates to the claim it makes: asks about it, reports the writer's own experience,
 * denies it, or asserts it (the default). Decided from cue words around the words that triggered the
 * claim, within the clause that holds them, so "I don't think so, but bed rest helped me" reports
 * experience rather than a denial.
 */
import type { Stance } from '../claims/schema';
import type { Token } from './tokens';

const NEGATORS = new Set([
  'no',
  'not',
  'never',
  "don't",
  'dont',
  "doesn't",
  'doesnt',
  "didn't",
  'didnt',
  "won't",
  'wont',
  "isn't",
  'isnt',
  "aren't",
  'arent',
  "wasn't",
  "weren't",
  "shouldn't",
  'shouldnt',
  "can't",
  'cant',
  'cannot',
  "wouldn't",
  "haven't",
  "hasn't",
  'without',
  'avoid',
  'avoiding',
  'skip',
  'stop',
  'quit',
  'forget',
  'ditch',
  'nothing',
  'neither',
  'nor',
  'unnecessary',
  'pointless',
  'useless',
  'overrated',
  'worthless',
  'ineffective',
  'waste',
  'against',
  'instead',
]);

/** Negators that deny the claim when they follow its words: "an MRI won't change anything". */
const TRAILING_NEGATORS = new Set([
  'not',
  'never',
  "don't",
  'dont',
  "doesn't",
  'doesnt',
  "won't",
  'wont',
  "isn't",
  'isnt',
  "aren't",
  'arent',
  "shouldn't",
  'nothing',
  'unnecessary',
  'pointless',
  'useless',
  'overrated',
  'worthless',
  'ineffective',
  'waste',
]);

/** Words that start a new clause: negation and first person do not reach across them. */
const CLAUSE_WORDS = new Set([
  'but',
  'though',
  'although',
  'however',
  'whereas',
  'if',
  'unless',
  'when',
  'until',
  'because',
  'since',
  'while',
  'which',
  'who',
  'so',
  'otherwise',
  'cause',
  'cuz',
  'coz',
]);

const FIRST_PERSON = new Set([
  'i',
  "i'm",
  'im',
  "i've",
  'ive',
  "i'd",
  "i'll",
  'my',
  'me',
  'myself',
  'mine',
  'we',
  "we've",
  'our',
  'us',
]);

/** Words that turn a first-person sentence into advice or a general statement. */
const GENERALISERS = new Set([
  'you',
  'your',
  "you'll",
  "you're",
  "you've",
  'youre',
  'u',
  'ur',
  'should',
  'must',
  'everyone',
  'everybody',
  'people',
  'anyone',
  'always',
  'recommend',
  'suggest',
  'advise',
]);

/** First person followed by one of these is an opinion ("I think…"), not a report. */
const OPINION_VERBS = new Set([
  'think',
  'believe',
  'reckon',
  'guess',
  'suspect',
  'recommend',
  'suggest',
  'advise',
  'say',
  'bet',
  'would',
  'find',
  'feel',
]);

/** Openings that make a question even when forum writing drops the "?". */
const UNMARKED_QUESTION_OPENERS = [
  'anyone',
  'anybody',
  'has anyone',
  'has anybody',
  'does anyone',
  'does anybody',
  'did anyone',
  'any thoughts',
  'any experience',
  'any advice',
  'thoughts on',
  'should i',
  'do i need',
  'wondering if',
  'wondering whether',
  'i wonder',
  'curious if',
  'curious whether',
  'not sure if',
  'not sure whether',
];

export interface StanceInput {
  /** The whole post's text; offsets in `tokens` point into it. */
  text: string;
  /** The post's tokens (folded). */
  tokens: readonly Token[];
  /** The sentence: its end offset in `text`, and its token range [first, end). */
  sentenceEnd: number;
  sentenceFirstToken: number;
  sentenceEndToken: number;
  /** Token range (inclusive) of the words that triggered the claim. */
  triggerFirst: number;
  triggerLast: number;
  /** Token indices that are part of the rule's own concepts ("avoid" in "avoid deadlifts"). */
  ruleTokens: ReadonlySet<number>;
  /** A stance the rule itself implies ("stay active" denies bed rest). */
  forced?: Stance | undefined;
}

const QUESTION_END = /\?[^\p{L}\p{N}]*$/u;

function isQuestion(input: StanceInput): boolean {
  const { text, tokens, sentenceFirstToken, sentenceEndToken, sentenceEnd } = input;
  // A "?" at the end, possibly followed by closing punctuation or an emoticon: "?)", "?? :)".
  const tailFrom = sentenceEndToken > sentenceFirstToken ? tokens[sentenceEndToken - 1]!.end : 0;
  if (QUESTION_END.test(text.slice(tailFrom, sentenceEnd))) return true;
  const opening = tokens
    .slice(sentenceFirstToken, Math.min(sentenceFirstToken + 3, sentenceEndToken))
    .map((t) => t.text)
    .join(' ');
  return UNMARKED_QUESTION_OPENERS.some((o) => opening === o || opening.startsWith(o + ' '));
}

const CLAUSE_PUNCTUATION = /[,;:()\u2026]|\.\s|\s-\s|--/;

/** Token range [start, end) of the clause holding the trigger, within the sentence. */
function clauseBounds(input: StanceInput) {
  const { text, tokens, sentenceFirstToken, sentenceEndToken, triggerFirst, triggerLast } = input;
  const boundaryBetween = (a: number, b: number): boolean =>
    CLAUSE_PUNCTUATION.test(text.slice(tokens[a]!.end, tokens[b]!.start)) ||
    CLAUSE_WORDS.has(tokens[b]!.text);
  let start = triggerFirst;
  while (start > sentenceFirstToken && !boundaryBetween(start - 1, start)) start--;
  let end = triggerLast + 1;
  while (end < sentenceEndToken && !boundaryBetween(end - 1, end)) end++;
  return { start, end };
}

const NEGATION_REACH_BEFORE = 6;
const NEGATION_REACH_AFTER = 6;

function negationCount(input: StanceInput, start: number, end: number): number {
  const { tokens, triggerFirst, triggerLast, ruleTokens } = input;
  let count = 0;
  const from = Math.max(start, triggerFirst - NEGATION_REACH_BEFORE);
  for (let i = from; i <= triggerLast; i++) {
    if (!ruleTokens.has(i) && NEGATORS.has(tokens[i]!.text)) count++;
  }
  const to = Math.min(end, triggerLast + 1 + NEGATION_REACH_AFTER);
  for (let i = triggerLast + 1; i < to; i++) {
    if (!ruleTokens.has(i) && TRAILING_NEGATORS.has(tokens[i]!.text)) {
      count++;
      break; // "doesn't… nothing" is still one denial
    }
  }
  return count;
}

function isFirstPersonReport(
  tokens: readonly Token[],
  start: number,
  end: number,
  ruleTokens: ReadonlySet<number>,
): boolean {
  let firstPerson = false;
  for (let i = start; i < end; i++) {
    // The claim's own words never count: the "i" of "vitamin I" is not the writer.
    if (ruleTokens.has(i)) continue;
    const word = tokens[i]!.text;
    if (GENERALISERS.has(word)) return false;
    if (FIRST_PERSON.has(word)) {
      const next = tokens[i + 1]?.text;
      const afterNext = tokens[i + 2]?.text;
      if (next !== undefined && OPINION_VERBS.has(next)) return false;
      // "I personally think", "I'd really recommend"
      if (
        afterNext !== undefined &&
        OPINION_VERBS.has(afterNext) &&
        /ly$|^really$/.test(next ?? '')
      )
        return false;
      firstPerson = true;
    }
  }
  return firstPerson;
}

export function classifyStance(input: StanceInput): Stance {
  const { tokens } = input;
  if (isQuestion(input)) return 'asks';
  const { start, end } = clauseBounds(input);
  // A report of the writer's own case: in the claim's clause, or anywhere in a sentence that
  // generalises nowhere ("I had the same problem, went to physio, never had it since").
  if (
    isFirstPersonReport(tokens, start, end, input.ruleTokens) ||
    isFirstPersonReport(tokens, input.sentenceFirstToken, input.sentenceEndToken, input.ruleTokens)
  )
    return 'experience';
  const negated = negationCount(input, start, end) % 2 === 1;
  const stance = input.forced ?? 'asserts';
  if (!negated) return stance;
  return stance === 'denies' ? 'asserts' : stance === 'asserts' ? 'denies' : stance;
}
