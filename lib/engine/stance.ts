/**
 * How a sentence relates to the claim it makes: asks about it, reports the writer's own experience,
 * denies it, or asserts it (the default). Decided from cue words around the words that triggered the
 * claim, within the clause that holds them, so "I don't think so, but bed rest helped me" reports
 * experience rather than a denial.
 */
import type { Stance } from '../claims/schema';
import { compiledAhead } from './patterns';
import { firstTokenAtOrAfter, isSpaceCode, type Token } from './tokens';

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
  'fairytale',
  'fairytales',
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
  'bandaid',
  'woo',
  'glorified',
  'gaslighting',
  'filler',
  'quackery',
  'quack',
  'quacks',
];

/**
 * Denial words that can stand as a verdict of their own after the claim ("…, total scam"), beside
 * only the words in `VERDICT_FILLERS`: "…, the chiro total scam" judges the chiro, and "…, terrible
 * sleep" or "…, 12 week wait, ridiculous" judge something else.
 */
const VERDICT_WORDS = new Set(DENIAL_WORDS);
for (const adverb of [
  'terrible',
  'worst',
  'ridiculous',
  'absurd',
  'silly',
  'laughable',
  'insulting',
  'disappointing',
  'outdated',
  'irrelevant',
  'trap',
  'tale',
  'nothing',
  'rarely',
  'seldom',
  'hardly',
  'barely',
  'doubt',
  'mask',
  'masks',
]) {
  VERDICT_WORDS.delete(adverb);
}
/** Words that may stand beside the verdict in its clause: "total scam", "pure placebo imo". */
const VERDICT_FILLERS = new Set([
  'money',
  'total',
  'complete',
  'absolute',
  'utter',
  'pure',
  'just',
  'a',
  'an',
  'such',
  'what',
  'so',
  'all',
  'bloody',
  'fucking',
  'effing',
  'imo',
  'tbh',
  'lol',
  'honestly',
  'basically',
  'really',
  'very',
  'pretty',
  'totally',
  'completely',
  'massively',
  'hugely',
  'wildly',
  'vastly',
  'grossly',
  'mostly',
  'largely',
  'way',
]);
/** The longest clause, in words, that is only a verdict: "total scam", "pure placebo imo". */
const VERDICT_CLAUSE_WORDS = 4;

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
  "ain't",
  'aint',
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
  "ain't",
  'aint',
  "shouldn't",
  'no',
  ...DENIAL_WORDS,
]);

/** After a negator these make it urgency, not denial: "go to A&E, don't wait". */
const URGENCY_WORDS = new Set(['wait', 'delay', 'hesitate', 'ignore', 'leave']);

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
  'push',
  'insist',
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
  "mine's",
  'mines',
  'we',
  "we've",
  'our',
  'us',
]);

/** Words for the reader: "lift with your legs", "sleep on a firm mattress and you'll thank me". */
const READER_WORDS = ['you', 'your', "you'll", "you're", "you've", 'youre', 'u', 'ur'];

