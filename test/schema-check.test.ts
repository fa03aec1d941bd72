// `npm run schema:check`: a candidate subgraph schema composed with the others and checked against
// the operations clients have registered (examples/, trusted-documents manifests, the app's persisted
// documents). Committed schemas pass; a non-breaking candidate passes; a breaking one names the
// operations it breaks; a breaking change no registered operation uses is a warning only.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSchemaFiles } from '@orebro/subgraph-kit';
import { repoRoot } from '@orebro/local-federation';
import { subgraphSources } from '@orebro/gateway/src/subgraph-files';
import { candidateSdl, checkSubgraphSchema } from '../scripts/schema-check';
import { registeredOperations } from '../scripts/registered-operations';

const kommun = subgraphSources.find((s) => s.name === 'kommun')!;
const committedKommun = readSchemaFiles(kommun.dir, kommun.sharedDirs);
const examples = registeredOperations(repoRoot, ['examples']);
const POPULATION_FIELD =
  '  "Population (folkmängd) on 31 December of the given year; null when the kommun has no figure for it."\n  population(year: Int!): Int\n';

/** The committed kommun schema with one edit; fails loudly if the text to edit is not there. */
function kommunWith(find: string, replace: string): string {
  if (!committedKommun.includes(find)) throw new Error(`the kommun schema no longer contains ${JSON.stringify(find)}`);
  return committedKommun.replace(find, replace);
}

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'orebro-schema-check-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test.each(subgraphSources.map((s) => s.name))('the committed %s schema composes and breaks nothing', async (name) => {
  const source = subgraphSources.find((s) => s.name === name)!;
  const report = await checkSubgraphSchema(name, candidateSdl(name, source.dir), examples);
  expect(report).toMatchObject({ composed: true, ok: true, brokenOperations: [], breakingChanges: [] });
  expect(report.operationsChecked).toBe(examples.length);
});

test('a non-breaking candidate (a new optional field) passes and is reported as a safe change', async () => {
  const candidate = kommunWith(
    POPULATION_FIELD,
    `${POPULATION_FIELD}  "The kommun's land area in square kilometres; null when not reported."\n  areaKm2: Float\n`,
  );
  const report = await checkSubgraphSchema('kommun', candidate, examples);
  expect(report).toMatchObject({ composed: true, ok: true, brokenOperations: [], breakingChanges: [] });
  expect(report.safeChanges).toBeGreaterThan(0);
});

test('a breaking candidate (a field removed) names every registered operation it breaks', async () => {
  const report = await checkSubgraphSchema('kommun', kommunWith(POPULATION_FIELD, ''), examples);
  expect(report.ok).toBe(false);
  const users = examples
    .filter((op) => /population\(year/.test(op.body))
    .map((op) => op.source)
    .sort();
  expect(users.length).toBeGreaterThan(0);
  expect(report.brokenOperations.map((b) => b.source).sort()).toEqual(users);
  expect(report.brokenOperations[0].problems.join()).toMatch(/Cannot query field "population" on type "Municipality"/);
  expect(report.breakingChanges).toContainEqual(expect.objectContaining({ path: 'Municipality.population', usedBy: users }));
});

test('an argument type changed under a registered operation is breaking for it', async () => {
  const report = await checkSubgraphSchema(
    'kommun',
    kommunWith('municipality(code: ID!): Municipality', 'municipality(code: String!): Municipality'),
    examples,
  );
  expect(report.ok).toBe(false);
  expect(report.breakingChanges.find((c) => c.path === 'Query.municipality.code')?.usedBy.length).toBeGreaterThan(0);
});

test('a breaking change no registered operation uses is a warning, not a failure', async () => {
  // No example is a mutation: renaming one breaks clients that never registered it.
  const report = await checkSubgraphSchema(
    'kommun',
    kommunWith('reportPopulation(input: PopulationInput!)', 'recordPopulation(input: PopulationInput!)'),
    examples,
  );
  expect(report).toMatchObject({ composed: true, ok: true, brokenOperations: [] });
  expect(report.breakingChanges).toContainEqual(expect.objectContaining({ path: 'Mutation.reportPopulation', usedBy: [] }));
});

test('operations registered in a trusted-documents manifest and in the app persisted documents are checked too', async () => {
  const body = 'query Figures($code: ID!) { municipality(code: $code) { populations { year value } } }';
  writeFileSync(
    join(dir, 'trusted.json'),
    JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations: [{ id: 'x', name: 'Figures', type: 'query', body }] }),
  );
  writeFileSync(join(dir, 'persisted-documents.json'), JSON.stringify({ abc123def4567890: body }));
  const operations = registeredOperations(dir, ['trusted.json', 'persisted-documents.json']);
  const candidate = kommunWith('  "Every population figure the kommun holds, oldest first, with its source."\n  populations: [PopulationFigure!]!\n', '');
  const report = await checkSubgraphSchema('kommun', candidate, operations);
  expect(report.brokenOperations.map((b) => b.source)).toEqual(['trusted.json#Figures', 'persisted-documents.json#abc123def456']);
});

test('a candidate that does not compose, or does not parse, is refused with the reason', async () => {
  const report = await checkSubgraphSchema('kommun', kommunWith('type Municipality @key(fields: "code")', 'type Municipality @key(fields: "kod")'), examples);
  expect(report).toMatchObject({ composed: false, ok: false });
  expect(report.compositionErrors.join('\n')).toMatch(/kod/);
  const unparsable = await checkSubgraphSchema(
    'kommun',
    kommunWith('type Municipality @key(fields: "code") @cacheControl(maxAge: 3600) {', 'type Municipality @key(fields: "code") @cacheControl(maxAge: 3600) {{'),
    examples,
  );
  expect(unparsable.compositionErrors.join()).toMatch(/does not parse/);
});

test('npm run schema:check exits 1 naming a broken example, and 0 on the committed schema', () => {
  const file = join(dir, 'kommun-breaking.graphql');
  writeFileSync(file, kommunWith(POPULATION_FIELD, ''));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts/schema-check.ts'), ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 });
  const broken = run('kommun', file);
  expect({ status: broken.status, names: /FAIL examples\/huvudman-overview\.graphql breaks/.test(broken.stdout) }).toEqual({ status: 1, names: true });
  const committed = run('kommun', 'subgraphs/kommun/src/facts/facts.graphql');
  expect({ status: committed.status, out: committed.stdout }).toMatchObject({ status: 0, out: expect.stringMatching(/ok: composes/) });
  expect(run('gateway', file).stderr).toMatch(/Unknown subgraph "gateway"/);
}, 120_000);
