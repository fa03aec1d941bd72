import type { ReactNode } from 'react';
import { messageFor } from '../graphql/error-messages';
import { otherErrors } from '../graphql/partial';

/**
 * Loading and failure for a view's query: a polite live region while loading; when there is no data
 * at all, the Swedish message for the error. With data, the view renders it (a partial answer is
 * shown by PartialNotice and "saknas" cells, not here) and only errors other than an unavailable
 * huvudman's are mentioned.
 */
export function QueryStatus({ loading, error, hasData, children }: { loading: boolean; error: unknown; hasData: boolean; children: ReactNode }) {
  if (loading && !hasData) {
    return (
      <p role="status" aria-live="polite" className="loading">
        Hämtar uppgifter…
      </p>
    );
  }
  if (!hasData) {
    return (
      <div className="notice notice-error" role="alert">
        <p>{error ? messageFor(error) : 'Inga uppgifter hittades.'}</p>
      </div>
    );
  }
  return (
    <>
      {otherErrors(error) && (
        <div className="notice notice-error" role="alert">
          <p>Delar av svaret saknas: {messageFor(error, ['HUVUDMAN_UNAVAILABLE'])}</p>
        </div>
      )}
      {children}
    </>
  );
}
