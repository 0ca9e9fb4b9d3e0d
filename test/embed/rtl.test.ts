import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { settle } from '../helpers/screen-reader.js';

/*
 * Right-to-left pages: every widget inside <div dir="rtl" lang="ar"> (Arabic labels, as a page
 * would give them) must mirror its layout, keep its text inside its box and stay accessible.
 * Measurements are taken inside the shadow roots with getBoundingClientRect; "near" allows for
 * sub-pixel rounding only.
 */

const NEAR = 1;

type Box = Pick<DOMRect, 'left' | 'right' | 'top' | 'bottom' | 'width' | 'height'>;

const rootOf = (host: Element): ShadowRoot => {
  if (!host.shadowRoot) throw new Error(`<${host.localName}> has no shadow root`);
  return host.shadowRoot;
};

const find = (host: Element, selector: string): Element => {
  const element = rootOf(host).querySelector(selector);
  if (!element) throw new Error(`<${host.localName}> has no ${selector}`);
  return element;
};

const findAll = (host: Element, selector: string): Element[] => [...rootOf(host).querySelectorAll(selector)];

const box = (element: Element): Box => element.getBoundingClientRect();

/**
 * Where an SVG shape's geometry lies on screen, without its stroke: Firefox's
 * getBoundingClientRect counts an estimate of the stroke in, Chromium's does not.
 */
const shapeBox = (shape: SVGGraphicsElement): Box => {
  const { x, y, width, height } = shape.getBBox();
  const matrix = shape.getScreenCTM();
  if (!matrix) throw new Error('shape not rendered');
  const corners = [
    [x, y],
    [x + width, y],
    [x, y + height],
    [x + width, y + height],
  ].map(([cornerX = 0, cornerY = 0]) => new DOMPoint(cornerX, cornerY).matrixTransform(matrix));
  const [xs, ys] = [corners.map((corner) => corner.x), corners.map((corner) => corner.y)];
  const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  return { left, right, top, bottom, width: right - left, height: bottom - top };
};

/** Where the text of an element is drawn, rather than the box it sits in. */
const textBox = (element: Element): Box => {
  const range = document.createRange();
  range.selectNodeContents(element);
  return range.getBoundingClientRect();
};

/** The content box of an element: inside its border and padding. */
const contentBox = (element: Element): Box => {
  const outer = box(element);
  const style = getComputedStyle(element);
  const px = (value: string) => Number.parseFloat(value) || 0;
  const left = outer.left + px(style.borderLeftWidth) + px(style.paddingLeft);
  const right = outer.right - px(style.borderRightWidth) - px(style.paddingRight);
  return { ...outer, left, right, width: right - left };
};

const centerX = (rect: Box) => (rect.left + rect.right) / 2;

/** The outermost ancestor inside the shadow root that clips its content (a scroller, visually hidden text). */
const clipperOf = (node: Node): Element | undefined => {
  let clipper: Element | undefined;
  for (let element = node.parentElement; element; element = element.parentElement) {
    const { overflowX, overflowY } = getComputedStyle(element);
    if (overflowX !== 'visible' || overflowY !== 'visible') clipper = element;
  }
  return clipper;
};

/**
 * No text is drawn outside the widget. Text inside a scroll container may scroll (the funnel's
 * table does in a narrow widget), but the container itself must fit.
 */
const expectNoOverflow = (host: Element) => {
  const outer = box(host);
  const inside = (rect: Box, what: string) => {
    if (rect.width === 0 || rect.height === 0) return;
    expect(rect.left, `${what} starts inside <${host.localName}>`).to.be.at.least(outer.left - NEAR);
    expect(rect.right, `${what} ends inside <${host.localName}>`).to.be.at.most(outer.right + NEAR);
    expect(rect.top, `${what} is inside <${host.localName}>`).to.be.at.least(outer.top - NEAR);
    expect(rect.bottom, `${what} is inside <${host.localName}>`).to.be.at.most(outer.bottom + NEAR);
  };
  const walker = document.createTreeWalker(rootOf(host), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim();
    if (!text) continue;
    const clipper = clipperOf(node);
    if (clipper) {
      inside(box(clipper), `the box around "${text}"`);
      continue;
    }
    const parent = node.parentElement;
    inside(parent instanceof SVGElement ? box(parent) : textBox(parent ?? host), `"${text}"`);
  }
};

