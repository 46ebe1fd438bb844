/** Word tokens over folded text, with their offsets. */
export interface Token {
  /** The folded word, e.g. "don't", "mri", "l4". */
  text: string;
  start: number;
  end: number;
}

/** Letters and digits, with inner apostrophes kept ("don't", "i've"). */
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu;

export function tokenize(folded: string, from = 0, to = folded.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(folded); m !== null && m.index < to; m = WORD.exec(folded)) {
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return tokens;
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
