import pino, { type Logger } from 'pino';
import { traceFields } from '@orebro/telemetry';

export type { Logger };

/**
 * Structured JSON logs on stdout, one line per event, from `level` up (a pino level; services pass
 * their LOG_LEVEL setting from their configuration). A line written while a span is active carries its
 * `trace_id` and `span_id` (@orebro/telemetry), so an operator goes from a log line to its trace and back.
 */
export function createLogger(service: string, bindings: Record<string, unknown> = {}, level = 'info'): Logger {
  return pino({
    level,
    base: { service, ...bindings },
    timestamp: pino.stdTimeFunctions.isoTime,
    mixin: traceFields,
    // A token must never reach a log line, whatever logs a request.
    redact: ['req.headers.authorization', 'headers.authorization', '*.authorization'],
  });
}
