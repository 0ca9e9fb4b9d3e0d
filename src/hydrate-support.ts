/**
 * Lets server-rendered widgets (kpi-kit/ssr's `renderToHtml`, declarative shadow DOM) hydrate:
 * the element takes over the shadow root the HTML brought, and its first render binds to that DOM
 * instead of drawing it again. It must be in place before the elements are defined: `kpi-kit` and
 * the one-file build import it first, and the autoloader imports it before the elements when a
 * page has a widget rendered on a server.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement } from 'lit';

type HydrateSupport = (lit: { LitElement: typeof LitElement }) => void;

// Lit hands LitElement to this support when its own module runs. Loaded after it (the autoloader
// shares one Lit chunk among its elements, evaluated before this module), it is handed over here,
// once: the support defines LitElement's own `observedAttributes` when it patches the class.
const support = (globalThis as { litElementHydrateSupport?: HydrateSupport }).litElementHydrateSupport;
if (support && !Object.hasOwn(LitElement, 'observedAttributes')) support({ LitElement });
