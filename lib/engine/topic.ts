/**
 * The topic gate: is this page a low-back-pain discussion? Backcheck annotates nothing on pages that
 * are not. The score weighs the title and the share of posts that talk about the low back, against
 * talk of other body regions. "Back" counts only beside a pain word and never in its other senses
 * (a back squat, back in the day, coming back), which the lexicon lists as `back-idiom`.
 */
import { hitsOverlap, type ConceptHit } from './matcher';

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
];

const PAIN_REACH = 4;

/** The concepts that can make a text name the low back (`TopicEvidence.lowBack`). */
const LOW_BACK_CONCEPTS = ['low-back', 'back'];

/** Words that many low-back terms share ("back pain", "slipped disc", "belt line"): a term's anchor. */
const SHARED_WORDS = ['back', 'disc', 'belt'];

/**
 * Words of which every low-back term holds one (as part of a word): a text with none of them cannot
 * name the low back, and the topic gate need not read it closely to know that. A term's anchor is
 * its shared word when it has one, else its longest word, with its `*` and anything from an
 * apostrophe on left off.
 */
export function lowBackAnchors(concepts: Record<string, readonly string[]>): string[] {
  const anchors = new Set<string>();
  for (const concept of LOW_BACK_CONCEPTS) {
    for (const term of concepts[concept] ?? []) {
      const words = term
        .split(/[\s\-/]+/)
        .map((word) => word.replace(/\*$/, '').split("'")[0]!)
        .filter((word) => word.length > 0);
      anchors.add(
        SHARED_WORDS.find((shared) => words.includes(shared)) ??
          words.reduce((a, b) => (b.length > a.length ? b : a)),
      );
    }
  }
  // "sciatica" holds "sciatic": the shorter finds both.
  return [...anchors]
    .filter((word) => ![...anchors].some((other) => other !== word && word.includes(other)))
    .sort();
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
  const lowBack =
    of('low-back').some(
      (h) =>
        !overlaps(h, compounds) && !idioms.some((i) => i.last === h.first && i.first < h.first),
    ) || of('back').some((h) => !overlaps(h, idioms) && !overlaps(h, compounds) && near(h, pain));
  // A condition named by its region counts without a pain word ("frozen shoulder"); a region word
  // in an idiom ("fingers crossed", "a pain in the neck") is no region at all.
  const idiomRegions = of('not-a-region');
  const otherRegion =
    of('other-condition').length > 0 ||
    of('other-region').some((h) => near(h, pain) && !overlaps(h, idiomRegions));
  const notAnimals = of('not-an-animal');
  return {
    lowBack,
    otherRegion,
    backEpisode: of('back-episode').length > 0,
    // "cat-cow", a "CAT scan": animal words that are not about an animal.
    nonHuman: of('non-human').some((h) => !overlaps(h, notAnimals)),
  };
}

const logistic = (x: number) => 1 / (1 + Math.exp(-x));

/** A text that names no body region and tells no episode. */
export const NO_EVIDENCE: TopicEvidence = {
  lowBack: false,
  otherRegion: false,
  backEpisode: false,
  nonHuman: false,
};

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
  const score = Math.round(logistic(x) * 100) / 100;
  return { backPain: score >= 0.5, score };
}
