import pino, { type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs on stdout, one line per event; LOG_LEVEL sets the threshold. */
export function createLogger(service: string, bindings: Record<string, unknown> = {}): Logger {
  return pino({
    level: process.env.LOG_LEVEL ?? 'info',
    base: { service, ...bindings },
    timestamp: pino.stdTimeFunctions.isoTime,
    // A token must never reach a log line, whatever logs a request.
    redact: ['req.headers.authorization', 'headers.authorization', '*.authorization'],
  });
}
