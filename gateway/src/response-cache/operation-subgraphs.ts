import {
  buildASTSchema,
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type ASTNode,
  type DocumentNode,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Which subgraphs an operation's answer may depend on, read from the supergraph's join directives:
 * for every selected field, the subgraphs its `@join__field(graph:)` names, or when it names none
 * every subgraph that defines its parent type (`@join__type`); a field that `requires` others, and
 * any field of an interface or union, adds every subgraph of the types involved. It over-approximates
 * (a field some subgraph could resolve counts even when the planner asks another), which is the safe
 * side: an answer is dropped when any subgraph it may depend on commits a write.
 *
 * Hand-written because the query planner's plan is made only when the operation executes, and the
 * cache must know the subgraphs before, to look the answer up under their current data versions.
 */
export class OperationSubgraphs {
  private readonly schema: GraphQLSchema;
  /** join__Graph enum value (`KOMMUN`) → subgraph name (`kommun`). */
  private readonly graphNames = new Map<string, string>();
  private readonly byDocument = new WeakMap<DocumentNode, Map<string, readonly string[]>>();
  readonly all: readonly string[];

  constructor(supergraphSdl: string) {
    const document = parse(supergraphSdl);
    this.schema = buildASTSchema(document, { assumeValidSDL: true });
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
      for (const value of definition.values ?? []) {
        const graph = value.directives?.find((d) => d.name.value === 'join__graph');
        const name = graph?.arguments?.find((a) => a.name.value === 'name')?.value;
        if (name?.kind === Kind.STRING) this.graphNames.set(value.name.value, name.value);
      }
    }
    this.all = [...new Set(this.graphNames.values())].sort();
  }

  /** The subgraph names (sorted) the selected operation of `document` may read from; all of them when unsure. */
  of(document: DocumentNode, operationName?: string | null): readonly string[] {
    let perOperation = this.byDocument.get(document);
    if (!perOperation) {
      perOperation = new Map();
      this.byDocument.set(document, perOperation);
    }
    const key = operationName ?? '';
    let found = perOperation.get(key);
    if (!found) {
      found = this.compute(document, operationName ?? undefined);
      perOperation.set(key, found);
    }
    return found;
  }

  private compute(document: DocumentNode, operationName: string | undefined): readonly string[] {
    const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    const operation =
      operationName === undefined ? (operations.length === 1 ? operations[0] : undefined) : operations.find((o) => o.name?.value === operationName);
    if (!operation) return this.all;
    const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
    const graphs = new Set<string>();
    let unsure = false;
    const typeInfo = new TypeInfo(this.schema);
    const visitor = visitWithTypeInfo(typeInfo, {
      Field: (node) => {
        if (node.name.value.startsWith('__')) return;
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (!parent || !field) {
          unsure = true;
          return;
        }
        const joins = (field.astNode?.directives ?? []).filter((d) => d.name.value === 'join__field');
        const named = joins.flatMap((d) => {
          const graph = d.arguments?.find((a) => a.name.value === 'graph')?.value;
          return graph?.kind === Kind.ENUM ? [graph.value] : [];
        });
        const requires = joins.some((d) => d.arguments?.some((a) => a.name.value === 'requires'));
        if (named.length === 0 || requires || isAbstractType(parent)) this.typeGraphs(parent).forEach((g) => graphs.add(g));
        named.forEach((g) => graphs.add(g));
        const returned = getNamedType(field.type);
        if (isAbstractType(returned)) this.typeGraphs(returned).forEach((g) => graphs.add(g));
      },
    });
    // Fragments are visited wherever they are defined: their fields count whether spread or not (safe side).
    for (const node of [operation, ...fragments] as ASTNode[]) visit(node, visitor);
    if (unsure) return this.all;
    return [...new Set([...graphs].map((g) => this.graphNames.get(g) ?? g))].sort();
  }

  /** Every graph defining the type, and for an interface or union every graph of its possible types. */
  private typeGraphs(type: GraphQLNamedType): string[] {
    const of = (t: GraphQLNamedType) =>
      [t.astNode, ...(('extensionASTNodes' in t ? t.extensionASTNodes : undefined) ?? [])].flatMap((node) =>
        (node?.directives ?? [])
          .filter((d) => d.name.value === 'join__type')
          .flatMap((d) => {
            const graph = d.arguments?.find((a) => a.name.value === 'graph')?.value;
            return graph?.kind === Kind.ENUM ? [graph.value] : [];
          }),
      );
    const types = isAbstractType(type) ? [type, ...this.schema.getPossibleTypes(type)] : [type];
    const graphs = types.flatMap(of);
    // A type with no join__type (should not happen in a supergraph) could come from anywhere.
    return graphs.length > 0 || !isObjectType(type) ? graphs : [...this.graphNames.keys()];
  }
}
