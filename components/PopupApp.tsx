/** The toolbar popup: the claims found on this page, grouped, each one a way back to its note. */
import { claimById, database, VERDICT_LABELS } from '../lib/claims/database';
import type { Verdict } from '../lib/claims/schema';
import type { Finding, PageFindings } from '../lib/messages';

export interface PopupAppProps {
  findings: PageFindings | undefined;
  onReveal: (markerId: string) => void;
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

function Body({ findings, onReveal }: PopupAppProps) {
  if (!findings || !findings.forum) {
    return (
      <EmptyState
        title="No forum thread here"
        text="Backcheck reads threads on the forums it knows. Open a thread about back pain to see its notes."
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

export function PopupApp(props: PopupAppProps) {
  return (
    <main>
      <header>
        <h1>Backcheck</h1>
      </header>
      <Body {...props} />
      <footer>
        Evidence database reviewed {database.version} · {database.claims.length} claims. Backcheck
        informs; it does not diagnose.
      </footer>
    </main>
  );
}
