import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/elements/funnel-ratio/funnel-ratio.js';
import type { FunnelRatio } from '../../../src/elements/funnel-ratio/funnel-ratio.js';
import { collectWarnings } from '../../helpers/console.js';

const percent = (value: number) =>
  new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 }).format(value);
/** A change in percentage points as the funnel shows it: signed, one decimal at most, `pp` after it. */
const points = (value: number) =>
  `${new Intl.NumberFormat('en-US', { signDisplay: 'exceptZero', maximumFractionDigits: 1 }).format(value)} pp`;
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const root = (element: Element) => element.shadowRoot as ShadowRoot;
const shown = (element: Element) => clean(root(element).textContent);
const error = (element: Element) => clean(root(element).querySelector('[part="error"]')?.textContent);
const headers = (element: Element, scope: 'row' | 'col') =>
  [...root(element).querySelectorAll(`th[scope="${scope}"]`)].map((cell) => clean(cell.textContent));
const settle = async (element: FunnelRatio) => {
  await new Promise((resolve) => setTimeout(resolve));
  await element.updateComplete;
};

describe('<funnel-ratio> input', () => {
  const warnings = collectWarnings();

  const errorCases: [attributes: Record<string, string>, message: string][] = [
    [{ values: '10000,abc,20' }, 'Entry 2 of values ("abc") is not a number'],
    [{ values: '10000,-5,20' }, 'Entry 2 of values ("-5") is negative'],
    [{ values: '10000,2.5,20' }, 'Entry 2 of values ("2.5") must be a whole number'],
    [{ values: '10000,,20' }, 'Entry 2 of values ("") is not a number'],
    [{ values: '10000,500' }, 'values has 2 entries, but stages has 3. Give both the same number of entries.'],
    [
      { 'previous-values': '1,2' },
      'previous-values has 2 entries, but stages has 3. Give both the same number of entries.',
    ],
    [{ 'previous-values': '1,x,3' }, 'Entry 2 of previous-values ("x") is not a number'],
    [{ stages: 'Everyone', values: '10' }, 'stages="Everyone" is not valid. Use at least two stages'],
    [{ stages: 'A,,C' }, 'stages="A,,C" is not valid. Use a label for every stage'],
    [{ orientation: 'diagonal' }, 'orientation="diagonal" is not valid. Use vertical or horizontal'],
    [{ mode: 'pie' }, 'mode="pie" is not valid. Use bars or funnel'],
  ];
  for (const [attributes, message] of errorCases) {
    it(`reports ${JSON.stringify(attributes)} by name`, async () => {
      const element = document.createElement('funnel-ratio');
      for (const [name, value] of Object.entries({
        locale: 'en-US',
        stages: 'A,B,C',
        values: '100,50,10',
        ...attributes,
      }))
        element.setAttribute(name, value);
      const parent = await fixture(html`<div></div>`);
      parent.append(element);
      await element.updateComplete;
      expect(error(element)).to.contain('This KPI cannot be shown').and.contain(message);
      expect(shown(element)).not.to.match(/NaN|undefined|Infinity|null/);
      expect(root(element).querySelector('table')).to.equal(null);
      expect(warnings.join(' ')).to.contain('<funnel-ratio>');
    });
  }

  it('asks for values when there is nothing to show, and is accessible in that state', async () => {
    const element = await fixture<FunnelRatio>(html`<funnel-ratio locale="en-US"></funnel-ratio>`);
    // The example is one a funnel takes: whole counts, no gap.
    expect(error(element)).to.contain('values is missing. Add it, for example values="10000,500,20".');
    await expect(element).to.be.accessible();
  });

  it("words the accepted form in the message's language, and in English in the console", async () => {
    const element = await fixture<FunnelRatio>(
      html`<funnel-ratio locale="nl-NL" stages="Iedereen" values="10"></funnel-ratio>`,
    );
    expect(error(element)).to.contain('stages="Iedereen" is ongeldig. Gebruik minimaal twee fasen');
    expect(warnings.join(' ')).to.contain('stages="Iedereen" is not valid. Use at least two stages');
  });

  it('words errors in Dutch for a Dutch locale', async () => {
    const element = await fixture<FunnelRatio>(
      html`<funnel-ratio locale="nl-NL" stages="A,B" values="1"></funnel-ratio>`,
    );
    expect(error(element))
      .to.contain('Deze KPI kan niet worden getoond')
      .and.contain('values heeft 1 waarde, maar stages heeft er 2');
  });

  it('reads labels that contain commas from a JSON script child', async () => {
    const element = await fixture<FunnelRatio>(
      html`<funnel-ratio locale="en-US">
        <script type="application/json">
          {
            "stages": ["Visitors, all sources", "Leads, forms and chat"],
            "values": [2000, 100],
            "previous-values": [2000, 80]
          }
        </script>
      </funnel-ratio>`,
    );
    expect(headers(element, 'row')).to.deep.equal(['Visitors, all sources', 'Leads, forms and chat']);
    expect(shown(element)).to.contain(points(1));
  });

  it('reports JSON that cannot be read', async () => {
    const element = await fixture<FunnelRatio>(
      html`<funnel-ratio locale="en-US">
        <script type="application/json">
          { "stages": ["A", "B"], "values": [1, 2 }
        </script>
      </funnel-ratio>`,
    );
    expect(error(element)).to.contain('<script type="application/json">').and.contain('is not a JSON object');
  });

  it('takes the funnel from the inputs property, labels as an array', async () => {
    const element = await fixture<FunnelRatio>(
      html`<funnel-ratio locale="en-US" stages="X,Y" values="1,1"></funnel-ratio>`,
    );
    element.inputs = { stages: ['Sent, all lists', 'Opened'], values: [5000, 1250] };
    await element.updateComplete;
    expect(headers(element, 'row')).to.deep.equal(['Sent, all lists', 'Opened']);
    expect(clean(root(element).querySelector('[part="value"]')?.textContent)).to.equal(percent(0.25));
  });

  it('reads a list child, the fallback without JavaScript, and follows changes to it', async () => {
    const element = await fixture<FunnelRatio>(
      html`<funnel-ratio locale="en-US">
        <ol>
          <li data-value="3200" data-previous-value="3000">Registrations, all channels</li>
          <li data-value="1400" data-previous-value="1500">Attended, live or replay</li>
        </ol>
      </funnel-ratio>`,
    );
    expect(headers(element, 'row')).to.deep.equal(['Registrations, all channels', 'Attended, live or replay']);
    expect(shown(element)).to.contain(points((1400 / 3200 - 1500 / 3000) * 100));
    const item = document.createElement('li');
    item.dataset.value = '240';
    item.textContent = 'Sales meetings';
    const changed = oneEvent(element, 'kpi-change');
    element.querySelector('ol')?.append(item);
    await changed;
    expect(headers(element, 'row')).to.have.length(3);
    element.querySelector('li')?.setAttribute('data-value', 'many');
    await settle(element);
    expect(error(element)).to.contain('Entry 1 of data-value ("many")');
  });

  it('lets the values attribute win over children', async () => {
    const element = await fixture<FunnelRatio>(
      html`<funnel-ratio locale="en-US" stages="X,Y" values="10,5">
        <ol>
          <li data-value="3">A</li>
          <li data-value="2">B</li>
        </ol>
      </funnel-ratio>`,
    );
    expect(headers(element, 'row')).to.deep.equal(['X', 'Y']);
  });

  it('stops following its children once it leaves the page', async () => {
    const element = await fixture<FunnelRatio>(
      html`<funnel-ratio locale="en-US">
        <ol>
          <li data-value="10">A</li>
          <li data-value="5">B</li>
        </ol>
      </funnel-ratio>`,
    );
    let events = 0;
    element.addEventListener('kpi-change', () => events++);
    element.remove();
    element.querySelector('li')?.setAttribute('data-value', '20');
    await settle(element);
    expect(events).to.equal(0);
  });

  it('re-renders when an attribute changes', async () => {
    const element = await fixture<FunnelRatio>(
      html`<funnel-ratio locale="en-US" stages="A,B" values="10,5"></funnel-ratio>`,
    );
    element.setAttribute('values', '10,2');
    await settle(element);
    expect(shown(element)).to.contain(percent(0.2));
  });
});

