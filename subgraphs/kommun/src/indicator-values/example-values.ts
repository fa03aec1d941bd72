import type { KommunFacts } from '@orebro/reference-data';

/**
 * Invented, plausible values for the handlingsplan's follow-up indicators, in Kolada's row shape, so the
 * joint views have something to show. Deterministic (a hash of indicator, kommun and year), scaled by the
 * kommun's real population where the figure is a count. Stored as example data, never as real figures.
 */
export const EXAMPLE_YEARS = [2022, 2023, 2024];
export const EXAMPLE_SOURCE = 'Exempeldata: påhittade värden för demonstration, inte verkliga';

/** One gap on purpose, so the "not reported" view has something to show: Ljusnarsberg's SIP count for 2024. */
const UNREPORTED = new Set(['sip-antal|1864|2024']);

type Row = { kpi: string; municipality: string; period: number; values: { gender: string; count: number; status: string; value: number }[] };

export function exampleRows(kommun: KommunFacts): Row[] {
  const thousands = kommun.population2024 / 1000;
  const row = (kpi: string, year: number, values: [string, number][]): Row => ({
    kpi,
    municipality: kommun.code,
    period: year,
    values: values.map(([gender, value]) => ({ gender, count: 1, status: '', value })),
  });
  return EXAMPLE_YEARS.flatMap((year) => {
    const h = (kpi: string) => unit(`${kpi}|${kommun.code}|${year}`);
    const falls = Math.round(2200 + 900 * h('fallskador-65'));
    const sip = Math.round(thousands * (2.5 + 3 * h('sip-antal')));
    const women = Math.round(sip * 0.55);
    const readmissions = round1(12 + 8 * h('aterinskrivning-30-dagar-65'));
    return [
      row('fallskador-65', year, [
        ['T', falls],
        ['K', Math.round(falls * 1.12)],
        ['M', Math.round(falls * 0.85)],
      ]),
      row('sip-antal', year, [
        ['T', sip],
        ['K', women],
        ['M', sip - women],
      ]),
      row('utskrivningsklar-dagar', year, [['T', round1(1.2 + 4 * h('utskrivningsklar-dagar'))]]),
      row('aterinskrivning-30-dagar-65', year, [
        ['T', readmissions],
        ['K', round1(readmissions - 0.8)],
        ['M', round1(readmissions + 0.9)],
      ]),
      row('samverkansavvikelser', year, [['T', Math.round(thousands * (0.8 + 1.5 * h('samverkansavvikelser')))]]),
    ].filter((r) => !UNREPORTED.has(`${r.kpi}|${kommun.code}|${year}`));
  });
}

/** A number in [0, 1) from a string (FNV-1a): stable across runs and machines. */
function unit(text: string): number {
  let hash = 0x811c9dc5;
  for (const ch of text) hash = Math.imul(hash ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return hash / 0x100000000;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
