import { referenceData } from '@orebro/reference-data';
import type { GrantDecisionInput } from './grant-decision.service';
import type { GrantPotInput, GrantProgrammeInput } from './grants.service';

const EXAMPLE = 'Exempeldata';
const PROTOCOL = 'Protokoll Chefsgrupp för samverkan social välfärd samt vård och omsorg 2021-05-28';
const CHEFSGRUPPEN = 'Chefsgrupp för samverkan social välfärd samt vård och omsorg';
const statsbidrag = referenceData.facts.godOchNaraVardStatsbidrag;
const sek = (mnkr: number): number => Math.round(mnkr * 1_000_000);

/** God och nära vård from reference data (Mnkr there, whole SEK here); the other programmes' figures are examples. */
export const seededProgrammes: GrantProgrammeInput[] = [
  {
    id: 'god-och-nara-vard-2023',
    name: 'God och nära vård 2023',
    area: 'NARA_VARD',
    year: 2023,
    agreement: 'Överenskommelse God och nära vård 2023',
    nationalTotalSek: sek(statsbidrag['2023'].totalMnkr),
    distribution: 'Fördelas normalt efter befolkningsandel och betalas ut via Kammarkollegiet.',
    parts: [
      { recipients: 'REGIONS', amountSek: sek(statsbidrag['2023'].regionsMnkr) },
      { recipients: 'KOMMUNER', amountSek: sek(statsbidrag['2023'].kommunerMnkr) },
      { recipients: 'JOINT', amountSek: sek(statsbidrag['2023'].jointMnkr) },
      { recipients: 'SKR', amountSek: sek(statsbidrag['2023'].skrMnkr) },
    ],
    source: 'reference-data.json, facts.godOchNaraVardStatsbidrag (Överenskommelse God och nära vård 2023)',
    isExample: false,
  },
  {
    id: 'god-och-nara-vard-2024',
    name: 'God och nära vård 2024',
    area: 'NARA_VARD',
    year: 2024,
    agreement: 'Överenskommelse God och nära vård 2024',
    nationalTotalSek: sek(statsbidrag['2024'].totalMnkr),
    distribution: 'Fördelas normalt efter befolkningsandel och betalas ut via Kammarkollegiet.',
    parts: [
      { recipients: 'REGIONS', amountSek: sek(statsbidrag['2024'].regionsMnkr) },
      { recipients: 'KOMMUNER', amountSek: sek(statsbidrag['2024'].kommunerMnkr) },
      { recipients: 'SKR', amountSek: sek(statsbidrag['2024'].skrMnkr) },
    ],
    source: 'reference-data.json, facts.godOchNaraVardStatsbidrag (Överenskommelse God och nära vård 2024)',
    isExample: false,
  },
  {
    id: 'psykisk-halsa-2020',
    name: 'Psykisk hälsa 2020',
    area: 'PSYKISK_HALSA',
    year: 2020,
    nationalTotalSek: 1_500_000_000,
    parts: [
      { recipients: 'REGIONS', amountSek: 1_000_000_000 },
      { recipients: 'KOMMUNER', amountSek: 500_000_000 },
    ],
    source: `${EXAMPLE} (stimulansmedel för psykisk hälsa; året antaget utifrån beslutet i oktober 2020)`,
    isExample: true,
  },
  {
    id: 'suicidprevention-2021',
    name: 'Suicidprevention 2021',
    area: 'SUICIDPREVENTION',
    year: 2021,
    nationalTotalSek: 160_000_000,
    parts: [
      { recipients: 'REGIONS', amountSek: 100_000_000 },
      { recipients: 'KOMMUNER', amountSek: 60_000_000 },
    ],
    source: `${EXAMPLE} (stimulansmedel för suicidprevention; året antaget utifrån beslutet 2021-05-28)`,
    isExample: true,
  },
];

/** The joint pots the protocol names; their amounts are not given there, so they are examples. */
export const seededPots: GrantPotInput[] = [
  {
    id: 'lansgemensamma-medel-psykisk-halsa-2020',
    programmeId: 'psykisk-halsa-2020',
    name: 'Länsgemensamma stimulansmedel för psykisk hälsa',
    amountSek: 3_000_000,
    note: 'Beloppet är exempeldata; protokollet anger bara att 1,4 miljoner avsattes ur potten.',
    source: `${PROTOCOL}, § 8; beloppet: ${EXAMPLE}`,
    isExample: true,
  },
  {
    id: 'lansgemensamma-medel-suicidprevention-2021',
    programmeId: 'suicidprevention-2021',
    name: 'Länsgemensamma medel för suicidprevention',
    amountSek: 1_200_000,
    note: 'Beloppet är exempeldata.',
    source: `${PROTOCOL}, § 8; beloppet: ${EXAMPLE}`,
    isExample: true,
  },
];

/** Decisions on use, as the protocol of 2021-05-28 records them. */
export const seededDecisions: GrantDecisionInput[] = [
  {
    id: 'kompetensutveckling-psykisk-halsa-2020',
    title: 'Avsätta 1,4 miljoner av de länsgemensamma stimulansmedlen för psykisk hälsa till gemensam kompetensutveckling',
    area: 'PSYKISK_HALSA',
    potId: 'lansgemensamma-medel-psykisk-halsa-2020',
    amountSek: 1_400_000,
    decidedOn: '2020-10',
    decidedBy: CHEFSGRUPPEN,
    reference: `${PROTOCOL}, § 8 (Rutin för gemensam kompetensutveckling inom psykisk hälsa)`,
    condition: 'Medlen kan användas till utbildning samt samordning och administration av utbildningsinsatsen.',
    source: PROTOCOL,
    isExample: false,
  },
  {
    id: 'rutin-kompetensutveckling-psykisk-halsa-2021',
    title: 'Anta rutin för gemensam kompetensutveckling inom området psykisk hälsa',
    area: 'PSYKISK_HALSA',
    potId: 'lansgemensamma-medel-psykisk-halsa-2020',
    decidedOn: '2021-05-28',
    decidedBy: CHEFSGRUPPEN,
    reference: `${PROTOCOL}, § 8`,
    condition: 'Rutinen tydliggör processen för urval och hantering av de avsatta stimulansmedlen.',
    source: PROTOCOL,
    isExample: false,
  },
  {
    id: 'yam-pilot-2021',
    title: 'Genomföra pilotprojekt YAM (Youth Aware of Mental Health) i Örebro län med tillhörande budgetförslag',
    area: 'SUICIDPREVENTION',
    potId: 'lansgemensamma-medel-suicidprevention-2021',
    decidedOn: '2021-05-28',
    decidedBy: CHEFSGRUPPEN,
    reference: `${PROTOCOL}, § 8 (Pilotprojekt YAM)`,
    condition:
      'Beslutet gäller under förutsättning att LAG suicid ställer sig bakom arbetet (möte 3 juni). Finansieras av de länsgemensamma medlen för suicidprevention, vilket förutsätter samverkan inom respektive länsdel kring bl a YAM-instruktörer.',
    source: PROTOCOL,
    isExample: false,
  },
  {
    id: 'dietist-direkt-2021',
    title: 'Införa "dietist direkt" i projektform med samfinansiering av externa medel (nära vård)',
    area: 'NARA_VARD',
    serviceId: 'dietist-direkt',
    decidedOn: '2021-05-28',
    decidedBy: CHEFSGRUPPEN,
    reference: `${PROTOCOL}, § 9 (Gemensam överenskommelse för nutritionsvårdsprocessen)`,
    condition: 'Uppföljning av effekt och finansiering görs årligen.',
    source: PROTOCOL,
    isExample: false,
  },
];
