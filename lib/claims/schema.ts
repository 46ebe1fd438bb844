/**
 * The schema every claims-database entry must satisfy. It runs when the YAML files are compiled
 * (`npm run claims:compile`, before every build and test) and again in the unit tests, so a broken
 * entry can never reach the extension.
 */
import * as v from 'valibot';

export const VERDICTS = [
  'supported',
  'partly-supported',
  'uncertain',
  'not-supported',
  'misleading',
] as const;
export const CERTAINTIES = ['high', 'moderate', 'low', 'very-low'] as const;
export const CATEGORIES = [
  'medication',
  'imaging-diagnosis',
  'cause',
  'self-care',
  'treatment',
  'outlook',
] as const;
export const SOURCE_TYPES = ['guideline', 'systematic-review', 'rct', 'cohort', 'other'] as const;
export const STANCES = ['asserts', 'denies', 'asks', 'experience'] as const;

/** Words that judge the poster or mock the claim; notes stay neutral. */
export const BANNED_WORDS = [
  'myth',
  'myths',
  'debunk',
  'debunked',
  'stupid',
  'bro science',
  'broscience',
  'idiot',
  'idiotic',
  'nonsense',
  'quack',
  'quackery',
  'lie',
  'lies',
  'liar',
  'fake',
  'scam',
  'ridiculous',
  'dumb',
  'moron',
  'woo',
  'snake oil',
] as const;

const DOI = /^10\.\d{4,9}\/\S+$/;
const PMID = /^[1-9]\d{0,8}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * The only markup a note may carry: emphasis and https links. Everything else is plain text. The note
 * card still passes it through DOMPurify (lib/sanitize.ts); this check keeps the data honest.
 */
const ALLOWED_TAG = /<\/?(?:em|strong)>|<a href="https:\/\/[^"<>\s]+">|<\/a>/g;

export function stripAllowedMarkup(text: string): string {
  return text.replace(ALLOWED_TAG, '');
}

/** Database prose: no control characters, no stray whitespace, neutral words, limited markup. */
const prose = (max: number, markup: 'plain' | 'inline' = 'plain') =>
  v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1),
    v.check((s) => stripAllowedMarkup(s).length <= max, `must be at most ${max} characters`),
    v.check(
      (s) => !/[<>]/.test(markup === 'inline' ? stripAllowedMarkup(s) : s),
      markup === 'inline' ? 'only <em>, <strong> and https <a href> markup' : 'must be plain text',
    ),
    v.check((s) => !/[\r\t]/.test(s), 'must not contain \\r or tabs'),
    v.check((s) => !/ \n|\n /.test(s), 'must not have trailing or leading spaces on a line'),
    v.check((s) => !containsBannedWord(s), 'uses a word from the banned list (keep it neutral)'),
  );

export function containsBannedWord(text: string): boolean {
  const lower = text.toLowerCase();
  return BANNED_WORDS.some((word) => new RegExp(`\\b${word}\\b`, 'u').test(lower));
}

const httpsUrl = v.pipe(
  v.string(),
  v.url(),
  v.check((s) => s.startsWith('https://'), 'links must be https'),
);

export const SourceSchema = v.pipe(
  v.strictObject({
    type: v.picklist(SOURCE_TYPES),
    authors: prose(300),
    year: v.pipe(v.number(), v.integer(), v.minValue(1950), v.maxValue(2100)),
    title: prose(300),
    journal: prose(200),
    doi: v.optional(v.pipe(v.string(), v.regex(DOI, 'DOI must look like 10.NNNN/...'))),
    pmid: v.optional(v.pipe(v.string(), v.regex(PMID, 'PMID must be digits only'))),
    url: httpsUrl,
    finding: prose(400),
  }),
  v.check((s) => Boolean(s.doi ?? s.pmid), 'each source needs a DOI or a PMID'),
);

