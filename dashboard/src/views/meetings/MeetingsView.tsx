import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { ViewHeading } from '../../app/Layout';
import { DataTable, type Column } from '../../components/DataTable';
import { QueryStatus } from '../../components/QueryStatus';
import { SelectFilter } from '../../components/SelectFilter';
import { meetingStatusLabel } from '../../format/labels';
import { formatDate } from '../../format/sv';
import { graphql } from '../../gql';
import type { MeetingListQuery } from '../../gql/graphql';

const MeetingListQueryDocument = graphql(`
  query MeetingList($bodyId: ID) {
    meetings(bodyId: $bodyId) {
      id
      date
      status
      place
      body {
        id
        shortName
      }
      items {
        id
      }
      decisions {
        id
      }
    }
    bodies {
      id
      shortName
    }
  }
`);

type Meeting = MeetingListQuery['meetings'][number];

/** Möten: the joint bodies' meetings, newest first; filter by body in the URL (/moten?organ=chefsgrupp). */
export function MeetingsView() {
  const [params, setParams] = useSearchParams();
  const bodyId = params.get('organ') || undefined;
  const { data, previousData, loading, error } = useQuery(MeetingListQueryDocument, { variables: { bodyId } });
  const shown = data ?? previousData;
  const meetings = [...(shown?.meetings ?? [])].reverse();
  const columns: Column<Meeting>[] = [
    {
      id: 'date',
      header: 'Datum',
      value: (m) => m.date,
      cell: (m) => <Link to={`/moten/${encodeURIComponent(m.id)}`}>{formatDate(m.date)}</Link>,
      rowHeader: true,
    },
    { id: 'body', header: 'Organ', value: (m) => m.body.shortName },
    { id: 'status', header: 'Status', value: (m) => meetingStatusLabel[m.status] ?? m.status },
    { id: 'place', header: 'Plats', value: (m) => m.place ?? null },
    { id: 'items', header: 'Ärenden', numeric: true, value: (m) => m.items.length },
    { id: 'decisions', header: 'Beslut', numeric: true, value: (m) => m.decisions.length },
  ];
  return (
    <>
      <ViewHeading>Möten</ViewHeading>
      <p className="lead">De gemensamma organens möten med närvaro, ärenden, förslag, beslut och frågor.</p>
      <form className="filters" aria-label="Filtrera möten" onSubmit={(e) => e.preventDefault()}>
        <SelectFilter
          label="Organ"
          value={bodyId ?? ''}
          onChange={(v) => {
            const next = new URLSearchParams(params);
            if (v) next.set('organ', v);
            else next.delete('organ');
            setParams(next, { replace: true });
          }}
          options={[{ value: '', label: 'Alla organ' }, ...(shown?.bodies ?? []).map((b) => ({ value: b.id, label: b.shortName }))]}
        />
      </form>
      <QueryStatus loading={loading} error={error} hasData={!!shown}>
        <DataTable caption="Möten, senaste först" columns={columns} rows={meetings} rowKey={(m) => m.id} csvName="moten" />
      </QueryStatus>
    </>
  );
}
