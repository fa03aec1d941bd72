import {
  getNamedType,
  isEnumType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  type GraphQLEnumType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLScalarType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { badUserInput } from './errors';

/**
 * Checks, before a field declared with `@requires` resolves, that what its parent carries for those
 * fields has the shape the schema gives them. The values come in `_entities` representations from
 * whoever calls the subgraph, not from the owners: a string where a list belongs was read as its
 * characters, a string of kommun codes matched codes by substring, a list where an object belongs
 * crashed the resolver. A mismatch fails that field (its entity and its other fields are kept) with
 * BAD_USER_INPUT, `field: "representations"`, and a message naming the path and the type expected.
 *
 * Null is accepted for each required field and for each element of a required list: the gateway sends
 * null for an owner that did not answer, and the views report that owner as missing. Below that level
 * the schema's own non-null markers hold. A String or ID must be a string (graphql-js always serialises
 * an ID so), an Int a 32-bit integer, an enum value one of its values, a custom scalar must parse. Each
 * parent is checked once, however many of its fields require. Done here, once, by reading each field's
 * `@requires` from the schema, not in each resolver: @apollo/subgraph passes representations through
 * unchecked. Returns the same schema, the resolvers of such fields wrapped in place.
 */
export function guardRequiredFields(schema: GraphQLSchema): GraphQLSchema {
  const checked = new WeakMap<object, string | null>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const requires = requiredSelection(field);
      if (!requires || !field.resolve) continue;
      const check = selectionChecker(type, requires, true);
      const resolve = field.resolve;
      field.resolve = (source: unknown, args, context, info) => {
        if (source !== null && typeof source === 'object') {
          let problem = checked.get(source);
          if (problem === undefined) {
            problem = check(source as Record<string, unknown>);
            checked.set(source, problem);
          }
          if (problem) throw badUserInput(`Representation refused: ${problem.slice(1)}`, 'representations');
        }
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}

/** The selection of a field's `@requires(fields: "...")`, or undefined when it has none. */
function requiredSelection(field: GraphQLField<unknown, unknown>): SelectionSetNode | undefined {
  const directive = field.astNode?.directives?.find((d) => d.name.value === 'requires');
  const fields = directive?.arguments?.find((a) => a.name.value === 'fields')?.value;
  if (fields?.kind !== Kind.STRING) return undefined;
  const operation = parse(`{ ${fields.value} }`).definitions[0];
  return operation.kind === Kind.OPERATION_DEFINITION ? operation.selectionSet : undefined;
}

/**
 * A check of one value: what does not fit in it, as a path below it (`.name`, `[2]`; empty for the value
 * itself) and then what is wrong; null when it fits. Built once per requiring field at start-up, so that
 * checking a value is plain JavaScript: graphql-js's type predicates cost more than the check itself
 * outside production, and a matrix's requirement is thousands of values. Paths are built only for a
 * value that does not fit.
 */
type Check = (value: unknown) => string | null;

function selectionChecker(type: GraphQLObjectType, selection: SelectionSetNode, nullable: boolean): (value: Record<string, unknown>) => string | null {
  const checks: [string, Check][] = [];
  for (const node of selection.selections) {
    if (node.kind !== Kind.FIELD || node.name.value === '__typename') continue;
    const field = type.getFields()[node.name.value];
    if (field) checks.push([field.name, typeChecker(field.type, node.selectionSet, nullable)]);
  }
  return (value) => {
    for (const [name, check] of checks) {
      const problem = check(value[name]);
      if (problem !== null) return `.${name}${problem}`;
    }
    return null;
  };
}

function typeChecker(type: GraphQLOutputType, selection: SelectionSetNode | undefined, nullable: boolean): Check {
  const missing = nullable || !isNonNullType(type) ? null : ` is missing; it is non-null (${String(type)}).`;
  const inner = isNonNullType(type) ? type.ofType : type;
  const present = presentChecker(inner, String(type), selection, nullable);
  return (value) => (value === null || value === undefined ? missing : present(value));
}

function presentChecker(type: GraphQLOutputType, shown: string, selection: SelectionSetNode | undefined, nullable: boolean): Check {
  if (isListType(type)) {
    // A required list's elements may be null (an owner that did not answer); deeper lists keep their markers.
    const element = typeChecker(type.ofType as GraphQLOutputType, selection, nullable);
    return (value) => {
      if (!Array.isArray(value)) return ` must be a list (${shown}), not ${kindOf(value)}.`;
      for (let i = 0; i < value.length; i++) {
        const problem = element(value[i]);
        if (problem !== null) return `[${i}]${problem}`;
      }
      return null;
    };
  }
  if (isLeafType(type)) {
    const fits = leafFits(type);
    const expected = type.name === 'ID' ? 'ID, a string' : type.name;
    return (value) => (fits(value) ? null : ` must be ${expected}, not ${kindOf(value)}${shownLeaf(value)}.`);
  }
  // Only object types carry required fields here; an abstract type's value is only checked to be an object.
  const fields = isObjectType(type) && selection ? selectionChecker(type, selection, false) : undefined;
  const name = getNamedType(type).name;
  return (value) => {
    if (typeof value !== 'object' || Array.isArray(value)) return ` must be an object (${name}), not ${kindOf(value)}.`;
    return fields ? fields(value as Record<string, unknown>) : null;
  };
}

/** Whether a leaf value is one its type's output could have been (see guardRequiredFields). */
function leafFits(type: GraphQLScalarType | GraphQLEnumType): (value: unknown) => boolean {
  switch (type.name) {
    case 'String':
    case 'ID':
      return (value) => typeof value === 'string';
    case 'Boolean':
      return (value) => typeof value === 'boolean';
    case 'Int':
      return (value) => Number.isInteger(value) && (value as number) <= 2_147_483_647 && (value as number) >= -2_147_483_648;
    case 'Float':
      return (value) => typeof value === 'number' && Number.isFinite(value);
  }
  if (isEnumType(type)) return (value) => typeof value === 'string' && type.getValue(value) !== undefined;
  return (value) => {
    try {
      type.parseValue(value);
      return true;
    } catch {
      return false;
    }
  };
}

function shownLeaf(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? ` ${JSON.stringify(value).slice(0, 40)}` : '';
}

function kindOf(value: unknown): string {
  return Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
