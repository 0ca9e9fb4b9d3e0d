import { html } from 'lit';
import { packFor, type Lang } from '../kpi/index.js';

/**
 * The error state every element shares: plain visible text, read in reading order rather than
 * announced as an alert (a page full of widgets must not shout on load). The title is a line of its
 * own on screen; the space after it keeps it a word of its own in the text a reader's tools get.
 */
export const renderError = (message: string, lang: Lang) =>
  html`<p part="error" class="error">
    <span class="error-icon" aria-hidden="true">!</span>
    <span><strong class="error-title">${packFor(lang).common.cannotShow}</strong> ${message}</span>
  </p>`;
