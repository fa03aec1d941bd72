/**
 * Handlingsplan sammanhållen vård och omsorg 2019–2022, in the plan's own words (shared/seeds: the
 * remiss text 002 for wording, the printed plan 000 for the adoption on 2019-12-04).
 */
export const HANDLINGSPLAN_ID = 'handlingsplan-2019-2022';

const CHEFSGRUPP = 'Chefsgrupp för samverkan social välfärd samt vård och omsorg';
const SPECIFIKA_RADET = 'Specifika samverkansrådet för social välfärd samt vård och omsorg';

export const handlingsplan = {
  id: HANDLINGSPLAN_ID,
  kind: 'ACTION_PLAN' as const,
  name: 'Handlingsplan sammanhållen vård och omsorg',
  validFrom: 2019,
  validTo: 2022,
  summary:
    'Handlingsplanens strategiska inriktning är att utveckla en tillgänglig och framtidsinriktad hälso- och sjukvård och omsorg genom samverkan. Handlingsplanen omfattar alla åldersgrupper och gäller både för somatisk och psykiatrisk vård och omsorg.',
  adoptedBy: 'Hälso- och sjukvårdsnämnden, Region Örebro län',
  adoptedOn: '2019-12-04',
  diarienummer: '18 RS7506',
  approvedBy: [CHEFSGRUPP, SPECIFIKA_RADET],
  presentedTo: ['KCRD – kommunchefs-/regiondirektörsnätverket', 'Regionala samverkansrådet'],
  followUp:
    'Rådet med stöd av Chefsgruppen för samverkan social välfärd samt vård och omsorg ansvarar också för kontinuerlig uppföljning av planen. I en bilaga till denna handlingsplan finns ett antal indikatorer fastställda som ska möjliggöra uppföljning av delmålen i planen. En utvärderingsplan som utgår från att uppföljningen är ett gemensamt ansvar för regional nivå och länsdelsnivå ska utformas för handlingsplanen.',
  replacesPlanId: null,
  source:
    'Handlingsplan sammanhållen vård och omsorg, gäller 2019–2022: remissversion 2019-06-28 (dnr 18 RS7506) och den tryckta planen, antagen vid Hälso- och sjukvårdsnämndens sammanträde den 4 december 2019',
};

/** RUS effektmål the plan mainly concerns, and the önskvärt läge 2030 its insatsområde aims at. */
export const effectGoals = ['God och jämlik hälso- och sjukvård', 'Ökad grad av delaktighet och inflytande'];
export const desiredStates = [
  'Särskilda insatser för sårbara grupper',
  'En jämlik, jämställd och tillgänglig hälso- och sjukvård',
  'Effektiv samverkan ger vård av hög kvalitet',
];

export const focusArea = {
  title: 'Samverkan för en trygg och säker vård- och omsorgsprocess på rätt nivå',
  description:
    'Vården och omsorgen är samordnad när alla aktiviteter aktivt organiseras som en väl fungerande helhet ur den enskildes perspektiv och där möjlighet ges att efter förmåga delta som en aktiv medskapare. En ökad samverkan är nödvändig för att säkerställa en god och jämlik vård och omsorg samt öka delaktighet och trygghet för den enskilde. För att utjämna skillnader mellan olika grupper när det gäller vård och omsorg ska handlingsplanens fem delmål fortlöpande analyseras utifrån jämställdhet och jämlikhet och kompletteras med aktiviteter som stärker dessa perspektiv.',
};

export const subGoals = [
  {
    title: 'Stärka det hälsofrämjande och sjukdomsförebyggande arbetet',
    description:
      'Hälsofrämjande och sjukdomsförebyggande insatser blir en viktig del i att möta de kommande årens stora demografiska förändringar. Den ökande andelen äldre kräver att samhället framöver satsar mer på hälsofrämjande åtgärder som bevarar och stärker ett åldrande med livskvalitet. Samverkan behöver utvecklas mellan olika aktörer, offentliga såväl som civilsamhälle.',
  },
  {
    title: 'Stärka insatser till grupper med komplexa vård- och omsorgsbehov',
    description:
      'Personer med komplexa vård- och omsorgsbehov kan t.ex. vara personer med psykisk sjukdom, missbruk, demenssjukdom, personer med behov av palliativ vård eller personer som upprepade gånger söker vård. Här inkluderas även barn och unga med sammansatta vård och omsorgsbehov utifrån flera olika lagstiftningar. En annan stor utmaning är att i samverkan genomföra samordnade individuella planer (SIP) till alla som har behov av en sådan plan.',
  },
  {
    title: 'Stärka vård och omsorg nära den enskilde',
    description:
      'Att stärka vård och omsorg nära den enskilde är en förutsättning för att klara framtidens utmaningar. En god och nära vård bidrar till jämlik hälsa, trygghet, självständighet och grundas i gemensamt ansvarstagande och tillit. Ett gemensamt utvecklingsarbete är att förebygga onödiga inläggningar på sjukhus och besök på akutmottagningen.',
  },
  {
    title: 'Stärka det rehabiliterande arbetet',
    description:
      'Det rehabiliterade arbetssättet behöver stärkas i alla verksamheter. Alla patienter med behov ska få möjlighet att efter sjukdom eller skada erbjudas rehabilitering för att klara vardagen och ges möjlighet till aktivitet och delaktighet i samhällslivet. Rehabilitering ska erbjudas utifrån rätt kompetens, möjlighet till multiprofessionellt teamarbete och samverkan utifrån patientens behov.',
  },
  {
    title: 'Stärka processer för att undvika vårdskador',
    description:
      'Personer ska inte drabbas av skada som hade kunnat undvikas i kontakten med vård och omsorg. Speciellt viktiga områden att fokusera på för patientsäkerhetsarbete är fall, sår, infektioner/smittspridning, munhälsa, blåsdysfunktion, läkemedel och nutrition. Kunskap och kompetens om förebyggande insatser som stärker patientsäkerhetsarbetet behöver finnas hos alla medarbetare.',
  },
];

