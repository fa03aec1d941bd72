import { Fragment, useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { ViewHeading } from '../../app/Layout';
import { activityPath } from '../../app/paths';
import { useUrlFilters } from '../../app/url-filters';
import { Chart, type ChartOption } from '../../components/Chart';
import { DataTable, type Column } from '../../components/DataTable';
import { Missing } from '../../components/Missing';
import { PartialNotice } from '../../components/PartialNotice';
import { SelectFilter } from '../../components/SelectFilter';
import { QueryStatus } from '../../components/QueryStatus';
import { activityStatusLabel, assignmentStatusLabel, responsibilityKindLabel } from '../../format/labels';
import { formatDate, formatInteger } from '../../format/sv';
import { graphql } from '../../gql';
import type { PlanActivityStatus, PlansQuery } from '../../gql/graphql';
import { unavailableHuvudmen } from '../../graphql/partial';

/** The nämnd whose verksamhetsplan is shown: Region Örebro län's hälso- och sjukvårdsnämnd. */
export const REGION_ID = '18';
export const OPERATIONAL_PLAN_YEAR = 2024;

// One row of the activities table, the same for an area's activities and a prerequisite's.
graphql(`
  fragment PlanActivityRow on PlanActivity {
    id
    title
    status
    goals {
      id
      title
    }
    responsibility {
      kind
      bodyName
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
  }
`);

// The joint plans (samverkan) and the nämnd's verksamhetsplan (the region's own subgraph) in one request.
const PlansQueryDocument = graphql(`
  query Plans($activityStatus: PlanActivityStatus, $year: Int!, $regionId: ID!) {
    jointPlans {
      id
      kind
      name
      validFrom
      validTo
      summary
      adoptedBy
      adoptedOn
      followUp
      effectGoals: goals(kind: EFFECT_GOAL) {
        id
        title
        description
      }
      focusAreas: goals(kind: FOCUS_AREA) {
        id
        title
        description
        children {
          id
          number
          title
          description
          perspectives {
            number
            name
          }
        }
      }
      perspectives {
        number
        name
        description
      }
      areas {
        id
        name
        note
        activities(status: $activityStatus) {
          ...PlanActivityRow
        }
      }
      prerequisites {
        number
        title
        activities {
          ...PlanActivityRow
        }
      }
    }
    huvudman(id: $regionId) {
      id
      name
      region {
        id
        operationalPlan(year: $year) {
          id
          name
          owner
          assignments {
            id
            number
            text
            parts {
              letter
              text
            }
            assignee
            status
            perspectives {
              id
              name
            }
            followedBy {
              id
              name
            }
          }
        }
      }
    }
  }
`);

type Plan = PlansQuery['jointPlans'][number];
type Activity = (Plan['areas'][number]['activities'][number] | Plan['prerequisites'][number]['activities'][number]) & { areaId: string; areaName: string };
type Assignment = NonNullable<NonNullable<NonNullable<PlansQuery['huvudman']>['region']>['operationalPlan']>['assignments'][number];

const STATUS_ORDER = ['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'];
const STATUS_COLOURS = ['#14537a', '#b35c00', '#1d6b34', '#6b6b6b'];

/** An uppdragsdirektiv field the färdplan leaves open: said in words, not left blank. */
const OPEN = 'Anges inte';

/**
 * Planer: the handlingsplan's goal tree, the färdplan's activities by area and status with their
 * uppdragsdirektiv, and the hälso- och sjukvårdsnämnd's verksamhetsplan with its uppdrag. Filters in the
 * URL: /planer?status=IN_PROGRESS&omrade=<area id>&uppdrag=ASSIGNED&aktivitet=<activity id>.
 */
export function PlansView() {
  const filters = useUrlFilters();
  const status = filters.get('status');
  const areaId = filters.get('omrade');
  const activityId = filters.get('aktivitet');
  const assignmentStatus = filters.get('uppdrag');
  const activityStatus = status && status in activityStatusLabel ? (status as PlanActivityStatus) : undefined;
  const { data, previousData, loading, error } = useQuery(PlansQueryDocument, {
    variables: { activityStatus, year: OPERATIONAL_PLAN_YEAR, regionId: REGION_ID },
  });
  const shown = data ?? previousData;
  const regionMissing = unavailableHuvudmen(error).includes(REGION_ID);
  const actionPlans = shown?.jointPlans.filter((p) => p.kind === 'ACTION_PLAN') ?? [];
  const roadmaps = shown?.jointPlans.filter((p) => p.kind === 'ROADMAP') ?? [];
  const operationalPlan = shown?.huvudman?.region?.operationalPlan;
  const assignments = (operationalPlan?.assignments ?? []).filter((a) => !assignmentStatus || a.status === assignmentStatus);

  return (
    <>
      <ViewHeading>Planer</ViewHeading>
      <p className="lead">
        De gemensamma planerna: handlingsplanens mål, färdplanens aktiviteter med uppdragsdirektiv och hälso- och sjukvårdsnämndens verksamhetsplan{' '}
        {OPERATIONAL_PLAN_YEAR} med dess uppdrag.
      </p>
      <QueryStatus loading={loading} error={error} hasData={!!shown}>
        <PartialNotice error={error} />
        {actionPlans.map((plan) => (
          <GoalTree key={plan.id} plan={plan} />
        ))}
        {roadmaps.map((plan) => (
          <RoadmapActivities
            key={plan.id}
            plan={plan}
            status={status}
            areaId={areaId}
            activityId={activityId}
            setFilter={filters.set}
            statusLabel={activityStatus ? activityStatusLabel[activityStatus].toLowerCase() : 'alla statusar'}
          />
        ))}
        <section aria-labelledby="verksamhetsplan">
          <h2 id="verksamhetsplan">{operationalPlan?.name ?? `Hälso- och sjukvårdsnämndens verksamhetsplan ${OPERATIONAL_PLAN_YEAR}`}</h2>
          {regionMissing ? (
            <p>
              Verksamhetsplanen hämtas från Region Örebro läns eget system, som inte svarar just nu: uppdragen <Missing />.
            </p>
          ) : !operationalPlan ? (
            <p>Ingen verksamhetsplan för {OPERATIONAL_PLAN_YEAR} finns registrerad.</p>
          ) : (
            <>
              <p>
                Ägare: {operationalPlan.owner}. {formatInteger(operationalPlan.assignments.length)} uppdrag.
              </p>
              <form className="filters" aria-label="Filtrera uppdrag" onSubmit={(e) => e.preventDefault()}>
                <SelectFilter
                  label="Uppdragens status"
                  value={assignmentStatus ?? ''}
                  onChange={(v) => filters.set('uppdrag', v)}
                  options={[{ value: '', label: 'Alla' }, ...Object.entries(assignmentStatusLabel).map(([value, label]) => ({ value, label }))]}
                />
              </form>
              <DataTable
                caption={`Nämndens uppdrag ${OPERATIONAL_PLAN_YEAR} med status${assignmentStatus ? ` (${assignmentStatusLabel[assignmentStatus]?.toLowerCase()})` : ''}`}
                columns={assignmentColumns}
                rows={assignments}
                rowKey={(a) => a.id}
                csvName={`verksamhetsplan-${OPERATIONAL_PLAN_YEAR}-uppdrag`}
              />
            </>
          )}
        </section>
      </QueryStatus>
    </>
  );
}

const assignmentColumns: Column<Assignment>[] = [
  { id: 'number', header: 'Nr', numeric: true, value: (a) => a.number, rowHeader: true },
  {
    id: 'text',
    header: 'Uppdrag',
    value: (a) => [a.text, ...a.parts.map((p) => `${p.letter}) ${p.text}`)].join(' '),
    cell: (a) => (
      <>
        {a.text}
        {a.parts.length > 0 && (
          <ol className="parts">
            {a.parts.map((p) => (
              <li key={p.letter}>
                {p.letter}) {p.text}
              </li>
            ))}
          </ol>
        )}
      </>
    ),
  },
  { id: 'status', header: 'Status', value: (a) => assignmentStatusLabel[a.status] ?? a.status },
  { id: 'assignee', header: 'Uppdragstagare', value: (a) => a.assignee },
  { id: 'perspective', header: 'Perspektiv', value: (a) => a.perspectives.map((p) => p.name).join(', ') || null },
  { id: 'followedBy', header: 'Följs av', value: (a) => a.followedBy.map((c) => c.name).join(', ') || null },
];

