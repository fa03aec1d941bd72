import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { ViewHeading } from '../../app/Layout';
import { useUrlFilters } from '../../app/url-filters';
import { useAuth } from '../../auth/auth-context';
import { Chart, type ChartOption } from '../../components/Chart';
import { DataTable, type Column } from '../../components/DataTable';
import { PartialNotice } from '../../components/PartialNotice';
import { SelectFilter } from '../../components/SelectFilter';
import { QueryStatus } from '../../components/QueryStatus';
import { serviceFormLabel, serviceKindLabel } from '../../format/labels';
import { formatNumber, formatSek } from '../../format/sv';
import { graphql } from '../../gql';
import type { CoOwnedServicesQuery } from '../../gql/graphql';
import { hasCode } from '../../graphql/error-messages';
import { unavailableHuvudmen } from '../../graphql/partial';

export const DEFAULT_YEAR = 2024;

// Every co-owned service with owners, shares and budget split; each owner's reported years come from its
// own subgraph. Agreed against actual (balance) is internal: asked for only for the chosen service and
// only when someone is signed in ($withBalance), so an anonymous visitor gets the public record without
// a FORBIDDEN error, and staff are asked about one service, not refused for every one they do not own.
const CoOwnedServicesQueryDocument = graphql(`
  query CoOwnedServices($year: Int!, $serviceId: ID!, $withBalance: Boolean!) {
    coOwnedServices {
      id
      name
      kind
      form
      purpose
      startsOn
      endsOn
      periodNote
      employer {
        id
        name
      }
      governingBody
      agreement
      lansdelar {
        id
        name
      }
      budget(year: $year) {
        year
        amountSek
        isExample
      }
      owners {
        huvudman {
          id
          name
        }
        sharePercent
        budgetPart(year: $year) {
          amountSek
          computed
          isExample
        }
        isExample
      }
      regionContribution {
        huvudmanId
        reportedYears
      }
      kommunContributions {
        huvudmanId
        reportedYears
      }
      fundingDecisions {
        id
        title
        decidedOn
        decidedBy
        amountSek
      }
    }
    chosen: coOwnedService(id: $serviceId) @include(if: $withBalance) {
      id
      balance(year: $year) {
        year
        budgetSek
        complete
        totalCostSek
        totalFte
        owners {
          huvudman {
            id
            name
          }
          agreedSharePercent
          agreedAmountSek
          reported
          costSek
          costDifferenceSek
          averageFte
          costSharePercent
          fteSharePercent
        }
      }
    }
  }
`);

type Service = CoOwnedServicesQuery['coOwnedServices'][number];
type Owner = Service['owners'][number];
type Balance = NonNullable<NonNullable<CoOwnedServicesQuery['chosen']>['balance']>;
type OwnerBalance = Balance['owners'][number];

/**
 * Samägda verksamheter: each co-owned service with owners and shares, budget split, employer, governing
 * body and agreement; agreed against actual per owner for signed-in staff.
 * URL: /samagda-verksamheter?verksamhet=tullhuset&ar=2024.
 */
