import * as internals from '@apollo/federation-internals';
import type { Operation, Schema } from '@apollo/federation-internals';
import type { GraphQLDataSourceProcessOptions, ServiceMap } from '@apollo/gateway';
import * as planner from '@apollo/query-planner';
import type { FetchNode, PlanNode, QueryPlan, QueryPlanSelectionNode, ResponsePath } from '@apollo/query-planner';
import { markFailed, tracingEnabled, type Span } from '@orebro/telemetry';
import * as graphql from 'graphql';
import type { GraphQLError, GraphQLSchema, OperationDefinitionNode, FragmentDefinitionNode, SelectionNode, VariableDefinitionNode } from 'graphql';
import { computeResponseFast } from '../result-shaping/fast-result-shaping';
import { apolloGateway, type GatewayExecutionResult, type GatewayRequestContext, type OperationContext, type OpenTelemetryConfig } from './apollo-modules';

// Bound once. The packages' index files re-export through property getters, so `internals.assert(...)`
// in a loop runs a getter per call: about 1.5 % of the gateway's CPU on the standard benchmark's answers.
const { operationFromDocument, ERRORS, errorCodeDef } = internals;
const assert: (condition: unknown, message: string | (() => string)) => asserts condition = internals.assert;
const { evaluateCondition } = planner;
const { GraphQLError: GraphQLErrorClass, Kind, OperationTypeNode, executeSync, visit, TypeNameMetaFieldDef } = graphql;
const { applyRewrites, isObjectOfType } = apolloGateway.dataRewrites;
const { tracer, OpenTelemetrySpanNames, recordExceptions } = apolloGateway.opentelemetry;
const hasOwn = Object.prototype.hasOwnProperty;
/** Apollo's GraphQLDataSourceRequestKind.INCOMING_OPERATION: the enum is exported only from the package's dist. */
const INCOMING_OPERATION = 'IncomingOperation' as Extract<GraphQLDataSourceProcessOptions, { incomingRequestContext: unknown }>['kind'];

type ResultMap = Record<string, unknown>;

interface ResultCursor {
  path: ResponsePath;
  data: ResultMap | ResultMap[];
  fullResult: ResultMap;
}

interface ExecutionContext {
  operationContext: OperationContext;
  operation: Operation;
  serviceMap: ServiceMap;
  requestContext: GatewayRequestContext;
  supergraphSchema: GraphQLSchema;
  errors: GraphQLError[];
  telemetryConfig: OpenTelemetryConfig | undefined;
}

/**
 * Executes a cached query plan: Apollo Gateway's `executeQueryPlan` (executeQueryPlan.js of
 * @apollo/gateway 2.14.4) ported with the same algorithm, answers and errors, and its hot spots
 * rewritten (issue 17; measured on the standard benchmark's nested query):
 *   - the cursor into the merged data (`flattenResultsAtPath`) walks the path by index instead of
 *     splitting it with `[head, ...rest]` at every level and `flatMap` at every list (5 % of the
 *     gateway's CPU, and garbage for every entity);
 *   - representations (`executeSelectionSet`) and merging (`deepMerge`) read each value once;
 *   - the operation for result shaping is read from the document once per parsed document, not per
 *     request (a WeakMap on the cached document's operation node);
 *   - no usage-reporting trace nodes are built unless traces are captured (then Apollo's own executor
 *     runs: Apollo Studio's trace format is its business), and OpenTelemetry spans are made only when
 *     tracing is on (@orebro/telemetry), with Apollo's span names.
 * Installed by `usePlanExecution` (plan-execution.ts); the differential test
 * (execute-query-plan.test.ts) runs every example and damaged subgraph answers through both.
 *
 * Shapes: the arguments and result are Apollo Gateway's (`ServiceMap`, `GatewayExecutionResult`).
 * Errors: subgraph errors and unanswered fetches become `errors` in the result, as Apollo's; only a
 * malformed plan or merged data throws (an assertion naming the problem), as Apollo's does.
 */
