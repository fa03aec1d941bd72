import { readFileSync } from 'node:fs';
import {
  isCompositeType,
  isEnumType,
  isListType,
  isNonNullType,
  operationFromDocument,
  possibleRuntimeTypes,
  Supergraph,
  type CompositeType,
  type OutputType,
  type SelectionSet,
} from '@apollo/federation-internals';
import { parse } from 'graphql';
import { supergraphFile } from '../subgraph-files';
import { exampleOperations } from '../test-support/example-operations';
import { computeResponseFast } from './fast-result-shaping';
import { seededRandom } from './seeded-random';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const apolloComputeResponse = (require('@apollo/gateway/dist/resultShaping') as { computeResponse: typeof computeResponseFast }).computeResponse;

/**
 * Every operation in examples/ (our graph's real operations: @requires and @provides fields, interfaces
 * and unions, @include/@skip, fragments, aliases) shaped by ours and by Apollo's computeResponse from
 * the same merged data, generated from the operation over our supergraph's API schema: well-formed,
 * and with nulls, wrong scalars, unknown enum values and wrong __typenames mixed in. The answers
 * (data as JSON text, errors) must be the same.
 */
const apiSchema = Supergraph.build(readFileSync(supergraphFile, 'utf8')).apiSchema();
const examples = exampleOperations();

/** Merged data for a selection set as a plan's fetches would leave it; `damage` is the chance of a wrong value per field. */
function dataFor(selectionSet: SelectionSet, parentType: CompositeType, next: () => number, damage: number, depth = 0): Record<string, unknown> {
  const runtimeTypes = possibleRuntimeTypes(parentType);
  const runtime = runtimeTypes[Math.floor(next() * runtimeTypes.length)] ?? parentType;
  const object: Record<string, unknown> = { __typename: next() < damage ? 'NoSuchType' : runtime.name };
  const fill = (set: SelectionSet) => {
    for (const selection of set.selections()) {
      if (selection.kind === 'FragmentSelection') {
        fill(selection.selectionSet);
        continue;
      }
      const field = selection.element;
      if (field.name === '__typename') continue;
      object[field.responseName()] = valueFor(field.definition.type!, selection.selectionSet, next, damage, depth + 1);
    }
  };
  fill(selectionSet);
  return object;
}

function valueFor(type: OutputType, selectionSet: SelectionSet | undefined, next: () => number, damage: number, depth: number): unknown {
  const roll = next();
  if (roll < damage) return [null, 'WRONG', 3.5, true, {}][Math.floor(next() * 5)];
  if (isNonNullType(type)) return valueFor(type.ofType as OutputType, selectionSet, next, damage, depth);
  if (roll < damage * 3) return null;
  if (isListType(type))
    return Array.from({ length: depth > 6 ? 0 : Math.floor(next() * 3) }, () => valueFor(type.ofType as OutputType, selectionSet, next, damage, depth));
  if (isCompositeType(type)) return dataFor(selectionSet!, type, next, damage, depth);
  if (isEnumType(type)) return type.values[Math.floor(next() * type.values.length)].name;
  switch (type.name) {
    case 'Int':
      return Math.floor(next() * 1000);
    case 'Float':
      return next() * 100;
    case 'Boolean':
      return next() < 0.5;
    default:
      return `text ${Math.floor(next() * 100)}`;
  }
}

function outcome(shape: typeof computeResponseFast, args: Parameters<typeof computeResponseFast>[0]): unknown {
  try {
    const { data, errors } = shape(args);
    return { data: JSON.stringify(data ?? null), errors: errors.map((e) => ({ message: e.message, path: e.path })) };
  } catch (error) {
    return { threw: (error as Error).message };
  }
}

describe('result shaping (fast) on every example operation answers as Apollo Gateway does', () => {
  it.each(examples.map((e) => [e.name, e] as const))('examples/%s.graphql', (_name, { query, variables }) => {
    const document = parse(query);
    const operation = operationFromDocument(apiSchema, document);
    const root = apiSchema.schemaDefinition.rootType(operation.rootKind)!;
    const next = seededRandom(query.length);
    let withErrors = 0;
    for (let i = 0; i < 30; i++) {
      const input = dataFor(operation.selectionSet, root, next, i < 5 ? 0 : 0.04);
      delete input.__typename;
      const args = () => ({
        operation: operationFromDocument(apiSchema, document),
        variables,
        input: JSON.parse(JSON.stringify(input)) as Record<string, unknown>,
        introspectionHandling: () => null,
      });
      const apollos = outcome(apolloComputeResponse, args());
      expect(outcome(computeResponseFast, args())).toEqual(apollos);
      if (((apollos as { errors?: unknown[] }).errors?.length ?? 0) > 0) withErrors++;
    }
    expect(withErrors).toBeGreaterThan(0);
  });
});