/** Genomsyrande perspektiv: "Dessa genomsyrande perspektiv ska beaktas i varje delmål." */
export const perspectives = [
  {
    title: 'Delaktighet',
    text: 'Inflytande och delaktighet är grundläggande faktorer för att personer i behov av vård och omsorg ska känna att de kan påverka sin livssituation och behålla en hög grad av självbestämmande. Att individen ses som medskapare innebär att de professionella inte arbetar för utan med sina brukare och patienter – mot ett gemensamt mål.',
  },
  {
    title: 'Ledarskap och teamsamverkan',
    text: 'Ett aktivt ledarskap är en förutsättning för att utveckla en sammanhållen vård och omsorg. Teamsamverkan innebär att olika kompetenser och verksamheter kompletterar varandra för att nå bästa resultat. Samverkan i team är en nyckelfaktor för en personcentrerad och säker vård och omsorg.',
  },
  {
    title: 'Digitalisering',
    text: 'Digitaliseringen anses vara en stark drivkraft för att möta dessa utmaningar samt att digitaliseringen ökar delaktigheten för den enskilde vilket bidrar till att stärka kvalitén på insatserna. En förutsättning är att chefer och ledare har kunskaper om digitaliseringens möjligheter och verktyg för att stötta och leda sina medarbetare i den digitala förändringsprocessen.',
  },
];

/** 5.1 Risker: "Utifrån en genomförd riskanalys har ett antal risker framkommit som kan påverka att handlingsplanens mål inte uppfylls." */
export const risks = [
  'Resursbrist i verksamheterna kan leda till att rehabilitering inte prioriteras, delaktigheten inte förbättras och förebyggande arbete inte prioriteras.',
  'Att handlingsplanen har dålig förankring inom regionens hälso- och sjukvård vilket försvårar genomförandet.',
  'Andra pågående processer som t ex utveckling av kunskapsstyrningen inom hälso- och sjukvården kan skapa osäkerhet om roller samt inom vilka samverkansarenor frågor ska lyftas. En risk som Område välfärd och folkhälsa behöver ta med sig i det fortsatta arbetet för att skapa tydlighet.',
  'Att närsjukvårdsorganisationen ser olika ut i länet ger olika förutsättningar för genomförandet.',
  'Att kvalitetsregistren inte följs upp, verksamheterna följer inte upp sina resultat.',
  'Att de tre handlingsplanerna inom det prioriterade området Hälsofrämjande arbete och hälso- och sjukvård inte integreras och därmed leder till ”stuprörs”-processer.',
];

/** Who does what (7. Insatser 2019–2022 and 8. Uppföljning och utvärdering). */
export const responsibilities = [
  {
    title: 'Länsdelsgrupperna',
    text: 'Framtagandet av lokala aktivitetsplaner sker i samverkan och länsdelsgrupperna har det yttersta ansvaret för upprättandet som utgår från målområdena i denna handlingsplan samt indikatorerna som finns i bilagan.',
  },
  {
    title: 'Samverkansledarna i länsdelarna',
    text: 'De gemensamt finansierade samverkansledare som finns i länsdelarna ansvarar för att stödja genomförande och uppföljning av de lokala aktivitetsplanerna.',
  },
  {
    title: 'Utvecklingsledarna på Område välfärd och folkhälsa',
    text: 'Utvecklingsledarna på Område välfärd och folkhälsa har uppdraget att stödja och samordna processerna inom kunskapsutveckling och samverkan inom social välfärd och folkhälsa. Tillsammans med samverkansledarna ansvarar de för att handlingsplanens resultat analyseras och att resultaten återkopplas till ansvariga för RUS.',
  },
  {
    title: `${SPECIFIKA_RADET}, med stöd av ${CHEFSGRUPP}`,
    text: 'Rådet med stöd av Chefsgruppen för samverkan social välfärd samt vård och omsorg ansvarar också för kontinuerlig uppföljning av planen.',
  },
];
