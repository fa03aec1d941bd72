import { readFileSync } from 'node:fs';
import { computeResponseFast } from './fast-result-shaping';
import { currentResultShaping, resultShapingFromEnv, useResultShaping } from './result-shaping';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const apolloModule = require('@apollo/gateway/dist/resultShaping') as { computeResponse: unknown };

describe('the GATEWAY_RESULT_SHAPING switch', () => {
  afterEach(() => useResultShaping('fast'));

  it("sets the function Apollo Gateway's executor calls for each answer, and sets Apollo's back", () => {
    const apollos = (useResultShaping('apollo'), apolloModule.computeResponse);
    expect(currentResultShaping()).toBe('apollo');
    useResultShaping('fast');
    expect(apolloModule.computeResponse).toBe(computeResponseFast);
    expect(currentResultShaping()).toBe('fast');
    useResultShaping('apollo');
    expect(apolloModule.computeResponse).toBe(apollos);
  });

  it("is read by Apollo Gateway's executeQueryPlan through the module on every call (a release that binds it once would ignore the switch)", () => {
    const source = readFileSync(require.resolve('@apollo/gateway/dist/executeQueryPlan'), 'utf8');
    expect(source).toContain('require("./resultShaping")');
    expect(source).toMatch(/\(0, resultShaping_1\.computeResponse\)\(/);
  });

  it('reads the variable: unset is fast, apollo or fast by name, anything else refused naming it', () => {
    expect(resultShapingFromEnv(undefined)).toBe('fast');
    expect(resultShapingFromEnv(' Apollo ')).toBe('apollo');
    expect(resultShapingFromEnv('fast')).toBe('fast');
    expect(() => resultShapingFromEnv('compiled')).toThrow(/GATEWAY_RESULT_SHAPING must be fast or apollo, got "compiled"/);
  });
});
