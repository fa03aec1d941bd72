/** `a { b { c { leaf } } }` for fields ['a', 'b', 'c']. */
export function nested(fields: string[], leaf: string): string {
  return fields.reduceRight((inner, field) => `${field} { ${inner} }`, leaf);
}

/**
 * Queries that nest list fields until the answer explodes (issue 12, fault 1): each passes depth and
 * alias limits, each is valid against samverkan's own schema and the supergraph, and each must be
 * refused by cost before anything runs. The first is the query from the issue; the others reach the
 * same growth through fragments, aliases, variables and other paths through the governance graph.
 */
export const listNestingQueries: { name: string; query: string; variables?: Record<string, unknown> }[] = [
  {
    name: 'bodies → members → body → members, four levels',
    query: `{ ${nested(['bodies', 'members', 'body', 'members', 'body', 'members', 'body', 'members'], 'id')} }`,
  },
  {
    name: 'the same through a fragment',
    query: `query { bodies { ...Deep } } fragment Deep on Body { ${nested(['members', 'body', 'members', 'body', 'members', 'body', 'members'], 'id role')} }`,
  },
  {
    name: 'three levels under two aliases',
    query: `{ a: ${nested(['bodies', 'members', 'body', 'members', 'body', 'members'], 'id')} b: ${nested(['bodies', 'members', 'body', 'members', 'body', 'members'], 'role')} }`,
  },
  {
    name: 'with a variable argument',
    query: `query Nest($kind: BodyKind) { bodies(kind: $kind) { ${nested(['members', 'body', 'members', 'body', 'members', 'body', 'members'], 'id')} } }`,
    variables: { kind: 'COUNCIL' },
  },
  {
    name: 'huvudmen → memberships → body → members',
    query: `{ ${nested(['huvudmen', 'memberships', 'body', 'members', 'huvudman', 'memberships', 'body', 'members'], 'id')} }`,
  },
  {
    name: 'meetings → attendance → person → memberships',
    query: `{ ${nested(['meetings', 'attendance', 'person', 'memberships', 'body', 'meetings', 'attendance', 'person'], 'name')} }`,
  },
  {
    name: 'fragments spread twice into each other, 16 levels',
    query: `{ ...F15 } ${Array.from({ length: 16 }, (_, i) => (i === 0 ? 'fragment F0 on Query { bodies { id } }' : `fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`)).join(' ')}`,
  },
  {
    name: 'decisions → owner → owned decisions',
    query: `{ ${nested(['decisions', 'ownerHuvudman', 'ownedDecisions', 'ownerHuvudman', 'ownedDecisions', 'ownerHuvudman', 'ownedDecisions', 'ownerHuvudman', 'ownedDecisions'], 'id')} }`,
  },
];