export async function executeQueryPlanFast(
  queryPlan: QueryPlan,
  serviceMap: ServiceMap,
  requestContext: GatewayRequestContext,
  operationContext: OperationContext,
  supergraphSchema: GraphQLSchema,
  apiSchema: Schema,
  telemetryConfig?: OpenTelemetryConfig,
): Promise<GatewayExecutionResult> {
  if (requestContext.metrics?.captureTraces) {
    return apolloGateway.originalExecuteQueryPlan(queryPlan, serviceMap, requestContext, operationContext, supergraphSchema, apiSchema, telemetryConfig);
  }
  return inSpan(OpenTelemetrySpanNames.EXECUTE, undefined, async (span) => {
    try {
      let operation: Operation;
      try {
        operation = operationOf(apiSchema, operationContext);
      } catch (error) {
        if (error instanceof GraphQLErrorClass) return { errors: [error] };
        throw error;
      }
      const context: ExecutionContext = {
        operationContext,
        operation,
        serviceMap,
        requestContext,
        supergraphSchema,
        errors: [],
        telemetryConfig,
      };
      const unfilteredData = Object.create(null) as ResultMap;
      if (queryPlan.node?.kind === 'Subscription') throw new Error('Execution of subscriptions not supported by gateway');
      if (queryPlan.node) await executeNode(context, queryPlan.node, { path: [], data: unfilteredData, fullResult: unfilteredData });
      const result = await inSpan(OpenTelemetrySpanNames.POST_PROCESSING, undefined, (postSpan) =>
        Promise.resolve(shapeResult(context, unfilteredData, postSpan)),
      );
      if (result.errors) failed(span, result.errors, telemetryConfig);
      return result;
    } catch (error) {
      failed(span, [error], telemetryConfig);
      throw error;
    }
  });
}

/** Apollo's post-processing step: the merged data shaped into the answer, errors of shaping reported as Apollo does. */
function shapeResult(context: ExecutionContext, unfilteredData: ResultMap, span: Span | undefined): GatewayExecutionResult {
  const { operation, operationContext, requestContext, errors, telemetryConfig } = context;
  const variables = requestContext.request.variables;
  try {
    const { data, errors: postProcessingErrors } = computeResponseFast({
      operation,
      variables,
      input: unfilteredData,
      introspectionHandling: (field) =>
        executeIntrospection(operationContext.schema, field.expandFragments().toSelectionNode(), operationContext.operation.variableDefinitions, variables),
    });
    if (errors.length === 0 && postProcessingErrors.length > 0) {
      failed(span, postProcessingErrors, telemetryConfig);
      return { extensions: { valueCompletion: postProcessingErrors }, data };
    }
    return errors.length === 0 ? { data } : { errors, data };
  } catch (error) {
    failed(span, [error], telemetryConfig);
    if (error instanceof GraphQLErrorClass) return { errors: [error] };
    if (error instanceof Error) return { errors: [new GraphQLErrorClass(error.message, { originalError: error })] };
    (requestContext.logger ?? console).error(`Unexpected error during query plan execution: ${String(error)}`);
    return { errors: [new GraphQLErrorClass('Unexpected error during query plan execution')] };
  }
}

const operations = new WeakMap<Schema, WeakMap<OperationDefinitionNode, Operation>>();

/**
 * The federation-internals Operation of the request's document. Apollo builds it on every request;
 * it depends only on the API schema and the document (its operation and fragments), and Apollo
 * Server hands the same parsed document to every request with the same text, so it is kept per
 * operation node (weakly: a document dropped from Apollo Server's cache drops it here).
 */
function operationOf(apiSchema: Schema, operationContext: OperationContext): Operation {
  let bySchema = operations.get(apiSchema);
  if (!bySchema) operations.set(apiSchema, (bySchema = new WeakMap()));
  let operation = bySchema.get(operationContext.operation);
  if (!operation) {
    const fragments = Object.values(operationContext.fragments) as FragmentDefinitionNode[];
    operation = operationFromDocument(apiSchema, { kind: Kind.DOCUMENT, definitions: [operationContext.operation, ...fragments] }, { validate: false });
    bySchema.set(operationContext.operation, operation);
  }
  return operation;
}

