import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Attributes, type Span } from '@opentelemetry/api';
// Types only: the SDK and the exporter are loaded when tracing starts (see `loadSdk`).
import type { SpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

export type { Span, Attributes };
export { SpanKind };

/** The environment tracing is configured from: `process.env` in a service, any object in a test. */
export type TelemetryEnv = Record<string, string | undefined>;

export interface TracingOptions {
  /** `service.name` of every span, e.g. `gateway` or `kommun-1880`; OTEL_SERVICE_NAME overrides it. */
  serviceName: string;
  /** More resource attributes, e.g. `{ 'service.instance.id': ... }`; OTEL_RESOURCE_ATTRIBUTES overrides them. */
  attributes?: Attributes;
  /**
   * Where finished spans go instead of (not besides) the OTLP exporter: a test passes a
   * SimpleSpanProcessor over an InMemorySpanExporter. Given, tracing is on whatever the environment says.
   */
  spanProcessors?: SpanProcessor[];
  /** The environment to read OTEL_* from (the process.env the entry point passes); none given: tracing stays off unless spanProcessors are. */
  env?: TelemetryEnv;
}

/** The tracer every span of ours is started on (a no-op one until `startTracing` registers a provider). */
const tracer = trace.getTracer('@orebro/telemetry');

let provider: NodeTracerProvider | undefined;

/**
 * Whether spans are recorded in this process. Hot paths test this first and do nothing else when
 * false: no span objects, no context switches, no header injection.
 */
export function tracingEnabled(): boolean {
  return provider !== undefined;
}

/**
 * Whether the environment asks for export: an OTLP endpoint is set (OTEL_EXPORTER_OTLP_ENDPOINT or
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT), the SDK is not disabled (OTEL_SDK_DISABLED) and OTEL_TRACES_EXPORTER
 * is not `none`. Only `otlp` is supported as OTEL_TRACES_EXPORTER; another value fails naming it.
 */
export function tracingWanted(env: TelemetryEnv): boolean {
  if ((env.OTEL_SDK_DISABLED ?? '').trim().toLowerCase() === 'true') return false;
  const exporter = (env.OTEL_TRACES_EXPORTER ?? 'otlp').trim().toLowerCase();
  if (exporter === 'none') return false;
  if (exporter !== 'otlp' && exporter !== '')
    throw new Error(`Invalid configuration: OTEL_TRACES_EXPORTER must be "otlp" or "none", got "${env.OTEL_TRACES_EXPORTER}".`);
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
}

/**
 * Registers the process's tracer provider (W3C trace context propagation, AsyncLocalStorage context)
 * when the environment asks for export (see `tracingWanted`) or span processors are given; otherwise
 * does nothing and every span of ours stays a no-op. The OTLP/HTTP exporter (JSON) reads the standard
 * OTEL_EXPORTER_OTLP_* variables (endpoint, headers, timeout, compression), the batch processor
 * OTEL_BSP_*, the sampler OTEL_TRACES_SAMPLER(_ARG) (default: follow the caller's `traceparent`, else
 * sample all). Returns whether tracing is on. Throws if tracing is already started in this process.
 */
export function startTracing(options: TracingOptions): boolean {
  if (provider) throw new Error('Tracing is already started in this process: call startTracing once, at process start.');
  if (!options.spanProcessors && !tracingWanted(options.env ?? {})) return false;
  const sdk = loadSdk();
  const ours = sdk.resources.resourceFromAttributes({ ...options.attributes, 'service.name': options.serviceName });
  // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES win over ours, as every OpenTelemetry SDK does.
  const resource = ours.merge(sdk.resources.detectResources({ detectors: [sdk.resources.envDetector] }));
  const spanProcessors = options.spanProcessors ?? [new sdk.node.BatchSpanProcessor(new sdk.exporter.OTLPTraceExporter())];
  provider = new sdk.node.NodeTracerProvider({ resource, spanProcessors });
  provider.register();
  return true;
}

/**
 * The SDK, the resource helpers and the OTLP exporter, required on first use: loading them takes
 * about a second of CPU on a busy machine, which every service (fifteen at once under `npm start`)
 * would otherwise pay at start with tracing off.
 */
function loadSdk() {
  /* eslint-disable @typescript-eslint/no-require-imports -- deliberately lazy, see above */
  return {
    node: require('@opentelemetry/sdk-trace-node') as typeof import('@opentelemetry/sdk-trace-node'),
    resources: require('@opentelemetry/resources') as typeof import('@opentelemetry/resources'),
    exporter: require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http'),
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
}

/**
 * Sends the spans still buffered and unregisters the provider (a service calls it last when it stops;
 * a test calls it to start again with other processors). Without tracing, does nothing.
 */
export async function stopTracing(): Promise<void> {
  const stopping = provider;
  if (!stopping) return;
  provider = undefined;
  await stopping.shutdown();
  trace.disable();
  context.disable();
  propagation.disable();
}

/**
 * Runs `work` in a SERVER span continuing the caller's trace (W3C `traceparent`/`tracestate` in
 * `headers`), ended when `work` settles; a thrown error is recorded and rethrown. Without tracing,
 * runs `work` with no span at all (undefined).
 */
export function inServerSpan<T>(
  headers: Record<string, string | string[] | undefined>,
  name: string,
  attributes: Attributes,
  work: (span: Span | undefined) => Promise<T>,
): Promise<T> {
  if (!provider) return work(undefined);
  const parent = propagation.extract(ROOT_CONTEXT, headers);
  const span = tracer.startSpan(name, { kind: SpanKind.SERVER, attributes }, parent);
  return context.with(trace.setSpan(parent, span), () => endWhenSettled(span, work(span)));
}

/**
 * Runs `work` in a CLIENT span, a child of the active span, giving it `headers` with the W3C trace
 * context of that span added: the outgoing request carries them, so the server continues the trace.
 * Without tracing, or outside any span (background work such as a periodic schema refresh, which
 * would otherwise start a trace of its own every time), `work` gets `headers` unchanged and no span.
 */
export function inClientSpan<T>(
  name: string,
  attributes: Attributes,
  headers: Record<string, string>,
  work: (headers: Record<string, string>, span: Span | undefined) => Promise<T>,
): Promise<T> {
  if (!provider || !trace.getActiveSpan()) return work(headers, undefined);
  const span = tracer.startSpan(name, { kind: SpanKind.CLIENT, attributes });
  const active = trace.setSpan(context.active(), span);
  const carrier = { ...headers };
  propagation.inject(active, carrier);
  return context.with(active, () => endWhenSettled(span, work(carrier, span)));
}

/**
 * A span for work already done, e.g. an SQL statement reported after it ran with its duration: a child
 * of the active span, from `endTime - durationMs` to `endTime` (epoch milliseconds). `error` marks it
 * failed. Outside any span (start-up work such as migrations) none is made.
 */
export function recordFinishedSpan(
  name: string,
  timing: { durationMs: number; endTime?: number },
  attributes: Attributes,
  options: { kind?: SpanKind; error?: string } = {},
): void {
  if (!provider || !trace.getActiveSpan()) return;
  const endTime = timing.endTime ?? Date.now();
  const span = tracer.startSpan(name, { kind: options.kind ?? SpanKind.INTERNAL, attributes, startTime: endTime - timing.durationMs });
  if (options.error !== undefined) span.setStatus({ code: SpanStatusCode.ERROR, message: options.error });
  span.end(endTime);
}

/** A child span of the active one, for the caller to end (e.g. a GraphQL operation seen through hooks). Undefined without tracing. */
export function startChildSpan(name: string, attributes: Attributes, kind: SpanKind = SpanKind.INTERNAL): Span | undefined {
  if (!provider) return undefined;
  return tracer.startSpan(name, { kind, attributes });
}

/** Marks `span` failed with `message` (no-op for undefined). */
export function markFailed(span: Span | undefined, message: string): void {
  span?.setStatus({ code: SpanStatusCode.ERROR, message });
}

/**
 * The active span's ids as log fields (`trace_id`, `span_id`, lower-case hex as in `traceparent`), or
 * no fields outside a span or without tracing. Meant for pino's `mixin`, called on every log line; a
 * new object each time, as pino merges the line's own fields into the one it gets.
 */
export function traceFields(): { trace_id?: string; span_id?: string } {
  if (!provider) return {};
  const span = trace.getActiveSpan();
  if (!span) return {};
  const { traceId, spanId } = span.spanContext();
  return { trace_id: traceId, span_id: spanId };
}

/** The active trace's id (32 hex digits), or undefined outside a span or without tracing. */
export function activeTraceId(): string | undefined {
  return traceFields().trace_id;
}

function endWhenSettled<T>(span: Span, running: Promise<T>): Promise<T> {
  return running.then(
    (value) => {
      span.end();
      return value;
    },
    (error: unknown) => {
      span.recordException(error instanceof Error ? error : String(error));
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
      span.end();
      throw error;
    },
  );
}
