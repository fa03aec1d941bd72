import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isNonNullType,
  print,
  typeFromAST,
  type ASTVisitor,
  type GraphQLInputType,
  type GraphQLScalarType,
  type ValidationContext,
  type ValueNode,
} from 'graphql';

/**
 * A gateway knows the graph's custom scalars (e.g. `Sek`) by name only: Apollo Gateway builds them from
 * the supergraph with identity parsers, so `amountSek: "1e3"` passed the gateway and was refused by the
 * subgraph deep inside the plan (HTTP 200, a null field, an error with no path). Given the scalars the
 * subgraphs define (the same objects, shared, never copied), these check every literal and every
 * variable of those types before planning, alike to how graphql-js checks its built-in scalars and enums:
 * a literal is a validation error, a variable HTTP 400 `BAD_USER_INPUT` naming it.
 */
export function customScalarChecks<TContext extends BaseContext>(scalars: readonly GraphQLScalarType[]) {
  const byName = new Map(scalars.map((s) => [s.name, s]));
  return { validationRule: customScalarLiteralsRule(byName), plugin: customScalarVariablesPlugin<TContext>(byName) };
}

function customScalarLiteralsRule(scalars: ReadonlyMap<string, GraphQLScalarType>) {
  return (context: ValidationContext): ASTVisitor => {
    const check = (node: ValueNode) => {
      // Inside a list literal graphql-js's TypeInfo already holds the item type; the list's own type is its parent's.
      const type = node.kind === Kind.LIST ? context.getParentInputType() : context.getInputType();
      if (!type) return;
      const nullable = getNullableType(type);
      // A list literal for a list type, or an object literal for an input object: their items and fields are visited on their own.
      if ((node.kind === Kind.LIST && isListType(nullable)) || (node.kind === Kind.OBJECT && isInputObjectType(nullable))) return;
      const scalar = byNameOf(scalars, type);
      if (!scalar) return;
      try {
        scalar.parseLiteral(node, undefined);
      } catch (error) {
        context.reportError(new GraphQLError(`Expected value of type "${scalar.name}", found ${print(node)}; ${(error as Error).message}`, { nodes: node }));
      }
    };
    return { IntValue: check, FloatValue: check, StringValue: check, BooleanValue: check, EnumValue: check, ListValue: check, ObjectValue: check };
  };
}

function customScalarVariablesPlugin<TContext extends BaseContext>(scalars: ReadonlyMap<string, GraphQLScalarType>): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, schema, request }) {
          if (scalars.size === 0 || !operation) return;
          for (const definition of operation.variableDefinitions ?? []) {
            const name = definition.variable.name.value;
            const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
            const value = request.variables?.[name];
            if (type && value !== undefined && value !== null) checkValue(scalars, value, type, name, [name]);
          }
        },
      };
    },
  };
}

/** Walks a variable's value by its type; the value's depth is already bounded (packages/http input-depth.ts). */
function checkValue(scalars: ReadonlyMap<string, GraphQLScalarType>, value: unknown, type: GraphQLInputType, variable: string, path: (string | number)[]) {
  if (value === null || value === undefined) return;
  const nullable = isNonNullType(type) ? type.ofType : type;
  if (isListType(nullable)) {
    const items = Array.isArray(value) ? value : [value];
    items.forEach((item, i) => checkValue(scalars, item, nullable.ofType, variable, Array.isArray(value) ? [...path, i] : path));
    return;
  }
  if (isInputObjectType(nullable)) {
    if (typeof value !== 'object' || Array.isArray(value)) return; // graphql-js reports the wrong shape itself
    const fields = nullable.getFields();
    for (const [field, fieldValue] of Object.entries(value)) {
      if (fields[field]) checkValue(scalars, fieldValue, fields[field].type, variable, [...path, field]);
    }
    return;
  }
  const scalar = scalars.get(getNamedType(nullable).name);
  if (!scalar) return;
  try {
    scalar.parseValue(value);
  } catch (error) {
    const at = path.length > 1 ? ` at "${path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('')}"` : '';
    throw new GraphQLError(`Variable "$${variable}" got invalid value ${JSON.stringify(value)}${at}; ${(error as Error).message}`, {
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
    });
  }
}

function byNameOf(scalars: ReadonlyMap<string, GraphQLScalarType>, type: GraphQLInputType): GraphQLScalarType | undefined {
  return scalars.get(getNamedType(type).name);
}
