import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/PopupApp';
import type { Message, PageFindings } from '../../lib/messages';
import '../../components/popup.css';

async function activeTabId(): Promise<number | undefined> {
  // `?tab=N` lets the e2e suite open the popup as a page for a given tab.
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function loadFindings(tabId: number | undefined): Promise<PageFindings | undefined> {
  if (tabId === undefined) return undefined;
  try {
    const message: Message = { type: 'backcheck:get-findings' };
    return (await browser.tabs.sendMessage(tabId, message)) as PageFindings;
  } catch {
    return undefined; // No content script here: not a forum Backcheck runs on.
  }
}

const tabId = await activeTabId();
const findings = await loadFindings(tabId);
render(
  <PopupApp
    findings={findings}
    onReveal={(markerId) => {
      if (tabId === undefined) return;
      const message: Message = { type: 'backcheck:reveal', markerId };
      void browser.tabs.sendMessage(tabId, message);
      window.close();
    }}
  />,
  document.getElementById('app')!,
);
