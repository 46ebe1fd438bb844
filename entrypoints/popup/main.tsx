import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/PopupApp';
import { downloadJson } from '../../lib/download';
import type { Message, PageFindings } from '../../lib/messages';
import {
  originPattern,
  setKnownForumEnabled,
  siteState,
  turnSiteOff,
  turnSiteOn,
} from '../../lib/site-access';
import '../../components/popup.css';

interface ActiveTab {
  id: number | undefined;
  url: URL | undefined;
}

async function activeTab(): Promise<ActiveTab> {
  // `?tab=N` lets the e2e suite open the popup as a page for a given tab.
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  const [tab] =
    Number.isInteger(fromQuery) && fromQuery > 0
      ? [await browser.tabs.get(fromQuery)]
      : await browser.tabs.query({ active: true, currentWindow: true });
  let url: URL | undefined;
  try {
    url = tab?.url ? new URL(tab.url) : undefined;
  } catch {
    url = undefined;
  }
  return { id: tab?.id, url };
}

async function askTab<T>(tabId: number | undefined, message: Message): Promise<T | undefined> {
  if (tabId === undefined) return undefined;
  try {
    return (await browser.tabs.sendMessage(tabId, message)) as T;
  } catch {
    return undefined; // No content script here: not a page Backcheck runs on.
  }
}

const tab = await activeTab();
const manifestMatches = (browser.runtime.getManifest().content_scripts ?? []).flatMap(
  (script) => script.matches ?? [],
);
const site = await siteState(tab.url, manifestMatches);
const findings = await askTab<PageFindings>(tab.id, { type: 'backcheck:get-findings' });

async function toggleSite(on: boolean): Promise<{ changed: boolean; message: string }> {
  const origin = tab.url!.origin;
  if (site === 'known' || site === 'known-off') {
    await setKnownForumEnabled(origin, on);
    if (tab.id !== undefined) await browser.tabs.reload(tab.id);
    return {
      changed: true,
      message: on ? 'Turned on. Reloading the page…' : 'Turned off. Reloading the page…',
    };
  }
  if (!on) {
    await turnSiteOff(browser, origin);
    if (tab.id !== undefined) await browser.tabs.reload(tab.id);
    return { changed: true, message: 'Turned off, and the permission was given back.' };
  }
  // Asked here, in the click, for this one site only.
  const granted = await browser.permissions.request({ origins: [originPattern(origin)] });
  if (!granted) {
    return { changed: false, message: 'Backcheck needs permission to read this site to check it.' };
  }
  await turnSiteOn(browser, origin, tab.id);
  return { changed: true, message: 'Checking this site now, and on your next visits.' };
}

render(
  <PopupApp
    findings={findings}
    site={site}
    host={tab.url?.host ?? ''}
    onReveal={(markerId) => {
      void askTab(tab.id, { type: 'backcheck:reveal', markerId });
      window.close();
    }}
    onToggleSite={toggleSite}
    onExport={() =>
      void askTab(tab.id, { type: 'backcheck:export-annotations' }).then((data) => {
        if (data) downloadJson('backcheck-annotations.jsonld', data, 'application/ld+json');
      })
    }
  />,
  document.getElementById('app')!,
);
