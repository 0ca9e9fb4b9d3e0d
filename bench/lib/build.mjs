import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { BENCH, ROOT } from './matrix.mjs';

export const OUT = `${BENCH}dist/`;

const html = (key) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>${key}</title>
    <style>
      body { margin: 0; font: 14px system-ui, sans-serif; }
      #stage { display: flex; flex-wrap: wrap; gap: 4px; align-items: flex-start; }
      .funnel { margin: 0; padding: 0; list-style: none; display: grid; gap: 2px; }
      .card { display: grid; gap: 2px; padding: 8px; border: 1px solid #d1d9e0; }
      .bar { height: 6px; background: #0969da; }
    </style>
  </head>
  <body>
    <div id="stage"></div>
    <script type="module" src="./${key}.js"></script>
  </body>
</html>
`;

/**
 * A cell's page entry, written here rather than kept as one file per cell: import the adapters
 * the scenario needs from the library's adapter module and hand them to the scenario's page.
 */
const entry = ({ scenario, lib }) => {
  const kinds = scenario.kinds ?? [scenario.kind];
  const { id, page, kind, count, points, rounds, cycles, warmup } = scenario;
  const options = JSON.stringify({ id, kind, count, points, rounds, cycles, warmup });
  const from = (kind) => `./adapters/${lib.perKind ? `${lib.adapter}/${kind}` : lib.adapter}.js`;
  const imports = lib.perKind
    ? kinds.map((kind) => `import { ${kind} } from '${from(kind)}';`).join('\n')
    : `import { ${kinds.join(', ')} } from '${from()}';`;
  return `${imports}
import { ${page} } from './page/${page}.js';
${page}(${options}, { ${kinds.join(', ')} });
`;
};

/**
 * Bundles each cell's page alone (minified ESM, one file, nothing shared between pages), so its
 * bytes are what that library costs for that job, plus the harness every page carries. The kit
 * is bundled from src/ by the same esbuild as the peers, per element, as a user's bundler would
 * from `kpi-kit/<tag>.js`: nothing to build first, and the tree as it is now is what is measured.
 * One cell failing to build (an element half-written by a colleague) fails only that cell.
 */
export const buildPages = async (cells, { minify = true, out = OUT } = {}) => {
  const { build } = await import('esbuild');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const cell of cells.filter((candidate) => !candidate.status)) {
    const outfile = `${out}${cell.key}.js`;
    try {
      await build({
        stdin: { contents: entry(cell), resolveDir: BENCH, sourcefile: `${cell.key}.entry.js` },
        outfile,
        bundle: true,
        minify,
        format: 'esm',
        target: 'es2022',
        // The kit's sources use legacy decorators without define semantics for fields.
        tsconfig: `${ROOT}tsconfig.json`,
        define: { 'process.env.NODE_ENV': '"production"' },
        legalComments: 'none',
        logLevel: 'silent',
      });
    } catch (error) {
      cell.status = 'build failed';
      cell.note = (error.errors?.[0]?.text ?? String(error.message ?? error)).split('\n')[0];
      continue;
    }
    writeFileSync(`${out}${cell.key}.html`, html(cell.key));
    const code = readFileSync(outfile);
    cell.bytes = { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
  }
};
