import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { QueryLimits } from './limits-config';

/**
 * Query shape limits checked in validation, before planning or execution: depth, aliases and
 * directives (graphql-armor). Field suggestions are blocked when introspection is off; every other
 * suggestion is cut in formatError (suggestions.ts). Cost is not armor's: its cost-limit plugin
 * ignores list sizes (see list-cost.ts).
 */
export function armorFor(limits: QueryLimits) {
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true },
    maxAliases: { n: limits.maxAliases },
    costLimit: { enabled: false },
    // Token counting is done by the parser itself (parseOptions.maxTokens in the server): armor's
    // plugin turns a plain syntax error into a 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    // Its mask (`[Suggestion hidden]?`) is cut from the message in formatError (engine-messages.ts).
    blockFieldSuggestion: { enabled: !limits.introspection },
  }).protect();
}
