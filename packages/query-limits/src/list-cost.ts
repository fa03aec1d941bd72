import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  type ConstDirectiveNode,
  type DocumentNode,
  type GraphQLSchema,
  type GraphQLOutputType,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

/**
 * What a schema says of its fields' cost, in the terms of the GraphQL cost directive specification
 * (IBM's, adopted by Apollo Federation 2.9 as `@cost` and `@listSize`), keyed `Type.field`.
 */
export interface CostAnnotations {
  /** `@cost(weight:)`: replaces the field's default weight (1 for an object, 0 for a scalar). */
  weights: Map<string, number>;
  /** `@listSize(assumedSize:, slicingArguments:)`: how long the list a field returns can be. */
  listSizes: Map<string, { assumedSize?: number; slicingArguments: string[] }>;
}

/**
 * Reads `@cost` and `@listSize` from schema documents: a subgraph's own type definitions, or the
 * supergraph (composition keeps both directives there). Type extensions count like definitions.
 */
export function costAnnotationsOf(...documents: DocumentNode[]): CostAnnotations {
  const annotations: CostAnnotations = { weights: new Map(), listSizes: new Map() };
  for (const document of documents) {
    for (const definition of document.definitions) {
      if (!('fields' in definition) || !definition.fields || !('name' in definition) || !definition.name) continue;
      if (definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION || definition.kind === Kind.INPUT_OBJECT_TYPE_EXTENSION) continue;
      for (const field of definition.fields) {
        const key = `${definition.name.value}.${field.name.value}`;
        for (const directive of field.directives ?? []) {
          const name = directive.name.value.replace(/^(federation|cost)__/, '');
          if (name === 'cost') {
            const weight = intArgument(directive, 'weight');
            if (weight !== undefined) annotations.weights.set(key, weight);
          } else if (name === 'listSize') {
            annotations.listSizes.set(key, {
              assumedSize: intArgument(directive, 'assumedSize'),
              slicingArguments: stringListArgument(directive, 'slicingArguments'),
            });
          }
        }
      }
    }
  }
  return annotations;
}

/**
 * The cost of one field, for graphql-query-complexity: the field's weight plus what is selected
 * below it, times the size of the list it returns. The library's own estimators do not fit: its
 * `simpleEstimator` ignores lists (the fault this guards against: list fields nested four deep cost
 * ~30 and grow the answer ~27× a level), and its `directiveEstimator` reads `@complexity` from the
 * executable schema, which the gateway's API schema does not carry. The size of a list is, in order:
 * a slicing argument's value (`first: 5`), `@listSize(assumedSize:)`, the number of representations
 * an `_entities` fetch carries, else `defaultListSize`. Introspection costs nothing here: it is
 * switched off where it matters (production), and the IDE's own query must not be refused.
 */
export function listCostEstimator(annotations: CostAnnotations, defaultListSize: number): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    if (type.name.startsWith('__') || field.name.startsWith('__')) return 0;
    const key = `${type.name}.${field.name}`;
    const weight = annotations.weights.get(key) ?? (isCompositeType(getNamedType(field.type)) ? 1 : 0);
    return listSize(field.type, key, field.name, args) * (weight + childComplexity);
  };

  function listSize(type: GraphQLOutputType, key: string, fieldName: string, args: Record<string, unknown>): number {
    const nullable = getNullableType(type);
    if (!isListType(nullable)) return 1;
    const annotated = annotations.listSizes.get(key);
    for (const name of annotated?.slicingArguments ?? []) {
      const value = args[name];
      if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
    }
    if (annotated?.assumedSize !== undefined) return annotated.assumedSize;
    if (fieldName === '_entities' && Array.isArray(args.representations)) return args.representations.length;
    // A list of lists ([[X]]) counts as one level: no field of this graph returns one.
    return defaultListSize;
  }
}

/**
 * The estimated cost of the operation `operationName` selects in `document`, with `variables`
 * (their values decide slicing arguments and `@include`/`@skip`).
 * @throws GraphQLError from graphql-query-complexity when the variables do not fit the operation.
 */
export function operationCost(options: {
  schema: GraphQLSchema;
  document: DocumentNode;
  variables?: Record<string, unknown>;
  operationName?: string;
  annotations: CostAnnotations;
  defaultListSize: number;
}): number {
  return getComplexity({
    schema: options.schema,
    query: options.document,
    variables: options.variables,
    operationName: options.operationName,
    estimators: [listCostEstimator(options.annotations, options.defaultListSize)],
  });
}

function intArgument(directive: ConstDirectiveNode, name: string): number | undefined {
  const value = directive.arguments?.find((a) => a.name.value === name)?.value;
  return value?.kind === Kind.INT ? Number(value.value) : undefined;
}

function stringListArgument(directive: ConstDirectiveNode, name: string): string[] {
  const value = directive.arguments?.find((a) => a.name.value === name)?.value;
  if (value?.kind === Kind.STRING) return [value.value];
  if (value?.kind !== Kind.LIST) return [];
  return value.values.flatMap((v) => (v.kind === Kind.STRING ? [v.value] : []));
}
