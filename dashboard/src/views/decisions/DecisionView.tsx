import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { ViewHeading } from '../../app/Layout';
import { useAuth } from '../../auth/auth-context';
import { DataTable, type Column } from '../../components/DataTable';
import { PartialNotice } from '../../components/PartialNotice';
import { QueryStatus } from '../../components/QueryStatus';
import { decisionStatusLabel, ownerText } from '../../format/labels';
import { formatDate, formatDays } from '../../format/sv';
import { graphql } from '../../gql';
import type { DecisionDetailFieldsFragment } from '../../gql/graphql';
import { DecisionFollowUp } from './DecisionFollowUp';

// The fields the detail shows; the secretariat's mutations return the same, so the page updates from
// their answers (Apollo's cache, by Decision id).
export const DecisionDetailFields = graphql(`
  fragment DecisionDetailFields on Decision {
    id
    text
    status
    raisedOn
    decidedOn
    ageInDays
    dueDate
    timeframe
    condition
    addition
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
      name
      shortName
    }
    meeting {
      id
      date
    }
    item {
      id
      number
      title
    }
    notes {
      id
      date
      text
      authorHuvudman {
        id
        name
      }
      statusFrom
      statusTo
      recordedBy
    }
    lastNoteOn
    version
  }
`);

const DecisionDetailQuery = graphql(`
  query DecisionDetail($id: ID!) {
    decision(id: $id) {
      ...DecisionDetailFields
    }
  }
`);

type Note = DecisionDetailFieldsFragment['notes'][number];

/** One decision with its history of follow-up notes; the secretariat records notes and status here. */
export function DecisionView() {
  const { id = '' } = useParams();
  const auth = useAuth();
  const { data, loading, error } = useQuery(DecisionDetailQuery, { variables: { id } });
  const decision = data?.decision;

  const noteColumns: Column<Note>[] = [
    { id: 'date', header: 'Datum', value: (n) => n.date, cell: (n) => formatDate(n.date), rowHeader: true },
    { id: 'text', header: 'Uppföljning', value: (n) => n.text },
    {
      id: 'status',
      header: 'Statusändring',
      value: (n) => (n.statusTo ? `${decisionStatusLabel[n.statusFrom ?? ''] ?? n.statusFrom ?? ''} → ${decisionStatusLabel[n.statusTo] ?? n.statusTo}` : null),
    },
    { id: 'author', header: 'Från huvudman', value: (n) => n.authorHuvudman.name },
  ];

  return (
    <>
      <p>
        <Link to="/beslut">← Alla beslut</Link>
      </p>
      <QueryStatus loading={loading} error={error} hasData={!!data}>
        {!decision ? (
          <>
            <ViewHeading>Beslutet finns inte</ViewHeading>
            <p>Inget beslut har id {id}.</p>
          </>
        ) : (
          <>
            <ViewHeading>Beslut: {decision.body.shortName}</ViewHeading>
            <PartialNotice error={error} />
            <p className="lead">{decision.text}</p>
            <dl className="facts">
              <dt>Status</dt>
              <dd data-testid="decision-status">{decisionStatusLabel[decision.status] ?? decision.status}</dd>
              <dt>Organ</dt>
              <dd>{decision.body.name}</dd>
              <dt>Möte</dt>
              <dd>
                <Link to={`/moten/${encodeURIComponent(decision.meeting.id)}`}>{formatDate(decision.meeting.date)}</Link>
                {decision.item.number ? `, ärende ${decision.item.number}` : ''} {decision.item.title}
              </dd>
              <dt>Ansvarig</dt>
              <dd>{ownerText(decision)}</dd>
              <dt>Beslutat</dt>
              <dd>{formatDate(decision.decidedOn ?? decision.raisedOn)}</dd>
              <dt>Ålder</dt>
              <dd>{decision.ageInDays === null || decision.ageInDays === undefined ? '–' : formatDays(decision.ageInDays)}</dd>
              <dt>Klart senast</dt>
              <dd>{decision.dueDate ? formatDate(decision.dueDate) : (decision.timeframe ?? 'Inget datum angivet')}</dd>
              {decision.condition && (
                <>
                  <dt>Villkor</dt>
                  <dd>{decision.condition}</dd>
                </>
              )}
              {decision.addition && (
                <>
                  <dt>Tillägg</dt>
                  <dd>{decision.addition}</dd>
                </>
              )}
            </dl>
            <h2>Uppföljning</h2>
            {decision.notes.length === 0 ? (
              <p>Ingen uppföljning har registrerats.</p>
            ) : (
              <DataTable
                caption="Uppföljningar av beslutet, äldst först"
                columns={noteColumns}
                rows={decision.notes}
                rowKey={(n) => n.id}
                csvName={`uppfoljning-${decision.id}`}
              />
            )}
            {auth.hasRole('secretariat') ? (
              <DecisionFollowUp decision={decision} />
            ) : (
              <p>{auth.available ? 'Sekretariatet loggar in för att registrera uppföljning och ändra status.' : ''}</p>
            )}
          </>
        )}
      </QueryStatus>
    </>
  );
}
