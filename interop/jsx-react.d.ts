// Generated from custom-elements.json by "npm run generate". Do not edit.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { KpiChangeEvent } from 'kpi-kit';
import type { KpiKitElements } from './kpi-kit-attributes.js';

// React 19 listens to a custom element's events by the prop's name after "on", as written:
// `onkpi-change` hears "kpi-change" (`onkpichange` would listen for "kpichange", never fired).
type Props<Attributes> = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> &
  Attributes & { 'onkpi-change'?: (event: KpiChangeEvent) => void };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'funnel-ratio': Props<KpiKitElements['funnel-ratio']>;
      'goal-gauge': Props<KpiKitElements['goal-gauge']>;
      'kpi-card': Props<KpiKitElements['kpi-card']>;
      'kpi-trend': Props<KpiKitElements['kpi-trend']>;
    }
  }
}
