/** The toolbar popup: the claims found on this page, grouped, each one a way back to its note. */
import { useState } from 'preact/hooks';
import { claimById, database, VERDICT_LABELS } from '../lib/claims/database';
import type { Verdict } from '../lib/claims/schema';
import type { Finding, PageFindings } from '../lib/messages';

import type { SiteState } from '../lib/site-access';

export interface PopupAppProps {
  findings: PageFindings | undefined;
  site: SiteState;
  host: string;
  onReveal: (markerId: string) => void;
  /** Turns Backcheck on or off for this site; says whether it changed, and a message for the user. */
  onToggleSite: (on: boolean) => Promise<{ changed: boolean; message: string }>;
  onExport: () => void;
}

function EmptyState({ title, text }: { title: string; text: string }) {
  return (
    <section class="empty">
      <h2>{title}</h2>
      <p>{text}</p>
    </section>
  );
}

function groupByClaim(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = groups.get(finding.claimId) ?? [];
    list.push(finding);
    groups.set(finding.claimId, list);
  }
  return groups;
}

const shorten = (text: string, max = 110) =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;

function Body({ findings, site, onReveal, onExport }: PopupAppProps) {
  if (site === 'known-off' || site === 'off') {
    return (
      <EmptyState
        title="Turned off here"
        text="Backcheck is not running on this site. Turn it on below to check this page."
      />
    );
  }
  if (!findings || !findings.forum) {
    return (
      <EmptyState
        title="No forum thread here"
        text="Backcheck reads threads on the forums it knows. Open a thread about back pain to see its notes."
      />
    );
  }
  if (findings.deciding) {
    return (
      <EmptyState
        title="Reading this thread"
        text="Backcheck is still deciding whether this thread is about back pain. Open this again in a moment."
      />
    );
  }
  if (!findings.topic.backPain) {
    return (
      <EmptyState
        title="Not a back-pain discussion"
        text="This thread does not look like a discussion of low back pain, so Backcheck leaves it alone."
      />
    );
  }
  if (findings.pending) {
    return (
      <EmptyState
        title="Reading this thread"
        text="This is a back-pain discussion; Backcheck is still loading its claims. Open this again in a moment."
      />
    );
  }
  if (findings.findings.length === 0) {
    return (
      <EmptyState
        title="No common claims found"
        text="This back-pain thread has no claims from Backcheck's database."
      />
    );
  }
  const counts = new Map<Verdict, number>();
  for (const f of findings.findings) {
    counts.set(f.verdict as Verdict, (counts.get(f.verdict as Verdict) ?? 0) + 1);
  }
  return (
    <>
      <p class="status">
        Back-pain discussion · {findings.findings.length} claim
        {findings.findings.length === 1 ? '' : 's'}
      </p>
      <ul class="counts" aria-label="Claims by verdict">
        {[...counts].map(([verdict, count]) => (
          <li key={verdict} data-verdict={verdict}>
            {VERDICT_LABELS[verdict]}: {count}
          </li>
        ))}
      </ul>
      <button type="button" class="secondary" onClick={onExport}>
        Export notes (Web Annotation JSON-LD)
      </button>
      <ul class="claims">
        {[...groupByClaim(findings.findings)].map(([claimId, group]) => {
          const claim = claimById(claimId);
          if (!claim) return null;
          return (
            <li key={claimId} class="claim" data-claim={claimId}>
              <div class="claim-head">
                <span class="verdict" data-verdict={claim.verdict}>
                  {VERDICT_LABELS[claim.verdict]}
                </span>
                <span class="claim-text">{claim.claim}</span>
              </div>
              <ul class="mentions">
                {group.map((f) => (
                  <li key={f.markerId}>
                    <button type="button" onClick={() => onReveal(f.markerId)}>
                      Post {f.post} ({f.stance}): “{shorten(f.sentence)}”
                    </button>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** What the site's state becomes after a successful toggle. */
const TOGGLED: Record<SiteState, SiteState> = {
  known: 'known-off',
  'known-off': 'known',
  on: 'off',
  off: 'on',
  unsupported: 'unsupported',
};

function SiteSwitch({ site: initial, host, onToggleSite }: PopupAppProps) {
  const [site, setSite] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  if (site === 'unsupported') return null;
  const on = site === 'known' || site === 'on';
  const label = on
    ? `Turn off on ${host}`
    : site === 'off'
      ? `Check this site (${host})`
      : `Turn on for ${host}`;
  const toggle = async () => {
    setBusy(true);
    try {
      const result = await onToggleSite(!on);
      setMessage(result.message);
      if (result.changed) setSite(TOGGLED[site]);
    } catch (error) {
      setMessage((error as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="site">
      <button
        type="button"
        class={on ? 'secondary' : 'primary'}
        disabled={busy}
        onClick={() => void toggle()}
      >
        {label}
      </button>
      <p class="site-status" role="status" aria-live="polite">
        {message}
      </p>
    </section>
  );
}

export function PopupApp(props: PopupAppProps) {
  return (
    <main>
      <header>
        <h1>Backcheck</h1>
        <a href="options.html" target="_blank" class="options-link">
          Options
        </a>
      </header>
      <Body {...props} />
      <SiteSwitch {...props} />
      <footer>
        Evidence database reviewed {database.version} · {database.claims.length} claims. Backcheck
        informs; it does not diagnose.
      </footer>
    </main>
  );
}
