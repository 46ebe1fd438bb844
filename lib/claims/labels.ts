/** Words shown for each verdict: small enough for the content script to carry without the notes. */
import type { Verdict } from './schema';

export const VERDICT_LABELS: Record<Verdict, string> = {
  supported: 'Supported',
  'partly-supported': 'Partly supported',
  uncertain: 'Uncertain',
  'not-supported': 'Not supported',
  misleading: 'Misleading',
};
