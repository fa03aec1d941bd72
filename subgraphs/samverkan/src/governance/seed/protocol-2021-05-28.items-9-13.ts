import { REGION_ID } from '@orebro/reference-data';
import type { ItemSpec } from './protocol-items.types';

const APPROVED = 'Chefsgruppen beslutar att godkänna förslaget till beslut.';
const OREBRO_KOMMUN = '1880';

/** §§ 9–13 of the Chefsgrupp protocol of 2021-05-28, as written (page headers left out). */
export const items9to13: ItemSpec[] = [
  {
    number: '9',
    title: 'Ny överenskommelse om hälso och sjukvård i hemmet',
    presenters: ['Malin Ek Duckert', 'Stina Engelheart'],
    summary: 'Malin Duckert Ek och Stina Engelheart föredrar ärendet. Underlag finns i projifly.',
    subItems: [
      {
        title: 'Gemensam överenskommelse för nutritionsvårdsprocessen',
        summary: [
          'I denna version av överenskommelsen har förslaget om förändring av kostnadsansvaret för kosttilläggen på särskilt boende lyfts ut. Versionen har också kompletterats med resursen "dietist direkt" som finansieras externt med nära vård-medel.',
          '"Dietist direkt" (2 st) kommer ha ett brett uppdrag. De kommer ansvara för och genomföra utbildning i förskrivning, webbutbildning, användas för rådgivning, ansvara för individuell nutritionsbehandling och ansvara för uppsökande verksamhet. Region Örebro län kommer stå som arbetsgivare.',
          'Övriga kompletteringar i ÖK utifrån synpunkter: en referenslista har lagts till samt bilagor för tydliggörande av innehållet i processen, exempel på patientfall, utförligare uppdrag för "dietist direkt", tydliggörande att "alla åldrar" gäller avgränsningen som anges i den övergripande ÖK för hälso- och sjukvård i hemmet.',
        ].join('\n\n'),
        proposals: [
          'att chefsgruppen fattar beslut om att överenskommelsen gäller från 1 januari 2022',
          'att nutritionscontroller i Region Örebro län får ett utökat ansvar för uppföljning och utvärdering',
          'att "dietist direkt" införs i projektform med samfinansiering av externa medel (nära vård). Uppföljning av effekt och finansiering görs årligen',
          'att implementeringsperioden av överenskommelsen pågår fram till december 2022',
          'att Stina Engelheart, Örebro kommun, får ett utökat uppdrag att, tillsammans med en arbetsgrupp, ta fram implementeringsplan, länsgemensam webbutbildning för basal nutritionsbehandling och utbildning för förskrivningsrätt hösten 2021',
        ],
        decisionWording: APPROVED,
        decisions: [
          { proposal: 0, status: 'DECIDED', ownerBodyId: 'chefsgrupp', dueDate: '2022-01-01', timeframe: 'från 1 januari 2022' },
          { proposal: 1, status: 'DECIDED', ownerHuvudmanId: REGION_ID, ownerDescription: 'Nutritionscontroller i Region Örebro län' },
          {
            proposal: 2,
            status: 'DECIDED',
            ownerHuvudmanId: REGION_ID,
            ownerDescription: 'Region Örebro län (kommer stå som arbetsgivare)',
            timeframe: 'Uppföljning av effekt och finansiering görs årligen',
          },
          { proposal: 3, status: 'DECIDED', ownerBodyId: 'chefsgrupp', timeframe: 'fram till december 2022' },
          {
            proposal: 4,
            status: 'DECIDED',
            ownerHuvudmanId: OREBRO_KOMMUN,
            ownerPerson: 'Stina Engelheart',
            ownerDescription: 'Stina Engelheart, Örebro kommun, tillsammans med en arbetsgrupp',
            timeframe: 'hösten 2021',
          },
        ],
      },
      {
        title: 'Ny överenskommelse för hälso- och sjukvård i hemmet',
        summary: [
          'Målbildsarbetet: 27 maj genomfördes en nära vård-lounge (vad är nära vård och tre olika exempel) för politiken. En hemsida för målbildsarbetet finns nu på plats: https://vardgivare.regionorebrolan.se/sv/uppdrag-av-tal-och-uppfoljning/kommunsamverkan/malbild-nara-vard/.',
          'Projektplan (finns i projify): Projektägaren (Ingmar Ångman) fattar beslut om projektplanen i samband med styrgruppsmötet 15 juni. Chefsgruppen har möjlighet att lämna synpunkter innan dess. Projektplanen innehåller även en tidsplan.',
          'Effekt mål; att hälso- och sjukvårdspersonalen vet om att den finns och att den uppfattas som ett stöd vid samverkan.',
          'Projektmål; en länsgemensam målbild för nära vård, förslag på ny ÖK är framtagen och antagen, förslag på implementeringsplan är framtagen och antagen, stöder ett värdeskapande arbetssätt, säkerställer att det inte finns målkonflikter i ÖK och förslag på ersättning av tröskelprincipen.',
          'Expeditioner: Expeditionsresornas startdatum flyttas fram till 1 januari 2022 då fysioterapeuternas arbetsmiljö behöver prioriteras. Berörda expeditioner är informerade. Träff med berörda expeditioner den 3 juni.',
          'Nulägeskartläggningen: Fokus på problemområden med fördjupning på utmaningar. Det finns en enorm kompetens i regionen och kommunerna och ett stort engagemang. Frustration över brister och utmaningar.',
          'Inom somatik; tydliga brister i inskrivningsförfarandet, läkemedelshanteringen, delar kring utskrivningsprocessen, läkartid/bemannning, informationsöverföring.',
          'Inom psykiatrin; det är komplext, övergångar mellan verksamheter, trassligt med vägen in, kravfyllt att vara patient, utskrivningsförfarandet.',
          'Inom det hälsofrämjande området; omställningen till att öka förutsättningar för personcentrering, bättre budgetförutsättningar, bättre samordning och samarbete mellan aktörer, en strukturerad plan för det hälsofrämjande arbetet, jämlikhetsperspektivet, mod här och nu för kortsiktiga lösningar.',
          'Beslutspunkt ang innovation/workshop-arena: Förslaget att processledarna bistår med att dokumentera/facilitera vid höstens workshopar gör att de får direkt access till det pågående arbetet med ny överenskommelse för HS i hemmet. Vi erbjuder även licenser i Miro och andra digitala verktyg (digital bank med digitala verktyg) samt lärseminarier i digitala workshops, användardriven och värdeskapande kartläggning, design thinking, metod i faciliterande av workshopar. Kan vara till nytta i det lokala processarbetet med omställning till nära vård.',
        ].join('\n\n'),
        proposals: [
          'att anta följande förslag på tillägg i uppdragshandling för lokala processledare för omställning i nära vård: "bistå som dokumentörer/facilitörer i höstens (2021) workshopar för ny överenskommelse för HS i hemmet"',
        ],
        questions: ['Även regionen bör delta i arbetet med att dokumentera.'],
        decisionWording:
          'Chefsgruppen beslutar att godkänna förslaget till beslut med tillägget att också regionala medarbetare bör medverka i arbetet runt och med kommande work-shops.',
        decisions: [
          {
            proposal: 0,
            status: 'DECIDED',
            ownerDescription: 'Lokala processledare för omställning i nära vård',
            timeframe: 'höstens (2021) workshopar',
            addition: 'att också regionala medarbetare bör medverka i arbetet runt och med kommande work-shops',
          },
        ],
      },
    ],
  },
  {
    number: '10',
    title: 'SKRs ledarskapsprogram nära vård',
    presenters: ['Ingmar Ångman'],
    summary: 'Ingmar Ångman föredrar ärendet.\n\nPåminnelse om att anmäla sig till höstens ledarskapsprogram. 4 juni är sista anmälningdag.',
  },
  {
    // "Madelene": Madelene Andersson of the group's support; Madelene Maxe (Laxå) had left at about 15:00.
    number: '11',
    title: 'Kort utvärdering och sammanfattning',
    presenters: ['Madelene Andersson'],
    summary: 'Madelene gör en kort sammanfattning av dagens möte och går igenom vilka beslut som tagits.\n\nEn Menti-utvärdering genomförs.',
  },
  {
    number: '12',
    title: 'Övrigt',
    subItems: [
      { title: 'Sommarplanering', summary: 'Viktigt att hjälpas åt i en redan trött organisation.' },
      {
        title: 'Avtackning',
        presenters: ['Ingmar Ångman'],
        summary:
          'Ingmar tackade av de deltagare som inte kommer ingå i Chefsgruppens framtida sammansättning, dvs Märtha Lundkvist, Elisabeth Liljekvist, Maths Eriksson, Eva-Lena Sjöberg och Eva Slätmo.',
      },
    ],
  },
  {
    number: '13',
    title: 'Kommande möten 2021',
    summary: '3 september\n14-15 oktober\n12 november\n10 december',
  },
];

/** § 13 as dates: each becomes a planned meeting of the Chefsgrupp. */
export const comingMeetings2021 = [{ date: '2021-09-03' }, { date: '2021-10-14', endDate: '2021-10-15' }, { date: '2021-11-12' }, { date: '2021-12-10' }];
