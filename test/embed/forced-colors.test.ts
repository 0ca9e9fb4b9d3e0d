import { expect, fixture, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import { settle } from '../helpers/screen-reader.js';

/*
 * Windows High Contrast and other forced-colors modes replace the page's colors with a few system
 * colors. Every mark a widget draws (bars, arcs, lines, dots, badges) must still show: painted
 * with a color that is not `none` or transparent and stands out from the background behind it,
 * at the 3 : 1 contrast WCAG asks of graphics (1.4.11), translucency included.
 *
 * @web/test-runner-commands' emulateMedia only passes `forcedColors` on to Playwright; with this
 * project's Puppeteer launcher it is ignored. The suite checks that the media query really
 * matches and skips itself otherwise, so it runs only where forced colors are active (a browser
 * started with `--force-high-contrast`, or a Playwright launcher).
 */

interface Paint {
  readonly color: string;
  readonly alpha: number;
}

const probe = document.createElement('canvas').getContext('2d');

/** A computed CSS color as `#rrggbb` plus its alpha, whatever syntax the browser computed it in. */
const paint = (value: string, opacity = 1): Paint | undefined => {
  if (!probe || value === 'none' || value === '' || value.startsWith('url(')) return undefined;
  probe.fillStyle = '#000000';
  probe.fillStyle = value;
  const normalized = String(probe.fillStyle);
  const rgba = /^rgba\((\d+), (\d+), (\d+), ([\d.]+)\)$/.exec(normalized);
  if (!rgba) return { color: normalized, alpha: opacity };
  const hex = rgba.slice(1, 4).map((part) => Number(part).toString(16).padStart(2, '0'));
  return { color: `#${hex.join('')}`, alpha: Number(rgba[4]) * opacity };
};

/** The opaque background behind an element, looking through shadow roots up to the page (Canvas). */
const backgroundOf = (element: Element): string => {
  for (let node: Node | null = element; node;) {
    if (node instanceof Element) {
      const background = paint(getComputedStyle(node).backgroundColor);
      if (background && background.alpha > 0.5) return background.color;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  const canvas = document.createElement('div');
  canvas.style.backgroundColor = 'Canvas';
  document.body.append(canvas);
  const color = paint(getComputedStyle(canvas).backgroundColor)?.color ?? '';
  canvas.remove();
  return color;
};

const channels = (hex: string) => [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));

const luminance = (rgb: readonly number[]) => {
  const [r = 0, g = 0, b = 0] = rgb.map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

/** The contrast ratio of a paint, blended at its alpha over the background, against that background. */
const contrast = (value: Paint, background: string) => {
  const [front, back] = [channels(value.color), channels(background)];
  const blended = front.map((channel, index) => value.alpha * channel + (1 - value.alpha) * (back[index] ?? 0));
  const [light, dark] = [luminance(blended), luminance(back)].sort((a, b) => b - a);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
};

const visiblePaint = (value: Paint | undefined, background: string) =>
  value !== undefined && contrast(value, background) >= 3;

/** The computed value of every CSS system color in the current forced-colors palette. */
const systemColors = (): Set<string> => {
  const names = ['Canvas', 'CanvasText', 'GrayText', 'Highlight', 'HighlightText', 'LinkText', 'VisitedText'];
  const probeElement = document.createElement('div');
  document.body.append(probeElement);
  const colors = names.map((name) => {
    probeElement.style.color = name;
    return paint(getComputedStyle(probeElement).color)?.color ?? '';
  });
  probeElement.remove();
  return new Set(colors);
};

/** A paint in the user's colors: a system color (or nothing at all). */
const isSystem = (value: Paint | undefined, system: Set<string>) => value === undefined || system.has(value.color);

/** What a mark is painted with, and whether any of it shows against the background. */
const describeMark = (mark: SVGGraphicsElement, system: Set<string>) => {
  const style = getComputedStyle(mark);
  const background = backgroundOf(mark.ownerSVGElement ?? mark);
  const opacity = Number(style.opacity);
  const fill = paint(style.fill, Number(style.fillOpacity) * opacity);
  // A hairline under a pixel wide is not enough to show a mark by itself.
  const strokeWidth = Number.parseFloat(style.strokeWidth) || 0;
  const stroke = strokeWidth >= 1 ? paint(style.stroke, Number(style.strokeOpacity) * opacity) : undefined;
  return {
    mark: `<${mark.localName} class="${mark.getAttribute('class') ?? ''}">`,
    fill: style.fill,
    stroke: style.stroke,
    background,
    visible: visiblePaint(fill, background) || visiblePaint(stroke, background),
    // A line has no inside: only its stroke is painted.
    system: (mark instanceof SVGLineElement || isSystem(fill, system)) && isSystem(stroke, system),
  };
};

/** Every drawn shape in the widget's drawings that has a size (an empty path draws nothing). */
const marksOf = (host: Element): SVGGraphicsElement[] =>
  [...(host.shadowRoot?.querySelectorAll('svg *') ?? [])].filter(
    (node): node is SVGGraphicsElement =>
      node instanceof SVGGeometryElement && node.getBBox().width + node.getBBox().height > 0,
  );

/** Every mark stands out from its background and is painted in the user's system colors. */
const expectMarksVisible = (host: Element, atLeast: number) => {
  const system = systemColors();
  const marks = marksOf(host).map((mark) => describeMark(mark, system));
  expect(marks.length, `<${host.localName}> draws marks`).to.be.at.least(atLeast);
  expect(marks.filter((mark) => !mark.visible)).to.deep.equal([]);
  expect(marks.filter((mark) => !mark.system)).to.deep.equal([]);
};

/** A badge (a bordered label) keeps a border that shows against its background. */
const expectBorderVisible = (badge: Element | null | undefined, what: string) => {
  if (!badge) throw new Error(`no ${what}`);
  const style = getComputedStyle(badge);
  const side = [style.borderTopColor, style.borderTopStyle, style.borderTopWidth] as const;
  expect(side[1], `${what} border style`).not.to.equal('none');
  expect(Number.parseFloat(side[2]), `${what} border width`).to.be.above(0);
  const background = backgroundOf(badge.parentElement ?? badge);
  expect(visiblePaint(paint(side[0]), background), `${what} border ${side[0]} on ${background}`).to.equal(true);
};

const render = async (markup: string) => {
  const page = await fixture<HTMLDivElement>(`<div lang="en-US" style="width: 520px">${markup}</div>`);
  const hosts = [...page.children] as (HTMLElement & { updateComplete?: Promise<unknown> })[];
  await Promise.all(hosts.map((host) => settle(host)));
  return hosts;
};

describe('forced colors', function () {
  this.timeout(10000);

  before(async function () {
    await emulateMedia({ forcedColors: 'active' });
    if (!matchMedia('(forced-colors: active)').matches) {
      console.info('forced-colors emulation is not available in this runner: forced-colors tests skipped');
      this.skip();
    }
  });
  after(async () => {
    await emulateMedia({ forcedColors: 'none' });
  });

  it('<kpi-card>: its arrow, range track, band and marker, and the change badge', async () => {
    const [card] = await render(`<kpi-card
      kpi="ltv-cac"
      ltv="400"
      cac="100"
      previous-ltv="300"
      previous-cac="100"
      target="3.5"
      benchmark
    ></kpi-card>`);
    if (!card) throw new Error('no card');
    expectMarksVisible(card, 4);
    expectBorderVisible(card.shadowRoot?.querySelector('[part="delta"]'), 'change badge');
    await expect(card).to.be.accessible();
  });

  it('<kpi-trend>: its line, area, bars, target line, grid, ticks and markers', async () => {
    const trends = await render(
      ['line', 'area', 'bar']
        .map(
          (type) => `<kpi-trend
            type="${type}"
            values="5,7,,6,9,8"
            labels="2026-01,2026-02,2026-03,2026-04,2026-05,2026-06"
            target="7"
            axis
          ></kpi-trend>`,
        )
        .join(''),
    );
    for (const trend of trends) {
      await waitUntil(() => trend.shadowRoot?.querySelector('[part="chart"] svg path'), 'the chart draws');
      expectMarksVisible(trend, 8);
      const dash = trend.shadowRoot?.querySelector('[part="target"] [aria-hidden="true"]');
      expectBorderVisible(dash, 'target key');
      await expect(trend).to.be.accessible();
    }
  });

  it('<funnel-ratio>: its bars, funnel segments, the biggest drop-off and a stage larger than the one before', async () => {
    const funnels = await render(
      ['mode="bars"', 'mode="funnel"', 'mode="funnel" orientation="horizontal"']
        .map(
          (options) =>
            `<funnel-ratio ${options} stages="Visitors,Leads,MQL,Customers" values="10000,500,600,20"></funnel-ratio>`,
        )
        .join(''),
    );
    for (const funnel of funnels) {
      expectMarksVisible(funnel, 3);
      const badges = [...(funnel.shadowRoot?.querySelectorAll('td .badge') ?? [])].filter((span) =>
        /Biggest drop-off|Larger than the stage before/.test(span.textContent ?? ''),
      );
      expect(badges.length).to.equal(2);
      badges.forEach((badge) => expectBorderVisible(badge, `badge "${badge.textContent?.trim()}"`));
      await expect(funnel).to.be.accessible();
    }
  });

  it('<goal-gauge>: its track, fill, bands and goal tick on an arc, a ring and a bar, and the pace badge', async () => {
    const gauges = await render(
      ['arc', 'ring', 'bar']
        .map(
          (shape) => `<goal-gauge
            shape="${shape}"
            label="Visitors"
            value="15000"
            unit="count"
            goal="20000"
            min="0"
            max="25000"
            bands="50%,80%"
            period-start="2026-02-01"
            period-end="2026-02-28"
            as-of="2026-02-20"
          ></goal-gauge>`,
        )
        .join(''),
    );
    for (const gauge of gauges) {
      expectMarksVisible(gauge, 5);
      expectBorderVisible(gauge.shadowRoot?.querySelector('[part="status"]'), 'pace badge');
      await expect(gauge).to.be.accessible();
    }
  });
});
