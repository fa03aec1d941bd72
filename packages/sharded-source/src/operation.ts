import { Kind, parse, type DocumentNode, type FieldNode, type OperationDefinitionNode, type ValueNode } from 'graphql';

export interface RootField {
  /** The key the field's value has in the response (its alias, or its name). */
  responseKey: string;
  name: string;
  node: FieldNode;
}

export interface AnalysedOperation {
  document: DocumentNode;
  kind: 'query' | 'mutation' | 'subscription';
  rootFields: RootField[];
  /** For an `_entities` fetch: the variable that holds the representations. */
  representationsVariable?: string;
}

const MAX_CACHED = 1000;
const cache = new Map<string, AnalysedOperation>();

/**
 * Parses and analyses a subgraph operation once per distinct query text: the gateway sends the same
 * few query-plan fetches over and over, so parsing per request would be waste.
 */
export function analyseOperation(query: string): AnalysedOperation {
  const cached = cache.get(query);
  if (cached) return cached;
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation) throw new Error('The request holds no operation.');
  const rootFields: RootField[] = [];
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) throw new Error('Fragments at the root of a sharded fetch are not supported.');
    rootFields.push({ responseKey: selection.alias?.value ?? selection.name.value, name: selection.name.value, node: selection });
  }
  const entities = rootFields.find((f) => f.name === '_entities');
  const analysed: AnalysedOperation = {
    document,
    kind: operation.operation,
    rootFields,
    representationsVariable: entities ? variableOf(entities.node.arguments?.find((a) => a.name.value === 'representations')?.value) : undefined,
  };
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
  cache.set(query, analysed);
  return analysed;
}

function variableOf(value: ValueNode | undefined): string | undefined {
  return value?.kind === Kind.VARIABLE ? value.name.value : undefined;
}
