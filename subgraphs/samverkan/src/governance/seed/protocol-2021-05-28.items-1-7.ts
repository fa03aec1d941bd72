import type { ItemSpec } from './protocol-items.types';

const APPROVED = 'Chefsgruppen beslutar att godkänna förslaget till beslut.';

/** §§ 1–7 of the Chefsgrupp protocol of 2021-05-28, as written (page headers left out). */
export const items1to7: ItemSpec[] = [
  {
    number: '1',
    title: 'Inledning',
    presenters: ['Ingmar Ångman'],
    summary: 'Ingmar hälsar deltagarna välkomna. En närvarokontroll genomförs.',
  },
  {
    number: '2',
    title: 'Dagens agenda',
    summary: 'En övrig fråga läggs till: Sommarplanering.\n\nAgendan godkänns i övrigt.',
    decisionWording: 'Agendan godkänns i övrigt.',
    decisions: [{ text: 'En övrig fråga läggs till: Sommarplanering. Agendan godkänns i övrigt.', status: 'DONE', ownerBodyId: 'chefsgrupp' }],
  },
  {
    number: '3',
    title: 'Föregående möte',
    summary: 'Anteckningarna läggs till handlingarna.',
    decisionWording: 'Anteckningarna läggs till handlingarna.',
    decisions: [{ text: 'Anteckningarna läggs till handlingarna.', status: 'DONE', ownerBodyId: 'chefsgrupp' }],
  },
  {
    number: '4',
    title: 'Covidfrågor – svårnådda grupper',
    presenters: ['Eva Slätmo'],
    summary: [
      'Problem att nå ut till svårnådda grupper. Riktade insatser pågår, bl a i Vivalda efter indikation från smittskydd om färre testningar och att andelen smittade har ökat – där finns även en drop-in mottagning. Riktade insatser även till andra områden i länet. Dels informationsinsatser via ambassadörer och via sjuksköterskor från smittskydd. Anpassade informationsinsatser utifrån kulturer och språk för att nå fram och skapa tillit. Informationen på de lådor som ställts ut finns också på andra språk. Ev kommer det även göras en film.',
      'Arbetsgruppen kring vaccinationerna:\n- Kan förmedla kontaktpersoner\n- Det behövs insatser även till personer som tillhör socioekonomiskt utsatta grupper – inga insatser gjorda än men frågan har väckts',
    ].join('\n\n'),
    questions: [
      'Det pågår vaccination inom psykiatrin. Brev har gått ut om erbjudande om vaccination på Karla VC. Ska förstärka med skötarskurs för de som har svårt att boka själva.',
    ],
  },
  {
    number: '5',
    title: 'Skolresultaten i regionen har förbättrats – information om regionalt utvecklingsarbete',
    presenters: ['Anita Thorsberg'],
    summary: [
      'Projektet heter "Skolresultaten i regionen har förbättrats – att leda och styra en komplex organisation". Bakgrunden är det prioriterade området "5.3 kunskapslyft och utbildning" – ett av tio prioriterade områden i RUSen. Projektet är ett samarbete mellan Regional utveckling, länets kommuner och universitetet.',
      'Jämfört med andra län har Örebro län en lägre måluppfyllelse i grund- och gymnasieskolan. En fullföljd och godkänd utbildning är en förutsättning för en hög livskvalité, utbildning är en skyddsfaktor.',
      'Syfte och mål med projektet\n- gemensam regional bild av hur det ser ut och varför\n- gemensamt lärande och stöd\n- lednings- och styrningsfunktioner\n- underlag för gemensamma långsiktiga insatser och så småningom en handlingsplan',
      'Regional utveckling håller i projektet och det finns en styrgrupp med kommunchefer och skolchefer. Projektet består av två större delar. Regionalt utvecklingscenter på universitetet är den ena. Den andra är FoU, tre forskare som gör en kartläggning. Dessa delar går in i varandra och ledningsfunktioner är involverade i båda. Arbetet ska leda fram till en gemensam strategi.',
      'När projektet är slut om ett och ett halvt år\n- Inte svar på alla frågor men en bättre gemensam bild\n- Tydligare regional bild\n- Underlag för gemensamma strategier',
    ].join('\n\n'),
    questions: ['Viktigt att elevhälsan beaktas'],
  },
  {
    number: '6',
    title: 'Patientsäkerhet – uppföljning av konferensdag med socialstyrelsen',
    presenters: ['Fredrik Svensson'],
    summary: [
      'Presentationen finns i projify.',
      'I den nationella handlingsplanen "Agera för säker vård" finns fem prioriterade fokusområden för att skapa en god och säker vård: öka riskmedvetenhet och beredskap, öka kunskap om inträffade vårdskador, tillförlitliga och säkra system och processer, säker vård här och nu samt stärka analys, lärande och utveckling.',
      'Diskussioner fördes i grupper under konferensen om hur patientsäkerheten kan förbättras. En arbetsgrupp fick uppdraget att sammanställa och kategorisera det som kom fram under diskussionen. Gruppen anser att följande områden sticker ut och bör prioriteras:\n- Det saknas idag struktur för gemensamma riskanalyser i processer som involverar både kommun och region.\n- Det saknas även struktur för gemensam hantering av avvikelser i samverkan på länsövergripande nivå.',
    ].join('\n\n'),
    proposals: [
      'att vi under hösten 2021 påbörjar en inventering om vilka förutsättningar som krävs för att skapa en struktur för gemensamma riskanalyser i processer som involverar både kommun och regioner',
      'att vi påbörjar en inventering om vilka förutsättningar som finns för att skapa en struktur för gemensam hantering av avvikelser i samverkan',
    ],
    questions: ['Viktigt att börja med en processkartläggning när det gäller riskhantering'],
    decisionWording: APPROVED,
    decisions: [
      { proposal: 0, status: 'DECIDED', ownerBodyId: 'chefsgrupp', timeframe: 'under hösten 2021' },
      { proposal: 1, status: 'DECIDED', ownerBodyId: 'chefsgrupp' },
    ],
  },
  {
    number: '7',
    title: 'Uppföljning av handlingsplanerna utifrån RUS',
    presenters: ['Linnea Hedkvist'],
    summary: [
      'Rapporten finns i projify.',
      'En rapport är framtagen för uppföljning av våra handlingsplaner. Syftet med rapporten är att presentera det pågående arbetet och att se om vi går mot önskvärt läge i RUSen. Det är en intern uppföljning – den är inte heltäckande för alla aktörer och den omfattar inte regionens hälso- och sjukvård. Den är tänkt att ge insikter inför kommande revideringar.',
      'Utmaningar som vi ser är bl a att handlingsplanerna är väldigt breda. I framtiden bör vi bli bättre på behovsanalys och omvärldsbevakning. Arbetet bör också i större utsträckning riktas mot förebyggande och främjande arbete.',
      'Jämlig vård – att göra lika hjälper kanske inte alla. Ibland behöver vi rikta insatser och utgå ifrån individens behov för att göra det likvärdigt. Men ska vi göra olika och stötta de som behöver det eller ska vi riva hinder?',
      'Åtta insatsområden är identifierade och utifrån dessa har aktivitetsområden arbetats fram i samverkan med kommunerna och civila samhället. Därefter har aktiviteter planerats – allt från generella hälsofrämjande aktiviteter som riktar sig till hela befolkningen, till specifika förebyggande eller behandlande insatser riktade till grupper av befolkningen eller till individer. Väldigt många aktiviteter pågår och många av aktiviteterna kan kopplas till flera olika insatsområden. Rapporten tydliggör vad vi ev saknar insatser inom.',
    ].join('\n\n'),
    questions: [
      'FoU finns till viss del på Välfärd och folkhälsa men det finns behov av en bredare FoU med koppling till regional utveckling.',
      'Samverkan med studieförbunden finns',
    ],
  },
];
