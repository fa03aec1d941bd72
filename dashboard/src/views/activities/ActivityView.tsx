import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { ViewHeading } from '../../app/Layout';
import { useAuth } from '../../auth/auth-context';
import { DataTable, type Column } from '../../components/DataTable';
import { FollowUpForm } from '../../components/FollowUpForm';
import { QueryStatus } from '../../components/QueryStatus';
import { activityStatusLabel, activityStatusMoves } from '../../format/labels';
import { formatDate } from '../../format/sv';
import { graphql } from '../../gql';
import type { ActivityDetailFieldsFragment, PlanActivityStatus } from '../../gql/graphql';

export const ActivityDetailFields = graphql(`
  fragment ActivityDetailFields on PlanActivity {
    id
    title
    status
    version
    plan {
      id
      name
    }
    area {
      id
      name
    }
    goals {
      id
      title
    }
    responsibility {
      kind
      bodyName
      basis
      huvudmen {
        id
        name
      }
    }
    directive {
      timeline
      assignment
      execution
      financing
      followUp
    }
    handledIn
    followUps {
      recordedAt
      fromStatus
      toStatus
      note
      recordedBy {
        id
        name
      }
    }
  }
`);

// The graph has no single-activity field: the activities of all plans are few (tens), read in one request.
const ActivityDetailQuery = graphql(`
  query ActivityDetail {
    planActivities {
      ...ActivityDetailFields
    }
  }
`);

const UpdatePlanActivityStatusMutation = graphql(`
  mutation UpdatePlanActivityStatus($input: UpdatePlanActivityStatusInput!) {
    updatePlanActivityStatus(input: $input) {
      ...ActivityDetailFields
    }
  }
`);

type FollowUp = ActivityDetailFieldsFragment['followUps'][number];

function responsibilityText(r: ActivityDetailFieldsFragment['responsibility']): string {
  if (r.kind === 'JOINT') return 'Gemensamt, alla huvudmän';
  if (r.kind === 'BODY') return r.bodyName ?? 'Ett organ';
  return r.huvudmen.map((h) => h.name).join(', ') || 'Ej angivet';
}

/**
 * One plan activity (aktivitet) with its uppdragsdirektiv and follow-up history; the secretariat records
 * follow-ups and moves its status here (updatePlanActivityStatus, based on its version). The Planer
 * view links here: /planer/aktivitet/<id>, e.g. /planer/aktivitet/fardplan-nara-vard-2023-2026/2023-samordning-och-partnerskap-12.
 */
export function ActivityView() {
  // Activity ids hold a slash ("<plan>/<activity>"): the rest of the path is the id.
  const id = useParams()['*'] ?? '';
  const auth = useAuth();
  const { data, loading, error } = useQuery(ActivityDetailQuery);
  const [update] = useMutation(UpdatePlanActivityStatusMutation);
  const activity = data?.planActivities.find((a) => a.id === id);
  const columns: Column<FollowUp>[] = [
    { id: 'date', header: 'Datum', value: (f) => f.recordedAt.slice(0, 10), cell: (f) => formatDate(f.recordedAt), rowHeader: true },
    { id: 'note', header: 'Uppföljning', value: (f) => f.note },
    {
      id: 'status',
      header: 'Statusändring',
      value: (f) => (f.fromStatus === f.toStatus ? null : `${activityStatusLabel[f.fromStatus]} → ${activityStatusLabel[f.toStatus]}`),
    },
    { id: 'by', header: 'Registrerad av', value: (f) => f.recordedBy?.name ?? null },
  ];
  return (
    <>
      <p>
        <Link to="/planer">← Planer</Link>
      </p>
      <QueryStatus loading={loading} error={error} hasData={!!data}>
        {!activity ? (
          <>
            <ViewHeading>Aktiviteten finns inte</ViewHeading>
            <p>Ingen aktivitet har id {id}.</p>
          </>
        ) : (
          <>
            <ViewHeading>Aktivitet: {activity.title}</ViewHeading>
            <dl className="facts">
              <dt>Status</dt>
              <dd data-testid="activity-status">{activityStatusLabel[activity.status] ?? activity.status}</dd>
              <dt>Plan</dt>
              <dd>{activity.plan.name}</dd>
              {activity.area && (
                <>
                  <dt>Område</dt>
                  <dd>{activity.area.name}</dd>
                </>
              )}
              <dt>Ansvar</dt>
              <dd>{responsibilityText(activity.responsibility)}</dd>
              {activity.goals.length > 0 && (
                <>
                  <dt>Mål</dt>
                  <dd>{activity.goals.map((g) => g.title).join('; ')}</dd>
                </>
              )}
              {(
                [
                  ['Tidsplan', activity.directive.timeline],
                  ['Uppdrag', activity.directive.assignment],
                  ['Genomförande', activity.directive.execution],
                  ['Finansiering', activity.directive.financing],
                  ['Uppföljning', activity.directive.followUp],
                ] as const
              ).map(([label, value]) => (
                <FragmentPair key={label} label={label} value={value ?? 'Inte angivet i planen'} />
              ))}
            </dl>
            <h2>Uppföljningar</h2>
            {activity.followUps.length === 0 ? (
              <p>Ingen uppföljning har registrerats.</p>
            ) : (
              <DataTable
                caption="Uppföljningar av aktiviteten, äldst först"
                columns={columns}
                rows={activity.followUps}
                rowKey={(f) => `${f.recordedAt}-${f.note}`}
                csvName={`uppfoljning-aktivitet`}
              />
            )}
            {auth.hasRole('secretariat') && (
              <FollowUpForm
                status={activity.status}
                moves={activityStatusMoves[activity.status] ?? []}
                statusLabel={activityStatusLabel}
                refetch={['ActivityDetail']}
                save={(note, status) =>
                  update({
                    variables: {
                      input: { activityId: activity.id, expectedVersion: activity.version, note, status: (status || activity.status) as PlanActivityStatus },
                    },
                  })
                }
              />
            )}
          </>
        )}
      </QueryStatus>
    </>
  );
}

function FragmentPair({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}
