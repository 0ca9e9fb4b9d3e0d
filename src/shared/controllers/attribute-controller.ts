import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Re-renders the host when any attribute or its content changes. KPI inputs are attributes named
 * by the catalog (`revenue`, `spend`, and any input of a KPI registered later), so they cannot be
 * listed in `observedAttributes` when the element is defined; a JSON child can hold them too.
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
}
