// The card with Lit: `<kpi-card>` as a plain LitElement whose templates are the kit's (kpi-card.ts's
// render, card-template.ts's headline and target), bound to the content floor's strings.
import { html, LitElement, nothing, svg } from 'lit';
import { cardStyles } from '../../../src/elements/kpi-card/kpi-card.styles.ts';
import { hostStyles } from '../../../src/shared/styles/host.styles.ts';
import { cardText } from '../floor-content/card-text.js';
import { lastOf } from '../floor-content/dom.js';
import { litAdapter } from './element.js';

const ARROWS = { up: 'M6 2 11 9H1Z', down: 'M6 10 1 3h10Z', flat: 'M2 5h6V2l4 4-4 4V7H2Z' };

/** The value, then its change as one phrase: the badge with its arrow, its news and what it is compared with. */
const headlineTemplate = (value, delta) =>
  html`<div class="headline">
    <div part="value" class="value">${value}</div>
    ${
      delta
        ? html`<p class="change">
            <span part="delta" class="delta ${delta.news}"
              ><svg class="arrow" viewBox="0 0 12 12">${svg`<path d=${ARROWS[delta.direction]}></path>`}</svg>
              ${delta.text}${delta.relative ? html` <span class="relative">${delta.relative}</span>` : nothing}</span
            >
            <span class="delta-note">${delta.note}</span>
          </p>`
        : nothing
    }
  </div>`;

/** The target line, marked met or missed by a sign as well as a colour. */
const targetTemplate = (target) =>
  target
    ? html`<div part="target" class="line target ${target.met ? 'met' : 'missed'}">
        <span class="mark">${target.met ? '✓' : '✗'}</span><span>${target.text}</span>
      </div>`
    : nothing;

/**
 * The kit's card template: the sentence for screen readers, the visual card hidden from them. A
 * card without `kpi` has no definition (so no info button) and no benchmark: their parts hold nothing.
 */
const cardTemplate = ({ label, value, delta, target, sentence }) =>
  html`<article part="card" class="card frame">
    <p class="visually-hidden">${sentence}</p>
    <div class="head">
      <div part="label" class="label" title=${label} aria-hidden="true">${label}</div>
      ${nothing}
    </div>
    <div class="body" aria-hidden="true">
      ${headlineTemplate(value, delta)}
      <div class="meta">${targetTemplate(target)} ${nothing}</div>
    </div>
    ${nothing}
  </article>`;

/** The content floor's strings in the kit's shapes, worked out once for the input all 200 share. */
const cardView = lastOf((input) => {
  const text = cardText(input);
  return {
    label: 'Conversion rate',
    value: text.value,
    delta: { news: 'good', direction: 'up', text: text.delta, note: 'better vs previous period' },
    target: { met: true, text: text.target },
    sentence: text.sentence,
  };
});

/** `<kpi-card>`: the card of `input` (a rate, its previous period's and its target). */
class LitCard extends LitElement {
  static styles = [hostStyles, cardStyles];
  static properties = { input: { attribute: false } };

  render() {
    return cardTemplate(cardView(this.input));
  }
}

export const card = /* @__PURE__ */ litAdapter('kpi-card', LitCard, {
  properties: (input) => ({ input }),
  drawn: '[part~="value"]',
});