/** One widget in an Arabic right-to-left page. */
const inRtl = async (markup: string, width = 480): Promise<HTMLElement> => {
  const page = await fixture<HTMLDivElement>(`<div dir="rtl" lang="ar" style="width: ${width}px">${markup}</div>`);
  const host = page.firstElementChild as HTMLElement;
  await settle(host as HTMLElement & { updateComplete?: Promise<unknown> });
  return host;
};

/** The same widget left to right and right to left, side by side in the same locale, so texts match. */
const twins = async (markup: string, width = 480): Promise<[ltr: HTMLElement, rtl: HTMLElement]> => {
  const page = await fixture<HTMLDivElement>(
    `<div>
      <div dir="ltr" lang="en-US" style="width: ${width}px">${markup}</div>
      <div dir="rtl" lang="ar" style="width: ${width}px">${markup}</div>
    </div>`,
  );
  const [ltr, rtl] = [...page.children].map((side) => side.firstElementChild as HTMLElement);
  if (!ltr || !rtl) throw new Error('twins not rendered');
  await Promise.all([ltr, rtl].map((host) => settle(host as HTMLElement & { updateComplete?: Promise<unknown> })));
  return [ltr, rtl];
};

/** `inner` sits at the same distance from the right of `rtlFrame` as its twin from the left of `ltrFrame`. */
const expectMirrored = (ltr: { inner: Box; frame: Box }, rtl: { inner: Box; frame: Box }, what: string) => {
  expect(rtl.frame.right - rtl.inner.right, `${what}: distance from the start edge`).to.be.closeTo(
    ltr.inner.left - ltr.frame.left,
    NEAR,
  );
  expect(rtl.inner.width, `${what}: width`).to.be.closeTo(ltr.inner.width, NEAR);
};

/** `inner` sits at the same place in `frame` in both twins: not mirrored. */
const expectSame = (ltr: { inner: Box; frame: Box }, rtl: { inner: Box; frame: Box }, what: string) => {
  expect(rtl.inner.left - rtl.frame.left, `${what}: distance from the left edge`).to.be.closeTo(
    ltr.inner.left - ltr.frame.left,
    NEAR,
  );
  expect(rtl.inner.width, `${what}: width`).to.be.closeTo(ltr.inner.width, NEAR);
};

const RATIO_CARD = `<kpi-card
  kpi="ltv-cac"
  label="نسبة قيمة العميل إلى تكلفة اكتسابه"
  ltv="400"
  cac="100"
  previous-ltv="300"
  previous-cac="100"
  target="3.5"
  benchmark
></kpi-card>`;

