import { isInterfaceType, type GraphQLSchema } from 'graphql';
import { badUserInput } from './errors';

/**
 * Checks `_entities` representations before @apollo/subgraph resolves them. Its resolver throws a plain
 * Error for a representation that is not an object, has no `__typename` or names a type that is not an
 * entity here, which the kit's error formatting rightly hides as "Internal server error.": a caller
 * (the gateway, or anyone who reaches a subgraph directly) sent bad input and is told what. Returns the
 * same schema, `Query._entities` wrapped in place; a schema without entities is left alone.
 */
export function guardEntityRepresentations(schema: GraphQLSchema): GraphQLSchema {
  const field = schema.getQueryType()?.getFields()._entities;
  const entityUnion = schema.getType('_Entity');
  if (!field?.resolve || !entityUnion) return schema;
  const entityTypes = new Set(schema.getPossibleTypes(entityUnion as never).map((t) => t.name));
  const resolve = field.resolve;
  field.resolve = (source, args: { representations?: unknown }, context, info) => {
    const representations = Array.isArray(args.representations) ? args.representations : [];
    representations.forEach((r, i) => {
      const typename = r !== null && typeof r === 'object' ? (r as { __typename?: unknown }).__typename : undefined;
      if (typeof typename !== 'string')
        throw badUserInput(
          `Representation ${i} is not an object with a __typename: each names its entity type, e.g. { "__typename": "Indicator", "id": "..." }.`,
          'representations',
        );
      const type = schema.getType(typename);
      // An entity interface's name is a valid representation too (@apollo/subgraph resolves its implementation).
      if (!type || (!entityTypes.has(typename) && !isInterfaceType(type)))
        throw badUserInput(`Representation ${i} names ${JSON.stringify(typename)}, which is not an entity type of this subgraph.`, 'representations');
    });
    return resolve(source, args, context, info);
  };
  return schema;
}
