// The funnel with Lit: `<funnel-ratio>` as a plain LitElement rendering the kit's own template
// (funnel-template.ts's `renderFunnel`, with funnel-shape-template.ts's bars), with a model and a
// geometry made of the content floor's strings and bar lengths.
import { LitElement } from 'lit';
import { renderFunnel } from '../../../src/elements/funnel-ratio/funnel-template.ts';
import { styles } from '../../../src/elements/funnel-ratio/funnel-ratio.styles.ts';
import { hostStyles } from '../../../src/shared/styles/host.styles.ts';
import { lastOf } from '../floor-content/dom.js';
import { funnelText } from '../floor-content/funnel-text.js';
import { litAdapter } from './element.js';

/** The table's fixed words (the kit's `TableWords`, English). */
const WORDS = {
  stage: 'Stage',
  overall: 'overall conversion',
  vsPrevious: 'vs previous period',
  biggestLoss: 'Biggest drop-off',
  grew: 'Larger than the stage before',
  count: 'Count',
  step: 'Step conversion',
  fromFirst: 'From first stage',
  lost: 'Drop-off',
  change: 'Step vs previous period',
  logScale: 'Drawn on a log scale so that small stages stay visible.',
};

/** A cell without a figure: a dash, and why in words for screen readers only (the kit's `dash`). */
const dash = (reason) => ({ text: '—', reason, quiet: true });
const [FIRST_STAGE, NO_COMPARISON] = [dash('not applicable, first stage'), dash('no comparison')];

/** A bar or track of `length` percent along its cell (the kit's `barBox`, vertical); none without one. */
const box = (length) => (length === undefined ? null : { x: 0, y: 0, width: length, height: 100 });

/**
 * The kit's `FunnelModel` (funnel-model.ts, its stages `StageModel`s) and `FunnelGeometry`
 * (funnel-geometry.ts: vertical bars) for `input`, stages without a previous period (so no change
 * column), from the content floor's strings and lengths, worked out once for the input all 100 share.
 */
const funnelView = lastOf((input) => {
  const text = funnelText(input);
  const { values } = input;
  return {
    model: {
      title: 'Funnel',
      overall: { text: text.overall },
      summary: text.summary,
      columns: ['count', 'step', 'fromFirst', 'lost'],
      stages: text.rows.map((row, index) => ({
        label: row.stage,
        count: { text: row.count },
        step: row.step ? { text: row.step } : FIRST_STAGE,
        fromFirst: { text: row.fromFirst },
        lost: row.lost ? { text: row.lost } : FIRST_STAGE,
        change: index ? NO_COMPARISON : FIRST_STAGE,
        biggest: row.biggest,
        grew: false,
      })),
      words: WORDS,
      figure: values.at(-1) / values[0],
      status: 'neutral',
    },
    geometry: {
      orientation: 'vertical',
      mode: 'bars',
      scale: text.logScale ? 'log' : 'linear',
      shapes: text.rows.map((row) => ({ kind: 'bar', bar: box(row.length), track: box(row.trackLength) })),
    },
  };
});

/** `<funnel-ratio>`: the funnel of `input` (its stages and their counts). */
class LitFunnel extends LitElement {
  static styles = [hostStyles, styles];
  static properties = { input: { attribute: false } };

  render() {
    const { model, geometry } = funnelView(this.input);
    return renderFunnel(model, geometry);
  }
}

export const funnel = /* @__PURE__ */ litAdapter('funnel-ratio', LitFunnel, {
  properties: (input) => ({ input }),
  drawn: '[part~="table"]',
});
