import { REGION_ID } from '@orebro/reference-data';
import { EXAMPLE_DATA as EXAMPLE, monthlyActivity as months, seedExampleContributions, type ServiceContributionInput } from '@orebro/huvudman-reporting';

/** Example contributions of the region to every co-owned service it owns a share of (the documents give no figures). */
export const exampleRegionContributions: ServiceContributionInput[] = [
  {
    serviceId: 'mobilt-narsjukvardsteam-orebro',
    staff: [
      { role: 'Läkare', fte: 2, startsOn: '2023-01-01' },
      { role: 'Sjuksköterska', fte: 6, startsOn: '2023-01-01' },
      { role: 'Fysioterapeut', fte: 1, startsOn: '2023-01-01' },
    ],
    costs: [
      { year: 2023, amountSek: 9_800_000 },
      { year: 2024, amountSek: 10_150_000 },
    ],
    activity: [...months('ENROLLED_PATIENTS', '1880', '2024-01', [182, 190, 187]), ...months('VISITS', '1880', '2024-01', [640, 655, 701])],
    ...EXAMPLE,
  },
  {
    serviceId: 'hemtagningsteam-kumla',
    staff: [
      { role: 'Sjuksköterska', fte: 2, startsOn: '2023-01-01' },
      { role: 'Arbetsterapeut', fte: 1, startsOn: '2023-01-01' },
    ],
    costs: [
      { year: 2023, amountSek: 2_500_000 },
      { year: 2024, amountSek: 2_600_000 },
    ],
    activity: months('ENROLLED_PATIENTS', '1881', '2024-01', [21, 24, 19]),
    ...EXAMPLE,
  },
  {
    // The region's part in the joint pilot of mellanvård for frail elderly at Tullhuset (färdplanen 2023).
    serviceId: 'tullhuset',
    staff: [
      { role: 'Läkare', fte: 1, startsOn: '2024-01-01' },
      { role: 'Sjuksköterska', fte: 2, startsOn: '2024-01-01' },
    ],
    costs: [{ year: 2024, amountSek: 3_900_000 }],
    activity: months('VISITS', '1880', '2024-01', [96, 104, 111]),
    ...EXAMPLE,
  },
  {
    serviceId: 'dietist-direkt',
    staff: [{ role: 'Dietist', fte: 2, startsOn: '2022-01-01' }],
    costs: [
      { year: 2022, amountSek: 760_000 },
      { year: 2023, amountSek: 780_000 },
      { year: 2024, amountSek: 800_000 },
    ],
    activity: [
      ...months('CONTACTS', '1880', '2024-01', [34, 41]),
      ...months('CONTACTS', '1883', '2024-01', [11, 9]),
      ...months('CONTACTS', '1885', '2024-01', [9, 12]),
    ],
    ...EXAMPLE,
  },
  {
    serviceId: 'familjecentraler',
    staff: [
      { role: 'Barnmorska', fte: 6.5, startsOn: '2023-01-01' },
      { role: 'Sjuksköterska (barnhälsovård)', fte: 8, startsOn: '2023-01-01' },
    ],
    costs: [{ year: 2024, amountSek: 19_500_000 }],
    ...EXAMPLE,
  },
  {
    serviceId: 'en-vag-in-barn-och-unga',
    staff: [
      { role: 'Enhetschef', fte: 1, startsOn: '2022-01-01' },
      { role: 'Kurator', fte: 3, startsOn: '2022-01-01' },
      { role: 'Psykolog', fte: 2, startsOn: '2022-01-01' },
    ],
    costs: [{ year: 2024, amountSek: 4_300_000 }],
    activity: [
      ...months('CONTACTS', '1860', '2024-01', [9, 11]),
      ...months('CONTACTS', '1862', '2024-01', [17, 15]),
      ...months('CONTACTS', '1883', '2024-01', [48, 52]),
    ],
    ...EXAMPLE,
  },
  {
    serviceId: 'sammanhallen-hemrehabilitering',
    staff: [
      { role: 'Fysioterapeut', fte: 10, startsOn: '2024-01-01' },
      { role: 'Arbetsterapeut', fte: 6, startsOn: '2024-01-01' },
    ],
    costs: [{ year: 2024, amountSek: 15_200_000 }],
    ...EXAMPLE,
  },
];

/** Seeds through the same service as the mutation, as Region Örebro län's own writer would. */
export const seedContributions = seedExampleContributions(REGION_ID, exampleRegionContributions);
