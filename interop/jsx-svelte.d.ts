// Generated from custom-elements.json by "npm run generate". Do not edit.
import type { HTMLAttributes } from 'svelte/elements';
import type { KpiKitElements } from './kpi-kit-attributes.js';

type Props<Attributes> = HTMLAttributes<HTMLElement> & Attributes;

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'funnel-ratio': Props<KpiKitElements['funnel-ratio']>;
    'goal-gauge': Props<KpiKitElements['goal-gauge']>;
    'kpi-card': Props<KpiKitElements['kpi-card']>;
    'kpi-trend': Props<KpiKitElements['kpi-trend']>;
  }
}
