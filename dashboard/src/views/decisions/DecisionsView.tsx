import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { ViewHeading } from '../../app/Layout';
import { DataTable, type Column } from '../../components/DataTable';
import { PartialNotice } from '../../components/PartialNotice';
import { QueryStatus } from '../../components/QueryStatus';
import { SelectFilter } from '../../components/SelectFilter';
import { decisionStatusLabel, OPEN_DECISION_STATUSES, ownerText } from '../../format/labels';
import { formatDate } from '../../format/sv';
import { graphql } from '../../gql';
import type { DecisionListQuery, DecisionStatus } from '../../gql/graphql';

// The list and its filters' choices in one request.
const DecisionListQueryDocument = graphql(`
  query DecisionList($bodyId: ID, $statuses: [DecisionStatus!], $ownerHuvudmanId: ID) {
    decisions(bodyId: $bodyId, statuses: $statuses, ownerHuvudmanId: $ownerHuvudmanId) {
      id
      text
      status
      decidedOn
      raisedOn
      ageInDays
      dueDate
      timeframe
      ownerDescription
      ownerBody {
        id
        shortName
      }
      ownerHuvudman {
        id
        name
      }
      ownerPerson {
        id
        name
      }
      body {
        id
        shortName
      }
      meeting {
        id
        date
      }
      lastNoteOn
    }
    bodies {
      id
      shortName
      name
    }
    huvudmen {
      id
      name
    }
  }
`);

type Decision = DecisionListQuery['decisions'][number];

/** The status filter's choices: "öppna" (default), "alla", or one status. */
const STATUS_CHOICES = [
  { value: 'oppna', label: 'Öppna' },
  { value: 'alla', label: 'Alla' },
  ...Object.entries(decisionStatusLabel).map(([value, label]) => ({ value, label })),
];

function statusesFor(choice: string): DecisionStatus[] | undefined {
  if (choice === 'alla') return undefined;
  if (choice in decisionStatusLabel) return [choice as DecisionStatus];
  return [...OPEN_DECISION_STATUSES];
}

/**
 * Beslut: the joint bodies' decisions with owner, age and due date. Filters (organ, huvudman, status)
 * live in the URL: /beslut?organ=chefsgrupp&huvudman=1880&status=alla.
 */
export function DecisionsView() {
  const [params, setParams] = useSearchParams();
  const bodyId = params.get('organ') || undefined;
  const ownerHuvudmanId = params.get('huvudman') || undefined;
  const status = params.get('status') || 'oppna';
  const { data, previousData, loading, error } = useQuery(DecisionListQueryDocument, {
    variables: { bodyId, ownerHuvudmanId, statuses: statusesFor(status) },
  });
  const shown = data ?? previousData;
  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  const perBody = useMemo(() => countsPerBody(shown?.decisions ?? []), [shown]);
  const columns: Column<Decision>[] = [
    { id: 'text', header: 'Beslut', value: (d) => d.text, cell: (d) => <Link to={`/beslut/${encodeURIComponent(d.id)}`}>{d.text}</Link> },
    { id: 'body', header: 'Organ', value: (d) => d.body.shortName },
    { id: 'status', header: 'Status', value: (d) => decisionStatusLabel[d.status] ?? d.status },
    { id: 'owner', header: 'Ansvarig', value: (d) => ownerText(d) },
    { id: 'decidedOn', header: 'Beslutat', value: (d) => d.decidedOn ?? d.raisedOn, cell: (d) => formatDate(d.decidedOn ?? d.raisedOn) },
    { id: 'age', header: 'Ålder (dagar)', numeric: true, value: (d) => d.ageInDays ?? null },
    {
      id: 'due',
      header: 'Klart senast',
      value: (d) => d.dueDate ?? d.timeframe ?? null,
      cell: (d) => (d.dueDate ? formatDate(d.dueDate) : (d.timeframe ?? '–')),
    },
    { id: 'lastNote', header: 'Senaste uppföljning', value: (d) => d.lastNoteOn ?? null, cell: (d) => (d.lastNoteOn ? formatDate(d.lastNoteOn) : 'Ingen') },
  ];
  const bodyColumns: Column<(typeof perBody)[number]>[] = [
    { id: 'body', header: 'Organ', value: (b) => b.shortName, rowHeader: true },
    { id: 'count', header: 'Antal beslut', numeric: true, value: (b) => b.count },
    { id: 'oldest', header: 'Äldsta (dagar)', numeric: true, value: (b) => b.oldest },
  ];
  const statusLabel = STATUS_CHOICES.find((c) => c.value === status)?.label.toLowerCase() ?? status;

  return (
    <>
      <ViewHeading>Beslut</ViewHeading>
      <p className="lead">De gemensamma organens beslut: vem som är ansvarig, hur gamla de är och när de ska vara klara.</p>
      <form className="filters" aria-label="Filtrera beslut" onSubmit={(e) => e.preventDefault()}>
        <SelectFilter
          label="Organ"
          value={bodyId ?? ''}
          onChange={(v) => setFilter('organ', v)}
          options={[{ value: '', label: 'Alla organ' }, ...(shown?.bodies ?? []).map((b) => ({ value: b.id, label: b.shortName }))]}
        />
        <SelectFilter
          label="Ansvarig huvudman"
          value={ownerHuvudmanId ?? ''}
          onChange={(v) => setFilter('huvudman', v)}
          options={[{ value: '', label: 'Alla huvudmän' }, ...(shown?.huvudmen ?? []).map((h) => ({ value: h.id, label: h.name }))]}
        />
        <SelectFilter label="Status" value={status} onChange={(v) => setFilter('status', v === 'oppna' ? '' : v)} options={STATUS_CHOICES} />
      </form>
      <QueryStatus loading={loading} error={error} hasData={!!shown}>
        <PartialNotice error={error} />
        <p role="status" aria-live="polite">
          {loading ? 'Hämtar…' : `${shown?.decisions.length ?? 0} beslut (${statusLabel}).`}
        </p>
        <DataTable caption={`Beslut per organ (${statusLabel})`} columns={bodyColumns} rows={perBody} rowKey={(b) => b.id} csvName="beslut-per-organ" />
        <DataTable
          caption={`Beslut (${statusLabel}), med ansvarig, ålder och slutdatum`}
          columns={columns}
          rows={shown?.decisions ?? []}
          rowKey={(d) => d.id}
          csvName="beslut"
        />
      </QueryStatus>
    </>
  );
}

function countsPerBody(decisions: Decision[]) {
  const rows = new Map<string, { id: string; shortName: string; count: number; oldest: number | null }>();
  for (const d of decisions) {
    const row = rows.get(d.body.id) ?? { id: d.body.id, shortName: d.body.shortName, count: 0, oldest: null };
    row.count += 1;
    if (d.ageInDays !== null && d.ageInDays !== undefined) row.oldest = Math.max(row.oldest ?? 0, d.ageInDays);
    rows.set(d.body.id, row);
  }
  return [...rows.values()];
}
