/**
 * The overlay that holds the open note card: one element at the end of <body>, positioned
 * absolutely over the page (so nothing in the page moves), with the card in its shadow root.
 */
import { h, render } from 'preact';
import { NoteCard, type NoteCardProps } from '../../components/NoteCard';
import styles from '../../components/note-card.css?inline';
import { markerButton, setImportant, SHADOW_MODE } from './markers';

const GAP = 8;

export class NoteLayer {
  private host: HTMLElement | undefined;
  private root: ShadowRoot | undefined;
  private openFor: HTMLElement | undefined;

  constructor(private readonly doc: Document) {}

  private ensureHost(): ShadowRoot {
    if (this.root && this.host?.isConnected) return this.root;
    this.host = this.doc.createElement('backcheck-note');
    setImportant(this.host, {
      position: 'absolute',
      top: '0',
      left: '0',
      width: '0',
      height: '0',
      margin: '0',
      padding: '0',
      border: '0',
      display: 'block',
      'z-index': '2147483646',
    });
    this.root = this.host.attachShadow({ mode: SHADOW_MODE });
    this.doc.body.append(this.host);
    return this.root;
  }

  get openMarker(): HTMLElement | undefined {
    return this.openFor;
  }

  open(marker: HTMLElement, props: Omit<NoteCardProps, 'onClose'>): void {
    const root = this.ensureHost();
    this.openFor = marker;
    const container = this.doc.createElement('div');
    container.style.position = 'absolute';
    const style = this.doc.createElement('style');
    style.textContent = styles;
    root.replaceChildren(style, container);
    render(h(NoteCard, { ...props, onClose: () => this.close(true) }), container);
    this.place(marker, container);
  }

  /** Puts the card below the marker, or above it when there is no room, inside the viewport. */
  private place(marker: HTMLElement, container: HTMLElement): void {
    const win = this.doc.defaultView!;
    const anchor = marker.getBoundingClientRect();
    const card = container.getBoundingClientRect();
    const viewportWidth = this.doc.documentElement.clientWidth;
    const viewportHeight = win.innerHeight;
    let left = Math.min(anchor.left, viewportWidth - card.width - GAP);
    left = Math.max(GAP, left);
    let top = anchor.bottom + GAP;
    if (top + card.height > viewportHeight && anchor.top - card.height - GAP >= 0) {
      top = anchor.top - card.height - GAP;
    }
    top = Math.max(GAP, Math.min(top, viewportHeight - card.height - GAP));
    container.style.left = `${left + win.scrollX}px`;
    container.style.top = `${top + win.scrollY}px`;
  }

  close(returnFocus: boolean): void {
    if (!this.root) return;
    const container = this.root.querySelector('div');
    if (container) render(null, container);
    this.root.replaceChildren();
    const marker = this.openFor;
    this.openFor = undefined;
    if (returnFocus && marker) markerButton(marker)?.focus();
  }

  destroy(): void {
    this.close(false);
    this.host?.remove();
    this.host = undefined;
    this.root = undefined;
  }
}
