import '../src/elements/kpi-card/kpi-card.js';
import '../src/elements/funnel-ratio/funnel-ratio.js';
