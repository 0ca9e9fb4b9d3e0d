import type { RenderOptions } from './render-options.js';

type PdfRequest = NonNullable<RenderOptions['pdf']>;

/** Paper sizes in millimetres, portrait. */
const PAPER = { A4: [210, 297], Letter: [215.9, 279.4] } as const;
/**
 * The margins, in millimetres: room for the footer's page numbers below the content, for the
 * header above it when there is one, and at the sides.
 */
const MARGIN = { top: 12, header: 16, bottom: 14, side: 12 } as const;
const PX_PER_MM = 96 / 25.4;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * Chromium's header and footer templates take no page styles: a small grey line of the page's
 * font, with the user's text (escaped, never markup) and, in the footer, "page / pages".
 */
const band = (left: string, right: string) =>
  `<div style="box-sizing:border-box;width:100%;padding:0 ${MARGIN.side}mm;display:flex;justify-content:space-between;gap:8mm;font:8pt system-ui,sans-serif;color:#59636e">` +
  `<span>${left}</span><span>${right}</span></div>`;

/** puppeteer's `page.pdf()` options for a report, and the content's width in CSS pixels. */
export const pdfPageSetup = ({ format, landscape, header, footer }: PdfRequest) => {
  const [short, long] = PAPER[format];
  const width = landscape ? long : short;
  return {
    contentWidth: Math.floor((width - 2 * MARGIN.side) * PX_PER_MM),
    pdf: {
      format,
      landscape,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: band(escapeHtml(header ?? ''), ''),
      footerTemplate: band(
        escapeHtml(footer ?? ''),
        '<span class="pageNumber"></span> / <span class="totalPages"></span>',
      ),
      margin: {
        top: `${header ? MARGIN.header : MARGIN.top}mm`,
        bottom: `${MARGIN.bottom}mm`,
        left: `${MARGIN.side}mm`,
        right: `${MARGIN.side}mm`,
      },
    },
  } as const;
};
