import { css } from 'lit';
import { tokenStyles } from './tokens.styles.js';

/**
 * What every element shares: isolation from the host page's type and box model, the error
 * state, visually hidden text, and respect for reduced motion and forced colors.
 */
export const hostStyles = [
  tokenStyles,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      /*
       * The reader's own default size ("medium"), not the root's: a theme's
       * "html { font-size: 62.5% }" or a page's "div { font-size: … }" neither shrinks nor
       * inflates the widget, and a reader who asks the browser for larger text gets it.
       */
      font-size: var(--kpi-font-size, medium);
      font-family: var(--_font);
      font-weight: 400;
      line-height: 1.4;
      color: var(--_text);
      text-align: start;
    }
    :host([hidden]) {
      display: none !important;
    }
    /*
     * A label is the writer's own text: a long one without spaces (a URL, a campaign code) breaks
     * where it must, inside the widget, instead of widening it past its column.
     */
    [part~='label'] {
      min-width: 0;
      overflow-wrap: anywhere;
      /* Where the browser knows the language's hyphenation: "Klantacquisitie-kosten", not "…koste-n". */
      hyphens: auto;
    }
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    /*
     * A page's global CSS still reaches the host element itself ("* { color: … !important }",
     * "* { line-height: 3 }"); the widget's content sets its own type instead of inheriting it.
     */
    :host > * {
      color: var(--_text);
      font-family: var(--_font);
      font-size: var(--kpi-font-size, medium);
      font-style: normal;
      font-weight: 400;
      line-height: 1.4;
      letter-spacing: normal;
      text-transform: none;
      text-align: var(--_start);
    }
    /*
     * The kit's texts are English or Dutch: on a right-to-left page each run of text keeps its own
     * order ("4 : 1", "19,400 of 20,000", "+0.4 pp"), while the layout around it is mirrored.
     * A plaintext run takes its direction from its own words, and so would "start" and "end":
     * text aligns by the widget's direction instead, through --_start and --_end (left and
     * right, or right and left).
     */
    :host {
      --_start: left;
      --_end: right;
    }
    :host(:dir(rtl)) {
      --_start: right;
      --_end: left;
    }
    :host(:dir(rtl)) :is(p, span, strong, output, td, th, li, dt, dd, summary, button, text) {
      unicode-bidi: plaintext;
    }
    /* A change badge is one phrase ("▲ +1 (+33.3%)"): its pieces keep their order too. */
    :host(:dir(rtl)) [part~='delta'] {
      direction: ltr;
    }
    .error {
      display: flex;
      gap: 0.5em;
      align-items: flex-start;
      margin: 0;
      padding: 0.75em;
      border: 1px solid var(--_bad);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      font-size: 0.875em;
      /* Messages quote attributes (values="-1250.50"): in a narrow cell they break anywhere, not overflow. */
      overflow-wrap: anywhere;
    }
    .error-icon {
      flex: none;
      display: grid;
      place-items: center;
      width: 1.25em;
      height: 1.25em;
      border-radius: 50%;
      background: var(--_bad);
      color: var(--_surface);
      font-weight: 700;
      line-height: 1;
    }
    .error-title {
      display: block;
      font-weight: 600;
    }
    /* Good and bad news, and no change: every element colors a change the same way (never by color alone). */
    .good {
      color: var(--_good);
    }
    .bad {
      color: var(--_bad);
    }
    .neutral {
      color: var(--_neutral);
    }
    .loading {
      margin: 0;
      padding: 0.75em;
      border: 1px dashed var(--_border);
      border-radius: var(--_radius);
      color: var(--_muted);
      font-size: 0.875em;
    }
    .stale {
      display: flex;
      gap: 0.4em;
      margin: 0.4em 0 0;
      color: var(--_muted);
      /* Secondary text in every element: smaller than the figures, never under 11 px. */
      font-size: max(0.8125em, 11px);
    }
    .stale-icon {
      color: var(--_text);
    }
    /* Every widget's frame, from the theme's tokens. */
    /* A frame fills its host, which a grid or flex row may stretch: widgets in a row are boxes of one height. */
    .frame {
      height: 100%;
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
      border: 0;
    }
    /*
     * A printed widget is read, not used: never split across two pages, and no focus ring (each
     * element hides its own controls).
     */
    @media print {
      :host {
        break-inside: avoid;
      }
      :focus-visible {
        outline: none !important;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        transition: none !important;
        animation: none !important;
      }
    }
    @media (forced-colors: active) {
      .error,
      .error-icon {
        border: 1px solid CanvasText;
        forced-color-adjust: none;
        background: Canvas;
        color: CanvasText;
      }
    }
  `,
];
