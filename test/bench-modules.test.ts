import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `npm run bench` runs in plain Node, not under Jest: a module it loads that touches Jest's globals
 * (`describe`, `beforeAll`) at import time ends the bench before it measures anything. This loads every
 * section of the bench (and so everything the sections import) in a plain Node process, as `npm run
 * bench` does, without running one.
 */
const BENCH = join(__dirname, 'bench');
const modules = readdirSync(join(BENCH, 'sections'))
  .filter((file) => file.endsWith('.ts'))
  .map((file) => join(BENCH, 'sections', file));

it('loads every bench section and library outside Jest, as `npm run bench` does', () => {
  expect(modules.length).toBeGreaterThanOrEqual(7);
  const script = `(async () => { for (const m of ${JSON.stringify(modules)}) await import(m); console.log('loaded ' + ${modules.length}); })()`;
  let output: string;
  try {
    output = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8', stdio: 'pipe', timeout: 120_000 });
  } catch (error) {
    const { stderr } = error as { stderr?: string };
    throw new Error(`A bench module fails to load in plain Node:\n${stderr ?? String(error)}`);
  }
  expect(output.trim().split('\n').pop()).toBe(`loaded ${modules.length}`);
});
