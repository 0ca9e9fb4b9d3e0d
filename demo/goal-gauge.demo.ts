import '../src/elements/goal-gauge/goal-gauge.js';
