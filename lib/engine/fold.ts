/**
 * Folds text for matching without moving any character: the result has exactly the same length as
 * the input, so an offset in the folded text is the same offset in the original. Lower-cases, maps
 * typographic quotes, dashes and spaces to their ASCII forms, and accented Latin letters to plain
 * ones ("quiropráctico" reads as the lexicon's "quiropractico"). Spelling variants and brand names
 * are handled by the lexicon, not here, so that offsets stay exact.
 */
const CHAR_MAP: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u00B4': "'",
  '`': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u2033': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u00A0': ' ',
  '\u2007': ' ',
  '\u202F': ' ',
  '\u200B': ' ',
};

/** Lower-case accented letters and, at the same index, the plain letter each folds to. */
const ACCENTED = 'àáâãäåāăąèéêëēĕėęěìíîïĩīĭįòóôõöōŏőùúûüũūŭůűųýÿçćĉċčñńņňśŝşšźżžďťğĝġģĥĵķĺļľŕŗř';
const PLAIN = 'aaaaaaaaaeeeeeeeeeiiiiiiiioooooooouuuuuuuuuuyycccccnnnnsssszzzdtgggghjklllrrr';
for (let i = 0; i < ACCENTED.length; i++) CHAR_MAP[ACCENTED[i]!] = PLAIN[i]!;

/**
 * Every key of CHAR_MAP, as a few ranges (characters in them that are not keys map to themselves):
 * a class listing each of the hundred-odd keys made folding a megabyte three times slower (measured).
 */
const MAPPED = /[`\u00A0-\u017F\u2007\u200B\u2010-\u2015\u2018-\u201E\u2032\u2033\u2212\u202F]/g;

export function foldText(text: string): string {
  const lower = text.toLowerCase();
  // Fast path: lower-casing kept every character's length (almost always), so only the typographic
  // characters need mapping, one for one.
  if (lower.length === text.length) return lower.replace(MAPPED, (ch) => CHAR_MAP[ch] ?? ch);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const mapped = CHAR_MAP[ch];
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    const lower = ch.toLowerCase();
    // A few characters change length when lower-cased (e.g. U+0130); keep those as they are.
    out += lower.length === 1 ? (CHAR_MAP[lower] ?? lower) : ch;
  }
  return out;
}
