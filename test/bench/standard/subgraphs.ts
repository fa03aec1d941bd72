import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, type GraphQLSchema } from 'graphql';
import { AUTHOR_ID, inStock, products, reviews, reviewsOfProduct, reviewsOfUser, shippingEstimate, users, type Review } from './data';

/** The four subgraphs of the standard federation benchmark: schemas as in its composed supergraph. */
export const subgraphNames = ['accounts', 'inventory', 'products', 'reviews'] as const;
export type SubgraphName = (typeof subgraphNames)[number];

const link = (imports: string[]) =>
  `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: [${imports.map((i) => `"${i}"`).join(', ')}])`;

export const typeDefs: Record<SubgraphName, string> = {
  accounts: `${link(['@key', '@shareable'])}
    type Query { me: User  user(id: ID!): User  users: [User] }
    type User @key(fields: "id") { id: ID!  name: String  username: String @shareable  birthday: Int }`,
  inventory: `${link(['@key', '@external', '@requires'])}
    type Product @key(fields: "upc") {
      upc: String!
      weight: Int @external
      price: Int @external
      inStock: Boolean
      shippingEstimate: Int @requires(fields: "price weight")
    }`,
  products: `${link(['@key'])}
    type Query { topProducts(first: Int = 5): [Product] }
    type Product @key(fields: "upc") { upc: String!  name: String  price: Int  weight: Int }`,
  reviews: `${link(['@key', '@external', '@provides'])}
    type Review @key(fields: "id") { id: ID!  body: String  product: Product  author: User @provides(fields: "username") }
    type User @key(fields: "id") { id: ID!  username: String @external  reviews: [Review] }
    type Product @key(fields: "upc") { upc: String!  reviews: [Review] }`,
};

type Ref = Record<string, unknown>;
const userById = (id: unknown) => users.find((u) => u.id === id) ?? null;
const productByUpc = (upc: unknown) => products.find((p) => p.upc === upc) ?? null;
const reviewShape = (r: Review) => ({ id: r.id, body: r.body, productUpc: r.productUpc });

const resolvers: Record<SubgraphName, Record<string, Record<string, unknown>>> = {
  accounts: {
    Query: { me: () => userById(AUTHOR_ID), user: (_: unknown, { id }: { id: string }) => userById(id), users: () => users },
    User: { __resolveReference: (ref: Ref) => userById(ref.id) },
  },
  inventory: {
    Product: {
      __resolveReference: (ref: Ref) => ((ref.upc as string) in inStock ? { ...ref, inStock: inStock[ref.upc as string] } : null),
      shippingEstimate: (p: Ref) => shippingEstimate(p.price as number | null, p.weight as number | null),
    },
  },
  products: {
    Query: { topProducts: (_: unknown, { first }: { first: number }) => products.slice(0, first) },
    Product: { __resolveReference: (ref: Ref) => productByUpc(ref.upc) },
  },
  reviews: {
    Review: {
      __resolveReference: (ref: Ref) => {
        const review = reviews.find((r) => r.id === ref.id);
        return review ? reviewShape(review) : null;
      },
      product: (r: Review) => ({ upc: r.productUpc }),
      author: () => ({ id: AUTHOR_ID, username: userById(AUTHOR_ID)!.username }),
    },
    User: { __resolveReference: (ref: Ref) => ({ id: ref.id }), reviews: () => reviewsOfUser().map(reviewShape) },
    Product: { __resolveReference: (ref: Ref) => ({ upc: ref.upc }), reviews: (p: Ref) => reviewsOfProduct(p.upc as string).map(reviewShape) },
  },
};

export function subgraphSchema(name: SubgraphName): GraphQLSchema {
  return buildSubgraphSchema({ typeDefs: parse(typeDefs[name]), resolvers: resolvers[name] as never });
}
