/** `npm run claims:docs`: regenerates CLAIMS.md, the human-review table of the database. */
import { writeFileSync } from 'node:fs';
import { toClaimsMarkdown } from '../lib/claims/interchange';
import { loadClaimsDatabase } from '../lib/claims/load';

writeFileSync('CLAIMS.md', toClaimsMarkdown(loadClaimsDatabase()));
console.error('claims: CLAIMS.md written');
