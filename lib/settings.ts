/**
 * The user's settings, kept in the browser's local extension storage (never synced, never sent).
 * One typed item per setting, through WXT's storage wrapper.
 */
import { storage } from 'wxt/utils/storage';

export type Appearance = 'auto' | 'light' | 'dark';

export interface FeedbackEntry {
  claimId: string;
  sentence: string;
  page: string;
  date: string;
}

/** Sites the user turned on, beyond the known forums: origins like "https://forum.example". */
export const enabledSites = storage.defineItem<string[]>('local:enabledSites', { fallback: [] });
/** Known forums the user turned off. */
export const disabledSites = storage.defineItem<string[]>('local:disabledSites', { fallback: [] });
/** Claims muted per site: origin → claim IDs. */
export const mutedClaims = storage.defineItem<Record<string, string[]>>('local:mutedClaims', {
  fallback: {},
});
/** "Not this claim" reports, kept locally for the user to export. */
export const feedback = storage.defineItem<FeedbackEntry[]>('local:feedback', { fallback: [] });
/** Whether to mark claims the evidence supports, too. */
export const showSupported = storage.defineItem<boolean>('local:showSupported', { fallback: true });
export const appearance = storage.defineItem<Appearance>('local:appearance', { fallback: 'auto' });

export async function muteClaim(origin: string, claimId: string): Promise<void> {
  const muted = await mutedClaims.getValue();
  const list = new Set(muted[origin] ?? []);
  list.add(claimId);
  await mutedClaims.setValue({ ...muted, [origin]: [...list].sort() });
}

export async function unmuteClaim(origin: string, claimId: string): Promise<void> {
  const muted = await mutedClaims.getValue();
  const list = (muted[origin] ?? []).filter((id) => id !== claimId);
  const next = { ...muted, [origin]: list };
  if (list.length === 0) delete next[origin];
  await mutedClaims.setValue(next);
}

export async function reportNotThisClaim(entry: FeedbackEntry): Promise<void> {
  await feedback.setValue([...(await feedback.getValue()), entry]);
}
