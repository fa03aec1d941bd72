import { apolloGateway } from './apollo-modules';
import { executeQueryPlanFast } from './execute-query-plan';

/**
 * How the gateway executes a cached query plan (GATEWAY_PLAN_EXECUTION): `fast` (default) our port of
 * Apollo Gateway's executor with its hot spots rewritten and our result shaping
 * (execute-query-plan.ts, ../result-shaping/fast-result-shaping.ts); `apollo` Apollo Gateway's own
 * executor and result shaping, kept to compare against. Planning is Apollo's either way.
 */
export type PlanExecution = 'fast' | 'apollo';

export const PLAN_EXECUTIONS: readonly PlanExecution[] = ['fast', 'apollo'];

const { executeQueryPlanModule, originalExecuteQueryPlan } = apolloGateway;

/**
 * Chooses the executor for every gateway in this process (Apollo Gateway's module state, shared by
 * all of them): the last call wins.
 */
export function usePlanExecution(execution: PlanExecution): void {
  executeQueryPlanModule.executeQueryPlan = execution === 'fast' ? executeQueryPlanFast : originalExecuteQueryPlan;
}

/** Which executor is installed now. */
export function currentPlanExecution(): PlanExecution {
  return executeQueryPlanModule.executeQueryPlan === originalExecuteQueryPlan ? 'apollo' : 'fast';
}

/** GATEWAY_PLAN_EXECUTION from an environment value; unset is `fast`, anything unknown fails naming the variable. */
export function planExecutionFromEnv(value: string | undefined): PlanExecution {
  const text = value?.trim().toLowerCase();
  if (!text) return 'fast';
  if ((PLAN_EXECUTIONS as readonly string[]).includes(text)) return text as PlanExecution;
  throw new Error(`Invalid configuration: GATEWAY_PLAN_EXECUTION must be ${PLAN_EXECUTIONS.join(' or ')}, got "${value}".`);
}
