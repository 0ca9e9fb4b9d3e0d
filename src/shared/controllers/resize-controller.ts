import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

export interface Size {
  readonly width: number;
  readonly height: number;
}

/**
 * The width of an A4 page's content at the browser's default print margins, in CSS pixels
 * (190 mm; Letter's is 739 px): what a page about as wide as the screen gets on paper.
 */
const PRINTED_PAGE_WIDTH = 718;

/**
 * Tracks the content-box size of one element given to `observe` (usually in the host's shadow
 * root) and re-renders the host when it changes, in whole pixels. Nothing is observed until an
 * element is given, so a host that draws at a fixed size never renders twice. Observes only while
 * the host is connected: nothing outlives an element removed from the page.
 *
 * A browser lays a page out again for paper without telling a resize observer, so before it
 * prints, the size becomes the one the element is likely to get on paper (its share of the
 * screen, of a page's width) and the host renders for it; after, the screen's size is back.
 */
export class ResizeController implements ReactiveController {
  /** The last size seen (or, while printing, the one expected on paper); zero until the first observation. */
  size: Size = { width: 0, height: 0 };
  private observer?: ResizeObserver;
  private target?: Element;
  private screenSize?: Size;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** Observes `target` instead of the element observed before; `undefined` stops observing. */
  observe(target: Element | undefined): void {
    if (target === this.target) return;
    if (this.target) this.observer?.unobserve(this.target);
    this.target = target;
    if (this.host.isConnected) this.hostConnected();
  }

  hostConnected(): void {
    if (!this.target) return;
    this.observer ??= new ResizeObserver(([entry]) => this.measured(entry));
    this.observer.observe(this.target);
    addEventListener('beforeprint', this.beforePrint);
    addEventListener('afterprint', this.afterPrint);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    removeEventListener('beforeprint', this.beforePrint);
    removeEventListener('afterprint', this.afterPrint);
  }

  private measured(entry: ResizeObserverEntry | undefined): void {
    if (!entry) return;
    const size = { width: Math.round(entry.contentRect.width), height: Math.round(entry.contentRect.height) };
    if (this.screenSize) {
      // Printing: the screen's size is the one to come back to.
      this.screenSize = size;
      return;
    }
    this.resized(size);
  }

  private resized(size: Size): void {
    if (size.width === this.size.width && size.height === this.size.height) return;
    this.size = size;
    this.host.requestUpdate();
  }

  /** Renders for paper: the update runs in the microtasks after this event, before the browser prints. */
  private readonly beforePrint = (): void => {
    if (this.screenSize || this.size.width === 0) return;
    this.screenSize = this.size;
    const share = PRINTED_PAGE_WIDTH / Math.max(document.documentElement.clientWidth, 1);
    this.resized({ width: Math.min(this.size.width, Math.round(this.size.width * share)), height: this.size.height });
  };

  private readonly afterPrint = (): void => {
    const screen = this.screenSize;
    this.screenSize = undefined;
    if (screen) this.resized(screen);
  };
}
