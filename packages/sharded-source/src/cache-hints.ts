import type { IncomingHttpHeaders } from 'node:http';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';

/** Apollo's cache hint: seconds an answer may be kept, and whether it may be shared between callers. */
export interface CacheHint {
  maxAge: number;
  scope?: 'PUBLIC' | 'PRIVATE';
}

/** The hint of an answer that must not be kept: an instance that did not answer, or sent no header. */
export const UNCACHEABLE: CacheHint = { maxAge: 0 };

/**
 * The hint a subgraph sent in its `Cache-Control` response header, read the way @apollo/gateway's
 * RemoteGraphQLDataSource reads it (its `respond`): `max-age=N` (digits only, else 0), `private`
 * or `public`; no header is maxAge 0, i.e. not cacheable.
 */
export function cacheHintOf(headers: IncomingHttpHeaders): CacheHint {
  const header = headers['cache-control'];
  const hint: CacheHint = { maxAge: 0 };
  if (typeof header !== 'string') return hint;
  for (const part of header.trim().split(/\s*,\s*/)) {
    const [name, value] = part.split(/\s*=\s*/, 2);
    const key = name.toLowerCase();
    if (key === 'max-age' && value !== undefined && /^[0-9]+$/.test(value.replace(/^"|"$/g, ''))) hint.maxAge = Number(value.replace(/^"|"$/g, ''));
    if (key === 'private') hint.scope = 'PRIVATE';
    if (key === 'public' && hint.scope === undefined) hint.scope = 'PUBLIC';
    if (key === 'no-store' || key === 'no-cache') hint.maxAge = 0;
  }
  return hint;
}

/**
 * Narrows the incoming operation's overall cache policy by every part of one fetch (a single instance
 * gives one hint; a fan-out one per instance, missing instances as UNCACHEABLE): the answer may be
 * kept no longer than its shortest-lived part, and is PRIVATE if any part is. @apollo/gateway does
 * this only in its own RemoteGraphQLDataSource; our data sources replace it, so they do it here.
 * A no-op outside an incoming operation or when the server runs no cache-control plugin.
 */
export function restrictCachePolicy<TContext extends Record<string, unknown>>(
  options: GraphQLDataSourceProcessOptions<TContext>,
  hints: readonly CacheHint[],
): void {
  if (!('incomingRequestContext' in options)) return;
  const policy = (options.incomingRequestContext as { overallCachePolicy?: { restrict?: (hint: CacheHint) => void } }).overallCachePolicy;
  if (typeof policy?.restrict !== 'function') return;
  for (const hint of hints.length > 0 ? hints : [UNCACHEABLE]) policy.restrict(hint);
}
