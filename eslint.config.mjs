// ESLint (flat config): TypeScript rules plus the rules that encode the architecture (README.md,
// "How it is built"). `npm run lint` runs it; `npm test` runs it before jest. Formatting is Prettier's
// (`npm run format:check`), not ESLint's.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { architecture } from './scripts/lint/architecture.mjs';

/** Packages with no domain in their name: usable by any federation, so they know nothing of this one. */
const GENERIC_PACKAGES = ['sharded-source', 'http', 'subgraph-kit', 'local-federation'];

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
    ignores: ['**/node_modules/**', '**/dist/**', 'build/**', 'data/**', 'coverage/**', 'bench-results/**', '**/*.d.ts', 'test/bench/hive-gateway/**'],
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
    // The kit's caller model (who is staff, who audits) is @orebro/huvudman-auth's: the audit trail
    // records the caller's huvudman and internal reads need a participating huvudman's staff. Making the
    // kit generic over the caller is open work (README, "How it is built"); nothing else domain-specific.
    files: ['packages/subgraph-kit/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noDist, domainImports('@orebro/huvudman-auth')] }] },
  },
  {
    // CommonJS scripts and configuration (jest.config.js, scripts/complete-lockfile.js).
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The systemledning web app (React, TSX, runs in the browser).
    files: ['dashboard/**/*.{ts,tsx,js,jsx}'],
    languageOptions: { globals: { ...globals.browser }, parserOptions: { ecmaFeatures: { jsx: true } } },
  },
);
