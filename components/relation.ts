/** The line that relates a post to the evidence, in neutral words about the post, not the poster. */
import type { Claim, Stance } from '../lib/claims/schema';

export function relationLine(claim: Claim, stance: Stance): string {
  switch (stance) {
    case 'asserts':
      return claim.relation.asserts;
    case 'denies':
      return claim.relation.denies;
    case 'asks':
      return 'This post asks about this claim; here is what the evidence shows.';
    case 'experience':
      return "This post describes one person's experience; here is what studies of many people show.";
  }
}
