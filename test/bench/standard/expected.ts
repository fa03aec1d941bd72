import { buildSchema, execute, parse, type GraphQLFieldResolver, type GraphQLObjectType } from 'graphql';
import { AUTHOR_ID, inStock, products, reviewsOfProduct, reviewsOfUser, shippingEstimate, users, type Product, type Review } from './data';
import { standardQuery } from './query';

/**
 * The answer the standard query must get, computed without federation: one plain schema over the
 * same data. A gateway whose answer differs from this is reported wrong and not measured.
 */
export async function expectedAnswer(): Promise<unknown> {
  const schema = buildSchema(`
    type Query { users: [User]  topProducts(first: Int = 5): [Product] }
    type User { id: ID!  name: String  username: String  birthday: Int  reviews: [Review] }
    type Product { upc: String!  name: String  price: Int  weight: Int  inStock: Boolean  shippingEstimate: Int  reviews: [Review] }
    type Review { id: ID!  body: String  product: Product  author: User }
  `);
  const resolve: Record<string, Record<string, GraphQLFieldResolver<never, unknown>>> = {
    Query: { users: () => users, topProducts: (_s, args: { first: number }) => products.slice(0, args.first) },
    User: { reviews: () => reviewsOfUser() },
    Product: {
      inStock: (p: Product) => inStock[p.upc],
      shippingEstimate: (p: Product) => shippingEstimate(p.price, p.weight),
      reviews: (p: Product) => reviewsOfProduct(p.upc),
    },
    Review: { product: (r: Review) => products.find((p) => p.upc === r.productUpc), author: () => users.find((u) => u.id === AUTHOR_ID) },
  };
  for (const [typeName, fields] of Object.entries(resolve)) {
    const type = schema.getType(typeName) as GraphQLObjectType;
    for (const [field, resolver] of Object.entries(fields)) type.getFields()[field].resolve = resolver as never;
  }
  const result = await execute({ schema, document: parse(standardQuery) });
  if (result.errors) throw new Error(`The reference answer failed: ${result.errors[0].message}`);
  return JSON.parse(JSON.stringify(result.data));
}
