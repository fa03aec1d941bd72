import type { EntityManager } from '@mikro-orm/core';
import { kommunCodes, REGION_ID } from '@orebro/reference-data';
import { closeDeviationResponse, recordDeviationResponse, reportDeviation, type DeviationInput } from './deviations.service';
import { EXAMPLE_DATA as EXAMPLE } from './example-data';

/**
 * Example deviations in samverkan (Exempeldata): no deviation has been reported through the graph yet, and
 * the protocol (Chefsgruppen 2021-05-28 § 6) gives none. One table for all thirteen huvudmän, so that the
 * responses one huvudman's seed records name deviations another's seed reports. Each huvudman's seed stores
 * only its own rows, through the same services as the mutations.
 */
interface ExampleDeviation {
  reporterId: string;
  /** The id's suffix: the id is `<reporter>-exempel-<n>`. */
  suffix: string;
  input: DeviationInput;
  /** Days from occurrence to report. */
  reportedAfterDays: number;
  /** Each concerned huvudman's response: days from report to first response, and whether it is closed. */
  responses: { responderId: string; afterDays: number; closed: boolean }[];
}

const PROCESSES = ['utskrivning', 'lakemedel', 'sip', 'informationsoverforing', 'hjalpmedel', 'hemsjukvard'] as const;
const DESCRIPTIONS: Record<(typeof PROCESSES)[number], string> = {
  utskrivning: 'Exempeldata: inskrivningsmeddelande saknades; hemtjänsten fick veta om hemgången samma dag.',
  lakemedel: 'Exempeldata: läkemedelslistan vid utskrivning stämde inte med ordinationen i journalen.',
  sip: 'Exempeldata: kallelse till SIP-möte skickades men regionens deltagare kom inte och inget nytt datum sattes.',
  informationsoverforing: 'Exempeldata: överrapportering mellan vårdcentral och kommunal hemsjukvård uteblev vid helg.',
  hjalpmedel: 'Exempeldata: förskrivet hjälpmedel levererades inte före hemgång.',
  hemsjukvard: 'Exempeldata: oklart ansvar för såromläggning mellan vårdcentral och kommunal hemsjukvård.',
};
const SEVERITIES = ['LOW', 'MODERATE', 'HIGH', 'MODERATE'] as const;

function example(reporterId: string, n: number, month: string, day: number, processIndex: number, concerned: string[]): ExampleDeviation {
  const code = PROCESSES[processIndex % PROCESSES.length];
  return {
    reporterId,
    suffix: `exempel-${n}`,
    input: {
      occurredOn: `${month}-${String(day).padStart(2, '0')}`,
      processCode: code,
      description: DESCRIPTIONS[code],
      concernedHuvudmanIds: concerned,
      severity: SEVERITIES[(processIndex + n) % SEVERITIES.length],
      ...EXAMPLE,
    },
    reportedAfterDays: 1 + (processIndex % 3),
    responses: [],
  };
}

/** Two example deviations per kommun concerning the region (the first answered), three by the region. */
export const exampleDeviations: readonly ExampleDeviation[] = [
  ...kommunCodes.flatMap((code, i) => {
    const first = example(code, 1, `2024-${String((i % 6) + 1).padStart(2, '0')}`, 8 + i, i, [REGION_ID]);
    first.responses = [{ responderId: REGION_ID, afterDays: 5 + (i % 4) * 3, closed: i % 2 === 0 }];
    const second = example(code, 2, `2024-${String((i % 6) + 4).padStart(2, '0')}`, 3 + i, i + 1, [REGION_ID]);
    return [first, second];
  }),
  { ...example(REGION_ID, 1, '2024-02', 14, 0, ['1880', '1881']), responses: [{ responderId: '1880', afterDays: 7, closed: true }] },
  { ...example(REGION_ID, 2, '2024-05', 20, 1, ['1885']), responses: [{ responderId: '1885', afterDays: 12, closed: false }] },
  example(REGION_ID, 3, '2024-09', 2, 4, ['1862', '1864']),
];

function at(isoDate: string, days: number): Date {
  const date = new Date(`${isoDate}T09:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date;
}

/** Seeds one huvudman's own example deviations and its own responses to the others' examples. */
export async function seedExampleDeviations(em: EntityManager, ownerId: string): Promise<void> {
  for (const d of exampleDeviations.filter((x) => x.reporterId === ownerId)) {
    const reportedAt = at(d.input.occurredOn, d.reportedAfterDays);
    const dueOn = at(d.input.occurredOn, d.reportedAfterDays + 30)
      .toISOString()
      .slice(0, 10);
    await reportDeviation(em, ownerId, { ...d.input, responseDueOn: dueOn }, reportedAt, d.suffix);
  }
  for (const d of exampleDeviations) {
    for (const r of d.responses.filter((x) => x.responderId === ownerId)) {
      const deviationId = `${d.reporterId}-${d.suffix}`;
      const recordedAt = at(d.input.occurredOn, d.reportedAfterDays + r.afterDays);
      const investigation = 'Exempeldata: händelsen är utredd med berörda enheter; rutinen för informationsöverföring har gåtts igenom.';
      const response = await recordDeviationResponse(em, ownerId, { deviationId, investigation, ...EXAMPLE }, null, recordedAt);
      if (r.closed) {
        const measures = 'Exempeldata: rutinen är förtydligad och kommunicerad till berörd personal.';
        await closeDeviationResponse(em, ownerId, deviationId, measures, response.version, at(d.input.occurredOn, d.reportedAfterDays + r.afterDays + 10));
      }
    }
  }
}
