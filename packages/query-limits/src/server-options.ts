import type { ApolloServerOptions, ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { armorFor } from './armor';
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
export function limitedServerOptions<TContext extends BaseContext>(limits: QueryLimits, annotations: CostAnnotations, formatError?: FormatError) {
  const armor = armorFor(limits);
  const plugins: ApolloServerPlugin<TContext>[] = [...(armor.plugins as ApolloServerPlugin<TContext>[]), costLimitPlugin<TContext>(limits, annotations)];
  return {
    introspection: limits.introspection,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: armor.validationRules,
    plugins,
    formatError: (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
      const shaped = formatError ? formatError(formatted, error) : formatted;
      return limits.introspection ? shaped : withoutSuggestions(shaped);
    },
  };
}
