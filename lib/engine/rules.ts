/**
 * Claim rules compiled for fast evaluation: each rule lists concept groups that must all occur in one
 * sentence (a group is satisfied by any of its concepts), optionally within a token distance, and
 * concepts that rule the claim out. The engine indexes the rules by their first group's concepts, as
 * its claims' lexicon numbers them (`indexRules` in engine.ts), so a post only looks at rules whose
 * anchors it contains.
 */
import type { ClaimHead, Stance } from '../claims/schema';
import { hitsOverlap, type ConceptHit } from './matcher';

export interface CompiledRule {
  claimId: string;
  /** Order of the claim and rule in the database; the first matching rule of a claim wins. */
  order: number;
  groups: string[][];
  /** The groups after the first (the first gives the anchors). */
  others: string[][];
  none: string[];
  /**
   * One of these must occur in the post (not counted as the claim's words); empty: none needed.
   * A post-wide condition, so the engine checks it once per post (`possibleRules`), not here.
   */
  context: string[];
  within: number;
  stance: Stance | undefined;
  /** Whether negation before the claim's words counts (see the schema's `negation`). */
  negationBefore: boolean;
  /** Whether negation turns the stance around at all (see the schema's `negation`). */
  negatable: boolean;
  /** Whether a harm the sentence says the practice does denies the claim (the schema's `harm`). */
  harmDenies: boolean;
  /** Whether the writer's report of their own case makes the claim (see the schema's `experience`). */
  experience: boolean;
  /** Whether the rule's words are a verdict that no report of the writer's own case outweighs. */
  verdict: boolean;

  /** Every concept the rule names, for finding the rule's own words in a sentence. */
  concepts: Set<string>;
}

export interface CompiledRules {
  rules: CompiledRule[];
}

export function compileRules(claims: readonly ClaimHead[]): CompiledRules {
  const rules: CompiledRule[] = [];
  for (const claim of claims) {
    for (const rule of claim.detect) {
      const groups = rule.all.map((ref) => ref.split('|'));
      const compiled: CompiledRule = {
        claimId: claim.id,
        order: rules.length,
        groups,
        others: groups.slice(1),
        none: [...(rule.none ?? []).flatMap((ref) => ref.split('|')), ...RULE_WIDE_EXCLUSIONS],
        context: rule.context?.split('|') ?? [],
        within: rule.within ?? Number.POSITIVE_INFINITY,
        stance: rule.stance,
        negationBefore: rule.negation !== 'after',
        negatable: rule.negation !== 'none',
        harmDenies: rule.harm === 'denies',
        experience: rule.experience !== false,
        verdict: rule.experience === 'verdict',
        concepts: new Set(groups.flat()),
      };
      rules.push(compiled);
    }
  }
  return { rules };
}

export interface RuleMatch {
  rule: CompiledRule;
  /** Token range (inclusive) covering the hits chosen to satisfy the rule. */
  first: number;
  last: number;
}

/** Hits of one sentence, by concept. */
export type SentenceHits = Map<string, ConceptHit[]>;

function hitsOfGroup(hits: SentenceHits, group: readonly string[]): ConceptHit[] {
  if (group.length === 1) return hits.get(group[0]!) ?? NO_HITS;
  return group.flatMap((concept) => hits.get(concept) ?? []);
}

/**
 * The hit nearest the anchor that is not the anchor's own words: one word cannot satisfy two
 * groups ("core work" is the core, not also the "work" of "it works").
 */
function nearest(candidates: readonly ConceptHit[], anchor: ConceptHit): ConceptHit | undefined {
  let best: ConceptHit | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const hit of candidates) {
    if (hitsOverlap(hit, anchor)) continue;
    const distance = Math.max(hit.first - anchor.last, anchor.first - hit.last, 0);
    if (distance < bestDistance) {
      best = hit;
      bestDistance = distance;
    }
  }
  return best;
}

/** Every rule leaves out sentences about an animal (see the lexicon's `animal`). */
const ANIMAL = 'animal';
/**
 * Every rule leaves out prices, sales, stock, insurance and appointments ("Panadol is on offer at
 * Tesco", "my chiro appointment got moved"), unless the sentence also says what the thing does or
 * names the pain: "sold my inversion table, useless for my back" still judges traction.
 */
const LOGISTICS = 'logistics';
/**
 * Every rule leaves out who pays and what it costs ("does Bupa cover physio for a back injury?",
 * "how much is a lumbar MRI if you go private?"), unless the sentence also says what the thing does.
 */
const PAYING = 'paying';
const RULE_WIDE_EXCLUSIONS = [ANIMAL, LOGISTICS, PAYING];
/** Words that say what a thing does, or that it is no purchase at all: they lift both of those. */
const SAYS_WHAT_IT_DOES = [
  'helps-cue',
  'difference-cue',
  'online-drug',
  'red-flag-strong',
  'worse-cue',
  'harm-cue',
  'recover-word',
  'verdict-cue',
];

