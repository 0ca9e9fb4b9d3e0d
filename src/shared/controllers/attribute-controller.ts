import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Re-renders the host when any attribute or its content changes. KPI inputs are attributes named
 * by the catalog (`revenue`, `spend`, and any input of a KPI registered later), so they cannot be
 * listed in `observedAttributes` when the element is defined; a JSON child can hold them too.
 *
 * One render per burst of changes: an update reads every attribute as it is, so mutations queued
 * before it (a property set, then an input attribute, in one task) and the host's own attribute
 * reflection during it are dropped instead of asking for a second render in a later microtask.
 */
export class AttributeController implements ReactiveController {
  private observer?: MutationObserver;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer ??= new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(this.host, { attributes: true, childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /** This update reads the attributes and children as they are now. */
  hostUpdate(): void {
    this.observer?.takeRecords();
  }

  /** Reflected attributes (`theme`, `shape`) are this update's own doing. */
  hostUpdated(): void {
    this.observer?.takeRecords();
  }
}
