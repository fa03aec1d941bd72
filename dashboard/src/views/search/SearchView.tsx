import { useId, useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { ViewHeading } from '../../app/Layout';
import { activityPath } from '../../app/paths';
import { useUrlFilters } from '../../app/url-filters';
import { DataTable, type Column } from '../../components/DataTable';
import { SelectFilter } from '../../components/SelectFilter';
import { QueryStatus } from '../../components/QueryStatus';
import { activityStatusLabel, agreementStageLabel, decisionStatusLabel, searchKindLabel } from '../../format/labels';
import { formatDate } from '../../format/sv';
import { graphql } from '../../gql';
import type { SearchKind, SearchViewQuery } from '../../gql/graphql';

const SEARCH_LIMIT = 50;

// The graph's Swedish search (every word in any inflection), with what each hit needs to lead to its view.
const SearchViewQueryDocument = graphql(`
  query SearchView($text: String!, $kinds: [SearchKind!], $limit: Int) {
    search(text: $text, kinds: $kinds, limit: $limit) {
      kind
      title
      excerpt
      matchedWords
      score
      record {
        __typename
        ... on Decision {
          id
          decisionStatus: status
          raisedOn
          body {
            id
            shortName
          }
          meeting {
            id
            date
          }
        }
        ... on PlanActivity {
          id
          activityStatus: status
          plan {
            id
            name
          }
        }
        ... on JointPlanGoal {
          id
          goalPlan: plan {
            id
            name
          }
        }
        ... on JointPlan {
          id
          name
        }
        ... on Agreement {
          id
          stage
          adoptedBy {
            id
          }
          parties {
            id
            name
          }
        }
      }
    }
  }
`);

type Hit = SearchViewQuery['search'][number];

/** Where a hit leads: its decision, meeting, plan or (for an agreement) the decision that adopted it or its first party. */
export function hitLink(record: Hit['record']): { to: string; label: string } | null {
  switch (record.__typename) {
    case 'Decision':
      return { to: `/beslut/${encodeURIComponent(record.id)}`, label: 'Beslutet' };
    case 'PlanActivity':
      return { to: activityPath(record.id), label: 'Aktiviteten i Planer' };
    case 'JointPlanGoal':
      return { to: `/planer#mal-${encodeURIComponent(record.id)}`, label: 'Målet i Planer' };
    case 'JointPlan':
      return { to: `/planer#plan-${encodeURIComponent(record.id)}`, label: 'Planen i Planer' };
    case 'Agreement':
      if (record.adoptedBy) return { to: `/beslut/${encodeURIComponent(record.adoptedBy.id)}`, label: 'Beslutet som antog överenskommelsen' };
      return record.parties[0]
        ? { to: `/huvudman/${encodeURIComponent(record.parties[0].id)}`, label: `Överenskommelsen hos ${record.parties[0].name}` }
        : null;
    default:
      return null;
  }
}

function hitDetails(record: Hit['record']): string | null {
  switch (record.__typename) {
    case 'Decision':
      return `${record.body.shortName}, ${formatDate(record.raisedOn)}, ${decisionStatusLabel[record.decisionStatus]?.toLowerCase() ?? record.decisionStatus}`;
    case 'PlanActivity':
      return `${record.plan.name}, ${activityStatusLabel[record.activityStatus]?.toLowerCase() ?? record.activityStatus}`;
    case 'JointPlanGoal':
      return record.goalPlan.name;
    case 'Agreement':
      return `${agreementStageLabel[record.stage] ?? record.stage}; parter: ${record.parties.map((p) => p.name).join(', ')}`;
    default:
      return null;
  }
}

const columns: Column<Hit>[] = [
  {
    id: 'title',
    header: 'Träff',
    value: (h) => h.title,
    rowHeader: true,
    cell: (h) => {
      const link = hitLink(h.record);
      return link ? <Link to={link.to}>{h.title}</Link> : h.title;
    },
  },
  { id: 'kind', header: 'Slag', value: (h) => searchKindLabel[h.kind] ?? h.kind },
  { id: 'details', header: 'Uppgifter', value: (h) => hitDetails(h.record) },
  {
    id: 'meeting',
    header: 'Möte',
    value: (h) => (h.record.__typename === 'Decision' ? (h.record.meeting?.date ?? null) : null),
    cell: (h) =>
      h.record.__typename === 'Decision' && h.record.meeting ? (
        <Link to={`/moten/${encodeURIComponent(h.record.meeting.id)}`}>{formatDate(h.record.meeting.date)}</Link>
      ) : (
        <span aria-label="inget värde">–</span>
      ),
  },
  { id: 'excerpt', header: 'Utdrag', value: (h) => h.excerpt ?? null },
  { id: 'words', header: 'Träffade ord', value: (h) => h.matchedWords.join(', ') },
];

/** Sök: the Swedish search over decisions, plans, goals, activities and agreements. URL: /sok?q=utskrivning&typ=DECISION. */
export function SearchView() {
  const filters = useUrlFilters();
  const text = filters.get('q')?.trim() ?? '';
  const kind = filters.get('typ');
  const kinds = kind && kind in searchKindLabel ? [kind as SearchKind] : undefined;
  const [draft, setDraft] = useState(text);
  const inputId = useId();
  const { data, previousData, loading, error } = useQuery(SearchViewQueryDocument, {
    variables: { text, kinds, limit: SEARCH_LIMIT },
    skip: text === '',
  });
  const shown = data ?? previousData;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    filters.set('q', draft.trim());
  };

  return (
    <>
      <ViewHeading>Sök</ViewHeading>
      <p className="lead">Sök bland beslut, planer, mål, aktiviteter och överenskommelser. Sökningen hittar ordet i alla böjningsformer.</p>
      <form role="search" className="filters" onSubmit={submit}>
        <div className="field">
          <label htmlFor={inputId}>Sökord</label>
          <input id={inputId} type="search" name="q" value={draft} onChange={(e) => setDraft(e.target.value)} />
        </div>
        <SelectFilter
          label="Slag"
          value={kind ?? ''}
          onChange={(v) => filters.set('typ', v)}
          options={[{ value: '', label: 'Allt' }, ...Object.entries(searchKindLabel).map(([value, label]) => ({ value, label }))]}
        />
        <button type="submit" className="button">
          Sök
        </button>
      </form>
      {text === '' ? (
        <p>Skriv ett eller flera ord och välj Sök.</p>
      ) : (
        <QueryStatus loading={loading} error={error} hasData={!!shown}>
          <p role="status" aria-live="polite">
            {loading ? 'Söker…' : `${shown?.search.length ?? 0} träffar för ”${text}”.`}
          </p>
          {(shown?.search.length ?? 0) > 0 && (
            <DataTable
              caption={`Träffar för ”${text}”, bäst först`}
              columns={columns}
              rows={shown?.search ?? []}
              rowKey={(h) => hitKey(h.record)}
              csvName="sokresultat"
            />
          )}
        </QueryStatus>
      )}
    </>
  );
}

const hitKey = (record: Hit['record']): string => `${record.__typename}-${record.id}`;