export function CoOwnedServicesView() {
  const filters = useUrlFilters();
  const auth = useAuth();
  const staff = !!auth.user;
  const yearParam = Number(filters.get('ar'));
  const year = Number.isInteger(yearParam) && yearParam > 1900 ? yearParam : DEFAULT_YEAR;
  const chosenId = filters.get('verksamhet');
  const { data, previousData, loading, error } = useQuery(CoOwnedServicesQueryDocument, {
    variables: { year, serviceId: chosenId ?? '', withBalance: staff && !!chosenId },
  });
  const shown = data ?? previousData;
  const services = shown?.coOwnedServices ?? [];
  const chosen = services.find((s) => s.id === chosenId);
  const missing = useMemo(() => new Set(unavailableHuvudmen(error)), [error]);

  const serviceColumns: Column<Service>[] = [
    {
      id: 'name',
      header: 'Verksamhet',
      value: (s) => s.name,
      rowHeader: true,
      cell: (s) => <Link to={`/samagda-verksamheter?verksamhet=${encodeURIComponent(s.id)}${year !== DEFAULT_YEAR ? `&ar=${year}` : ''}`}>{s.name}</Link>,
    },
    { id: 'kind', header: 'Slag', value: (s) => serviceKindLabel[s.kind] ?? s.kind },
    { id: 'owners', header: 'Ägare och andelar', value: (s) => s.owners.map((o) => `${o.huvudman.name} ${formatNumber(o.sharePercent)} %`).join('; ') },
    { id: 'employer', header: 'Arbetsgivare', value: (s) => s.employer?.name ?? null },
    { id: 'budget', header: `Budget ${year} (kr)`, numeric: true, value: (s) => s.budget?.amountSek ?? null },
  ];

  return (
    <>
      <ViewHeading>Samägda verksamheter</ViewHeading>
      <p className="lead">Verksamheter som regionen och kommunerna äger tillsammans: ägare och andelar, hur budgeten delas och vem som är arbetsgivare.</p>
      <form className="filters" aria-label="Välj verksamhet och år" onSubmit={(e) => e.preventDefault()}>
        <SelectFilter
          label="Verksamhet"
          value={chosen?.id ?? ''}
          onChange={(v) => filters.set('verksamhet', v)}
          options={[{ value: '', label: 'Alla verksamheter (översikt)' }, ...services.map((s) => ({ value: s.id, label: s.name }))]}
        />
        <SelectFilter
          label="År"
          value={String(year)}
          onChange={(v) => filters.set('ar', v === String(DEFAULT_YEAR) ? undefined : v)}
          options={Array.from({ length: 6 }, (_, i) => String(DEFAULT_YEAR + 1 - i)).map((y) => ({ value: y, label: y }))}
        />
      </form>
      <QueryStatus loading={loading} error={error} hasData={!!shown}>
        <PartialNotice error={error} />
        {chosen ? (
          <ServiceDetails
            service={chosen}
            balance={shown?.chosen?.balance ?? null}
            forbidden={hasCode(error, 'FORBIDDEN')}
            year={year}
            staff={staff}
            missing={missing}
          />
        ) : (
          <DataTable
            caption={`Samägda verksamheter med ägare och budget ${year}`}
            columns={serviceColumns}
            rows={services}
            rowKey={(s) => s.id}
            csvName={`samagda-verksamheter-${year}`}
          />
        )}
      </QueryStatus>
    </>
  );
}

interface DetailsProps {
  service: Service;
  balance: Balance | null;
  /** The signed-in user may not see this service's balance (not staff of one of its owners). */
  forbidden: boolean;
  year: number;
  staff: boolean;
  missing: ReadonlySet<string>;
}

