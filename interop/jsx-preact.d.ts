// Generated from custom-elements.json by "npm run generate". Do not edit.
import type { JSX as PreactJSX } from 'preact';
import type { KpiKitElements } from './kpi-kit-attributes.js';

type Props<Attributes> = PreactJSX.HTMLAttributes<HTMLElement> & Attributes;

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'funnel-ratio': Props<KpiKitElements['funnel-ratio']>;
      'goal-gauge': Props<KpiKitElements['goal-gauge']>;
      'kpi-card': Props<KpiKitElements['kpi-card']>;
      'kpi-trend': Props<KpiKitElements['kpi-trend']>;
    }
  }
}
