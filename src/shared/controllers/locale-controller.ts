import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { canonicalLocale } from '../../kpi/index.js';

type Host = ReactiveControllerHost & HTMLElement;

const hosts = new Set<Host>();
let langObserver: MutationObserver | undefined;
/** Counts the page's `lang` changes (and the browser's): a locale read before the latest is read again. */
let langChanges = 0;

const langChanged = () => {
  langChanges += 1;
  hosts.forEach((host) => host.requestUpdate());
};

/** One observer for every element: a page that switches `lang` re-renders them all. */
const watchLang = (host: Host) => {
  hosts.add(host);
  if (!langObserver) {
    langObserver = new MutationObserver(langChanged);
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    addEventListener('languagechange', langChanged);
  }
};

const unwatchLang = (host: Host) => {
  hosts.delete(host);
  if (hosts.size === 0) {
    langObserver?.disconnect();
    langObserver = undefined;
    removeEventListener('languagechange', langChanged);
  }
};

/**
 * On a server there is no page to inherit from: kpi-kit/ssr sets the locale each widget would
 * inherit in the browser (the nearest `lang` of its document) before it renders the widget.
 */
let serverLocale = 'en-US';

/** The locale the next widget rendered on a server inherits. For kpi-kit/ssr, not API. */
export const setServerLocale = (locale: string): void => {
  serverLocale = locale;
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
  /**
   * The inherited locale as last read, and the count of `lang` changes it was read at: every
   * render asks, and walking up the tree each time cost a dashboard's updates more than reading
   * their data. Read again after a `lang` change or a move in the tree.
   */
  private read?: { readonly locale: string; readonly at: number };

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.read = undefined;
    watchLang(this.host);
  }

  hostDisconnected(): void {
    this.read = undefined;
    unwatchLang(this.host);
  }

  /** The inherited locale; the host's own `locale` attribute is validated by the host. */
  get inherited(): string {
    if (isServer) return serverLocale;
    // Not watched (before it is connected), nothing tells a change: read it every time.
    if (!this.host.isConnected) return this.lookUp();
    if (this.read?.at !== langChanges) this.read = { locale: this.lookUp(), at: langChanges };
    return this.read.locale;
  }

  private lookUp(): string {
    return inheritedLang(this.host) ?? canonicalLocale(navigator.language) ?? 'en-US';
  }
}
