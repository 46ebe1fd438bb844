/**
 * Where Backcheck runs: the known forums by default (from the manifest), and any other site the user
 * turns on. Turning a site on asks for that one origin's host permission at that moment and
 * registers the content script for it; turning it off unregisters it and gives the permission back.
 * Runs in the background (registration) and the popup (the permission prompt needs its click).
 */
import type { WxtBrowser } from 'wxt/browser';
import { isKnownForum } from './sites';
import { disabledSites, enabledSites } from './settings';

export const CONTENT_JS = '/content-scripts/content.js';
/** Injected by the background into a frame whose content script found a back-pain discussion. */
export const ANNOTATOR_JS = '/annotator.js';

export function originPattern(origin: string): string {
  return `${origin}/*`;
}

export function scriptIdFor(origin: string): string {
  return `backcheck-site:${origin}`;
}

export type SiteState = 'known' | 'known-off' | 'on' | 'off' | 'unsupported';

export async function siteState(
  url: URL | undefined,
  manifestMatches?: readonly string[],
): Promise<SiteState> {
  if (!url || !/^https?:$/.test(url.protocol)) return 'unsupported';
  if (isKnownForum(url, manifestMatches)) {
    return (await disabledSites.getValue()).includes(url.origin) ? 'known-off' : 'known';
  }
  return (await enabledSites.getValue()).includes(url.origin) ? 'on' : 'off';
}

/** Registers the content script for every site the user turned on (idempotent). */
export async function syncRegistrations(api: WxtBrowser): Promise<void> {
  const wanted = await enabledSites.getValue();
  const registered = await api.scripting.getRegisteredContentScripts();
  const registeredIds = new Set(registered.map((s) => s.id));
  const stale = registered
    .filter((s) => s.id.startsWith('backcheck-site:'))
    .filter((s) => !wanted.some((origin) => scriptIdFor(origin) === s.id))
    .map((s) => s.id);
  if (stale.length > 0) await api.scripting.unregisterContentScripts({ ids: stale });
  const missing = [];
  for (const origin of wanted) {
    if (registeredIds.has(scriptIdFor(origin))) continue;
    // Without the host permission (revoked in the browser's settings) there is nothing to register.
    if (!(await api.permissions.contains({ origins: [originPattern(origin)] }))) continue;
    missing.push({
      id: scriptIdFor(origin),
      matches: [originPattern(origin)],
      js: [CONTENT_JS],
      runAt: 'document_idle' as const,
    });
  }
  if (missing.length > 0) await api.scripting.registerContentScripts(missing);
}

export async function turnSiteOn(api: WxtBrowser, origin: string, tabId?: number): Promise<void> {
  await enabledSites.setValue([...new Set([...(await enabledSites.getValue()), origin])].sort());
  await syncRegistrations(api);
  if (tabId !== undefined) {
    await api.scripting.executeScript({ target: { tabId }, files: [CONTENT_JS] });
  }
}

export async function turnSiteOff(api: WxtBrowser, origin: string): Promise<void> {
  await enabledSites.setValue((await enabledSites.getValue()).filter((o) => o !== origin));
  await syncRegistrations(api);
  await api.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
}

export async function setKnownForumEnabled(origin: string, enabled: boolean): Promise<void> {
  const off = new Set(await disabledSites.getValue());
  if (enabled) off.delete(origin);
  else off.add(origin);
  await disabledSites.setValue([...off].sort());
}
