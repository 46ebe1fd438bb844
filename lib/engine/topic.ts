/**
 * The topic gate: is this page a low-back-pain discussion? Backcheck annotates nothing on pages that
 * are not. The score weighs the title and the share of posts that talk about the low back, against
 * talk of other body regions. "Back" counts only beside a pain word and never in its other senses
 * (a back squat, back in the day, coming back), which the lexicon lists as `back-idiom`.
 */
import { hitsOverlap, termWords, type ConceptHit } from './matcher';

export interface TopicResult {
  backPain: boolean;
  /** 0..1; 0.5 and above is a back-pain discussion. */
  score: number;
}

export interface TopicEvidence {
  lowBack: boolean;
  otherRegion: boolean;
  /** How a low-back episode reads without naming the back: "bent over to tie my shoe". */
  backEpisode: boolean;
  /** A dog's back, a chair's back, a car's backup camera. */
  nonHuman: boolean;
  /** Pain, or a treatment or someone who treats it: what replies in a thread about pain talk of. */
  care: boolean;
  /** Every mention of the low back is someone else's: "her back pain", "grandad's back". */
  someoneElsesBack: boolean;
}

/** The lexicon concepts the topic gate reads. */
export const TOPIC_CONCEPTS = [
  'low-back',
  'back',
  'back-idiom',
  'back-compound',
  'back-movement',
  'pain-word',
  'other-region',
  'other-condition',
  'back-episode',
  'non-human',
  'not-an-animal',
  'not-a-region',
  'care-word',
  'someone-elses-back',
];

const PAIN_REACH = 4;

/**
 * An ASCII letter or digit. The tokenizer also makes words of other letters, but counting every
 * character outside ASCII as a word's end only lets more texts through; and classes of Unicode
 * letters made Chromium spend 80–100 ms compiling these expressions on each page (measured).
 */
const WORD_CHAR = '[a-z0-9]';
const NOT_WORD_CHAR = '[^a-z0-9]';

/**
 * A term as a regular expression over folded text that matches wherever the matcher could match it
 * (and sometimes more), once it starts a word: its words whole (a prefix word as a prefix), with
 * anything but letters and digits between them.
 */
function termPattern(term: string): string {
  const words = termWords(term).map((word) => {
    const prefix = word.endsWith('*');
    const text = (prefix ? word.slice(0, -1) : word).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return prefix ? `${text}${WORD_CHAR}*` : `${text}(?!${WORD_CHAR})`;
  });
  return words.join(`${NOT_WORD_CHAR}+`);
}

/**
 * Which texts the topic gate need not read closely: sources of regular expressions over folded
 * text, made from the lexicon. A text can name the low back (`TopicEvidence.lowBack`) only if it
 * holds a low-back term, or a bare "back" and a pain word; a text that holds neither is decided
 * without tokenizing it. Most texts of a page that is not about back pain hold "back" only in
 * another sense ("drop back down", "backed off"), and then the gate never loads its matcher.
 */
export interface LowBackScreen {
  /** Any term of the `low-back` concept. */
  term: string;
  /** Any term of the `back` concept, which names the low back only beside a pain word. */
  bare: string;
  /** Any term of the `pain-word` concept. */
  pain: string;
}

export function lowBackScreen(concepts: Record<string, readonly string[]>): LowBackScreen {
  const anyOf = (concept: string) =>
    `(?<!${WORD_CHAR})(?:${(concepts[concept] ?? []).map(termPattern).join('|')})`;
  return { term: anyOf('low-back'), bare: anyOf('back'), pain: anyOf('pain-word') };
}

/** Whether a folded text may name the low back, by `screen`; false only when it cannot. */
export function screensLowBack(screen: LowBackScreen): (folded: string) => boolean {
  const term = new RegExp(screen.term);
  const bare = new RegExp(screen.bare);
  const pain = new RegExp(screen.pain);
  return (folded) => term.test(folded) || (bare.test(folded) && pain.test(folded));
}

function overlaps(hit: ConceptHit, ranges: readonly ConceptHit[]): boolean {
  return ranges.some((r) => hitsOverlap(hit, r));
}

function near(hit: ConceptHit, others: readonly ConceptHit[]): boolean {
  return others.some((o) => o.first - hit.last <= PAIN_REACH && hit.first - o.last <= PAIN_REACH);
}