describe('right to left', function () {
  this.timeout(10000);
  const originalWarn = console.warn;
  beforeEach(() => {
    console.warn = () => {};
  });
  afterEach(() => {
    console.warn = originalWarn;
  });

  describe('sentences', () => {
    /** Short English texts in their own full-width boxes, each in a widget as wide as a phone column. */
    const SENTENCES: [what: string, markup: string, selector: string, width: number][] = [
      [
        "the card's target line",
        '<kpi-card locale="en-US" kpi="ctr" clicks="420" impressions="12000" target="3%"></kpi-card>',
        '[part~="target"] > :last-child',
        320,
      ],
      [
        "the trend's period",
        '<kpi-trend locale="en-US" label="Visits" values="3,5,4,6,8"></kpi-trend>',
        '[part="period"]',
        280,
      ],
      [
        "the funnel's summary",
        '<funnel-ratio locale="en-US" label="Funnel" stages="Visits,Sales" values="1000,20"></funnel-ratio>',
        '[part="summary"]',
        640,
      ],
      ["an error's title", '<kpi-card kpi="roas" revenue="12000" spend="0"></kpi-card>', '.error-title', 280],
    ];

    it("align at the right, by the page's direction, though each keeps its own left-to-right order", async () => {
      for (const [what, markup, selector, width] of SENTENCES) {
        const host = await inRtl(markup, width);
        const sentence = find(host, selector);
        const [text, content] = [textBox(sentence), contentBox(sentence)];
        expect(text.right, `${what} ends at the right`).to.be.closeTo(content.right, NEAR);
        expect(text.left, `${what} is shorter than its box`).to.be.above(content.left + 20);
      }
    });
  });

  describe('<kpi-card>', () => {
    it('puts the label and value at the right, the info button at the left, and the details after the value', async () => {
      const card = await inRtl(RATIO_CARD);
      const frame = contentBox(find(card, '[part="card"]'));
      const label = textBox(find(card, '[part="label"]'));
      const value = textBox(find(card, '[part="value"]'));
      expect(label.right).to.be.closeTo(frame.right, NEAR);
      expect(value.right).to.be.closeTo(frame.right, NEAR);
      expect(label.left, 'the label is not left-aligned').to.be.above(frame.left + 40);
      const info = box(find(card, '[part="info-button"]'));
      expect(info.left - frame.left, 'the info button sits at the inline end').to.be.below(info.width);
      expect(info.right, 'the label never runs under the info button').to.be.below(label.left);
      // In a wide card the change, target and benchmark sit beside the value, on its inline-end side.
      for (const part of ['delta', 'target', 'benchmark']) {
        expect(box(find(card, `[part~="${part}"]`)).right, part).to.be.below(value.left);
      }
      expectNoOverflow(card);
      await expect(card).to.be.accessible();
    });

    it('draws the typical range from the right, as a native meter does', async () => {
      const [ltr, rtl] = await twins(RATIO_CARD.replace('<kpi-card', '<kpi-card locale="en-US"'));
      const range = (card: HTMLElement) => {
        const drawing = find(card, '[part="benchmark-bar"]');
        const marks = [...drawing.querySelectorAll('rect')].map(box);
        return { frame: box(drawing), marks };
      };
      const [left, right] = [range(ltr), range(rtl)];
      expect(left.marks.length).to.be.above(0);
      expect(right.marks.length).to.equal(left.marks.length);
      left.marks.forEach((mark, index) =>
        expectMirrored(
          { inner: mark, frame: left.frame },
          { inner: right.marks[index] as Box, frame: right.frame },
          `mark ${index}`,
        ),
      );
    });
  });

  describe('<kpi-trend>', () => {
    const TREND = `<kpi-trend
      kpi="conversion-rate"
      label="معدل التحويل"
      conversions="12,15,18,20,22,19"
      visitors="1000,1100,1050,1200,1150,1100"
      labels="2026-01,2026-02,2026-03,2026-04,2026-05,2026-06"
      target="1.8%"
      axis
    ></kpi-trend>`;
    const drawn = (trend: Element) =>
      waitUntil(() => rootOf(trend).querySelector('[part="chart"] svg path'), 'the chart draws');

    it('mirrors its text: label, value and period at the right, the target key at the left', async () => {
      const trend = await inRtl(TREND);
      await drawn(trend);
      const frame = contentBox(find(trend, 'div'));
      for (const part of ['label', 'value', 'period']) {
        expect(textBox(find(trend, `[part="${part}"]`)).right, part).to.be.closeTo(frame.right, NEAR);
      }
      expect(box(find(trend, '[part="target"]')).left, 'target key').to.be.closeTo(frame.left, NEAR);
      const value = box(find(trend, '[part="value"]'));
      expect(box(find(trend, '[part="delta"]')).right, 'the change follows the value').to.be.below(value.left);
      expectNoOverflow(trend);
      await expect(trend).to.be.accessible();
    });

    it('keeps time running left to right by design, with value labels left of the plot, as in LTR', async () => {
      const [ltr, rtl] = await twins(TREND.replace('<kpi-trend', '<kpi-trend locale="ar"'));
      await Promise.all([drawn(ltr), drawn(rtl)]);
      const drawing = (trend: HTMLElement) => {
        const svg = find(trend, '[part="chart"] svg');
        return { frame: box(svg), texts: findAll(trend, '[part="chart"] svg text').map(box) };
      };
      const [left, right] = [drawing(ltr), drawing(rtl)];
      expect(left.texts.length).to.be.above(6);
      expect(right.texts.length).to.equal(left.texts.length);
      left.texts.forEach((text, index) =>
        expectSame(
          { inner: text, frame: left.frame },
          { inner: right.texts[index] as Box, frame: right.frame },
          `tick ${index}`,
        ),
      );
      // Period ticks sit under the plot, January on the left, June on the right; value ticks beside it.
      const lines = findAll(rtl, '[part="chart"] svg line').map(box);
      const plot = {
        left: Math.min(...lines.map((line) => line.left)),
        bottom: Math.max(...lines.map((line) => line.bottom)),
      };
      const periods = right.texts.filter((text) => text.top >= plot.bottom);
      const values = right.texts.filter((text) => text.top < plot.bottom);
      expect(periods.length).to.be.at.least(2);
      expect(periods.map((text) => text.left)).to.deep.equal(
        [...periods.map((text) => text.left)].sort((a, b) => a - b),
      );
      expect(values.length).to.be.above(1);
      for (const text of values) expect(text.right, 'a value label ends before the plot').to.be.at.most(plot.left);
      expectNoOverflow(rtl);
    });
  });

  describe('<funnel-ratio>', () => {
    const STAGES = 'الزوار,العملاء المحتملون,مؤهلون تسويقيا,مؤهلون للمبيعات,العملاء';

    it('grows its bars from the right, beside the stage names, in a wide widget', async () => {
      const funnel = await inRtl(
        // A funnel that is not steep (no stage under a tenth of the first), so its bars are drawn straight.
        `<funnel-ratio label="مسار التحويل" stages="${STAGES}" values="10000,5000,4000,2000,1000"></funnel-ratio>`,
        720,
      );
      const frame = contentBox(find(funnel, '[part="base"]'));
      expect(textBox(find(funnel, '[part="label"]')).right, 'title').to.be.closeTo(frame.right, NEAR);
      expect(textBox(find(funnel, '[part="value"]')).right, 'overall').to.be.closeTo(frame.right, NEAR);
      const stages = findAll(funnel, 'th[scope="row"]');
      expect(stages).to.have.length(5);
      const widths = stages.map((stage) => {
        const cell = box(stage);
        const drawing = stage.querySelector('[part="shape"]');
        const bar = drawing?.querySelector<SVGRectElement>('.bar');
        const name = [...stage.querySelectorAll('span')].find((span) => span.childElementCount === 0);
        if (!drawing || !bar || !name) throw new Error('stage without drawing or name');
        expect(box(drawing).right, 'the drawing starts the row').to.be.closeTo(cell.right, NEAR);
        expect(shapeBox(bar).right, 'the bar grows from the right').to.be.closeTo(box(drawing).right, NEAR);
        expect(textBox(name).right, 'the name follows the drawing').to.be.below(box(drawing).left);
        return shapeBox(bar).width;
      });
      expect(widths[1] / widths[0]).to.be.closeTo(0.5, 0.01);
      expect(widths[4] / widths[0]).to.be.closeTo(0.1, 0.01);
      expectNoOverflow(funnel);
      await expect(funnel).to.be.accessible();
    });

    it('narrows the horizontal funnel from the first stage on the right to the last on the left', async () => {
      const funnel = await inRtl(
        `<funnel-ratio orientation="horizontal" mode="funnel" label="مسار التحويل" stages="الزوار,المحتملون,مؤهلون,المبيعات,العملاء" values="10000,5000,2000,800,200"></funnel-ratio>`,
        640,
      );
      const headers = findAll(funnel, 'th[scope="col"]').map(box);
      expect(headers.map((header) => header.left)).to.deep.equal(
        [...headers.map((header) => header.left)].sort((a, b) => b - a),
        'the first stage is the rightmost column',
      );
      const segments = findAll(funnel, '[part="shape"] path');
      const root = rootOf(funnel);
      const filled = (segment: Element, x: number, y: number) => root.elementsFromPoint(x, y).includes(segment);
      // Each segment after the first narrows from the stage before, on its right, to its own width.
      segments.slice(1).forEach((segment, index) => {
        const { left, right, top, height } = box(segment);
        // Near the top of the stage before's height, only the wide (start, right) side is filled
        // (on the log scale of this steep funnel, Leads is 86 % as high as Visitors).
        const y = top + height * 0.03;
        expect(filled(segment, right - 3, y), `stage ${index + 2} is wide at its right`).to.equal(true);
        expect(filled(segment, left + 3, y), `stage ${index + 2} is narrow at its left`).to.equal(false);
      });
      expectNoOverflow(funnel);
      await expect(funnel).to.be.accessible();
    });

    it('keeps the biggest-loss badge at the end of its cell, with the numbers, in a narrow widget', async () => {
      const funnel = await inRtl(
        `<funnel-ratio label="مسار التحويل" stages="الزوار,المحتملون,العملاء" values="10000,500,20"></funnel-ratio>`,
        470,
      );
      const badge = findAll(funnel, 'td .badge').find((span) => span.textContent?.includes('Biggest drop-off'));
      if (!badge) throw new Error('no biggest-loss badge');
      const td = badge.closest('td');
      const figure = td?.querySelector('.figure');
      if (!td || !figure) throw new Error('badge outside a cell with a figure');
      const cell = contentBox(td);
      expect(box(badge).left, 'the badge sits at the inline end (left)').to.be.closeTo(cell.left, NEAR);
      const number = document.createRange();
      number.selectNodeContents(figure);
      expect(number.getBoundingClientRect().left, 'as the numbers do').to.be.closeTo(cell.left, NEAR);
      expect(box(find(funnel, '[role="group"]')).right).to.be.at.most(box(funnel).right);
      expectNoOverflow(funnel);
      await expect(funnel).to.be.accessible();
    });
  });

  describe('<goal-gauge>', () => {
    const ARC = `<goal-gauge label="الزوار" value="15000" unit="count" goal="20000" bands="50%,80%"></goal-gauge>`;
    const BAR = `<goal-gauge
      label="الزوار"
      value="15000"
      unit="count"
      goal="20000"
      shape="bar"
      period-start="2026-02-01"
      period-end="2026-02-28"
      as-of="2026-02-20"
    ></goal-gauge>`;

    it('keeps the dial clockwise by design, like a speedometer, with its texts centred', async () => {
      const [ltr, rtl] = await twins(ARC.replace('<goal-gauge', '<goal-gauge locale="ar"'));
      const dial = (gauge: HTMLElement) => ({
        frame: box(find(gauge, '[part="gauge"]')),
        fill: box(find(gauge, '[part="fill"]')),
      });
      const [left, right] = [dial(ltr), dial(rtl)];
      expectSame({ inner: left.fill, frame: left.frame }, { inner: right.fill, frame: right.frame }, 'fill');
      const frame = contentBox(find(rtl, '[part="meter"]'));
      for (const part of ['label', 'headline', 'value', 'remaining']) {
        expect(centerX(textBox(find(rtl, `[part="${part}"]`))), part).to.be.closeTo(centerX(frame), NEAR);
      }
      const meter = find(rtl, '[role="meter"]');
      expect(meter.getAttribute('aria-valuenow')).to.equal('75');
      expect(meter.getAttribute('aria-valuetext')).to.equal(find(ltr, '[role="meter"]').getAttribute('aria-valuetext'));
      expectNoOverflow(rtl);
      await expect(rtl).to.be.accessible();
    });

    it('fills the bar from the right, with its figures and badge at the right', async () => {
      const gauge = await inRtl(BAR);
      const track = box(find(gauge, '[part="track"]'));
      const fill = box(find(gauge, '[part="fill"]'));
      expect(fill.right, 'the fill starts at the right').to.be.closeTo(track.right, NEAR);
      expect(fill.width / track.width).to.be.closeTo(0.75, 0.01);
      const frame = contentBox(find(gauge, '[part="meter"]'));
      for (const part of ['label', 'headline', 'value', 'remaining']) {
        expect(textBox(find(gauge, `[part="${part}"]`)).right, part).to.be.closeTo(frame.right, NEAR);
      }
      expect(box(find(gauge, '[part="status"]')).right, 'badge').to.be.closeTo(frame.right, NEAR);
      expectNoOverflow(gauge);
      await expect(gauge).to.be.accessible();
    });

    it('mirrors the pace badge: the icon first, at the right, with the same spacing as in LTR', async () => {
      const [ltr, rtl] = await twins(BAR.replace('<goal-gauge', '<goal-gauge locale="en-US"'));
      const badge = (gauge: HTMLElement) => {
        const status = find(gauge, '[part="status"]');
        return { frame: box(status), inner: box(status.querySelector('[aria-hidden="true"]') as Element) };
      };
      expectMirrored(badge(ltr), badge(rtl), 'the badge icon');
      expect(textBox(find(rtl, '[part="status"]')).width).to.be.closeTo(
        textBox(find(ltr, '[part="status"]')).width,
        NEAR,
      );
    });
  });
});
