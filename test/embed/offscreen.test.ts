import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import { settle } from '../helpers/screen-reader.js';

/*
 * A screen reader reads a page by its accessibility tree, the parts below the fold too. Chromium
 * leaves content skipped by `content-visibility: auto` out of that tree until it is drawn, so
 * that tempting speed-up (a quarter off 200 gauges or cards) would hide every widget below the
 * fold from screen-reader users. This guards against it coming back.
 *
 * Chromium only: the accessibility snapshot is a Chrome DevTools Protocol feature; the Firefox group
 * leaves this file out (web-test-runner.config.js).
 */

interface AxNode {
  readonly role?: string;
  readonly name?: string;
  readonly children?: readonly AxNode[];
}

const names = (node: AxNode): string[] => [node.name ?? '', ...(node.children ?? []).flatMap(names)];
const find = (node: AxNode, found: (node: AxNode) => boolean): AxNode | undefined =>
  found(node) ? node : (node.children ?? []).map((child) => find(child, found)).find(Boolean);
const all = (node: AxNode, role: string): AxNode[] => [
  ...(node.role === role ? [node] : []),
  ...(node.children ?? []).flatMap((child) => all(child, role)),
];

describe('widgets far below the fold', function () {
  this.timeout(20000);

  it('are in the accessibility tree before anyone scrolls to them', async () => {
    window.scrollTo(0, 0);
    const page = await fixture(
      html`<div>
        <div style="height: 4000px"></div>
        <goal-gauge label="Signups far below" value="970" goal="1000"></goal-gauge>
        <kpi-card kpi="ctr" clicks="420" impressions="12000" label="CTR far below"></kpi-card>
        <funnel-ratio label="Funnel far below" stages="Visits,Leads" values="1000,200"></funnel-ratio>
        <kpi-trend label="Visits far below" values="3,5,4,6,8"></kpi-trend>
      </div>`,
    );
    for (const widget of page.querySelectorAll('goal-gauge, kpi-card, funnel-ratio, kpi-trend')) await settle(widget);
    await new Promise(requestAnimationFrame);
    const text = names((await a11ySnapshot({})) as unknown as AxNode).join(' | ');
    expect(text).to.include('Signups far below').and.include('970 of 1,000');
    expect(text).to.include('CTR far below: 3.5%.');
    expect(text).to.include('Funnel far below');
    expect(text).to.include('Visits far below');
  });
});

/*
 * On a phone a funnel's rows stack (display: grid on its rows). Chromium reads such a table as a
 * table either way; WebKit has dropped the semantics of tables laid out otherwise, which is why the
 * template writes the roles out. This keeps the structure a screen reader walks: rows, headers, cells.
 */
describe('a funnel stacked on a phone', () => {
  it('is still a table to a screen reader: rows, column headers, a row header and cells', async () => {
    const page = await fixture(
      html`<div style="width: 360px">
        <funnel-ratio label="Stacked funnel" stages="Visits,Leads,Sales" values="1000,200,50"></funnel-ratio>
      </div>`,
    );
    await settle(page.querySelector('funnel-ratio') as Element);
    const tree = (await executeServerCommand('full-a11y-tree')) as AxNode;
    const table = find(tree, (node) => node.role === 'table' && node.name === 'Stacked funnel');
    expect(table, 'a table named by the funnel').to.not.equal(undefined);
    const rows = all(table as AxNode, 'row');
    expect(rows).to.have.length(4);
    expect(all(table as AxNode, 'columnheader').map((head) => head.name)).to.deep.equal([
      'Stage',
      'Count',
      'Step conversion',
      'From first stage',
      'Drop-off',
    ]);
    expect(all(table as AxNode, 'rowheader').map((head) => head.name)).to.deep.equal(['Visits', 'Leads', 'Sales']);
    expect(all(rows[2] as AxNode, 'cell')).to.have.length(4);
  });
});
