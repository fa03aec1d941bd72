import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { activeTraceId, markFailed, SpanKind, startChildSpan, tracingEnabled, type Span } from '@orebro/telemetry';
import type { Logger } from './logger';

/** How a GraphQL request ended, as the access line says it. */
export type AccessOutcome = 'ok' | 'partial' | 'errors';

/** What the access line of one request says; filled in as the request goes (HTTP server, handler, plugin). */
export interface AccessRecord {
  /** `process.hrtime.bigint()` at arrival. */
  startedAt: bigint;
  method: string;
  route: string;
  /** The operation's name (null: anonymous operation; undefined: not known, e.g. refused before parsing). */
  operation?: string | null;
  operationType?: string;
  /** Who called, as the service's `caller` option describes it (never the token). */
  caller?: string | null;
  outcome?: AccessOutcome;
  /** `extensions.code` of each distinct error, in order of first appearance. */
  codes?: string[];
  /** The trace this request belongs to, when tracing is on. */
  traceId?: string;
}

const byRequest = new WeakMap<IncomingMessage, AccessRecord>();
/** On the request's GraphQL context, as an enumerable property: Apollo Server hands plugins a shallow copy of the context. */
const ACCESS = Symbol('access record');

/** Starts the access record of a request (the HTTP server does, for the routes it logs). */
export function beginAccess(req: IncomingMessage, route: string): AccessRecord {
  const record: AccessRecord = { startedAt: process.hrtime.bigint(), method: req.method ?? 'GET', route, traceId: activeTraceId() };
  byRequest.set(req, record);
  return record;
}

/** The request's access record, when its route is logged. */
export function accessRecordOf(req: IncomingMessage): AccessRecord | undefined {
  return byRequest.get(req);
}

/** Lets the plugin find the record of the request a GraphQL context was built for. */
export function linkContext(context: object, record: AccessRecord | undefined): void {
  if (record) Object.defineProperty(context, ACCESS, { value: record, enumerable: true });
}

/**
 * Writes the request's one access line (info level, message `access`): method, route, operation name
 * and type, caller, outcome (`ok`, `partial` = data and errors, `errors`, or `refused` when no GraphQL
 * answer was made, e.g. a rate limit or a bad token), error codes, HTTP status, duration in
 * milliseconds (3 decimals) and trace id. Never headers, variables or the token.
 */
export function writeAccessLine(logger: Logger, record: AccessRecord, res: ServerResponse): void {
  if (!logger.isLevelEnabled('info')) return;
  const durationMs = Math.round(Number(process.hrtime.bigint() - record.startedAt) / 1_000) / 1_000;
  const outcome = record.outcome ?? (res.statusCode >= 400 ? 'refused' : 'ok');
  logger.info(
    {
      method: record.method,
      route: record.route,
      operation: record.operation ?? null,
      operationType: record.operationType,
      caller: record.caller ?? null,
      outcome,
      codes: record.codes && record.codes.length > 0 ? record.codes : undefined,
      status: res.statusCode,
      durationMs,
      trace_id: record.traceId,
    },
    'access',
  );
}

/** Reads the outcome and error codes of a GraphQL JSON answer (used for answers made outside Apollo's plugins). */
export function outcomeOfBody(record: AccessRecord, text: string): void {
  try {
    const parsed = JSON.parse(text) as { data?: unknown; errors?: { extensions?: { code?: unknown } }[] };
    setOutcome(record, parsed.data, parsed.errors);
  } catch {
    // Not JSON: the status code alone says how it went.
  }
}

function setOutcome(record: AccessRecord, data: unknown, errors: readonly { extensions?: { code?: unknown } }[] | undefined): void {
  if (!errors || errors.length === 0) {
    record.outcome = 'ok';
    return;
  }
  record.outcome = data !== null && data !== undefined ? 'partial' : 'errors';
  record.codes = [...new Set(errors.map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : 'UNKNOWN')))];
}

export interface AccessLogPluginOptions<TContext> {
  /** Describes the caller for the access line (e.g. the organisation a verified token speaks for); never return the token. */
  caller?: (context: TContext) => string | null | undefined;
}

/**
 * Fills the access line's GraphQL fields (operation, caller, outcome, codes) and, with tracing on,
 * records a span per operation (`query Name`) and, where cheap, per root field resolved
 * (`resolve Query.field`); deeper fields get none, so a wide answer does not make thousands of spans.
 * Without tracing it adds no resolver hook at all (Apollo wraps resolvers only when one is present).
 */
export function accessLogPlugin<TContext extends BaseContext>(options: AccessLogPluginOptions<TContext> = {}): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue }): Promise<GraphQLRequestListener<TContext>> {
      const record = (contextValue as { [ACCESS]?: AccessRecord })[ACCESS];
      if (record) record.caller = options.caller?.(contextValue) ?? null;
      let span: Span | undefined;
      const tracing = tracingEnabled();
      return {
        async didResolveOperation({ operationName, operation }) {
          if (record) {
            record.operation = operationName;
            record.operationType = operation?.operation;
          }
          if (tracing && operation) {
            span = startChildSpan(`${operation.operation}${operationName ? ` ${operationName}` : ''}`, {
              'graphql.operation.type': operation.operation,
              ...(operationName ? { 'graphql.operation.name': operationName } : {}),
            });
          }
        },
        ...(tracing
          ? {
              async executionDidStart() {
                return {
                  willResolveField({ info }) {
                    if (info.path.prev !== undefined) return;
                    const field = startChildSpan(
                      `resolve ${info.parentType.name}.${info.fieldName}`,
                      { 'graphql.field.path': info.fieldName },
                      SpanKind.INTERNAL,
                    );
                    return (error) => {
                      if (error) markFailed(field, error.message);
                      field?.end();
                    };
                  },
                };
              },
            }
          : {}),
        async willSendResponse({ response, errors, request }) {
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const answerErrors = body?.errors ?? errors;
          if (record) {
            if (record.operation === undefined) record.operation = request.operationName ?? null;
            setOutcome(record, body?.data, answerErrors);
          }
          if (span) {
            if (answerErrors && answerErrors.length > 0) markFailed(span, answerErrors.map((e) => e.extensions?.code ?? e.message).join(', '));
            span.end();
          }
        },
      };
    },
  };
}
