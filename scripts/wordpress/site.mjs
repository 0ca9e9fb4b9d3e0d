/**
 * A WordPress site for one test run: its config file (the previous one restored afterwards), the
 * plugin unpacked from the zip a site owner would upload, the install, and `php -S` serving it.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { DATABASE } from './database.mjs';
import { run, waitFor } from './system.mjs';

const HOST = '127.0.0.1';
const CONFIG = `/etc/wordpress/config-${HOST}.php`;
const PLUGIN = '/var/lib/wordpress/wp-content/plugins/kpi-kit';
const PHP = fileURLToPath(new URL('php/', import.meta.url));

/** Writes the site's config; the returned function puts back whatever was there before. */
export const writeConfig = (port, socket) => {
  const backup = `${CONFIG}.kpi-kit-test-backup`;
  if (existsSync(CONFIG)) renameSync(CONFIG, backup);
  const { name, user, password } = DATABASE;
  writeFileSync(
    CONFIG,
    `<?php
define('DB_NAME', '${name}');
define('DB_USER', '${user}');
define('DB_PASSWORD', '${password}');
define('DB_HOST', 'localhost:${socket}');
define('WP_HOME', 'http://${HOST}:${port}');
define('WP_SITEURL', 'http://${HOST}:${port}');
define('WP_CONTENT_DIR', '/var/lib/wordpress/wp-content');
$table_prefix = 'wp_';
`,
  );
  return () => {
    rmSync(CONFIG, { force: true });
    if (existsSync(backup)) renameSync(backup, CONFIG);
  };
};

/** Unpacks the plugin zip into wp-content/plugins; the returned function removes it again. */
export const installPlugin = (zipPath) => {
  if (existsSync(PLUGIN)) throw new Error(`${PLUGIN} exists already: remove it, or it would be overwritten`);
  for (const [path, bytes] of Object.entries(unzipSync(readFileSync(zipPath)))) {
    if (path.endsWith('/')) continue;
    const target = join(dirname(PLUGIN), path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
  return () => rmSync(PLUGIN, { recursive: true, force: true });
};

const php = (script, ...args) => {
  const output = run('php', [join(PHP, script), ...args]);
  // WordPress may print notices (no sendmail) before the script's one line of JSON.
  return JSON.parse(output.trim().split('\n').at(-1));
};

/** Installs WordPress, an Author and the activated plugin. */
export const installWordPress = (port, adminPassword) => php('install.php', `${HOST}:${port}`, adminPassword);

/** Saves posts ({ title, content }) as the Author; returns what was saved and where. */
export const savePosts = (port, posts, dir) => {
  const file = join(dir, 'posts.json');
  writeFileSync(file, JSON.stringify(posts));
  return php('posts.php', `${HOST}:${port}`, file);
};

/** Serves the site; `fixtures` is a folder served at /kpi-kit-fixtures/ (the data files). */
export const serve = async (port, fixtures) => {
  const server = spawn('php', ['-S', `${HOST}:${port}`, '-t', '/usr/share/wordpress', join(PHP, 'router.php')], {
    env: { ...process.env, KPI_KIT_FIXTURES: fixtures },
    stdio: 'ignore',
  });
  const exited = new Promise((resolve) => server.once('exit', resolve));
  await waitFor('php -S', () =>
    fetch(`http://${HOST}:${port}/wp-login.php`).then(
      (response) => response.ok,
      () => false,
    ),
  );
  return {
    url: `http://${HOST}:${port}`,
    stop: async () => {
      if (server.exitCode !== null) return;
      server.kill('SIGTERM');
      await exited;
    },
  };
};