/** What one text (a title or a post) says about the body region it discusses. */
export function topicEvidence(hits: readonly ConceptHit[]): TopicEvidence {
  const of = (concept: string) => hits.filter((h) => h.concept === concept);
  const idioms = of('back-idiom');
  const pain = of('pain-word');
  // Arching a back is a movement, unless a pain word is beside it ("can't arch her back without pain").
  const compounds = [...of('back-compound'), ...of('back-movement').filter((h) => !near(h, pain))];
  // A compound ("my back squat", "back-off sets") cancels any phrase it overlaps. An idiom cancels a
  // bare "back", and a phrase whose first word it ends on ("came back|pain free"), but not "lower
  // back on deadlifts", where "back on" only follows the phrase.
  const lowBackNamed = (h: ConceptHit) =>
    !overlaps(h, compounds) && !idioms.some((i) => i.last === h.first && i.first < h.first);
  const backNamed = (h: ConceptHit) =>
    !overlaps(h, idioms) && !overlaps(h, compounds) && near(h, pain);
  const lowBackHits = of('low-back');
  const backHits = of('back');
  const lowBack = lowBackHits.some(lowBackNamed) || backHits.some(backNamed);
  // Token by token, so that a page of "her back pain" repeated stays linear.
  const someoneElses = new Set<number>();
  for (const h of of('someone-elses-back'))
    for (let t = h.first; t <= h.last; t++) someoneElses.add(t);
  const ownMention = (h: ConceptHit) => !someoneElses.has(h.first) && !someoneElses.has(h.last);
  // A condition named by its region counts without a pain word ("frozen shoulder"); a region word
  // in an idiom ("fingers crossed", "a pain in the neck") is no region at all.
  const idiomRegions = of('not-a-region');
  const otherRegion =
    of('other-condition').length > 0 ||
    of('other-region').some((h) => near(h, pain) && !overlaps(h, idiomRegions));
  const notAnimals = of('not-an-animal');
  return {
    lowBack,
    someoneElsesBack:
      lowBack &&
      someoneElses.size > 0 &&
      !lowBackHits.some((h) => ownMention(h) && lowBackNamed(h)) &&
      !backHits.some((h) => ownMention(h) && backNamed(h)),
    otherRegion,
    backEpisode: of('back-episode').length > 0,
    // "cat-cow", a "CAT scan": animal words that are not about an animal.
    nonHuman: of('non-human').some((h) => !overlaps(h, notAnimals)),
    care: hits.some((h) => h.concept === 'care-word' || h.concept === 'pain-word'),
  };
}

const logistic = (x: number) => 1 / (1 + Math.exp(-x));

/** A text that names no body region and tells no episode. */
export const NO_EVIDENCE: TopicEvidence = {
  lowBack: false,
  otherRegion: false,
  backEpisode: false,
  nonHuman: false,
  care: false,
  someoneElsesBack: false,
};

/** How many replies a thread needs before their silence on pain says anything. */
const PASSING_MENTION_REPLIES = 3;
/** How far a passing mention lowers the score's log-odds: 0.73 (a first post's mention) to 0.27. */
const PASSING_MENTION = 2;

/**
 * Someone else's back, named in the first post only, in a thread whose title does not name it and
 * whose replies talk of no pain and no treatment: "she could not come because of her back pain"
 * opening a recipe thread. A thread about someone's back pain draws replies about what helps; a
 * writer's own back is never taken for a passing mention.
 */
function passingMention(title: TopicEvidence, posts: readonly TopicEvidence[]): boolean {
  const [first, ...replies] = posts;
  return (
    !title.lowBack &&
    first?.lowBack === true &&
    first.someoneElsesBack &&
    replies.length >= PASSING_MENTION_REPLIES &&
    replies.every((reply) => !reply.lowBack && !reply.backEpisode && !reply.care)
  );
}

/**
 * Weighs the evidence. The title and the first post say what a thread is about, so they count most;
 * replies often discuss remedies without naming the back again, so their share counts less.
 */
export function scoreTopic(title: TopicEvidence, posts: readonly TopicEvidence[]): TopicResult {
  const count = Math.max(posts.length, 1);
  const first = posts[0];
  const backPosts = posts.filter((p) => p.lowBack).length;
  const otherPosts = posts.filter((p) => p.otherRegion && !p.lowBack).length;
  const nonHumanPosts = posts.filter((p) => p.nonHuman).length;
  const x =
    3 * Number(title.lowBack) -
    2 * Number(title.otherRegion && !title.lowBack) -
    3 * Number(title.nonHuman) +
    2 * Number(first?.lowBack ?? false) +
    1.5 * Number((first?.backEpisode ?? false) && !(first?.lowBack ?? false)) -
    1.5 * Number((first?.otherRegion ?? false) && !(first?.lowBack ?? false)) -
    2 * Number(first?.nonHuman ?? false) +
    4 * (backPosts / count) -
    3 * (otherPosts / count) -
    2 * (nonHumanPosts / count) +
    0.4 * Math.min(backPosts, 5) -
    2.2;
  const score =
    Math.round(logistic(x - PASSING_MENTION * Number(passingMention(title, posts))) * 100) / 100;
  return { backPain: score >= 0.5, score };
}