/** Words that turn a first-person sentence into advice or a general statement. */
const GENERALISERS = new Set([
  ...READER_WORDS,
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
  // "…, I tell all my clients this": a professional's advice to many.
  'clients',
  'patients',
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
const OTHER_PEOPLE = compiledAhead(
  /^(?:mum|mom|mother|dad|father|wife|husband|partner|missus|mate|friend|brother|sister|son|daughter|cousin|uncle|aunt|boss|coworker|colleague|buddy|bro|gf|bf|girlfriend|boyfriend|neighbour|neighbor|grandma|grandad|grandpa|grandmother|grandfather|granny|gran|nan|mam|mama|mae|papa|hubby|wifey|fiance|fiancee|stepdad|stepmom|stepmum)(?:'s)?$/,
);

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
  'idk if',
  'idk whether',
  'dunno if',
  'dunno whether',
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
  'how often',
  'how many',
  'how soon',
  'how did',
  'how does',
  'how can',
  'how should',
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
  'did you',
  'have you',
  'at what point',
];

/** Words a question may open with before its question words: "so did you get an MRI". */
const QUESTION_LEAD_INS = new Set(['so', 'ok', 'okay', 'wait', 'but', 'and', 'also', 'hey']);

/**
 * Phrases that make the sentence a question wherever they stand: "…, should i go for it", "who do
 * i believe", "any recommendations for…".
 */
const INNER_QUESTION = compiledAhead(
  /\b(?:should i|should we|do i need|is it worth|worth it or|anyone tried|(?:anyone|anybody) had (?:it|that|this|one|any|the)|or is that|or is it|who (?:do|should) i|(?:can|could|would|will|pls|plz|please) (?:someone|somebody) (?:tell|explain)|(?:anyone|anybody) (?:been|done)|good idea or (?:not|no|bad|a waste|waste)|worth \S+ or (?:not|no|a waste|waste)|what \S+ (?:do|did|should|would) (?:you|u|people|i))\b|(?:^|, )(?:which one (?:is|are|do|does|should|would|works?|helps?|to)|any (?:recommendations|recs|tips|suggestions|ideas))\b/,
);

const ANYONE = new Set(['anyone', 'anybody']);
const WHO = new Set(['who', 'that']);
const SAYING = new Set([
  'says',
  'say',
  'thinks',
  'think',
  'claims',
  'believes',
  'reckons',
  'tells',
  'insists',
  'saying',
  'telling',
  'claiming',
]);

/**
 * "anyone who says…", "anyone telling you…", "anyone who has had it will tell you…": people spoken
 * of, not asked ("anyone that tried a brace…" asks).
 */
function speaksOf(tokens: readonly Token[], i: number, end: number): boolean {
  const word = wordAt(tokens, i);
  if (SAYING.has(word)) return true;
  if (!WHO.has(word)) return false;
  if (SAYING.has(wordAt(tokens, i + 1))) return true;
  for (let k = i + 2; k < end; k++) {
    if (tokens[k]!.text === 'will' && wordAt(tokens, k + 1) === 'tell') return true;
  }
  return false;
}
const HELPED = new Set(['helped', 'help']);
const WORKED = new Set(['worked', 'work']);
const AUXILIARIES = new Set(['has', 'have', 'did', 'does', 'do']);

/**
 * "…, has that actually helped anyone", "did it work for anybody": a question however it ends,
 * when the auxiliary opens its clause and nothing negates it ("it has never helped anyone"). Read
 * from the tokens, since a regular expression for it backtracks over every word.
 */
function asksAnyone(text: string, tokens: readonly Token[], first: number, end: number): boolean {
  for (let i = first + 2; i < end; i++) {
    if (!ANYONE.has(tokens[i]!.text)) continue;
    const before = tokens[i - 1]!.text;
    let verb = -1;
    if (HELPED.has(before)) verb = i - 1;
    else if (before === 'for' && WORKED.has(wordAt(tokens, i - 2))) verb = i - 2;
    if (verb < 0) continue;
    for (let k = Math.max(first, verb - 4); k < verb; k++) {
      if (!AUXILIARIES.has(tokens[k]!.text)) continue;
      // "has that helped anyone" opens its clause; "bed rest has never helped anyone" denies.
      const opensClause = k === first || clauseBreakIn(text, tokens[k - 1]!.end, tokens[k]!.start);
      let negated = false;
      for (let n = k + 1; n < verb; n++) if (NEGATORS.has(tokens[n]!.text)) negated = true;
      if (opensClause && !negated) return true;
    }
  }
  return false;
}

/**
 * A sentence that ends asking for thoughts: "pain clinic mentioned an ESI, thoughts". Not "…or no"
 * ("keep walking, pain or no") nor "…or not" ("whether you rest or not"), which end statements.
 */
function endsAsking(text: string, tokens: readonly Token[], first: number, end: number): boolean {
  if (end - first < 2) return false;
  const last = tokens[end - 1]!.text;
  const before = tokens[end - 2]!;
  if (last !== 'thoughts') return false;
  return before.text === 'any' || clauseBreakIn(text, before.end, tokens[end - 1]!.start);
}

/** Verbs that, opening a clause before its subject, ask: "…, is that actually necessary". */
const ASKING_AUXILIARIES = new Set([
  'is',
  'are',
  'will',
  'does',
  'do',
  'did',
  'can',
  'could',
  'should',
  'would',
]);
const ASKED_SUBJECTS = new Set(['that', 'this', 'it', 'i', 'you', 'u', 'they', 'there', 'we']);
/** Tags that ask for agreement or wonder aloud, and ask nothing of the claim. */
const RHETORICAL_TAIL = compiledAhead(
  /^(?:(?:can|could|would) (?:you|u) (?:believe|imagine)|does (?:that|this|it) make sense|do you know what i mean|do you get me|is it just me|is that too much to ask|is it any wonder|is it (?:really |that |so )+hard|is that clear|can i (?:just )?say|can i recommend|(?:do|are|did) (?:you|u|they) even|should (?:you|u) (?:need|want|wish))\b/,
);
/**
 * After "does it" or "did that", words that tell what was done, not ask: "…, did it for 3 months",
 * "…, does it every morning".
 */
const DONE_NOT_ASKED = new Set([
  'for',
  'every',
  'each',
  'daily',
  'twice',
  'once',
  'again',
  'religiously',
  'until',
  'till',
  'then',
  'and',
  'too',
  'regularly',
]);
/** An answer the writer gives their own question: "…, will it fix it no but it helps". */
const SELF_ANSWERS = new Set(['yes', 'yep', 'yeah', 'yup', 'no', 'nope', 'nah', 'absolutely']);
const LONGEST_ASKING_TAIL = 10;

/**
 * A last clause that asks, with no question mark: "…, is that actually necessary", "…, will it
 * settle on its own at 68", "coach says … , is that actually a thing". Forum writers often leave
 * the "?" off. An auxiliary before its subject must open the clause (after a comma, semicolon or
 * dash), which "…, was told to rest" or "…, it is what it is" do not.
 */
function endsWithAskingClause(
  text: string,
  tokens: readonly Token[],
  first: number,
  end: number,
): boolean {
  // From the last word: a one-word answer after a comma ends it ("…, would I go back, absolutely").
  for (let k = end - 1; k > first && k >= end - LONGEST_ASKING_TAIL; k--) {
    const between = text.slice(tokens[k - 1]!.end, tokens[k]!.start);
    if (!clauseBreakIn(text, tokens[k - 1]!.end, tokens[k]!.start)) continue;
    // Not after a bracket: "only by getting a full MRI (not that open MRI) did they find it".
    if (!/[,;\u2013\u2014-]/.test(between)) return false;
    if (k + 1 >= end) return false;
    const verb = tokens[k]!.text;
    const subject = tokens[k + 1]!.text;
    if (!ASKING_AUXILIARIES.has(verb) || !ASKED_SUBJECTS.has(subject)) return false;
    // "…, do it daily": an order.
    if (verb === 'do' && (subject === 'it' || subject === 'that' || subject === 'this')) {
      return false;
    }
    // "…, did it for 3 months", "…, does it every morning": what was done.
    if (
      (verb === 'did' || verb === 'does') &&
      (subject === 'it' || subject === 'that' || subject === 'this') &&
      DONE_NOT_ASKED.has(wordAt(tokens, k + 2))
    ) {
      return false;
    }
    // A tag after a statement asks for agreement: "bed rest doesn't help, does it", "…, is it not".
    // Not "…, should I", which asks.
    const tag = k + 2 === end || (k + 3 === end && tokens[end - 1]!.text === 'not');
    if (tag && subject !== 'i') return false;
    // The writer answers it: "…, will it fix it no but it helps".
    for (let j = k + 3; j < end; j++) {
      if (
        SELF_ANSWERS.has(tokens[j]!.text) &&
        wordAt(tokens, j - 1) !== 'or' &&
        wordAt(tokens, j + 1) !== 'or'
      ) {
        return false;
      }
    }
    const tail = text.slice(tokens[k]!.start, tokens[end - 1]!.end).toLowerCase();
    return !RHETORICAL_TAIL.test(tail);
  }
  return false;
}

/**
 * A question that opens with "what", "which" or "any" and a noun, or with a choice: "what
 * stretches are good for…", "any stretches worth doing", "ice or heat for a back spasm". Not "what
 * helped me…", "what a waste", "what chiros do is…", "any physio worth their salt", nor a choice
 * that is answered ("walking or swimming for back pain, both are great").
 */
const NOUN_QUESTION = compiledAhead(
  /^(?:\S+ or \S+ for (?![^,;.]*\b(?:is|are|does|doesn't|doesnt|do|don't|dont|matters?|helps?|works?|both|either|always|go)\b)[^,;.]*$|(?:what|which) (?!(?:a|an|i|it|that|this|you|we|they|he|she|helped|worked|made|got)\b)\S+ (?:are|do|should|would|can|could)\b(?!.*\b(?:is|was|has|depends)\b)|any \S+ (?:worth (?!(?:their|his|her|its)\b)|that (?:help|work)\b)(?!.*\b(?:is|are|was|will|would)\b))/,
);

/**
 * What stance needs to know about one sentence, worked out once however many claims it makes
 * (`describeSentence`).
 */
export interface SentenceView {
  /** The whole post's text as written; offsets in `tokens` point into it. */
  text: string;
  /** The post's tokens (folded). */
  tokens: readonly Token[];
  /** The sentence's token range [first, end), and its end offset in `text`. */
  firstToken: number;
  endToken: number;
  end: number;
  /** The sentence, folded (lower case, plain quotes), from its first word. */
  folded: string;
  question: boolean;
  /** A question the writer answers no at once: "hydrocodone for my back? no thanks, …". */
  answeredNo: boolean;
  /** Which sentence-wide phrases the sentence may hold (`CUE` flags, from `cuesOf`). */
  cues: number;
  /** Filled on first use by `factsOf`: a question needs none of it. */
  facts?: SentenceFacts;
  /** Where each claim found in the sentence starts (token indices), when the caller knows them. */
  claimStarts?: readonly number[];
}

/** One claim's words in the sentence, and what its rule says about stance. */
export interface ClaimWords {
  /** Token range (inclusive) of the words that triggered the claim. */
  triggerFirst: number;
  triggerLast: number;
  /** Token indices that are part of the rule's own concepts ("avoid" in "avoid deadlifts"). */
  ruleTokens: ReadonlySet<number>;
  /** A stance the rule itself implies ("stay active" denies bed rest). */
  forced?: Stance | undefined;
  /** false: only negation after the claim's words counts (claims worded as warnings). */
  negationBefore?: boolean;
  /** false: no negation turns `forced` around (a claim read from praise of its alternative). */
  negatable?: boolean;
  /** true: a harm said of the claim's practice after its words denies it (`harmDone`). */
  harmDenies?: boolean;
  /** true: the rule's words judge the claim; no report of the writer's case outweighs them. */
  verdict?: boolean;
}

/**
 * The word at token `i`, or "" outside the tokens. Reading an array at a negative index is a slow,
 * generic property look-up in JavaScript engines, and the words before a trigger at the start of a
 * post are exactly that.
 */
function wordAt(tokens: readonly Token[], i: number): string {
  return i >= 0 && i < tokens.length ? tokens[i]!.text : '';
}

/** Whether any of tokens[start, end) is one of `words`. */
function hasWordIn(
  tokens: readonly Token[],
  words: ReadonlySet<string>,
  start: number,
  end: number,
): boolean {
  for (let i = start; i < end; i++) if (words.has(tokens[i]!.text)) return true;
  return false;
}

const QUESTION_END = compiledAhead(/\?[^\p{L}\p{N}]*$/u);
const QUESTION_OPENINGS = new Set(UNMARKED_QUESTION_OPENERS);
const LONGEST_OPENER = Math.max(...UNMARKED_QUESTION_OPENERS.map((o) => o.split(' ').length));

/** Whether tokens from `first` open with a question opener of at least `fewestWords` words. */
/**
 * Tags that ask for agreement, not for an answer: "go see a doctor about it, yeah?", "anyone with
 * sciatica should ask for one, no?". Not "right?", which asks whether the advice is right.
 */
const AGREEMENT_TAGS = new Set([
  'yeah',
  'yea',
  'ya',
  'no',
  'innit',
  'eh',
  'ok',
  'okay',
  'aye',
  'lah',
  'mate',
  'bro',
  'brah',
  'hey',
]);
const ADVICE_MODALS = new Set(['should', 'shd', 'must', 'need', 'needs']);

/** Whether the sentence is advice (an order, or "should") closed by an agreement tag after a comma. */
function agreementTagAfterAdvice(
  text: string,
  tokens: readonly Token[],
  first: number,
  end: number,
): boolean {
  if (end - first < 4 || !AGREEMENT_TAGS.has(tokens[end - 1]!.text)) return false;
  if (!text.slice(tokens[end - 2]!.end, tokens[end - 1]!.start).includes(',')) return false;
  let i = first;
  while (i < end && IMPERATIVE_FILLERS.has(tokens[i]!.text)) i++;
  return IMPERATIVES.has(tokens[i]!.text) || hasWordIn(tokens, ADVICE_MODALS, first, end - 1);
}

function opensQuestion(
  tokens: readonly Token[],
  first: number,
  end: number,
  fewestWords = 1,
): boolean {
  // "could be wrong but …": a hedge before a statement.
  if (
    wordAt(tokens, first) === 'could' &&
    wordAt(tokens, first + 1) === 'be' &&
    wordAt(tokens, first + 2) === 'wrong'
  ) {
    return false;
  }
  let opening = '';
  for (let i = first; i < Math.min(first + LONGEST_OPENER, end); i++) {
    opening = opening === '' ? tokens[i]!.text : `${opening} ${tokens[i]!.text}`;
    if (opening === 'did you' && wordAt(tokens, i + 1) === 'know') return false; // "did you know…"
    // "anyone who says spasms aren't real has never had one" speaks of them; it asks nothing.
    if (ANYONE.has(opening) && speaksOf(tokens, i + 1, end)) return false;
    if (i - first + 1 >= fewestWords && QUESTION_OPENINGS.has(opening)) {
      // "idk if this helps but heat got me through it": a hedge on what the writer tells, not a question.
      return !(HEDGE_OPENERS.has(opening) && hasWordIn(tokens, HEDGE_TURNS, i + 1, end));
    }
  }
  return false;
}

/** Openers that only hedge when a "but" follows: "idk if it was the chiro but my back feels great". */
const HEDGE_OPENERS = new Set(['idk if', 'idk whether', 'dunno if', 'dunno whether']);
const HEDGE_TURNS = new Set(['but']);

function isQuestion(
  text: string,
  tokens: readonly Token[],
  first: number,
  end: number,
  sentenceEnd: number,
  folded: string,
  cues: number,
): boolean {
  // A "?" at the end, possibly followed by closing punctuation or an emoticon: "?)", "?? :)".
  const tailFrom = end > first ? tokens[end - 1]!.end : 0;
  if (QUESTION_END.test(text.slice(tailFrom, sentenceEnd))) {
    return !(
      agreementTagAfterAdvice(text, tokens, first, end) && !opensQuestion(tokens, first, end)
    );
  }
  if (opensQuestion(tokens, first, end)) return true;
  // After a lead-in only an opener of two words or more: "so did you…" asks, "and would
  // recommend…" does not.
  if (QUESTION_LEAD_INS.has(wordAt(tokens, first)) && opensQuestion(tokens, first + 1, end, 2)) {
    return true;
  }
  return (
    NOUN_QUESTION.test(folded) ||
    endsAsking(text, tokens, first, end) ||
    endsWithAskingClause(text, tokens, first, end) ||
    ((cues & CUE.anyone) !== 0 && asksAnyone(text, tokens, first, end)) ||
    ((cues & CUE.question) !== 0 && INNER_QUESTION.test(folded))
  );
}

/**
 * @param folded the post's folded text (same offsets as `text`)
 */
export function describeSentence(
  text: string,
  folded: string,
  tokens: readonly Token[],
  firstToken: number,
  endToken: number,
  end: number,
): SentenceView {
  const first = tokens[firstToken];
  const sentence = first && firstToken < endToken ? folded.slice(first.start, end) : '';
  const cues = cuesOf(tokens, firstToken, endToken, sentence);
  const question = isQuestion(text, tokens, firstToken, endToken, end, sentence, cues);
  return {
    text,
    tokens,
    firstToken,
    endToken,
    end,
    folded: sentence,
    question,
    answeredNo: question && CURT_NO.test(folded.slice(end, end + 24)),
    cues,
  };
}

/** A curt no that answers the question before it: the writer's own verdict, not a question. */
const CURT_NO = compiledAhead(
  /^\s*(?:no thanks|no thank you|nope|nah|no way|hell no|god no|lol no|not a chance|no chance|don't bother|dont bother)\b/,
);

/**
 * Where the first clause break in text[from, to) stands, or -1: `,;:()…`, ". ", " - " or "--". A
 * scan of the few characters between words; a regular expression on a slice of each gap cost more
 * than the rest of the stance decision.
 */
function clauseBreakAt(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (
      code === 44 ||
      code === 59 ||
      code === 58 ||
      code === 40 ||
      code === 41 ||
      code === 0x2026
    ) {
      return i;
    }
    if (code === 46 && i + 1 < to && isSpaceCode(text.charCodeAt(i + 1))) return i;
    if (code === 45) {
      if (i + 1 < to && text.charCodeAt(i + 1) === 45) return i;
      if (
        i > from &&
        i + 1 < to &&
        isSpaceCode(text.charCodeAt(i - 1)) &&
        isSpaceCode(text.charCodeAt(i + 1))
      ) {
        return i;
      }
    }
  }
  return -1;
}

/** Whether the gap between two words breaks the clause (see `clauseBreakAt`). */
function clauseBreakIn(text: string, from: number, to: number): boolean {
  return clauseBreakAt(text, from, to) >= 0;
}

function clauseBoundaryBetween(text: string, tokens: readonly Token[], a: number, b: number) {
  return clauseBreakIn(text, tokens[a]!.end, tokens[b]!.start) || CLAUSE_WORDS.has(tokens[b]!.text);
}

/** The end of the clause holding token `from`, no later than `end`. */
function clauseEndAfter(sentence: SentenceView, from: number, end: number): number {
  const { text, tokens } = sentence;
  let at = from + 1;
  while (at < end && !clauseBoundaryBetween(text, tokens, at - 1, at)) at++;
  return at;
}

/** Token range [start, end) of the clause holding the trigger, within the sentence. */
function clauseBounds(sentence: SentenceView, claim: ClaimWords) {
  const { text, tokens, firstToken, endToken } = sentence;
  let start = claim.triggerFirst;
  while (start > firstToken && !clauseBoundaryBetween(text, tokens, start - 1, start)) start--;
  return { start, end: clauseEndAfter(sentence, claim.triggerLast, endToken) };
}

const NEGATION_REACH_BEFORE = 6;
const NEGATION_REACH_AFTER = 10;

/** Before "or not" these make it "whether or not", which negates nothing. */
const PRONOUN_BEFORE_OR_NOT = new Set(['it', 'them', 'this', 'that', 'whether', 'not']);

/** After "nothing" these praise: "nothing beats", "nothing compares" (and see `nothingBetter`). */
const PRAISE_AFTER_NOTHING = new Set(['beats', 'compares']);
/**
 * These too, before a thing's name ("nothing touches oxycodone"), but not before the pain they
 * fail to reach ("nothing touches the pain", "nothing touches it").
 */
const PRAISE_BEFORE_A_NAME = new Set(['touches', 'tops', 'rivals']);
const NOT_A_NAME = new Set(['it', 'the', 'my', 'this', 'that', 'them', 'pain', 'me']);

/** Verbs after "nothing else" that make it the subject: "it's like nothing else has helped". */
const NOTHING_ELSE_VERBS = new Set([
  'has',
  'have',
  'had',
  'did',
  'does',
  'is',
  'was',
  'works',
  'worked',
  'helps',
  'helped',
  'will',
  'would',
  'can',
  'could',
]);

/**
 * "nothing better than a heat pack", "nothing better for sciatica than walking": praise; not "it
 * was nothing better than a massage" nor "did nothing, better off…" (the comma's "better" is "off").
 */
function nothingBetter(tokens: readonly Token[], i: number): boolean {
  const after = wordAt(tokens, i + 2);
  const before = wordAt(tokens, i - 1);
  return (
    wordAt(tokens, i + 1) === 'better' &&
    (after === 'than' || after === 'for') &&
    before !== 'was' &&
    before !== 'is' &&
    before !== 'did'
  );
}

/** "loosens it like nothing else", praise; not "it's like nothing else has helped". */
function likeNothingElse(tokens: readonly Token[], i: number): boolean {
  return (
    wordAt(tokens, i - 1) === 'like' &&
    wordAt(tokens, i + 1) === 'else' &&
    !NOTHING_ELSE_VERBS.has(wordAt(tokens, i + 2))
  );
}

/** "a waste product", "a waste build-up": the matter, not a verdict. */
const WASTE_MATTER = new Set(['product', 'products', 'build', 'buildup']);

/** "no shame in it", "no joke", "no doubt": a "no" that affirms. */
const AFFIRMING_AFTER_NO = new Set([
  'shame',
  'joke',
  'kidding',
  'lie',
  'exaggeration',
  'doubt',
  'question',
  'wonder',
]);

/** What "the worst of" names when it judges rather than tells a time: "the worst of the lot". */
const WORST_OF_VERDICT = new Set(['all', 'both', 'them', 'lot', 'bunch', 'options', 'treatments']);

function worstOfATime(tokens: readonly Token[], i: number): boolean {
  if (wordAt(tokens, i + 1) !== 'of') return false;
  return (
    !WORST_OF_VERDICT.has(wordAt(tokens, i + 2)) && !WORST_OF_VERDICT.has(wordAt(tokens, i + 3))
  );
}

const NEVER_PRAISE = new Set(['felt', 'been', 'looked']);
const CANT = new Set(["can't", 'cant', 'cannot']);

function enoughAfter(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < from + 4; k++) if (wordAt(tokens, k) === 'enough') return true;
  return false;
}

/** Words that judge an idea as "bad" does: "a daft idea", "a terrible idea". */
const IDEA_VERDICTS = new Set([
  'daft',
  'dumb',
  'stupid',
  'terrible',
  'horrible',
  'awful',
  'silly',
  'crazy',
  'insane',
  'dangerous',
  'poor',
]);
/** "a bad idea", "a daft idea" at `i`. */
function judgesIdea(tokens: readonly Token[], i: number): boolean {
  const word = wordAt(tokens, i);
  return wordAt(tokens, i + 1) === 'idea' && (word === 'bad' || IDEA_VERDICTS.has(word));
}
const NOT_A = new Set(['not', 'never', "isn't", 'isnt', "wasn't", 'wasnt', "ain't", 'aint']);
const EMPHATIC_AFTER_AINT = new Set(['nothing', 'no', 'none', 'nobody', 'nowt', 'never']);
const EMPHATIC_AFTER_NOT_A = new Set(['joke', 'kidding', 'exaggeration', 'lie']);
const POOR_WHAT = new Set(['treatment', 'choice', 'option', 'fix', 'remedy', 'substitute']);
const PRESCRIPTION_WORDS = new Set(['prescription', 'prescriptions', 'script', 'scripts', 'rx']);
const NOTHING_SLANG = new Set(['jack', 'squat', 'zilch', 'nada', 'diddly']);
/** "does bugger all", "did sod all". */
const ALL_SLANG = new Set(['bugger', 'sod', 'fuck', 'feck']);

function isNegator(tokens: readonly Token[], i: number, words: ReadonlySet<string>): boolean {
  const word = tokens[i]!.text;
  const next = wordAt(tokens, i + 1);
  // "a waste of money", "PT was a waste"; not the "waste" (product) that builds up in a muscle.
  if (word === 'waste') {
    if (next === 'of' || next === 'money' || next === 'time') return true;
    return wordAt(tokens, i - 1) === 'a' && !WASTE_MATTER.has(next);
  }
  if (word === 'band') return next === 'aid'; // "a band-aid"
  // "not a bad idea", "never a stupid idea": the two negations cancel out, and neither denies.
  if (NOT_A.has(word) && (next === 'a' || next === 'an') && judgesIdea(tokens, i + 2)) return false;
  if (judgesIdea(tokens, i)) {
    const before = wordAt(tokens, i - 1);
    // "my crazy idea was to try dry needling": a plan, not a verdict.
    if (before === 'my') return false;
    return !((before === 'a' || before === 'an') && NOT_A.has(wordAt(tokens, i - 2)));
  }
  if (word === 'bad') return next === 'deal'; // "a bad deal", not "a bad back"
  // "fusion is a gamble", not "worth the gamble".
  if (word === 'gamble') return wordAt(tokens, i - 1) === 'a';
  // "a poor treatment for back pain", not "my poor back".
  if (word === 'poor') return POOR_WHAT.has(next);
  // "ain't nothing better than a heat pack", "ain't no way": the second word carries the meaning.
  if ((word === "ain't" || word === 'aint') && EMPHATIC_AFTER_AINT.has(next)) return false;
  if (word === 'made') return next === 'up'; // "a made-up word"
  if (word === 'coin') return next === 'toss' || next === 'flip'; // "pretty much a coin toss"
  if (word === 'more') return next === 'harm'; // "more harm than good"
  // "order it without a script", "no prescription needed" say how it is bought, and deny nothing.
  if (word === 'without' || word === 'no') {
    const what = next === 'a' || next === 'any' ? wordAt(tokens, i + 2) : next;
    if (PRESCRIPTION_WORDS.has(what)) return false;
  }
  // "Motrin does jack for it", "did squat", "does bugger all": nothing, in slang.
  if (NOTHING_SLANG.has(word) || (ALL_SLANG.has(word) && next === 'all')) {
    const before = wordAt(tokens, i - 1);
    return DO_VERBS.has(before) || before === 'did';
  }
  // "no question of surgery" still rules it out.
  if (word === 'no' && AFFIRMING_AFTER_NO.has(next) && wordAt(tokens, i + 2) !== 'of') return false;
  // "back pain with a weak leg is not a joke": as "no joke", an emphasis ("not a wonder drug" denies).
  if (NOT_A.has(word) && next === 'a' && EMPHATIC_AFTER_NOT_A.has(wordAt(tokens, i + 2)))
    return false;
  // "when my back is at its worst", "got me through the worst of it": a time, not a verdict; "the
  // worst of the lot", "worst of all" still judge.
  if (word === 'worst' && (wordAt(tokens, i - 2) === 'at' || worstOfATime(tokens, i))) return false;
  // "my back has never felt better": praise.
  if (word === 'never' && NEVER_PRAISE.has(next) && wordAt(tokens, i + 2) === 'better')
    return false;
  // "can't recommend it enough": praise.
  if (CANT.has(word) && next === 'recommend' && enoughAfter(tokens, i + 2)) return false;
  // "nothing beats a heat pack", "loosens it like nothing else": praise, not denial.
  if (
    word === 'nothing' &&
    (PRAISE_AFTER_NOTHING.has(next) ||
      (PRAISE_BEFORE_A_NAME.has(next) && !NOT_A_NAME.has(wordAt(tokens, i + 2))) ||
      likeNothingElse(tokens, i) ||
      nothingBetter(tokens, i))
  ) {
    return false;
  }
  if (!words.has(word)) return false;
  // "whether you like it or not", "whether or not" negate nothing; "physio or not, …" does.
  if (word === 'not' && wordAt(tokens, i - 1) === 'or') {
    return !PRONOUN_BEFORE_OR_NOT.has(wordAt(tokens, i - 2));
  }
  // "don't take it lightly" urges.
  if (next === 'take' && TAKE_IT_IDIOMS.has(wordAt(tokens, i + 3))) return false;
  // "don't put it off" and "don't put up with it" urge; "don't put heat on it" denies.
  if (next === 'put') {
    const after = wordAt(tokens, i + 2);
    return after !== 'off' && after !== 'up' && wordAt(tokens, i + 3) !== 'off';
  }
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
    NEGATIVE_VERBS.has(wordAt(tokens, i + 1)) ||
    (NEGATIVE_VERBS.has(tokens[i]!.text) && NEGATORS.has(wordAt(tokens, i - 1)))
  );
}

