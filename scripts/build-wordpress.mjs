#!/usr/bin/env node
/**
 * Builds the WordPress plugin: the hand-written files of wordpress/kpi-kit/, the one-file kit
 * (dist/kpi-kit.js) and what is generated from the manifest and the engine (block.json files, the
 * kses allow-list, the editor's catalog) go to dist/wordpress/kpi-kit/, zipped into
 * dist/kpi-kit-wordpress.zip, the file a site owner uploads. Run `npm run build` first.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { zipSync } from 'fflate';
import { inputAttributes, readCatalog, readElements } from './wordpress/plugin-data.mjs';
import { phpFile } from './wordpress/php-array.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const SLUG = 'kpi-kit';
export const PLUGIN_DIR = join(root, 'dist', 'wordpress', SLUG);
export const ZIP = join(root, 'dist', 'kpi-kit-wordpress.zip');

/** What the block inserter shows; the description is the manifest's summary. */
const BLOCKS = {
  'kpi-card': { title: 'KPI card', icon: 'id-alt', keywords: ['kpi', 'roas', 'metric'] },
  'kpi-trend': { title: 'KPI trend', icon: 'chart-line', keywords: ['kpi', 'sparkline', 'chart'] },
  'funnel-ratio': { title: 'Funnel ratio', icon: 'filter', keywords: ['kpi', 'funnel', 'conversion'] },
  'goal-gauge': { title: 'Goal gauge', icon: 'performance', keywords: ['kpi', 'goal', 'progress'] },
};

const blockJson = (tag, element, version) => ({
  $schema: 'https://schemas.wp.org/trunk/block.json',
  apiVersion: 2,
  name: `${SLUG}/${tag}`,
  version,
  title: BLOCKS[tag].title,
  category: 'widgets',
  icon: BLOCKS[tag].icon,
  description: element.summary,
  keywords: BLOCKS[tag].keywords,
  textdomain: SLUG,
  attributes: {
    ...Object.fromEntries(
      element.attributes.map((attribute) => [
        attribute.name,
        attribute.type === 'boolean' ? { type: 'boolean', default: false } : { type: 'string' },
      ]),
    ),
    // A KPI's inputs (and their previous- twins) depend on the KPI: one object, checked on render.
    ...(element.catalog ? { inputs: { type: 'object', default: {} } } : {}),
  },
  supports: { html: false, align: ['wide', 'full'] },
  editorScript: 'kpi-kit-editor',
});

/** The plugin's version must be the kit's: the header, the readme's Stable tag and package.json. */
const checkVersion = (version) => {
  const header = readFileSync(join(root, 'wordpress', SLUG, 'kpi-kit.php'), 'utf8');
  const readme = readFileSync(join(root, 'wordpress', SLUG, 'readme.txt'), 'utf8');
  const found = [header.match(/^ \* Version:\s*(\S+)/m)?.[1], readme.match(/^Stable tag:\s*(\S+)/m)?.[1]];
  if (found.some((v) => v !== version)) {
    throw new Error(`kpi-kit.php (${found[0]}) and readme.txt (${found[1]}) must be at version ${version}`);
  }
};

const filesUnder = (dir) =>
  readdirSync(dir, { recursive: true })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .sort();

export const buildPlugin = async () => {
  const kit = join(root, 'dist', 'kpi-kit.js');
  const engine = join(root, 'dist', 'engine.js');
  if (!existsSync(kit) || !existsSync(engine)) throw new Error('dist/kpi-kit.js is missing: run npm run build first');
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  checkVersion(version);

  const elements = readElements(join(root, 'custom-elements.json'));
  const catalog = await readCatalog(pathToFileURL(engine).href);
  const inputs = inputAttributes(catalog);

  rmSync(PLUGIN_DIR, { recursive: true, force: true });
  cpSync(join(root, 'wordpress', SLUG), PLUGIN_DIR, { recursive: true });
  mkdirSync(join(PLUGIN_DIR, 'assets'), { recursive: true });
  cpSync(kit, join(PLUGIN_DIR, 'assets', 'kpi-kit.js'));

  const generated = join(PLUGIN_DIR, 'generated');
  for (const [tag, element] of Object.entries(elements)) {
    mkdirSync(join(generated, 'blocks', tag), { recursive: true });
    writeFileSync(
      join(generated, 'blocks', tag, 'block.json'),
      `${JSON.stringify(blockJson(tag, element, version), null, '\t')}\n`,
    );
  }
  const allowList = {
    elements: Object.fromEntries(
      Object.entries(elements).map(([tag, element]) => [
        tag,
        {
          attributes: element.attributes.map((attribute) => attribute.name),
          booleans: element.attributes.filter((attribute) => attribute.type === 'boolean').map((a) => a.name),
          catalog: element.catalog,
        },
      ]),
    ),
    inputs,
  };
  writeFileSync(join(generated, 'elements.php'), phpFile(allowList, 'custom-elements.json and the KPI catalog'));
  writeFileSync(join(generated, 'editor-data.json'), `${JSON.stringify({ elements, catalog })}\n`);

  const zip = zipSync(
    Object.fromEntries(
      filesUnder(PLUGIN_DIR).map((path) => [`${SLUG}/${relative(PLUGIN_DIR, path)}`, readFileSync(path)]),
    ),
    { level: 9 },
  );
  writeFileSync(ZIP, zip);
  return {
    zip: ZIP,
    bytes: zip.length,
    files: filesUnder(PLUGIN_DIR).map((path) => relative(dirname(PLUGIN_DIR), path)),
  };
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const { bytes, files } = await buildPlugin();
    console.log(`${relative(root, ZIP)}: ${files.length} files, ${(bytes / 1024).toFixed(1)} KB`);
  } catch (error) {
    console.error(`build-wordpress: ${error.message}`);
    process.exit(1);
  }
}
