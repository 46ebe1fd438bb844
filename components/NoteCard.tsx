/**
 * The note beside a claim: verdict, the claim, how the post relates to the evidence, the summary,
 * details on demand, sources, review date and why it was matched. Rendered in a shadow root.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { VERDICT_LABELS } from '../lib/claims/labels';
import type { Claim, Stance } from '../lib/claims/schema';
import { relationLine } from './relation';
import { SafeMarkup } from './SafeMarkup';

export interface NoteActions {
  notThisClaim: () => Promise<void>;
  mute: () => Promise<void>;
  copyReply: () => Promise<void>;
}

export interface NoteCardProps {
  claim: Claim;
  stance: Stance;
  match: string;
  theme?: 'auto' | 'light' | 'dark';
  actions?: NoteActions | undefined;
  onClose: () => void;
}

/** Runs an action and says, in words a screen reader announces, what happened. */
function useAction(): [string, (run: () => Promise<void>, done: string) => void] {
  const [status, setStatus] = useState('');
  const perform = (run: () => Promise<void>, done: string) => {
    run().then(
      () => setStatus(done),
      () => setStatus('That did not work here; nothing was changed.'),
    );
  };
  return [status, perform];
}

const CERTAINTY_LABELS: Record<Claim['certainty'], string> = {
  high: 'high',
  moderate: 'moderate',
  low: 'low',
  'very-low': 'very low',
};

export function NoteCard({
  claim,
  stance,
  match,
  theme = 'auto',
  actions,
  onClose,
}: NoteCardProps) {
  const [showDetails, setShowDetails] = useState(false);
  const [status, perform] = useAction();
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
      data-theme={theme}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      {/* Plain divs, not header/footer: inside a page those would add banner landmarks. */}
      <div class="head">
        <span class="verdict" data-verdict={claim.verdict}>
          {VERDICT_LABELS[claim.verdict]}
        </span>
        <span class="certainty">Certainty: {CERTAINTY_LABELS[claim.certainty]}</span>
        <button type="button" class="close" aria-label="Close note" onClick={onClose}>
          ×
        </button>
      </div>
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
      {actions && (
        <div class="actions">
          <button
            type="button"
            onClick={() => perform(actions.copyReply, 'A reply with sources is on your clipboard.')}
          >
            Copy a reply with sources
          </button>
          <button
            type="button"
            onClick={() =>
              perform(actions.notThisClaim, 'Thanks. Saved on this computer only (see Options).')
            }
          >
            Not this claim
          </button>
          <button type="button" onClick={() => perform(actions.mute, 'Muted on this site.')}>
            Mute on this site
          </button>
        </div>
      )}
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
      <div class="foot">
        <span>Why this was matched: “{match}”</span>
        <span>Reviewed {claim.reviewed}</span>
        <span>
          Backcheck informs; it does not diagnose. For a new or severe problem, see a clinician.
        </span>
      </div>
    </div>
  );
}
