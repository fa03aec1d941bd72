import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { LimitsConfig } from './limits-config';

/**
 * Query shape limits checked before planning: depth, aliases, cost, tokens and directives. Field
 * suggestions are blocked when introspection is off, so a closed schema does not leak through errors.
 */
export function armorFor(limits: LimitsConfig) {
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true },
    maxAliases: { n: limits.maxAliases },
    costLimit: { maxCost: limits.maxCost },
    maxTokens: { n: limits.maxTokens },
    maxDirectives: { n: limits.maxDirectives },
    blockFieldSuggestion: { enabled: !limits.introspection },
  }).protect();
}
