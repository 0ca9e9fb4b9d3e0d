import { html } from 'lit';
import type { Lang } from '../kpi/index.js';

const TITLE: Record<Lang, string> = { en: 'This KPI cannot be shown', nl: 'Deze KPI kan niet worden getoond' };

/**
 * The error state every element shares: plain visible text, read in reading order rather than
 * announced as an alert (a page full of widgets must not shout on load).
 */
export const renderError = (message: string, lang: Lang) =>
  html`<p part="error" class="error">
    <span class="error-icon" aria-hidden="true">!</span>
    <span><strong class="error-title">${TITLE[lang]}</strong>${message}</span>
  </p>`;