/** Denials that reach across clauses: "…, there's no real evidence they help". */
const SENTENCE_DENIALS = compiledAhead(
  /\bno (?:real |good |solid |strong |actual )?evidence\b|\b(?:doesn't|doesnt|don't|dont) (?:really )?work\b/,
);

/** Judgements of the evidence: "…, the evidence is rubbish", "zero evidence for back pain". */
const EVIDENCE_DENIALS = compiledAhead(
  /\b(?:zero|little|weak|poor|no) (?:real |good |solid |strong |actual |decent |high quality )?evidence\b|\bthe (?:evidence|research|data) (?:is|was) (?:pretty |really |very )?(?:rubbish|weak|poor|thin|crap|garbage|shaky|dismal|lousy|awful|terrible|patchy|flimsy)\b|\bthe (?:evidence|research|data|science) (?:linking|tying|behind|for|on) (?:\S+ ){1,6}(?:is|was|are) (?:pretty |really |very )?(?:rubbish|weak|poor|thin|crap|garbage|shaky|dismal|lousy|awful|terrible|patchy|flimsy)\b|\bevidence (?:just )?(?:isn't|isnt|is not) there\b|\b(?:evidence|research|data|stud(?:y|ies)|trials?) (?:says?|shows?|showed|found|suggests?) (?:that )?(?:it|they|this|these) (?:doesn't|doesnt|don't|dont|does not|do not|didn't|didnt|did not) (?:really |actually )?(?:help|work)\b/,
);

/**
 * Dismissals of more than one word: "…, snake oil", "a money spinner", "just buys time", "a
 * temporary fix at best" (not "six weeks at best"), "just theatre" (not "next step is theatre"),
 * "…, save your money", "a rip-off", the rhetorical "who still believes a Medrol pack will fix a
 * disc" (opening the sentence, or "…, who still believes that" after a clause; not the relative "my
 * physio, who believes in graded exercise, …").
 */
const DISMISSAL_PHRASES = compiledAhead(
  /^who (?:\S+ )?(?:still )?believes\b|[,;:] who (?:\S+ )?still believes\b(?! in\b)|snake oil|\b(?:a|total|complete|massive|absolute|utter|huge|are|is|was|were) rip[- ]?offs?\b|(?:money|cash) (?:spinner|grab|cow|pit)|just buys (?:you )?time|square one|\b(?:exactly|right|straight) (?:back )?(?:to )?where (?:you|i|we) started\b|\bback to where (?:you|i|we) started\b|\b(?:barely|hardly|scarcely|little|not much|no) better than (?:nothing|(?:a )?placebo)\b|\b(?:get|gets|getting) blamed for (?:everything|every|all)\b|(?:fix|benefit|help|relief|effect|improvement|difference|patch|solution|band-aid|bandaid) at best\b|(?:just|pure) theatre|old school (?:thinking|medicine)|is old school\b(?!,? but)|\b(?:19|20)?\d0s (?:medicine|advice|thinking)|\b(?:is|are|it's|its) (?:very |really )?old (?:advice|thinking)\b(?!,? but)|\b(?:is|are) (?:mostly |just |pure |all )?(?:\S+ )?folklore\b|\b(?:is|are|was|were) not the answer\b|\b(?:isn't|isnt|aren't|arent) the answer\b|\bas well as (?:the )?(?:fake|sham|placebo)\b|\b(?:fake|sham|placebo) (?:\S+ )?(?:works?|worked|did|does|do) (?:just )?as well\b|\b(?:i'd|id|i would|just|so) skip (?:it|that|them|this)\b|\bsave (?:your|ur) (?:money|cash|pennies)\b(?! (?:for|on|and|n|to|towards|by|instead)\b)/,
);

/**
 * Dismissals that judge their own clause and what came before it, not a later clause ("ibuprofen is
 * just a temporary fix, you need to get moving"): "…, temporary at best", "only ever temporary",
 * "just a temporary fix" (not "the soreness after the adjustment is just temporary", or "only
 * temporary relief but it helps me through a shift"), "dont waste ur money" (not "don't waste your
 * money on chiro, see a physio", where the clause's own words judge).
 */
/** What a remedy gives when it is "just a temporary …". */
const TEMPORARY_REMEDY = String.raw`(?:fix|relief|solution|band[- ]?aid|measure|benefit|effect|help)\b`;
/** "…, so I'm calling BS on the whole posture industry": a verdict, whoever's story came first. */
const CALLING_BS = compiledAhead(/\bcall(?:ing|ed)? (?:bs|bullshit|bull) on\b/);

const CLAUSE_DISMISSALS = compiledAhead(
  new RegExp(
    [
      String.raw`(?:temporary|short[- ](?:term|lived)) at best\b(?!,? but\b)`,
      String.raw`\b(?:just|only) (?:ever )?(?:a )?temporary ${TEMPORARY_REMEDY}(?!,? but\b)`,
      // "only temporary" alone, unless said of the pain rather than of a remedy.
      String.raw`\b(?:just|only) (?:ever )?(?:a )?temporary\b(?! ${TEMPORARY_REMEDY})(?<!(?<!\bfor (?:\S+ )?)\b(?:pain|aches?|soreness|stiffness|numbness|tingling|flare[- ]?ups?|flares?|spasms?|symptoms?|discomfort|swelling|bruising|side[- ]effects?|setbacks?)\b[^,;:.!?]*)(?!,? but\b)`,
      String.raw`\b(?:don't|dont|do not) waste (?:your|ur) (?:money|time|cash)\b(?! (?:(?:on|with|in) (?!(?:it|them|one|this|that|those|these)\b)|[a-z]+ing\b))`,
      // "…, that's insane advice", "…, that'll get someone killed": a verdict on what was relayed.
      String.raw`\b(?:that's|thats|that is|that was|is|was|such) (?:some |such )?(?:terrible|awful|bad|dangerous|insane|crazy|stupid|horrible|shocking|dodgy|reckless|irresponsible|rubbish|crap|shit|garbage) advice\b`,
      String.raw`\bget (?:someone|somebody|people|you) killed\b`,
      CALLING_BS.source,
    ].join('|'),
  ),
);

/** Where what a `CLAUSE_DISMISSALS` judges ends, as an offset in the post; -1 if none. */
function clauseDismissedTo(folded: string, offset: number): number {
  const match = CLAUSE_DISMISSALS.exec(folded);
  if (!match) return -1;
  const end = clauseBreakAt(folded, match.index + match[0].length, folded.length);
  return offset + (end < 0 ? folded.length : end);
}

/**
 * Judgements of the thing a clause is about, whatever else the sentence says: "surgery should be
 * the last resort" (not "…, a good physio will sort it"), "exercise is the last thing you should
 * do", "posture has little (bugger all, nowt) to do with it".
 */
const CLAUSE_DENIALS = compiledAhead(
  /\b(?:a|the) (?:very )?last resort\b|\bthe last thing (?:you|u|anyone) (?:should|want|need)\b|\b(?:little|nothing|less|(?:bugger|sod|fuck|naff|jack) all|nowt|zero) to do with\b/,
);
const CLAUSE_DENIAL_WORDS = new Set([
  'resort',
  'last',
  'little',
  'nothing',
  'less',
  'bugger',
  'sod',
  'fuck',
  'naff',
  'jack',
  'nowt',
  'zero',
]);

/** What a clause says the thing has to do with instead: "less to do with the disc and more to do with…". */
const CLAUSE_AFFIRMED = compiledAhead(/\b(?:more|everything|all|lot|much|mostly) to do with\b/g);

/** How many words after "nothing to do with" a claim's words may start and still be what it denies. */
const CLAUSE_DENIAL_OBJECT_WORDS = 4;
/**
 * A clause denial that tells the writer's story rather than judging the thing: "went to the chiro
 * as a last resort and he fixed me", "the doc said it had nothing to do with my pain" (what "it"
 * is, not the claim before it), "not saying stretching has nothing to do with it".
 */
