import { CombinedGraphQLErrors } from '@apollo/client';

/**
 * The huvudmän whose data is missing from a partial answer: each HUVUDMAN_UNAVAILABLE error names one
 * in `extensions.huvudman` ("18" for the region, a kommun code otherwise). Sorted, without repeats.
 */
export function unavailableHuvudmen(error: unknown): string[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  const ids = error.errors.filter((e) => e.extensions?.code === 'HUVUDMAN_UNAVAILABLE').map((e) => String(e.extensions?.huvudman ?? ''));
  return [...new Set(ids.filter(Boolean))].sort();
}

/** Errors other than an unavailable huvudman's: these make the whole view's answer doubtful. */
export function otherErrors(error: unknown): boolean {
  if (!error) return false;
  if (!CombinedGraphQLErrors.is(error)) return true;
  return error.errors.some((e) => e.extensions?.code !== 'HUVUDMAN_UNAVAILABLE');
}
