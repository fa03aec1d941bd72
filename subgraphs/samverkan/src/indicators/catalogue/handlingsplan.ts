import type { IndicatorInput, TargetInput } from '../indicators.service';
import { delmal, fardplan, hsn } from './goals';

/**
 * Follow-up indicators for the handlingsplan's delmål. The plan (section 8) refers to an indicator
 * appendix that is not among the source documents, so these are proposals to try, said so in `source`;
 * their values are example data, and so are the targets below (no plan states a figure for them).
 */
const PROPOSAL = (d: number) =>
  `Förslag till uppföljningsindikator för handlingsplanens delmål ${d} (handlingsplanens indikatorbilaga ingår inte i källdokumenten; ej beslutad)`;
const POPULATION_WEIGHTS =
  'Befolkningsviktat medelvärde med kommunens totala folkmängd (N01951) som vikt. Indikatorns nämnare är en delgrupp (t.ex. invånare 65+), som grafen inte har: vikten är en approximation.';

const exampleTarget = (year: number, bound: { max?: number; min?: number }, text: string): TargetInput => ({
  year,
  kind: 'LEVEL',
  ...bound,
  text,
  source: 'Exempelmål för demonstration, inte beslutat i någon plan',
  isExample: true,
});

export const populationIndicator: IndicatorInput = {
  id: 'N01951',
  name: 'Invånare totalt, antal',
  description: 'Folkmängd 31 december (SCB). Sammanhang för övriga indikatorer och vikt i befolkningsviktade medelvärden.',
  unit: 'COUNT',
  unitLabel: 'antal invånare',
  direction: 'NEUTRAL',
  level: 'KOMMUN',
  periodType: 'YEAR',
  aggregation: 'SUM',
  koladaKpi: 'N01951',
  source: 'Kolada N01951 (SCB, folkmängd 31 december)',
  targets: [],
  goals: [],
};

export const handlingsplanIndicators: IndicatorInput[] = [
  {
    id: 'fallskador-65',
    name: 'Fallskador bland personer 65 år och äldre',
    description: 'Slutenvårdstillfällen till följd av fallolyckor bland invånare 65 år och äldre. Fallolyckor nämns under delmål 1 och fall under delmål 5.',
    unit: 'RATE_PER_100000',
    unitLabel: 'antal per 100 000 invånare 65 år och äldre',
    direction: 'LOWER_IS_BETTER',
    level: 'KOMMUN',
    periodType: 'YEAR',
    aggregation: 'POPULATION_WEIGHTED_MEAN',
    aggregationNote: POPULATION_WEIGHTS,
    source: PROPOSAL(1),
    targets: [exampleTarget(2024, { max: 2600 }, 'Exempel: högst 2 600 per 100 000 invånare 65 år och äldre')],
    goals: [delmal[1], delmal[5]],
  },
  {
    id: 'sip-antal',
    name: 'Antal upprättade samordnade individuella planer (SIP)',
    description: 'Antal SIP som upprättats under året för invånare i kommunen, där kommun och region båda behövs.',
    unit: 'COUNT',
    unitLabel: 'antal SIP',
    direction: 'HIGHER_IS_BETTER',
    level: 'KOMMUN',
    periodType: 'YEAR',
    aggregation: 'SUM',
    source: PROPOSAL(2),
    targets: [],
    goals: [delmal[2]],
  },
  {
    id: 'utskrivningsklar-dagar',
    name: 'Medelantal dagar som utskrivningsklar i slutenvården',
    description: 'Genomsnittligt antal dagar från underrättelse om utskrivningsklar till utskrivning, för kommunens invånare (lag 2017:612).',
    unit: 'DAYS',
    unitLabel: 'dagar per vårdtillfälle (medelvärde)',
    direction: 'LOWER_IS_BETTER',
    level: 'KOMMUN',
    periodType: 'YEAR',
    aggregation: 'NONE',
    aggregationNote:
      'Ett medelvärde per vårdtillfälle: att slå samman kommunernas värden kräver antalet vårdtillfällen, som inte rapporteras, och ett befolkningsviktat medelvärde vore missvisande.',
    source: PROPOSAL(3),
    targets: [exampleTarget(2024, { max: 3 }, 'Exempel: högst 3,0 dagar (betalningsansvaret inträder efter 3 kalenderdagar)')],
    goals: [delmal[3], fardplan.inOchUtskrivning],
  },
  {
    id: 'aterinskrivning-30-dagar-65',
    name: 'Oplanerade återinskrivningar inom 30 dagar bland personer 65 år och äldre',
    description: 'Andel vårdtillfällen i slutenvård för invånare 65 år och äldre som följs av en oplanerad återinskrivning inom 30 dagar.',
    unit: 'SHARE_PERCENT',
    unitLabel: 'procent av vårdtillfällena',
    direction: 'LOWER_IS_BETTER',
    level: 'KOMMUN',
    periodType: 'YEAR',
    aggregation: 'POPULATION_WEIGHTED_MEAN',
    aggregationNote: POPULATION_WEIGHTS,
    source: PROPOSAL(3),
    targets: [exampleTarget(2024, { max: 15 }, 'Exempel: högst 15 procent')],
    goals: [delmal[3], fardplan.inOchUtskrivning, fardplan.mellanvard],
  },
  {
    id: 'undvikbar-slutenvard',
    name: 'Undvikbar slutenvård',
    description: 'Slutenvårdstillfällen för tillstånd där god öppen vård kunnat förebygga inläggning, för länets invånare.',
    unit: 'RATE_PER_100000',
    unitLabel: 'vårdtillfällen per 100 000 invånare',
    direction: 'LOWER_IS_BETTER',
    level: 'LAN',
    periodType: 'YEAR',
    aggregation: 'NONE',
    aggregationNote: 'Rapporteras av regionen för hela länet: länets värde är regionens värde, inget att slå samman.',
    source: PROPOSAL(3),
    targets: [],
    goals: [delmal[3], hsn.effektmal2],
  },
  {
    id: 'samverkansavvikelser',
    name: 'Rapporterade avvikelser i samverkan',
    description:
      'Avvikelser som en huvudman rapporterat om brister i samverkan med en annan huvudman (t.ex. informationsöverföring vid utskrivning). Fler rapporter kan betyda bättre rapportering lika väl som fler brister.',
    unit: 'COUNT',
    unitLabel: 'antal avvikelser',
    direction: 'NEUTRAL',
    level: 'HUVUDMAN',
    periodType: 'YEAR',
    aggregation: 'SUM',
    source: PROPOSAL(5),
    targets: [],
    goals: [delmal[5]],
  },
];