function ServiceDetails({ service, balance, forbidden, year, staff, missing }: DetailsProps) {
  const reportedYears = (huvudmanId: string) =>
    [service.regionContribution, ...(service.kommunContributions ?? [])].find((c) => c?.huvudmanId === huvudmanId)?.reportedYears ?? [];
  const ownerColumns: Column<Owner>[] = [
    { id: 'owner', header: 'Ägare', value: (o) => o.huvudman.name, rowHeader: true },
    { id: 'share', header: 'Andel (%)', numeric: true, value: (o) => o.sharePercent },
    { id: 'budgetPart', header: `Del av budget ${year} (kr)`, numeric: true, value: (o) => o.budgetPart?.amountSek ?? null },
    {
      id: 'computed',
      header: 'Underlag',
      value: (o) => (o.budgetPart ? `${o.budgetPart.computed ? 'Beräknat av andelen' : 'Angivet'}${o.budgetPart.isExample ? ', exempeldata' : ''}` : null),
    },
    {
      id: 'reported',
      header: 'Egna insatser redovisade för år',
      value: (o) => reportedYears(o.huvudman.id).join(', ') || 'Inga',
      missing: (o) => missing.has(o.huvudman.id),
    },
  ];
  const chart = useMemo<ChartOption>(
    () => ({
      grid: { left: 160, right: 30, top: 10, bottom: 30 },
      xAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatNumber(v) } },
      yAxis: { type: 'category', data: service.owners.map((o) => o.huvudman.name), inverse: true },
      tooltip: { valueFormatter: (v: number) => formatSek(v) },
      series: [{ type: 'bar', data: service.owners.map((o) => o.budgetPart?.amountSek ?? null), itemStyle: { color: '#14537a' } }],
    }),
    [service],
  );
  const period = [service.startsOn, service.endsOn].filter(Boolean).join('–');

  return (
    <section aria-labelledby="verksamhet-rubrik">
      <h2 id="verksamhet-rubrik">{service.name}</h2>
      <p>{service.purpose}</p>
      <dl className="facts">
        <dt>Slag</dt>
        <dd>
          {serviceKindLabel[service.kind] ?? service.kind}
          {service.form && `, ${serviceFormLabel[service.form]?.toLowerCase() ?? service.form}`}
        </dd>
        <dt>Period</dt>
        <dd>{[period ? `från ${period}` : null, service.periodNote].filter(Boolean).join('. ') || 'Anges inte'}</dd>
        <dt>Arbetsgivare</dt>
        <dd>{service.employer?.name ?? 'Anges inte'}</dd>
        <dt>Styrande organ</dt>
        <dd>{service.governingBody ?? 'Anges inte'}</dd>
        <dt>Överenskommelse</dt>
        <dd>{service.agreement ?? 'Anges inte'}</dd>
        <dt>Länsdelar</dt>
        <dd>{service.lansdelar.map((l) => l.name).join(', ') || 'Hela länet'}</dd>
        <dt>Budget {year}</dt>
        <dd>{service.budget ? `${formatSek(service.budget.amountSek)}${service.budget.isExample ? ' (exempeldata)' : ''}` : 'Ingen budget angiven'}</dd>
      </dl>

      <h3>Ägare, andelar och budgetens fördelning</h3>
      <DataTable
        caption={`Ägarna av ${service.name} med andel och del av budget ${year}`}
        columns={ownerColumns}
        rows={service.owners}
        rowKey={(o) => o.huvudman.id}
        csvName={`${service.id}-agare-${year}`}
      />
      {service.budget && (
        <Chart
          option={chart}
          summary={`Budget ${year} per ägare: ${service.owners.map((o) => `${o.huvudman.name} ${o.budgetPart ? formatSek(o.budgetPart.amountSek) : 'ingen'}`).join(', ')}.`}
          height={Math.max(140, service.owners.length * 32 + 40)}
        />
      )}

      {service.fundingDecisions.length > 0 && (
        <>
          <h3>Beslut om finansiering</h3>
          <ul>
            {service.fundingDecisions.map((d) => (
              <li key={d.id}>
                {d.title}, {d.decidedBy} {d.decidedOn}
                {d.amountSek !== null && d.amountSek !== undefined && ` (${formatSek(d.amountSek)})`}
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>Överenskommet mot faktiskt {year}</h3>
      {!staff ? (
        <div className="notice notice-warning" role="note">
          <p>
            Jämförelsen mellan överenskommen andel och faktisk kostnad per ägare är intern information. Logga in som medarbetare hos en av ägarna för att se
            den.
          </p>
        </div>
      ) : forbidden ? (
        <p>Avstämningen visas bara för medarbetare hos verksamhetens ägare.</p>
      ) : !balance ? (
        <p>Ingen avstämning finns för {year}.</p>
      ) : (
        <BalanceTable service={service} balance={balance} missing={missing} />
      )}
    </section>
  );
}

function BalanceTable({ service, balance, missing }: { service: Service; balance: Balance; missing: ReadonlySet<string> }) {
  const gone = (o: OwnerBalance) => missing.has(o.huvudman.id);
  const columns: Column<OwnerBalance>[] = [
    { id: 'owner', header: 'Ägare', value: (o) => o.huvudman.name, rowHeader: true },
    { id: 'agreedShare', header: 'Överenskommen andel (%)', numeric: true, value: (o) => o.agreedSharePercent },
    { id: 'agreed', header: 'Överenskommet belopp (kr)', numeric: true, value: (o) => o.agreedAmountSek ?? null },
    { id: 'reported', header: 'Har redovisat', value: (o) => (o.reported ? 'Ja' : 'Nej'), missing: gone },
    { id: 'cost', header: 'Faktisk kostnad (kr)', numeric: true, value: (o) => o.costSek ?? null, missing: gone },
    { id: 'difference', header: 'Skillnad (kr)', numeric: true, value: (o) => o.costDifferenceSek ?? null, missing: gone },
    { id: 'costShare', header: 'Faktisk andel av kostnaden (%)', numeric: true, value: (o) => o.costSharePercent ?? null, missing: gone },
    { id: 'fte', header: 'Årsarbetare', numeric: true, value: (o) => o.averageFte ?? null, missing: gone },
  ];
  return (
    <>
      {!balance.complete && <p>Avstämningen är ofullständig: alla ägare har inte redovisat sina insatser för {balance.year}.</p>}
      <DataTable
        caption={`${service.name}: överenskommet mot faktiskt per ägare ${balance.year}`}
        columns={columns}
        rows={balance.owners}
        rowKey={(o) => o.huvudman.id}
        csvName={`${service.id}-avstamning-${balance.year}`}
        footer={{
          label: 'Totalt',
          values: {
            cost: balance.complete && balance.totalCostSek !== null && balance.totalCostSek !== undefined ? balance.totalCostSek : { missing: true },
            fte: balance.totalFte ?? null,
          },
        }}
      />
    </>
  );
}
