import { expect, fixture } from '@open-wc/testing';
import '../../../src/elements/funnel-ratio/funnel-ratio.js';
import type { FunnelRatio } from '../../../src/elements/funnel-ratio/funnel-ratio.js';

/*
 * What a reader sees of the funnel's drawing and table, measured in a real browser: bars that stay
 * readable on a steep funnel, figures that keep their column, headers and rules that leave the
 * drawing its own gutter. Widths are those of a dashboard column (1100 px) and of a card (540 px).
 */

const count = (value: number) => new Intl.NumberFormat('en-US').format(value);
const percent = (value: number) => new Intl.NumberFormat('en-US', { style: 'percent' }).format(value);

const root = (element: Element) => element.shadowRoot as ShadowRoot;
const all = (element: Element, selector: string) => [...root(element).querySelectorAll(selector)];
const box = (element: Element) => element.getBoundingClientRect();
/** Where an element's text is drawn, rather than the box it sits in. */
const textBox = (element: Element) => {
  const range = document.createRange();
  range.selectNodeContents(element);
  return range.getBoundingClientRect();
};
/** Where the text a reader sees is drawn: text for screen readers only is left out. */
const seenTextBox = (element: Element) => {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let [left, right] = [Infinity, -Infinity];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('.visually-hidden')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) {
      if (rect.width === 0) continue;
      [left, right] = [Math.min(left, rect.left), Math.max(right, rect.right)];
    }
  }
  return { left, right };
};
/** How many lines an element's text takes: the lines its text nodes are drawn on. */
const lines = (element: Element) => {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const bottoms = new Set<number>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) if (rect.width > 0) bottoms.add(Math.round(rect.bottom));
  }
  return bottoms.size;
};

const render = async (attributes: string, width = 1100) => {
  const page = await fixture<HTMLDivElement>(
    `<div style="width: ${width}px"><funnel-ratio locale="en-US" ${attributes}></funnel-ratio></div>`,
  );
  const funnel = page.querySelector('funnel-ratio') as FunnelRatio;
  await funnel.updateComplete;
  return funnel;
};

const STEEP =
  'stages="Visitors,Leads,MQL,SQL,Customers" values="10000,500,200,80,20" previous-values="9200,420,190,70,15"';
const NOTE = 'Drawn on a log scale so that small stages stay visible.';

