/** Word tokens over folded text, with their offsets. */
export interface Token {
  /** The folded word, e.g. "don't", "mri", "l4". */
  text: string;
  start: number;
  end: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const APOSTROPHE = 39;

/** ASCII letters and digits decided by code; anything else by the Unicode classes. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return LETTER_OR_DIGIT.test(text[i]!);
}

function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(text[i]!);
}

/**
 * Letters and digits, with inner apostrophes kept ("don't", "i've"). A hand-written scanner: the
 * equivalent Unicode regular expression was the engine's single largest cost on long pages.
 */
export function tokenize(folded: string, from = 0, to = folded.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    if (!isWordChar(folded, i)) {
      i++;
      continue;
    }
    const start = i;
    i++;
    for (;;) {
      while (i < to && isWordChar(folded, i)) i++;
      if (i + 1 < to && folded.charCodeAt(i) === APOSTROPHE && isLetter(folded, i + 1)) {
        i += 2;
        continue;
      }
      break;
    }
    tokens.push({ text: folded.slice(start, i), start, end: i });
  }
  return tokens;
}

/** White space as `\s` has it, decided by code for ASCII: for scanning without slicing. */
export function isSpaceCode(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    (code > 127 && /\s/u.test(String.fromCharCode(code)))
  );
}

/** Index of the first token that starts at or after `offset` (binary search). */
export function firstTokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
