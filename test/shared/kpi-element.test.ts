import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { html as litHtml, type PropertyValues } from 'lit';
import { computeKpi, formatValue, getKpi } from '../../src/kpi/index.js';
import { defineElement } from '../../src/shared/define.js';
import type { KpiChangeDetail } from '../../src/shared/events.js';
import { KpiElement } from '../../src/shared/kpi-element.js';
import '../../src/elements/goal-gauge/goal-gauge.js';
import '../../src/elements/kpi-card/kpi-card.js';
import '../../src/elements/kpi-trend/kpi-trend.js';
import { collectWarnings } from '../helpers/console.js';
import { settle } from '../helpers/screen-reader.js';

/** A throwaway element on the shared base: shows one computed KPI value as text. */
class TestKpi extends KpiElement {
  protected override renderView() {
    const settings = this.readSettings();
    if (!settings.ok) return this.renderError(settings.error);
    const result = computeKpi(this.kpi, this.attributeReader());
    if (!result.ok) return this.fail(result.error, settings.value.lang);
    const unit = getKpi(this.kpi ?? '')?.unit ?? 'number';
    const text = formatValue(result.value, unit, settings.value.format);
    this.detail = { kpi: this.kpi ?? null, value: result.value, text, status: 'neutral' };
    return litHtml`<output>${text}</output>`;
  }
}
defineElement('test-kpi', TestKpi);

/** Counts its renders: one per update, whatever it shows. */
class CountingKpi extends TestKpi {
  renders = 0;
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.renders += 1;
  }
}
defineElement('counting-kpi', CountingKpi);

