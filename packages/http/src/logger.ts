import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs on stdout, one line per event, from `level` up (a pino level; services pass
 * their LOG_LEVEL setting from their configuration).
 */
export function createLogger(service: string, bindings: Record<string, unknown> = {}, level = 'info'): Logger {
  return pino({
    level,
    base: { service, ...bindings },
    timestamp: pino.stdTimeFunctions.isoTime,
    // A token must never reach a log line, whatever logs a request.
    redact: ['req.headers.authorization', 'headers.authorization', '*.authorization'],
  });
}
