// deploy/postgres/init/01-instances.sh run on a real PostgreSQL, as the postgres image runs it (skipped
// where initdb is not installed).
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  databaseUrl,
  environment,
  expectNoProblems,
  initScriptPath,
  interpolate,
  passwordVariable,
  root,
  scriptInstances,
  services,
  subgraphServices,
  type DatabaseUrl,
} from './deployment-files';

/** initdb and pg_ctl of an installed PostgreSQL, and how to run them (initdb refuses to run as root). */
function findPostgres(): { bin: string; asUser: string[] } | undefined {
  const candidates = [
    ...(process.env.PATH ?? '').split(':'),
    ...(existsSync('/usr/lib/postgresql')
      ? readdirSync('/usr/lib/postgresql')
          .sort()
          .reverse()
          .map((v) => `/usr/lib/postgresql/${v}/bin`)
      : []),
  ];
  const bin = candidates.find((dir) => dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
  if (!bin || spawnSync('psql', ['--version']).status !== 0) return undefined;
  if (process.getuid?.() !== 0) return { bin, asUser: [] };
  if (spawnSync('id', ['-u', 'postgres']).status !== 0 || spawnSync('runuser', ['--help']).status !== 0) return undefined;
  return { bin, asUser: ['runuser', '-u', 'postgres', '--'] };
}

const postgresTools = findPostgres();

// The script as the postgres image runs it, against a throwaway server on a unix socket in a temp
// folder (no TCP port, nothing shared with any other server), with the passwords docker compose
// would pass by default; then every service's DATABASE_URL role connects to its own database and is
// refused by every other instance's.
(postgresTools ? describe : describe.skip)(`${initScriptPath} on a real PostgreSQL (skipped without initdb)`, () => {
  const tools = postgresTools as NonNullable<typeof postgresTools>;
  const superPassword = 'init-script-test';
  let dir = '';
  let started = false;

  const run = (command: string[], extraEnv: Record<string, string> = {}) => {
    const [file, ...args] = command;
    return spawnSync(file, args, { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...extraEnv }, timeout: 60_000 });
  };
  const psql = (user: string, password: string, database: string, sql: string) =>
    run(['psql', '-h', dir, '-p', '5432', '-U', user, '-d', database, '-v', 'ON_ERROR_STOP=1', '-Atc', sql], { PGPASSWORD: password, PGCONNECT_TIMEOUT: '10' });

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'orebro-pg-init-'));
    if (tools.asUser.length) {
      const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
      const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
      chownSync(dir, uid, gid);
    }
    const pwfile = join(dir, 'superuser-password');
    writeFileSync(pwfile, superPassword, { mode: 0o644 });
    const init = run([
      ...tools.asUser,
      join(tools.bin, 'initdb'),
      '-D',
      join(dir, 'data'),
      '-U',
      'postgres',
      `--pwfile=${pwfile}`,
      '--auth=scram-sha-256',
      '--no-sync',
    ]);
    if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
    const start = run([
      ...tools.asUser,
      join(tools.bin, 'pg_ctl'),
      '-D',
      join(dir, 'data'),
      '-l',
      join(dir, 'log'),
      '-w',
      '-o',
      `-c listen_addresses='' -k ${dir} -p 5432`,
      'start',
    ]);
    if (start.status !== 0)
      throw new Error(`pg_ctl start failed: ${start.stderr}\n${existsSync(join(dir, 'log')) ? readFileSync(join(dir, 'log'), 'utf8') : ''}`);
    started = true;
  }, 120_000);

  afterAll(() => {
    if (started) run([...tools.asUser, join(tools.bin, 'pg_ctl'), '-D', join(dir, 'data'), '-m', 'immediate', '-w', 'stop']);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** The postgres service's environment as docker compose passes it when no variable is set. */
  const postgresEnvironment = () => Object.fromEntries(Object.entries(environment(services.postgres ?? {})).map(([key, value]) => [key, interpolate(value)]));

  const runScript = (environmentOverride: Record<string, string> = {}) =>
    run(['bash', join(root, initScriptPath)], { ...postgresEnvironment(), PGHOST: dir, PGPORT: '5432', PGPASSWORD: superPassword, ...environmentOverride });

  test('creates every instance, twice without error, and each role reaches only its own database', () => {
    const problems: string[] = [];
    for (const attempt of ['first run', 'second run (idempotent)']) {
      const result = runScript();
      if (result.status !== 0) problems.push(`${initScriptPath} failed on its ${attempt}: ${result.stderr.trim()}`);
    }
    const urls = subgraphServices.map(databaseUrl).filter((url): url is DatabaseUrl => typeof url !== 'string');
    for (const url of urls) {
      const password = interpolate(url.password);
      const own = psql(url.user, password, url.database, 'CREATE TABLE IF NOT EXISTS isolation_probe (id int); SELECT current_user');
      if (own.status !== 0)
        problems.push(
          `service "${url.service}": role ${url.user} cannot use its database ${url.database} with its DATABASE_URL password: ${own.stderr.trim()}`,
        );
      const other = urls.find((candidate) => candidate.database !== url.database);
      if (other) {
        const cross = psql(url.user, password, other.database, 'SELECT 1');
        if (cross.status === 0) problems.push(`role ${url.user} can connect to ${other.database}, another instance's database`);
        else if (!/permission denied for database/.test(cross.stderr))
          problems.push(`role ${url.user} on ${other.database}: expected "permission denied for database", got: ${cross.stderr.trim()}`);
      }
    }
    const owners = psql(
      'postgres',
      superPassword,
      'postgres',
      "SELECT datname || '=' || pg_get_userbyid(datdba) FROM pg_database WHERE NOT datistemplate AND datname <> 'postgres'",
    );
    const expected = [...new Set(urls.map((url) => `${url.database}=${url.user}`))].sort();
    const actual = owners.stdout.trim().split('\n').filter(Boolean).sort();
    if (actual.join(',') !== expected.join(',')) problems.push(`databases and owners: expected ${expected.join(', ')}, found ${actual.join(', ')}`);
    expectNoProblems(problems);
  }, 120_000);

  test('fails, naming the variable, when an instance has no password', () => {
    const [first] = scriptInstances();
    const result = runScript({ [passwordVariable(first)]: '' });
    expect({ status: result.status, mentions: result.stderr.includes(passwordVariable(first)) }).toEqual({ status: 1, mentions: true });
  }, 60_000);
});