async function executeNode(context: ExecutionContext, node: PlanNode, cursor: ResultCursor | undefined): Promise<void> {
  if (!cursor) return;
  switch (node.kind) {
    case 'Sequence':
      for (const child of node.nodes) await executeNode(context, child, cursor);
      return;
    case 'Parallel':
      await Promise.all(node.nodes.map((child) => executeNode(context, child, cursor)));
      return;
    case 'Flatten':
      return executeNode(context, node.node, moveIntoCursor(cursor, node.path));
    case 'Fetch':
      try {
        await executeFetch(context, node, cursor);
      } catch (error) {
        context.errors.push(error as GraphQLError);
      }
      return;
    case 'Condition': {
      const condition = evaluateCondition(node, context.operation.variableDefinitions, context.requestContext.request.variables);
      const picked = condition ? node.ifClause : node.elseClause;
      if (picked) await executeNode(context, picked, cursor);
      return;
    }
    case 'Defer':
      assert(false, `@defer support is not available in the gateway`);
  }
}

async function executeFetch(context: ExecutionContext, fetch: FetchNode, cursor: ResultCursor): Promise<void> {
  const service = context.serviceMap[fetch.serviceName];
  return inSpan(OpenTelemetrySpanNames.FETCH, { service: fetch.serviceName }, async (span) => {
    try {
      if (!service) throw new Error(`Couldn't find service with name "${fetch.serviceName}"`);
      const entities: ResultMap[] = [];
      if (Array.isArray(cursor.data)) {
        for (const entity of cursor.data) if (entity !== null && entity !== undefined) entities.push(entity);
      } else entities.push(cursor.data);
      if (entities.length < 1) return;

      const variables = Object.create(null) as ResultMap;
      const provided = context.requestContext.request.variables;
      if (fetch.variableUsages && provided) {
        for (const name of fetch.variableUsages) {
          if (hasOwn.call(provided, name) && typeof provided[name] !== 'undefined') variables[name] = provided[name];
        }
      }

      if (!fetch.requires) {
        const received = await sendOperation(context, fetch, cursor, variables);
        if (received) applyRewrites(context.supergraphSchema, fetch.outputRewrites, received);
        for (const entity of entities) deepMerge(entity, received);
        return;
      }

      const requires = fetch.requires;
      const representations: ResultMap[] = [];
      const representationToEntity: number[] = [];
      for (let index = 0; index < entities.length; index++) {
        const representation = executeSelectionSet(context.supergraphSchema, entities[index], requires);
        if (representation && representation[TypeNameMetaFieldDef.name]) {
          applyRewrites(context.supergraphSchema, fetch.inputRewrites, representation);
          representations.push(representation);
          representationToEntity.push(index);
        }
      }
      if (representations.length < 1) return;
      if ('representations' in variables) throw new Error(`Variables cannot contain key "representations"`);
      // Object.assign keeps Apollo's body byte for byte (representations last); `{ ...variables, representations }`
      // would make a new hidden class per fetch on Node 20.
      const received = await sendOperation(context, fetch, cursor, Object.assign({}, variables, { representations }));
      if (!received) return;
      const receivedEntities = received._entities;
      if (!(receivedEntities && Array.isArray(receivedEntities))) throw new Error(`Expected "data._entities" in response to be an array`);
      if (receivedEntities.length !== representations.length) throw new Error(`Expected "data._entities" to contain ${representations.length} elements`);
      // Apollo loops to `entities.length` here (not the representations'); kept, answers stay the same.
      for (let i = 0; i < entities.length; i++) {
        const receivedEntity = receivedEntities[i] as ResultMap | null | undefined;
        const existingEntity = entities[representationToEntity[i]];
        if (receivedEntity && !receivedEntity.__typename) receivedEntity.__typename = existingEntity.__typename;
        applyRewrites(context.supergraphSchema, fetch.outputRewrites, receivedEntity);
        deepMerge(entities[representationToEntity[i]], receivedEntity);
      }
    } catch (error) {
      failed(span, [error], context.telemetryConfig);
      throw error;
    }
  });
}

async function sendOperation(context: ExecutionContext, fetch: FetchNode, cursor: ResultCursor, variables: ResultMap): Promise<ResultMap | null | undefined> {
  const { requestContext } = context;
  const response = await context.serviceMap[fetch.serviceName].process({
    kind: INCOMING_OPERATION,
    request: { query: fetch.operation, variables, operationName: fetch.operationName },
    incomingRequestContext: requestContext,
    context: requestContext.context,
    document: fetch.operationDocumentNode,
    pathInIncomingRequest: cursor.path as never,
  });
  if (response.errors) {
    const errorPath = lazyErrorPathGenerator(fetch, cursor);
    context.errors.push(...response.errors.map((error) => downstreamServiceError(error as GraphQLError, fetch.serviceName, errorPath)));
    if (!response.extensions?.ftv1) {
      const errorPaths = response.errors.map((error) => ({ subgraph: fetch.serviceName, path: error.path }));
      const metrics = requestContext.metrics as { nonFtv1ErrorPaths?: typeof errorPaths };
      if (metrics.nonFtv1ErrorPaths) metrics.nonFtv1ErrorPaths.push(...errorPaths);
      else metrics.nonFtv1ErrorPaths = errorPaths;
    }
  }
  return response.data;
}

