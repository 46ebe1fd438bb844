/**
 * The bundled claims database, compiled from `data/*.yaml` by `npm run claims:compile` (which every
 * build, test and scan runs first). Pure data: safe to import from the engine, the CLI and the UI.
 */
import compiled from './generated/database.json';
import type { Claim, ClaimsDatabase, Verdict } from './schema';

export const database = compiled as ClaimsDatabase;

const byId = new Map(database.claims.map((claim) => [claim.id, claim]));

export function claimById(id: string): Claim | undefined {
  return byId.get(id);
}

export const VERDICT_LABELS: Record<Verdict, string> = {
  supported: 'Supported',
  'partly-supported': 'Partly supported',
  uncertain: 'Uncertain',
  'not-supported': 'Not supported',
  misleading: 'Misleading',
};
