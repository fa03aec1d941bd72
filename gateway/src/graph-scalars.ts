import type { GraphQLScalarType } from 'graphql';
// The scalar's own file: the package's index would load the subgraphs' ORM code into the gateway.
import { SekScalar } from '@orebro/huvudman-reporting/src/sek.scalar';

/**
 * The graph's custom scalars with the parsers the subgraphs use (the same objects): the gateway checks
 * literals and variables of these types before planning (@orebro/query-limits custom-scalars.ts).
 * graph-scalars.test.ts fails when the supergraph declares a scalar missing here.
 */
export const GRAPH_SCALARS: readonly GraphQLScalarType[] = [SekScalar];
