import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/kpi-card/kpi-card.js';
import type { KpiCard } from '../../../src/elements/kpi-card/kpi-card.js';
import { isPackLoaded, loadNotes } from '../../../src/kpi/index.js';
import { notes as dutchNotes } from '../../../src/kpi/locales/nl/notes.js';

/**
 * The KPIs' notes load on demand, per language. A page in this file starts with no Dutch pack, so
 * what a Dutch card shows first is its own first render, not one a test before it prepared.
 */
describe('kpi-card: the KPI notes of its own language', () => {
  it("shows a Dutch card's Dutch notes when English notes were on the page before the Dutch pack", async () => {
    // An English card with a benchmark came first: the English notes are here, the Dutch pack not yet.
    await loadNotes('en');
    expect(isPackLoaded('nl')).to.equal(false);
    const card = await fixture<KpiCard>(
      html`<kpi-card kpi="conversion-rate" conversions="30" visitors="1000" locale="nl-NL" benchmark></kpi-card>`,
    );
    // The definition is in the card (hidden until its button opens it), in Dutch, with its benchmark note.
    const text = card.shadowRoot?.querySelector('[part="definition"]')?.textContent ?? '';
    expect(text).to.contain(dutchNotes['conversion-rate'].definition);
    expect(text).to.contain(dutchNotes['conversion-rate'].benchmark);
  });
});
