#!/usr/bin/env node
/**
 * Tests the WordPress plugin against a real WordPress (Debian's 6.1 with MariaDB and Twenty
 * Twenty-Three): installs the zip a site owner uploads, saves posts as an Author, who has no
 * unfiltered_html, with each block, each shortcode, the README's pasted tags and the kses-safe data
 * forms, then reads every post in headless Chromium. Packages are installed only when missing;
 * the database, config and plugin are the test's own and are removed afterwards, also on failure.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { buildPlugin } from './build-wordpress.mjs';
import { launch, readPage } from './wordpress/browser.mjs';
import { createChecks, openingTagAttributes } from './wordpress/checks.mjs';
import { startDatabase } from './wordpress/database.mjs';
import {
  blockPost,
  FIXTURE_FILES,
  README_FIGURES,
  readmeKey,
  safeDataPost,
  shortcodePost,
} from './wordpress/fixtures.mjs';
import { readmeExamples } from './wordpress/readme-examples.mjs';
import { installPlugin, installWordPress, savePosts, serve, writeConfig } from './wordpress/site.mjs';
import { ensurePackages, freePort } from './wordpress/system.mjs';

const started = Date.now();
const { check, summary } = createChecks();
const root = fileURLToPath(new URL('..', import.meta.url));

/** Checks one page: it loads, every widget renders what it must without an error, the kit once. */
const checkPage = async (browser, name, url, widgets) => {
  const page = await readPage(browser, url, widgets.length);
  check(`${name}: page answers 200`, page.status === 200, `status ${page.status}`);
  check(
    `${name}: ${widgets.length} widgets rendered`,
    page.widgets.length === widgets.length && page.widgets.every((widget) => !widget.loading),
    `${page.widgets.filter((w) => !w.loading).length} of ${page.widgets.length} rendered, ${widgets.length} expected`,
  );
  widgets.forEach((expected, index) => {
    const widget = page.widgets[index];
    const label = `${name}: ${expected.tag} #${index + 1}`;
    if (!check(`${label} is a ${expected.tag}`, widget?.tag === expected.tag, `found ${widget?.tag ?? 'nothing'}`))
      return;
    check(`${label} is not in its error state`, widget.error === null, widget.error ?? '');
    const missing = (expected.shows ?? []).filter((text) => !widget.text.includes(text));
    if (expected.shows?.length) {
      check(
        `${label} shows ${expected.shows.map((t) => JSON.stringify(t)).join(', ')}`,
        missing.length === 0,
        `its text: ${widget.text.slice(0, 300)}`,
      );
    }
    for (const attribute of expected.absent ?? []) {
      check(`${label} has no ${attribute} attribute`, !(attribute in widget.attributes));
    }
  });
  check(`${name}: no console error`, page.consoleErrors.length === 0, page.consoleErrors.join(' | '));
  check(
    `${name}: the kit is loaded once, as a module`,
    page.scripts.length === 1 && page.scripts[0] === 'module' && page.kitRequests.length === 1,
    `${page.scripts.length} script tags (${page.scripts.join(', ')}), ${page.kitRequests.length} requests`,
  );
  return page;
};

/** The README's examples as pasted: each tag keeps every attribute; a script child is removed. */
const checkPasted = (examples, saved) => {
  // The post is the examples in order, so its n-th kit tag is what kses left of the n-th example.
  const tags = [...saved.matchAll(/<(kpi-card|kpi-trend|funnel-ratio|goal-gauge)\b[\s\S]*?<\/\1>/g)];
  examples.forEach((example, index) => {
    const want = openingTagAttributes(example.html, example.tag);
    const name = `README (${example.section}) <${example.tag}${want.label ? ` label="${want.label}"` : ` kpi="${want.kpi}"`}>`;
    const kept = tags[index]?.[1] === example.tag ? tags[index][0] : undefined;
    const got = kept ? openingTagAttributes(kept, example.tag) : {};
    const lost = Object.keys(want).filter((key) => got[key] !== want[key]);
    check(
      `${name} survives kses with its ${Object.keys(want).length} attributes`,
      kept && lost.length === 0,
      kept ? `lost ${lost.join(', ')}` : 'the tag is gone',
    );
    if (example.data) {
      check(
        `${name}: kses removes its <script> child (documented: use src or a list instead)`,
        kept && !/<script/i.test(kept),
      );
    }
  });
};

