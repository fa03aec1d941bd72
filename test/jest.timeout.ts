// Whole-federation tests start real processes and wait for them: a hang guard of two minutes per test
// and hook (set here because jest ignores `testTimeout` inside a project's config).
jest.setTimeout(120_000);