describe('<funnel-ratio> orientations and modes', () => {
  /** Every stage's drawing is decoration: hidden from screen readers, its numbers are in the table. */
  const drawingsHidden = (element: Element) =>
    [...root(element).querySelectorAll('svg')].map((shape) => shape.getAttribute('aria-hidden'));

  it('stacks stages top to bottom by default, a row per stage', async () => {
    const element = await fixture<FunnelRatio>(
      html`<funnel-ratio locale="en-US" stages="A,B,C" values="100,50,0"></funnel-ratio>`,
    );
    expect(headers(element, 'row')).to.deep.equal(['A', 'B', 'C']);
    expect(headers(element, 'col')).to.deep.equal([
      'Stage',
      'Count',
      'Step conversion',
      'From first stage',
      'Drop-off',
    ]);
    expect(drawingsHidden(element)).to.deep.equal(['true', 'true', 'true']);
    await expect(element).to.be.accessible();
  });

  it('lays stages out left to right when horizontal, with the measures as row headers', async () => {
    const element = await fixture<FunnelRatio>(
      html`<funnel-ratio locale="en-US" orientation="horizontal" stages="A,B,C" values="100,50,10"></funnel-ratio>`,
    );
    expect(headers(element, 'col')).to.deep.equal(['A', 'B', 'C']);
    expect(headers(element, 'row')).to.deep.equal(['Count', 'Step conversion', 'From first stage', 'Drop-off']);
    expect(drawingsHidden(element)).to.deep.equal(['true', 'true', 'true']);
    await expect(element).to.be.accessible();
  });

  it('draws a funnel in both orientations, and follows a change of orientation', async () => {
    const element = await fixture<FunnelRatio>(
      html`<funnel-ratio locale="en-US" mode="funnel" stages="A,B,C" values="100,50,10"></funnel-ratio>`,
    );
    expect(headers(element, 'row')).to.deep.equal(['A', 'B', 'C']);
    await expect(element).to.be.accessible();
    element.orientation = 'horizontal';
    await element.updateComplete;
    expect(headers(element, 'col')).to.deep.equal(['A', 'B', 'C']);
    expect(drawingsHidden(element)).to.deep.equal(['true', 'true', 'true']);
    await expect(element).to.be.accessible();
  });

  it('takes an orientation or mode written with spaces around it', async () => {
    // The element's own option reader took the attribute only as written to the letter.
    const element = await fixture<FunnelRatio>(
      html`<funnel-ratio
        locale="en-US"
        orientation=" horizontal "
        mode="funnel "
        stages="A,B"
        values="10,5"
      ></funnel-ratio>`,
    );
    expect(error(element)).to.equal('');
    expect(headers(element, 'col')).to.deep.equal(['A', 'B']);
  });
});
