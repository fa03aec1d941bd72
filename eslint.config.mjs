// ESLint (flat config): TypeScript rules plus the rules that encode the architecture (README.md,
// "How it is built"). `npm run lint` runs it; `npm test` runs it before jest. Formatting is Prettier's
// (`npm run format:check`), not ESLint's.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { architecture } from './scripts/lint/architecture.mjs';

/** Packages with no domain in their name: usable by any federation, so they know nothing of this one. */
const GENERIC_PACKAGES = ['sharded-source', 'http', 'subgraph-kit', 'local-federation', 'telemetry'];

const noDist = { group: ['**/dist', '**/dist/**'], message: "A package's dist is its build output, not its API: import from the package's entry." };

/** What only this federation's code may import: public facts, the huvudman packages, subgraphs, the gateway, the tests. */
const DOMAIN = [
  '@orebro/reference-data',
  '@orebro/huvudman-*',
  '@orebro/samverkan',
  '@orebro/region',
  '@orebro/kommun',
  '@orebro/gateway',
  '@orebro/federation-tests',
];

const domainImports = (...allowed) => ({
  group: [...DOMAIN.flatMap((name) => [name, `${name}/**`]), ...allowed.map((name) => `!${name}`)],
  message:
    'A package with no domain in its name knows nothing of this federation: take what it needs as configuration (the members list, a shard key) from its caller.',
});

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'build/**',
      'data/**',
      'coverage/**',
      'bench-results/**',
      '**/*.d.ts',
      'test/bench/hive-gateway/**',
      'dashboard/src/gql/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { architecture },
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // Augmenting a library's declared namespace (jest's matchers) is a declaration, not a runtime namespace.
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
      // tsc's noUnusedLocals/noUnusedParameters already check this, with `_` for a deliberately unused parameter.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-restricted-imports': ['error', { patterns: [noDist] }],
      'architecture/workspace-imports': 'error',
      'architecture/area-boundaries': 'error',
    },
  },
  {
    files: GENERIC_PACKAGES.map((name) => `packages/${name}/**`),
    rules: { 'no-restricted-imports': ['error', { patterns: [noDist, domainImports()] }] },
  },
  {
    // The kit builds on @orebro/huvudman-auth by design, and on nothing else domain-specific: every
    // subgraph it starts verifies the caller's token and answers with the caller's huvudman and roles
    // (Caller, requireRole, requireWriterFor), and its audit trail records who did what by huvudman.
    // The kit re-exports those checks so a subgraph has one place to take them from.
    files: ['packages/subgraph-kit/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noDist, domainImports('@orebro/huvudman-auth')] }] },
  },
  {
    // One way to configure a service: its entry point reads process.env once into configuration
    // objects (configFromEnv, runSubgraphProcess, the identity provider's main) and everything else
    // takes its settings from them. A setting read from process.env deep inside is invisible to
    // tests and to the configuration's own checks (README, "Configuration").
    files: ['gateway/src/**/*.ts', 'packages/*/src/**/*.ts', 'subgraphs/*/src/**/*.ts'],
    ignores: [
      'gateway/src/main.ts',
      'packages/subgraph-kit/src/run-subgraph-process.ts',
      'packages/dev-identity-provider/src/main.ts',
      // A launcher for `npm start` and the tests (tooling, like scripts/): its services inherit its environment.
      'packages/local-federation/**',
      '**/*.test.ts',
      '**/test-support/**',
      'packages/subgraph-kit/src/test-*.ts',
    ],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: "Take the setting from the service's configuration (read from process.env at its entry point only)." },
      ],
    },
  },
  {
    // An object built per element must not add properties after a leading spread (`{ ...row, extra }`):
    // on Node 20 (V8 11.3) each such object gets a hidden class of its own, 1–4 µs and old-space garbage
    // apiece against 20–60 ns written out (47 ns on Node 24). Per value of a broadcast view it was a tenth
    // of a kommun instance's CPU and the main cause of its full garbage collections (README, "Measured").
    // Write the fields out, put the spread after the first property (`{ extra, ...row }`) when the keys
    // cannot clash, or use Object.assign({}, row, { extra }).
    files: ['gateway/src/**/*.ts', 'packages/*/src/**/*.ts', 'subgraphs/*/src/**/*.ts'],
    // What runs once at start (seeds, example data, the launcher, configuration) may copy as it likes.
    ignores: ['**/*.test.ts', '**/*.seed.ts', '**/seed/**', '**/*.example-data.ts', 'packages/local-federation/**', 'packages/http/src/hosted-instances.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            ':matches(ForOfStatement, ForInStatement, ForStatement, WhileStatement, CallExpression[callee.property.name=/^(map|flatMap|forEach|reduce|filter|push)$/]) ObjectExpression > SpreadElement:first-child ~ *',
          message:
            'A property after a leading spread, per element, costs a hidden class per object on Node 20: write the fields out, put the spread after the first property, or use Object.assign({}, base, { extra }).',
        },
      ],
    },
  },
  {
    // CommonJS scripts and configuration (jest.config.js, scripts/complete-lockfile.js).
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The systemledning web app (React, TSX, runs in the browser).
    // dashboard/src/gql/ is generated by graphql-codegen (`npm run codegen -w dashboard`) and ignored above.
    files: ['dashboard/**/*.{ts,tsx,js,jsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser }, parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
);
