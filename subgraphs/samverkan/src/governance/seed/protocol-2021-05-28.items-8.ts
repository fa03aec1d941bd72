import type { ItemSpec } from './protocol-items.types';

/** § 8 Psykisk hälsa of the Chefsgrupp protocol of 2021-05-28: five presentations, two decisions. */
export const item8: ItemSpec = {
  number: '8',
  title: 'Psykisk hälsa',
  summary: 'Presentationer finns i projify.',
  subItems: [
    {
      title: 'Första linjen och en väg in för barn och unga',
      presenters: ['Ylva Rosén', 'Katrin Eriksson'],
      summary: [
        'Regionen har påbörjat ett arbete med att skapa en första linje och en väg in för barn och unga med psykisk ohälsa – ett kontaktcenter oavsett grad av problematik/fråga för att inte behöva fundera på var problemet hör hemma. Där gör man en bedömning vilken insats som behövs. Även rådgivning kommer finnas där vilket i en del fall räcker.',
        'En omvärldspaning har gjorts i landet och man har hittat en del förebilder där. Man har även tittat på hur det ser ut i regionen idag. Arbetet utgår från vår vision "Tillsammans skapar vi ett bättre liv", Överenskommelsen om samverkan i länet, kunskapsstyrning samt aktuella statliga utredningar.',
        'Flera processer pågår; tjänstedesign för att skapa en bild av hur målgruppens behov etc ser ut, arbetet med en väg in och processplan för detta, rekrytering av två enhetschefer (för noder i länet och "en väg in"). En pilot är påbörjad i västra länet och den är sedan tänkt att spridas till övriga länet. I piloten är bl a BUP, ungdomsmottagningen, vårdcentralen, elevhälsan och socialtjänsten involverade.',
      ].join('\n\n'),
    },
    {
      title: 'Rutin för gemensam kompetensutveckling inom psykisk hälsa',
      presenters: ['Johanna Häll'],
      summary:
        'I oktober 2020 beslutade Chefsgruppen för social välfärd samt vård och omsorg att avsätta 1,4 miljoner av de länsgemensamma stimulansmedlen för psykisk hälsa till gemensam kompetensutveckling. Medlen kan användas till utbildning samt samordning och administration av utbildningsinsatsningen. Nu har en rutin tagits fram för urval och hantering av dessa medel. Rutinen tydliggör processen för användning av stimulansmedlen.',
      proposals: ['att anta rutin för gemensam kompetensutveckling inom området psykisk hälsa'],
      decisionWording: 'Chefsgruppen beslutar att godkänna förslaget till beslut.',
      decisions: [{ proposal: 0, status: 'DECIDED', ownerBodyId: 'chefsgrupp' }],
    },
    {
      title: 'GAP-analys personcentrerat och sammanhållet vårdförlopp vid förstagångsinsjuknande i schizofreni',
      presenters: ['Helena Eriksson', 'Mona Soholat'],
      reportingBodyId: 'lag-schizofreni-psykos',
      summary: [
        'Den lokala arbetsgruppen (LAG) för schizofreni och psykos har gjort en GAP-analys avseende det personcentrerade och sammanhållna vårdförloppet vid förstagsinsjuknande i schizofreni samt planerat arbete framåt.',
        'Vid GAP-analysen identifierades åtgärder för de brister som upptäcktes. När det gäller t ex standardiserat vårdförlopp så ser det olika ut i de olika länsdelarna, inte likvärdiga resurser eller kompetens. Vi behöver skapa en gemensam vårdprocess och fånga dessa patienter tidigt. Det finns behov av utbildningsinsatser för att kunna göra det jobb som krävs.',
        'En rutin/flöde för hur vårdförloppet ska se ut har tagits fram. Syftet är att upptäcka dessa patienter i tid för att undvika tvångsåtgärder, och se till att de slussas rätt.',
      ].join('\n\n'),
    },
    {
      title: 'Pilotprojekt YAM (Youth Aware of Mental Health) i Örebro län',
      presenters: ['Ida Broman'],
      summary: [
        'YAM är ett hälsofrämjande evidensbaserat lektionsprogram för barn och unga som genomförs i skolan (åk 8). Syftet är att eleverna ska få kunskap om psykisk hälsa, främja diskussion och färdighet i att möta livets svårigheter samt utveckla förmågan att kunna handskas med egna och andras känslor. Programmet genomförs under lektionstid av utbildade YAM-instruktörer. Fem träffar under en treveckorsperiod.',
        'Forskning säger att kunskapshöjande insatser om psykisk hälsa och hur man kan hantera den psykiska ohälsan kan motverka inåtvända problem. Förebyggande arbete i skolan kan enligt forskning ha effekt på suicidförsök och/eller suicidtankar.',
        'En förstudie har gjorts för införande av programmet YAM i Örebro län och ett förarbete för att genomföra ett pilotprojekt i länet är igång. Ett tvåårigt pilotprojekt föreslås för att testa på intresserade skolor. Förslag på organisation för arbetet finns och ett budgetförslag är framtaget.',
        'Instruktörsutbildning genomförs preliminärt i november 2021. Inventering av instruktörer i länsdelarna pågår – förutsättningen är att instruktören får frigöra tid för att genomföra YAM (ca 40 timmar per termin). Instruktörerna arbetar alltid i par och samverkan kring instruktörer sker inom respektive länsdel. Modellen förespråkar att instruktörerna ska vara fristående från de skolor/klasser som de håller YAM-lektioner i.',
        'De läns gemensamma medlemmarna för suicidprevention föreslås finansiera projektet. Finansieringen förutsätter samverkan inom respektive länsdel kring bl a YAM-instruktörer.',
        'Idén ska idag även förankras i skolchefsgruppen.',
      ].join('\n\n'),
      proposals: [
        'att chefsgruppen beslutar om genomförande av pilotprojekt med tillhörande budgetförslag. Beslutet gäller under förutsättning att LAG suicid ställer sig bakom arbetet (möte genomförs den 3/6).',
      ],
      questions: [
        'Det vore bra med en kartbild över processer och utbildningar tre år framåt, för vilka delar som startats',
        'En förutsättning är att även skolcheferna tycker att detta är en bra idé',
        'Bör frågan upp till KCRD? Ingmar kommer delta på KCRD snart – tar upp psykisk hälsa frågan då',
      ],
      decisionWording: 'Chefsgruppen beslutar att godkänna förslaget till beslut.',
      decisions: [
        {
          proposal: 0,
          status: 'DECIDED',
          ownerBodyId: 'chefsgrupp',
          condition: 'LAG suicid ställer sig bakom arbetet (möte genomförs den 3/6)',
          conditionBodyId: 'lag-suicid',
        },
      ],
    },
    {
      title: 'Statusuppdatering',
      presenters: ['Johanna Häll'],
      summary:
        'Det finns nu en del på hemsidan där man kan följa de aktiviteter som pågår inom handlingsplan psykisk hälsa:\n\nhttps://utveckling.regionorebrolan.se/sv/valfard-och-folkhalsa/metod--och-verksamhetsutveckling/?E-15-50777=50777#accordion-block-15-50777',
    },
  ],
};
