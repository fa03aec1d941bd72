import { referenceData } from '@orebro/reference-data';
import type { GrantDecisionInput } from './grant-decision.service';
import type { GrantPotInput, GrantProgrammeInput } from './grants.service';

const EXAMPLE = 'Exempeldata';
const PROTOCOL = 'Protokoll Chefsgrupp för samverkan social välfärd samt vård och omsorg 2021-05-28';
const CHEFSGRUPPEN = 'Chefsgrupp för samverkan social välfärd samt vård och omsorg';
const FARDPLAN = 'Färdplan nära vård 2023–2026';
/** What the färdplan says of the 2023 nära vård funds: processed in the spring, activities may be added. */
const FARDPLAN_MEDEL_2023 = `${FARDPLAN}, gemensamma aktiviteter 2023: "Observera att nära vård medel som tilldelas 2023 processas under våren, därför kan färdplanen kompletteras med ytterligare aktiviteter."`;
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

/**
 * The joint pots the protocol and the färdplan speak of; their amounts are not given there, so they are
 * examples. The 2023 nära vård pot stands for the joint use of that year's funds the färdplan says is
 * processed in the spring (the national agreement 2023 also has a part for regions and kommuner jointly).
 */
export const seededPots: GrantPotInput[] = [
  {
    id: 'lansgemensamma-nara-vard-medel-2023',
    programmeId: 'god-och-nara-vard-2023',
    name: 'Länsgemensamma nära vård-medel 2023',
    amountSek: 6_000_000,
    note: 'Beloppet och fördelningen är exempeldata; färdplanen anger bara att 2023 års nära vård-medel processas under våren.',
    source: `${FARDPLAN_MEDEL_2023}; beloppet: ${EXAMPLE}`,
    isExample: true,
  },
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

/**
 * Decisions on use: those the protocol of 2021-05-28 records (real), and example decisions on the 2023 nära
 * vård pot for activities and services the färdplan and the protocol name (the decisions and amounts are
 * invented, marked Exempeldata).
 */
export const seededDecisions: GrantDecisionInput[] = [
  {
    id: 'tullhuset-pilot-mellanvard-2023',
    title: 'Finansiera pilotprojektet med mellanvårdsformer för sköra äldre på Tullhuset med länsgemensamma nära vård-medel 2023',
    area: 'NARA_VARD',
    potId: 'lansgemensamma-nara-vard-medel-2023',
    serviceId: 'tullhuset',
    amountSek: 2_500_000,
    decidedOn: '2023-05',
    decidedBy: CHEFSGRUPPEN,
    reference: `${FARDPLAN}, samordning och partnerskap: "Genomföra och utvärdera pilotprojekt på Tullhuset."`,
    condition: 'Pilotprojektet utvärderas innan det fortsätter.',
    source: `${EXAMPLE} (beslutet och beloppet är påhittade; aktiviteten finns i färdplanen)`,
    isExample: true,
  },
  {
    id: 'mobilt-narsjukvardsteam-orebro-2023',
    title: 'Medfinansiera Mobilt närsjukvårdsteam Örebro med länsgemensamma nära vård-medel 2023',
    area: 'NARA_VARD',
    potId: 'lansgemensamma-nara-vard-medel-2023',
    serviceId: 'mobilt-narsjukvardsteam-orebro',
    amountSek: 1_500_000,
    decidedOn: '2023-05',
    decidedBy: CHEFSGRUPPEN,
    reference: `${FARDPLAN}, förutsättningar på systemnivå: mobila närsjukvårdsteam bland de verksamheter huvudmännen samäger eller samleder`,
    source: `${EXAMPLE} (beslutet och beloppet är påhittade)`,
    isExample: true,
  },
  {
    id: 'dietist-direkt-2023',
    title: 'Finansiera Dietist direkt 2023 med länsgemensamma nära vård-medel',
    area: 'NARA_VARD',
    potId: 'lansgemensamma-nara-vard-medel-2023',
    serviceId: 'dietist-direkt',
    amountSek: 750_000,
    decidedOn: '2023-05',
    decidedBy: CHEFSGRUPPEN,
    reference: `${PROTOCOL}, § 9: "dietist direkt" finansieras externt med nära vård-medel; uppföljning av effekt och finansiering görs årligen`,
    source: `${EXAMPLE} (beslutet för 2023 och beloppet är påhittade; finansieringen med nära vård-medel är protokollets)`,
    isExample: true,
  },
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
