// Redis and PostgreSQL for the tests: started on free loopback ports with their data in a temporary
// folder, stopped after. Installed from Debian's packages when missing and we are root; otherwise
// the tests that need them are skipped with one line saying why.
//
//   import { startServices } from './services.mjs';
//   const services = await startServices(); // { env: { TEST_REDIS_URL, TEST_DATABASE_URL }, notes, stop() }
//
// `node scripts/services.mjs` starts both, prints their URLs and stops them on Ctrl-C.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, chmodSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const isRoot = process.getuid?.() === 0;

/** A TCP port nobody listens on now, on 127.0.0.1. */
export async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Installs Debian packages when root may; false when it cannot. */
function aptInstall(...packages) {
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () =>
    spawnSync('apt-get', ['install', '-y', '-qq', ...packages], { env, stdio: 'ignore' }).status === 0;
  if (install()) return true;
  spawnSync('apt-get', ['update', '-qq'], { env, stdio: 'ignore' });
  return install();
}

function findRedisServer() {
  for (const dir of (process.env.PATH ?? '').split(':').concat('/usr/bin', '/usr/sbin')) {
    if (dir && existsSync(join(dir, 'redis-server'))) return join(dir, 'redis-server');
  }
  return undefined;
}

function findPostgresBin() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
    .sort((a, b) => b - a);
  return versions.length ? join(base, versions[0], 'bin') : undefined;
}

/** Resolves when something answers `probe` on the port, or rejects after `ms`. */
async function waitForPort(port, ms, probe) {
  const deadline = Date.now() + ms;
  for (;;) {
    const ok = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.setTimeout(500);
      socket.once('connect', () => (probe ? socket.write(probe) : (socket.end(), resolve(true))));
      socket.once('data', () => (socket.end(), resolve(true)));
      socket.once('error', () => resolve(false));
      socket.once('timeout', () => (socket.destroy(), resolve(false)));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`nothing answered on 127.0.0.1:${port} within ${ms} ms`);
    await sleep(50);
  }
}

/**
 * A redis-server of our own (no persistence). `stop()` ends it; `restart()` starts it again on the
 * same port (for the "Redis went away" test). Returns `{ skipped }` with a reason when it cannot.
 */
export async function startRedis({ install = true } = {}) {
  let binary = findRedisServer();
  if (!binary && install && aptInstall('redis-server')) binary = findRedisServer();
  if (!binary)
    return {
      skipped: 'redis-server is not installed (apt-get install redis-server, as root)',
      stop: async () => {},
    };
  const port = await freePort();
  let child;
  const start = async () => {
    child = spawn(
      binary,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      {
        stdio: 'ignore',
      },
    );
    await waitForPort(port, 10_000, 'PING\r\n');
  };
  const stop = async () => {
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, port, stop, restart: start };
}

/** A PostgreSQL cluster of our own, run as the `postgres` user (it refuses root). */
export async function startPostgres({ install = true } = {}) {
  let bin = findPostgresBin();
  if (!bin && install && aptInstall('postgresql')) bin = findPostgresBin();
  if (!bin)
    return {
      skipped: 'PostgreSQL is not installed (apt-get install postgresql, as root)',
      stop: async () => {},
    };
  const asPostgres = isRoot
    ? (command, args) => ['runuser', ['-u', 'postgres', '--', command, ...args]]
    : (c, a) => [c, a];
  const dir = mkdtempSync(join(tmpdir(), 'gov-pg-'));
  chmodSync(dir, 0o777);
  if (isRoot) spawnSync('chown', ['postgres:postgres', dir]);
  const data = join(dir, 'data');
  const run = (command, args) => {
    const [cmd, argv] = asPostgres(join(bin, command), args);
    return spawnSync(cmd, argv, { encoding: 'utf8' });
  };
  const init = run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  if (init.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return {
      stop: async () => {},
      skipped: `initdb failed: ${(init.stderr || init.stdout).trim().split('\n').pop()}`,
    };
  }
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100`;
  const started = run('pg_ctl', [
    '-D',
    data,
    '-o',
    options,
    '-l',
    join(dir, 'log'),
    '-w',
    '-t',
    '30',
    'start',
  ]);
  if (started.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return {
      stop: async () => {},
      skipped: `PostgreSQL did not start: ${(started.stderr || started.stdout).trim().split('\n').pop()}`,
    };
  }
  const stop = async () => {
    run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    rmSync(dir, { recursive: true, force: true });
  };
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, port, stop };
}

/** Both services; `env` holds the URLs of those that started, `notes` a line for each that did not. */
export async function startServices() {
  const [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
  const env = {};
  const notes = [];
  if (redis.url) env.TEST_REDIS_URL = redis.url;
  else notes.push(`Redis tests skipped: ${redis.skipped}`);
  if (postgres.url) env.TEST_DATABASE_URL = postgres.url;
  else notes.push(`PostgreSQL tests skipped: ${postgres.skipped}`);
  return {
    env,
    notes,
    stop: async () => {
      await Promise.all([redis.stop?.(), postgres.stop?.()]);
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const services = await startServices();
  for (const note of services.notes) console.log(note);
  for (const [name, value] of Object.entries(services.env)) console.log(`${name}=${value}`);
  const stop = () => services.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