/** A term list entry; see lib/engine/matcher.ts for the syntax. */
const Term = v.pipe(v.string(), v.minLength(1), v.regex(/^[a-z0-9' *\-/+.&$%£€]+$/u));
const ConceptRef = v.pipe(v.string(), v.regex(/^[a-z0-9-]+(?:\|[a-z0-9-]+)*$/));

/** One alternative way a sentence can make the claim: concepts that must co-occur, and exclusions. */
export const DetectRuleSchema = v.strictObject({
  all: v.pipe(v.array(ConceptRef), v.minLength(1)),
  none: v.optional(v.array(ConceptRef)),
  /**
   * Concepts of which one must also occur in the post (in the sentence or around it), without
   * counting as the claim's words: what makes a bare mention ("the hot tub at the hotel was
   * closed") a claim about a treatment ("a hot tub eases my back").
   */
  context: v.optional(ConceptRef),
  /** Largest token distance allowed between the first and last required concept. */
  within: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  /** Forces the stance (e.g. "stay active" always denies bed rest), unless the sentence asks. */
  stance: v.optional(v.picklist(STANCES)),
  /**
   * `after`: only negation after the claim's words denies it. For claims worded as warnings, where
   * "never round your back" asserts the claim rather than denying it.
   * `none`: no negation turns the rule's `stance` around. For rules that read a claim from praise
   * of its alternative, where the rest of the sentence denies the claim as well: "firm is a myth,
   * medium-firm did better" doubts the firm mattress twice, not once each way.
   */
  negation: v.optional(v.picklist(['after', 'none'])),
  /**
   * `denies`: a harm the sentence says the claim's practice does, after its words, denies the
   * claim: "back braces just weaken your muscles", "stretching a spasm can make it worse". For
   * claims that a practice helps, where the same words would assert a claim that something causes
   * pain.
   */
  harm: v.optional(v.literal('denies')),
  /**
   * `false`: the writer's report of their own case makes no claim by this rule. For rules that
   * read a claim from its opposite: advice to stay active denies bed rest, but "told me to keep
   * walking, so far so good" says nothing of bed rest.
   * `verdict`: the rule's words judge the claim whoever says them, so a report of the writer's own
   * case around them is not `experience`: "my GP refused an x-ray, said it wouldn't change anything"
   * denies that imaging is needed.
   */
  experience: v.optional(v.union([v.literal(false), v.literal('verdict')])),
});

export const ClaimSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(ID)),
  claim: prose(74),
  category: v.picklist(CATEGORIES),
  verdict: v.picklist(VERDICTS),
  certainty: v.picklist(CERTAINTIES),
  summary: prose(200),
  details: prose(900, 'inline'),
  practical: prose(300, 'inline'),
  safety: v.optional(prose(400, 'inline')),
  relation: v.strictObject({ asserts: prose(160), denies: prose(160) }),
  sources: v.pipe(
    v.array(SourceSchema),
    v.minLength(1),
    v.maxLength(4),
    v.check(
      (sources) => sources.some((s) => s.type === 'guideline' || s.type === 'systematic-review'),
      'every claim needs at least one guideline or systematic review',
    ),
  ),
  reviewed: v.pipe(v.string(), v.regex(ISO_DATE)),
  /** Extra concepts this claim needs; merged into the shared lexicon. */
  concepts: v.optional(v.record(v.pipe(v.string(), v.regex(ID)), v.array(Term))),
  detect: v.pipe(v.array(DetectRuleSchema), v.minLength(1)),
});

export const LexiconSchema = v.strictObject({
  concepts: v.record(v.pipe(v.string(), v.regex(ID)), v.pipe(v.array(Term), v.minLength(1))),
});

export type Verdict = (typeof VERDICTS)[number];
export type Certainty = (typeof CERTAINTIES)[number];
export type Stance = (typeof STANCES)[number];
export type Claim = v.InferOutput<typeof ClaimSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type DetectRule = v.InferOutput<typeof DetectRuleSchema>;
export type Lexicon = v.InferOutput<typeof LexiconSchema>;

/** The fields of a claim that detection and markers use; the rest is the note's evidence. */
export const CLAIM_HEAD_FIELDS = [
  'id',
  'claim',
  'category',
  'verdict',
  'concepts',
  'detect',
] as const;
export type ClaimHead = Pick<Claim, (typeof CLAIM_HEAD_FIELDS)[number]>;

/**
 * The database as the content script carries it: each claim's rules, wording and verdict. Not the
 * lexicon's terms: the content script loads the matchers the build compiled from them.
 */
export interface DetectionDatabase {
  version: string;
  claims: ClaimHead[];
}

export interface ClaimsDatabase {
  /** Version of the data: the latest `reviewed` date across claims. */
  version: string;
  claims: Claim[];
  lexicon: Lexicon;
}

export function detectionPart(database: ClaimsDatabase): DetectionDatabase {
  const head = (claim: Claim): ClaimHead => {
    const picked: Record<string, unknown> = {};
    for (const field of CLAIM_HEAD_FIELDS)
      if (claim[field] !== undefined) picked[field] = claim[field];
    return picked as ClaimHead;
  };
  return {
    version: database.version,
    claims: database.claims.map(head),
  };
}
