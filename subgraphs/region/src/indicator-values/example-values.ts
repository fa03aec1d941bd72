/**
 * Invented, plausible values the region reports, in Kolada's row shape (the region is "0018" there), so
 * the joint views show the nämnd's indicators against their targets and the region's column beside the
 * kommuner. Example data, never real figures: a real Kolada or HR export replaces them through the import.
 */
export const EXAMPLE_SOURCE = 'Exempeldata: påhittade värden för demonstration, inte verkliga';

type Values = Record<number, [string, number][]>;

/** By indicator id, per year, per gender. Chosen to show targets both met and not met. */
const EXAMPLES: Record<string, Values> = {
  'hme-total': { 2023: [['T', 76.4]], 2024: [['T', 78.1]] },
  'studenter-larandemal': { 2023: [['T', 89.5]], 2024: [['T', 91.2]] },
  'studenter-samarbete-yrkesgrupper': { 2023: [['T', 83.1]], 2024: [['T', 84.0]] },
  'handledare-grundutbildning': { 2023: [['T', 86.0]], 2024: [['T', 87.5]] },
  avi: { 2023: [['T', 70.2]], 2024: [['T', 71.0]] },
  jamix: { 2023: [['T', 135]], 2024: [['T', 133]] },
  frisktal: {
    2023: [
      ['T', 55.0],
      ['K', 52.1],
      ['M', 63.4],
    ],
    2024: [
      ['T', 56.3],
      ['K', 53.8],
      ['M', 63.9],
    ],
  },
  'personalomsattning-extern': { 2023: [['T', 7.9]], 2024: [['T', 7.4]] },
  'undvikbar-slutenvard': {
    2022: [
      ['T', 912],
      ['K', 868],
      ['M', 957],
    ],
    2023: [
      ['T', 887],
      ['K', 851],
      ['M', 924],
    ],
    2024: [
      ['T', 864],
      ['K', 829],
      ['M', 899],
    ],
  },
  samverkansavvikelser: { 2022: [['T', 412]], 2023: [['T', 455]], 2024: [['T', 431]] },
};

export function exampleRows() {
  return Object.entries(EXAMPLES).flatMap(([kpi, years]) =>
    Object.entries(years).map(([year, values]) => ({
      kpi,
      municipality: '0018',
      period: Number(year),
      values: values.map(([gender, value]) => ({ gender, count: 1, status: '', value })),
    })),
  );
}
