import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isCompositeType,
  isObjectType,
  Kind,
  valueFromASTUntyped,
  type ConstDirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** A cache hint as Apollo's `@cacheControl` gives it: seconds, and who may share the answer. */
export interface CacheHint {
  maxAge?: number;
  scope?: 'PUBLIC' | 'PRIVATE';
}
interface Annotation extends CacheHint {
  inheritMaxAge?: boolean;
}

/**
 * The `Cache-Control` header of a subgraph answer, computed from the operation and the schema's
 * `@cacheControl` hints instead of Apollo Server's cache-control plugin. Apollo's plugin hooks every
 * resolved field (`willResolveField`), which makes Apollo Server dispatch each field of each answer
 * through its plugin machinery: about a tenth of a kommun instance's CPU per request, paid twelve
 * times by every broadcast view. No resolver here sets a hint at run time (the only dynamic hint is
 * `@apollo/subgraph`'s `_entities`, which takes each representation's type hint: done here from the
 * representations' `__typename`), so the policy follows from the document, the variables that
 * `@skip`/`@include` read and the representations' types, and is remembered per parsed document.
 *
 * The rules are Apollo's, field by field (see `fieldPolicy`); the difference is which fields count:
 * every field the document selects for the types it may meet, where Apollo counts the fields actually
 * resolved. A field under a null parent, an empty list or a fragment on a type that did not occur
 * therefore narrows the policy here and not in Apollo's plugin: the answer may be cached for less time,
 * never for longer. `static-cache-policy.test.ts` compares the two on complete answers.
 *
 * Install with `ApolloServerPluginCacheControlDisabled()`, as the kit's `startSubgraph` does.
 */
