import { expect } from '@open-wc/testing';
import { kitFileOfPath, kitFileOfUrl } from '../../src/node/kit-files.js';
import { pdfPageSetup } from '../../src/node/pdf-setup.js';
import { pngNames } from '../../src/node/png-names.js';
import { readRenderOptions, WIDGET_SELECTOR } from '../../src/node/render-options.js';

/* The pure parts of `kpi-kit render`; the command itself is run by scripts/test-reports.mjs. */

describe('kpi-kit render: options', () => {
  it('reads a PDF and a PNG run with their defaults', () => {
    const read = readRenderOptions('report.html', { pdf: 'out.pdf', png: 'images' });
    expect(read).to.deep.equal({
      ok: true,
      value: {
        page: 'report.html',
        pdf: { file: 'out.pdf', format: 'A4', landscape: false },
        png: { folder: 'images', scale: 1, selector: WIDGET_SELECTOR },
        strict: false,
        timeout: 30,
      },
    });
    const html = readRenderOptions('r.html', { html: 'static.html' });
    expect(html.ok && html.value.html).to.equal('static.html');
    const letter = readRenderOptions('r.html', { pdf: 'x.pdf', format: 'letter', landscape: true, footer: 'Acme' });
    expect(letter.ok && letter.value.pdf).to.deep.equal({
      file: 'x.pdf',
      format: 'Letter',
      landscape: true,
      footer: 'Acme',
    });
  });

  it('says what to fix, naming the option', () => {
    const error = (page: string | undefined, raw: Record<string, string | boolean>) => {
      const read = readRenderOptions(page, raw);
      return read.ok ? '' : read.error;
    };
    expect(error(undefined, { pdf: 'x.pdf' })).to.match(/^name the page to render/);
    expect(error('r.html', {})).to.match(/^say what to write/);
    expect(error('r.html', { pdf: '' })).to.equal('--pdf takes the file to write: --pdf report.pdf');
    expect(error('r.html', { html: ' ' })).to.equal('--html takes the file to write: --html report.html');
    expect(error('r.html', { pdf: 'x.pdf', format: 'A3' })).to.equal('--format takes A4 or Letter, not "A3"');
    expect(error('r.html', { png: 'x', scale: '9' })).to.equal('--scale takes a number from 0.5 to 4, not "9"');
    expect(error('r.html', { png: 'x', width: 'wide' })).to.equal(
      '--width takes a number from 100 to 4000, not "wide"',
    );
    expect(error('r.html', { png: 'x', timeout: '0' })).to.equal('--timeout takes a number from 1 to 600, not "0"');
  });
});

describe('kpi-kit render: the kit from disk', () => {
  it("knows the kit's files at a CDN address, of any version", () => {
    expect(kitFileOfUrl('https://cdn.jsdelivr.net/npm/kpi-kit@0.1.0/dist/kpi-kit.js')).to.equal('kpi-kit.js');
    expect(kitFileOfUrl('https://unpkg.com/kpi-kit/dist/autoloader.js')).to.equal('autoloader.js');
    expect(kitFileOfUrl('https://unpkg.com/kpi-kit@1/dist/autoload/lit-Cjtf343I.js')).to.equal(
      'autoload/lit-Cjtf343I.js',
    );
    expect(kitFileOfUrl('https://unpkg.com/kpi-kit@1/dist/../../secret.js')).to.equal(undefined);
    expect(kitFileOfUrl('https://cdn.example.com/other/dist/kpi-kit.js')).to.equal(undefined);
  });

  it('knows them by a path that left the page folder, and nothing else', () => {
    expect(kitFileOfPath('/dist/kpi-kit.js')).to.equal('kpi-kit.js');
    expect(kitFileOfPath('/dist/autoload/engine-B4Y4npFa.js')).to.equal('autoload/engine-B4Y4npFa.js');
    expect(kitFileOfPath('/js/app.js')).to.equal(undefined);
    expect(kitFileOfPath('/data/june.csv')).to.equal(undefined);
  });
});

describe('kpi-kit render: PNG names', () => {
  it('names a widget by its id, else its position and label, in page order', () => {
    const names = pngNames([
      { tag: 'kpi-card', id: 'roas', label: 'ROAS' },
      { tag: 'kpi-card', id: '', label: 'Omzet (€), juni' },
      { tag: 'goal-gauge', id: '', label: '' },
      { tag: 'kpi-trend', id: '', label: 'Café résumé' },
    ]);
    expect(names).to.deep.equal(['roas.png', '02-omzet-juni.png', '03-goal-gauge.png', '04-cafe-resume.png']);
  });

  it('gives a name used twice its position too', () => {
    const twice = pngNames([
      { tag: 'kpi-card', id: 'a', label: '' },
      { tag: 'kpi-card', id: 'a', label: '' },
    ]);
    expect(twice).to.deep.equal(['01-a.png', '02-a.png']);
  });
});

describe('kpi-kit render: paper', () => {
  it("lays a page out at the paper's content width, and escapes the header and footer", () => {
    const a4 = pdfPageSetup({ file: 'x.pdf', format: 'A4', landscape: false, header: '<b>Acme</b> & co' });
    expect(a4.contentWidth).to.equal(Math.floor((210 - 24) * (96 / 25.4)));
    expect(a4.pdf.headerTemplate).to.include('&#60;b&#62;Acme&#60;/b&#62; &#38; co');
    expect(a4.pdf.footerTemplate).to.include('<span class="pageNumber"></span>');
    expect(a4.pdf.margin.top).to.equal('16mm');
    const letter = pdfPageSetup({ file: 'x.pdf', format: 'Letter', landscape: true });
    expect(letter.contentWidth).to.equal(Math.floor((279.4 - 24) * (96 / 25.4)));
    expect(letter.pdf.margin.top).to.equal('12mm');
  });
});
