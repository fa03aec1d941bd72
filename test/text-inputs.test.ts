import { buildSubgraphSchema } from '@apollo/subgraph';
import { getNamedType, isInputObjectType, isListType, isNonNullType, type GraphQLError, type GraphQLInputType } from 'graphql';
import { guardArguments, guardTextInputs, maxLengthOf } from '@orebro/subgraph-kit';
import { subgraphCodeBases } from '../scripts/subgraph-definitions';

/**
 * Every place text enters a write in every subgraph, found by walking each schema's mutations: a
 * personnummer there (in any spelling) and text longer than documented must be refused, naming the
 * field. A new String or ID input is covered without listing it here; one without a documented maximum
 * makes its subgraph refuse to start, and this test fail.
 */
interface Leaf {
  /** The arguments carrying `value` at this leaf, everything else left out. */
  args: (value: string) => Record<string, unknown>;
  field: string;
  maxLength: number;
}

function leavesOf(type: GraphQLInputType, path: string, wrap: (v: unknown) => unknown, maxLength: number | undefined, seen: string[]): Leaf[] {
  if (isNonNullType(type)) return leavesOf(type.ofType, path, wrap, maxLength, seen);
  if (isListType(type)) return leavesOf(type.ofType, `${path}[0]`, (v) => wrap([v]), maxLength, seen);
  if (isInputObjectType(type)) {
    if (seen.includes(type.name)) return [];
    return Object.values(type.getFields()).flatMap((f) =>
      leavesOf(f.type, path ? `${path}.${f.name}` : f.name, (v) => wrap({ [f.name]: v }), maxLengthOf(f), [...seen, type.name]),
    );
  }
  const named = getNamedType(type).name;
  if (named !== 'String' && named !== 'ID') return [];
  return [{ args: (value) => wrap(value) as Record<string, unknown>, field: path, maxLength: maxLength! }];
}

const refusal = (fn: () => unknown): GraphQLError | undefined => {
  try {
    fn();
  } catch (error) {
    return error as GraphQLError;
  }
  return undefined;
};

describe.each(subgraphCodeBases().map((c) => [c.definition.name, c.definition] as const))('every text input of every %s write', (_name, definition) => {
  const schema = guardTextInputs(buildSubgraphSchema({ typeDefs: definition.typeDefs, resolvers: definition.resolvers as never }));
  const writes = Object.values(schema.getMutationType()!.getFields());
  const cases = writes.flatMap((field) =>
    field.args.flatMap((arg) =>
      leavesOf(arg.type, arg.name === 'input' ? '' : arg.name, (v) => ({ [arg.name]: v }), maxLengthOf(arg), []).map(
        (leaf) => [`${field.name}: ${leaf.field}`, field, leaf] as const,
      ),
    ),
  );

  it('has text inputs to check (the walk found them)', () => {
    expect(cases.length).toBeGreaterThan(5);
  });

  it.each(cases)('%s has a documented maximum, refuses longer text and every spelling of a personnummer', (_label, field, leaf) => {
    expect(leaf.maxLength).toBeGreaterThan(0);
    const tooLong = refusal(() => guardArguments(field, leaf.args('x'.repeat(leaf.maxLength + 1)), true));
    expect(tooLong?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: leaf.field });
    expect(refusal(() => guardArguments(field, leaf.args('x'.repeat(leaf.maxLength)), true))).toBeUndefined();
    for (const spelling of ['811218-9876', '811218–9876', '811218\u00a09876', '811218 - 9876']) {
      const value = spelling.slice(0, leaf.maxLength);
      if (value !== spelling) continue; // a field too short to hold one (an ISO date) cannot carry it
      const refused = refusal(() => guardArguments(field, leaf.args(value), true));
      expect(refused?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: leaf.field });
    }
  });
});
