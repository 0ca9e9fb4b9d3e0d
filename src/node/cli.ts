import { parseArgs } from 'node:util';
import { RenderError } from './chromium.js';
import { render } from './render.js';
import { readRenderOptions, WIDGET_SELECTOR } from './render-options.js';

const HELP = `kpi-kit render: a page of kpi-kit widgets as a PDF, as one PNG per widget, or as server-rendered HTML

Usage:
  kpi-kit render <page.html | URL> --pdf <file> [--format A4|Letter] [--landscape]
                 [--header "text"] [--footer "text"]
  kpi-kit render <page.html | URL> --png <folder> [--scale 2] [--width 600]
                 [--selector "${WIDGET_SELECTOR}"]
  kpi-kit render <page.html | URL> --html <file>

Options:
  --pdf <file>        write the page as a paginated PDF (text stays text), page numbers in the footer
  --format <size>     A4 (default) or Letter
  --landscape         landscape paper
  --header <text>     a line on top of every page
  --footer <text>     a line at the foot of every page, beside the page number
  --png <folder>      write one PNG per widget, named by its id, else its position and label
  --scale <n>         device pixels per CSS pixel (default 1; 2 for sharp images)
  --width <px>        draw each widget this wide (e-mail: 600); by default as the page lays it out
  --selector <css>    which widgets get a PNG (default: every kpi-kit widget)
  --html <file>       write the page with its widgets server-rendered (kpi-kit/ssr): they paint
                      without JavaScript, and hydrate when the kit loads; needs @lit-labs/ssr
  --strict            fail when a widget shows its error state (by default a warning)
  --timeout <s>       how long the widgets may take to render and load their data (default 30)
  -h, --help          this text

A local page is served from its folder on 127.0.0.1 for the run, so its widgets' data files load;
the kit itself loads from this package, also when the page takes it from a CDN. Chromium is
CHROME_PATH, else /usr/bin/chromium; puppeteer-core must be installed beside kpi-kit.`;

/** `kpi-kit <command> …`: the exit code, 0 when every file was written. */
const main = async (argv: readonly string[]): Promise<number> => {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        pdf: { type: 'string' },
        format: { type: 'string' },
        landscape: { type: 'boolean' },
        header: { type: 'string' },
        footer: { type: 'string' },
        png: { type: 'string' },
        html: { type: 'string' },
        scale: { type: 'string' },
        width: { type: 'string' },
        selector: { type: 'string' },
        strict: { type: 'boolean' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`kpi-kit: ${error instanceof Error ? error.message : error} (kpi-kit --help)`);
    return 2;
  }
  const [command, page, ...rest] = parsed.positionals;
  if (parsed.values.help || !command) {
    console.log(HELP);
    return command || parsed.values.help ? 0 : 2;
  }
  if (command !== 'render') {
    console.error(`kpi-kit: unknown command "${command}"; the one command is render (kpi-kit --help)`);
    return 2;
  }
  if (rest.length > 0) {
    console.error(`kpi-kit render: one page at a time, not also "${rest.join(' ')}"`);
    return 2;
  }
  const options = readRenderOptions(page, parsed.values);
  if (!options.ok) {
    console.error(`kpi-kit render: ${options.error}`);
    return 2;
  }
  try {
    await render(options.value);
    return 0;
  } catch (error) {
    if (!(error instanceof RenderError)) throw error;
    console.error(`kpi-kit render: ${error.message}`);
    return 1;
  }
};

process.exitCode = await main(process.argv.slice(2));
