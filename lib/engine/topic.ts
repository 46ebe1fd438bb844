/**
 * The topic gate: is this page a low-back-pain discussion? Backcheck annotates nothing on pages that
 * are not. The score weighs the title and the share of posts that talk about the low back, against
 * talk of other body regions. "Back" counts only beside a pain word and never in its other senses
 * (a back squat, back in the day, coming back), which the lexicon lists as `back-idiom`.
 */
import type { ConceptHit } from './matcher';

export interface TopicResult {
  backPain: boolean;
  /** 0..1; 0.5 and above is a back-pain discussion. */
  score: number;
}

export interface TopicEvidence {
  lowBack: boolean;
  otherRegion: boolean;
}

/** The lexicon concepts the topic gate reads. */
export const TOPIC_CONCEPTS = ['low-back', 'back', 'back-idiom', 'pain-word', 'other-region'];

const PAIN_REACH = 4;

function overlaps(hit: ConceptHit, ranges: readonly ConceptHit[]): boolean {
  return ranges.some((r) => hit.first <= r.last && r.first <= hit.last);
}

function near(hit: ConceptHit, others: readonly ConceptHit[]): boolean {
  return others.some((o) => o.first - hit.last <= PAIN_REACH && hit.first - o.last <= PAIN_REACH);
}

/** What one text (a title or a post) says about the body region it discusses. */
export function topicEvidence(hits: readonly ConceptHit[]): TopicEvidence {
  const of = (concept: string) => hits.filter((h) => h.concept === concept);
  const idioms = of('back-idiom');
  const pain = of('pain-word');
  // An idiom cancels a bare "back", and a phrase whose first word it ends on ("came back|pain free"),
  // but not "lower back on deadlifts", where "back on" only follows the phrase.
  const lowBack =
    of('low-back').some((h) => !idioms.some((i) => i.last === h.first && i.first < h.first)) ||
    of('back').some((h) => !overlaps(h, idioms) && near(h, pain));
  const otherRegion = of('other-region').some((h) => near(h, pain));
  return { lowBack, otherRegion };
}

const logistic = (x: number) => 1 / (1 + Math.exp(-x));

export function scoreTopic(title: TopicEvidence, posts: readonly TopicEvidence[]): TopicResult {
  const count = Math.max(posts.length, 1);
  const backPosts = posts.filter((p) => p.lowBack).length;
  const otherPosts = posts.filter((p) => p.otherRegion && !p.lowBack).length;
  const x =
    3 * Number(title.lowBack) -
    2 * Number(title.otherRegion && !title.lowBack) +
    4 * (backPosts / count) -
    3 * (otherPosts / count) +
    0.4 * Math.min(backPosts, 5) -
    2.2;
  const score = Math.round(logistic(x) * 100) / 100;
  return { backPain: score >= 0.5, score };
}