const shown = (element: Element) => element.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('KpiElement', () => {
  const warnings = collectWarnings();

  it('reads KPI inputs from attributes of the same name and renders the value', async () => {
    const element = await fixture<TestKpi>(
      html`<test-kpi kpi="roas" revenue="12000" spend="3000" locale="en-US"></test-kpi>`,
    );
    expect(shown(element)).to.equal('4 : 1');
    await expect(element).to.be.accessible();
  });

  it('re-renders when an input attribute the catalog names changes', async () => {
    const element = await fixture<TestKpi>(
      html`<test-kpi kpi="roas" revenue="12000" spend="3000" locale="en-US"></test-kpi>`,
    );
    element.setAttribute('spend', '6000');
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(shown(element)).to.equal('2 : 1');
  });

  it('fires kpi-change with the value, text and status, once per change', async () => {
    const element = document.createElement('test-kpi') as TestKpi;
    element.setAttribute('kpi', 'roas');
    element.setAttribute('revenue', '100');
    element.setAttribute('spend', '50');
    element.setAttribute('locale', 'en-US');
    const events: KpiChangeDetail[] = [];
    element.addEventListener('kpi-change', (event) => events.push(event.detail));
    const first = oneEvent(element, 'kpi-change');
    document.body.append(element);
    const event = await first;
    expect(event.detail).to.deep.equal({ kpi: 'roas', value: 2, text: '2 : 1', status: 'neutral' });
    expect(event.bubbles && event.composed).to.equal(true);
    element.label = 'A new label only';
    await element.updateComplete;
    expect(events).to.have.length(1);
    element.remove();
  });

  it('shows the error state, in the locale, and warns once naming the attribute', async () => {
    const element = await fixture<TestKpi>(
      html`<test-kpi kpi="roas" revenue="€12000" spend="3000" locale="nl-NL"></test-kpi>`,
    );
    expect(shown(element)).to.contain('Deze KPI kan niet worden getoond');
    expect(shown(element)).to.contain('revenue="€12000" is niet eenduidig');
    expect(element.shadowRoot?.querySelector('[role="alert"]')).to.equal(null);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<test-kpi>').and.contain('revenue="€12000"');
    element.requestUpdate();
    await element.updateComplete;
    expect(warnings).to.have.length(1);
    await expect(element).to.be.accessible();
  });

  for (const [attribute, value] of [
    ['locale', 'not a locale!'],
    ['currency', 'euro'],
    // Three letters that are no currency: Intl would print them as the symbol ("XYZ 1.00").
    ['currency', 'XYZ'],
    ['decimals', '-1'],
    ['decimals', 'two'],
    ['notation', 'short'],
    ['better', 'up'],
    ['theme', 'blue'],
  ]) {
    it(`reports an invalid ${attribute}="${value}" by name`, async () => {
      const element = await fixture<TestKpi>(html`<test-kpi kpi="roas" revenue="1" spend="1"></test-kpi>`);
      element.setAttribute(attribute, value);
      await element.updateComplete;
      expect(shown(element)).to.contain(`${attribute}="${value}" is not valid`);
      expect(shown(element)).not.to.match(/NaN|undefined|Infinity/);
    });
  }

  it('words the accepted form of an invalid setting in Dutch for a Dutch locale', async () => {
    const element = await fixture<TestKpi>(
      html`<test-kpi kpi="roas" revenue="1" spend="1" decimals="two" locale="nl-NL"></test-kpi>`,
    );
    expect(shown(element)).to.contain('decimals="two" is ongeldig. Gebruik een geheel getal van 0 tot en met 10.');
    expect(warnings[0]).to.contain('decimals="two" is not valid. Use a whole number from 0 to 10.');
  });

  it('renders once when a property and an input attribute change in the same task', async () => {
    const element = await fixture<CountingKpi>(
      html`<counting-kpi kpi="roas" revenue="4" spend="1" locale="en-US"></counting-kpi>`,
    );
    element.renders = 0;
    // The property queues Lit's update first; the attribute observer's callback came a microtask
    // later and asked for a second one, as did reflecting `theme` to its attribute.
    element.label = 'ROAS';
    element.theme = 'dark';
    element.setAttribute('revenue', '8');
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(shown(element)).to.equal('8 : 1');
    expect(element.renders).to.equal(1);
  });

  it('takes text properties set to other types as text, the way the attribute would be read', async () => {
    const element = await fixture<TestKpi>(html`<test-kpi kpi="roas" revenue="4" spend="1" locale="en-US"></test-kpi>`);
    Object.assign(element, { label: 2024, decimals: 2, locale: new Intl.Locale('nl-NL') });
    await element.updateComplete;
    expect(element.label).to.equal('2024');
    expect(shown(element)).to.equal('4,00 : 1');
  });

  it('takes its locale from the nearest lang ancestor, and follows changes to it', async () => {
    const wrapper = await fixture(html`<div lang="nl-NL"><test-kpi kpi="roas" revenue="5" spend="2"></test-kpi></div>`);
    const element = wrapper.querySelector('test-kpi') as TestKpi;
    await element.updateComplete;
    expect(shown(element)).to.equal('2,5 : 1');
    wrapper.setAttribute('lang', 'en-US');
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(shown(element)).to.equal('2.5 : 1');
  });

  it('lets its own locale attribute win over lang', async () => {
    const wrapper = await fixture(
      html`<div lang="nl"><test-kpi locale="en-US" kpi="roas" revenue="5" spend="2"></test-kpi></div>`,
    );
    const element = wrapper.querySelector('test-kpi') as TestKpi;
    await element.updateComplete;
    expect(shown(element)).to.equal('2.5 : 1');
  });

  it('hides text written inside the tag, the no-JavaScript fallback, once it renders', async () => {
    const element = await fixture<TestKpi>(html`<test-kpi kpi="roas" revenue="4" spend="1">ROAS 4 : 1</test-kpi>`);
    expect(element.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(element.shadowRoot?.querySelector('slot')).to.equal(null);
  });

  it('defines a tag only once, so loading the kit twice never throws', () => {
    class Other extends TestKpi {}
    expect(() => defineElement('test-kpi', Other)).not.to.throw();
    expect(customElements.get('test-kpi')).to.equal(TestKpi);
  });
});

describe('KpiElement theming', () => {
  it('follows theme="dark", and a token set on a wrapper brands every widget inside', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <test-kpi kpi="roas" revenue="4" spend="1" theme="dark"></test-kpi>
        <test-kpi kpi="roas" revenue="4" spend="1" theme="light"></test-kpi>
      </div>`,
    );
    const [dark, light] = [...wrapper.querySelectorAll('test-kpi')];
    const textColor = (element: Element) => getComputedStyle(element).color;
    expect(textColor(dark)).to.equal('rgb(240, 246, 252)');
    expect(textColor(light)).to.equal('rgb(31, 35, 40)');
    wrapper.style.setProperty('--kpi-color-text', 'rgb(10, 20, 30)');
    expect(textColor(dark)).to.equal('rgb(10, 20, 30)');
    expect(textColor(light)).to.equal('rgb(10, 20, 30)');
  });
});

describe('KpiElement data inputs', () => {
  const originalWarn = console.warn;
  beforeEach(() => {
    console.warn = () => undefined;
  });
  afterEach(() => {
    console.warn = originalWarn;
  });

  it('takes inputs set from script, before attributes, validated like attributes', async () => {
    const element = await fixture<TestKpi>(html`<test-kpi kpi="roas" revenue="1" spend="1" locale="en-US"></test-kpi>`);
    element.inputs = { revenue: 12000, spend: '3000' };
    await element.updateComplete;
    expect(shown(element)).to.equal('4 : 1');
    element.inputs = { revenue: Number.NaN, spend: 3000 };
    await element.updateComplete;
    expect(shown(element)).to.contain('revenue (the result of a failed calculation) is not a number');
  });

  it('ignores inputs cleared to null, or set to something that is no object', async () => {
    const element = await fixture<TestKpi>(html`<test-kpi kpi="roas" revenue="4" spend="1" locale="en-US"></test-kpi>`);
    for (const inputs of [null, 'revenue=8', 42]) {
      (element as { inputs?: unknown }).inputs = inputs;
      await element.updateComplete;
      expect(shown(element), String(inputs)).to.equal('4 : 1');
    }
  });

  it('reads a JSON child, for long series pasted in a CMS editor, and follows edits to it', async () => {
    const element = await fixture<TestKpi>(
      html`<test-kpi kpi="roas" locale="en-US"
        ><script type="application/json">
          { "revenue": 500, "spend": 100 }
        </script></test-kpi
      >`,
    );
    expect(shown(element)).to.equal('5 : 1');
    const script = element.querySelector('script');
    if (script) script.textContent = '{ "revenue": 600, "spend": 100 }';
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(shown(element)).to.equal('6 : 1');
  });

  it('quotes a number too large for JavaScript as written in a JSON child, never as "Infinity"', async () => {
    const element = await fixture<TestKpi>(
      '<test-kpi kpi="roas" locale="en-US"><script type="application/json">{"revenue": 1e309, "spend": 5}</script></test-kpi>',
    );
    expect(shown(element)).to.contain('revenue="1e309" is too large to be a real figure');
    expect(shown(element)).not.to.contain('Infinity');
  });

  it('explains a JSON child that is not an object', async () => {
    // A string, not a Lit template: the formatter would otherwise repair the JSON.
    const element = await fixture<TestKpi>(
      '<test-kpi kpi="roas" locale="en-US"><script type="application/json">{ revenue: 500 }</script></test-kpi>',
    );
    expect(shown(element)).to.contain('is not a JSON object ("{ revenue: 500 }…")');
    await expect(element).to.be.accessible();
  });
});

describe('kpi-change names the KPI by its catalog id', () => {
  const elements: [tag: string, markup: string][] = [
    ['kpi-card', '<kpi-card kpi="ROAS" revenue="12000" spend="3000"></kpi-card>'],
    ['kpi-trend', '<kpi-trend kpi="ROAS" revenue="9000,12000" spend="3000,3000"></kpi-trend>'],
    ['goal-gauge', '<goal-gauge kpi="ROAS" revenue="12000" spend="3000" goal="5"></goal-gauge>'],
  ];
  collectWarnings();
  for (const [tag, markup] of elements) {
    it(`<${tag} kpi="ROAS"> reports roas, with its figure and in its error state`, async () => {
      const template = document.createElement('template');
      template.innerHTML = markup;
      const element = template.content.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
      const events: KpiChangeDetail[] = [];
      element.addEventListener('kpi-change', (event) => events.push(event.detail));
      const host = await fixture<HTMLElement>(html`<div lang="en-US"></div>`);
      host.append(element);
      await element.updateComplete;
      element.removeAttribute('spend');
      await settle(element);
      expect(events.map(({ kpi, status }) => [kpi, status === 'error'])).to.deep.equal([
        ['roas', false],
        ['roas', true],
      ]);
      element.setAttribute('kpi', 'roasx');
      await settle(element);
      expect(events.at(-1)?.kpi, 'an id the catalog does not know is reported as given').to.equal('roasx');
    });
  }
});
