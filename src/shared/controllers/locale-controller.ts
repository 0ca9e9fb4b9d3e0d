import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { canonicalLocale } from '../../kpi/index.js';

type Host = ReactiveControllerHost & HTMLElement;

const hosts = new Set<Host>();
let langObserver: MutationObserver | undefined;

/** One observer for every element: a page that switches `lang` re-renders them all. */
const watchLang = (host: Host) => {
  hosts.add(host);
  if (!langObserver) {
    langObserver = new MutationObserver(() => hosts.forEach((h) => h.requestUpdate()));
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
};

const unwatchLang = (host: Host) => {
  hosts.delete(host);
  if (hosts.size === 0) {
    langObserver?.disconnect();
    langObserver = undefined;
  }
};

/** The nearest `lang`, crossing shadow roots so an element inside another component inherits too. */
const inheritedLang = (element: Element): string | undefined => {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const locale = canonicalLocale(node.getAttribute('lang'));
      if (locale) return locale;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
};

/**
 * Resolves the locale to format in: the host's `locale` attribute, else the nearest `lang`
 * ancestor, else the browser's language. Follows `lang` changes anywhere in the document.
 */
export class LocaleController implements ReactiveController {
  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    watchLang(this.host);
  }

  hostDisconnected(): void {
    unwatchLang(this.host);
  }

  /** The inherited locale; the host's own `locale` attribute is validated by the host. */
  get inherited(): string {
    return inheritedLang(this.host) ?? canonicalLocale(navigator.language) ?? 'en-US';
  }
}
