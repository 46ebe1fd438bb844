/**
 * Validates the YAML claims database and writes the compiled JSON that the extension and the CLI
 * import: the full database, and its detection part alone for the content script. Runs before
 * every build, test and scan, so the JSON is never stale and never committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ClaimsDataError, loadClaimsDatabase } from '../lib/claims/load';
import { detectionPart } from '../lib/claims/schema';

const OUTPUT = new URL('../lib/claims/generated/database.json', import.meta.url).pathname;
const HEADS = new URL('../lib/claims/generated/claim-heads.json', import.meta.url).pathname;

try {
  const database = loadClaimsDatabase();
  mkdirSync(dirname(OUTPUT), { recursive: true });
  writeFileSync(OUTPUT, JSON.stringify(database) + '\n');
  writeFileSync(HEADS, JSON.stringify(detectionPart(database)) + '\n');
  console.error(`claims: ${database.claims.length} claims compiled (data ${database.version})`);
} catch (error) {
  if (error instanceof ClaimsDataError) {
    console.error(`claims: the database is invalid:\n${error.message}`);
    process.exit(1);
  }
  throw error;
}
