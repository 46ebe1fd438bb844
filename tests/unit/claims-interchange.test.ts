/** The derived forms of the database: ClaimReview JSON-LD, and a CLAIMS.md that is never stale. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toClaimReviews, toClaimsMarkdown } from '../../lib/claims/interchange';
import { loadClaimsDatabase } from '../../lib/claims/load';

const database = loadClaimsDatabase();

describe('claims interchange', () => {
  it('exports one ClaimReview per claim with rating, author, date and citations', () => {
    const graph = toClaimReviews(database)['@graph'];
    expect(graph).toHaveLength(database.claims.length);
    const bedRest = graph.find((r) => r.identifier === 'bed-rest')!;
    expect(bedRest).toMatchObject({
      '@type': 'ClaimReview',
      author: { name: 'Backcheck' },
      reviewRating: { alternateName: 'Not supported' },
    });
    expect(bedRest.citation.length).toBeGreaterThan(0);
    for (const review of graph) {
      expect(review.citation.some((c) => 'identifier' in c || 'sameAs' in c)).toBe(true);
    }
  });

  it('CLAIMS.md matches the database (run `npm run claims:docs` after editing a claim)', () => {
    expect(readFileSync('CLAIMS.md', 'utf8')).toBe(toClaimsMarkdown(database));
  });
});
