import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { unavailableHuvudmen } from '../graphql/partial';

const HuvudmanNamesQuery = graphql(`
  query HuvudmanNames {
    huvudmen {
      id
      name
    }
  }
`);

/**
 * Names whose data is missing from a partial answer (HUVUDMAN_UNAVAILABLE errors), so a reader knows
 * the view is incomplete and where; the view itself shows "saknas" in those cells. Names come from the
 * view's own data when it has them, else from one small query made only in this case.
 */
export function PartialNotice({ error, names }: { error: unknown; names?: ReadonlyMap<string, string> }) {
  const missing = unavailableHuvudmen(error);
  const needNames = missing.some((id) => !names?.has(id));
  const { data } = useQuery(HuvudmanNamesQuery, { skip: !needNames });
  if (missing.length === 0) return null;
  const nameOf = (id: string) => names?.get(id) ?? data?.huvudmen.find((h) => h.id === id)?.name ?? `huvudman ${id}`;
  return (
    <div className="notice notice-warning" role="status">
      <p>
        <strong>Uppgifter saknas från {missing.map(nameOf).join(', ')}.</strong> Deras system svarar inte just nu, så deras värden visas som ”saknas”. Allt
        annat på sidan är fullständigt.
      </p>
    </div>
  );
}
