// Adds widgets to the page when the test asks (window.kpiKitAddLater()), as a CMS block or a
// client-side router would: the autoloader must find them. A plain external script, for strict CSP.
window.kpiKitAddLater = () => {
  const main = document.querySelector('main');
  const section = document.createElement('section');
  section.innerHTML = `
    <kpi-trend lang="de" kpi="conversion-rate" conversions="12,15,18,20" visitors="1000,1100,1050,1200"
      labels="2026-01,2026-02,2026-03,2026-04"></kpi-trend>
    <kpi-card kpi="ctr" clicks="120" impressions="9000" benchmark></kpi-card>
    <funnel-ratio src="/test/fixtures/funnel-stages.csv" label="From a file"></funnel-ratio>
    <goal-gauge label="Monthly visitors" value="19400" unit="count" goal="20000"></goal-gauge>`;
  main.append(section);
};
