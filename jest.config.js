// One jest run over every project; `tsc -b` type-checks, so the transform only strips types (fast).
const base = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
    // jose ships only ES modules; Node loads them with require(), jest's module system needs CommonJS.
    '^.+\\.js$': ['@swc/jest', { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};

module.exports = {
  // Tests start real databases and servers (seeding samverkan on PostgreSQL takes seconds on a busy
  // machine): jest's 5 s default would make them flaky. This is a hang guard, not a speed assertion.
  // It must stand here: jest-circus reads the timeout from the global config only, and silently
  // ignores `testTimeout` inside `projects` (jestjs/jest#9759).
  testTimeout: 30_000,
  projects: [
    { ...base, displayName: 'packages', roots: ['<rootDir>/packages'] },
    { ...base, displayName: 'subgraphs', roots: ['<rootDir>/subgraphs'] },
    { ...base, displayName: 'gateway', roots: ['<rootDir>/gateway'] },
    // The app's pure functions (CSV, formatting); its views are tested in a real browser (test/*.browser.test.ts).
    { ...base, displayName: 'dashboard', roots: ['<rootDir>/dashboard/src'] },
    // Whole-federation tests start real processes: minutes, not seconds, on a loaded machine.
    // A project cannot carry its own `testTimeout` (see above), so its setup file sets it.
    {
      ...base,
      displayName: 'federation',
      roots: ['<rootDir>/test'],
      setupFilesAfterEnv: ['<rootDir>/test/jest.timeout.ts', '<rootDir>/test/support/matchers.ts'],
    },
  ],
};
