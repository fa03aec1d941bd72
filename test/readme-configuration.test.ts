// Every environment variable a service or `npm start` reads is documented in a README table (the
// Configuration table, or the identity provider's): an operator learns the knobs from the front door,
// not from the source. Variables are found where the code reads them: `env.NAME`, `env['NAME']`, the
// helpers `intFromEnv(env, 'NAME')`, `flagFromEnv('NAME')`, `requireEnv('NAME')` ..., and the members
// list's `urlVariable` / `shardKeyVariable`.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@orebro/local-federation';

/** Read by test tooling only, never by a service an operator runs. */
const TEST_ONLY = new Set(['CI', 'TEST_DATABASE', 'TEST_PG_URL']);

const sources = execFileSync('git', ['ls-files'], { cwd: repoRoot, encoding: 'utf8' })
  .split('\n')
  .filter((f) => /^(gateway\/src|packages\/[^/]+\/src|subgraphs\/[^/]+\/src)\/|^scripts\/(start|mint-token)\.ts$/.test(f))
  .filter((f) => /\.ts$/.test(f) && !/\.test\.ts$|test-support\//.test(f));

function variablesRead(): Map<string, string> {
  const found = new Map<string, string>();
  const patterns = [
    /\benv\.([A-Z][A-Z0-9_]{2,})\b/g,
    /\benv\[['"]([A-Z][A-Z0-9_]{2,})['"]\]/g,
    /\b\w*(?:FromEnv|requireEnv|milliseconds)\((?:env, *)?['"]([A-Z][A-Z0-9_]{2,})['"]/g,
    /\b(?:urlVariable|shardKeyVariable): *['"]([A-Z][A-Z0-9_]{2,})['"]/g,
  ];
  for (const file of sources) {
    const text = readFileSync(join(repoRoot, file), 'utf8');
    for (const pattern of patterns) for (const m of text.matchAll(pattern)) if (!found.has(m[1]!)) found.set(m[1]!, file);
  }
  return found;
}

/** Every `NAME` in a README table row; `PREFIX_*` stands for its family. */
function documented(): { names: Set<string>; families: string[] } {
  const rows = readFileSync(join(repoRoot, 'README.md'), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('|'));
  const names = new Set(rows.flatMap((row) => [...row.matchAll(/`([A-Z][A-Z0-9_]{2,})`/g)].map((m) => m[1]!)));
  const families = rows.flatMap((row) => [...row.matchAll(/`([A-Z][A-Z0-9_]*_)\*`/g)].map((m) => m[1]!));
  return { names, families };
}

test('the scan finds the variables it should (so the next test can fail)', () => {
  const read = variablesRead();
  for (const name of ['PORT', 'KOMMUN_URLS', 'SAMVERKAN_URL', 'KOMMUN_CODE', 'RATE_LIMIT_PER_MINUTE', 'IDE', 'TRUSTED_DOCUMENTS', 'DATA_DIR', 'PORT_OFFSET']) {
    expect({ name, read: read.has(name) }).toEqual({ name, read: true });
  }
});

test('every variable the code reads is in a README table', () => {
  const { names, families } = documented();
  const missing = [...variablesRead()]
    .filter(([name]) => !TEST_ONLY.has(name) && !names.has(name) && !families.some((prefix) => name.startsWith(prefix)))
    .map(([name, file]) => `${name} (read in ${file})`);
  expect(missing).toEqual([]);
});