/**
 * Apollo's `executeSelectionSet`: the representation of an entity for a fetch's `requires`
 * (null when a required field is missing), each value read once.
 */
function executeSelectionSet(schema: GraphQLSchema, source: ResultMap | null, selections: QueryPlanSelectionNode[]): ResultMap | null {
  if (source === null) return null;
  const result = Object.create(null) as ResultMap;
  for (let i = 0; i < selections.length; i++) {
    const selection = selections[i];
    if (selection.kind === 'Field') {
      const responseName = selection.alias ? selection.alias : selection.name;
      const value = hasOwn.call(source, responseName) ? source[responseName] : undefined;
      if (value === undefined) return null;
      const inner = selection.selections;
      if (Array.isArray(value)) {
        const list = new Array<unknown>(value.length);
        for (let j = 0; j < value.length; j++) list[j] = inner ? executeSelectionSet(schema, value[j] as ResultMap | null, inner) : value[j];
        result[responseName] = list;
      } else result[responseName] = inner ? executeSelectionSet(schema, value as ResultMap | null, inner) : value;
    } else {
      if (!selection.typeCondition) continue;
      if (isObjectOfType(schema, source, selection.typeCondition)) deepMerge(result, executeSelectionSet(schema, source, selection.selections));
    }
  }
  return result;
}

function moveIntoCursor(cursor: ResultCursor, pathInCursor: ResponsePath): ResultCursor | undefined {
  const data = flattenResultsAtPath(cursor.data, pathInCursor, 0) as ResultCursor['data'] | null | undefined;
  return data ? { path: cursor.path.concat(pathInCursor), data, fullResult: cursor.fullResult } : undefined;
}

/**
 * Apollo's `flattenResultsAtPath`: the values at `path` (from `index`) below `value`, a list where the
 * path crosses a list (`@`), with a list found at a `@` spread one level into it, as `flatMap` does.
 */
function flattenResultsAtPath(value: unknown, path: ResponsePath, index: number): unknown {
  if (index === path.length) return value;
  if (value === undefined || value === null) return value;
  const current = path[index];
  if (current === '@') {
    assert(Array.isArray(value), () => `Unexpected non-list value in result for path element @`);
    const list = value as unknown[];
    const flattened: unknown[] = [];
    for (let i = 0; i < list.length; i++) {
      const inner = flattenResultsAtPath(list[i], path, index + 1);
      if (Array.isArray(inner)) for (let j = 0; j < inner.length; j++) flattened.push(inner[j]);
      else flattened.push(inner);
    }
    return flattened;
  }
  assert(typeof current === 'string', () => `Unexpected ${typeof current} found in path`);
  assert(!Array.isArray(value), () => `Unexpected array in result for path element ${current}`);
  const object = value as ResultMap;
  return flattenResultsAtPath(hasOwn.call(object, current) ? object[current] : undefined, path, index + 1);
}

/**
 * Apollo's `deepMerge` (utilities/deepMerge.js): `source` merged into `target` in place, objects
 * field by field, lists of equal length element by element; each value read once.
 */
export function deepMerge(target: ResultMap, source: ResultMap | null | undefined): ResultMap {
  if (source === undefined || source === null) return target;
  const keys = Object.keys(source);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    const sourceValue = source[key];
    if (sourceValue === undefined) continue;
    // Apollo's defineOwn: an inherited property of that name (a `constructor` field on a plain
    // object, say) is shadowed by an own one before it is read or written.
    if (!hasOwn.call(target, key) && key in target) {
      Object.defineProperty(target, key, { configurable: true, enumerable: true, value: undefined, writable: true });
    }
    const targetValue = target[key];
    if (targetValue && isObject(sourceValue)) {
      deepMerge(targetValue as ResultMap, sourceValue as ResultMap);
    } else if (Array.isArray(sourceValue) && Array.isArray(targetValue) && sourceValue.length === targetValue.length) {
      for (let i = 0; i < sourceValue.length; i++) {
        if (isObject(targetValue[i]) && isObject(sourceValue[i])) deepMerge(targetValue[i] as ResultMap, sourceValue[i] as ResultMap);
        else targetValue[i] = sourceValue[i];
      }
    } else {
      target[key] = sourceValue;
    }
  }
  return target;
}

