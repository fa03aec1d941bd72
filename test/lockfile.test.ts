import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface LockEntry {
  optionalDependencies?: Record<string, string>;
}

describe('package-lock.json', () => {
  it('has an entry for every optional dependency, so `npm ci` accepts it (run `npm run lock:complete` after npm install)', () => {
    const lock = JSON.parse(readFileSync(join(__dirname, '../package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
    const missing = Object.entries(lock.packages).flatMap(([path, entry]) =>
      Object.keys(entry.optionalDependencies ?? {}).filter((name) => !lock.packages[`node_modules/${name}`] && !lock.packages[`${path}/node_modules/${name}`]),
    );
    expect(missing).toEqual([]);
  });
});