/** A handlingsplan's goal tree: effektmål, insatsområden with their delmål, and the genomsyrande perspektiv. */
function GoalTree({ plan }: { plan: Plan }) {
  return (
    <section aria-labelledby={`plan-${plan.id}-rubrik`} id={`plan-${plan.id}`}>
      <h2 id={`plan-${plan.id}-rubrik`}>
        {plan.name} {plan.validFrom}–{plan.validTo}
      </h2>
      <p>
        {plan.adoptedBy && `Antagen av ${plan.adoptedBy}`}
        {plan.adoptedOn && ` den ${formatDate(plan.adoptedOn)}`}
        {plan.adoptedBy && '.'} {plan.followUp}
      </p>
      <h3>Effektmål</h3>
      <ul>
        {plan.effectGoals.map((goal) => (
          <li key={goal.id} id={`mal-${goal.id}`}>
            {goal.title}
          </li>
        ))}
      </ul>
      {plan.focusAreas.map((area) => (
        <div key={area.id} id={`mal-${area.id}`}>
          <h3>Insatsområde: {area.title}</h3>
          {area.description && <p>{area.description}</p>}
          <h4>Delmål</h4>
          <ol className="goal-list">
            {area.children.map((goal) => (
              <li key={goal.id} id={`mal-${goal.id}`} value={goal.number ?? undefined}>
                <strong>{goal.title}</strong>
                {goal.description && <p>{goal.description}</p>}
                {goal.perspectives.length > 0 && <p>Genomsyrande perspektiv att beakta: {goal.perspectives.map((p) => p.name).join(', ')}.</p>}
              </li>
            ))}
          </ol>
        </div>
      ))}
      {plan.perspectives.length > 0 && (
        <>
          <h3>Genomsyrande perspektiv</h3>
          <dl className="facts">
            {plan.perspectives.map((p) => (
              <Fragment key={p.number}>
                <dt>
                  {p.number}. {p.name}
                </dt>
                <dd>{p.description}</dd>
              </Fragment>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}

interface RoadmapProps {
  plan: Plan;
  status: string | undefined;
  areaId: string | undefined;
  activityId: string | undefined;
  statusLabel: string;
  setFilter: (name: string, value: string | undefined) => void;
}

/** A färdplan's activities by area and status (chart + table of counts), then each activity with its uppdragsdirektiv. */
function RoadmapActivities({ plan, status, areaId, activityId, statusLabel, setFilter }: RoadmapProps) {
  // Activities sit in an area or under a systemförutsättning; both are "områden" here.
  const groups = useMemo(
    () => [
      ...plan.areas.map((area) => ({ id: area.id, name: area.name, activities: area.activities })),
      ...plan.prerequisites.map((p) => ({
        id: `forutsattning-${p.number}`,
        name: `Förutsättning ${p.number}: ${p.title}`,
        activities: p.activities.filter((a) => !status || a.status === status),
      })),
    ],
    [plan, status],
  );
  const activities = useMemo<Activity[]>(
    () => groups.flatMap((group) => group.activities.map((a) => ({ ...a, areaId: group.id, areaName: group.name }))),
    [groups],
  );
  const counts = useMemo(
    () =>
      groups.map((group) => {
        const row: Record<string, number> & { id: string; name: string } = { id: group.id, name: group.name } as never;
        for (const s of STATUS_ORDER) row[s] = group.activities.filter((a) => a.status === s).length;
        return row;
      }),
    [groups],
  );
  const shown = activities.filter((a) => (!areaId || a.areaId === areaId) && (!activityId || a.id === activityId));
  const chart = useMemo<ChartOption>(
    () => ({
      grid: { left: 260, right: 20, top: 40, bottom: 30 },
      legend: { top: 0 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: counts.map((c) => c.name), inverse: true, axisLabel: { width: 250, overflow: 'truncate' } },
      tooltip: {},
      series: STATUS_ORDER.map((s, i) => ({
        type: 'bar',
        stack: 'status',
        name: activityStatusLabel[s],
        data: counts.map((c) => c[s]),
        itemStyle: { color: STATUS_COLOURS[i] },
      })),
    }),
    [counts],
  );
  const countColumns: Column<(typeof counts)[number]>[] = [
    { id: 'area', header: 'Område', value: (c) => c.name, rowHeader: true },
    ...STATUS_ORDER.map((s) => ({ id: s, header: activityStatusLabel[s], numeric: true, value: (c: (typeof counts)[number]) => c[s] })),
    { id: 'total', header: 'Totalt', numeric: true, value: (c) => STATUS_ORDER.reduce((sum, s) => sum + c[s], 0) },
  ];

  return (
    <section aria-labelledby={`plan-${plan.id}-rubrik`} id={`plan-${plan.id}`}>
      <h2 id={`plan-${plan.id}-rubrik`}>
        {plan.name} {plan.validFrom}–{plan.validTo}
      </h2>
      <p>{plan.summary}</p>
      {plan.followUp && <p>Uppföljning: {plan.followUp}</p>}
      <h3>Aktiviteter per område och status</h3>
      <Chart
        option={chart}
        height={counts.length * 34 + 80}
        summary={`Aktiviteter per område (${statusLabel}): ${counts
          .map((c) => `${c.name} ${STATUS_ORDER.map((s) => `${activityStatusLabel[s].toLowerCase()} ${c[s]}`).join(', ')}`)
          .join('; ')}.`}
      />
      <DataTable
        caption={`Antal aktiviteter per område och status (${statusLabel})`}
        columns={countColumns}
        rows={counts}
        rowKey={(c) => c.id}
        csvName="aktiviteter-per-omrade"
      />

      <h3>Aktiviteterna med uppdragsdirektiv</h3>
      <form className="filters" aria-label="Filtrera aktiviteter" onSubmit={(e) => e.preventDefault()}>
        <SelectFilter
          label="Område"
          value={areaId ?? ''}
          onChange={(v) => setFilter('omrade', v)}
          options={[{ value: '', label: 'Alla områden' }, ...groups.map((group) => ({ value: group.id, label: group.name }))]}
        />
        <SelectFilter
          label="Status"
          value={status ?? ''}
          onChange={(v) => setFilter('status', v)}
          options={[{ value: '', label: 'Alla statusar' }, ...STATUS_ORDER.map((s) => ({ value: s, label: activityStatusLabel[s] }))]}
        />
        {activityId && (
          <button type="button" className="button button-secondary" onClick={() => setFilter('aktivitet', undefined)}>
            Visa alla aktiviteter
          </button>
        )}
      </form>
      <DataTable
        caption={`Färdplanens aktiviteter (${statusLabel}) med ansvar och uppdragsdirektiv`}
        columns={activityColumns}
        rows={shown}
        rowKey={(a) => a.id}
        csvName="fardplan-aktiviteter"
      />
    </section>
  );
}

const directive = (value: string | null | undefined) => value ?? OPEN;

const activityColumns: Column<Activity>[] = [
  { id: 'title', header: 'Aktivitet', value: (a) => a.title, rowHeader: true, cell: (a) => <Link to={activityPath(a.id)}>{a.title}</Link> },
  { id: 'area', header: 'Område', value: (a) => a.areaName },
  { id: 'status', header: 'Status', value: (a) => activityStatusLabel[a.status] ?? a.status },
  { id: 'goals', header: 'Mål', value: (a) => a.goals.map((g) => g.title).join('; ') || null },
  {
    id: 'responsibility',
    header: 'Ansvar',
    value: (a) =>
      a.responsibility.kind === 'JOINT'
        ? 'Länsgemensam (alla huvudmän)'
        : [responsibilityKindLabel[a.responsibility.kind], a.responsibility.bodyName, a.responsibility.huvudmen.map((h) => h.name).join(', ')]
            .filter(Boolean)
            .join(': '),
  },
  { id: 'timeline', header: 'Tidplan', value: (a) => directive(a.directive.timeline) },
  { id: 'assignment', header: 'Uppdrag', value: (a) => directive(a.directive.assignment) },
  { id: 'execution', header: 'Genomförande', value: (a) => directive(a.directive.execution) },
  { id: 'financing', header: 'Finansiering', value: (a) => directive(a.directive.financing) },
  { id: 'followUp', header: 'Uppföljning', value: (a) => directive(a.directive.followUp) },
  { id: 'handledIn', header: 'Hanteras i', value: (a) => a.handledIn ?? null },
];
