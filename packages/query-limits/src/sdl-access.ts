import { timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, visit, type DocumentNode } from 'graphql';

/** The header the gateway sends with SUBGRAPH_SDL_SECRET when it asks a subgraph for its schema. */
export const SDL_SECRET_HEADER = 'x-subgraph-sdl-secret';

export interface SdlAccess {
  /** The shared secret; when set, `_service` is answered only to a request carrying it. */
  secret?: string;
  /** Without a secret: true serves `_service` to everyone (development), false to no one (production). */
  openWithoutSecret: boolean;
}

/**
 * `_service { sdl }` gives the whole subgraph schema, descriptions and internal fields included; the
 * gateway needs it (a sharded subgraph's schema check), anonymous callers do not. In production a
 * subgraph serves it only to a request with the shared secret in the `x-subgraph-sdl-secret` header.
 * Checked after validation, so an alias or a fragment cannot hide the field.
 */
export function sdlAccessPlugin<TContext extends BaseContext>(access: SdlAccess): ApolloServerPlugin<TContext> {
  const secret = access.secret ? Buffer.from(access.secret) : undefined;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          if (!selectsService(document)) return;
          if (!secret && access.openWithoutSecret) return;
          const sent = Buffer.from(request.http?.headers.get(SDL_SECRET_HEADER) ?? '');
          if (secret && sent.length === secret.length && timingSafeEqual(sent, secret)) return;
          throw new GraphQLError('The subgraph schema (_service) is served to the gateway only.', {
            extensions: { code: 'FORBIDDEN', http: { status: 403 } },
          });
        },
      };
    },
  };
}

/** Answers of selectsService by document: Apollo Server keeps parsed documents, so repeats cost one lookup. */
const selectsServiceByDocument = new WeakMap<DocumentNode, boolean>();

/**
 * True when the document selects `_service` (only the root Query has such a field). Kept per document:
 * walking every document on every request was about 2 % of a kommun instance's CPU per entity fetch.
 */
function selectsService(document: DocumentNode): boolean {
  let found = selectsServiceByDocument.get(document);
  if (found !== undefined) return found;
  found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '_service') found = true;
    },
  });
  selectsServiceByDocument.set(document, found);
  return found;
}
