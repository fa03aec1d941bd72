import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { LimitsConfig } from './limits-config';

/**
 * Query shape limits checked before planning: depth, aliases, cost and directives. Field
 * suggestions are blocked when introspection is off, so a closed schema does not leak through errors.
 */
export function armorFor(limits: LimitsConfig) {
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true },
    maxAliases: { n: limits.maxAliases },
    costLimit: { maxCost: limits.maxCost },
    // Token counting is done by the parser itself (parseOptions.maxTokens in the server): armor's
    // plugin turns a plain syntax error into a 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    blockFieldSuggestion: { enabled: !limits.introspection },
  }).protect();
}
