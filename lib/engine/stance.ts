/**
 * How a sentence relates to the claim it makes: asks about it, reports the writer's own experience,
 * denies it, or asserts it (the default). Decided from cue words around the words that triggered the
 * claim, within the clause that holds them, so "I don't think so, but bed rest helped me" reports
 * experience rather than a denial.
 */
import type { Stance } from '../claims/schema';
import type { Token } from './tokens';

/** Judgements that deny a claim wherever they stand near it: "acupuncture is just placebo". */
const DENIAL_WORDS = [
  'placebo',
  'scam',
  'scams',
  'ripoff',
  'overhyped',
  'overblown',
  'overrated',
  'pseudoscience',
  'myth',
  'myths',
  'trap',
  'bs',
  'bullshit',
  'nonsense',
  'outdated',
  'worst',
  'terrible',
  'racket',
  'irrelevant',
  'mask',
  'masks',
  'debunked',
  'tale',
  'ridiculous',
  'absurd',
  'silly',
  'laughable',
  'gimmick',
  'gimmicky',
  'rubbish',
  'garbage',
  'bunk',
  'oversold',
  'overstated',
  'sham',
  'insulting',
  'disappointing',
  'rarely',
  'seldom',
  'hardly',
  'doubt',
  'skeptical',
  'sceptical',
  'unproven',
  'hype',
  'barely',
  'useless',
  'pointless',
  'worthless',
  'ineffective',
  'unnecessary',
  'nothing',
];

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
  'against',
  'instead',
  'steer',
  ...DENIAL_WORDS,
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
  'no',
  ...DENIAL_WORDS,
]);

/** After a negator these make it urgency, not denial: "go to A&E, don't wait". */
const URGENCY_WORDS = new Set(['wait', 'delay', 'hesitate', 'ignore', 'leave', 'put']);

/** Verbs of advice: a negation before one of them belongs to a condition ("if it isn't settling get…"). */
const ADVICE_VERBS = new Set([
  'get',
  'go',
  'see',
  'try',
  'take',
  'use',
  'wear',
  'book',
  'ask',
  'do',
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
  'try',
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
  'doubt',
  'buy',
  'bother',
  'trust',
  'convinced',
  'sure',
  'wonder',
  'know',
  'read',
  'heard',
  'hear',
]);

/** Words that may stand between "I" and an opinion verb: "I really don't think…". */
const OPINION_FILLERS = new Set([
  'really',
  'honestly',
  'personally',
  'just',
  "don't",
  'dont',
  'do',
  'not',
  'never',
  'am',
  "'m",
  'still',
  'kinda',
  'genuinely',
  'seriously',
  'would',
  "wouldn't",
]);

/** "I" in these spots is not the writer: "vitamin I" (ibuprofen). */
const NOT_A_PRONOUN_AFTER = new Set(['vitamin']);

/** "my mum's back", "my mate's chiro": someone else's case, told second hand. */
const OTHER_PEOPLE =
  /^(?:mum|mom|mother|dad|father|wife|husband|partner|missus|mate|friend|brother|sister|son|daughter|cousin|uncle|aunt|boss|coworker|colleague|buddy|bro|gf|bf|girlfriend|boyfriend|neighbour|neighbor|grandma|grandad|grandpa|nan)(?:'s)?$/;

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
  'is it',
  'is there',
  'are there',
  'does it',
  'do you',
  'do i',
  'can i',
  'can you',
  'how do',
  'how long',
  'what do',
  'would',
  'could',
  'will',
  'is',
  'are',
  'does',
  'should',
  'can',
  'has',
  'do they',
];

/** Phrases that make the sentence a question wherever they stand: "…, should i go for it". */
const INNER_QUESTION =
  /\b(?:should i|should we|do i need|is it worth|worth it or|anyone tried|or is that|or is it)\b/;

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
  /** false: only negation after the claim's words counts (claims worded as warnings). */
  negationBefore?: boolean;
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
  if (UNMARKED_QUESTION_OPENERS.some((o) => opening === o || opening.startsWith(o + ' '))) {
    return true;
  }
  const first = tokens[sentenceFirstToken];
  return (
    first !== undefined && INNER_QUESTION.test(text.slice(first.start, sentenceEnd).toLowerCase())
  );
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
const NEGATION_REACH_AFTER = 10;