function isObject(value: unknown): boolean {
  return value !== undefined && value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Apollo's error path for a subgraph error: into the merged item it belongs to (hydrated lazily, once per fetch). */
function lazyErrorPathGenerator(fetch: FetchNode, cursor: ResultCursor): (errorPath: GraphQLError['path']) => ResponsePath | undefined {
  let hydratedPaths: ResponsePath[] | undefined;
  return (errorPath) => {
    if (fetch.requires && typeof errorPath?.[1] === 'number') {
      if (!hydratedPaths) {
        hydratedPaths = [];
        apolloGateway.generateHydratedPaths([], cursor.path, cursor.fullResult, hydratedPaths);
      }
      return [...(hydratedPaths[errorPath[1]] ?? []), ...errorPath.slice(2)];
    }
    return errorPath ? [...cursor.path, ...errorPath.slice()] : undefined;
  };
}

function downstreamServiceError(
  originalError: GraphQLError,
  serviceName: string,
  generateErrorPath: (errorPath: GraphQLError['path']) => ResponsePath | undefined,
): GraphQLError {
  const { extensions } = originalError;
  const message = originalError.message || `Error while fetching subquery from service "${serviceName}"`;
  const options = { originalError, path: generateErrorPath(originalError.path), extensions: { ...extensions, serviceName } };
  const codeDef = errorCodeDef(originalError);
  if (!codeDef && extensions?.code) return new GraphQLErrorClass(message, options);
  return (codeDef ?? ERRORS.DOWNSTREAM_SERVICE_ERROR).err(message, options);
}

/** Apollo's introspection step: `__schema`/`__type` answered by graphql-js against the API schema. */
function executeIntrospection(
  schema: GraphQLSchema,
  selection: SelectionNode,
  variableDefinitions: readonly VariableDefinitionNode[] | undefined,
  variableValues: Record<string, unknown> | undefined,
): unknown {
  const used = new Set<string>();
  visit(selection, { Variable: ({ name }) => void used.add(name.value) });
  const usedDefinitions = variableDefinitions?.filter((definition) => used.has(definition.variable.name.value));
  assert(used.size === (usedDefinitions?.length ?? 0), () => `Should have found all used variables ${[...used].join(',')} in definitions`);
  const { data, errors } = executeSync({
    schema,
    document: {
      kind: Kind.DOCUMENT,
      definitions: [
        {
          kind: Kind.OPERATION_DEFINITION,
          operation: OperationTypeNode.QUERY,
          variableDefinitions: usedDefinitions,
          selectionSet: { kind: Kind.SELECTION_SET, selections: [selection] },
        },
      ],
    },
    rootValue: {},
    variableValues,
  });
  assert(!errors || errors.length === 0, () => `Introspection query should not have failed but got ${JSON.stringify(errors)}`);
  assert(data, () => `Introspection query should not have failed`);
  const field = selection as graphql.FieldNode;
  const responseName = field.alias?.value ?? field.name.value;
  return hasOwn.call(data, responseName) ? (data as Record<string, unknown>)[responseName] : undefined;
}

/** Apollo's recording of a failure on its span (the exceptions as its telemetry settings say), and the span's status. */
function failed(span: Span | undefined, errors: readonly unknown[], config: OpenTelemetryConfig | undefined): void {
  if (!span) return;
  recordExceptions(span, errors, config);
  markFailed(span, errors.length ? String((errors[0] as Error).message) : 'failed');
}

/** A span named as Apollo names it when tracing is on (@orebro/telemetry); otherwise none, at no cost. */
function inSpan<T>(name: string, attributes: Record<string, string> | undefined, work: (span: Span | undefined) => Promise<T>): Promise<T> {
  if (!tracingEnabled()) return work(undefined);
  return tracer.startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await work(span);
    } finally {
      span.end();
    }
  });
}
