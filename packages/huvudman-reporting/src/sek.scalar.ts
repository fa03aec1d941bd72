import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/**
 * Whole Swedish kronor as a JSON integer: one scalar for every subgraph. Needed because national grant totals exceed GraphQL's 32-bit Int.
 * Money is never a float: anything but a safe integer is refused.
 */
export const SekScalar = new GraphQLScalarType<number, number>({
  name: 'Sek',
  serialize: (value) => asSek(typeof value === 'bigint' ? Number(value) : value),
  parseValue: (value) => asSek(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT) throw invalid(ast.kind === Kind.FLOAT || ast.kind === Kind.STRING ? ast.value : ast.kind);
    return asSek(Number(ast.value));
  },
});

function asSek(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw invalid(value);
  return value;
}

function invalid(value: unknown): GraphQLError {
  return new GraphQLError(`An amount in SEK must be a whole number of kronor, got ${JSON.stringify(value)}.`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}