const CLAUSE_DENIAL_STORY = compiledAhead(
  /\bas $|\b(?:it|which|that)(?:'s|s| is| was| has| had| have)? $/,
);
const CLAUSE_DENIAL_DOUBTED = compiledAhead(/\bnot (?:saying|suggesting|claiming)\b/);

/**
 * Whether the claim's clause judges it (`CLAUSE_DENIALS`): 'verdict' when the judgement stands
 * whatever story the clause tells, 'story' when it only turns the claim around (`CLAUSE_DENIAL_STORY`).
 */
function clauseDenies(
  sentence: SentenceView,
  start: number,
  end: number,
  triggerFirst: number,
): 'verdict' | 'story' | false {
  const { tokens, folded, firstToken } = sentence;
  if ((sentence.cues & CUE.clauseDenial) === 0) return false;
  if (!hasWordIn(tokens, CLAUSE_DENIAL_WORDS, start, end)) return false;
  const offset = tokens[firstToken]!.start;
  const from = tokens[start]!.start - offset;
  const clause = folded.slice(from, tokens[end - 1]!.end - offset);
  const denial = CLAUSE_DENIALS.exec(clause);
  if (!denial) return false;
  // The claim's words after "more to do with", past the denial, are what the clause affirms.
  const trigger = tokens[triggerFirst]!.start - offset - from;
  CLAUSE_AFFIRMED.lastIndex = 0;
  for (let m = CLAUSE_AFFIRMED.exec(clause); m !== null; m = CLAUSE_AFFIRMED.exec(clause)) {
    if (m.index > denial.index && m.index < trigger) return false;
  }
  const before = clause.slice(0, denial.index);
  const after = denial.index + denial[0].length;
  if (CLAUSE_DENIAL_DOUBTED.test(before)) return 'story';
  if (trigger <= denial.index && CLAUSE_DENIAL_STORY.test(before)) return 'story';
  // "chiro was a last resort for me": the writer's path, not a verdict.
  if (/^ for (?:me|us)\b/.test(clause.slice(after))) return 'story';
  // What the clause denies is what follows "to do with", not a thing named further on: "the doc
  // said it had nothing to do with the bulging disc on my MRI and sent me to physio".
  if (
    trigger >= after &&
    clause.slice(after, trigger).split(' ').filter(Boolean).length > CLAUSE_DENIAL_OBJECT_WORDS
  ) {
    return 'story';
  }
  return 'verdict';
}

/**
 * A claim put in the mouths of people the writer then dismisses: "anyone who says back spasms aren't
 * real has never had one", "the 'pain is all in your brain' crowd can get stuffed".
 */
const DISMISSED_SAYERS = compiledAhead(
  /\b(?:anyone|anybody|whoever|people|those|folks) (?:(?:who|that) (?:says?|thinks?|claims?|believes?|reckons?|insists?|tells? you)|saying|telling you|claiming)\b(?! otherwise).*\b(?:(?:has|have)(?:n't| never| not) (?:had|been|tried|done|felt)|never (?:had|been|tried|done|felt|has|did)|no idea|no clue|clueless|(?:is|are) wrong|idiots?|get stuffed|try having)\b|['"] crowd\b/,
);

/**
 * "don't let anyone tell you it's just normal ageing", "don't let a surgeon rush you into a fusion":
 * what follows is denied, not what came before ("percs are the only thing that touch it, don't let
 * them fob you off with advil"). So is an opening "don't tell me it's all in my brain" (not "don't
 * tell me about it"), and only in its own clause: "do not tell me I need surgery, most of them heal
 * on their own" still says they heal. So are "people need to stop saying lifting is bad for you" and
 * "I'm sick of hearing it's all in my head".
 */
const DONT_LET_THEM = compiledAhead(
  /^(?:don't|dont|do not) (?:\S+ )?tell me(?: that)?\b(?! (?:about|how|where|when|why|what|which|if|whether|more)\b)|\b(?:need|needs|have|has|got) to stop (?:saying|telling (?:people|everyone|others|folks|us|you|me))(?: that)?\b|\bstop telling (?:people|everyone|others|folks)(?: that)?\b|\b(?:tired|sick) of (?:(?:people|everyone|folks|doctors|them) (?:telling me|saying|claiming)|hearing|being told)(?: that)?\b|\b(?:don't|dont|do not|never) let (?:anyone|anybody|them|people|him|her|(?:a|any|the|your|ur) (?:gp|doctor|doc|surgeon|chiro|chiropractor|physio|specialist|consultant|osteo)s?|(?:gp|doctor|doc|surgeon|chiro|chiropractor)s) (?:tell you|fob you off|convince you|(?:talk|rush|push|pressure|bully|scare|railroad) you into|send you home with|put you on|sell you)\b/,
);

/** "people say X, but…": a claim reported from others and then doubted. */
const REPORTED = compiledAhead(
  /\b(?:people|they|everyone|some|folks|someone|somebody) (?:say|says|said|tell you|claim|keep)\b|\b(?:supposedly|apparently)\b/,
);
const DOUBT = compiledAhead(
  /\b(?:but|yet|idk|not sure|doubt|dunno|not true|not convinced|that's not)\b/,
);

/**
 * Sarcasm that turns a claim around: "yeah because bed rest worked SO well", "oh yes, because…",
 * "ah yes, the magic inversion table", "so much for 'fix your posture'", "…, so much for
 * prevention" (not "thanks so much for…", "heat does so much for me", "…, so much for the
 * advice", nor "…, so much for that", the writer's own attempt), "because planks cure
 * everything", "sure, because bed rest totally worked", "…, like that's gonna touch it" (not
 * "sounds like that'll help"), "🙄", "🙃".
 */
const SARCASM_OPENING = String.raw`^(?:yeah|oh|(?:oh|ah) (?:yes|yeah))[,\s]+(?:because|sure|right)\b|^sure[,\s]+because\b`;
const SO_MUCH_FOR = String.raw`so much for '|(?:^|[,;:.!-] ?)so much for (?!(?:the |your |all )?(?:help|advice|tips?|repl(?:y|ies)|info|input|answers?|responses?|sharing)\b|(?:that|this|it|them)\b)`;
const EYE_ROLL = '🙃|🙄';
/** Sarcasm that can only be about the thing it names: "worked so well", "…, like that'll help". */
const SARCASM_ABOUT_THING = String.raw`(?:^|[,'"] )like that(?:'s| is|s|'ll| will) (?:gonna |going to |ever (?:gonna |going to )?)?(?:help|touch|fix|work|cure|do anything)\b|^(?:ah|oh) (?:yes|yeah)[,\s]+the magic\b|\bworked so well\b|\bwhy didn't i think of that\b|because (?:\S+ ){1,3}cures? everything\b|funny that\W*$|what could (?:possibly )?go wrong`;
const SARCASM = compiledAhead(
  new RegExp([SARCASM_OPENING, SO_MUCH_FOR, EYE_ROLL, SARCASM_ABOUT_THING].join('|')),
);

/**
 * What sarcasm judges, whatever story the writer tells with it: all of a sentence that says "worked
 * so well"; the clause an opening "oh yes, because…" heads (not "…, so I just took two ibuprofen and
 * went in"); what "so much for" names, or what came before a closing "…, so much for prevention"
 * (not "so much for my weekend plans, back's out again, heat pack on" or "…, so much for a cheap
 * month"); what came before an eye roll that closes the sentence (not "back locked 🙄 heating pad
 * and ibuprofen on rotation").
 */
const SARCASM_OPENING_RE = compiledAhead(new RegExp(SARCASM_OPENING));
const SO_MUCH_FOR_RE = compiledAhead(new RegExp(SO_MUCH_FOR, 'g'));
const SARCASM_ABOUT_THING_RE = compiledAhead(new RegExp(SARCASM_ABOUT_THING));
/**
 * A closing "so much for …" that judges what came before it: a practice in a word or two ("…, so
 * much for stretching", "…, so much for foam rolling", "…, so much for prevention"); not the
 * writer's plans ("…, so much for sleeping", "…, so much for a cheap month").
 */
const SO_MUCH_FOR_BEFORE = compiledAhead(
  /^(?:prevention|rehab|prehab|(?!(?:sleeping|working|relaxing|living|going|getting|having)\b)(?:\w+ )?\w+ing(?: up| active)?)\W*$/,
);

function sarcasmReach(folded: string, offset: number): Array<readonly [number, number]> {
  if (SARCASM_ABOUT_THING_RE.test(folded)) return [[offset, Number.POSITIVE_INFINITY]];
  const reach: Array<readonly [number, number]> = [];
  const clauseEnd = (from: number) => {
    const end = clauseBreakAt(folded, from, folded.length);
    return end < 0 ? folded.length : end;
  };
  const opening = SARCASM_OPENING_RE.exec(folded);
  if (opening) {
    let from = opening[0].length;
    while (from < folded.length && /[\s,.'"!-]/.test(folded[from]!)) from++;
    reach.push([offset, offset + clauseEnd(from)]);
  }
  SO_MUCH_FOR_RE.lastIndex = 0;
  for (let m = SO_MUCH_FOR_RE.exec(folded); m !== null; m = SO_MUCH_FOR_RE.exec(folded)) {
    const from = m.index + m[0].length;
    const end = clauseEnd(from);
    reach.push([offset + m.index, offset + end]);
    if (SO_MUCH_FOR_BEFORE.test(folded.slice(from).trim())) reach.push([offset, offset + end]);
  }
  const eyeRoll = Math.max(folded.lastIndexOf('🙄'), folded.lastIndexOf('🙃'));
  if (eyeRoll >= 0 && !/\w/.test(folded.slice(eyeRoll))) reach.push([offset, offset + eyeRoll]);
  return reach;
}

/**
 * An outcome the writer lived, told without "I": "two ESIs last year, zero change", "aleve for a week
 * calmed it down", "decompression table felt amazing", "the taper did squat", "fusion in 2018",
 * "ice pack on 20 off 20 and it's slowly settling", "cat cow every morning, back feels way less
 * stiff", "heating pad is my best friend rn" (a scan's finding: `SCAN_REPORT`).
 */
const PAST_REPORT = compiledAhead(
  /\b(?:it's|its|it is|back's|back is|spasm's|spasm is|pain's|pain is)(?<!\b(?:because|cause|cos|coz|since|as) (?:it's|its|it is|back's|back is|spasm's|spasm is|pain's|pain is)) (?:\w+ )?(?:settling|easing|improving|calming|loosening)(?: (?:off|up|down|now|already|nicely|slowly|finally|too|again|gradually|a bit|a little))*(?=\s*(?:$|[,.;:!?)]|(?:and|but|so|which|though|tho|lol)\b))|\bright as rain\b|\blet go (?:right |straight )?after\b|\bnumbed it\b|\b(?:back|it) feels (?:way |so much |a lot |loads )?(?:less|better|looser)\b|\brn\b|\b(?:was|were) (?:all )?gone (?:in|within|after|by)\b|\b(?:settled|cleared up|cleared) (?:down )?(?:in|within)\b|\b(?:last|this past) (?:year|week|month|night|summer|winter|spring|autumn|fall|time)\b|\b(?:yesterday|last night|this morning)\b|\bin (?:19|20)\d\d\b|\bso far\b|\bday \d+\b|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few|several) (?:(?:days|weeks|months|years) ago|(?:sessions|visits|adjustments|treatments|shots|injections) later)\b|\bzero (?:change|difference|regrets|relief|improvement)\b|\bdid (?:squat|jack|zilch|nada|diddly|sod all|bugger all|fuck all|wonders|the trick)\b|\bwore off\b|\bcalmed (?:\w+ )?down\b|\btook the \w+ (?:off|down)\b|\bbest sleep\b|\bfelt (?:amazing|great|incredible|fantastic|awful|terrible|better|worse|so much better)\b/,
);
/**
 * A scan's finding, told as the writer's case: "MRI shows an L4-L5 bulge", "scan came back with a
 * protrusion"; not where the sentence denies the claim ("MRI showed a bulge but the physio reckons
 * it's not what's causing the pain").
 */
const SCAN_FINDS = String.raw`\b(?:mri|scan|x ray|x-ray|xray|ct)s? (?:showed|shows|revealed|found|came back`;
/** The scan's report, quoted as the writer's own: "report said age-appropriate changes". */
const REPORT_SAYS = String.raw`(?:^|\b(?:my|radiology|mri|scan|x ray|xray|ct) )reports? (?:said|says|read|reads|showed|shows|mentioned|mentions)\b`;
const SCAN_REPORT = compiledAhead(
  new RegExp(String.raw`${SCAN_FINDS}|picked up|confirmed)\b|${REPORT_SAYS}`),
);
/** A scan that found nothing is still the writer's finding: "x-ray showed nothing, so…". */
const SCAN_FOUND_NOTHING = compiledAhead(
  new RegExp(String.raw`${SCAN_FINDS}) (?:nothing|no|clear|normal|fine|clean)\b`),
);

/**
 * A told outcome that is a study's or a rule's, not the writer's: "the trial showed it did nothing",
 * "sham TENS, zero difference", "a few days later it usually calms down", "if it felt better…".
 */
const STUDY_OR_RULE = compiledAhead(
  /\b(?:trials?|stud(?:y|ies)|research|evidence|data|cochrane|meta|review|guidelines?|rcts?|papers?|series|journal|lancet|bmj|nice|rates?|stats|statistics|sham|placebo|versus|vs|usually|typically|generally|normally|most|often|if|checked|many|lots|plenty)\b|\ba lot of\b/,
);

/**
 * Someone else's outcome, told second hand: "a guy at work had an ESI last year, zero change". (A
 * case of someone close that opens with "my" reads as a report: see `tellsTheirCase`.)
 */
const THIRD_PERSON = new Set([
  'he',
  'she',
  'his',
  'her',
  'him',
  "he's",
  "she's",
  'they',
  'their',
  'lad',
  'guy',
  'bloke',
  'chap',
  'woman',
  'man',
  'someone',
  'somebody',
  'patients',
  'patient',
  'client',
  'clients',
]);

function aboutSomeoneElse(tokens: readonly Token[], first: number, end: number): boolean {
  for (let i = first; i < end; i++) {
    const word = tokens[i]!.text;
    if (THIRD_PERSON.has(word) || OTHER_PEOPLE.test(word)) return true;
  }
  return false;
}

/** Pronouns that take up the claim in a later clause: "massage feels nice but it doesn't fix it". */
const CLAIM_PRONOUNS = new Set([
  'it',
  'they',
  'these',
  'those',
  "it's",
  'its',
  "they're",
  'theyre',
]);
/** Present-tense negation: a judgement of the thing, not one occasion ("it didn't help" is one). */
/** Pronouns with their verb: "they're useless", "it's a scam". */
const CONTRACTED_PRONOUNS = new Set(["it's", "they're", 'theyre']);
const PRESENT_NEGATORS = new Set([
  "doesn't",
  'doesnt',
  "don't",
  'dont',
  "isn't",
  'isnt',
  "aren't",
  'arent',
  "won't",
  'wont',
  'not',
]);
const CLAUSE_OPENERS = new Set(['but', 'and', 'so', 'though', 'although', 'yet']);
/** Praise in the claim's own clause, which a later "it doesn't…" only limits. */
const FEEL_WORDS = new Set(['feel', 'feels', 'felt', 'feeling']);
const PRAISE = new Set([
  'helps',
  'helped',
  'works',
  'worked',
  'great',
  'sorted',
  'fixed',
  'amazing',
  'brilliant',
  'lifesaver',
  'wonders',
]);
/** Praise in a clause of its own: "heat pad is my saviour". */
const OWN_PRAISE = new Set([...PRAISE, 'saviour', 'savior', 'godsend']);

/**
 * What a treatment is judged on: "it doesn't fix anything", not "it doesn't mean harm"; nor "it
 * won't stop me lifting" or "it doesn't change the fact…", which are about the writer.
 */
const EFFICACY_VERBS = new Set([
  'help',
  'helps',
  'helping',
  'work',
  'works',
  'working',
  'fix',
  'fixes',
  'fixing',
  'prevent',
  'prevents',
  'cure',
  'cures',
  'solve',
  'solves',
  // "…, so no, they don't stop it recurring"; not "it doesn't stop me working".
  'stop',
  'stops',
  // What a muscle relaxant is said to do: "they don't relax the actual muscle at all".
  'relax',
  'relaxes',
]);
/** "do" judges only with "anything" or "much" after it, and then nothing more: "…, it doesn't do
 * anything for the back", not "they don't do anything fancy". */
const DO_VERBS = new Set(['do', 'does', 'doing']);
const DO_OBJECTS = new Set(['anything', 'much', 'owt', 'anythin']);
const DO_AFTER = new Set([
  '',
  'for',
  'to',
  'at',
  'long',
  'really',
  'lol',
  'tbh',
  'lasting',
  'permanent',
  'useful',
  'whatsoever',
]);
/** After an efficacy verb these make it about something else: "it doesn't help that I sit all day". */
const BACK_NOUNS = new Set([
  'back',
  'lower',
  'spine',
  'sciatica',
  'disc',
  'pain',
  'spasm',
  'spasms',
]);
const NOT_THE_CLAIM_AFTER = new Set(['that', 'me', 'my', 'you', 'your', 'with']);

function judgesEfficacy(tokens: readonly Token[], v: number): boolean {
  const verb = wordAt(tokens, v);
  if (EFFICACY_VERBS.has(verb)) {
    const next = wordAt(tokens, v + 1);
    // "it won't fix your back" judges the thing; "it doesn't help your case" does not.
    if (next === 'your') return BACK_NOUNS.has(wordAt(tokens, v + 2));
    return !NOT_THE_CLAIM_AFTER.has(next);
  }
  return (
    DO_VERBS.has(verb) &&
    DO_OBJECTS.has(wordAt(tokens, v + 1)) &&
    DO_AFTER.has(wordAt(tokens, v + 2))
  );
}

/**
 * Whether a clause after the claim's takes it up with a pronoun and denies it in the present tense:
 * "did my exercises for two years and it still came back, they don't prevent anything", "heat pack
 * is just comfort, it's not fixing anything". Such a verdict generalises, whatever story came first.
 * Only a verdict on what the thing does counts: "…, it's not all in the tissues" is the claim's own
 * wording, and after advice ("grab a TENS, it won't fix anything but…") the advice stands.
 */
/**
 * Orders against the thing itself, in a later clause: "…, don't wear one (long term)", "…, don't
 * bother", "…, I wouldn't bother". Not a caution on how to use it ("don't take it on an empty
 * stomach", "don't buy one without trying it"), nor "don't bother with bed rest", which is about
 * something else.
 */
const NEGATED_ORDERS = new Set(["don't", 'dont']);
const USE_VERBS = new Set(['wear', 'use', 'take', 'buy', 'get', 'try']);
const TAKE_IT_IDIOMS = new Set(['lightly', 'easy', 'personally', 'seriously']);
const THE_THING = new Set(['it', 'one', 'them', 'that', 'those', 'this', 'these']);
const CAUTIONS = new Set([
  'without',
  'while',
  'before',
  'after',
  'on',
  'if',
  'when',
  'unless',
  'until',
  'though',
  'with',
]);

const WRITER_I = new Set(['i', "i'd", 'id']);
const WOULD_NOT = new Set(["wouldn't", 'wouldnt']);

function ordersAgainst(tokens: readonly Token[], i: number, end: number): boolean {
  // "…, I wouldn't bother": the writer's advice against it.
  if (WRITER_I.has(wordAt(tokens, i)) && WOULD_NOT.has(wordAt(tokens, i + 1))) {
    return wordAt(tokens, i + 2) === 'bother' && i + 3 >= end;
  }
  if (!NEGATED_ORDERS.has(wordAt(tokens, i))) return false;
  const verb = wordAt(tokens, i + 1);
  if (verb === 'bother') return i + 2 >= end;
  if (!USE_VERBS.has(verb) || !THE_THING.has(wordAt(tokens, i + 2))) return false;
  // "don't take it lightly", "don't take it easy": idioms, not the thing refused.
  if (TAKE_IT_IDIOMS.has(wordAt(tokens, i + 3))) return false;
  for (let k = i + 3; k < end; k++) if (CAUTIONS.has(tokens[k]!.text)) return false;
  return true;
}

const WRITER_SUBJECTS = new Set(['i', "i'm", 'im', "i've", 'ive', 'we', "we've"]);

/** "does nothing", "doesn't fix", "won't cure": a present verdict on what the subject does. */
function sharedSubjectDenies(tokens: readonly Token[], v: number): boolean {
  const verb = wordAt(tokens, v);
  if (verb === 'does' || verb === 'do') return wordAt(tokens, v + 1) === 'nothing';
  return PRESENT_NEGATORS.has(verb) && verb !== 'not' && judgesEfficacy(tokens, v + 1);
}

/** Words that make a claim's name the idea of it: "the water thing", "the core stuff". */
const THING_WORDS = new Set(['thing', 'stuff', 'idea', 'theory', 'story', 'line', 'advice']);

/**
 * A claim framed as a notion ("the whole 'never round your back' thing", "this 'pain is in your
 * brain' stuff", "the ischemia explanation for back spasms") is named in order to be judged, and the
 * judgement after it, in a word, denies it: "… is outdated", "… is misleading", "… is
 * fear-mongering", "… has pretty much been debunked", "… crowd is just wrong".
 */
const FRAME_NOUNS = new Set([
  ...THING_WORDS,
  'rule',
  'explanation',
  'stat',
  'statistic',
  'notion',
  'crowd',
  'take',
  'claim',
  'myth',
  'nonsense',
]);
/** Words before a frame noun that make it a thing of its own: "the best thing for it is heat". */
const NOT_A_FRAME_AFTER = new Set([
  'best',
  'only',
  'worst',
  'first',
  'last',
  'same',
  'main',
  'other',
  'one',
  'good',
  'great',
  'real',
  'right',
  'whole',
]);
const FRAME_OPENERS = new Set(['the', 'this', 'that', 'these', 'those', 'whole', 'all']);
const FRAME_VERDICTS = new Set([
  ...DENIAL_WORDS,
  'misleading',
  'wrong',
  'fear',
  'fearmongering',
  'scaremongering',
  'crazy',
  'made',
  'dropped',
  'repeated',
  'weak',
  'zero',
  'overdiagnosed',
  'cop',
  'bollocks',
  'crap',
]);
/** How far a frame's noun may stand after the claim's first word, and its verdict after the noun. */
const FRAME_REACH = 6;
const FRAME_VERDICT_REACH = 8;

const PRONOUN_SUBJECTS = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'u']);

/**
 * Whether the word at `v` is a frame's verdict: "made" only as "made up" (not "made a huge
 * difference"), "crazy" not as praise ("crazy good"), "repeated" only before a "but"
 * whose clause does not praise the thing ("…gets repeated because it works", "…gets repeated
 * everywhere but a firm mattress really did help").
 */
function frameVerdictAt(tokens: readonly Token[], v: number, end: number): boolean {
  const word = tokens[v]!.text;
  if (!FRAME_VERDICTS.has(word)) return false;
  const next = wordAt(tokens, v + 1);
  if (word === 'made') return next === 'up';
  // "crazy good", "crazy effective": praise.
  if (word === 'crazy') return !CRAZY_PRAISE.has(next) && !/(?:ly|ive|ful)$/.test(next);
  if (word === 'repeated') {
    for (let k = v + 1; k < Math.min(end, v + 5); k++) {
      if (tokens[k]!.text !== 'but') continue;
      return (
        !hasWordIn(tokens, PRAISE, k + 1, Math.min(end, k + 12)) &&
        !hasWordIn(tokens, HELP_WORDS, k + 1, Math.min(end, k + 12))
      );
    }
    return false;
  }
  return true;
}
const HELP_WORDS = new Set(['help', 'work', 'fix']);
const CRAZY_PRAISE = new Set([
  'good',
  'effective',
  'helpful',
  'useful',
  'well',
  'great',
  'amazing',
  'how',
]);

function framedAndDismissed(sentence: SentenceView, claim: ClaimWords): boolean {
  const { text, tokens, firstToken, endToken } = sentence;
  const { triggerFirst, triggerLast } = claim;
  let opened = false;
  for (let i = triggerFirst - 1; i >= Math.max(firstToken, triggerFirst - FRAME_REACH); i--) {
    if (clauseBreakIn(text, tokens[i]!.end, tokens[i + 1]!.start) && i + 1 < triggerFirst) break;
    if (FRAME_OPENERS.has(tokens[i]!.text)) opened = true;
  }
  if (!opened) return false;
  // The noun after the claim's first words (a rule may read on past it: "the 'never round your
  // back' rule is fear-mongering, your spine …").
  const nounEnd = Math.min(endToken, Math.max(triggerLast, triggerFirst + FRAME_REACH) + 1);
  for (let n = triggerFirst + 1; n < nounEnd; n++) {
    if (clauseBreakIn(text, tokens[n - 1]!.end, tokens[n]!.start)) return false;
    if (!FRAME_NOUNS.has(tokens[n]!.text) || claim.ruleTokens.has(n)) continue;
    if (NOT_A_FRAME_AFTER.has(wordAt(tokens, n - 1))) return false;
    // "the ibuprofen I take for my back…": a verb, not the frame's noun.
    if (tokens[n]!.text === 'take' && PRONOUN_SUBJECTS.has(wordAt(tokens, n - 1))) return false;
    for (let v = n + 1; v < Math.min(endToken, n + 1 + FRAME_VERDICT_REACH); v++) {
      // The verdict is the frame's own clause's: not "…thing is great for my back, nothing beats it".
      if (clauseBreakIn(text, tokens[v - 1]!.end, tokens[v]!.start)) return false;
      if (tokens[v]!.text === 'but') return false;
      if (frameVerdictAt(tokens, v, endToken)) return true;
    }
    return false;
  }
  return false;
}

/** "… is overrated", "… is a myth", "… are nonsense": the thing named before it judged false; the
 * verdict word's index, or -1. */
function judgedAsFalse(tokens: readonly Token[], at: number, end: number): number {
  const verb = wordAt(tokens, at);
  if (verb !== 'is' && verb !== 'are' && verb !== "'s") return -1;
  return verdictAfter(tokens, at + 1, end);
}

/** What a thing is said not to be: "…, so it's not some magic shield", "no magic bullet". */
const MAGIC_NOUNS = new Set(['bullet', 'bullets', 'shield', 'cure', 'fix', 'pill', 'wand']);
const MAGIC_DETERMINERS = new Set(['a', 'some', 'the', 'any']);

/** The index of a verdict word at `from`, after fillers ("total", "just"), or -1. */
function verdictAfter(tokens: readonly Token[], from: number, end: number): number {
  const first = wordAt(tokens, from);
  if (first === 'not' || first === 'no') {
    const magic = MAGIC_DETERMINERS.has(wordAt(tokens, from + 1)) ? from + 2 : from + 1;
    if (
      magic < end &&
      wordAt(tokens, magic) === 'magic' &&
      MAGIC_NOUNS.has(wordAt(tokens, magic + 1))
    ) {
      return magic;
    }
  }
  for (let k = from; k < Math.min(end, from + 3); k++) {
    const word = tokens[k]!.text;
    if (VERDICT_WORDS.has(word)) return k;
    if (!VERDICT_FILLERS.has(word)) return -1;
  }
  return -1;
}

/**
 * Whether the thing, named again at `j` ("…, warm ups dont prevent anything", "…, stretching is
 * overrated") or by a pronoun ("…, they don't prevent anything"), opens a clause (at `from` or
 * after a break) that judges it in the present tense.
 */
function opensDenyingClause(
  sentence: SentenceView,
  j: number,
  from: number,
  ruleTokens: ReadonlySet<number>,
): boolean {
  const { text, tokens, endToken } = sentence;
  const named =
    ruleTokens.has(j) &&
    (!ruleTokens.has(j - 1) || clauseBreakIn(text, tokens[j - 1]!.end, tokens[j]!.start));
  if (!named && !CLAIM_PRONOUNS.has(tokens[j]!.text)) return false;
  // The name or pronoun must open its clause, perhaps after "but" or "and", or "the".
  let i = j;
  while (i > from && CLAUSE_OPENERS.has(tokens[i - 1]!.text)) i--;
  if (named && i > from && wordAt(tokens, i - 1) === 'the') i--;
  if (i > from && !clauseBoundaryBetween(text, tokens, i - 1, i)) return false;
  let last = j;
  while (named && ruleTokens.has(last + 1)) last++;
  // "the water thing is nonsense"
  if (named && THING_WORDS.has(wordAt(tokens, last + 1))) last++;
  // "…, they're useless for prevention": the pronoun carries its verb.
  const verdict = named
    ? judgedAsFalse(tokens, last + 1, endToken)
    : CONTRACTED_PRONOUNS.has(tokens[j]!.text)
      ? verdictAfter(tokens, j + 1, endToken)
      : -1;
  // "…, heat is useless for me": the writer's case.
  // "…, it's no magic cure but it helped": a limit, not a verdict.
  if (verdict >= 0) {
    return !saidOfTheWriter(sentence, verdict + 1, tokens[verdict]!.text === 'magic');
  }
  for (let k = last + 1; k < Math.min(endToken, last + 4); k++) {
    const word = tokens[k]!.text;
    if (FIRST_PERSON.has(word)) return false;
    if (!PRESENT_NEGATORS.has(word)) continue;
    // "it doesn't (actually) fix", "they don't prevent"; not "physio doesn't work for me".
    for (let v = k + 1; v <= k + 2; v++) {
      if (!judgesEfficacy(tokens, v)) continue;
      // "…, ice isn't helping": how the thing is doing now, for the writer.
      if (named && tokens[v]!.text.endsWith('ing')) return false;
      return !saidOfTheWriter(sentence, v + 1, true);
    }
  }
  return false;
}

/**
 * What limits a verdict to less than the thing: "…doesn't work on everyone", "…straight away",
 * "…anymore", "…miracles", "…as well as ice".
 */
const VERDICT_LIMITS = new Set([
  'always',
  'straight',
  'immediately',
  'instantly',
  'overnight',
  'yet',
  'anymore',
  'miracles',
  'everything',
  'alone',
  'own',
  'forever',
]);
/** A condition after a verdict limits it: "naproxen doesn't work unless you take it every day". */
const VERDICT_CONDITIONS = new Set(['unless', 'until', 'if', 'when', 'till']);

/** The writer as the one the thing fails: "…for me", "…like mine", "…for my back", "…on my pain". */
const WRITER_AS_OBJECT = new Set(['me', 'mine', 'myself']);
const OWN_CASE_BEFORE = new Set(['for', 'on', 'in', 'with']);

/**
 * Whether the rest of a verdict's clause, from `at`, makes it the writer's case ("…doesn't work for
 * me", "…doesn't do much for my back", "…for disc bulges like mine") or, with `limits`, less than
 * a verdict on the thing ("…doesn't work on everyone", "…doesn't work miracles but it helped").
 */
function saidOfTheWriter(sentence: SentenceView, at: number, limits: boolean): boolean {
  const { text, tokens, endToken } = sentence;
  let end = at;
  while (end < endToken && !clauseBoundaryBetween(text, tokens, end - 1, end)) end++;
  for (let k = at; k < end; k++) {
    const word = tokens[k]!.text;
    if (WRITER_AS_OBJECT.has(word) || (word === 'my' && OWN_CASE_BEFORE.has(wordAt(tokens, k - 1))))
      return true;
    if (limits && VERDICT_LIMITS.has(word)) return true;
  }
  if (!limits || end >= endToken) return false;
  const next = tokens[end]!.text;
  if (VERDICT_CONDITIONS.has(next)) return true;
  // "…, PT doesn't fix everything but it got me walking again"
  return next === 'but' && hasWordIn(tokens, PRAISE, end, clauseEndAfter(sentence, end, endToken));
}

function laterClauseDenies(
  sentence: SentenceView,
  clauseStart: number,
  clauseEnd: number,
  ruleTokens: ReadonlySet<number>,
): boolean {
  const { text, tokens, endToken } = sentence;
  // "Ibuprofen helps my back loads, it doesn't do much for the sciatica": praise first, then a
  // limit, not a denial.
  // Not praise of a feeling ("massage feels great for an hour but it won't fix your back").
  for (let i = clauseStart; i < clauseEnd; i++) {
    if (PRAISE.has(tokens[i]!.text) && !FEEL_WORDS.has(wordAt(tokens, i - 1))) return false;
  }
  let contrasted = false;
  for (let j = clauseEnd; j < endToken; j++) {
    // "back braces make your muscles lazy, don't wear one": advice against the thing; not past a
    // contrast, where the advice is against something else ("physio is worth doing, but the brace
    // they sell you, I wouldn't bother").
    if (
      !contrasted &&
      ordersAgainst(tokens, j, endToken) &&
      (j === clauseEnd || clauseBoundaryBetween(text, tokens, j - 1, j))
    ) {
      return true;
    }
    // "massage feels lovely but does nothing long term": "but" and a verb that shares the subject,
    // unless the subject is the writer ("I do my stretches but do nothing else all day").
    if (
      tokens[j]!.text === 'but' &&
      sharedSubjectDenies(tokens, j + 1) &&
      !hasWordIn(tokens, WRITER_SUBJECTS, clauseStart, clauseEnd)
    ) {
      return true;
    }
    if (opensDenyingClause(sentence, j, clauseEnd, ruleTokens)) return true;
    if (DISSUADING_CONTRASTS.has(tokens[j]!.text)) contrasted = true;
  }
  return false;
}

/** Harms a practice does to the back, in a word: "braces weaken you", "rolling it irritates it". */
const HARM_WORDS = new Set([
  'weaken',
  'weakens',
  'weakening',
  'aggravate',
  'aggravates',
  'aggravating',
  'irritate',
  'irritates',
]);
/** "makes it worse"; "gets lazy" too, but not "gets worse" (the pain's course, not a harm done). */
const MAKING = new Set(['make', 'makes', 'made', 'making']);
const BECOMING = new Set(['get', 'gets', 'getting', 'go', 'goes', 'become', 'becomes']);
/** "winds it up", "flares it up", "pisses it off": a harm in a verb and its particle. */
// A Map, not an object: a word such as "constructor" must not find an object's own properties.
const HARM_PHRASAL = new Map<string, ReadonlySet<string>>([
  ['up', new Set(['wind', 'winds', 'flare', 'flares', 'fire', 'fires'])],
  ['off', new Set(['piss', 'pisses', 'tick', 'ticks'])],
]);
/** Words a harm ends on after a verb: "make it worse", "get lazy", "go weaker". */
const HARM_COMPLEMENTS = new Set(['worse', 'lazy', 'weaker']);
/** No harm: "never aggravates it", "doesn't make it worse". */
const HARM_DENIED = new Set([
  'not',
  'never',
  "doesn't",
  'doesnt',
  "won't",
  'wont',
  "didn't",
  'didnt',
]);

/**
 * Where a harm that ends at token `i` starts: a harm word, "make(s) it worse", "get lazy", "winds
 * it up"; -1 if none ends there.
 */
function harmStart(tokens: readonly Token[], i: number): number {
  const word = tokens[i]!.text;
  if (HARM_COMPLEMENTS.has(word)) {
    // "can make it worse", "makes things a lot worse", "your muscles get lazy"
    for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
      const verb = tokens[k]!.text;
      if (MAKING.has(verb) || (word !== 'worse' && BECOMING.has(verb))) return k;
    }
    return -1;
  }
  if (HARM_PHRASAL.get(word)?.has(wordAt(tokens, i - 2))) return i - 2;
  return HARM_WORDS.has(word) ? i : -1;
}

/** Whether a harm ends at token `i`, not denied just before it ("never aggravates it"). */
function harmEndsAt(tokens: readonly Token[], i: number): boolean {
  const from = harmStart(tokens, i);
  if (from < 0) return false;
  for (let k = from - 1; k >= Math.max(0, from - 2); k--) {
    if (HARM_DENIED.has(tokens[k]!.text)) return false;
  }
  // "it only aggravates it if they go too deep": a caveat, not a harm done.
  if (wordAt(tokens, from - 1) === 'only') {
    for (let k = i + 1; k < Math.min(tokens.length, i + 4); k++) {
      if (CONDITIONS.has(tokens[k]!.text)) return false;
    }
  }
  return true;
}

/** Whether the negator at `i` denies a harm after it: "never aggravates it", "won't make it worse". */
function deniesHarm(tokens: readonly Token[], i: number, end: number): boolean {
  for (let k = i + 1; k < Math.min(end, i + 6); k++) {
    const from = harmStart(tokens, k);
    if (from === i + 1 || from === i + 2) return true;
  }
  return false;
}

/**
 * A harm the sentence says the claim's practice does: after its words in its clause ("back braces
 * just weaken you"), or in a clause after it that speaks of it ("…, it just winds it up"); or an
 * order to leave the back alone after it ("stretching it mid-spasm is the worst, leave it alone").
 * For rules of practices claimed to help (`harmDenies`), a denial.
 */
function harmDone(sentence: SentenceView, claim: ClaimWords, clauseEnd: number): boolean {
  const { text, tokens, endToken } = sentence;
  if ((sentence.cues & CUE.harm) === 0) return false;
  for (let i = claim.triggerLast + 1; i < clauseEnd; i++) if (harmEndsAt(tokens, i)) return true;
  // "stretching your back when it's in spasm can make it worse": a clause of time or condition,
  // with no comma before it, sits inside the practice's own clause, which goes on after it.
  // Not where the practice's clause has a verb of its own: "heat helps if the cold makes it worse".
  if (
    WHEN_CLAUSES.has(wordAt(tokens, clauseEnd)) &&
    !clauseBreakIn(text, tokens[clauseEnd - 1]!.end, tokens[clauseEnd]!.start) &&
    !hasWordIn(tokens, FINITE_VERBS, claim.triggerLast + 1, clauseEnd)
  ) {
    const after = clauseEndAfter(sentence, clauseEnd + 1, endToken);
    for (let i = clauseEnd + 2; i < after; i++) {
      if (harmEndsAt(tokens, i) && harmAfterItsClause(tokens, clauseEnd, harmStart(tokens, i))) {
        return true;
      }
    }
  }
  for (let j = clauseEnd; j < endToken; j++) {
    if (j > clauseEnd && !clauseBoundaryBetween(text, tokens, j - 1, j)) continue;
    const opener = tokens[j]!.text;
    if (
      opener === 'leave' &&
      LEFT_ALONE.has(wordAt(tokens, j + 2)) &&
      !LEFT_ALONE_BESIDES.has(wordAt(tokens, j + 3))
    ) {
      return true;
    }
    if (!CLAIM_PRONOUNS.has(opener) && opener !== 'your') continue;
    for (let k = j + 1; k < Math.min(endToken, j + 6); k++) {
      if (k > j + 1 && clauseBoundaryBetween(text, tokens, k - 1, k)) break;
      if (harmEndsAt(tokens, k)) return true;
    }
  }
  return false;
}
const WHEN_CLAUSES = new Set(['when', 'while', 'if']);
/** Words before a harm that make it a verb of its own: "…when it's in spasm can make it worse". */
const HARM_MODALS = new Set(['can', 'could', 'will', 'would', 'may', 'might', 'only', 'just']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'am', "it's", 'its', "you're"]);
/**
 * Whether a harm after "when"/"if" is the practice's, past the clause of time or condition: after a
 * modal ("while you sleep can make it worse"), or after that clause's own verb ("when it's in spasm
 * makes it worse"). Not the clause's own verb: "use heat if ice makes it worse".
 */
