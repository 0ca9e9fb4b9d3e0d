// The card with Lit: `<kpi-card>` as a plain LitElement rendering the kit's own template
// (card-template.ts's `cardTemplate`, with its headline and target), with a model made of the
// content floor's strings.
import { LitElement, nothing } from 'lit';
import { cardTemplate } from '../../../src/elements/kpi-card/card-template.ts';
import { cardStyles } from '../../../src/elements/kpi-card/kpi-card.styles.ts';
import { hostStyles } from '../../../src/shared/styles/host.styles.ts';
import { cardText } from '../floor-content/card-text.js';
import { lastOf } from '../floor-content/dom.js';
import { litAdapter } from './element.js';

/**
 * The kit's `CardModel` (card-model.ts) for `input`, a rate up on its previous period and over its
 * target, from the content floor's strings, worked out once for the input all 200 share. A card
 * without `kpi` has no definition (so no info button) and no benchmark.
 */
const cardModel = lastOf((input) => {
  const text = cardText(input);
  return {
    label: 'Conversion rate',
    figure: input.value,
    value: text.value,
    delta: { direction: 'up', news: 'good', text: text.delta, note: 'better vs previous period' },
    target: { met: true, text: text.target },
    sentence: text.sentence,
    status: 'good',
  };
});

/** The info button a card with a definition shows: none here, so never asked for. */
const noButton = () => nothing;

/** `<kpi-card>`: the card of `input` (a rate, its previous period's and its target). */
class LitCard extends LitElement {
  static styles = [hostStyles, cardStyles];
  static properties = { input: { attribute: false } };

  render() {
    return cardTemplate(cardModel(this.input), false, noButton);
  }
}

export const card = /* @__PURE__ */ litAdapter('kpi-card', LitCard, {
  properties: (input) => ({ input }),
  drawn: '[part~="value"]',
});
