import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { ViewHeading } from '../../app/Layout';
import { activityPath } from '../../app/paths';
import { DataTable, type Column } from '../../components/DataTable';
import { PartialNotice } from '../../components/PartialNotice';
import { SelectFilter } from '../../components/SelectFilter';
import { QueryStatus } from '../../components/QueryStatus';
import {
  activityStatusLabel,
  agreementStageLabel,
  bodyKindLabel,
  decisionStatusLabel,
  membershipRoleLabel,
  metText,
  recipientGroupLabel,
  reportStatusLabel,
  responsibilityKindLabel,
  serviceKindLabel,
} from '../../format/labels';
import { formatDate } from '../../format/sv';
import { graphql } from '../../gql';
import type { HuvudmanPageQuery } from '../../gql/graphql';

export const HUVUDMAN_YEAR = 2024;

// Everything one huvudman is responsible for, in one request: seats, owned decisions, plan activities,
// agreements and co-owned services (samverkan), its grant allocations, and its own indicator values
// (from its own subgraph, through each indicator's matrix).
const HuvudmanPageQueryDocument = graphql(`
  query HuvudmanPage($id: ID!, $year: Int!, $period: String!) {
    huvudmen {
      id
      name
    }
    huvudman(id: $id) {
      id
      name
      kind
      orgNumber
      lansdel {
        id
        name
      }
      memberships {
        id
        body {
          id
          shortName
          name
          kind
        }
        role
        person {
          id
          name
        }
        representing
        periodFrom
        periodTo
      }
      ownedDecisions {
        id
        text
        status
        raisedOn
        body {
          id
          shortName
        }
        meeting {
          id
          date
        }
        ownerPerson {
          id
          name
        }
        ownerDescription
        dueDate
        timeframe
      }
      responsibleActivities {
        id
        title
        status
        plan {
          id
          name
        }
        area {
          id
          name
        }
        responsibility {
          kind
        }
      }
      agreements {
        id
        name
        stage
        validFrom
        validTo
      }
      coOwnedServices {
        sharePercent
        budgetPart(year: $year) {
          amountSek
          isExample
        }
        service {
          id
          name
          kind
          employer {
            id
            name
          }
        }
      }
    }
    grantProgrammes {
      id
      name
      year
      allocation(huvudmanId: $id) {
        recipients
        amountSek
        computed
      }
    }
    indicators {
      id
      name
      unitLabel
      matrix(period: $period) {
        target {
          text
        }
        cells {
          huvudman {
            id
          }
          status
          value
          met
        }
      }
    }
  }
`);

type Huvudman = NonNullable<HuvudmanPageQuery['huvudman']>;
type Membership = Huvudman['memberships'][number];
type Decision = Huvudman['ownedDecisions'][number];
type Activity = Huvudman['responsibleActivities'][number];
type Agreement = Huvudman['agreements'][number];
type Ownership = Huvudman['coOwnedServices'][number];
type Grant = HuvudmanPageQuery['grantProgrammes'][number] & { allocation: NonNullable<HuvudmanPageQuery['grantProgrammes'][number]['allocation']> };
type IndicatorRow = {
  id: string;
  name: string;
  unitLabel: string;
  target: string | null;
  cell: NonNullable<HuvudmanPageQuery['indicators'][number]['matrix']>['cells'][number];
};

/**
 * Huvudman: everything one huvudman is responsible for. URL: /huvudman/1880 (Örebro kommun), /huvudman/18
 * (the region); /huvudman alone lists the huvudmän to choose from.
 */
export function HuvudmanView() {
  const { id } = useParams();
  const navigate = useNavigate();
  const { data, previousData, loading, error } = useQuery(HuvudmanPageQueryDocument, {
    variables: { id: id ?? '18', year: HUVUDMAN_YEAR, period: String(HUVUDMAN_YEAR) },
  });
  const shown = data ?? previousData;
  const huvudman = id ? shown?.huvudman : undefined;
  const grants = useMemo(() => (shown?.grantProgrammes ?? []).filter((g): g is Grant => !!g.allocation), [shown]);
  const indicators = useMemo<IndicatorRow[]>(
    () =>
      (shown?.indicators ?? []).flatMap((indicator) => {
        const cell = indicator.matrix?.cells.find((c) => c.huvudman.id === id);
        if (!cell || cell.status === 'NOT_APPLICABLE') return [];
        return [{ id: indicator.id, name: indicator.name, unitLabel: indicator.unitLabel, target: indicator.matrix?.target?.text ?? null, cell }];
      }),
    [shown, id],
  );

  return (
    <>
      {/* The heading is there before the data, so focus can move to it when the view opens. */}
      <ViewHeading>{huvudman ? huvudman.name : id && shown ? 'Huvudmannen finns inte' : 'Huvudman'}</ViewHeading>
      <p className="lead">
        Allt en huvudman ansvarar för i samverkan: platser i organen, beslut, aktiviteter, överenskommelser, verksamheter, stimulansmedel och mått.
      </p>
      <QueryStatus loading={loading} error={error} hasData={!!shown}>
        <form className="filters" aria-label="Välj huvudman" onSubmit={(e) => e.preventDefault()}>
          <SelectFilter
            label="Huvudman"
            value={id ?? ''}
            onChange={(v) => navigate(v ? `/huvudman/${encodeURIComponent(v)}` : '/huvudman')}
            options={[{ value: '', label: 'Välj huvudman' }, ...(shown?.huvudmen ?? []).map((h) => ({ value: h.id, label: h.name }))]}
          />
        </form>
        {id && <PartialNotice error={error} />}
        {!id ? (
          <ul>
            {(shown?.huvudmen ?? []).map((h) => (
              <li key={h.id}>
                <Link to={`/huvudman/${encodeURIComponent(h.id)}`}>{h.name}</Link>
              </li>
            ))}
          </ul>
        ) : !huvudman ? (
          <p>Ingen huvudman har id {id}.</p>
        ) : (
          <Responsibilities huvudman={huvudman} grants={grants} indicators={indicators} />
        )}
      </QueryStatus>
    </>
  );
}

