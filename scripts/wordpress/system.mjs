/**
 * The machine the WordPress test runs on: Debian packages, installed only when missing, and
 * child processes that print their output only when they fail.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

const PACKAGES = ['wordpress', 'php-cli', 'php-mysql', 'mariadb-server', 'wordpress-theme-twentytwentythree'];

/** A file each package puts in place: present means installed (dpkg can list a removed package). */
const MARKERS = [
  '/usr/share/wordpress/wp-load.php',
  '/usr/bin/php',
  '/usr/sbin/mariadbd',
  '/usr/bin/mariadb-install-db',
  '/usr/share/wordpress/wp-content/themes/twentytwentythree/theme.json',
];

const hasMysqli = () => spawnSync('php', ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);']).status === 0;

/** Installs the packages with apt-get if any is missing; returns whether it had to. */
export const ensurePackages = () => {
  if (MARKERS.every((file) => existsSync(file)) && hasMysqli()) return false;
  // sudo resets the environment, so the variable goes on the command line through env.
  const command = ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get'];
  if (process.getuid?.() !== 0) command.unshift('sudo');
  const apt = (...args) => execFileSync(command[0], [...command.slice(1), ...args], { stdio: 'inherit' });
  apt('update');
  apt('install', '-y', '--no-install-recommends', ...PACKAGES);
  return true;
};

/** Runs a program and returns its output; on failure, throws with what it printed. */
export const run = (command, args, options = {}) => {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (${result.status ?? result.signal}):\n${result.stdout}${result.stderr}`,
    );
  }
  return result.stdout;
};

/** A TCP port nothing listens on now. */
export const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Waits until `ready()` is true, polling; throws after `ms`. */
export const waitFor = async (what, ready, ms = 20000) => {
  const end = Date.now() + ms;
  while (!(await ready())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};
