/**
 * Options: where Backcheck runs, muted claims, whether supported claims are marked too, appearance,
 * and the "Not this claim" reports kept on this computer.
 */
import { useEffect, useState } from 'preact/hooks';
import { claimById, database } from '../lib/claims/database';
import type { Appearance, FeedbackEntry } from '../lib/settings';

export interface OptionsState {
  knownForums: Array<{ origin: string; on: boolean }>;
  userSites: string[];
  muted: Record<string, string[]>;
  showSupported: boolean;
  appearance: Appearance;
  feedback: FeedbackEntry[];
}

export interface OptionsActions {
  load(): Promise<OptionsState>;
  setKnownForum(origin: string, on: boolean): Promise<void>;
  addSite(origin: string): Promise<string>;
  removeSite(origin: string): Promise<void>;
  unmute(origin: string, claimId: string): Promise<void>;
  setShowSupported(on: boolean): Promise<void>;
  setAppearance(value: Appearance): Promise<void>;
  exportFeedback(entries: FeedbackEntry[]): void;
  clearFeedback(): Promise<void>;
}

function parseOrigin(input: string): string | undefined {
  try {
    const url = new URL(/^https?:\/\//.test(input) ? input : `https://${input}`);
    return /^https?:$/.test(url.protocol) ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

export function OptionsApp({ actions }: { actions: OptionsActions }) {
  const [state, setState] = useState<OptionsState>();
  const [newSite, setNewSite] = useState('');
  const [message, setMessage] = useState('');
  const refresh = () => void actions.load().then(setState);
  useEffect(refresh, []);
  if (!state) return <main aria-busy="true">Loading…</main>;

  const run = (work: Promise<unknown>, done = '') =>
    void work.then(
      () => {
        if (done) setMessage(done);
        refresh();
      },
      (e: Error) => setMessage(e.message),
    );

  const mutedEntries = Object.entries(state.muted).flatMap(([origin, ids]) =>
    ids.map((id) => ({ origin, id })),
  );

  return (
    <main>
      <h1>Backcheck options</h1>
      <p class="status" role="status" aria-live="polite">
        {message}
      </p>

      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">Where Backcheck runs</h2>
        <p>Known fitness and running forums are checked unless you turn them off.</p>
        <ul class="plain">
          {state.knownForums.map(({ origin, on }) => (
            <li key={origin}>
              <label>
                <input
                  type="checkbox"
                  checked={on}
                  onChange={(e) => run(actions.setKnownForum(origin, e.currentTarget.checked))}
                />{' '}
                {new URL(origin).host}
              </label>
            </li>
          ))}
        </ul>
        <h3>Other sites you turned on</h3>
        {state.userSites.length === 0 ? (
          <p class="muted">None yet.</p>
        ) : (
          <ul class="plain">
            {state.userSites.map((origin) => (
              <li key={origin}>
                {new URL(origin).host}{' '}
                <button
                  type="button"
                  onClick={() => run(actions.removeSite(origin), `Removed ${origin}.`)}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const origin = parseOrigin(newSite.trim());
            if (!origin) {
              setMessage('Enter a web address such as forum.example.com.');
              return;
            }
            void actions.addSite(origin).then((text) => {
              setMessage(text);
              setNewSite('');
              refresh();
            });
          }}
        >
          <label for="new-site">Add a site</label>{' '}
          <input
            id="new-site"
            type="text"
            inputMode="url"
            placeholder="forum.example.com"
            value={newSite}
            onInput={(e) => setNewSite(e.currentTarget.value)}
          />{' '}
          <button type="submit">Add</button>
        </form>
      </section>

      <section aria-labelledby="muted-heading">
        <h2 id="muted-heading">Muted claims</h2>
        {mutedEntries.length === 0 ? (
          <p class="muted">No claims are muted.</p>
        ) : (
          <ul class="plain">
            {mutedEntries.map(({ origin, id }) => (
              <li key={`${origin} ${id}`}>
                {claimById(id)?.claim ?? id} <span class="muted">on {new URL(origin).host}</span>{' '}
                <button type="button" onClick={() => run(actions.unmute(origin, id))}>
                  Unmute
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="display-heading">
        <h2 id="display-heading">What to show</h2>
        <label>
          <input
            type="checkbox"
            checked={state.showSupported}
            onChange={(e) => run(actions.setShowSupported(e.currentTarget.checked))}
          />{' '}
          Also mark claims the evidence supports
        </label>
        <fieldset>
          <legend>Appearance of notes</legend>
          {(['auto', 'light', 'dark'] as const).map((value) => (
            <label key={value} class="radio">
              <input
                type="radio"
                name="appearance"
                value={value}
                checked={state.appearance === value}
                onChange={() => run(actions.setAppearance(value))}
              />{' '}
              {value === 'auto' ? 'Match the system' : value === 'light' ? 'Light' : 'Dark'}
            </label>
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="feedback-heading">
        <h2 id="feedback-heading">“Not this claim” reports</h2>
        <p>
          {state.feedback.length} report{state.feedback.length === 1 ? '' : 's'}, kept on this
          computer only. Export them to share with the Backcheck project if you wish.
        </p>
        <button
          type="button"
          disabled={state.feedback.length === 0}
          onClick={() => actions.exportFeedback(state.feedback)}
        >
          Export reports
        </button>{' '}
        <button
          type="button"
          disabled={state.feedback.length === 0}
          onClick={() => run(actions.clearFeedback(), 'Reports cleared.')}
        >
          Clear reports
        </button>
      </section>

      <footer class="muted">
        Evidence database: {database.claims.length} claims, reviewed up to {database.version}.
        Backcheck makes no network requests and collects nothing.
      </footer>
    </main>
  );
}
