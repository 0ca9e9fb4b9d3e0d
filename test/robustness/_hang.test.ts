import '../../src/index.js';

const CASES: Record<string, string>[] = [{ kpi: '', unit: 'currency', values: ',1e-320,,1e-320', axis: '' }];
describe('hang hunt', function () {
  this.timeout(600_000);
  for (const attributes of CASES) {
    it(JSON.stringify(attributes), async () => {
      console.log('CASE', JSON.stringify(attributes));
      const wrap = document.createElement('div');
      wrap.style.width = '320px';
      document.body.append(wrap);
      const el = document.createElement('kpi-trend') as HTMLElement & { updateComplete: Promise<boolean> };
      for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
      wrap.append(el);
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      await el.updateComplete;
      console.log('RENDERED', JSON.stringify(attributes));
      wrap.remove();
    });
  }
});
