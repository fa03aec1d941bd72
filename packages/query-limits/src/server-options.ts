import type { ApolloServerOptions, ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { GraphQLScalarType } from 'graphql';
import { armorFor } from './armor';
import { customScalarChecks } from './custom-scalars';
import { inOurWords } from './engine-messages';
import type { QueryLimits } from './limits-config';
import type { CostAnnotations } from './list-cost';
import { costLimitPlugin } from './query-limits-plugin';
import { withoutSuggestions } from './suggestions';

type FormatError = NonNullable<ApolloServerOptions<BaseContext>['formatError']>;

/**
 * The Apollo Server options that apply `limits`, the one way the gateway and every subgraph apply
 * them: token count at parse, depth/aliases/directives at validation, cost before execution,
 * introspection and suggestions off together.
 */
export function limitedServerOptions<TContext extends BaseContext>(
  limits: QueryLimits,
  annotations: CostAnnotations,
  formatError?: FormatError,
  /** The graph's custom scalars with their parsers, where the schema has them by name only (the gateway's). */
  scalars: readonly GraphQLScalarType[] = [],
) {
  const armor = armorFor(limits);
  const scalarChecks = customScalarChecks<TContext>(scalars);
  const plugins: ApolloServerPlugin<TContext>[] = [
    ...(armor.plugins as ApolloServerPlugin<TContext>[]),
    scalarChecks.plugin,
    costLimitPlugin<TContext>(limits, annotations),
  ];
  return {
    introspection: limits.introspection,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: [...armor.validationRules, scalarChecks.validationRule],
    plugins,
    formatError: (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
      const shaped = inOurWords(formatError ? formatError(formatted, error) : formatted);
      return limits.introspection ? shaped : withoutSuggestions(shaped);
    },
  };
}
