import '../src/elements/kpi-card/kpi-card.js';