function Responsibilities({ huvudman, grants, indicators }: { huvudman: Huvudman; grants: Grant[]; indicators: IndicatorRow[] }) {
  const csv = (what: string) => `${huvudman.id}-${what}`;
  return (
    <>
      <dl className="facts">
        <dt>Slag</dt>
        <dd>{huvudman.kind === 'REGION' ? 'Region' : 'Kommun'}</dd>
        <dt>Länsdel</dt>
        <dd>{huvudman.lansdel?.name ?? 'Hela länet'}</dd>
        {huvudman.orgNumber && (
          <>
            <dt>Organisationsnummer</dt>
            <dd>{huvudman.orgNumber}</dd>
          </>
        )}
      </dl>

      <h2>Platser i de gemensamma organen</h2>
      <DataTable
        caption={`${huvudman.name}: platser i organen`}
        columns={membershipColumns}
        rows={huvudman.memberships}
        rowKey={(m) => m.id}
        csvName={csv('platser')}
      />

      <h2>Beslut där huvudmannen är ansvarig</h2>
      <DataTable
        caption={`${huvudman.name}: beslut med huvudmannen som ansvarig`}
        columns={decisionColumns}
        rows={huvudman.ownedDecisions}
        rowKey={(d) => d.id}
        csvName={csv('beslut')}
      />

      <h2>Aktiviteter i planerna</h2>
      <DataTable
        caption={`${huvudman.name}: aktiviteter i planerna som huvudmannen ansvarar för`}
        columns={activityColumns}
        rows={huvudman.responsibleActivities}
        rowKey={(a) => a.id}
        csvName={csv('aktiviteter')}
      />

      <h2>Överenskommelser</h2>
      <DataTable
        caption={`${huvudman.name}: överenskommelser där huvudmannen är part`}
        columns={agreementColumns}
        rows={huvudman.agreements}
        rowKey={(a) => a.id}
        csvName={csv('overenskommelser')}
      />

      <h2>Samägda verksamheter</h2>
      <DataTable
        caption={`${huvudman.name}: samägda verksamheter med andel och del av budget ${HUVUDMAN_YEAR}`}
        columns={ownershipColumns}
        rows={huvudman.coOwnedServices}
        rowKey={(o) => o.service.id}
        csvName={csv('verksamheter')}
      />

      <h2>Stimulansmedel</h2>
      <DataTable
        caption={`${huvudman.name}: tilldelade stimulansmedel per program`}
        columns={grantColumns}
        rows={grants}
        rowKey={(g) => g.id}
        csvName={csv('stimulansmedel')}
      />

      <h2>Mått {HUVUDMAN_YEAR}</h2>
      <DataTable
        caption={`${huvudman.name}: mått ${HUVUDMAN_YEAR} mot målen`}
        columns={indicatorColumns}
        rows={indicators}
        rowKey={(i) => i.id}
        csvName={csv('matt')}
      />
    </>
  );
}

const membershipColumns: Column<Membership>[] = [
  { id: 'body', header: 'Organ', value: (m) => m.body.name, rowHeader: true },
  { id: 'kind', header: 'Slag', value: (m) => bodyKindLabel[m.body.kind] ?? m.body.kind },
  { id: 'role', header: 'Roll', value: (m) => membershipRoleLabel[m.role] ?? m.role },
  { id: 'person', header: 'Person', value: (m) => m.person?.name ?? 'Vakant eller inte angiven' },
  { id: 'representing', header: 'Företräder', value: (m) => m.representing ?? null },
  { id: 'period', header: 'Period', value: (m) => [m.periodFrom, m.periodTo].filter(Boolean).join('–') || null },
];