/**
 * Exclusions that can be lifted, widened or narrowed. `unless`: the exclusion does not apply when
 * the sentence also has this concept. `notWhere`: words of the excluding concept inside a hit of this
 * concept do not count. `alsoBy`: hits of this concept exclude as the concept's own would.
 * `anchorsOnly`: the exclusion rules out only the claim words it covers, not the sentence.
 * Another body region excludes a claim only when the sentence does not also name the low back
 * ("foam roller on the upper back … and the low back pain melts away"), a region word in an idiom
 * ("fingers crossed") is no region, and a condition named by its region excludes as the region's
 * name would ("hip bursitis, cortisone shot helped", "for my gout"; the topic gate reads it the same
 * way); an animal only when it does not name a person's back or back pain; and "cat-cow" or a "CAT
 * scan" are no animal at all.
 */
const LIFTED: Record<
  string,
  {
    unless?: readonly string[];
    /**
     * Hits of `unless` inside a hit of this concept do not lift: "a wonky back tooth"; one reaching
     * past it does ("my back's fine since the physio", past "my back's fine").
     */
    unlessNotWhere?: string;
    notWhere?: string;
    alsoBy?: string;
    anchorsOnly?: true;
  }
> = {
  'other-region': {
    unless: ['low-back', 'back-recovered'],
    unlessNotWhere: 'back-noun',
    notWhere: 'not-a-region',
    alsoBy: 'other-condition',
  },
  [ANIMAL]: { unless: ['own-back'], notWhere: 'not-an-animal' },
  [LOGISTICS]: {
    notWhere: 'not-logistics',
    unless: [
      ...SAYS_WHAT_IT_DOES,
      'disc-lesion',
      'pain-word',
      'low-back',
      'spasm',
      'treatment-cue',
    ],
  },
  [PAYING]: { unless: [...SAYS_WHAT_IT_DOES, 'worth-paying'] },
  'non-human': { notWhere: 'not-an-animal' },
  // A practitioner passing on advice rules out only the practitioner words it holds ("PT said … PT
  // fixed me"), not one attended before a comma ("went to PT, told them"), and nothing where the
  // sentence also tells what they did ("chiro says my SI joint is out, 3 sessions later…").
  'practitioner-said': {
    notWhere: 'practitioner-attended',
    anchorsOnly: true,
    unless: ['practitioner-treated'],
  },
  // Paracetamol in a combination rules out only its own mention: "the codeine in tylenol 3 does
  // it, regular tylenol is useless" still judges paracetamol.
  'paracetamol-combination': { anchorsOnly: true },
  // A physio introducing themselves rules out only the trade's word in the introduction: "PT here,
  // and PT helps most people" still judges PT; a physio 'here in Dublin' is one to be seen.
  'practitioner-intro': { anchorsOnly: true, notWhere: 'practitioner-local' },
  // Core work makes no exercise claim, unless the sentence names general exercise too: then the
  // exercise rules read it as they would without the core work ("exercise helps back pain, core
  // exercises especially", "physio exercises plus planks").
  core: { unless: ['general-exercise', 'sport-general'], notWhere: 'core-other' },
  // "Core" in another sense, a claim's words in another sense, or a body region's scan rules out
  // only the words it covers: "one of my core values is showing up, so I do my core exercises…",
  // "could barely walk in March, now I walk 5k a day", "ran my 400m heat, then lay on a heat pack",
  // "went ice fishing and tweaked my back, been icing it since", "knee MRI was clean, but my lower
  // back MRI showed a bulge".
  'core-other': { anchorsOnly: true },
  'relaxation-technique': { anchorsOnly: true },
  'walk-other': { anchorsOnly: true },
  // "stretching on the yoga mat every morning fixed my back": the mat is no stretch, the stretching is.
  'stretching-other': { anchorsOnly: true },
  'heat-race': { anchorsOnly: true },
  'heat-rash': { anchorsOnly: true },
  'paracetamol-other': { anchorsOnly: true },
  'ice-other': { anchorsOnly: true },
  // Water to be in rules out only its own 'water': "on the water all day, forgot to drink" still drinks.
  'water-activity': { anchorsOnly: true },
  // Lying down as what the pain allows rules out only its own words: "couldn't lie flat for a week,
  // so the GP said bed rest" still names bed rest.
  'lying-ability': { anchorsOnly: true },
  'imaging-other-region': { anchorsOnly: true },
  // Cortisone tablets rule out only their own words: "cortisone tablets did nothing, the cortisone
  // shot in my back did" still names an injection.
  'oral-cortisone': { anchorsOnly: true },
  // A joint's scan called normal is the joint's, unless the low back is named too: "x-rays of my hip
  // and lower back both showed degeneration, normal at 60".
  'joint-scan': { unless: ['low-back'] },
  // "Heart" or "vein" beside a facet's ablation is often an idiom or another's story: "RFA on my
  // L4-L5 facets, and my heart sank when the pain came back".
  'ablation-other-loose': { unless: ['low-back'] },
  // Covid named as an event, not as the reason for the bed: the low back named too lifts it.
  'covid-had': { unless: ['low-back'] },
  // Another ailment's course is no back episode's, unless back pain is likened to it ("it's like a
  // cold, it'll clear up in two weeks").
  'other-course': { unless: ['like-a-cold'] },
  // Lifting cues are no brace unless a brace device is named ("wear a back brace every rep").
  'lift-cue': { unless: ['brace-device'] },
  // Brace as a verb is no brace either, unless a brace device is named: "had to brace myself until
  // the doc gave me a lumbar support belt".
  'brace-verb': { unless: ['brace-device'] },
  // An epidural in labour is anaesthesia, and a slip on ice no treatment, unless the sentence also
  // names the low back: "slipped on the ice and hurt my lower back, ice pack helped".
  childbirth: { unless: ['low-back'] },
  'ice-underfoot': { unless: ['low-back'] },
  // A benzodiazepine to sleep or for a flight is no back treatment, unless the back is named:
  // "valium for my back spasm got me through the flight".
  'anxiety-sleep': { unless: ['low-back', 'spasm'] },
  // A relaxant for spasticity is no back treatment, unless back pain is named: "has anyone tried
  // tizanidine for lower back spasms or is that only given to MS patients?"
  spasticity: { unless: ['own-back'] },
};

