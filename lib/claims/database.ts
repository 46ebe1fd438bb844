/**
 * The bundled claims database, compiled from `data/*.yaml` by `npm run claims:compile` (which every
 * build, test and scan runs first). Pure data: safe to import from the engine, the CLI and the UI.
 * The content script imports `heads.ts` instead: detection data without the notes' evidence text.
 */
import compiled from './generated/database.json';
import type { Claim, ClaimsDatabase } from './schema';

export { VERDICT_LABELS } from './labels';

export const database = compiled as ClaimsDatabase;

const byId = new Map(database.claims.map((claim) => [claim.id, claim]));

export function claimById(id: string): Claim | undefined {
  return byId.get(id);
}