function harmAfterItsClause(tokens: readonly Token[], when: number, from: number): boolean {
  if (HARM_MODALS.has(wordAt(tokens, from - 1))) return true;
  for (let k = when + 1; k < from; k++) {
    const word = tokens[k]!.text;
    if (BE_FORMS.has(word) || word.endsWith("'s") || word.endsWith("'re")) return true;
  }
  return false;
}
/** Verbs that give a practice's clause a verb of its own, before a clause of time or condition. */
const FINITE_VERBS = new Set([
  'is',
  'are',
  'was',
  'were',
  'helps',
  'helped',
  'help',
  'works',
  'worked',
  'work',
  'does',
  'do',
  'did',
  'fixed',
  'fixes',
  'makes',
  'made',
  'has',
  'have',
  'had',
  'will',
]);
const LEFT_ALONE = new Set(['alone', 'be']);
/** "stretch twice a day, leave it alone otherwise": the practice kept, the back left alone besides. */
const LEFT_ALONE_BESIDES = new Set(['otherwise', 'between']);

/**
 * "trust me", "highly recommend", "the way to go": the writer vouches for the claim, which makes it
 * advice, whatever story of their own the sentence also tells ("dead hangs took the pressure off my
 * back, highly recommend"). A negated recommendation ("wouldn't recommend") matches none of these.
 */
