/**
 * The sparkline's own units. It stretches to whatever box the page gives it (no aspect ratio) and
 * its strokes keep their width (`vector-effect`), so it draws once, without measuring its box.
 * Kept apart from the geometry, so a template that draws a sparkline does not take in d3.
 */
export const SPARKLINE_BOX = { width: 200, height: 50 } as const;
