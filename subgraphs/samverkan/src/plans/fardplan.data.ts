import { HANDLINGSPLAN_ID } from './handlingsplan.data';

/**
 * Färdplan nära vård 2023–2026 in its own words (shared/seeds 001, diacritics restored from the OCR).
 * The färdplan names no responsible party per activity: they are "länsgemensamma aktiviteter", a joint
 * responsibility, and Chefsgruppen is responsible for the färdplan as a whole.
 */
export const FARDPLAN_ID = 'fardplan-nara-vard-2023-2026';

export const fardplan = {
  id: FARDPLAN_ID,
  kind: 'ROADMAP' as const,
  name: 'Färdplan nära vård',
  validFrom: 2023,
  validTo: 2026,
  summary:
    'Regionen och kommunerna i Örebro län har fattat beslut om en gemensam målbild för länets omställning till nära vård. Färdplanen är vår strategi för att nå målbilden och ska bidra till ett kraftfullt genomförande. Den innehåller de områden och aktiviteter som vi gemensamt prioriterar att genomföra.',
  adoptedBy: null,
  adoptedOn: null,
  diarienummer: null,
  approvedBy: [],
  presentedTo: [],
  followUp:
    'Ansvarig för färdplanen är chefsgruppen för samverkan för social välfärd samt vård- och omsorg. Årlig rapportering sker till chefsgruppen inför revidering.',
  replacesPlanId: HANDLINGSPLAN_ID,
  source: 'Färdplan nära vård 2023–2026, Region Örebro län och länets kommuner (gemensamma aktiviteter 2023)',
};

export const responsibilities = [
  { title: 'Chefsgrupp för samverkan social välfärd samt vård och omsorg', text: fardplan.followUp },
  { title: 'Varje part', text: 'Varje part äger ansvar för sin del i omställningen och behöver integrera nära vård i sina respektive verksamhetsplaner.' },
];

/** Vägledande principer ("Så samarbetar vi"), from the målbild's area "samverkan". */
export const principles = [
  'Vi jobbar i partnerskap, i gränsöverskridande team.',
  'Vi är likvärdiga parter – vi informerar varandra och gör varandra delaktiga inför beslut.',
  'Individens behov är vår gemensamma utgångspunkt – inte gränsdragning eller ansvarsområden.',
  'Vi hjälps åt – vi delar på arbetet – genom att sambemanna och samfinansiera.',
  'Vi arbetar hälsofrämjande, förebyggande och rehabiliterande.',
  'Vi tar ett gemensamt ansvar för att utveckla hälso- och sjukvården.',
];

const PREREQUISITE_TIMELINE = 'Arbetet med dessa förutsättningar behöver formaliseras och påbörjas under 2023. Arbete behöver pågå under hela mandatperioden.';

/** Förutsättningar på systemnivå, each with the one activity the färdplan sets for it (slugs: ids the indicators area uses). */
export const prerequisites = [
  {
    slug: 'primarvarden-som-nav',
    title: 'Gemensam plan för primärvården som nav',
    text: 'Vi behöver sätta en gemensam ambitionsnivå, prioritering och plan för hur primärvården behöver stärkas för att kunna vara navet i den nära vården. Det finns krav i den nationella överenskommelsen om en gemensam plan, det finns även ett lagförslag på gemensam plan för primärvården.',
    activity: {
      title: 'Ett uppdragsdirektiv behöver tas fram för en gemensam plan för primärvården som nav.',
      timeline: PREREQUISITE_TIMELINE,
      assignment:
        'Syftet med planen är att säkerställa parternas gemensamma och enskilda ansvar för basen i den nära vården vilket inkluderar tillgänglighet, samordning, kontinuitet och proaktivt arbete.',
      execution: 'Förslagsvis inleder man med äldregruppen som är den största gruppen med komplexa och sammansatta vårdbehov i primärvården.',
    },
  },
  {
    slug: 'systemledning',
    title: 'Utveckla gemensam systemledning för omställningen',
    text: 'Redan i dag finns samägda verksamheter mellan Regionen och kommunerna. Det finns en förväntad och önskvärd utveckling där fler projekt och verksamheterna är samägda. Formerna och spelreglerna för att kunna leda tillsammans behöver utvecklas.',
    activity: {
      title: 'Ett uppdragsdirektiv behöver tas fram hur länets systemledning ska utvecklas.',
      timeline: PREREQUISITE_TIMELINE,
      assignment: 'Uppdraget omfattar att identifiera vad systemledning är och vilka förutsättningar som krävs för att det ska fungera.',
      execution:
        'Systemledningen behöver genomlysas utifrån tre nivåer: 1. Politisk systemledning där förslagsvis specifika samverkansrådet är politisk styrgrupp för det gemensamma omställningsarbetet. 2. Tjänstemannaorganisation – vilket arbetssätt ska vi ha för att bättre kraftsamla och hushålla med gemensamma resurser i vårt partnerskap Nära vård mellan Regionen, kommunerna, kommunikation och forskning. Systemledningen inkluderar även förvaltning och utveckling av färdplanen. 3. Systemledning i praktiken – Utforska vidare hur principerna och ordningen ska vara när vi samäger och eller samleder verksamheter, tex: Tullhuset, rehabilitering, mobila närsjukvårdsteam.',
    },
  },
  {
    slug: 'uppfoljningsmodell',
    title: 'Uppföljningsmodell som går i takt med det nationella arbetet',
    text: 'En uppföljning av omställningen till Nära vård är nödvändig för att veta att rätt saker görs vid rätt tid och ger effekt. Dagens utvecklingsmått, indikatorer men även studier är anpassade efter gårdagens vård och omsorg. Det är inte fastslaget på nationell nivå hur omställningen till nära vård ska följas upp och mätas.',
    activity: {
      title: 'Ta fram en uppföljningsmodell för länet med utgångspunkt från de nationella initiativ som pågår.',
      timeline: PREREQUISITE_TIMELINE,
      assignment: null,
      execution: null,
    },
  },
];
