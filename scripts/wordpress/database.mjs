/**
 * A private MariaDB for one test run: its own data directory and socket in a temp folder, no
 * network, no system service; stopped by the pid in its pid file.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, waitFor } from './system.mjs';

export const DATABASE = { name: 'wordpress_test', user: 'wp_test', password: 'wp_test_password' };

export const startDatabase = async (dir) => {
  const datadir = join(dir, 'db');
  const socket = join(dir, 'mysql.sock');
  const pidFile = join(dir, 'mysqld.pid');
  run('mariadb-install-db', [
    '--no-defaults',
    '--auth-root-authentication-method=normal',
    `--datadir=${datadir}`,
    '--user=root',
    '--skip-test-db',
  ]);
  const server = spawn(
    'mariadbd',
    [
      '--no-defaults',
      `--datadir=${datadir}`,
      `--socket=${socket}`,
      '--skip-networking',
      '--user=root',
      `--pid-file=${pidFile}`,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  server.stderr.on('data', (chunk) => (log += chunk));
  const exited = new Promise((resolve) => server.once('exit', resolve));
  await Promise.race([
    waitFor('MariaDB', () => existsSync(socket) && existsSync(pidFile)),
    exited.then(() => {
      throw new Error(`mariadbd exited:\n${log}`);
    }),
  ]);
  const { name, user, password } = DATABASE;
  run('mariadb', [
    '--no-defaults',
    '-S',
    socket,
    '-uroot',
    '-e',
    `CREATE DATABASE ${name}; CREATE USER '${user}'@'localhost' IDENTIFIED BY '${password}'; GRANT ALL ON ${name}.* TO '${user}'@'localhost';`,
  ]);
  return {
    socket,
    stop: async () => {
      const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').trim()) : server.pid;
      if (server.exitCode !== null) return;
      process.kill(pid, 'SIGTERM');
      await exited;
    },
  };
};
