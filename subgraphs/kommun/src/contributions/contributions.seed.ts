import type { KommunFacts } from '@orebro/reference-data';
import { EXAMPLE_DATA as EXAMPLE, monthlyActivity, seedExampleContributions, type ServiceContributionInput } from '@orebro/huvudman-reporting';

const months = (measure: string, home: string, counts: number[]) => monthlyActivity(measure, home, '2024-01', counts);
const halves = (value: number) => Math.max(0.5, Math.round(value) / 2);

/** Services only one or a few kommuner own, with their example figures (the documents give none). */
const OWN_SERVICES: Record<string, ServiceContributionInput[]> = {
  '1880': [
    {
      serviceId: 'mobilt-narsjukvardsteam-orebro',
      staff: [
        { role: 'Sjuksköterska (kommunal hemsjukvård)', fte: 3, startsOn: '2023-01-01' },
        { role: 'Undersköterska', fte: 2, startsOn: '2023-01-01' },
      ],
      costs: [
        { year: 2023, amountSek: 4_100_000 },
        { year: 2024, amountSek: 4_300_000 },
      ],
      activity: months('VISITS', '1880', [410, 398, 433]),
      ...EXAMPLE,
    },
    {
      serviceId: 'tullhuset',
      staff: [
        { role: 'Undersköterska', fte: 48, startsOn: '2023-01-01' },
        { role: 'Sjuksköterska', fte: 9, startsOn: '2023-01-01' },
        { role: 'Fysioterapeut', fte: 4, startsOn: '2023-01-01' },
        { role: 'Arbetsterapeut', fte: 4, startsOn: '2023-01-01' },
      ],
      costs: [{ year: 2024, amountSek: 71_000_000 }],
      activity: months('ENROLLED_PATIENTS', '1880', [58, 57, 60]),
      ...EXAMPLE,
    },
  ],
  '1881': [
    {
      serviceId: 'hemtagningsteam-kumla',
      staff: [
        { role: 'Undersköterska', fte: 3, startsOn: '2023-01-01' },
        { role: 'Sjuksköterska', fte: 1, startsOn: '2023-01-01' },
      ],
      costs: [
        { year: 2023, amountSek: 2_700_000 },
        { year: 2024, amountSek: 2_850_000 },
      ],
      activity: months('VISITS', '1881', [96, 104, 91]),
      ...EXAMPLE,
    },
  ],
};

/**
 * Example contributions of one kommun to every co-owned service it owns a share of: the län-wide ones
 * (scaled by its population), the pilot of "en väg in" for the kommuner in Väster, and its own services.
 */
export function exampleKommunContributions(kommun: KommunFacts): ServiceContributionInput[] {
  const population = kommun.population2024;
  return [
    {
      serviceId: 'dietist-direkt',
      costs: [
        { year: 2023, amountSek: Math.round(population * 2.5) },
        { year: 2024, amountSek: Math.round(population * 2.6) },
      ],
      ...EXAMPLE,
    },
    {
      serviceId: 'familjecentraler',
      staff: [{ role: 'Förskollärare (öppen förskola)', fte: halves(population / 5000), startsOn: '2023-01-01' }],
      costs: [{ year: 2024, amountSek: population * 60 }],
      ...EXAMPLE,
    },
    {
      serviceId: 'sammanhallen-hemrehabilitering',
      staff: [{ role: 'Arbetsterapeut', fte: halves(population / 4000), startsOn: '2024-01-01' }],
      costs: [{ year: 2024, amountSek: population * 50 }],
      activity: months('ENROLLED_PATIENTS', kommun.code, [Math.round(population / 800), Math.round(population / 820)]),
      ...EXAMPLE,
    },
    ...(kommun.lansdel === 'vaster'
      ? [
          {
            serviceId: 'en-vag-in-barn-och-unga',
            staff: [
              { role: 'Kurator (elevhälsa)', fte: 0.5, startsOn: '2022-01-01' },
              { role: 'Socialsekreterare', fte: 0.5, startsOn: '2022-01-01' },
            ],
            costs: [{ year: 2024, amountSek: population * 15 }],
            ...EXAMPLE,
          },
        ]
      : []),
    ...(OWN_SERVICES[kommun.code] ?? []),
  ];
}

/** Seeds only this instance's own kommun's rows, through the same service as the mutation. */
export const seedContributions = (kommun: KommunFacts) => seedExampleContributions(kommun.code, exampleKommunContributions(kommun));
