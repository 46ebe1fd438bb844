/**
 * The page's annotations as W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/):
 * one `assessing` annotation per claim sentence, targeting the post by a CssSelector refined by a
 * TextQuoteSelector, with the claim's verdict and summary as the body.
 */
import type { Claim, Stance } from './claims/schema';

export interface AnnotatedSentence {
  claim: Claim;
  stance: Stance;
  /** A CSS selector that finds the post's body in the page. */
  postSelector: string;
  /** The sentence, and a little text either side to anchor it. */
  exact: string;
  prefix: string;
  suffix: string;
}

export function toWebAnnotations(pageUrl: string, created: string, items: AnnotatedSentence[]) {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:backcheck:page:${encodeURIComponent(pageUrl)}`,
    type: 'AnnotationCollection',
    label: 'Backcheck evidence notes',
    total: items.length,
    first: {
      type: 'AnnotationPage',
      items: items.map((item, i) => ({
        id: `urn:backcheck:annotation:${i + 1}`,
        type: 'Annotation',
        motivation: 'assessing',
        created,
        creator: { type: 'Software', name: 'Backcheck' },
        body: [
          {
            type: 'TextualBody',
            purpose: 'assessing',
            value: `${item.claim.verdict}: ${item.claim.summary}`,
            format: 'text/plain',
            language: 'en',
          },
          {
            type: 'TextualBody',
            purpose: 'tagging',
            value: item.claim.id,
          },
          {
            type: 'TextualBody',
            purpose: 'classifying',
            value: `stance:${item.stance}`,
          },
        ],
        target: {
          source: pageUrl,
          selector: {
            type: 'CssSelector',
            value: item.postSelector,
            refinedBy: {
              type: 'TextQuoteSelector',
              exact: item.exact,
              prefix: item.prefix,
              suffix: item.suffix,
            },
          },
        },
      })),
    },
  };
}
