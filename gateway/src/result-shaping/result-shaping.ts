import { computeResponseFast } from './fast-result-shaping';

/**
 * How the gateway shapes the merged data of an executed query plan into the answer (GATEWAY_RESULT_SHAPING):
 * `fast` (default) our port of Apollo's algorithm that reads the operation once per answer
 * (fast-result-shaping.ts); `apollo` Apollo Gateway's own `computeResponse`, kept to compare against.
 * The rest of plan execution (fetches, merging, errors of subgraphs) is Apollo Gateway's either way.
 */
export type ResultShaping = 'fast' | 'apollo';

export const RESULT_SHAPINGS: readonly ResultShaping[] = ['fast', 'apollo'];

type ResultShapingModule = { computeResponse: (...args: never[]) => unknown };

// Apollo Gateway's executeQueryPlan calls `computeResponse` through this module's exports object on
// every answer, so the function set here is the one used; there is no option for it. The module
// path is checked at start-up by the switch's test (result-shaping.test.ts), so a release of
// @apollo/gateway that moves it fails there, not silently in production.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const apolloModule = require('@apollo/gateway/dist/resultShaping') as ResultShapingModule;
const apolloComputeResponse = apolloModule.computeResponse;

/**
 * Chooses the result shaping for every gateway in this process (the function is Apollo Gateway's
 * module state, shared by all of them): the last call wins.
 */
export function useResultShaping(shaping: ResultShaping): void {
  apolloModule.computeResponse = (shaping === 'fast' ? computeResponseFast : apolloComputeResponse) as ResultShapingModule['computeResponse'];
}

/** Which shaping is installed now. */
export function currentResultShaping(): ResultShaping {
  return apolloModule.computeResponse === apolloComputeResponse ? 'apollo' : 'fast';
}

/** GATEWAY_RESULT_SHAPING from an environment value; unset is `fast`, anything unknown fails naming the variable. */
export function resultShapingFromEnv(value: string | undefined): ResultShaping {
  const text = value?.trim().toLowerCase();
  if (!text) return 'fast';
  if ((RESULT_SHAPINGS as readonly string[]).includes(text)) return text as ResultShaping;
  throw new Error(`Invalid configuration: GATEWAY_RESULT_SHAPING must be ${RESULT_SHAPINGS.join(' or ')}, got "${value}".`);
}
