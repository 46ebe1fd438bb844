/** `npm run claims:export`: the database as schema.org ClaimReview JSON-LD, on stdout. */
import { toClaimReviews } from '../lib/claims/interchange';
import { loadClaimsDatabase } from '../lib/claims/load';

process.stdout.write(JSON.stringify(toClaimReviews(loadClaimsDatabase()), null, 2) + '\n');