describe('<funnel-ratio> layout', () => {
  it('keeps every bar readable after a 95 % first-step loss, and says the bars are on a log scale', async () => {
    const funnel = await render(STEEP);
    // Drawn straight they were 5 %, 2 %, 0.8 % and 0.2 % of the first bar: slivers of 1 to 9 px.
    const bars = all(funnel, '[part="shape"] .bar').map((bar) => box(bar).width);
    expect(bars).to.have.length(5);
    const [first = 0] = bars;
    for (const bar of bars.slice(1)) expect(bar / first).to.be.at.least(0.19);
    expect(bars).to.deep.equal([...bars].sort((a, b) => b - a));
    expect(root(funnel).querySelector('[part="scale-note"]')?.textContent).to.equal(NOTE);
    await expect(funnel).to.be.accessible();
  });

  it('draws a funnel that is not steep straight, with no note', async () => {
    const funnel = await render('stages="Visitors,Trials,Paid" values="1000,500,300"');
    const [visitors = 0, trials = 0] = all(funnel, '[part="shape"] .bar').map((bar) => box(bar).width);
    expect(trials / visitors).to.be.closeTo(0.5, 0.01);
    expect(root(funnel).querySelector('[part="scale-note"]')).to.equal(null);
  });

  it('keeps a steep funnel in mode="funnel" a funnel, not a line', async () => {
    const funnel = await render(`mode="funnel" ${STEEP}`);
    const segments = all(funnel, '[part="shape"] path').map((path) => box(path).width);
    expect(segments).to.have.length(5);
    const [first = 0] = segments;
    expect((segments.at(-1) ?? 0) / first).to.be.at.least(0.19);
    expect(root(funnel).querySelector('[part="scale-note"]')?.textContent).to.equal(NOTE);
  });

  for (const width of [1100, 470]) {
    it(`keeps "9,500 (95%)" on one line in its column, the biggest-loss badge under it (${width} px)`, async () => {
      const funnel = await render(STEEP, width);
      const cells = all(funnel, 'td.col-lost');
      const leads = cells[1] as HTMLElement;
      const figure = leads.querySelector('.figure') as HTMLElement;
      expect(figure.textContent).to.equal(`${count(9500)} (${percent(0.95)})`);
      expect(lines(figure)).to.equal(1);
      // Its end lines up with the figures of the other rows, inside the cell.
      const end = (cell: Element) => textBox(cell.querySelector('.figure') ?? cell).right;
      expect(end(leads)).to.be.closeTo(end(cells[2] as Element), 1);
      expect(end(leads)).to.be.at.most(box(leads).right);
      const badge = leads.querySelector('.badge') as HTMLElement;
      expect(badge.textContent).to.contain('Biggest drop-off');
      expect(box(badge).top).to.be.at.least(textBox(figure).bottom - 1);
      expect(box(badge).right).to.be.closeTo(end(leads), 1);
    });
  }

  for (const [mode, width] of [
    ['bars', 390],
    ['funnel', 390],
    ['bars', 300],
    ['funnel', 540],
  ] as const) {
    it(`stacks each stage on a phone, every measure beside its column's name, nothing scrolling (${mode}, ${width} px)`, async () => {
      const funnel = await render(`mode="${mode}" ${STEEP}`, width);
      const scroller = root(funnel).querySelector('[role="group"]') as HTMLElement;
      expect(scroller.scrollWidth, 'the table fits its widget').to.be.at.most(scroller.clientWidth);
      // The header row is there for screen readers only.
      expect(box(root(funnel).querySelector('.column-heads') as Element).height).to.be.at.most(1);
      const heads = all(funnel, '.column-heads th').map((head) => head.textContent?.trim());
      const [, leads] = all(funnel, 'tr:not(.column-heads)');
      const name = box((leads as Element).querySelector('.name') as Element);
      const countCell = (leads as Element).querySelector('.col-count') as Element;
      expect(textBox(countCell).top, 'the count on the line of the name').to.be.closeTo(name.top, 4);
      for (const cell of (leads as Element).querySelectorAll('td:not(.col-count)')) {
        const label = cell.querySelector('.cell-label') as HTMLElement;
        expect(heads).to.include(label.textContent);
        expect(label.getAttribute('aria-hidden')).to.equal('true');
        const value = seenTextBox(
          cell.querySelector('.cell-value .figure') ?? (cell.querySelector('.cell-value') as Element),
        );
        expect(textBox(label).right, `${label.textContent} stands before its figure`).to.be.at.most(value.left + 1);
        expect(value.right).to.be.at.most(box(funnel).right);
      }
      const badge = (leads as Element).querySelector('.badge') as Element;
      expect(lines(badge)).to.equal(1);
      expect(box(badge).right).to.be.at.most(box(funnel).right);
    });
  }

  it('draws a horizontal funnel left to right where it has room, and stacks its stages where it has not', async () => {
    const funnel = await render(`orientation="horizontal" mode="funnel" ${STEEP}`, 1100);
    const frame = () => root(funnel).querySelector('[part="base"]') as Element;
    expect(frame().classList.contains('horizontal')).to.equal(true);
    (funnel.parentElement as HTMLElement).style.width = '390px';
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    await funnel.updateComplete;
    expect(frame().classList.contains('vertical'), 'stacked on a phone').to.equal(true);
    const scroller = root(funnel).querySelector('[role="group"]') as HTMLElement;
    expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth);
    (funnel.parentElement as HTMLElement).style.width = '1100px';
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    await funnel.updateComplete;
    expect(frame().classList.contains('horizontal'), 'left to right again').to.equal(true);
    // Written with spaces around, as a CMS may write it, the orientation is read the same.
    const padded = await render(`orientation=" horizontal " ${STEEP}`, 390);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    await padded.updateComplete;
    expect(root(padded).querySelector('[part="base"]')?.classList.contains('vertical'), 'stacked too').to.equal(true);
  });

  it('keeps its table side by side where there is room (600 px)', async () => {
    const funnel = await render(STEEP, 600);
    expect(box(root(funnel).querySelector('.column-heads') as Element).height).to.be.above(10);
    expect(getComputedStyle(all(funnel, '.cell-label')[0] as Element).display).to.equal('none');
  });

  it('keeps "Larger than the stage before" to two lines at most in a card-wide funnel', async () => {
    const funnel = await render(
      'mode="funnel" stages="Registrations all channels,Attended live or replay,MQL from the CRM,Sales meetings" values="3200,1400,1650,240"',
      540,
    );
    const badges = all(funnel, '.badge');
    expect(badges.map((badge) => badge.textContent?.trim())).to.have.members([
      '⚠Larger than the stage before',
      '▼Biggest drop-off',
    ]);
    for (const badge of badges) expect(lines(badge), badge.textContent ?? '').to.be.at.most(2);
    const scroller = root(funnel).querySelector('[role="group"]') as HTMLElement;
    expect(scroller.scrollWidth, 'the table fits its widget').to.be.at.most(scroller.clientWidth);
  });

  for (const mode of ['bars', 'funnel']) {
    it(`puts the "Stage" header and the row rules over and under the names, not the ${mode}`, async () => {
      const funnel = await render(`mode="${mode}" ${STEEP}`);
      const [header, ...stages] = all(funnel, 'tr > :first-child');
      const names = stages.map((stage) => stage.querySelector('.name') as Element);
      const drawings = stages.map((stage) => box(stage.querySelector('[part="shape"]') as Element));
      const start = textBox(names[0] as Element).left;
      expect(textBox(header as Element).left, 'the header starts where the names do').to.be.closeTo(start, 1);
      expect(start).to.be.above(Math.max(...drawings.map((drawing) => drawing.right)));
      for (const cell of [header, ...stages] as Element[]) {
        expect(getComputedStyle(cell).borderBottomColor, 'no rule under the drawing').to.equal('rgba(0, 0, 0, 0)');
        const rule = getComputedStyle(cell, '::before');
        expect(rule.borderBottomStyle).to.equal('solid');
        expect(rule.borderBottomColor).to.equal(getComputedStyle(all(funnel, 'td')[0] as Element).borderBottomColor);
        expect(box(cell).left + Number.parseFloat(rule.left), 'the rule starts at the names').to.be.closeTo(start, 1);
      }
    });
  }

  it('sets every figure in tabular digits: the headline, the change and every cell', async () => {
    const funnel = await render(STEEP);
    const texts = all(funnel, '[part="value"], .headline .change, th, td');
    expect(texts.length).to.be.above(30);
    for (const text of texts) expect(getComputedStyle(text).fontVariantNumeric).to.equal('tabular-nums');
  });
});