const main = async () => {
  const installed = ensurePackages();
  console.log(installed ? 'installed the Debian packages' : 'Debian packages already installed');
  const plugin = await buildPlugin();
  console.log(`built ${plugin.files.length} plugin files, zip ${(plugin.bytes / 1024).toFixed(1)} KB`);

  const dir = mkdtempSync(join(tmpdir(), 'kpi-kit-wordpress-'));
  const fixtures = join(dir, 'fixtures');
  const cleanups = [() => rmSync(dir, { recursive: true, force: true })];
  let browser;
  try {
    const database = await startDatabase(dir);
    cleanups.push(database.stop);
    const port = await freePort();
    cleanups.push(writeConfig(port, database.socket));
    cleanups.push(installPlugin(plugin.zip));

    const site = installWordPress(port, randomBytes(12).toString('hex'));
    check('WordPress installed with Twenty Twenty-Three', site.theme === 'twentytwentythree', `theme ${site.theme}`);
    check('plugin kpi-kit activated from the zip', site.active === true);

    const examples = readmeExamples(join(root, 'README.md'));
    const shown = examples.filter((example) => !example.data && !example.remote);
    const readmePost = { title: 'README examples', content: shown.map((example) => example.html).join('\n\n') };
    const readmeData = {
      title: 'README data examples',
      content: examples
        .filter((e) => e.data || e.remote)
        .map((example) => example.html)
        .join('\n\n'),
    };
    const posts = [blockPost, shortcodePost, readmePost, readmeData, safeDataPost];
    const saved = savePosts(port, posts, dir);
    check('the Author has no unfiltered_html (kses runs on their posts)', saved.unfilteredHtml === false);
    const [blocks, shortcodes, readme, readmeDataSaved, safeData] = saved.posts;
    check(
      'block post stores only block comments',
      !/<(kpi|funnel|goal)-/.test(blocks.content),
      blocks.content.slice(0, 200),
    );
    checkPasted(shown, readme.content);
    checkPasted(
      examples.filter((e) => e.data || e.remote),
      readmeDataSaved.content,
    );
    check(
      'pasted data forms survive kses (src, fields, <ol> of <li data-value>)',
      safeData.content.includes('src="/kpi-kit-fixtures/ads.csv"') &&
        safeData.content.includes('<li data-value="10000">'),
      safeData.content,
    );

    mkdirSync(fixtures);
    for (const [file, text] of Object.entries(FIXTURE_FILES)) writeFileSync(join(fixtures, file), text);
    const server = await serve(port, fixtures);
    cleanups.push(server.stop);
    browser = await launch();

    await checkPage(browser, 'blocks', blocks.url, blockPost.widgets);
    await checkPage(browser, 'shortcodes', shortcodes.url, shortcodePost.widgets);
    const readmePage = await checkPage(
      browser,
      'README tags',
      readme.url,
      shown.map((example) => ({ tag: example.tag })),
    );
    for (const widget of readmePage.widgets) {
      const figures = README_FIGURES[readmeKey(widget)];
      if (figures) {
        const missing = figures.filter((text) => !widget.text.includes(text));
        check(
          `README tags: ${readmeKey(widget)} shows ${figures.map((t) => JSON.stringify(t)).join(', ')}`,
          missing.length === 0,
          widget.text.slice(0, 300),
        );
      }
    }
    await checkPage(browser, 'data without scripts', safeData.url, safeDataPost.widgets);
    const plain = await readPage(browser, `${server.url}/?p=1`, 0);
    check(
      'a post without widgets does not load the kit',
      plain.status === 200 && plain.scripts.length === 0 && plain.kitRequests.length === 0,
    );
    check('pages have the site language for the widgets', plain.lang === 'en-US', plain.lang);
  } finally {
    await browser?.close();
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch (error) {
        check('clean up', false, error.message);
      }
    }
  }
};

try {
  await main();
} catch (error) {
  check('the test ran to its end', false, error.stack ?? error.message);
}
const { passed, failed } = summary();
console.log(`took ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`wordpress: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