function isNegator(tokens: readonly Token[], i: number, words: ReadonlySet<string>): boolean {
  const word = tokens[i]!.text;
  const next = tokens[i + 1]?.text ?? '';
  if (word === 'waste') return next === 'of' || next === 'money' || next === 'time';
  if (word === 'band') return next === 'aid'; // "a band-aid"
  if (word === 'bad') return next === 'idea' || next === 'deal'; // "a bad idea", not "a bad back"
  if (word === 'made') return next === 'up'; // "a made-up word"
  if (word === 'coin') return next === 'toss' || next === 'flip'; // "pretty much a coin toss"
  if (word === 'more') return next === 'harm'; // "more harm than good"
  if (!words.has(word)) return false;
  return !URGENCY_WORDS.has(next);
}

/** "don't skip", "never avoid": a negator on a negative verb cancels out. */
const NEGATIVE_VERBS = new Set([
  'avoid',
  'skip',
  'stop',
  'quit',
  'forget',
  'ditch',
  'fear',
  'neglect',
]);

function cancelsOut(tokens: readonly Token[], i: number): boolean {
  return (
    NEGATIVE_VERBS.has(tokens[i + 1]?.text ?? '') ||
    (NEGATIVE_VERBS.has(tokens[i]!.text) && NEGATORS.has(tokens[i - 1]?.text ?? ''))
  );
}

/** Denials that reach across clauses: "…, there's no real evidence they help". */
const SENTENCE_DENIALS =
  /\bno (?:real |good |solid |strong |actual )?evidence\b|\b(?:doesn't|doesnt|don't|dont) (?:really )?work\b/;

/** "people say X, but…": a claim reported from others and then doubted. */
const REPORTED =
  /\b(?:people|they|everyone|some|folks|someone|somebody) (?:say|says|said|tell you|claim|keep)\b|\b(?:supposedly|apparently)\b/;
