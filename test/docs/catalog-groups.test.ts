import { expect } from '@open-wc/testing';
import { CATEGORIES, listKpis, type KpiDefinition } from '../../src/kpi/index.js';
import { groupKpis, OWN_GROUP } from '../../demo/docs/catalog-groups.js';
import { countText, matchesQuery, searchTextOf } from '../../demo/docs/catalog-filter.js';

describe('the catalog groups', () => {
  it('put every built-in KPI in exactly one group, one per part of marketing, in the engine’s order', () => {
    const groups = groupKpis(listKpis());
    expect(groups.map(({ group }) => group.id)).to.deep.equal([...CATEGORIES]);
    const grouped = groups.flatMap(({ kpis }) => kpis.map((kpi) => kpi.id));
    expect(grouped).to.have.members(listKpis().map((kpi) => kpi.id));
    expect(new Set(grouped).size).to.equal(grouped.length);
  });

  it('keep the catalog order within a group, and leave out empty groups', () => {
    const paid = listKpis().filter((kpi) => ['ctr', 'roas'].includes(kpi.id));
    const groups = groupKpis(paid);
    expect(groups.map(({ group }) => group.id)).to.deep.equal(['paid']);
    expect(groups[0]?.kpis.map((kpi) => kpi.id)).to.deep.equal(['roas', 'ctr']);
  });

  it("show a site's own KPIs last, in a group of their own", () => {
    // A site's own KPI, without a category.
    const own: KpiDefinition = { ...(listKpis()[0] as KpiDefinition), id: 'demo-signups', category: undefined };
    const groups = groupKpis([...listKpis(), own]);
    expect(groups.at(-1)?.group).to.equal(OWN_GROUP);
    expect(groups.at(-1)?.kpis).to.deep.equal([own]);
  });
});

describe('the catalog search', () => {
  const kpi = (id: string) => {
    const found = listKpis().find((candidate) => candidate.id === id);
    if (!found) throw new Error(`no ${id}`);
    return found;
  };

  it('finds a KPI by id, name, input, and without hyphens', () => {
    const text = searchTextOf(kpi('ltv-cac'), 'en-US');
    for (const query of ['ltv-cac', 'ltvcac', 'LTV:CAC', 'cac ratio'])
      expect(matchesQuery(text, query), query).to.equal(true);
    expect(matchesQuery(searchTextOf(kpi('open-rate'), 'en-US'), 'bounces')).to.equal(true);
    expect(matchesQuery(text, 'impressions')).to.equal(false);
  });

  it('matches everything with an empty query', () => {
    expect(matchesQuery('anything', '  ')).to.equal(true);
  });

  it('counts what it shows', () => {
    expect(countText(55, 55, '')).to.equal('55 KPIs');
    expect(countText(3, 55, 'rate')).to.equal('Showing 3 of 55 KPIs');
    expect(countText(0, 55, ' xyz ')).to.equal('No KPI matches “xyz”.');
  });
});
