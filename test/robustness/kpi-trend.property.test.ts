import '../../src/index.js';
import { describeElementProperties } from './element-properties.js';

// Ten thousand generated cases: see ./element-properties.ts.
describeElementProperties('kpi-trend');
