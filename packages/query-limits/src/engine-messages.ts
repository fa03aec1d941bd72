import type { GraphQLFormattedError } from 'graphql';

/**
 * Messages of the engine (graphql-js, Apollo Server) that do not tell a client what happened or what to
 * do, or that name the framework and a switch of its instead of ours: reworded once, here, for the
 * gateway and every subgraph (formatError in server-options.ts).
 */
const REWORDED: [pattern: RegExp, message: string, code?: string][] = [
  [
    // graphql-js's OverlappingFieldsCanBeMerged stops after a budget of comparisons (e.g. `{ region { id id id … } }`).
    /^Validation aborted\.$/,
    'The query repeats the same field (or alias) too many times in one selection: checking that they can be merged went over the validation budget. Select each field once, or ask in several queries.',
    'GRAPHQL_VALIDATION_FAILED',
  ],
  [
    // A recursive walk of the engine overflowed (a document nested thousands deep): never shown as it is.
    /Maximum call stack size exceeded/,
    'The request nests selections, lists or objects too deeply to be read. Send a flatter query: no query of this graph needs more than a few levels.',
  ],
  [
    /^GraphQL introspection is not allowed\b/,
    'Introspection is turned off here (the production default): the schema is not served to clients. An operator turns it on with INTROSPECTION=true.',
  ],
];

/** graphql-armor's mask where a field suggestion was (`[Suggestion hidden]?`): with suggestions off the sentence goes entirely. */
const ARMOR_MASK = /\s*\[Suggestion hidden\]\??/g;

export function inOurWords(error: GraphQLFormattedError): GraphQLFormattedError {
  for (const [pattern, message, code] of REWORDED) {
    if (pattern.test(error.message)) return Object.assign({}, error, { message }, code ? { extensions: Object.assign({}, error.extensions, { code }) } : {});
  }
  return ARMOR_MASK.test(error.message) ? { ...error, message: error.message.replace(ARMOR_MASK, '').trim() } : error;
}
