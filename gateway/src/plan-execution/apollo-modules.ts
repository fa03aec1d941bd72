/* eslint-disable @typescript-eslint/no-require-imports */
import type { executeQueryPlan } from '@apollo/gateway';
import type { FetchDataRewrite, ResponsePath } from '@apollo/query-planner';
import type { Span, Tracer } from '@opentelemetry/api';
import type { GraphQLSchema } from 'graphql';

/** Apollo Gateway's executor, its signature as its index exports it. */
export type ExecuteQueryPlan = typeof executeQueryPlan;
/** Apollo Gateway's per-request context (from @apollo/server-gateway-interface). */
export type GatewayRequestContext = Parameters<ExecuteQueryPlan>[2];
/** Apollo Gateway's operation context: the request's operation, fragments and API schema. */
export type OperationContext = Parameters<ExecuteQueryPlan>[3];
/** Apollo Gateway's OpenTelemetry settings. */
export type OpenTelemetryConfig = NonNullable<Parameters<ExecuteQueryPlan>[6]>;
/** What the executor answers. */
export type GatewayExecutionResult = Awaited<ReturnType<ExecuteQueryPlan>>;

interface ExecuteQueryPlanModule {
  executeQueryPlan: ExecuteQueryPlan;
  generateHydratedPaths(parent: ResponsePath, path: ResponsePath, data: Record<string, unknown> | null, result: ResponsePath[]): void;
}

// Modules of @apollo/gateway 2.14.4 that its index does not export. Apollo Gateway calls
// `executeQueryPlan` through its module's exports object on every request (`(0,
// executeQueryPlan_1.executeQueryPlan)(...)` in index.js), so the function set there is the one
// used; there is no option for it. plan-execution.test.ts checks these paths and that call shape,
// so a release that moves them fails there, not silently in production.
const executeQueryPlanModule = require('@apollo/gateway/dist/executeQueryPlan') as ExecuteQueryPlanModule;

export const apolloGateway = {
  executeQueryPlanModule,
  /** Apollo's own executor, as loaded (before any switch). */
  originalExecuteQueryPlan: executeQueryPlanModule.executeQueryPlan,
  generateHydratedPaths: executeQueryPlanModule.generateHydratedPaths,
  dataRewrites: require('@apollo/gateway/dist/dataRewrites') as {
    applyRewrites(schema: GraphQLSchema, rewrites: FetchDataRewrite[] | undefined, value: Record<string, unknown> | null | undefined): void;
    isObjectOfType(schema: GraphQLSchema, object: Record<string, unknown>, typeCondition: string): boolean;
  },
  opentelemetry: require('@apollo/gateway/dist/utilities/opentelemetry') as {
    tracer: Tracer;
    OpenTelemetrySpanNames: { EXECUTE: string; FETCH: string; POST_PROCESSING: string };
    recordExceptions(span: Span, exceptions: readonly unknown[], config?: OpenTelemetryConfig): void;
  },
};
