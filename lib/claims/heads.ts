/**
 * What the content script needs of the database on every page: each claim's rules, wording and
 * verdict (compiled to `generated/claim-heads.json` beside the full database). The
 * notes' evidence text, most of the database, stays out of every page's start-up; a note asks the
 * background for its claim when it opens.
 */
import compiled from './generated/claim-heads.json';
import type { ClaimHead, DetectionDatabase } from './schema';

export const detectionDatabase = compiled as DetectionDatabase;

const byId = new Map(detectionDatabase.claims.map((claim) => [claim.id, claim]));

export function claimHeadById(id: string): ClaimHead | undefined {
  return byId.get(id);
}
