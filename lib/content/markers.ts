/**
 * Markers: one small focusable button after each claim sentence, in its own shadow root, so forum CSS
 * cannot restyle it and it cannot restyle the forum. The host is an inline box of zero size, so
 * inserting it moves no text (no layout shift); the button floats above it like a footnote mark.
 * The host carries `data-backcheck-*` attributes, a contract read by tools outside the project.
 */
import { VERDICT_LABELS } from '../claims/labels';
import type { ClaimHead, Stance } from '../claims/schema';
import { MARKER_TAG } from '../dom/skip';

export interface MarkerInfo {
  id: string;
  claim: ClaimHead;
  stance: Stance;
  post: number;
}

/** Our own markers and their shadow roots, so a page cannot pass off an element as one of them. */
const ours = new WeakMap<Element, ShadowRoot>();

export function isOurMarker(element: Element): boolean {
  return ours.has(element);
}

/**
 * Closed in the store build, so page scripts cannot reach into our UI (open a note, press "Mute");
 * open in the test build, where the end-to-end suite inspects it.
 */
export const SHADOW_MODE: ShadowRootMode = import.meta.env.MODE === 'test' ? 'open' : 'closed';

const STANCE_WORDS: Record<Stance, string> = {
  asserts: 'makes this claim',
  denies: 'disputes this claim',
  asks: 'asks about this claim',
  experience: 'reports personal experience',
};

const VERDICT_GLYPHS: Record<string, string> = {
  supported: '✓',
  'partly-supported': '◐',
  uncertain: '?',
  'not-supported': '✕',
  misleading: '!',
};

const MARKER_CSS = `
:host { all: initial; }
button {
  all: initial;
  position: absolute;
  left: 0.15em;
  bottom: 0.35em;
  box-sizing: border-box;
  width: 1.35em;
  height: 1.35em;
  border-radius: 50%;
  font: 700 11px/1.35em system-ui, sans-serif;
  text-align: center;
  color: #fff;
  cursor: pointer;
  box-shadow: 0 0 0 1.5px rgb(255 255 255 / 0.85);
  z-index: 1;
}
button:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
button[data-verdict='supported'] { background: #1e7d48; }
button[data-verdict='partly-supported'] { background: #1f6aa5; }
button[data-verdict='uncertain'] { background: #5f6368; }
button[data-verdict='not-supported'] { background: #b3470c; }
button[data-verdict='misleading'] { background: #7e3ba0; }
`;

/**
 * One stylesheet shared by every marker's shadow root, per document: thousands of markers then cost
 * the browser one parsed sheet, not one `<style>` each, which it re-matched for every marker whenever
 * the forum changed the page. Where a constructed sheet cannot be adopted, each root gets a `<style>`.
 */
const sharedSheets = new WeakMap<Document, CSSStyleSheet | null>();

function markerSheet(doc: Document): CSSStyleSheet | null {
  let sheet = sharedSheets.get(doc);
  if (sheet === undefined) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(MARKER_CSS);
    } catch {
      sheet = null;
    }
    sharedSheets.set(doc, sheet);
  }
  return sheet;
}

function styleRoot(doc: Document, root: ShadowRoot): void {
  const sheet = markerSheet(doc);
  if (sheet) {
    try {
      root.adoptedStyleSheets = [sheet];
      return;
    } catch {
      sharedSheets.set(doc, null);
    }
  }
  const style = doc.createElement('style');
  style.textContent = MARKER_CSS;
  root.append(style);
}

/** Inline styles the page's CSS cannot override, even with its own !important rules. */
export function setImportant(element: HTMLElement, styles: Record<string, string>): void {
  for (const [property, value] of Object.entries(styles)) {
    element.style.setProperty(property, value, 'important');
  }
}

export function createMarker(doc: Document, info: MarkerInfo, onOpen: () => void): HTMLElement {
  const host = doc.createElement(MARKER_TAG);
  host.id = info.id;
  host.setAttribute('data-backcheck-claim', info.claim.id);
  host.setAttribute('data-backcheck-stance', info.stance);
  host.setAttribute('data-backcheck-verdict', info.claim.verdict);
  host.setAttribute('data-backcheck-post', String(info.post));
  // Zero-size inline box: the text around it does not move. Important, so page CSS cannot undo it.
  setImportant(host, {
    display: 'inline-block',
    position: 'relative',
    width: '0',
    height: '0',
    margin: '0',
    padding: '0',
    border: '0',
    'vertical-align': 'baseline',
    'line-height': '0',
  });
  const root = host.attachShadow({ mode: SHADOW_MODE });
  styleRoot(doc, root);
  const button = doc.createElement('button');
  button.type = 'button';
  button.dataset.verdict = info.claim.verdict;
  button.textContent = VERDICT_GLYPHS[info.claim.verdict] ?? 'i';
  button.setAttribute(
    'aria-label',
    `Backcheck note: ${info.claim.claim} Evidence: ${VERDICT_LABELS[info.claim.verdict]}. ` +
      `This post ${STANCE_WORDS[info.stance]}.`,
  );
  button.title = `Backcheck: ${VERDICT_LABELS[info.claim.verdict]}`;
  button.setAttribute('aria-haspopup', 'dialog');
  button.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    // Only the reader opens notes; a page script's synthetic click does not (store build).
    if (!event.isTrusted && SHADOW_MODE === 'closed') return;
    onOpen();
  });
  root.append(button);
  ours.set(host, root);
  return host;
}

/** The button inside a marker, to return focus to it. */
export function markerButton(host: HTMLElement): HTMLButtonElement | null {
  return ours.get(host)?.querySelector('button') ?? null;
}
