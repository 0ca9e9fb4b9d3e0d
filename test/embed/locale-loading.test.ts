import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/kpi-card/kpi-card.js';
import type { KpiCard } from '../../src/elements/kpi-card/kpi-card.js';
import { partText } from '../helpers/screen-reader.js';

/** The locale packs this page has downloaded (a pack is a folder of modules in the sources), English aside. */
const downloadedPacks = () => [
  ...new Set(
    performance
      .getEntriesByType('resource')
      .map((entry) => /\/locales\/([a-z]+)\//.exec(entry.name)?.[1])
      .filter((lang): lang is string => lang !== undefined && lang !== 'en'),
  ),
];

// The order matters: the English page is looked at before any other pack has been asked for.
describe('locale packs load on demand', () => {
  it('downloads no other language for a page whose widgets are English', async () => {
    const card = await fixture<KpiCard>(
      html`<kpi-card
        locale="en-US"
        kpi="roas"
        revenue="12000"
        spend="3000"
        previous-revenue="9000"
        previous-spend="3000"
      ></kpi-card>`,
    );
    expect(partText(card, 'label')).to.equal('Return on ad spend');
    expect(downloadedPacks()).to.deep.equal([]);
  });

  it('renders a Dutch widget once the Dutch pack is here, never in English first', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="nl-NL"></div>`);
    const card = document.createElement('kpi-card');
    for (const [name, value] of Object.entries({ kpi: 'roas', revenue: '12000', spend: '3000', target: '3' })) {
      card.setAttribute(name, value);
    }
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(card.shadowRoot?.textContent ?? ''));
    wrapper.append(card);
    if (card.shadowRoot) observer.observe(card.shadowRoot, { childList: true, subtree: true, characterData: true });
    await card.updateComplete;
    observer.disconnect();
    expect(partText(card, 'label')).to.equal('Rendement op advertentie-uitgaven');
    expect(seen.join(' '), 'no English word on the way').not.to.match(/Return on ad spend|Target|met/);
    expect(downloadedPacks()).to.deep.equal(['nl']);
  });
});
