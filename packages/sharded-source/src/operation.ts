import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  parse,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  valueFromASTUntyped,
} from 'graphql';

export interface RootField {
  /** The key the field's value has in the response (its alias, or its name). */
  responseKey: string;
  name: string;
  /** The first field node for this response key (others merged under it ask the same field and arguments). */
  node: FieldNode;
  /** Every field node merged under this response key, in document order (their selections add up). */
  nodes: FieldNode[];
}

export interface ParsedOperation {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  kind: 'query' | 'mutation' | 'subscription';
  fragments: Record<string, FragmentDefinitionNode>;
}

export interface AnalysedOperation extends ParsedOperation {
  /** The root fields this request executes, by response key, after fragments and @skip/@include. */
  rootFields: RootField[];
  /** For an `_entities` fetch: the variable that holds the representations. */
  representationsVariable?: string;
  /** The request's variables with the operation's defaults for those it does not give. */
  variables: Record<string, unknown>;
}

/** A request the data source cannot route: its message is for the client, its code says why. */
export class OperationError extends Error {
  constructor(
    message: string,
    readonly code: 'GRAPHQL_PARSE_FAILED' | 'BAD_REQUEST',
  ) {
    super(message);
  }
}

const MAX_CACHED = 1000;
const cache = new Map<string, ParsedOperation>();

/**
 * Parses a subgraph operation once per distinct query text and operation name (the gateway sends the
 * same few query-plan fetches over and over), then collects its root fields for this request's
 * variables: inline and named fragments are expanded and `@skip`/`@include` decided the way
 * graphql-js's executor does (`getDirectiveValues`), so every shape the query planner sends is routed.
 */
export function analyseOperation(query: string, operationName: string | null | undefined, variables: Record<string, unknown>): AnalysedOperation {
  const parsed = parseOperation(query, operationName ?? undefined);
  variables = withDefaults(parsed.operation, variables);
  const rootFields = collectRootFields(parsed, variables);
  const entities = rootFields.find((f) => f.name === '_entities');
  return {
    ...parsed,
    rootFields,
    variables,
    representationsVariable: entities ? variableOf(entities.node.arguments?.find((a) => a.name.value === 'representations')?.value) : undefined,
  };
}

function parseOperation(query: string, operationName: string | undefined): ParsedOperation {
  const cacheKey = `${operationName ?? ''}\u0000${query}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch (error) {
    throw new OperationError((error as Error).message, 'GRAPHQL_PARSE_FAILED');
  }
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation =
    operationName === undefined ? (operations.length === 1 ? operations[0] : undefined) : operations.find((o) => o.name?.value === operationName);
  if (!operation) {
    throw new OperationError(
      operationName === undefined
        ? `The request holds ${operations.length} operations and names none of them (operationName).`
        : `The request holds no operation named "${operationName}".`,
      'BAD_REQUEST',
    );
  }
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  const parsed: ParsedOperation = { document, operation, kind: operation.operation, fragments };
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
  cache.set(cacheKey, parsed);
  return parsed;
}

/**
 * graphql-js's CollectFields at the root type: a fragment at the root can only be on the root type
 * (anything else fails validation), so every fragment applies.
 */
function collectRootFields(parsed: ParsedOperation, variables: Record<string, unknown>): RootField[] {
  const fields = collectFields(parsed, parsed.operation.selectionSet, variables, () => true);
  return [...fields].map(([responseKey, nodes]) => ({ responseKey, name: nodes[0].name.value, node: nodes[0], nodes }));
}

/**
 * graphql-js's CollectFields (execution/collectFields.js) over one selection set: the fields it
 * executes by response key (alias or name), in order, each with every node merged under that key;
 * inline and named fragments expanded when `applies(typeCondition)` (undefined for a fragment with
 * none), each named fragment once; `@skip`/`@include` decided with this request's variables. Without
 * a schema the caller decides what a type condition matches (the root type, an entity's typename).
 * Throws OperationError for an unknown fragment or an `if:` that is no Boolean.
 */
export function collectFields(
  parsed: ParsedOperation,
  selectionSet: SelectionSetNode,
  variables: Record<string, unknown>,
  applies: (typeCondition: string | undefined) => boolean,
): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visited = new Set<string>();
  const collect = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (!included(selection, variables)) continue;
      switch (selection.kind) {
        case Kind.FIELD: {
          const responseKey = selection.alias?.value ?? selection.name.value;
          const nodes = fields.get(responseKey);
          if (nodes) nodes.push(selection);
          else fields.set(responseKey, [selection]);
          break;
        }
        case Kind.INLINE_FRAGMENT:
          if (applies(selection.typeCondition?.name.value)) collect(selection.selectionSet);
          break;
        case Kind.FRAGMENT_SPREAD: {
          const name = selection.name.value;
          if (visited.has(name)) break;
          visited.add(name);
          const fragment = parsed.fragments[name];
          if (!fragment) throw new OperationError(`Unknown fragment "${name}".`, 'GRAPHQL_PARSE_FAILED');
          if (applies(fragment.typeCondition.name.value)) collect(fragment.selectionSet);
          break;
        }
      }
    }
  };
  collect(selectionSet);
  return fields;
}

/** `@skip(if:)` and `@include(if:)` with this request's variables, as graphql-js's executor decides them. */
function included(node: Parameters<typeof getDirectiveValues>[1], variables: Record<string, unknown>): boolean {
  try {
    if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
    if (getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if === false) return false;
  } catch (error) {
    // A missing or non-Boolean variable in `if:`: the request is wrong, not the document.
    throw new OperationError((error as Error).message, 'BAD_REQUEST');
  }
  return true;
}

/** As the executor's variable coercion does: a variable the request leaves out takes its default. */
function withDefaults(operation: OperationDefinitionNode, variables: Record<string, unknown>): Record<string, unknown> {
  const missing = (operation.variableDefinitions ?? []).filter((d) => d.defaultValue && !(d.variable.name.value in variables));
  if (missing.length === 0) return variables;
  return { ...variables, ...Object.fromEntries(missing.map((d) => [d.variable.name.value, valueFromASTUntyped(d.defaultValue!)])) };
}

function variableOf(value: ValueNode | undefined): string | undefined {
  return value?.kind === Kind.VARIABLE ? value.name.value : undefined;
}
