import { html } from 'lit';
import { langOf, packFor, phraseText, type KpiError, type Lang, type LocalePack } from '../kpi/index.js';

/** While the first fetch of `src` is on its way: a quiet line, not an alarm. */
export const renderLoading = (lang: Lang) =>
  html`<p part="loading" class="loading" aria-busy="true">${packFor(lang).common.loading}</p>`;

/** When older figures show because the latest refresh failed: said in words, under the widget. */
const reasonIn = ({ reason, code }: KpiError, pack: LocalePack) =>
  reason === undefined ? code : phraseText(reason, pack);

export const renderStale = (error: KpiError, loadedAt: Date, locale: string) => {
  const pack = packFor(langOf(locale));
  const sameDay = loadedAt.toDateString() === new Date().toDateString();
  const when = new Intl.DateTimeFormat(
    locale,
    sameDay ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' },
  );
  return html`<p part="stale" class="stale">
    <span class="stale-icon" aria-hidden="true">⚠</span>
    <span>${pack.common.stale(reasonIn(error, pack), when.format(loadedAt))}</span>
  </p>`;
};
