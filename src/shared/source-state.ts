import { html } from 'lit';
import { langOf, type KpiError, type Lang } from '../kpi/index.js';

const LOADING: Record<Lang, string> = { en: 'Loading data…', nl: 'Gegevens laden…' };

/** While the first fetch of `src` is on its way: a quiet line, not an alarm. */
export const renderLoading = (lang: Lang) =>
  html`<p part="loading" class="loading" aria-busy="true">${LOADING[lang]}</p>`;

const STALE: Record<Lang, (reason: string, when: string) => string> = {
  en: (reason, when) => `Not up to date: the latest refresh failed (${reason}). These figures are from ${when}.`,
  nl: (reason, when) => `Niet actueel: de laatste verversing is mislukt (${reason}). Deze cijfers zijn van ${when}.`,
};

/** When older figures show because the latest refresh failed: said in words, under the widget. */
const reasonIn = ({ reason, code }: KpiError, lang: Lang) =>
  reason === undefined ? code : typeof reason === 'string' ? reason : reason[lang];

export const renderStale = (error: KpiError, loadedAt: Date, locale: string) => {
  const lang = langOf(locale);
  const sameDay = loadedAt.toDateString() === new Date().toDateString();
  const when = new Intl.DateTimeFormat(
    locale,
    sameDay ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' },
  );
  return html`<p part="stale" class="stale">
    <span class="stale-icon" aria-hidden="true">⚠</span>
    <span>${STALE[lang](reasonIn(error, lang), when.format(loadedAt))}</span>
  </p>`;
};
