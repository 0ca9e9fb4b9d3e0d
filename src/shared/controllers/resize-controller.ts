import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

export interface Size {
  readonly width: number;
  readonly height: number;
}

/**
 * Tracks the content-box size of one element given to `observe` (usually in the host's shadow
 * root) and re-renders the host when it changes, in whole pixels. Nothing is observed until an
 * element is given, so a host that draws at a fixed size never renders twice. Observes only while
 * the host is connected: nothing outlives an element removed from the page.
 */
export class ResizeController implements ReactiveController {
  /** The last size seen; zero until the first observation. */
  size: Size = { width: 0, height: 0 };
  private observer?: ResizeObserver;
  private target?: Element;

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
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private measured(entry: ResizeObserverEntry | undefined): void {
    if (!entry) return;
    const size = { width: Math.round(entry.contentRect.width), height: Math.round(entry.contentRect.height) };
    if (size.width === this.size.width && size.height === this.size.height) return;
    this.size = size;
    this.host.requestUpdate();
  }
}
