// One database and one role per instance: the services' DATABASE_URLs, the postgres service and the
// init script (deploy/postgres/init/01-instances.sh) agree, read from the files (no PostgreSQL needed;
// postgres-init-script.test.ts runs the script on a real server).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { singleMembers } from '@orebro/gateway/src/members';
import {
  databaseUrl,
  environment,
  expectNoProblems,
  healthcheckText,
  initScript,
  initScriptPath,
  interpolate,
  passwordVariable,
  root,
  scriptInstances,
  services,
  subgraphServices,
  type DatabaseUrl,
} from './deployment-files';

describe("the services' databases", () => {
  test('every instance has its own database and its own role on the postgres service', () => {
    const problems: string[] = [];
    const byDatabase = new Map<string, string>();
    const byUser = new Map<string, string>();
    const postgresEnv = environment(services.postgres ?? {});
    for (const name of subgraphServices) {
      const url = databaseUrl(name);
      if (typeof url === 'string') {
        problems.push(url);
        continue;
      }
      if (!services[url.host]) problems.push(`service "${name}": DATABASE_URL host "${url.host}" is not a service`);
      else if (url.host !== 'postgres') problems.push(`service "${name}": DATABASE_URL host "${url.host}" should be the postgres service`);
      if (url.port !== '5432') problems.push(`service "${name}": DATABASE_URL port ${url.port}, postgres listens on 5432`);
      const otherDb = byDatabase.get(url.database);
      if (otherDb) problems.push(`services "${otherDb}" and "${name}" share database "${url.database}"`);
      byDatabase.set(url.database, name);
      const otherUser = byUser.get(url.user);
      if (otherUser) problems.push(`services "${otherUser}" and "${name}" share role "${url.user}"`);
      byUser.set(url.user, name);
      if (url.user !== url.database) {
        problems.push(
          `service "${name}": role "${url.user}" and database "${url.database}" differ; the init script creates a role and a database of the same name per instance`,
        );
      }
      // The role's password is set from the postgres container's environment and the service connects
      // with the same variable: both must be the same expression, so they agree whether it is set or not.
      const variable = passwordVariable(url.user);
      const expression = new RegExp(`^\\$\\{${variable}(:-[^}]*)?\\}$`);
      if (!expression.test(url.password)) {
        problems.push(`service "${name}": the password in DATABASE_URL should be \${${variable}:-<dev default>}, got "${url.password}"`);
      } else if (postgresEnv[variable] !== url.password) {
        problems.push(
          `service "${name}": the postgres service must pass ${variable}: "${url.password}" (the same expression as in DATABASE_URL), it has ${postgresEnv[variable] === undefined ? 'none' : `"${postgresEnv[variable]}"`}`,
        );
      }
      const effective = interpolate(url.password);
      if (!/^[A-Za-z0-9._~-]+$/.test(effective)) problems.push(`service "${name}": the default password "${effective}" is not URL-safe`);
    }
    for (const { name } of singleMembers) {
      const url = databaseUrl(name);
      if (typeof url !== 'string' && url.database !== name) problems.push(`service "${name}" should use database "${name}", uses "${url.database}"`);
    }
    expectNoProblems(problems);
  });
});

describe(initScriptPath, () => {
  const instances = scriptInstances();
  const urls = subgraphServices.map(databaseUrl).filter((url): url is DatabaseUrl => typeof url !== 'string');

  test("creates exactly the databases and roles named in the services' DATABASE_URLs", () => {
    const problems: string[] = [];
    if (instances.length === 0) problems.push(`${initScriptPath} has no INSTANCES=( ... ) list`);
    for (const url of urls) {
      if (!instances.includes(url.database)) problems.push(`service "${url.service}" uses database "${url.database}", which the init script does not create`);
      if (!instances.includes(url.user)) problems.push(`service "${url.service}" connects as role "${url.user}", which the init script does not create`);
    }
    for (const instance of instances) {
      if (!urls.some((url) => url.database === instance)) problems.push(`the init script creates database "${instance}", which no service uses`);
    }
    const duplicates = instances.filter((name, i) => instances.indexOf(name) !== i);
    if (duplicates.length) problems.push(`the init script lists ${duplicates.join(', ')} twice`);
    expectNoProblems(problems);
  });

  test('loops over the list, makes each role own only its database and revokes CONNECT from PUBLIC', () => {
    const problems: string[] = [];
    const required: [RegExp, string][] = [
      [/for instance in "\$\{INSTANCES\[@\]\}"/, 'a loop over "${INSTANCES[@]}"'],
      [/ON_ERROR_STOP=1/, 'psql with ON_ERROR_STOP=1'],
      [/CREATE ROLE %I/, 'CREATE ROLE for each instance'],
      [/ALTER ROLE :"name" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE/, 'a login role without superuser, createdb or createrole'],
      [/CREATE DATABASE %I OWNER %I/, 'CREATE DATABASE ... OWNER <its role>'],
      [/REVOKE CONNECT\b[^;]*ON DATABASE :"name" FROM PUBLIC;/, 'REVOKE CONNECT ON DATABASE ... FROM PUBLIC'],
      [/\$\{instance\^\^\}_DB_PASSWORD/, 'the password read from <INSTANCE>_DB_PASSWORD in the environment'],
    ];
    for (const [pattern, what] of required) if (!pattern.test(initScript)) problems.push(`${initScriptPath} lacks ${what}`);
    if (/PASSWORD\s+'[^']/.test(initScript)) problems.push(`${initScriptPath} hard-codes a password`);
    const syntax = spawnSync('bash', ['-n', join(root, initScriptPath)], { encoding: 'utf8' });
    if (syntax.status !== 0) problems.push(`bash -n ${initScriptPath}: ${syntax.stderr.trim()}`);
    expectNoProblems(problems);
  });

  test('the postgres service runs it, passes every password variable and is health-checked with pg_isready', () => {
    const problems: string[] = [];
    const postgres = services.postgres ?? {};
    if (!/^postgres:16(\b|$)/.test(postgres.image ?? '')) problems.push(`postgres should use the postgres:16 image, uses ${postgres.image ?? 'none'}`);
    const mounts = (postgres.volumes ?? []).map((volume) => (typeof volume === 'string' ? volume : `${volume.source}:${volume.target}`));
    if (!mounts.some((mount) => /^\.\/deploy\/postgres\/init\/?:\/docker-entrypoint-initdb\.d(:ro)?$/.test(mount))) {
      problems.push(`postgres should mount ./deploy/postgres/init at /docker-entrypoint-initdb.d, mounts ${JSON.stringify(mounts)}`);
    }
    const postgresEnv = environment(postgres);
    for (const instance of instances) {
      if (!postgresEnv[passwordVariable(instance)])
        problems.push(`postgres does not pass ${passwordVariable(instance)}, which the init script needs for "${instance}"`);
    }
    if (!postgresEnv.POSTGRES_PASSWORD) problems.push('postgres has no POSTGRES_PASSWORD');
    const check = healthcheckText(postgres);
    if (!check || !check.includes('pg_isready')) problems.push(`postgres should have a pg_isready healthcheck, has ${check ?? 'none'}`);
    expectNoProblems(problems);
  });
});