const VOUCHING = compiledAhead(
  new RegExp(
    [
      String.raw`\btrust me\b|\bthank me later\b|\byou'll thank me\b|\bfight me\b|\b(?:you|u) just need the\b`,
      String.raw`\bhighly recommend|\bcan(?:'t|not|t) recommend (?:\S+ ){0,3}?enough\b`,
      // "I'd recommend it", not "…to nobody".
      String.raw`\b(?:i'd|id|i would|i) (?:definitely |totally |really |honestly |100% )?recommend (?:it|them|this|that|to)\b(?! (?:to )?(?:nobody|no one|noone|no-one)\b)`,
      // "the way to go", "is the go": not negated, not "for me" (the writer's own case).
      String.raw`(?<!\b(?:not|never|wasn't|wasnt|isn't|isnt) (?:\S+ )?)\b(?:the|a) way to go\b(?! for me\b)`,
      String.raw`\b(?:is|are|was) the go\b(?!-| for me\b)`,
      String.raw`\bno shame in (?!admitting|saying)`,
      String.raw`\bask (?:your|ur|the) (?:doc|doctor|gp|physio|pharmacist) (?:for|about)\b`,
      // "give it a go" as an order, not the writer's plan ("gonna give it a go") or a refusal.
      String.raw`(?<!\b(?:to|gonna|wanna|i'll|ill|will|won't|wont|wouldn't|wouldnt|not|never|i'm|im) (?:\S+ )?)\bgive (?:it|them|that|this) a (?:go|try|shot|crack)\b`,
      String.raw`(?<!\b(?:was|wasn't|wasnt|isn't|isnt|not|never) (?:\S+ )?)\bworth a (?:go|shot|crack)\b`,
      // "…, stock up on it", "…, try it": an order opening a clause, not "I stock up every winter".
      String.raw`(?:^|[,;:!] )(?:just |def |definitely |so )?(?:stock up|try (?:it|them|this|that))\b`,
    ].join('|'),
  ),
);

/**
 * A recommendation turned down: "…, wouldn't recommend", "…, not worth a shot", "…, never again,
 * would not recommend", "…, so I'd give it a miss". When it closes the sentence, it judges what
 * the sentence named before it.
 */
const DISSUADING = compiledAhead(
  /\b(?:wouldn't|wouldnt|would not|won't|wont|don't|dont|do not|never|not|wasn't|wasnt|isn't|isnt|was not|is not) (?:\S+ )?(?:recommend\b(?! (?:\S+ ){0,3}?enough\b)|(?:the|a) way to go\b|worth a (?:go|shot|crack|try)\b|give (?:it|them|that|this) a (?:go|try|shot|crack)\b)|\b(?:i'd|id|i would) (?:\S+ )?give (?:it|them|that|this|those|these) a miss\b/,
);
/** How many words may follow a sentence-closing `DISSUADING` ("…, not worth a shot, total waste"). */
const DISSUADING_TAIL = 6;

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
  'drink',
  'insist',
  'push',
  'fight',
  'forget',
  'sleep',
  'lie',
  'lift',
  'apply',
  'listen',
]);

/**
 * Orders that open a later clause ("yoga saved my back, do it", "…, use the hoist"): the opening
 * orders that are no noun or adverb in a list ("tried heat, ice, nothing worked", "…, always"), and
 * not "ask": "…, ask your physio" defers to someone else rather than vouching.
 */
const NO_LATER_ORDER = new Set([
  'ice',
  'stretch',
  'foam',
  'walk',
  'put',
  'stop',
  'never',
  'always',
  "don't",
  'ask',
  'sleep',
  'lie',
  'lift',
]);
const LATER_IMPERATIVES = new Set([...IMPERATIVES].filter((word) => !NO_LATER_ORDER.has(word)));

/**
 * Which sentence-wide phrases a sentence may hold, from its words in one pass. Each phrase family
 * needs one of its words (`CUE_WORDS`), so its regular expression runs only where one stands: most
 * sentences hold none, and every regular expression run costs a scan of the sentence (a union of
 * all of them was about 4% of the engine's time, profiled; a map look-up per word is a fraction).
 */
const CUE = {
  question: 1,
  denial: 2,
  reported: 4,
  sarcasm: 8,
  vouching: 16,
  evidence: 32,
  dismissal: 64,
  pastReport: 128,
  anyone: 256,
  sayers: 512,
  order: 1024,
  clauseDenial: 2048,
  harm: 4096,
  frame: 8192,
} as const;

function cueWords(cue: number, words: string): Array<[string, number]> {
  return words.split(' ').map((word) => [word, cue]);
}

const CUE_WORDS = new Map<string, number>();
for (const [word, cue] of [
  // INNER_QUESTION
  ...cueWords(
    CUE.question,
    'should need worth tried had or who someone somebody recommendations recs tips suggestions ideas what which anyone anybody idea',
  ),
  ...cueWords(CUE.denial, 'evidence work'), // SENTENCE_DENIALS
  ...cueWords(CUE.reported, 'say says said tell claim keep supposedly apparently'), // REPORTED
  ...cueWords(CUE.sarcasm, 'well think much cure cures job funny wrong like'), // SARCASM, past its opening
  ...cueWords(
    CUE.vouching,
    'trust thank recommend way go shame ask give worth stock fight need try',
  ), // VOUCHING, DISSUADING
  ...cueWords(CUE.evidence, 'evidence research data science study studies trial trials'), // EVIDENCE_DENIALS
  ...cueWords(
    CUE.dismissal,
    'snake spinner grab cow pit buys square best temporary waste theatre school medicine advice thinking answer fake sham placebo skip folklore save killed believes rip calling call called started nothing placebo blamed',
  ), // DISMISSAL_PHRASES
  // PAST_REPORT
  ...cueWords(
    CUE.pastReport,
    'last past yesterday morning far day ago later zero squat jack zilch nada diddly sod bugger fuck wonders trick wore calmed took sleep felt showed shows revealed found came picked confirmed settling easing improving calming loosening rain let numbed feels rn gone settled cleared report reports',
  ),
  ...cueWords(CUE.anyone, 'anyone anybody'), // asksAnyone
  ...[...FRAME_NOUNS].map((word): [string, number] => [word, CUE.frame]), // framedAndDismissed
  ...cueWords(CUE.sayers, 'who that saying telling claiming crowd let tell hearing told'), // DISMISSED_SAYERS, DONT_LET_THEM
  ...[...LATER_IMPERATIVES].map((word): [string, number] => [word, CUE.order]), // laterImperative
  ...[...CLAUSE_DENIAL_WORDS].map((word): [string, number] => [word, CUE.clauseDenial]), // CLAUSE_DENIALS
  // harmDone: every word a harm ends on, and "leave" of "leave it alone".
  ...[...HARM_WORDS, ...HARM_COMPLEMENTS, ...HARM_PHRASAL.keys(), 'leave'].map(
    (word): [string, number] => [word, CUE.harm],
  ),
]) {
  CUE_WORDS.set(word, (CUE_WORDS.get(word) ?? 0) | cue);
}
const SARCASTIC_OPENINGS = new Set(['yeah', 'oh', 'ah', 'sure']);

/** A year such as 2019: "fusion in 2019" tells a past outcome. */
function isYear(word: string): boolean {
  const first = word.charCodeAt(0);
  return word.length === 4 && (first === 49 || first === 50) && !Number.isNaN(Number(word));
}

function cuesOf(tokens: readonly Token[], first: number, end: number, folded: string): number {
  let cues = SARCASTIC_OPENINGS.has(wordAt(tokens, first)) ? CUE.sarcasm : 0;
  for (let i = first; i < end; i++) {
    const word = tokens[i]!.text;
    const cue = CUE_WORDS.get(word);
    if (cue !== undefined) cues |= cue;
    else if (isYear(word)) cues |= CUE.pastReport;
  }
  if (folded.includes('🙄') || folded.includes('🙃')) cues |= CUE.sarcasm;
  return cues;
}

function reportedThenDoubted(sentence: string): boolean {
  const reported = REPORTED.exec(sentence);
  return reported !== null && DOUBT.test(sentence.slice(reported.index + reported[0].length));
}

/** "Only the MRI found it": necessity claimed, even in the writer's own story. */
const ONLY = new Set(['only']);

/** What limits a failure to stop: "…every injury", "…once it's started", "…completely". */
const STOP_LIMITS = new Set([
  'every',
  'once',
  'completely',
  'entirely',
  'all',
  'always',
  'forever',
]);

/** Openings of a condition: a negation inside one is the condition's, not the claim's. */
const CONDITIONS = new Set(['if', 'when', 'unless']);

