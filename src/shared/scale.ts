/**
 * The kit's only d3-scale import. d3-scale brings d3-interpolate, d3-color and d3-format with it
 * (about 11 KB gzipped), so elements that need no scale must not import it, and those that do
 * share this one entry point.
 */
export { scaleLinear, type ScaleLinear } from 'd3-scale';
