// The lint rules that encode the architecture (eslint.config.mjs, scripts/lint/architecture.mjs) must
// catch what they are for: each case below is linted as if it were a file at that path.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..');

interface Case {
  file: string;
  code: string;
}

/** Lints each case with the repository's own configuration (one ESLint run in a child process) and returns the rules each one broke. */
function rulesBroken(cases: Case[]): string[][] {
  const script = `
    const { ESLint } = require('eslint');
    const cases = JSON.parse(process.argv[1]);
    (async () => {
      const eslint = new ESLint({ cwd: ${JSON.stringify(root)} });
      const out = [];
      for (const c of cases) {
        const [result] = await eslint.lintText(c.code, { filePath: require('node:path').join(${JSON.stringify(root)}, c.file) });
        out.push([...new Set(result.messages.map((m) => m.ruleId ?? m.message))]);
      }
      console.log(JSON.stringify(out));
    })();`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script, JSON.stringify(cases)], { cwd: root, encoding: 'utf8', timeout: 120_000 })) as string[][];
}

const cases: [string, Case, string[]][] = [
  [
    'a relative import into another workspace',
    { file: 'test/x.ts', code: "export { startGateway } from '../gateway/src/start-gateway';\n" },
    ['architecture/workspace-imports'],
  ],
  ['the same import by package name', { file: 'test/x.ts', code: "export { startGateway } from '@orebro/gateway/src/start-gateway';\n" }, []],
  [
    'an import from a dist',
    { file: 'packages/http/src/x.ts', code: "export type { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';\n" },
    ['no-restricted-imports'],
  ],
  [
    'reference data in a package with no domain',
    { file: 'packages/sharded-source/src/x.ts', code: "export { kommunCodes } from '@orebro/reference-data';\n" },
    ['no-restricted-imports'],
  ],
  [
    'a subgraph in the local federation',
    { file: 'packages/local-federation/src/x.ts', code: "export { samverkanSubgraph } from '@orebro/samverkan';\n" },
    ['no-restricted-imports'],
  ],
  [
    "another area's resolvers",
    { file: 'subgraphs/samverkan/src/agreements/x.ts', code: "export { createGovernanceResolvers } from '../governance/governance.resolvers';\n" },
    ['architecture/area-boundaries'],
  ],
  [
    "another area's entity, service and the subgraph's shared rules",
    {
      file: 'subgraphs/samverkan/src/agreements/x.ts',
      code: "export { Decision } from '../governance/decision.entity';\nexport { requireBody } from '../governance/bodies.service';\nexport { assertIsoDate } from '../shared/dates';\n",
    },
    [],
  ],
  [
    'the environment read outside a service entry point',
    { file: 'packages/huvudman-auth/src/x.ts', code: 'export const issuer = process.env.AUTH_ISSUER;\n' },
    ['no-restricted-properties'],
  ],
  ['the environment read at the gateway entry point', { file: 'gateway/src/main.ts', code: 'export const env = process.env;\n' }, []],
  ['an explicit any', { file: 'gateway/src/x.ts', code: 'export const value: any = 1;\n' }, ['@typescript-eslint/no-explicit-any']],
  [
    'a property after a leading spread, per element of a map',
    { file: 'subgraphs/kommun/src/x.ts', code: 'export const f = (rows: { a: number }[]) => rows.map((r) => ({ ...r, b: 1 }));\n' },
    ['no-restricted-syntax'],
  ],
  [
    'a property after a leading spread, per element of a loop, in the gateway',
    {
      file: 'gateway/src/x.ts',
      code: 'export function f(rows: { a: number }[]) {\n  const out = [];\n  for (const r of rows) out.push({ ...r, ...{ b: 1 } });\n  return out;\n}\n',
    },
    ['no-restricted-syntax'],
  ],
  [
    'the spread after the first property, or Object.assign, per element',
    {
      file: 'packages/subgraph-kit/src/x.ts',
      code: 'export const f = (rows: { a: number }[]) => rows.map((r) => ({ b: 1, ...r }));\nexport const g = (rows: { a: number }[]) => rows.map((r) => Object.assign({}, r, { b: 1 }));\n',
    },
    [],
  ],
  [
    'a property after a leading spread in a seed, which runs once at start',
    { file: 'subgraphs/region/src/x.seed.ts', code: 'export const f = (rows: { a: number }[]) => rows.map((r) => ({ ...r, b: 1 }));\n' },
    [],
  ],
  [
    'a property after a leading spread once, not per element',
    { file: 'subgraphs/samverkan/src/x.ts', code: 'export const once = { ...{ a: 1 }, b: 2 };\n' },
    [],
  ],
  [
    'a hook called conditionally in the dashboard',
    {
      file: 'dashboard/src/x.tsx',
      code: "import { useState } from 'react';\nexport function View({ on }: { on: boolean }) {\n  if (on) useState(0);\n  return null;\n}\n",
    },
    ['react-hooks/rules-of-hooks'],
  ],
];

describe('the architecture lint rules', () => {
  let results: string[][];
  beforeAll(() => {
    results = rulesBroken(cases.map(([, c]) => c));
  });

  it.each(cases.map(([name, c, expected], i) => [name, c.file, expected, i] as const))('%s (%s) breaks %j', (_name, _file, expected, i) => {
    expect(results[i]).toEqual(expected);
  });
});