/** Concepts every claim rule reads besides its own: the claims' vocabulary must include them. */
export const RULE_WIDE_CONCEPTS = [
  ...RULE_WIDE_EXCLUSIONS,
  ...new Set(
    Object.values(LIFTED).flatMap(({ unless = [], unlessNotWhere, notWhere, alsoBy }) => [
      ...unless,
      unlessNotWhere,
      notWhere,
      alsoBy,
    ]),
  ),
].filter((name): name is string => name !== undefined);

/** The hits by which an exclusion applies to a sentence (none: it does not apply). */
function excludingHits(concept: string, hits: SentenceHits): readonly ConceptHit[] {
  const lifted = LIFTED[concept];
  const own = hits.get(concept);
  const also = lifted?.alsoBy ? hits.get(lifted.alsoBy) : undefined;
  const found = own && also ? [...own, ...also] : (own ?? also);
  if (!found) return NO_HITS;
  if (!lifted) return found;
  const notLifting = lifted.unlessNotWhere ? hits.get(lifted.unlessNotWhere) : undefined;
  const lifts = (concept: string) =>
    notLifting
      ? (hits.get(concept) ?? NO_HITS).some(
          (hit) => !notLifting.some((other) => hitsOverlap(hit, other) && hit.last <= other.last),
        )
      : hits.has(concept);
  if (lifted.unless?.some(lifts)) return NO_HITS;
  const not = lifted.notWhere ? hits.get(lifted.notWhere) : undefined;
  return not ? found.filter((hit) => !not.some((other) => hitsOverlap(hit, other))) : found;
}

const NO_HITS: ConceptHit[] = [];

/** Tries each hit of the first group as an anchor; the first anchor that satisfies the rule wins. */
export function evaluateRule(rule: CompiledRule, hits: SentenceHits): RuleMatch | undefined {
  const anchors = hitsOfGroup(hits, rule.groups[0]!);
  if (anchors.length === 0) return undefined;
  let anchorsLeft = anchors;
  for (const concept of rule.none) {
    const excluding = excludingHits(concept, hits);
    if (excluding.length === 0) continue;
    if (!LIFTED[concept]?.anchorsOnly) return undefined;
    anchorsLeft = anchorsLeft.filter(
      (anchor) => !excluding.some((hit) => hitsOverlap(anchor, hit)),
    );
    if (anchorsLeft.length === 0) return undefined;
  }
  const others: ConceptHit[][] = [];
  for (const group of rule.others) {
    const list = hitsOfGroup(hits, group);
    if (list.length === 0) return undefined;
    others.push(list);
  }
  for (const anchor of anchorsLeft) {
    let first = anchor.first;
    let last = anchor.last;
    let satisfied = true;
    for (const list of others) {
      const hit = nearest(list, anchor);
      if (!hit) {
        satisfied = false;
        break;
      }
      first = Math.min(first, hit.first);
      last = Math.max(last, hit.last);
    }
    if (satisfied && last - first < rule.within) return { rule, first, last };
  }
  return undefined;
}
