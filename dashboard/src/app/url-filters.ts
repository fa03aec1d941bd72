import { useSearchParams } from 'react-router';

/**
 * A view's filters in the URL's query string, so the view with its filters can be shared: `get(name)`
 * reads one (undefined when absent or empty), `set(name, value)` writes one ('' or undefined removes
 * it) without adding a history entry per keystroke.
 */
export function useUrlFilters() {
  const [params, setParams] = useSearchParams();
  return {
    get: (name: string): string | undefined => params.get(name) || undefined,
    set: (name: string, value: string | undefined) => {
      const next = new URLSearchParams(params);
      if (value) next.set(name, value);
      else next.delete(name);
      setParams(next, { replace: true });
    },
  };
}
