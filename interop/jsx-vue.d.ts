// Generated from custom-elements.json by "npm run generate". Do not edit.
import type { DefineComponent } from 'vue';
import type { KpiKitElements } from './kpi-kit-attributes.js';

type Props<Attributes> = DefineComponent<Attributes>;

declare module 'vue' {
  interface GlobalComponents {
    'funnel-ratio': Props<KpiKitElements['funnel-ratio']>;
    'goal-gauge': Props<KpiKitElements['goal-gauge']>;
    'kpi-card': Props<KpiKitElements['kpi-card']>;
    'kpi-trend': Props<KpiKitElements['kpi-trend']>;
  }
}
