/**
 * The note beside a claim: verdict, the claim, how the post relates to the evidence, the summary,
 * details on demand, sources, review date and why it was matched. Rendered in a shadow root.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { VERDICT_LABELS } from '../lib/claims/database';
import type { Claim, Stance } from '../lib/claims/schema';
import { relationLine } from './relation';
import { SafeMarkup } from './SafeMarkup';

export interface NoteCardProps {
  claim: Claim;
  stance: Stance;
  match: string;
  onClose: () => void;
}

const CERTAINTY_LABELS: Record<Claim['certainty'], string> = {
  high: 'high',
  moderate: 'moderate',
  low: 'low',
  'very-low': 'very low',
};

export function NoteCard({ claim, stance, match, onClose }: NoteCardProps) {
  const [showDetails, setShowDetails] = useState(false);
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => dialog.current?.focus(), []);
  const titleId = `backcheck-note-title-${claim.id}`;
  return (
    <div
      ref={dialog}
      class="card"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      tabIndex={-1}
      data-verdict={claim.verdict}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <header>
        <span class="verdict" data-verdict={claim.verdict}>
          {VERDICT_LABELS[claim.verdict]}
        </span>
        <span class="certainty">Certainty: {CERTAINTY_LABELS[claim.certainty]}</span>
        <button type="button" class="close" aria-label="Close note" onClick={onClose}>
          ×
        </button>
      </header>
      <h2 id={titleId}>{claim.claim}</h2>
      <p class="relation">{relationLine(claim, stance)}</p>
      <p class="summary">{claim.summary}</p>
      {claim.safety && <SafeMarkup class="safety" markup={claim.safety} />}
      <button
        type="button"
        class="toggle"
        aria-expanded={showDetails}
        onClick={() => setShowDetails(!showDetails)}
      >
        {showDetails ? 'Hide details' : 'Details and sources'}
      </button>
      {showDetails && (
        <div class="details">
          <SafeMarkup markup={claim.details} />
          <p>
            <strong>What tends to help: </strong>
            <SafeMarkup as="span" markup={claim.practical} />
          </p>
          <h3>Sources</h3>
          <ol class="sources">
            {claim.sources.map((source) => (
              <li key={source.url}>
                <a href={source.url} target="_blank" rel="noopener noreferrer">
                  {source.authors} ({source.year}). {source.title}. <em>{source.journal}</em>.
                </a>{' '}
                <span class="finding">{source.finding}</span>
              </li>
            ))}
          </ol>
        </div>
      )}
      <footer>
        <span>Why this was matched: “{match}”</span>
        <span>Reviewed {claim.reviewed}</span>
        <span>
          Backcheck informs; it does not diagnose. For a new or severe problem, see a clinician.
        </span>
      </footer>
    </div>
  );
}