const decisionColumns: Column<Decision>[] = [
  { id: 'text', header: 'Beslut', value: (d) => d.text, rowHeader: true, cell: (d) => <Link to={`/beslut/${encodeURIComponent(d.id)}`}>{d.text}</Link> },
  { id: 'body', header: 'Organ', value: (d) => d.body.shortName },
  { id: 'status', header: 'Status', value: (d) => decisionStatusLabel[d.status] ?? d.status },
  {
    id: 'meeting',
    header: 'Möte',
    value: (d) => d.meeting?.date ?? d.raisedOn,
    cell: (d) => (d.meeting ? <Link to={`/moten/${encodeURIComponent(d.meeting.id)}`}>{formatDate(d.meeting.date)}</Link> : formatDate(d.raisedOn)),
  },
  { id: 'person', header: 'Ansvarig person', value: (d) => d.ownerPerson?.name ?? d.ownerDescription ?? null },
  {
    id: 'due',
    header: 'Klart senast',
    value: (d) => d.dueDate ?? d.timeframe ?? null,
    cell: (d) => (d.dueDate ? formatDate(d.dueDate) : (d.timeframe ?? '–')),
  },
];

const activityColumns: Column<Activity>[] = [
  { id: 'title', header: 'Aktivitet', value: (a) => a.title, rowHeader: true, cell: (a) => <Link to={activityPath(a.id)}>{a.title}</Link> },
  { id: 'plan', header: 'Plan', value: (a) => a.plan.name },
  { id: 'area', header: 'Område', value: (a) => a.area?.name ?? null },
  { id: 'status', header: 'Status', value: (a) => activityStatusLabel[a.status] ?? a.status },
  { id: 'responsibility', header: 'Ansvar', value: (a) => responsibilityKindLabel[a.responsibility.kind] ?? a.responsibility.kind },
];

const agreementColumns: Column<Agreement>[] = [
  { id: 'name', header: 'Överenskommelse', value: (a) => a.name, rowHeader: true },
  { id: 'stage', header: 'Läge', value: (a) => agreementStageLabel[a.stage] ?? a.stage },
  { id: 'validFrom', header: 'Gäller från', value: (a) => a.validFrom ?? null, cell: (a) => (a.validFrom ? formatDate(a.validFrom) : '–') },
  { id: 'validTo', header: 'Gäller till', value: (a) => a.validTo ?? null, cell: (a) => (a.validTo ? formatDate(a.validTo) : '–') },
];

const ownershipColumns: Column<Ownership>[] = [
  {
    id: 'service',
    header: 'Verksamhet',
    value: (o) => o.service.name,
    rowHeader: true,
    cell: (o) => <Link to={`/samagda-verksamheter?verksamhet=${encodeURIComponent(o.service.id)}`}>{o.service.name}</Link>,
  },
  { id: 'kind', header: 'Slag', value: (o) => serviceKindLabel[o.service.kind] ?? o.service.kind },
  { id: 'share', header: 'Andel (%)', numeric: true, value: (o) => o.sharePercent },
  { id: 'budgetPart', header: `Del av budget ${HUVUDMAN_YEAR} (kr)`, numeric: true, value: (o) => o.budgetPart?.amountSek ?? null },
  { id: 'employer', header: 'Arbetsgivare', value: (o) => o.service.employer?.name ?? null },
];

const grantColumns: Column<Grant>[] = [
  {
    id: 'programme',
    header: 'Program',
    value: (g) => g.name,
    rowHeader: true,
    cell: (g) => <Link to={`/stimulansmedel?program=${encodeURIComponent(g.id)}`}>{g.name}</Link>,
  },
  { id: 'recipients', header: 'Del av', value: (g) => recipientGroupLabel[g.allocation.recipients] ?? g.allocation.recipients },
  { id: 'amount', header: 'Tilldelat (kr)', numeric: true, value: (g) => g.allocation.amountSek },
  { id: 'basis', header: 'Underlag', value: (g) => (g.allocation.computed ? 'Beräknat efter folkmängd' : 'Officiellt belopp') },
];

const indicatorColumns: Column<IndicatorRow>[] = [
  {
    id: 'name',
    header: 'Mått',
    value: (i) => i.name,
    rowHeader: true,
    cell: (i) => <Link to={`/uppfoljning?indikator=${encodeURIComponent(i.id)}`}>{i.name}</Link>,
  },
  { id: 'status', header: 'Rapportering', value: (i) => reportStatusLabel[i.cell.status] ?? i.cell.status },
  { id: 'value', header: 'Värde', numeric: true, value: (i) => i.cell.value ?? null, missing: (i) => i.cell.status === 'HUVUDMAN_UNAVAILABLE' },
  { id: 'unit', header: 'Enhet', value: (i) => i.unitLabel },
  { id: 'target', header: 'Mål', value: (i) => i.target },
  {
    id: 'met',
    header: 'Mot målet',
    value: (i) => (i.cell.status === 'REPORTED' ? metText(i.cell.met) : null),
    missing: (i) => i.cell.status === 'HUVUDMAN_UNAVAILABLE',
  },
];
