import { join } from 'node:path';

export type DatabaseConfig = { kind: 'postgresql'; url: string } | { kind: 'libsql'; file: string };

/**
 * PostgreSQL when DATABASE_URL is set (docker-compose, production, CI); otherwise an embedded SQLite
 * file per instance, so a fresh clone runs with nothing installed.
 */
export function databaseFromEnv(instance: string, env: NodeJS.ProcessEnv): DatabaseConfig {
  const url = env.DATABASE_URL;
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new Error(`Invalid configuration: DATABASE_URL must be a postgres:// URL, got "${redactPassword(url)}".`);
    }
    return { kind: 'postgresql', url };
  }
  const file = env.DATABASE_FILE ?? join(env.DATA_DIR ?? 'data', `${instance}.sqlite`);
  return { kind: 'libsql', file };
}

export function describeDatabase(config: DatabaseConfig): string {
  return config.kind === 'postgresql' ? `postgresql ${redactPassword(config.url)}` : `libsql ${config.file}`;
}

function redactPassword(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
