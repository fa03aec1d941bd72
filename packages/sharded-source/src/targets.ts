import { Kind, type ValueNode } from 'graphql';
import type { RootField } from './operation';

export type Variables = Record<string, unknown>;

/**
 * The shard keys a root field names in its arguments: an argument called like a shard key, or such a
 * field inside an input object or list, as a literal or a variable. Empty when it names none (then
 * the field goes to every shard).
 */
export function shardKeysOfField(field: Pick<RootField, 'node'>, shardKeyNames: readonly string[], variables: Variables): Set<string> {
  const found = new Set<string>();
  for (const argument of field.node.arguments ?? []) {
    collect(valueOf(argument.value, variables), shardKeyNames.includes(argument.name.value), shardKeyNames, found);
  }
  return found;
}

/** The shard key a representation carries, if any: entities without one are joint and go everywhere. */
export function shardKeyOfRepresentation(representation: unknown, shardKeyNames: readonly string[]): string | undefined {
  if (typeof representation !== 'object' || representation === null) return undefined;
  for (const name of shardKeyNames) {
    const value = (representation as Record<string, unknown>)[name];
    if (typeof value === 'string' || typeof value === 'number') return String(value);
  }
  return undefined;
}

function collect(value: unknown, isKey: boolean, names: readonly string[], found: Set<string>): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, isKey, names, found);
  } else if (typeof value === 'object') {
    for (const [name, inner] of Object.entries(value)) collect(inner, names.includes(name), names, found);
  } else if (isKey) {
    found.add(String(value));
  }
}

/** A GraphQL value node as plain JSON, with variables substituted. */
function valueOf(node: ValueNode, variables: Variables): unknown {
  switch (node.kind) {
    case Kind.VARIABLE:
      return variables[node.name.value];
    case Kind.LIST:
      return node.values.map((v) => valueOf(v, variables));
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((f) => [f.name.value, valueOf(f.value, variables)]));
    case Kind.NULL:
      return null;
    case Kind.INT:
    case Kind.FLOAT:
    case Kind.STRING:
    case Kind.ENUM:
      return node.value;
    case Kind.BOOLEAN:
      return node.value;
  }
}
