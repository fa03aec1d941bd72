import type { GoalInput } from '../indicators.service';

/**
 * Goals the indicators follow up, by stable text ids, with the plan and the goal as the documents name
 * them. Plans themselves are modelled in other areas; these ids are the contract between them.
 */
const HANDLINGSPLAN = 'Handlingsplan sammanhållen vård och omsorg 2019–2022';
const FARDPLAN = 'Färdplan nära vård 2023–2026';
const HSN_VP = 'Hälso- och sjukvårdsnämndens verksamhetsplan 2024';

export const delmal = {
  1: { id: 'handlingsplan-2019-2022/delmal-1', plan: HANDLINGSPLAN, name: 'Delmål 1: Stärka det hälsofrämjande och sjukdomsförebyggande arbetet' },
  2: { id: 'handlingsplan-2019-2022/delmal-2', plan: HANDLINGSPLAN, name: 'Delmål 2: Stärka insatser till grupper med komplexa vård- och omsorgsbehov' },
  3: { id: 'handlingsplan-2019-2022/delmal-3', plan: HANDLINGSPLAN, name: 'Delmål 3: Stärka vård och omsorg nära den enskilde' },
  4: { id: 'handlingsplan-2019-2022/delmal-4', plan: HANDLINGSPLAN, name: 'Delmål 4: Stärka det rehabiliterande arbetet' },
  5: { id: 'handlingsplan-2019-2022/delmal-5', plan: HANDLINGSPLAN, name: 'Delmål 5: Stärka processer för att undvika vårdskador' },
} satisfies Record<number, GoalInput>;

export const fardplan = {
  inOchUtskrivning: { id: 'fardplan-nara-vard-2023-2026/forbattra-in-och-utskrivning', plan: FARDPLAN, name: 'Förbättra in- och utskrivning från sluten vård' },
  mellanvard: { id: 'fardplan-nara-vard-2023-2026/mellanvardsformer-for-skora-aldre', plan: FARDPLAN, name: 'Inrätta mellanvårdsformer för sköra äldre' },
} satisfies Record<string, GoalInput>;

export const hsn = {
  effektmal1: { id: 'hsn-verksamhetsplan-2024/effektmal-1', plan: HSN_VP, name: 'Effektmål nr 1. Länets invånare har en god, jämlik och jämställd hälsa' },
  effektmal2: {
    id: 'hsn-verksamhetsplan-2024/effektmal-2',
    plan: HSN_VP,
    name: 'Effektmål nr 2. Länets invånare får högkvalitativ och tillgänglig hälso- och sjukvård',
  },
  effektmal7: {
    id: 'hsn-verksamhetsplan-2024/effektmal-7',
    plan: HSN_VP,
    name: 'Effektmål nr 7. Utbildning som bedrivs är av hög kvalitet och kommer länets invånare till godo',
  },
  effektmal9: {
    id: 'hsn-verksamhetsplan-2024/effektmal-9',
    plan: HSN_VP,
    name: 'Effektmål nr 9: Region Örebro län är en attraktiv arbetsgivare med hälsofrämjande, jämställda och jämlika arbetsplatser som bidrar till en hållbar kompetensförsörjning',
  },
  kunskapsorganisation: {
    id: 'hsn-verksamhetsplan-2024/process-kunskapsorganisation',
    plan: HSN_VP,
    name: 'Perspektiv Process, mål: Hälso- och sjukvården är en kunskapsorganisation som ständigt utvecklas',
  },
} satisfies Record<string, GoalInput>;
