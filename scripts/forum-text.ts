import { readFileSync, readdirSync } from 'node:fs';

/**
 * Forum text of `size` characters for the engine's benchmark: the seed threads repeated (dense with
 * claims, so a worst case for the rule and stance stages), split into posts at blank lines.
 */
export function forumText(size: number): string[] {
  const seeds = readdirSync('tests/fixtures/seeds')
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(`tests/fixtures/seeds/${name}`, 'utf8'))
    .join('\n\n');
  let text = '';
  while (text.length < size) text += seeds + '\n\n';
  return text.slice(0, size).split(/\n\s*\n/);
}
