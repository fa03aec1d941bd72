import { NotFoundError } from '@mikro-orm/core';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

export function notFound(what: string, field?: string): GraphQLError {
  return new GraphQLError(`${what} was not found.`, { extensions: { code: 'NOT_FOUND', ...(field ? { field } : {}) } });
}

export function badUserInput(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) } });
}

/**
 * A write based on a version the caller read, when the stored record has moved on: refused with
 * nothing saved. `currentVersion` is left out when a concurrent writer won between read and write.
 */
export function staleWrite(what: string, currentVersion?: number): GraphQLError {
  const detail = currentVersion === undefined ? 'it was changed meanwhile' : `it is at version ${currentVersion}`;
  return new GraphQLError(`${what} has changed since you read it (${detail}); read it again and retry. Nothing was saved.`, {
    extensions: { code: 'CONFLICT', field: 'expectedVersion', ...(currentVersion === undefined ? {} : { currentVersion }) },
  });
}

/** The one place that maps storage errors to stable codes, and keeps internals out of responses. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof NotFoundError) {
    return { ...formatted, message: original.message, extensions: { ...formatted.extensions, code: 'NOT_FOUND' } };
  }
  if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR') {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions;
    return { ...formatted, message: 'Internal server error.', extensions };
  }
  return formatted;
}