export function staticCachePolicyPlugin<TContext extends BaseContext>(schema: GraphQLSchema, defaultMaxAge = 0): ApolloServerPlugin<TContext> {
  const policies = new WeakMap<DocumentNode, Map<string, CacheHint>>();
  const types = new Map<GraphQLNamedType, Annotation>();
  const fields = new Map<GraphQLField<unknown, unknown>, Annotation>();
  const typeHint = (type: GraphQLNamedType) => memo(types, type, () => annotationOf([type.astNode, ...(type.extensionASTNodes ?? [])]));
  const fieldHint = (field: GraphQLField<unknown, unknown>) => memo(fields, field, () => annotationOf([field.astNode]));

  function policyOf(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): CacheHint {
    const inputs = withDefaults(operation, variables);
    const entityTypes = entityTypesOf(inputs);
    const key = `${operation.name?.value ?? ''}\u0000${booleansOf(inputs)}\u0000${[...entityTypes].sort().join(',')}`;
    let byInputs = policies.get(document);
    if (!byInputs) policies.set(document, (byInputs = new Map()));
    let policy = byInputs.get(key);
    if (!policy) {
      policy = walkOperation(document, operation, inputs, entityTypes);
      // Bounded: a document used with ever-new @skip/@include inputs keeps only its latest policies.
      if (byInputs.size >= 64) byInputs.delete(byInputs.keys().next().value!);
      byInputs.set(key, policy);
    }
    return policy;
  }

  function walkOperation(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>, entityTypes: Set<string>): CacheHint {
    const overall: CacheHint = {};
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const root = schema.getRootType(operation.operation);
    if (!root) return overall;
    // Each selection set is walked once per type it may meet: narrowing is idempotent.
    const walked = new Map<SelectionSetNode, Set<GraphQLCompositeType>>();

    const walk = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, isRoot: boolean): void => {
      let seen = walked.get(selectionSet);
      if (!seen) walked.set(selectionSet, (seen = new Set()));
      if (seen.has(parent)) return;
      seen.add(parent);
      for (const selection of selectionSet.selections) {
        if (skipped(selection, variables)) continue;
        if (selection.kind === Kind.FIELD) {
          // __typename and introspection are not schema fields: Apollo's plugin never sees them either.
          if (selection.name.value.startsWith('__')) continue;
          for (const objectType of runtimeTypes(parent)) {
            const field = objectType.getFields()[selection.name.value];
            if (!field) continue;
            restrict(overall, fieldPolicy(field, isRoot, selection));
            const target = getNamedType(field.type);
            if (selection.selectionSet && isCompositeType(target)) walk(selection.selectionSet, target, false);
          }
        } else {
          const condition = selection.kind === Kind.INLINE_FRAGMENT ? selection.typeCondition : fragments.get(selection.name.value)?.typeCondition;
          const selectionSet = selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : fragments.get(selection.name.value)?.selectionSet;
          const type = condition ? schema.getType(condition.name.value) : parent;
          if (selectionSet && type && isCompositeType(type)) walk(selectionSet, type, isRoot);
        }
      }
    };

    /** Apollo's rule for one field (cacheControl plugin, `willResolveField` and its end hook). */
    const fieldPolicy = (field: GraphQLField<unknown, unknown>, isRoot: boolean, node: FieldNode): CacheHint => {
      const policy: CacheHint = {};
      const target = getNamedType(field.type);
      let inheritMaxAge = false;
      if (isCompositeType(target)) {
        const annotation = typeHint(target);
        replace(policy, annotation);
        inheritMaxAge = !!annotation.inheritMaxAge;
      }
      const annotation = fieldHint(field);
      if (annotation.inheritMaxAge && policy.maxAge === undefined) {
        inheritMaxAge = true;
        if (annotation.scope) replace(policy, { scope: annotation.scope });
      } else {
        replace(policy, annotation);
      }
      // @apollo/subgraph's _entities narrows by the type hint of each representation's type.
      if (isRoot && node.name.value === '_entities') {
        const argument = node.arguments?.find((a) => a.name.value === 'representations')?.value;
        let named = entityTypes;
        if (argument && argument.kind !== Kind.VARIABLE) {
          const literal = valueFromASTUntyped(argument);
          addTypenames(Array.isArray(literal) ? literal : [literal], (named = new Set()));
        }
        for (const name of named) {
          const type = schema.getType(name);
          if (type && isCompositeType(type)) restrict(policy, typeHint(type));
        }
      }
      if (policy.maxAge === undefined && ((isCompositeType(target) && !inheritMaxAge) || isRoot)) restrict(policy, { maxAge: defaultMaxAge });
      return policy;
    };

    walk(operation.selectionSet, root, true);
    return overall;
  }

  const runtimeTypes = (type: GraphQLCompositeType): readonly GraphQLObjectType[] =>
    isObjectType(type) ? [type] : isAbstractType(type) ? schema.getPossibleTypes(type) : [];

  return {
    async requestDidStart() {
      let policy: CacheHint | undefined;
      return {
        async didResolveOperation({ document, operation, request }) {
          // A header never fails an answer: whatever this cannot work out is not cached (no-store).
          try {
            policy = operation ? policyOf(document, operation, request.variables ?? {}) : undefined;
          } catch {
            policy = undefined;
          }
        },
        // Apollo's header rule: cacheable only for a single answer without errors and a positive maxAge.
        async willSendResponse({ response }) {
          const cacheable = policy && policy.maxAge !== undefined && policy.maxAge > 0;
          if (cacheable && response.body.kind === 'single' && !response.body.singleResult.errors)
            response.http.headers.set('cache-control', `max-age=${policy!.maxAge}, ${(policy!.scope ?? 'PUBLIC').toLowerCase()}`);
          else response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}

/** The variables with the operation's defaults filled in (as execution coerces them), never changed in place. */
function withDefaults(operation: OperationDefinitionNode, variables: Record<string, unknown>): Record<string, unknown> {
  let filled = variables;
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (variables[name] !== undefined || !definition.defaultValue) continue;
    // Object.assign, not a spread: adding a property to a spread's copy makes a new hidden class each time on Node 20.
    if (filled === variables) filled = Object.assign({}, variables);
    filled[name] = valueFromASTUntyped(definition.defaultValue);
  }
  return filled;
}

/** What @skip/@include can read: the boolean variables, by name. */
function booleansOf(variables: Record<string, unknown>): string {
  let key = '';
  for (const [name, value] of Object.entries(variables)) if (typeof value === 'boolean') key += `${name}=${value};`;
  return key;
}

/**
 * The `__typename`s of entity representations in the variables: of every list variable, since an
 * `_entities` field may take its representations from any (the gateway names it `representations`).
 */
function entityTypesOf(variables: Record<string, unknown>): Set<string> {
  const types = new Set<string>();
  for (const value of Object.values(variables)) if (Array.isArray(value)) addTypenames(value, types);
  return types;
}

function addTypenames(representations: unknown[], types: Set<string>): void {
  for (const r of representations) {
    const name = (r as { __typename?: unknown } | null)?.__typename;
    if (typeof name === 'string') types.add(name);
  }
}

/**
 * Whether @skip/@include leave the selection out. A condition that cannot be read (its variable missing
 * or not a boolean) counts as included, the longer list and so the shorter maxAge; execution then
 * refuses the variables with its own error, which this plugin must not replace.
 */
function skipped(node: { directives?: readonly { name: { value: string } }[] }, variables: Record<string, unknown>): boolean {
  if (!node.directives?.length) return false;
  try {
    const skip = getDirectiveValues(GraphQLSkipDirective, node as never, variables);
    if (skip?.if === true) return true;
    const include = getDirectiveValues(GraphQLIncludeDirective, node as never, variables);
    return include?.if === false;
  } catch {
    return false;
  }
}

function annotationOf(nodes: readonly ({ directives?: readonly ConstDirectiveNode[] } | null | undefined)[]): Annotation {
  for (const node of nodes) {
    const directive = node?.directives?.find((d) => d.name.value === 'cacheControl');
    if (!directive?.arguments) continue;
    const argument = (name: string) => directive.arguments!.find((a) => a.name.value === name)?.value;
    const scopeValue = argument('scope');
    const scope = scopeValue?.kind === Kind.ENUM && (scopeValue.value === 'PUBLIC' || scopeValue.value === 'PRIVATE') ? scopeValue.value : undefined;
    const inherit = argument('inheritMaxAge');
    if (inherit?.kind === Kind.BOOLEAN && inherit.value) return { inheritMaxAge: true, scope };
    const maxAge = argument('maxAge');
    return { maxAge: maxAge?.kind === Kind.INT ? parseInt(maxAge.value, 10) : undefined, scope };
  }
  return {};
}

/** Apollo's CachePolicy.restrict: the shorter maxAge; PRIVATE once set stays. */
function restrict(policy: CacheHint, hint: CacheHint): void {
  if (hint.maxAge !== undefined && (policy.maxAge === undefined || hint.maxAge < policy.maxAge)) policy.maxAge = hint.maxAge;
  if (hint.scope !== undefined && policy.scope !== 'PRIVATE') policy.scope = hint.scope;
}

/** Apollo's CachePolicy.replace: what the hint sets, overwritten. */
function replace(policy: CacheHint, hint: CacheHint): void {
  if (hint.maxAge !== undefined) policy.maxAge = hint.maxAge;
  if (hint.scope !== undefined) policy.scope = hint.scope;
}

function memo<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}
