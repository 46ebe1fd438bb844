/** The adapter registry: engine adapters in order of precedence, the generic fallback last. */
import { discourse } from './discourse';
import { generic } from './generic';
import { phpbb } from './phpbb';
import type { ForumAdapter } from './types';
import { vbulletin } from './vbulletin';
import { xenforo } from './xenforo';

export const ADAPTERS: readonly ForumAdapter[] = [discourse, xenforo, vbulletin, phpbb];

export function findAdapter(doc: Document, url: URL): ForumAdapter {
  return ADAPTERS.find((adapter) => adapter.detect(doc, url)) ?? generic;
}

export { generic };
export type { EngineName, ForumAdapter, ForumPost } from './types';
