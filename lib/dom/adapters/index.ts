/** The adapter registry: engine adapters in order of precedence, the generic fallback last. */
import { discourse } from './discourse';
import { generic } from './generic';
import { invision } from './invision';
import { phpbb } from './phpbb';
import { reddit } from './reddit';
import type { ForumAdapter } from './types';
import { vbulletin } from './vbulletin';
import { wordpress } from './wordpress';
import { xenforo } from './xenforo';

/** Forum engines first; WordPress last, as forum plugins can run inside a WordPress site. */
export const ADAPTERS: readonly ForumAdapter[] = [
  discourse,
  xenforo,
  vbulletin,
  phpbb,
  invision,
  reddit,
  wordpress,
];

export function findAdapter(doc: Document, url: URL): ForumAdapter {
  return ADAPTERS.find((adapter) => adapter.detect(doc, url)) ?? generic;
}

export { generic };
export type { EngineName, ForumAdapter, ForumPost } from './types';
