import type { GraphQLFormattedError } from 'graphql';

/**
 * graphql-js ends many messages with a suggestion: `Did you mean "bodies"?`, `Did you mean the enum
 * value "COUNCIL"?`. With introspection off they would still spell the schema out, one guess at a
 * time. Validation, variable coercion and execution all phrase it this way, so the sentence is cut
 * from the final message whichever stage wrote it (graphql-armor's blockFieldSuggestion covers
 * validation only).
 */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

export function withoutSuggestions(error: GraphQLFormattedError): GraphQLFormattedError {
  return SUGGESTION.test(error.message) ? { ...error, message: error.message.replace(SUGGESTION, '').trim() } : error;
}
