import type { PlanActivityStatus } from './plan-activity.entity';

/** "…länsgemensamma aktiviteter kopplade till mål, som ska genomföras under 2023." */
export const AREA_TIMELINE = 'Ska genomföras under 2023.';

interface ActivityData {
  title: string;
  /** IN_PROGRESS only where the färdplan says the work is under way or continues; otherwise PLANNED. */
  status?: PlanActivityStatus;
  handledIn?: string;
}

interface AreaData {
  id: string;
  name: string;
  heading: string | null;
  note: string | null;
  handledIn?: string;
  /** Goals are named `<planId>/<slug>`: the ids the indicators area refers to. */
  goals: { slug: string; title: string; activities: ActivityData[] }[];
}

/** Gemensamma aktiviteter 2023, area by area, goal (mål) by goal, as in the färdplan's tables. */
export const areas: AreaData[] = [
  {
    id: 'samordning-och-partnerskap',
    name: 'Samordning och partnerskap',
    heading: null,
    note: null,
    goals: [
      {
        slug: 'mellanvardsformer-for-skora-aldre',
        title: 'Inrätta mellanvårdsformer för sköra äldre',
        activities: [{ title: 'Genomföra och utvärdera pilotprojekt på Tullhuset.' }],
      },
      {
        slug: 'forbattra-den-psykiska-halsan',
        title: 'Förbättra den psykiska hälsan',
        activities: [{ title: 'Aktiviteter beskrivs i plan för Psykisk hälsa', handledIn: 'Handlingsplan för psykisk hälsa' }],
      },
      { slug: 'sammanhallen-hemrehabilitering', title: 'Sammanhållen hemrehabilitering', activities: [{ title: 'Tre beslutspunkter' }] },
      {
        slug: 'medicintekniska-produkter',
        title: 'Sammanhållen organisation för medicintekniska produkter',
        activities: [{ title: 'Utifrån pågående utredningsuppdrag ta fram fortsatt plan/beslutsunderlag' }],
      },
      {
        slug: 'nutritionsvardsprocessen',
        title: 'Bättre stöd till verksamheterna på primärvårdsnivå i nutritionsvårdsprocessen',
        activities: [{ title: 'Funktionen dietist direkt utvecklar arbete med utbildning, rådgivning och uppsökande verksamhet', status: 'IN_PROGRESS' }],
      },
      {
        slug: 'egenvard',
        title: 'Säkerställa ansvar och roller för länets process för egenvård',
        activities: [{ title: 'Ta fram överenskommelse och metodstöd och implementeringsplan för egenvårdsbedömning' }],
      },
      {
        slug: 'kommunikation-om-nara-vard',
        title: 'En strategi och plan för kommunikation om Nära vård omställningen och dess aktiviteter.',
        activities: [
          { title: 'Gemensam Hemsida' },
          { title: 'Gemensamt buskapsunderlag' },
          { title: 'Förslag på länsgemensam resurs för kommunikation' },
          { title: 'Enas ett gemensamt språk (begrepp)' },
        ],
      },
      {
        slug: 'forbattra-in-och-utskrivning',
        title: 'Förbättra in- och utskrivning från sluten vård.',
        activities: [{ title: 'Översyn av överenskommelse Samverkan vid utskrivning samt ViSam-modellen.' }],
      },
      {
        slug: 'samspel-inom-primarvarden',
        title: 'Skapa bättre förutsättningar för ett fungerande samspel mellan de olika vårdgivarna inom primärvården.',
        activities: [{ title: 'Överenskommelse för sjukvård i hemmet. Ta fram, besluta och påbörja implementering' }],
      },
    ],
  },
  {
    id: 'digitalisering',
    name: 'Digitalisering',
    heading: null,
    note: 'I arbetet med färdplanen framkommer en tydlig viljeriktning om en hög prioritet av nedanstående aktiviteter. Aktiviteter hanteras inom ramen för Regional e-hälsoplan.',
    handledIn: 'Regional e-hälsoplan',
    goals: [
      {
        slug: 'digital-samordnad-vard-och-omsorg',
        title: 'En digital samordnad vård- och omsorg',
        activities: [{ title: 'Gemensam lösning för digitala vårdmöten i länet.' }],
      },
      {
        slug: 'digital-tillganglighet',
        title: 'Förbättrad digital tillgänglighet/kontaktvägar',
        activities: [{ title: 'Gemensam digital ingång för vård i länet på 1177.se' }],
      },
    ],
  },
  {
    id: 'trygga-kompetensen',
    name: 'Trygga kompetensen',
    heading: null,
    note: null,
    goals: [
      {
        slug: 'trygga-kompetensforsorjningen',
        title: 'Trygga kompetensförsörjningen',
        activities: [{ title: 'Fortsätta arbetet utifrån den gemensamma kompetensförsörjningsplanen', status: 'IN_PROGRESS' }],
      },
      {
        slug: 'innovationsledning',
        title: 'Stärka innovationsledning hos chefer och verksamhetsutvecklare hos huvudmännen',
        activities: [{ title: 'Digital utbildning i innovationsledarutbildning' }],
      },
    ],
  },
  {
    id: 'halsoframjande-och-forebyggande',
    name: 'Hälsofrämjande och förebyggande',
    heading: 'Universellt, riktade och indikerade främjande insatser',
    note: 'Hälsofrämjande och förebyggande är länets tema för nära vård omställningen 2023-2024. Aktiviteter tas fram under 2023.',
    goals: [],
  },
  {
    id: 'borja-med-barnen',
    name: 'Börja med barnen',
    heading: null,
    note: null,
    goals: [
      {
        slug: 'minska-obesitas-hos-barn',
        title: 'Minska obesitas hos barn',
        activities: [{ title: 'Kartlägger och tar fram en plan för hälsofrämjande och förebyggande insatser på systemnivå' }],
      },
      {
        slug: 'sprakutveckling',
        title: 'Stärka språkutveckling hos och unga',
        activities: [
          {
            title:
              'I projektform förstärker med logoped på tre familjecentraler som språkförebilder och utbildningsinsatser samt tillsätter logoped på barnhälsovårdsteamen i Örebro och södra länsdelen.',
          },
        ],
      },
      { slug: 'foraldraskapsstod', title: 'Föräldraskapsstöd', activities: [{ title: 'Remissprocess för föräldraskapsstöd' }] },
      {
        slug: 'overenskommelse-familjecentraler',
        title: 'Överenskommelse familjecentraler',
        activities: [{ title: 'Det pågår en uppföljning och översyn av nuvarande överenskommelse gällande familjecentraler.', status: 'IN_PROGRESS' }],
      },
    ],
  },
];
