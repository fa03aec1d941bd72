import type { IndicatorInput } from '../indicators.service';
import { hsn } from './goals';

const PLAN = 'Hälso- och sjukvårdsnämndens verksamhetsplan 2024';
const ONE_REPORTER = 'Rapporteras av regionen för den egna verksamheten: ett värde, inget att slå samman.';

/** Common to the nämnd's own indicators: the region reports them, once a year, for its own organisation. */
const regional = {
  level: 'REGION',
  periodType: 'YEAR',
  aggregation: 'NONE',
  aggregationNote: ONE_REPORTER,
  koladaKpi: null,
} as const;

const target2024 = (section: string, text: string, bounds: { min?: number; minInclusive?: boolean; max?: number; maxInclusive?: boolean }) => ({
  year: 2024,
  kind: 'LEVEL' as const,
  ...bounds,
  text,
  source: `${PLAN}, ${section}`,
  isExample: false,
});

const improvement2024 = (text: string) => ({ year: 2024, kind: 'IMPROVEMENT' as const, text, source: `${PLAN}, effektmål nr 9`, isExample: false });

/** The nämnd's indicators with the targets the plan states (OCR text restored to Swedish spelling). */
export const hsnIndicators: IndicatorInput[] = [
  {
    id: 'hme-total',
    name: 'Hållbart medarbetarengagemang (HME), totalt',
    description: 'Totalt HME-index ur medarbetarenkäten. Strävan är att delindexen motivation, styrning och ledarskap ska ligga på en jämnhög nivå.',
    unit: 'INDEX',
    unitLabel: 'HME-index (0–100)',
    direction: 'HIGHER_IS_BETTER',
    ...regional,
    source: `${PLAN}, perspektiv Resurs, effektmål nr 9`,
    targets: [target2024('effektmål nr 9', 'ska ligga på en hög nivå i intervallet 77–80 för totalt HME', { min: 77, max: 80 })],
    goals: [hsn.effektmal9],
  },
  {
    id: 'studenter-larandemal',
    name: 'Andel studenter, elever och medarbetare med utbildningstjänst som uppger goda möjligheter att uppnå sina lärandemål',
    description:
      'Andel av studenter, elever och medarbetare med utbildningstjänst som uppger goda möjligheter att uppnå sina lärandemål under den kliniska utbildningen.',
    unit: 'SHARE_PERCENT',
    unitLabel: 'procent',
    direction: 'HIGHER_IS_BETTER',
    ...regional,
    source: `${PLAN}, perspektiv Invånare och samhälle, effektmål nr 7`,
    targets: [target2024('effektmål nr 7', 'ska uppgå till minst 90 procent', { min: 90, minInclusive: true })],
    goals: [hsn.effektmal7],
  },
  {
    id: 'studenter-samarbete-yrkesgrupper',
    name: 'Andel studenter som uppger att de haft möjlighet att samarbeta med andra yrkesgrupper eller studenter från andra utbildningar',
    description:
      'Andel studenter som uppger att de under sin placering haft möjlighet att samarbeta med andra yrkesgrupper eller med studenter från andra utbildningar.',
    unit: 'SHARE_PERCENT',
    unitLabel: 'procent',
    direction: 'HIGHER_IS_BETTER',
    ...regional,
    source: `${PLAN}, perspektiv Invånare och samhälle, effektmål nr 7`,
    targets: [target2024('effektmål nr 7', 'ska uppgå till mer än 85 procent', { min: 85, minInclusive: false })],
    goals: [hsn.effektmal7],
  },
  {
    id: 'handledare-grundutbildning',
    name: 'Andel medarbetare med utbildningsuppdrag med grundutbildning i klinisk handledning',
    description: 'Andel av medarbetarna med utbildningsuppdrag som har grundutbildning i klinisk handledning.',
    unit: 'SHARE_PERCENT',
    unitLabel: 'procent',
    direction: 'HIGHER_IS_BETTER',
    ...regional,
    source: `${PLAN}, perspektiv Process`,
    targets: [target2024('perspektiv Process', 'ska uppgå till > 90 %', { min: 90, minInclusive: false })],
    goals: [hsn.kunskapsorganisation],
  },
  ...[
    {
      id: 'avi',
      name: 'Attraktiv arbetsgivarindex (AVI)',
      unit: 'INDEX',
      unitLabel: 'AVI-index',
      direction: 'HIGHER_IS_BETTER',
      text: 'ska öka i jämförelse med föregående år',
    },
    {
      id: 'jamix',
      name: 'Jämställdhetsindex (Jämix)',
      unit: 'INDEX',
      unitLabel: 'Jämix-index',
      direction: 'HIGHER_IS_BETTER',
      text: 'ska öka i jämförelse med föregående år',
    },
    {
      id: 'frisktal',
      name: 'Frisktal',
      unit: 'SHARE_PERCENT',
      unitLabel: 'procent',
      direction: 'HIGHER_IS_BETTER',
      text: 'ska förbättras i jämförelse med föregående år',
    },
    {
      id: 'personalomsattning-extern',
      name: 'Personalomsättning, extern',
      unit: 'SHARE_PERCENT',
      unitLabel: 'procent',
      direction: 'LOWER_IS_BETTER',
      text: 'ska redovisas; det ska minska i jämförelse med föregående år',
    },
  ].map((i): IndicatorInput => ({
    id: i.id,
    name: i.name,
    description: `${i.name} för Region Örebro län som arbetsgivare; målet är en förbättring jämfört med föregående år.`,
    unit: i.unit as IndicatorInput['unit'],
    unitLabel: i.unitLabel,
    direction: i.direction as IndicatorInput['direction'],
    ...regional,
    source: `${PLAN}, perspektiv Resurs, effektmål nr 9`,
    targets: [improvement2024(i.text)],
    goals: [hsn.effektmal9],
  })),
];