function negationCount(
  tokens: readonly Token[],
  claim: ClaimWords,
  start: number,
  end: number,
): number {
  const { triggerFirst, triggerLast, ruleTokens } = claim;
  let count = 0;
  if (claim.negationBefore !== false) {
    const conditional = CONDITIONS.has(wordAt(tokens, start));
    const from = Math.max(start, triggerFirst - NEGATION_REACH_BEFORE);
    for (let i = from; i <= triggerLast; i++) {
      if (ruleTokens.has(i) || !isNegator(tokens, i, NEGATORS)) continue;
      // "don't stop walking" cancels out; "won't stop it coming back", where "stop" is the claim's
      // own word, denies it.
      const claimsOwnVerb = ruleTokens.has(i + 1) && NEGATIVE_VERBS.has(wordAt(tokens, i + 1));
      // "staying hydrated doesn't stop back spasms": after the practice, what it fails to stop is
      // the claim's problem, and the practice is denied.
      // Not where the clause limits what it fails to stop ("…won't stop a spasm once it's
      // started, but…", "…doesn't stop every injury but…"): that grants the rest.
      const failsToStop =
        i > triggerFirst &&
        [i + 2, i + 3, i + 4].some((k) => k <= triggerLast && ruleTokens.has(k)) &&
        !hasWordIn(tokens, STOP_LIMITS, i + 1, Math.min(end, i + 9));
      if (cancelsOut(tokens, i) && !claimsOwnVerb && !failsToStop) continue;
      // "if the sciatica isn't settling get a cortisone shot": the negation is the condition's.
      if (conditional && i < triggerFirst) {
        const between = tokens.slice(i + 1, triggerFirst + 1).some((t) => ADVICE_VERBS.has(t.text));
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
    if (
      !ruleTokens.has(i) &&
      isNegator(tokens, i, TRAILING_NEGATORS) &&
      !tagNo(tokens, i, { start, end }, claim)
    ) {
      // "gentle stretching never aggravates it": a harm denied, for a practice claimed to help.
      if (claim.harmDenies && deniesHarm(tokens, i, end)) continue;
      count++;
      break; // "doesn't… nothing" is still one denial
    }
  }
  return count;
}

/**
 * Words after which a sentence's last "no" is an answer or a verdict, not a tag: "so no", "or no",
 * "that's a no", "a hard no", "god no", "personally no".
 */
const ANSWER_BEFORE_NO = new Set([
  ...['so', 'or', 'a', 'say', 'says', 'said', 'is', 'was', 'answer', 'just', 'simply'],
  ...['hell', 'god', 'heck', 'hard', 'big', 'fat', 'firm', 'definite', 'flat', 'straight'],
  ...['definitely', 'absolutely', 'honestly', 'personally', 'sadly', 'really', 'lol', 'yes'],
]);

/**
 * A last "no" straight after any other word is a tag, as in South Asian English: "this kind of back
 * pain goes off by itself in some weeks no" asks for agreement and denies nothing. Not after the
 * claim's own words ("heat yes, ice no") or in a sentence that says "yes" too.
 */
function tagNo(
  tokens: readonly Token[],
  i: number,
  span: { start: number; end: number },
  claim: ClaimWords,
): boolean {
  if (i !== span.end - 1 || i <= span.start || !tokens[i]!.is('no')) return false;
  if (i - 1 >= claim.triggerFirst && i - 1 <= claim.triggerLast) return false;
  const before = tokens[i - 1]!;
  if (ANSWER_BEFORE_NO.has(before.text)) return false;
  for (let k = span.start; k < i; k++) if (tokens[k]!.is('yes')) return false;
  if (before.source.slice(before.end, tokens[i]!.start).trim() !== '') return false;
  // "…, ice packs no": a verdict on the two words before it, in a clause of their own.
  let clauseStart = i - 1;
  while (
    clauseStart > span.start &&
    !clauseBreakIn(before.source, tokens[clauseStart - 1]!.end, tokens[clauseStart]!.start)
  ) {
    clauseStart--;
  }
  return i - clauseStart > 2;
}

/** Whether one of the three words after "my" at `i` is another person: "my mum's back". */
function namesSomeoneElse(tokens: readonly Token[], i: number): boolean {
  for (let k = 1; k <= 3; k++) if (OTHER_PEOPLE.test(wordAt(tokens, i + k))) return true;
  return false;
}

/** Words after someone close that pass on a belief, not their case: "my mum says rest". */
const PASSES_ON = new Set([
  ...['say', 'says', 'said', 'saying', 'swear', 'swears', 'swore', 'sworn', 'reckon', 'reckons'],
  ...['reckoned', 'told', 'tells', 'telling', 'insists', 'insisted', 'believes', 'believer'],
  ...['thinks', 'thought', 'heard', 'read', 'according', 'opinion', 'answer'],
  // "my nan's remedy was a hot water bottle": what they hold by, not what happened.
  ...['remedy', 'remedies', 'advice', 'tip', 'tips', 'trick', 'cure', 'theory', 'motto', 'rule'],
]);

/** Trades whose holder's words are advice: "my uncle is a chiropractor and adjustments fix…". */
const ADVISING_TRADES = new Set([
  ...['gp', 'doctor', 'doc', 'chiro', 'chiropractor', 'physio', 'physiotherapist', 'pt', 'osteo'],
  ...['osteopath', 'surgeon', 'nurse', 'pharmacist', 'trainer', 'coach', 'therapist'],
]);

const COPULAS = new Set(['is', 'was', 'as', "he's", "she's", 'being']);

/** How far after someone close their belief may be passed on: "my dad is a GP and he reckons…". */
const PASSES_ON_REACH = 10;

/**
 * Whether "my" at `i` opens the story of someone close ("my husband did a prednisone course for his
 * back", "the fusion didn't help my dad"), not their belief passed on ("my uncle swears by…", "my dad
 * is a GP and…") or a reader addressed ("Voltaren, my brother, calms it", "stretching is the key my
 * friend"). `end` is the end of the sentence.
 */
function tellsTheirCase(tokens: readonly Token[], i: number, end: number): boolean {
  for (let k = 1; k <= 3; k++) {
    const at = i + k;
    if (!OTHER_PEOPLE.test(wordAt(tokens, at))) continue;
    const token = tokens[at]!;
    if (at === end - 1 || /^\s*[,.!?]/.test(token.source.slice(token.end, token.end + 2))) {
      return false;
    }
    for (let j = at + 1; j < Math.min(end, at + 1 + PASSES_ON_REACH); j++) {
      const word = tokens[j]!.text;
      if (PASSES_ON.has(word)) return false;
      // "is a GP", "works as a physio"; not "went to a chiropractor".
      if (
        (word === 'a' || word === 'an') &&
        COPULAS.has(wordAt(tokens, j - 1)) &&
        ADVISING_TRADES.has(wordAt(tokens, j + 1))
      ) {
        return false;
      }
    }
    return true;
  }
  return false;
}

/** A word hyphenated on both sides is part of a name: the "u" of "Ben-u-ron" is no "you". */
function insideCompound(token: Token): boolean {
  const { source, start, end } = token;
  return source[start - 1] === '-' && source[end] === '-';
}

/** "in my opinion", "in my humble opinion", "in my book": a view, not a report. */
const OPINION_NOUNS = new Set(['opinion', 'view', 'humble', 'honest', 'book', 'eyes']);

/** What follows "mine's" when it is the writer's view rather than their case. */
const MINE_OPINION = new Set(['that', 'keep', 'always', 'simple', 'stay', 'get', 'use', 'try']);

/** Whether first person at `i` opens an opinion ("I think", "I really don't think", "I'd…"). */
function opensOpinion(tokens: readonly Token[], i: number, end: number): boolean {
  const word = tokens[i]!.text;
  if (word === "i'd") return true;
  if (word === 'me' && wordAt(tokens, i - 1) === 'to') return true; // "sounds like X to me"
  // "everyone has a theory, mine's that…", "his advice was rest, mine's keep moving": an opinion.
  if ((word === "mine's" || word === 'mines') && MINE_OPINION.has(wordAt(tokens, i + 1)))
    return true;
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
    if (GENERALISERS.has(word) && !insideCompound(tokens[i]!)) return false;
    if (!FIRST_PERSON.has(word)) continue;
    if (word === 'i' && NOT_A_PRONOUN_AFTER.has(wordAt(tokens, i - 1))) continue;
    // "my husband did a prednisone course for his back": a case told first hand, as the writer's.
    if (word === 'my' && namesSomeoneElse(tokens, i) && !tellsTheirCase(tokens, i, end)) continue;
    // "… is the quickest fix for back pain in my opinion": no report, but no veto on one either
    // ("in my opinion the chiro made it worse, I went 6 times…").
    if (word === 'my' && wordAt(tokens, i - 1) === 'in' && OPINION_NOUNS.has(wordAt(tokens, i + 1)))
      continue;
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
  'kept',
  'booked',
  'scheduled',
  'swapped',
  'wore',
  'ordered',
  'woke',
  'tweaked',
  'felt',
  'rounded',
  "didn't",
  'didnt',
  "couldn't",
  "wasn't",
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

/** After one of these the opening word is the subject, not an order: "ice did nothing for me". */
const SUBJECT_VERBS = new Set([
  'did',
  "didn't",
  'didnt',
  'does',
  "doesn't",
  'doesnt',
  'is',
  "isn't",
  'was',
  "wasn't",
  'helped',
  'helps',
  'worked',
  'works',
  'made',
  'makes',
  'has',
  'had',
  'never',
]);

/** Words that make an opening order a thing's name: "foam rollers are…", "ice packs on, …". */
const NAME_AFTER_ORDER = new Set(['roller', 'rollers', 'pack', 'packs', 'bath', 'baths']);

function opensWithImperative(sentence: SentenceView, first: number): boolean {
  const { tokens, endToken: end } = sentence;
  let i = first;
  while (i < end && IMPERATIVE_FILLERS.has(tokens[i]!.text)) i++;
  if (i >= end || !IMPERATIVES.has(tokens[i]!.text)) return false;
  const next = wordAt(tokens, i + 1);
  // "foam rolling the area has been a lifesaver" names a habit: the order is "foam roll"; "foam
  // roller on the back every night, …" and "ice packs did nothing" name a thing.
  if (next === 'rolling' || NAME_AFTER_ORDER.has(next)) return false;
  if (SUBJECT_VERBS.has(next)) return false;
  return !notAnOrder(sentence, i);
}

/** "listen, …", "listen I've…", "listen to this": a call for attention, not advice to listen. */
const LISTEN_TO_NOTHING = new Set(['this', 'that']);
/** "forget what I said", "forget who it was": the writer's own slip, not an order. */
const FORGET_WH = new Set(['what', 'who', 'which', 'how', 'where', 'when', 'why']);
/** Who passes an order on: "lie down for a week they said, so I did…". */
const ORDER_SAYERS = new Set([
  'they',
  'he',
  'she',
  'everyone',
  'people',
  'someone',
  'doc',
  'doctor',
  'gp',
  'physio',
  'pt',
  'chiro',
  'surgeon',
  'nurse',
]);
const ORDER_SAID = new Set(['said', 'say', 'says', 'told', 'tell', 'tells', 'reckoned']);
/** The reader, whom a real order addresses: "sleep on a firm mattress and you'll thank me later". */
const READER = new Set([...READER_WORDS, 'yourself']);

/**
 * Whether the opening word at `i`, one of `IMPERATIVES`, is no order after all: a call for
 * attention ("listen, I spent two weeks in bed…"), a noun or idiom ("push ups and planks…", "push
 * came to shove", "forget it, …", "forget the name of…"), an order passed on ("lie down for a week
 * they said, so I did…"), or the writer's own habit with its "I" dropped ("drink loads of water and
 * I still get spasms", "sleep on my side…"): first person and no reader in the order's stretch.
 */
function notAnOrder(sentence: SentenceView, i: number): boolean {
  const { text, tokens, endToken } = sentence;
  const word = tokens[i]!.text;
  const next = wordAt(tokens, i + 1);
  if (word === 'listen' && (next !== 'to' || LISTEN_TO_NOTHING.has(wordAt(tokens, i + 2)))) {
    return true;
  }
  if (word === 'push' && (next === 'ups' || next === 'up' || next === 'came' || next === 'comes'))
    return true;
  if (
    word === 'forget' &&
    (next === 'it' ||
      (next === 'the' && wordAt(tokens, i + 2) === 'name') ||
      (FORGET_WH.has(next) && FIRST_PERSON.has(wordAt(tokens, i + 2))))
  ) {
    return true;
  }
  let stop = i + 1;
  while (stop < endToken && !clauseBreakIn(text, tokens[stop - 1]!.end, tokens[stop]!.start))
    stop++;
  const last = wordAt(tokens, stop - 1);
  if (
    stop - i > 2 &&
    ((ORDER_SAID.has(last) && ORDER_SAYERS.has(wordAt(tokens, stop - 2))) ||
      (last === 'me' && ORDER_SAID.has(wordAt(tokens, stop - 2))))
  ) {
    return true;
  }
  if (!DROPPED_I_ORDERS.has(word)) return false;
  let own = false;
  for (let k = i + 1; k < stop; k++) {
    const t = tokens[k]!.text;
    if (READER.has(t)) return false;
    if (FIRST_PERSON.has(t)) own = true;
  }
  return own;
}

/**
 * The writer's story promised to the reader: "arch supports sorted my back out and they'll sort
 * yours", "it changed my life and it'll change yours". Not "worse than yours".
 */
const PROMISE_TO_THE_READER = compiledAhead(
  /\b(?:it|they|that|this|these|those)(?:'ll|ll| will) (?:\S+ )?(?:sort|fix|help|change|cure|save|work for)(?: out)? yours\b/,
);

/** The orders whose dropped-"I" reading ("drink loads of water and I still…") is common. */
const DROPPED_I_ORDERS = new Set(['drink', 'sleep', 'lie', 'lift', 'apply', 'push']);

/** "better than heat": the claim is the one compared against. */
const COMPARED_AGAINST = new Set(['better', 'superior', 'preferable', 'safer']);

/** What holds for the whole sentence, whichever claim in it is being judged. */
interface SentenceFacts {
  /** "no real evidence", "doesn't work", a reported claim then doubted (sarcasm: `sarcasmReach`). */
  turnedAround: boolean;
  /**
   * Sarcasm (`SARCASM`) is a verdict on the thing, whatever story the writer tells with it: "oh
   * yes, because lying in bed for a fortnight worked SO well for me last time". The offsets it
   * judges (`sarcasmReach`).
   */
  sarcasmReach: ReadonlyArray<readonly [number, number]>;
  deniedOutright: boolean;
  /** Claims before this offset are dismissed (`CLAUSE_DISMISSALS`); -1 if none. */
  dismissedTo: number;
  /**
   * The clause a "don't let them tell you" governs (`DONT_LET_THEM`), as offsets: a claim in it is
   * denied, and one in a later clause is the writer's own ("…, get an MRI").
   */
  deniedFrom: number;
  deniedTo: number;
  /** Opens with an imperative or vouches ("trust me"): advice, whatever story follows. */
  advice: boolean;
  /** Opens with a verb that dropped its "I": "Went in for a block…". */
  implicitI: boolean;
  /** First person anywhere that is a report, not an opinion, and no word generalises. */
  firstPersonReport: boolean;
  /**
   * An outcome told without "I", in no study and for no one else (`PAST_REPORT`); worked out on
   * first need (`toldOutcome`), since most claims are settled before it matters.
   */
  pastReport?: boolean;
  /** A scan's finding told the same way (`SCAN_REPORT`). */
  scanReport?: boolean;
  /** The sentence ends on a short verdict of its own: "paid 2k for a firm mattress, total scam". */
  endsOnVerdict: boolean;
  /** Offset of a sentence-closing turned-down recommendation (`DISSUADING`); claims before it are judged. */
  dissuadedBefore: number;
  /** Offset of the last contrast before it: claims before that are not judged. */
  dissuadedAfter: number;
  /**
   * The tokens [from, to) a closing "…, they work" vouches for (`praisedRange`), [-1, -1] if none,
   * and 1 if the praise is mock ("…, but sure, it works").
   */
  praised: readonly [number, number, number];
}

/** Whether a clause after the first opens with an order, after a comma or the like. */
function laterImperative(sentence: SentenceView): boolean {
  const { tokens, firstToken, endToken } = sentence;
  if ((sentence.cues & CUE.order) === 0) return false;
  for (let j = firstToken + 1; j < endToken; j++) {
    if (!LATER_IMPERATIVES.has(tokens[j]!.text)) continue;
    if (wordAt(tokens, j + 1) === 'figure') continue; // "…, go figure"
    if (!ordersAfterBreak(sentence, j) && !ordersAfterCondition(tokens, firstToken, j)) continue;
    if (opensWithImperative(sentence, j)) return true;
  }
  return false;
}

/** Words between a clause break and a later order: "…, so yes, fight for the scan". */
const LATER_ORDER_FILLERS = new Set([...IMPERATIVE_FILLERS, 'yes', 'yeah', 'yep']);

/** Whether the order at `j` opens its clause, perhaps after fillers ("…, so just get one"). */
function ordersAfterBreak(sentence: SentenceView, j: number): boolean {
  const { text, tokens, firstToken } = sentence;
  let k = j;
  while (k - 1 > firstToken && LATER_ORDER_FILLERS.has(tokens[k - 1]!.text)) k--;
  return clauseBreakIn(text, tokens[k - 1]!.end, tokens[k]!.start);
}

/** How far back an "if" may open the condition an order follows without a comma. */
const CONDITION_REACH = 8;
/** Words before a verb that make it no order: "if you can get one", "if it helps to walk". */
const NOT_ORDER_AFTER = new Set([
  ...FIRST_PERSON,
  'you',
  'u',
  'ya',
  'they',
  'we',
  'he',
  'she',
  'it',
  'to',
  'can',
  'could',
  'will',
  'would',
  'should',
  'might',
  'must',
  ...NEGATORS,
  'and',
  'or',
  'then',
  // "if memory serves the fight to get my MRI…": a noun, not an order.
  'the',
  'a',
  'an',
  'this',
  'that',
  'his',
  'her',
  'their',
  'your',
]);

/**
 * Whether the order at `j` follows a condition with no comma: "if you're stuck get one", "if the
 * sciatica isn't budging after 6 weeks push for an ESI".
 */
function ordersAfterCondition(tokens: readonly Token[], firstToken: number, j: number): boolean {
  if (NOT_ORDER_AFTER.has(wordAt(tokens, j - 1))) return false;
  for (let k = j - 2; k >= Math.max(firstToken, j - CONDITION_REACH); k--) {
    const word = tokens[k]!.text;
    if (word === 'if') {
      return !FIRST_PERSON.has(wordAt(tokens, k + 1)) && conditionHasVerb(tokens, k + 1, j);
    }
    if (ADVICE_VERBS.has(word) || LATER_IMPERATIVES.has(word)) return false;
  }
  return false;
}

/** Verbs a condition is told with: "if you're stuck", "if it hurts", "if the pain persists". */
const CONDITION_VERBS = new Set([
  'is',
  'are',
  'was',
  'were',
  'am',
  'be',
  'been',
  'has',
  'have',
  'had',
  'does',
  'did',
  'can',
  'could',
  'will',
  'would',
  'should',
  'goes',
  'gets',
  'got',
  'hurts',
  'persists',
  'comes',
  'flares',
  'lasts',
  'stays',
  'keeps',
  'feels',
  'starts',
  'spreads',
  'radiates',
  'continues',
  'fobs',
  'refuses',
  'says',
  'wants',
  'tells',
]);
/** Subjects whose verb follows them: "if you sit all day get up and walk". */
const CONDITION_SUBJECTS = new Set(['you', 'u', 'ya', 'it', 'they', 'we', 'he', 'she', 'anyone']);

/**
 * Whether the condition in tokens [from, to) has its own verb before the order at `to`: not "if
 * the muscle relaxers take the edge off…", where "take" is the condition's verb, nor "if memory
 * serves the fight…", where the word is a noun.
 */
function conditionHasVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const word = tokens[k]!.text;
    if (CONDITION_VERBS.has(word) || word.includes("'") || NEGATORS.has(word)) return true;
    if (word.endsWith('ed') || word.endsWith('ing')) return true;
    if (CONDITION_SUBJECTS.has(word) && k + 1 < to) return true;
  }
  return false;
}

/**
 * A closing clause that vouches for the thing in the present tense: "…, screw what anyone says,
 * they work", "…, it really does work". Not "…, it helps", which closes many a writer's own story.
 */
const PRAISE_SUBJECTS = new Set(['it', 'they', 'this', 'that', 'these', 'those', 'both']);
const PRAISE_VERBS = new Set(['work', 'works']);
const PRAISE_FILLERS = new Set([
  'really',
  'actually',
  'honestly',
  'genuinely',
  'definitely',
  'seriously',
  'just',
  'do',
  'does',
  'still',
  'lol',
  'imo',
  'tbh',
  'people',
  'guys',
  'folks',
]);

function endsOnPraise(sentence: SentenceView): number {
  const { text, tokens, firstToken, endToken } = sentence;
  let verb = endToken - 1;
  while (verb > firstToken && PRAISE_FILLERS.has(tokens[verb]!.text)) verb--;
  if (!PRAISE_VERBS.has(tokens[verb]!.text)) return -1;
  let subject = verb - 1;
  while (subject > firstToken && PRAISE_FILLERS.has(tokens[subject]!.text)) subject--;
  const praises =
    subject > firstToken &&
    PRAISE_SUBJECTS.has(tokens[subject]!.text) &&
    clauseBreakIn(text, tokens[subject - 1]!.end, tokens[subject]!.start);
  return praises ? subject : -1;
}

/**
 * The tokens [from, to) a closing "…, they work" vouches for: the clause of the last claim named
 * before it ("physio did nothing for me, but the heat patches, they work" vouches for the heat
 * patches, not physio; "had an MRI…, got put on naproxen, it works" for the naproxen). Without the
 * sentence's claims, everything before it.
 */
function praisedRange(sentence: SentenceView): readonly [number, number, number] {
  const subject = endsOnPraise(sentence);
  if (subject < 0) return NOTHING_PRAISED;
  const { text, tokens, firstToken, claimStarts } = sentence;
  // "…and I still can't bend over, but sure, it works": mock praise, a verdict against the thing.
  const mock = MOCK_PRAISE.has(wordAt(tokens, subject - 1)) ? 1 : 0;
  if (!claimStarts) return [firstToken, subject, mock];
  let last = -1;
  for (const at of claimStarts) if (at < subject && at > last) last = at;
  if (last < 0) return NOTHING_PRAISED;
  let from = last;
  while (from > firstToken && !clauseBoundaryBetween(text, tokens, from - 1, from)) from--;
  return [from, subject, mock];
}
const NOTHING_PRAISED: readonly [number, number, number] = [-1, -1, 0];
const MOCK_PRAISE = new Set(['sure', 'right']);

const SEEMING_VERBS = new Set(['sounds', 'seems', 'looks']);

function endsOnVerdict(sentence: SentenceView): boolean {
  const { text, tokens, firstToken, endToken } = sentence;
  let verdictNear = false;
  for (let i = Math.max(firstToken, endToken - VERDICT_CLAUSE_WORDS); i < endToken; i++) {
    if (VERDICT_WORDS.has(tokens[i]!.text)) verdictNear = true;
  }
  if (!verdictNear) return false;
  let start = endToken - 1;
  while (start > firstToken && !clauseBoundaryBetween(text, tokens, start - 1, start)) start--;
  if (start === firstToken) return false;
  // "…, sounds like a money racket to me": an opinion's frame around the verdict.
  let from = start;
  let to = endToken;
  if (SEEMING_VERBS.has(tokens[from]!.text) && wordAt(tokens, from + 1) === 'like') from += 2;
  if (to - from > 2 && wordAt(tokens, to - 2) === 'to' && wordAt(tokens, to - 1) === 'me') to -= 2;
  if (to - from > VERDICT_CLAUSE_WORDS) return false;
  let verdict = false;
  for (let i = from; i < to; i++) {
    const word = tokens[i]!.text;
    // "…, Nurofen is useless" or "…, the TENS useless" judge something named in the clause.
    if (VERDICT_WORDS.has(word)) verdict = true;
    else if (!VERDICT_FILLERS.has(word)) return false;
  }
  return verdict;
}

/** Contrasts before a closing `DISSUADING`: it judges what came after the last one. */
const DISSUADING_CONTRASTS = new Set(['but', 'though', 'although', 'however', 'whereas']);

const NOT_DISSUADED = { at: -1, from: -1 };

/**
 * Where a turned-down recommendation that closes the sentence starts, as an offset in the post, and
 * where what it judges starts: after the last contrast before it ("physio has really helped, but
 * the hydro pool was freezing so I'd give it a miss"). -1 if none.
 */
function dissuadedAt(sentence: SentenceView): { at: number; from: number } {
  const { tokens, folded, firstToken, endToken } = sentence;
  const match = DISSUADING.exec(folded);
  if (!match) return NOT_DISSUADED;
  const at = (tokens[firstToken]?.start ?? 0) + match.index;
  const tail = endToken - firstTokenAtOrAfter(tokens, at + match[0].length);
  if (tail > DISSUADING_TAIL) return NOT_DISSUADED;
  let from = -1;
  for (let i = firstToken; i < endToken && tokens[i]!.start < at; i++) {
    if (DISSUADING_CONTRASTS.has(tokens[i]!.text)) from = tokens[i]!.start;
  }
  return { at, from };
}

function factsOf(sentence: SentenceView): SentenceFacts {
  const { tokens, folded, firstToken, endToken } = sentence;
  const { cues } = sentence;
  if (sentence.facts) return sentence.facts;
  const sarcastic = (cues & CUE.sarcasm) !== 0 && SARCASM.test(folded);
  const dissuading = (cues & CUE.vouching) !== 0 ? dissuadedAt(sentence) : NOT_DISSUADED;
  return (sentence.facts = {
    deniedOutright:
      ((cues & CUE.denial) !== 0 && SENTENCE_DENIALS.test(folded)) ||
      ((cues & CUE.dismissal) !== 0 && DISMISSAL_PHRASES.test(folded)) ||
      ((cues & CUE.evidence) !== 0 && EVIDENCE_DENIALS.test(folded)),
    dismissedTo:
      (cues & CUE.dismissal) !== 0 ? clauseDismissedTo(folded, tokens[firstToken]?.start ?? 0) : -1,
    turnedAround:
      ((cues & CUE.reported) !== 0 && reportedThenDoubted(folded)) ||
      ((cues & CUE.sayers) !== 0 && DISMISSED_SAYERS.test(folded)),
    sarcasmReach: sarcastic ? sarcasmReach(folded, tokens[firstToken]?.start ?? 0) : [],
    ...governedClause(
      cues & CUE.sayers ? DONT_LET_THEM.exec(folded) : null,
      folded,
      tokens[firstToken]?.start ?? 0,
    ),
    advice:
      opensWithImperative(sentence, firstToken) ||
      laterImperative(sentence) ||
      ((cues & CUE.vouching) !== 0 && VOUCHING.test(folded)),
    implicitI: IMPLICIT_I.has(wordAt(tokens, firstToken)),
    firstPersonReport: isFirstPersonReport(tokens, firstToken, endToken),
    endsOnVerdict: endsOnVerdict(sentence),
    dissuadedBefore: dissuading.at,
    dissuadedAfter: dissuading.from,
    praised: praisedRange(sentence),
  });
}

/**
 * From the end of the phrase to the end of its clause (the clause breaks stance reads everywhere),
 * as offsets into the post: `sentence` is the sentence's folded text, at `offset` in the post.
 */
function governedClause(
  match: RegExpExecArray | null,
  sentence: string,
  offset: number,
): { deniedFrom: number; deniedTo: number } {
  if (!match) return { deniedFrom: Number.POSITIVE_INFINITY, deniedTo: 0 };
  const from = match.index + match[0].length;
  if (GOVERNED_UNDONE.test(sentence.slice(from))) {
    return { deniedFrom: Number.POSITIVE_INFINITY, deniedTo: 0 };
  }
  let end = clauseBreakAt(sentence, from, sentence.length);
  if (end < 0) end = sentence.length;
  const limit = GOVERNED_LIMIT.exec(sentence.slice(from, end));
  if (limit) end = from + limit.index;
  // "you need to stop saying you're fine and get an MRI": the "and get" is the writer's order.
  const ordered = /\bstop (?:saying|telling)\b/.test(match[0])
    ? STOP_SAYING_AND_DO.exec(sentence.slice(from, end))
    : null;
  if (ordered) end = from + ordered.index;
  return { deniedFrom: offset + from, deniedTo: offset + end };
}

/** "don't let the physio talk you into stopping your exercises": the stopping is what is denied. */
const GOVERNED_UNDONE = compiledAhead(
  /^ (?:stopping|quitting|giving up|dropping|ditching|skipping|abandoning|cutting out)\b/,
);
/** An order joined to "stop saying …" by "and": "…stop saying it's nothing and (just) go see a doctor". */
const STOP_SAYING_AND_DO = compiledAhead(
  /\band (?:actually |just |then |instead )?(?:go|get|see|tell|start|book|ask|try|take|do|listen|call|make|use)\b/,
);
/** Where a governed clause's thing ends: "…anything stronger than ibuprofen", "…before you've tried physio". */
const GOVERNED_LIMIT = compiledAhead(
  /\b(?:than|before|until|till|unless|without|instead of|except|if|when)\b/,
);

function toldOutcome(sentence: SentenceView, facts: SentenceFacts, denied: boolean): boolean {
  const { tokens, folded, firstToken, endToken } = sentence;
  const own = () =>
    !STUDY_OR_RULE.test(folded) &&
    !hasWordIn(tokens, GENERALISERS, firstToken, endToken) &&
    !aboutSomeoneElse(tokens, firstToken, endToken);
  if ((sentence.cues & CUE.pastReport) === 0) return false;
  if ((facts.pastReport ??= PAST_REPORT.test(folded) && own())) return true;
  if (denied && !SCAN_FOUND_NOTHING.test(folded)) return false;
  return (facts.scanReport ??= SCAN_REPORT.test(folded) && own());
}

/**
 * A professional's words passed on: "GP said paracetamol won't do much for my back", "osteo told me
 * it was a tight muscle". The writer relays a claim, not their own case: the "me" and "my" are the
 * professional's words about them.
 */
const RELAYED = compiledAhead(
  /\b(?:gp|doc|doctor|physio|physiotherapist|pt|osteo|osteopath|chiro|chiropractor|surgeon|neurosurgeon|consultant|specialist|pharmacist|nurse|instructor|trainer|podiatrist|rheumatologist|ortho)(?:'s)? (?:said|says|told me|tells me|keeps telling me|kept telling me|reckons|explained|recommended|advised)\b/g,
);
/**
 * After the relayed words, the writer's own doing or outcome, or a finding about their own body
 * ("chiro said my L5 was rotated"; not "… for my back"), makes the sentence a report of their case.
 */
const OWN_AFTER_RELAY = compiledAhead(
  /\b(?:i|i'm|im|i've|ive|i'd|i'll|helped|worked|been the thing|did exactly|did that|(?:loads|much|way|a lot|feel|feels|feeling|felt) better|did nothing|no difference|made a difference|sorted|fixed)\b|(?<!\bfor )\bmy\b/,
);

/** Whether the claim's words are inside a professional's relayed words, with no outcome of the writer's after. */
function relayedAdvice(sentence: SentenceView, triggerAt: number): boolean {
  const { folded, tokens, firstToken } = sentence;
  const at = triggerAt - tokens[firstToken]!.start;
  let relayEnd = -1;
  RELAYED.lastIndex = 0;
  for (let m = RELAYED.exec(folded); m !== null && m.index < at; m = RELAYED.exec(folded)) {
    relayEnd = m.index + m[0].length;
  }
  return relayEnd >= 0 && relayEnd <= at && !OWN_AFTER_RELAY.test(folded.slice(relayEnd));
}

export function classifyStance(sentence: SentenceView, claim: ClaimWords): Stance {
  const { tokens } = sentence;
  const { triggerFirst } = claim;
  if (sentence.question) return sentence.answeredNo ? 'denies' : 'asks';
  const facts = factsOf(sentence);
  const { start, end } = clauseBounds(sentence, claim);
  let negations = negationCount(tokens, claim, start, end);
  if (negations === 0 && (facts.deniedOutright || facts.endsOnVerdict)) negations = 1;
  const triggerAt = tokens[triggerFirst]!.start;
  if (negations === 0 && triggerAt < facts.dismissedTo) negations = 1;
  // "…, nothing to do with posture": a judgement of the thing, whatever story the clause tells.
  const clauseDenied = clauseDenies(sentence, start, end, triggerFirst);
  if (clauseDenied) negations = Math.max(negations, 1);
  const sarcastic = facts.sarcasmReach.some(([from, to]) => triggerAt >= from && triggerAt < to);
  if (
    facts.turnedAround ||
    sarcastic ||
    (triggerAt >= facts.deniedFrom && triggerAt < facts.deniedTo)
  ) {
    negations = 1;
  }
  if (
    wordAt(tokens, triggerFirst - 1) === 'than' &&
    COMPARED_AGAINST.has(wordAt(tokens, triggerFirst - 2))
  ) {
    negations = 1;
  }
  // "tried the inversion table for a month, wouldn't recommend it": a verdict on what came before.
  // Not a thing its own clause praises: "heat pad is my saviour, the gym's packed on Mondays so
  // I'd give it a miss then".
  const dissuaded =
    facts.dissuadedBefore >= 0 &&
    triggerAt < facts.dissuadedBefore &&
    triggerAt > facts.dissuadedAfter &&
    !hasWordIn(tokens, OWN_PRAISE, start, end);
  if (dissuaded) negations = Math.max(negations, 1);
  if (negations === 0 && claim.harmDenies && harmDone(sentence, claim, end)) negations = 1;
  // From the clause the claim's first word is in: a claim read across clauses ("did my exercises
  // for two years and it still came back, they dont prevent anything") is judged by the later one.
  const framedDenial = (sentence.cues & CUE.frame) !== 0 && framedAndDismissed(sentence, claim);
  // "did my rehab for a year and it still came back, the exercises don't prevent anything": the
  // claim's own clause, after the story, is a verdict.
  const ownClauseDenies =
    start > sentence.firstToken &&
    opensDenyingClause(sentence, triggerFirst, start, claim.ruleTokens);
  if (ownClauseDenies) negations = Math.max(negations, 1);
  const laterDenial =
    !facts.advice &&
    laterClauseDenies(
      sentence,
      start,
      clauseEndAfter(sentence, triggerFirst, end),
      claim.ruleTokens,
    );
  if (laterDenial) negations = Math.max(negations, 1);
  // A verdict of its own ("…, total ripoff") or a later one ("…, they don't prevent anything")
  // judges the thing, whatever story came before it.
  // "I was skeptical about acupuncture but after 6 sessions my back is loads better, it works":
  // the closing vouching is the writer's verdict on the thing.
  const praised = triggerFirst >= facts.praised[0] && triggerFirst < facts.praised[1];
  if (praised) negations = facts.praised[2];
  const advice =
    facts.advice ||
    praised ||
    sarcastic ||
    clauseDenied === 'verdict' ||
    dissuaded ||
    laterDenial ||
    ownClauseDenies ||
    claim.verdict === true ||
    framedDenial ||
    facts.endsOnVerdict ||
    ONLY.has(wordAt(tokens, triggerFirst - 1)) ||
    ONLY.has(wordAt(tokens, triggerFirst - 2)) ||
    PROMISE_TO_THE_READER.test(sentence.folded) ||
    (triggerAt < facts.dismissedTo && CALLING_BS.test(sentence.folded)) ||
    relayedAdvice(sentence, triggerAt);
  // A report of the writer's own case: a sentence that drops its "I" ("Went in for a block…"),
  // first person in the claim's clause, or anywhere in a sentence that generalises nowhere and
  // denies nothing ("aleve + walking, that's what got me through"). Advice stays advice.
  // The frame's verdict denies the claim; a rule that already reads a denial from it keeps it.
  if (framedDenial) negations = claim.forced === 'denies' ? 0 : 1;
  if (
    !advice &&
    (facts.implicitI ||
      isFirstPersonReport(tokens, start, end) ||
      (negations === 0 && facts.firstPersonReport) ||
      toldOutcome(sentence, facts, negations > 0))
  ) {
    return 'experience';
  }
  const stance = claim.forced ?? 'asserts';
  if (negations === 0 || (claim.negatable === false && claim.forced)) return stance;
  return stance === 'denies' ? 'asserts' : stance === 'asserts' ? 'denies' : stance;
}
