// Whole-federation tests start real processes and wait for them. This is a hang guard, not a speed
// check: ten minutes per test and hook, so a start that is only slow on a loaded machine (each service
// may take up to START_TIMEOUT_MS, five minutes by default) fails with the service's own message
// instead of a hook timeout. Set here because jest ignores `testTimeout` inside a project's config;
// no test file sets a shorter one.
jest.setTimeout(600_000);
