import type { BoardAssignmentStatus } from './board-assignment.entity';

/** Hälso- och sjukvårdsnämndens beredningar, as the verksamhetsplan 2024 names them. */
export const committees = [
  {
    id: 'specialiserad-vard',
    name: 'Hälso- och sjukvårdsnämndens beredning för specialiserad vård',
    note: 'Verksamhetsplanen skriver "beredning för specialiserad" (ordet "vård" saknas i texten).',
  },
  { id: 'narsjukvard', name: 'Hälso- och sjukvårdsnämndens beredning för närsjukvård', note: null },
  { id: 'psykiatri', name: 'Hälso- och sjukvårdsnämndens beredning för psykiatri', note: null },
  { id: 'forskning-och-utbildning', name: 'Hälso- och sjukvårdsnämndens beredning för forskning och utbildning', note: null },
];
const ALL_COMMITTEES = committees.map((c) => c.id);

const FORVALTNINGEN = 'Hälso- och sjukvårdsförvaltningen';
const BEREDNINGARNA = 'Hälso- och sjukvårdsnämndens beredningar';

interface UppdragData {
  text: string;
  parts?: string[];
  assignee: string;
  perspectives: string[];
  committees: string[];
  jointPlanId?: string;
  /** IN_PROGRESS where the uppdrag says to continue (fortsätta) work already under way; otherwise ASSIGNED. */
  status?: BoardAssignmentStatus;
}

const forvaltning = (text: string, perspectives: string[], parts?: string[], status?: BoardAssignmentStatus): UppdragData => ({
  text,
  parts,
  assignee: FORVALTNINGEN,
  perspectives,
  committees: [],
  status,
});
const IOS = ['invanare-och-samhalle'];
const PR = ['process', 'resurs'];

/** Uppdrag 2024, nr 1–19 in order, in the plan's words. */
export const uppdrag: UppdragData[] = [
  forvaltning('Att utifrån ett medborgarperspektiv se över möjligheterna till en gemensam ingång till länets primärvård', IOS),
  forvaltning(
    'Att återkomma till nämnden med en beskrivning av arbetet med krisberedskap och civilt försvar såsom risk- och sårbarhetsanalys, omvärldsbevakning, säkerhetsskydd, skalskydd, hot och våld, revidering och upprättande av rutiner, samverkan med andra aktörer, utbildning och övning för att exempelvis omhänderta drabbade efter terrorattentat och/eller krig.',
    IOS,
  ),
  forvaltning('Att ta fram en färdplan för slutenvård och återkomma till nämnden med', IOS, [
    'Ett förslag till förändring av vårdplatser inom det kirurgiska området på länets sjukhus relaterat till omställning och förflyttning av operationsflöden',
    'En plan för koncentration av psykiatriska heldygnsplatser',
    'En beskrivning och ett förslag på hur arbetet skall bedrivas tillsammans med länets kommuner för att skapa mellanvårdsplatser',
  ]),
  forvaltning('Att ta fram en färdplan för öppenvård och återkomma till nämnden med', IOS, [
    'En plan för jämlik vård gällande unga vuxna, psykos, neuropsykiatriska sjukdomar och psykiatri',
    'Ett förslag till specialistpsykiatriska omvårdnadsteam',
    'En beskrivning och förslag för samarbetsområden, utbud och utbudspunkter inom primärvård',
  ]),
  forvaltning('Att ta fram en färdplan för akut omhändertagande och återkomma till nämnden med', IOS, [
    'Ett förslag för hur det akuta kirurgiska patientflödet skall omhändertas inom länet',
    'Ett förslag för hur jourverksamhet primärvård skall bedrivas inom länet',
  ]),
  forvaltning(
    'Att ta fram en färdplan för specialistmottagningar och återkomma till nämnden med en plan för koncentration av hela eller delar av specialistmottagningar till USÖ',
    IOS,
  ),
  forvaltning('Att ta fram en färdplan för operationsflödet och återkomma till nämnden med', IOS, [
    'En plan för att öka elektiva och akuta högspecialiserade ingrepp på USÖ',
    'En plan för att minska ej högspecialiserade ingrepp på USÖ',
    'En plan för att öka elektiva ingrepp på Karlskoga och Lindesbergs lasarett',
    'En plan för att avsluta akuta kirurgiska ingrepp på Lindesbergs lasarett',
  ]),
  forvaltning('Att ta fram en färdplan för stödfunktioner och återkomma till nämnden med', IOS, [
    'En plan för nivåstrukturering av intensivvården inom länet',
    'Ett förslag till hur sjuktransportresor och sekundära ambulanstransporter skall organiseras och hanteras inom länet',
    'Ett förslag till vilken servicenivå som skall finnas gällande röntgen och laboratorieverksamheten på de olika sjukhusen',
    'En beskrivning av hur forskning och utbildning ska bedrivas på hög vetenskaplig nivå',
  ]),
  {
    text: 'Att följa implementeringen av de färdplaner utgående från Hälso- och sjukvårdens utvecklingsplan som ingår i beredningens ansvarsområde.',
    assignee: BEREDNINGARNA,
    perspectives: [],
    committees: ALL_COMMITTEES,
  },
  {
    text: 'Att följa arbetet med årlig avgiftsöversyn och stödja nämnden i dessa frågor.',
    assignee: BEREDNINGARNA,
    perspectives: [],
    committees: ALL_COMMITTEES,
  },
  {
    text: 'Att följa och återrapportera till nämnden det som berör hälso- och sjukvården i den nationella processen kring högspecialiserad vård',
    assignee: committees[0].name,
    perspectives: [],
    committees: ['specialiserad-vard'],
  },
  {
    text: 'Att följa arbetet med färdplanen för nära vård som tagits fram i samverkan med länets kommuner och återrapportera det till nämnden',
    assignee: committees[1].name,
    perspectives: [],
    committees: ['narsjukvard'],
    jointPlanId: 'fardplan-nara-vard-2023-2026',
  },
  {
    text: 'Att följa och återrapportera till nämnden arbetet med de nationella vård- och insatsprogram som tagits fram inom beredningens ansvarsområde.',
    assignee: committees[2].name,
    perspectives: [],
    committees: ['psykiatri'],
  },
  {
    text: 'Att fortsätta följa och återrapportera till nämnden arbetet med den nu färdiga ALF-utvärderingen med ett särskilt fokus på uppföljning och de slutsatser som framkom av utredningen.',
    assignee: committees[3].name,
    perspectives: [],
    committees: ['forskning-och-utbildning'],
    status: 'IN_PROGRESS',
  },
  {
    text: 'Att följa och återrapportera till nämnden processen med att i samverkan med länets kommuner och universitetet prioritera utveckling av utbildning, forskning och innovationsmiljöer inom den nära vården avseende äldres hälsa, sjukdomar och omsorg samt stärka forskningsförankringen av folkhälsoarbetet.',
    assignee: committees[3].name,
    perspectives: [],
    committees: ['forskning-och-utbildning'],
  },
  forvaltning('Att fortsätta arbetet med och implementeringen av faktabaserad styrning.', PR, undefined, 'IN_PROGRESS'),
  forvaltning('Att fortsätta arbetet med omställning till Nära vård', PR, undefined, 'IN_PROGRESS'),
  forvaltning('Att fortsätta arbetet med en kompetensförsörjningsplan.', PR, undefined, 'IN_PROGRESS'),
  forvaltning('Utifrån det rådande ekonomiska läget arbeta för en ekonomi i balans.', PR),
];