const DOUBT = /\b(?:but|yet|idk|not sure|doubt|dunno|not true|not convinced|that's not)\b/;

/** Sarcasm that turns a claim around: "yeah because bed rest worked SO well". */
const SARCASM =
  /^(?:yeah|oh)[,\s]+(?:because|sure|right)\b|\bworked so well\b|\bwhy didn't i think of that\b/;

/** "Only the MRI found it": necessity claimed, even in the writer's own story. */
const ONLY = new Set(['only']);

function negationCount(input: StanceInput, start: number, end: number): number {
  const { tokens, triggerFirst, triggerLast, ruleTokens } = input;
  let count = 0;
  if (input.negationBefore !== false) {
    const conditional = ['if', 'when', 'unless'].includes(tokens[start]?.text ?? '');
    const from = Math.max(start, triggerFirst - NEGATION_REACH_BEFORE);
    for (let i = from; i <= triggerLast; i++) {
      if (ruleTokens.has(i) || !isNegator(tokens, i, NEGATORS) || cancelsOut(tokens, i)) continue;
      // "if the sciatica isn't settling get a cortisone shot": the negation is the condition's.
      if (conditional && i < triggerFirst) {
        const between = tokens.slice(i + 1, triggerFirst).some((t) => ADVICE_VERBS.has(t.text));
        if (between) continue;
      }
      count++;
    }
  } else {
    for (let i = triggerFirst; i <= triggerLast; i++) {
      if (!ruleTokens.has(i) && isNegator(tokens, i, NEGATORS)) count++;
    }
  }
  const to = Math.min(end, triggerLast + 1 + NEGATION_REACH_AFTER);
  for (let i = triggerLast + 1; i < to; i++) {
    if (!ruleTokens.has(i) && isNegator(tokens, i, TRAILING_NEGATORS)) {
      count++;
      break; // "doesn't… nothing" is still one denial
    }
  }
  return count;
}

/** Whether first person at `i` opens an opinion ("I think", "I really don't think", "I'd…"). */
function opensOpinion(tokens: readonly Token[], i: number, end: number): boolean {
  const word = tokens[i]!.text;
  if (word === "i'd") return true;
  if (word === 'me' && tokens[i - 1]?.text === 'to') return true; // "sounds like X to me"
  for (let j = i + 1; j < Math.min(end, i + 5); j++) {
    const next = tokens[j]!.text;
    if (OPINION_VERBS.has(next)) return true;
    if (!OPINION_FILLERS.has(next) && !next.endsWith('ly')) return false;
  }
  return false;
}

/**
 * Whether the writer reports their own case in tokens [start, end): first person that is not an
 * opinion ("I think…") or part of a name ("vitamin I"), and no word that generalises to the reader
 * ("lift with your legs" is advice even inside a story about a parent).
 */
function isFirstPersonReport(tokens: readonly Token[], start: number, end: number): boolean {
  let firstPerson = false;
  for (let i = start; i < end; i++) {
    const word = tokens[i]!.text;
    if (GENERALISERS.has(word)) return false;
    if (!FIRST_PERSON.has(word)) continue;
    if (word === 'i' && NOT_A_PRONOUN_AFTER.has(tokens[i - 1]?.text ?? '')) continue;
    if (word === 'my' && [1, 2, 3].some((k) => OTHER_PEOPLE.test(tokens[i + k]?.text ?? ''))) {
      continue;
    }
    if (opensOpinion(tokens, i, end)) return false;
    firstPerson = true;
  }
  return firstPerson;
}

/** Sentences that open with a past-tense verb have dropped their "I": "Went in for a nerve block…". */
const IMPLICIT_I = new Set([
  'went',
  'got',
  'had',
  'tried',
  'did',
  'took',
  'started',
  'spent',
  'slept',
  'used',
  'been',
  'saw',
  'ended',
  'finally',
  'bought',
  'switched',
  'stopped',
  "didn't",
  'didnt',
  "couldn't",
  "wasn't",
]);

/** Sentences that open with one of these give advice, whatever anecdote follows. */
const IMPERATIVES = new Set([
  'give',
  'get',
  'take',
  'try',
  'use',
  'go',
  'see',
  'grab',
  'buy',
  'book',
  'find',
  'put',
  'wear',
  'ice',
  'stretch',
  'foam',
  'keep',
  'stay',
  'avoid',
  'skip',
  'do',
  "don't",
  'never',
  'always',
  'start',
  'stop',
  'ask',
  'walk',
]);
/** Words that may come before the imperative: "bro just foam roll…", "honestly, try…". */
const IMPERATIVE_FILLERS = new Set([
  'just',
  'bro',
  'honestly',
  'seriously',
  'definitely',
  'also',
  'so',
  'then',
  'please',
  'pls',
  'and',
  'dude',
  'mate',
]);

function opensWithImperative(tokens: readonly Token[], first: number, end: number): boolean {
  let i = first;
  while (i < end && IMPERATIVE_FILLERS.has(tokens[i]!.text)) i++;
  return i < end && IMPERATIVES.has(tokens[i]!.text);
}

/** "better than heat": the claim is the one compared against. */
const COMPARED_AGAINST = new Set(['better', 'superior', 'preferable', 'safer']);

function sentenceText(input: StanceInput): string {
  const first = input.tokens[input.sentenceFirstToken];
  return first ? input.text.slice(first.start, input.sentenceEnd).toLowerCase() : '';
}

export function classifyStance(input: StanceInput): Stance {
  const { tokens, triggerFirst } = input;
  if (isQuestion(input)) return 'asks';
  const { start, end } = clauseBounds(input);
  const sentence = sentenceText(input);
  let negations = negationCount(input, start, end);
  if (negations === 0 && SENTENCE_DENIALS.test(sentence)) negations = 1;
  const reported = REPORTED.exec(sentence);
  if (
    reported &&
    tokens[triggerFirst] &&
    DOUBT.test(sentence.slice(reported.index + reported[0].length))
  ) {
    negations = 1;
  }
  if (
    tokens[triggerFirst - 1]?.text === 'than' &&
    COMPARED_AGAINST.has(tokens[triggerFirst - 2]?.text ?? '')
  ) {
    negations = 1;
  }
  if (SARCASM.test(sentence)) negations = 1;
  const advice =
    opensWithImperative(tokens, input.sentenceFirstToken, input.sentenceEndToken) ||
    /\btrust me\b/.test(sentence) ||
    ONLY.has(tokens[triggerFirst - 1]?.text ?? '') ||
    ONLY.has(tokens[triggerFirst - 2]?.text ?? '');
  // A report of the writer's own case: a sentence that drops its "I" ("Went in for a block…"),
  // first person in the claim's clause, or anywhere in a sentence that generalises nowhere and
  // denies nothing ("aleve + walking, that's what got me through"). Advice stays advice.
  const implicitI = IMPLICIT_I.has(tokens[input.sentenceFirstToken]?.text ?? '');
  if (
    !advice &&
    (implicitI ||
      isFirstPersonReport(tokens, start, end) ||
      (negations === 0 &&
        isFirstPersonReport(tokens, input.sentenceFirstToken, input.sentenceEndToken)))
  ) {
    return 'experience';
  }
  const stance = input.forced ?? 'asserts';
  if (negations === 0) return stance;
  return stance === 'denies' ? 'asserts' : stance === 'asserts' ? 'denies' : stance;
}
